"""End to end through the command line: run, query, show, export, rejects,
eval, exit codes. Uses the real model and a real SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.app.cli import main

from .conftest import SAMPLES

EXAMPLE_ID = "iqna-2020-11-14-kh"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    tmp = tmp_path_factory.mktemp("cli")
    url = f"sqlite:///{tmp / 'ew.db'}"
    # global options are accepted after the command too (as `make run` uses them)
    code = main(["run", str(SAMPLES), "--store", url, "--no-progress",
                 "--export-dir", str(tmp / "exports")])
    assert code == 0
    return url, tmp


def events_json(url: str, capsys: pytest.CaptureFixture[str], *flags: str) -> list[dict]:
    capsys.readouterr()
    assert main(["--store", url, "events", "--json", "--limit", "100000", *flags]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def test_run_stores_events_and_exports(db: tuple[str, Path],
                                       capsys: pytest.CaptureFixture[str]) -> None:
    url, tmp = db
    events = events_json(url, capsys)
    assert len(events) > 50
    for fmt in ("jsonl", "csv", "parquet"):
        assert (tmp / "exports" / f"events.{fmt}").stat().st_size > 0
    lines = (tmp / "exports" / "events.jsonl").read_text().splitlines()
    assert len(lines) == len(events)
    # every evidence span points into its article's text
    texts: dict[str, str] = {}
    for ev in events[:200]:
        if ev["article_id"] not in texts:
            capsys.readouterr()
            main(["--store", url, "show", ev["article_id"], "--json"])
            texts[ev["article_id"]] = json.loads(capsys.readouterr().out)["article"]["text"]
        text = texts[ev["article_id"]]
        start, end = ev["trigger"]["span"]
        assert text[start:end] == ev["trigger"]["text"]
        for key in ("actor", "recipient", "place"):
            if ev.get(key):
                s, e = ev[key]["span"]
                assert text[s:e] == ev[key]["text"]


def test_rerun_is_idempotent(db: tuple[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    url, _ = db
    before = len(events_json(url, capsys))
    capsys.readouterr()
    assert main(["--store", url, "--no-progress", "run", str(SAMPLES)]) == 0
    assert "0 new articles" in capsys.readouterr().out
    assert len(events_json(url, capsys)) == before


def test_example_article_threat_speaker_condition_and_dates(
        db: tuple[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    url, _ = db
    events = events_json(url, capsys, "--article", EXAMPLE_ID)
    threats = [e for e in events if e["type"] == "THREATEN"]
    assert threats, [e["type"] for e in events]
    # a threat by the militia against US forces
    assert any((e["recipient"] or {}).get("country") == "USA" for e in threats)
    assert any((e["actor"] or {}).get("country") == "IRQ" for e in threats)
    # the spokesman as speaker of something he said
    speakers = {a["text"] for e in events for a in e["attribution"] if a["role"] == "speaker"}
    assert any("Mohi" in s for s in speakers), speakers
    # conditions kept
    conditions = [e["factuality"]["condition"]["text"] for e in events
                  if e["factuality"]["condition"]]
    assert any("defy" in c or "refuse" in c or "providing" in c for c in conditions), conditions
    # the January killing is not dated in November, and is background
    january = [e for e in events if "assassination" in e["trigger"]["text"]
               or "January" in ((e["time"] or {}).get("text") or "")]
    assert january
    for e in january:
        assert not (e["time"]["value"] or "").startswith("2020-11")
        assert e["time"]["background"] is True


def test_filters_and_show(db: tuple[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    url, _ = db
    threats = events_json(url, capsys, "--type", "THREATEN")
    assert threats and all(e["type"] == "THREATEN" for e in threats)
    iqna = events_json(url, capsys, "--outlet", "IQNA")
    assert iqna and all(e["outlet"] == "IQNA" for e in iqna)
    capsys.readouterr()
    assert main(["--store", url, "show", EXAMPLE_ID]) == 0
    assert "Kata" in capsys.readouterr().out


def test_export_formats(db: tuple[str, Path], tmp_path: Path) -> None:
    url, _ = db
    out = tmp_path / "threats.csv"
    assert main(["--store", url, "export", "--format", "csv", "-o", str(out),
                 "--type", "THREATEN"]) == 0
    header, *rows = out.read_text().splitlines()
    assert "event_type" in header and rows


def test_bad_inputs_give_partial_exit_and_rejects(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_text("")
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (inputs / "latin1.txt").write_bytes("Le ministre a déclaré à Paris".encode("latin-1") * 5)
    (inputs / "good.txt").write_text("Protesters marched in Cairo on Friday, police said. " * 3)
    (inputs / "bad.jsonl").write_text('{"id": "x1", "text": "Troops attacked the village '
                                      'on Monday, officials said.", "published": "2021-05-04"}\n'
                                      '{not json\n')
    url = f"sqlite:///{tmp_path / 'bad.db'}"
    code = main(["--store", url, "--no-progress", "run", str(inputs)])
    assert code == 1
    capsys.readouterr()
    assert main(["--store", url, "rejects", "--json"]) == 0
    rejects = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    codes = {r["code"] for r in rejects}
    assert {"EW101", "EW102", "EW103", "EW105"} <= codes
    capsys.readouterr()
    assert main(["--store", url, "articles", "--json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2  # good.txt and the good jsonl line


def test_failures_are_coded(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "no_such_dataset"]) == 2  # usage: the name is wrong
    assert "EW501" in capsys.readouterr().err
    assert main(["--store", "mysql://x/y", "events"]) == 2
    assert "EW301" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["events", "--from", "yesterday"])
    assert exc.value.code == 2


def test_actors_search_and_import(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    overlay = tmp_path / "overlay.yaml"
    monkeypatch.setenv("EVENTWIRE_KB_PATHS", str(overlay))
    good = tmp_path / "mine.csv"
    good.write_text("name,aliases,kind,code\nAtlantis Front,AF,armed_group,ATLREB\n")
    assert main(["actors", "import", str(good)]) == 0
    capsys.readouterr()
    assert main(["actors", "search", "atlantis", "--json"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rows[0]["name"] == "Atlantis Front"
    bad = tmp_path / "bad.csv"
    bad.write_text("name,aliases,kind,code\nX,Y,wizard,ATL\n")
    assert main(["actors", "import", str(bad)]) == 2  # usage: the file is wrong
    assert "EW401" in capsys.readouterr().err
