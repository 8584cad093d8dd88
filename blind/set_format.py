"""Format check of a blind record set that never imports eventwire and never
runs the pipeline (blind/check_<set>.py call it; tests/test_blind_sets.py runs
those): the record format of docs/formats.md, the counts each set promises
(all blind, a minimum of articles and events, its own and real texts), ids
unique across the record sets and the other waiting sets, no real document of
tests/data/records, of another waiting set or of read_docs.txt reused, and the
JSONL exactly what make_<set>.py writes.

Why one module: the per-set checks were copies of one another that differed
only in the set's name and counts.
"""

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
RECORDS = HERE.parent / "tests" / "data" / "records"
sys.path.insert(0, str(RECORDS))
from needles import MODALITIES, MODES, SECTORS, TYPES  # noqa: E402

ARTICLE_KEYS = {"id", "outlet", "published", "title", "text", "split", "source", "events"}
EVENT_KEYS = {"trigger", "type", "mode", "actor", "recipient", "time", "place", "speaker",
              "relays", "modality", "condition", "cluster"}
VALUE = {"day": r"\d{4}-\d\d-\d\d", "week": r"\d{4}-W\d\d", "month": r"\d{4}-\d\d",
         "year": r"\d{4}"}


def span(text, s, where):
    if s is None:
        return
    assert text[s["start"]:s["end"]] == s["text"], where
    assert s["text"].strip() == s["text"] and s["text"], where


def participant(text, p, where):
    if p is None:
        return
    span(text, p, where)
    assert p["country"] is None or re.fullmatch(r"[A-Z]{3}", p["country"]), where
    assert p["sector"] in SECTORS, where


def event(text, ev, where):
    assert set(ev) == EVENT_KEYS, where
    assert ev["type"] in TYPES, where
    assert ev["mode"] is None or ev["mode"] in MODES.get(ev["type"], set()), where
    assert ev["modality"] in MODALITIES, where
    assert ev["trigger"] is not None, where
    for key in ("trigger", "speaker", "condition"):
        span(text, ev[key], f"{where} {key}")
    for relay in ev["relays"]:
        span(text, relay, f"{where} relay")
    participant(text, ev["actor"], f"{where} actor")
    participant(text, ev["recipient"], f"{where} recipient")
    t = ev["time"]
    if t["value"] is None:
        assert t["granularity"] == "unknown", where
    else:
        assert re.fullmatch(VALUE[t["granularity"]], t["value"]), where
    assert isinstance(t["background"], bool), where
    if ev["place"] is not None:
        span(text, ev["place"], f"{where} place")
        assert -90 <= ev["place"]["lat"] <= 90 and -180 <= ev["place"]["lon"] <= 180, where
    assert (ev["condition"] is not None) == (ev["modality"] == "conditional"), where
    assert isinstance(ev["cluster"], str) and ev["cluster"], where


def check_set(name: str, n_real: int, n_own: int, min_articles: int = 34,
              min_events: int = 230) -> None:
    """Check blind/<name>.jsonl (module docstring) and print a one-line summary."""
    path = HERE / f"{name}.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for rec in records:
        assert ARTICLE_KEYS <= set(rec), rec.get("id")
        assert rec["split"] == "blind", rec["id"]
        assert rec["text"].startswith(rec["title"]), rec["id"]
        for i, ev in enumerate(rec["events"]):
            event(rec["text"], ev, f"{rec['id']} event {i}")
    ids = [r["id"] for r in records]
    waiting = [p for p in sorted(HERE.glob("rec_*.jsonl")) if p != path]
    others = [json.loads(line)["id"] for p in sorted(RECORDS.glob("rec_*.jsonl")) + waiting
              for line in p.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == len(set(ids)) and not set(ids) & set(others)
    evs = [ev for r in records for ev in r["events"]]
    assert len(records) >= min_articles and len(evs) >= min_events, (len(records), len(evs))
    assert sum(r["source"] == "own" for r in records) == n_own
    real_sources = [r["source"] for r in records if r["source"] != "own"]
    assert len(real_sources) == len(set(real_sources)) == n_real
    used = {json.loads(line)["source"] for p in sorted(RECORDS.glob("rec_*.jsonl")) + waiting
            for line in p.read_text(encoding="utf-8").splitlines()}
    lines = (RECORDS / "read_docs.txt").read_text(encoding="utf-8").splitlines()
    read = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    used |= read
    assert not set(real_sources) & used, sorted(set(real_sources) & used)
    # the JSONL is exactly what the builder writes (run on a copy; no pipeline)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "blind").mkdir()
        (tmp / "tests" / "data" / "records").mkdir(parents=True)
        shutil.copy(HERE / f"make_{name}.py", tmp / "blind" / f"make_{name}.py")
        for p in waiting:
            shutil.copy(p, tmp / "blind" / p.name)
        shutil.copy(RECORDS / "read_docs.txt", tmp / "tests" / "data" / "records" / "read_docs.txt")
        shutil.copy(RECORDS / "needles.py", tmp / "tests" / "data" / "records" / "needles.py")
        shutil.copy(RECORDS.parent / "spans.py", tmp / "tests" / "data" / "spans.py")
        # read by every builder
        for table in ("date_relabel.tsv", "trigger_relabel.tsv", "mode_relabel.tsv",
                      "actor_relabel.tsv", "recipient_relabel.tsv",
                      "type_relabel.tsv", "relay_relabel.tsv"):  # relabel51
            shutil.copy(RECORDS / table, tmp / "tests" / "data" / "records" / table)
        shutil.copy(RECORDS / "place_relabel.tsv",  # read by every builder (place40)
                    tmp / "tests" / "data" / "records" / "place_relabel.tsv")
        shutil.copy(RECORDS / "event_relabel.tsv",  # read by every builder (relabel50)
                    tmp / "tests" / "data" / "records" / "event_relabel.tsv")
        for table in ("sector_relabel.tsv", "court_place_relabel.tsv",
                      "dateline_place_relabel.tsv"):  # read by needles.py since relabel54 / 55 / 69
            shutil.copy(RECORDS / table, tmp / "tests" / "data" / "records" / table)
        for p in RECORDS.glob("rec_*.jsonl"):
            shutil.copy(p, tmp / "tests" / "data" / "records" / p.name)
        subprocess.run([sys.executable, str(tmp / "blind" / f"make_{name}.py")], check=True,
                       capture_output=True)
        assert (tmp / "blind" / f"{name}.jsonl").read_bytes() == path.read_bytes()
    real = [r for r in records if r["source"] != "own"]
    print(f"{name} OK: {len(records)} articles ({len(real)} real, {len(records) - len(real)} own), "
          f"{len(evs)} events ({sum(len(r['events']) for r in real)} in real texts)")
