"""Every command in README.md runs, in README order, with its output checked
(datasette style): a README example that stops working fails CI.

Commands are read from the README's ``bash`` blocks (``;`` separates two
commands on a line, ``#`` starts a comment) and run through the real
``main()`` in a scratch folder holding the files they name (``articles/``,
``feed.xml``, ``crawl.warc.gz``, ``mine.yaml``, ``camps.yaml``, ``my.jsonl``);
``eventwire/data/samples`` is read from the repository.
``make run`` runs the ``eventwire run`` line of the Makefile's ``run`` target.
The ``python`` blocks are executed with ``text``/``texts`` set to sample
articles.

A command that needs a service this test cannot start is listed in ``SKIP``
with its reason — explicitly, and reported by pytest as skipped — never
skipped silently. Every other command must have an entry in ``EXPECT``.
"""

from __future__ import annotations

import io
import json
import re
import shlex
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.app.cli import main

from .conftest import REPO, SAMPLES

README = REPO / "README.md"
REPO_PATHS = ("eventwire/data/samples",)  # inputs README commands take from the repository

# command (substring) -> why this test does not run it
SKIP: dict[str, str] = {
    "make test": "runs this very test suite (it would recurse)",
    "source .venv/bin/activate": "shell set-up: activates the venv this test already runs in",
    "eventwire serve": "starts a web server that runs until stopped (tested by the web tests)",
    "eventwire watch": "watches a folder until stopped (tested by its own tests)",
    "--engine ray": "needs a Ray cluster (tested by the Ray tests)",
    "--store postgresql://": "needs a PostgreSQL server (the store tests start one: "
                             "tests/test_store.py, tests/test_postgres.py)",
}

# command prefix -> (exit code, regular expression the output must match)
EXPECT: dict[str, tuple[int, str]] = {
    "eventwire run eventwire/data/samples": (0, r"\d+ new articles?, [\d,]+ events?"),
    "eventwire run articles/": (0, r"\d+ new articles?, [\d,]+ events?, \d+ already stored"),
    "eventwire events --type THREATEN --country IRQ": (0, r"THREATEN"),
    "eventwire events --speaker": (0, r"Kata[’']ib"),
    "eventwire events --new-only --modality asserted": (0, r"\d+ (of [\d,]+ )?events"),
    "eventwire actors search kataib": (0, r"Kataib Hezbollah"),
    "eventwire actors import mine.yaml": (0, r"imported 1 actor from mine\.yaml"),
    "eventwire show iqna-2020-11-14-kh": (0, r"events? in this article"),
    "eventwire articles": (0, r"[\d,]+ (of [\d,]+ )?articles"),
    "eventwire rejects": (0, r"\d+ rejected inputs?"),
    "eventwire canonical --min-reports 2 --disagreements": (0, r"canonical events?"),
    "eventwire dedup": (0, r"events → [\d,]+ canonical events"),
    "eventwire export --format csv -o events.csv": (0, r"exported [\d,]+ events → events\.csv"),
    "eventwire export --canonical --format parquet": (
        0, r"exported [\d,]+ canonical events → canonical\.parquet"),
    "eventwire export --reviewed -o reviewed.jsonl": (0, r"exported \d+ reviewed articles? → "
                                                        r"reviewed\.jsonl"),
    "eventwire places search Springfield": (0, r"Springfield"),
    "eventwire places import camps.yaml": (0, r"imported 1 places? from camps\.yaml"),
    "eventwire eval plover_gsr": (0, r"macro-F1"),
    "eventwire eval records --split dev": (0, r"full record"),
    "eventwire eval participants": (0, r"recipient \(m/all\)"),
    "eventwire eval timex --data my.jsonl": (0, r'"metrics": \{'),
    "eventwire bench eventwire/data/samples": (0, r"bare spaCy"),
}


def _strip_comment(line: str) -> str:
    return re.sub(r"\s+#.*$", "", line).strip()


def readme_blocks(kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def readme_commands() -> list[str]:
    out = []
    for block in readme_blocks("bash"):
        for line in block.splitlines():
            out += [c.strip() for c in _strip_comment(line).split(" ; ") if c.strip()]
    return out


def make_run_command() -> str:
    """The ``eventwire run`` line of the Makefile's ``run`` target."""
    text = (REPO / "Makefile").read_text(encoding="utf-8")
    values = dict(re.findall(r"^(\w+)\s*:?=\s*(.*?)\s*$", text, re.M))
    recipe = re.search(r"^run:.*\n((?:\t.*\n)+)", text, re.M)
    assert recipe, "Makefile has no run target"
    line = next(x for x in recipe.group(1).splitlines() if "eventwire run" in x)
    line = re.sub(r"\$\((\w+)\)", lambda m: values.get(m.group(1), ""), line.strip())
    return "eventwire " + line.split("/eventwire ", 1)[1]


def expectation(command: str) -> tuple[int, str] | None:
    return next((v for k, v in EXPECT.items() if command.startswith(k)), None)


FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
<item><title>Talks</title><link>http://example.org/t</link>
<pubDate>Mon, 07 Jun 2021 10:00:00 GMT</pubDate><description>The foreign ministers of
both countries met in Geneva on Monday to discuss the border dispute, officials said.
</description></item></channel></rss>
"""


def _warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html = (REPO / "tests" / "data" / "ingest" / "page.html").read_bytes()
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                   protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(
            "http://example.org/page", "response", payload=io.BytesIO(html),
            http_headers=headers))


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A folder with the files README commands name, and the store that
    `make run` fills."""
    home = tmp_path_factory.mktemp("readme")
    (home / "articles").mkdir()
    shutil.copy(SAMPLES / "iqna-kataib-hezbollah-2020-11.jsonl", home / "articles")
    (home / "articles" / "story.txt").write_text(
        "Protesters marched through the capital on Sunday to demand the release of "
        "detained journalists, organisers said.\n", encoding="utf-8")
    (home / "feed.xml").write_text(FEED, encoding="utf-8")
    _warc(home / "crawl.warc.gz")
    (home / "mine.yaml").write_text("actors:\n  - name: Atlantis Liberation Front\n"
                                    "    aliases: [ALF]\n    kind: armed_group\n"
                                    "    code: IRQREB\n", encoding="utf-8")
    (home / "camps.yaml").write_text("places:\n  - name: Camp Alpha\n    lat: 36.2\n"
                                     "    lon: 43.9\n    country: IRQ\n", encoding="utf-8")
    timex = (REPO / "tests" / "data" / "timex_dev.jsonl").read_text(encoding="utf-8")
    (home / "my.jsonl").write_text("\n".join(timex.splitlines()[:5]) + "\n", encoding="utf-8")
    patch = pytest.MonkeyPatch()
    patch.chdir(home)
    (home / "overlay.yaml").write_text("actors: []\n", encoding="utf-8")  # `actors import` target
    patch.setenv("EVENTWIRE_KB_PATHS", str(home / "overlay.yaml"))
    patch.setenv("EVENTWIRE_PLACES", str(home / "places.yaml"))  # `places import` target
    patch.setenv("EVENTWIRE_PROGRESS", "false")
    patch.setenv("COLUMNS", "100")
    home_output = _run(make_run_command(), home)
    (home / ".make_run_output").write_text(json.dumps(home_output), encoding="utf-8")
    yield home
    patch.undo()
    from eventwire.stages.geo.gazetteer import gazetteer

    gazetteer.cache_clear()  # `places import` changed it: later tests get the shipped one


def _run(command: str, home: Path) -> tuple[int, str]:
    """Run one README command through the real ``main()``; (exit, output)."""
    import contextlib

    args = shlex.split(command)
    assert args[0] == "eventwire", command
    args = [str(REPO / a) if a in REPO_PATHS else a for a in args[1:]]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(args)
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, out.getvalue() + err.getvalue()


COMMANDS = readme_commands()


def test_readme_has_commands_and_no_stale_skips() -> None:
    assert len(COMMANDS) >= 15
    assert "make run" in COMMANDS
    unknown = [c for c in COMMANDS if c != "make run" and not any(k in c for k in SKIP)
               and expectation(c) is None]
    assert not unknown, f"README commands with no expected output here: {unknown}"


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_command(command: str, workspace: Path) -> None:
    skip = next((why for key, why in SKIP.items() if key in command), None)
    if skip is not None:
        pytest.skip(f"README command `{command}` not run: {skip}")
    if command == "make run":
        command = make_run_command()
        code, output = json.loads((workspace / ".make_run_output").read_text())
        assert Path("exports/events.parquet").is_file(), output[-3000:]
    else:
        code, output = _run(command, workspace)
    expected = expectation(command)
    assert expected is not None, f"add the expected output of `{command}` to EXPECT"
    assert (code, "Traceback" in output) == (expected[0], False), output[-3000:]
    assert re.search(expected[1], output), output[-3000:]
    if command.startswith("eventwire export"):
        header = Path("events.csv").read_text(encoding="utf-8").splitlines()[0]
        assert header.startswith("event_id,") and "canonical_id" in header


def test_readme_python_blocks(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    texts = [json.loads(line)["text"] for line in
             (SAMPLES / "wikinews.jsonl").read_text(encoding="utf-8").splitlines()[:3]]
    blocks = readme_blocks("python")
    assert blocks
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {"text": texts[0], "texts": texts})
    printed = capsys.readouterr().out.split()
    assert any(word in printed for word in ("ASSAULT", "ACCUSE", "AGREE", "CONSULT",
                                            "THREATEN", "SUPPORT", "REQUEST", "PROTEST"))
