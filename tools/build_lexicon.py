"""The trigger lexicon: verbs (and verb + object) from the PETRARCH2 CAMEO
verb dictionary (MIT), mapped to PLOVER with ``CAMEO2PLOVER-2021.txt``
(CC BY-SA 4.0). Nominal triggers are not built here: they are the
``nominals`` of ``eventwire/data/events/curated.yaml``, read at load time.

    python tools/build_lexicon.py ../shared/data

writes ``eventwire/data/events/lexicon.json``, shipped with the package.

Decisions:
* CAMEO 01 (public statements) and 02 (appeals) have no PLOVER type: CAMEO
  02 "appeal/request" is mapped to REQUEST (the manual's REQUEST covers
  "requests, demands, and orders"); 01 gives no event — saying is not doing.
* A verb's own code wins over its block's code; a "verb + object" pattern
  (``- * ARREST [020]``) is kept when the object is one plain word.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from eventwire.paths import DATA_DIR

OUT = DATA_DIR / "events" / "lexicon.json"
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_VERB = re.compile(r"^\+?([A-Z][A-Z_'-]*)\s*(?:\{[^}]*\})?\s*(?:\[([0-9]+)\])?")
_PATTERN = re.compile(r"^-\s+\*\s+([A-Z]+)\s+\[([0-9]+)\]")
EXTRA_CAMEO = {"02": ("REQUEST", None, None)}


def parse_cameo2plover(path: Path) -> dict[str, tuple[str, str | None, str | None]]:
    table: dict[str, tuple[str, str | None, str | None]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,#]*))?(?:,\s*([^#]*))?", line)
        if m and m[1] not in table:
            mode = (m[3] or "").strip() or None
            context = (m[4] or "").strip() or None
            table[m[1]] = (m[2], mode, context)
    table.update({k: v for k, v in EXTRA_CAMEO.items() if k not in table})
    return table


def to_plover(code: str, table: dict[str, tuple[str, str | None, str | None]]
              ) -> dict[str, Any] | None:
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            kind, mode, context = table[code[:n]]
            return {"type": kind, "mode": mode, "context": context, "cameo": code}
    return None


def parse_verbs(path: Path, table: dict[str, tuple[str, str | None, str | None]]
                ) -> tuple[dict[str, Any], dict[str, Any]]:
    verbs: dict[str, Any] = {}
    patterns: dict[str, Any] = {}
    block_code = "---"
    current: list[str] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.startswith("&"):
            continue
        if m := _BLOCK.match(line):
            block_code, current = m[2], [m[1].lower()]
            _add(verbs, m[1].lower(), block_code, table)
            continue
        if m := _PATTERN.match(line):
            for verb in current:
                _add(patterns, f"{verb} {m[1].lower()}", m[2], table)
            continue
        if line.startswith(("-", " ", "\t")):
            continue
        if m := _VERB.match(line):
            word = m[1].lower().replace("_", " ")
            current = [word] if " " not in word else current
            _add(verbs, word, m[2] or block_code, table)
    return verbs, patterns


def _add(into: dict[str, Any], key: str, code: str, table: dict[str, Any]) -> None:
    if not code or not code.isdigit() or key in into:
        return
    entry = to_plover(code, table)
    if entry is not None:
        into[key] = entry


def build(shared_data: Path) -> dict[str, Any]:
    table = parse_cameo2plover(shared_data / "plover" / "CAMEO2PLOVER-2021.txt")
    verbs, patterns = parse_verbs(shared_data / "actors" / "petrarch2" / "CAMEO.2.0.txt", table)
    return {"verbs": verbs, "patterns": patterns,
            "attribution": "PETRARCH2 CAMEO.2.0 verb dictionary (MIT); PLOVER CAMEO2PLOVER-2021 "
                           "(CC BY-SA 4.0)"}


if __name__ == "__main__":
    lexicon = build(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data"))
    OUT.write_text(json.dumps(lexicon, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(lexicon['verbs'])} verbs, {len(lexicon['patterns'])} patterns -> {OUT}")
