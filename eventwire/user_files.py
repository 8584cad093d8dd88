"""User YAML and CSV files of entries (actors, places): their rows, each with
the line it starts on, and the name and aliases every entry has.

Read by ``eventwire actors import`` (``stages.actors.kb``) and ``eventwire
places import`` (``stages.geo.places``); a malformed file raises the caller's
error code naming the file, line and field.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import yaml

from eventwire.datafiles import load_yaml
from eventwire.errors import ErrorCode, Errors, EventwireError


def _csv_rows(text: str) -> list[tuple[int, dict[str, Any]]]:
    """Rows with the line each starts on (a quoted field may span lines)."""
    reader = csv.DictReader(io.StringIO(text))
    out, line = [], 2
    for row in reader:
        out.append((line, dict(row)))
        line = reader.line_num + 1
    return out


def _yaml_lines(text: str, key: str) -> list[int]:
    """The line each entry of the list under ``key:`` starts on."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if isinstance(root, yaml.MappingNode):
        root = next((v for k, v in root.value if getattr(k, "value", None) == key), None)
    if isinstance(root, yaml.SequenceNode):
        return [item.start_mark.line + 1 for item in root.value]
    return []


def text_line(exc: UnicodeDecodeError) -> int:
    """The 1-based line of an undecodable byte."""
    return exc.object[:exc.start].count(b"\n") + 1


def user_rows(path: Path, key: str = "actors", error: ErrorCode = Errors.E401
              ) -> list[tuple[int, dict[str, Any]]]:
    """(line, row) pairs of a user YAML file (a list under ``key:``) or CSV
    file — the line each entry starts on; ``error`` names the file, line and
    field of a malformed one. Also read by ``eventwire places import``."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise EventwireError(error, source=path, line=text_line(exc), field="(encoding)",
                             detail=f"not UTF-8 text (byte {exc.start})") from exc
    except OSError as exc:
        raise EventwireError(error, source=path, line=0, field="(file)",
                             detail=exc.strerror or type(exc).__name__) from exc
    if path.suffix.lower() == ".csv":
        return _csv_rows(text)
    try:
        data = load_yaml(text) or {}
        lines = _yaml_lines(text, key)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", -1) + 1
        raise EventwireError(error, source=path, line=line, field="(yaml)",
                             detail=str(exc).splitlines()[0]) from exc
    rows = data.get(key) if isinstance(data, dict) else data
    if not isinstance(rows, list):
        raise EventwireError(error, source=path, line=1, field=key,
                             detail=f"expected a list of {key} under '{key}:'")
    return [(lines[n] if n < len(lines) else n + 1, r) for n, r in enumerate(rows)]


def name_and_aliases(row: Any, bad: Any, what: str) -> tuple[str, list[str]]:
    """A user row's name (required) and aliases (a list, or ';'-separated);
    ``bad(field, detail)`` makes the error. Shared with user places."""
    if not isinstance(row, dict):
        raise bad("(row)", f"each {what} must be a mapping")
    name = str(row.get("name") or "").strip()
    if not name:
        raise bad("name", "a name is required")
    aliases = row.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [a.strip() for a in aliases.split(";") if a.strip()]
    if not isinstance(aliases, list):
        raise bad("aliases", "a list, or names separated by ';'")
    return name, [str(a) for a in aliases]
