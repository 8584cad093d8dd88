"""Every path a user can take ends in a coded answer (issue #17), through the
real command line (``main()``, or a subprocess where a pipe or a process is
the point) on a real SQLite store filled from the bundled samples.

Each test names the case of ``docs/RELIABILITY.md`` it covers.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.app.cli import main

from .conftest import REPO, SAMPLES, copy_store

EXAMPLE = SAMPLES / "iqna-kataib-hezbollah-2020-11.jsonl"


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the real CLI; (exit code, stdout, stderr). argparse exits count."""
    capsys.readouterr()
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def url_of(path: Path) -> str:
    return f"sqlite:///{path}"


def count_rows(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def run_cli_process(*args: str, env: dict[str, str] | None = None,
                    **kw: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "eventwire.app.cli", *args],
                            env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
                            **kw)  # type: ignore[call-overload]


# ------------------------------------------------------------------ tracebacks


@pytest.mark.parametrize("command", [
    ["events", "--json", "--limit", "0"],
    ["export", "--format", "jsonl", "-o", "/dev/stdout"],
    ["export", "--format", "csv", "-o", "-"],
])
def test_closed_pipe_ends_quietly(sample_store: Path, command: list[str]) -> None:
    """`eventwire events --json | head -1`: no BrokenPipeError, exit 0."""
    proc = run_cli_process("--store", url_of(sample_store), *command,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # what `head -1` does
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, err
    assert first.strip() and "Traceback" not in err and "BrokenPipe" not in err


def test_eval_without_the_eval_extra(capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """plover_gsr runs without scikit-learn (the re-typer row says what it
    needs); a scorer that cannot run without its module gives EW503."""
    data = tmp_path / "plover.jsonl"
    lines = (REPO / "tests" / "data" / "plover_dev.jsonl").read_text().splitlines()[:8]
    data.write_text("\n".join(lines) + "\n")
    monkeypatch.setitem(sys.modules, "sklearn", None)  # as if not installed
    code, out, err = cli(capsys, "eval", "plover_gsr", "--data", str(data))
    assert code == 0, err
    assert "pip install 'eventwire[eval]'" in out and "Traceback" not in err
    ecb = tmp_path / "ecb.jsonl"
    ecb.write_text("\n".join(Path(REPO.parent / "shared/data/ecbplus/dev.jsonl")
                              .read_text().splitlines()[:2]) + "\n")
    monkeypatch.setitem(sys.modules, "scipy", None)
    monkeypatch.setitem(sys.modules, "scipy.optimize", None)
    code, out, err = cli(capsys, "eval", "ecbplus", "--data", str(ecb))
    assert code == 3 and "EW503" in err and "eventwire[eval]" in err


def test_read_only_store_is_readable_and_refuses_writes(
        sample_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = copy_store(sample_store, tmp_path)
    path = Path(url.removeprefix("sqlite:///"))
    before = count_rows(path, "articles")
    if os.geteuid() != 0:
        path.chmod(0o444)
        tmp_path.chmod(0o555)
        undo = ["chmod", "755", str(tmp_path)]
    elif subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0:
        undo = ["chattr", "-i", str(path)]
    else:
        pytest.skip("cannot make a file read-only here (root without chattr)")
    try:
        code, out, err = cli(capsys, "--store", url, "events", "--json", "--limit", "3")
        assert code == 0 and len(out.splitlines()) == 3, err
        code, out, err = cli(capsys, "--store", url, "--no-progress", "run", str(EXAMPLE))
        assert code == 3 and "EW306" in err and "Traceback" not in err
    finally:
        subprocess.run(undo, check=True)
    assert count_rows(path, "articles") == before


def test_writes_refused_by_sqlite_are_coded(tmp_path: Path) -> None:
    """The same EW306 from the store API whatever makes SQLite refuse."""
    from eventwire.errors import EventwireError
    from eventwire.models import Article
    from eventwire.store import open_store

    with open_store(url_of(tmp_path / "q.db")) as store:
        store.conn.execute("PRAGMA query_only = 1")
        with pytest.raises(EventwireError) as exc:
            store.save_article(Article(text="Troops attacked the town."), [], "r-x")
        assert exc.value.code == "EW306"


def test_damaged_store_is_coded(sample_store: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    url = copy_store(sample_store, tmp_path)
    path = Path(url.removeprefix("sqlite:///"))
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(page * 2, len(data), page):  # keep page 1 (the schema)
        data[start:start + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    code, _, err = cli(capsys, "--store", url, "events", "--limit", "0", "--json")
    assert code == 3 and "EW307" in err and "Traceback" not in err


def test_bad_paths_are_usage_errors(sample_store: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    a_file = tmp_path / "plain.txt"
    a_file.write_text("x")
    code, _, err = cli(capsys, "--store", url_of(a_file / "under" / "x.db"), "--no-progress",
                       "run", str(EXAMPLE))
    assert code == 2 and "EW308" in err
    assert a_file.read_text() == "x"
    folder = tmp_path / "out"
    folder.mkdir()
    code, _, err = cli(capsys, "--store", url_of(sample_store), "export", "-o", str(folder))
    assert code == 2 and "EW605" in err and "folder" in err


def test_config_and_flag_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    store = url_of(tmp_path / "none.db")
    code, _, err = cli(capsys, "--config", str(tmp_path / "missing.toml"), "--store", store,
                       "articles")
    assert code == 2 and "EW604" in err and "no such file" in err
    bad = tmp_path / "bad.toml"
    bad.write_text("[eventwire\nbatch_size = 3\n")
    code, _, err = cli(capsys, "--config", str(bad), "--store", store, "articles")
    assert code == 2 and "EW604" in err and "TOML" in err
    code, _, err = cli(capsys, "--store", store, "run", str(EXAMPLE), "--batch-size", "-3")
    assert code == 2 and "1 or more" in err
    monkeypatch.setenv("EVENTWIRE_BATCH_SIZE", "-3")
    code, _, err = cli(capsys, "--store", store, "articles")
    assert code == 2 and "EW601" in err
    assert not (tmp_path / "none.db").exists()


def test_eval_reads_common_date_forms_and_leaves_out_ambiguous_ones(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "The minister resigned on Monday. Talks will resume next week."
    rows = [{"doc_id": "a", "dct": "2009-02-25", "text": text, "timex": []},
            {"doc_id": "b", "dct": "25-02-2009", "text": text, "timex": []},
            {"doc_id": "c", "dct": "03-02-2009", "text": text, "timex": []}]
    data = tmp_path / "t.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    code, out, err = cli(capsys, "eval", "timex", "--data", str(data), "--json")
    assert code == 0, err
    assert "EW504" in err and "(c)" in err and "03-02-2009" in err
    result = json.loads(out)
    assert result["records"] == 2 and result["left_out"] == 1


# ------------------------------------------------------------------ store URLs


@pytest.mark.parametrize("url", ["sqlite:///", "sqlite://two.db", "mysql://host/db",
                                 "eventwire.db"])
def test_bad_store_urls_are_usage_errors(url: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.store import BACKENDS

    monkeypatch.chdir(tmp_path)
    code, out, err = cli(capsys, "--store", url, "--no-progress", "run", str(EXAMPLE))
    assert code == 2 and "EW301" in err, out + err
    assert list(tmp_path.iterdir()) == []  # no 'sqlite:' folder, no file, nothing stored
    supported = err.split("Supported:")[-1]
    scheme = url.split("://")[0]
    if "://" in url and scheme not in BACKENDS:
        assert f"{scheme}://" not in supported  # never recommends what it refused


@pytest.mark.parametrize("command", [["events"], ["articles"], ["rejects"], ["canonical"],
                                     ["show", "x"], ["export", "-o", "x.csv", "--format",
                                                     "csv"], ["dedup"]])
def test_reading_never_creates(command: list[str], tmp_path: Path,
                               capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = cli(capsys, "--store", "sqlite:///typo/dir/evnts.db", *command)
    assert code == 2 and "EW305" in err
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ surprises


def test_speaker_filter_matches_across_apostrophes(sample_store: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "--store", url_of(sample_store), "events", "--speaker",
                       "Kataib Hezbollah", "--json")
    speakers = [a["text"] for line in out.splitlines()
                for a in json.loads(line)["attribution"] if a["role"] == "speaker"]
    assert code == 0 and speakers
    assert any("Kata’ib" in s or "Kata'ib" in s for s in speakers)


def test_limits_are_never_silent(sample_store: Path, capsys: pytest.CaptureFixture[str]
                                 ) -> None:
    url = url_of(sample_store)
    code, out, err = cli(capsys, "--store", url, "events", "--new-only", "--modality",
                         "asserted", "--json", "--limit", "0")
    total = len(out.splitlines())
    assert code == 0 and total > 5
    code, out, err = cli(capsys, "--store", url, "events", "--new-only", "--modality",
                         "asserted", "--limit", "5")
    assert code == 0 and f"5 of {total:,} events" in out
    code, out, err = cli(capsys, "--store", url, "events", "--new-only", "--modality",
                         "asserted", "--json", "--limit", "5")
    assert len(out.splitlines()) == 5 and f"5 of {total:,} events" in err


def test_empty_folder_is_a_coded_reject(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    url = url_of(tmp_path / "e.db")
    code, out, _ = cli(capsys, "--store", url, "--no-progress", "run", str(empty))
    assert code == 1 and "EW115" in out
    code, out, _ = cli(capsys, "--store", url, "rejects", "--json")
    assert [json.loads(x)["code"] for x in out.splitlines()] == ["EW115"]


def test_a_run_that_adds_nothing_says_so(sample_store: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    url = copy_store(sample_store, tmp_path)
    code, out, _ = cli(capsys, "--store", url, "--no-progress", "run", str(EXAMPLE))
    assert code == 0
    assert "0 new articles, 0 events, 1 already stored" in out
    assert "Nothing new was stored" in out and "Events per PLOVER type" not in out


def test_concurrent_runs_report_what_each_stored(tmp_path: Path) -> None:
    lines = (SAMPLES / "wikinews.jsonl").read_text().splitlines()[:10]
    data = tmp_path / "ten.jsonl"
    data.write_text("\n".join(lines) + "\n")
    url = url_of(tmp_path / "c.db")
    env = {"EVENTWIRE_DEDUP": "false", "EVENTWIRE_BATCH_SIZE": "1"}
    procs = [run_cli_process("--store", url, "--no-progress", "run", str(data), env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for _ in range(2)]
    outs = [p.communicate(timeout=600) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    reported = [int(out.decode().split(" new article")[0].split()[-1]) for out, _ in outs]
    assert sum(reported) == count_rows(tmp_path / "c.db", "articles") == 10


def test_a_killed_run_is_marked_killed(tmp_path: Path) -> None:
    import signal
    import time

    from eventwire.errors import EventwireError
    from eventwire.store import open_store

    url = url_of(tmp_path / "k.db")
    proc = run_cli_process("--store", url, "--no-progress", "run", str(SAMPLES),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 600  # the model loads first: slow on a busy machine
    started = False
    while not started and time.time() < deadline:
        time.sleep(0.2)
        try:
            with open_store(url, readonly=True) as store:
                started = bool(store.runs())
        except EventwireError:  # not there yet, or its schema is being created
            continue
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert started, "the run never started"
    with open_store(url) as store:
        assert [r["status"] for r in store.runs()] == ["running"]
        assert store.mark_dead_runs() == 1
        assert [r["status"] for r in store.runs()] == ["killed"]


@pytest.mark.parametrize("args, code_text", [
    (["export", "--format", "xml"], "EW602"),
    (["events", "--type", "NOSUCHTYPE"], "EW606"),
    (["events", "--modality", "nonsense"], "EW606"),
    (["canonical", "--type", "nosuchtype"], "EW606"),
    (["events", "--limit", "-1"], "0 or more"),
    (["actors", "import", "no/such/file.yaml"], "EW401"),
    (["export", "--canonical", "--country", "IRQ"], "EW607"),
])
def test_usage_errors_exit_2_and_list_valid_values(
        args: list[str], code_text: str, sample_store: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "--store", url_of(sample_store), *args)
    assert code == 2 and code_text in err
    if "--type" in args:
        assert "THREATEN" in err and "ASSAULT" in err
    if "--modality" in args:
        assert "asserted" in err and "threatened" in err


def test_legacy_type_names_are_accepted(sample_store: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "--store", url_of(sample_store), "events", "--type", "fight",
                       "--json", "--limit", "0")
    assert code == 0 and {json.loads(x)["type"] for x in out.splitlines()} <= {"ASSAULT"}


def test_text_filter_escapes_like_wildcards(sample_store: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    url = url_of(sample_store)
    _, everything, _ = cli(capsys, "--store", url, "events", "--json", "--limit", "0")
    for wildcard in ("_", "%"):
        code, out, _ = cli(capsys, "--store", url, "events", "--text", wildcard, "--json",
                           "--limit", "0")
        assert code == 0
        assert len(out.splitlines()) < len(everything.splitlines())


def test_actor_file_errors_name_the_real_line(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "mine.yaml"
    bad.write_text("actors:\n  - name: Alpha Group\n    code: IRQMIL\n  - name: Beta\n"
                   "    code: USAGOV\n  - name: Gamma\n    code: IRQ\n  - name: Delta\n"
                   "    code: bad1\n")
    code, _, err = cli(capsys, "--store", url_of(tmp_path / "x.db"), "--config",
                       str(_overlay_config(tmp_path)), "actors", "import", str(bad))
    assert code == 2 and "line 8" in err and "EW401" in err


def _overlay_config(tmp_path: Path) -> Path:
    cfg = tmp_path / "kb.toml"
    cfg.write_text(f'[eventwire]\nkb_paths = ["{tmp_path / "overlay.yaml"}"]\n')
    return cfg


def test_bad_records_get_precise_codes(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    good = "Troops attacked the village on Monday, officials said in a statement."
    feed = (REPO / "tests" / "data" / "ingest" / "feed.rss").read_bytes()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "cut.rss").write_bytes(feed[:600])
    (tmp_path / "in" / "a.jsonl").write_text(
        json.dumps({"id": ["listid"], "text": good}) + "\n"
        + json.dumps({"id": "ok", "text": good.replace("Monday", "Friday")}) + "\n"
        + '{"id": "c", "text": "a\tb\n')
    url = url_of(tmp_path / "r.db")
    code, _, _ = cli(capsys, "--store", url, "--no-progress", "run", str(tmp_path / "in"))
    assert code == 1
    _, out, _ = cli(capsys, "--store", url, "rejects", "--json")
    rejects = [json.loads(x) for x in out.splitlines()]
    by_code = {r["code"]: r["message"] for r in rejects}
    assert "EW116" in by_code and "'id'" in by_code["EW116"]
    assert "column" in by_code["EW105"]
    assert "EW113" in by_code and "EW101" not in by_code  # a cut feed is not "empty"
    _, out, _ = cli(capsys, "--store", url, "articles", "--json")
    assert "['listid']" not in out


# ------------------------------------------------------------------ output


def test_tables_fit_80_columns(sample_store: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    url = url_of(sample_store)
    for command in (["events", "--type", "THREATEN"], ["canonical", "--min-reports", "2"]):
        code, out, _ = cli(capsys, "--store", url, *command)
        assert code == 0
        assert max(len(line) for line in out.splitlines()) <= 80
        words = out.split()
        assert ("THREATEN" in out) if "THREATEN" in command else True
        assert not any(w.startswith("THREA") and w not in ("THREATEN", "THREATEN’s")
                       for w in words if w.isupper())
    code, out, _ = cli(capsys, "--store", url, "canonical", "--min-reports", "2")
    assert not re.search(r"\b\d{4}-(\d{2}-)?\s*│", out)  # no date cut at the column edge


def test_help_and_counts_read_well(sample_store: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "--help")
    assert code == 0 and "Thin:" not in out and "exit codes" in out
    code, out, _ = cli(capsys, "--store", url_of(sample_store), "articles", "--limit", "1")
    assert "1 of " in out
    assert not re.search(r"(?<![\d,])1 (articles|inputs|events)\b", out)


def test_unexpected_errors_are_coded(tmp_path: Path) -> None:
    """A bug still ends in a code (EW901), with the traceback on request."""
    script = ("import sys; from eventwire.app import cli\n"
              "def boom(*a): raise RuntimeError('synthetic bug')\n"
              "cli.HANDLERS['articles'] = boom\n"
              "sys.exit(cli.main(['--store', 'sqlite:///x.db', 'articles']))\n")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env=env, cwd=tmp_path)
    assert out.returncode == 3 and "EW901" in out.stderr and "Traceback" not in out.stderr
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env={**env, "EVENTWIRE_DEBUG": "1"}, cwd=tmp_path)
    assert "Traceback" in out.stderr and "synthetic bug" in out.stderr
    assert shutil.which(sys.executable)
