"""The documentation and the code agree (datasette-style): every setting,
command and error code that the docs name exists, and every one that exists
is documented."""

from __future__ import annotations

import argparse
import re
from dataclasses import fields
from pathlib import Path

from eventwire.app.cli import build_parser
from eventwire.errors import Errors
from eventwire.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _codes_in_errors() -> set[str]:
    return {getattr(Errors, n).code for n in dir(Errors) if hasattr(getattr(Errors, n), "code")}


def _table_section(text: str, heading: str) -> str:
    start = text.index(heading)
    nxt = text.find("\n#", start + len(heading))
    return text[start: nxt if nxt >= 0 else None]


def test_every_documented_error_code_exists() -> None:
    known = _codes_in_errors()
    for path in DOCS:
        for code in set(re.findall(r"\bEW\d{3}\b", _text(path))):
            assert code in known, f"{path.name} names {code}, which eventwire/errors.py lacks"


def test_every_error_code_is_in_docs_errors_md() -> None:
    listed = set(re.findall(r"^\| (EW\d{3}) \|", _text(ROOT / "docs/errors.md"), re.M))
    assert listed == _codes_in_errors()


def test_every_setting_is_in_docs_settings_md_and_back() -> None:
    text = _text(ROOT / "docs/settings.md")
    table = _table_section(text, "| setting |")
    documented = set(re.findall(r"^\| `(\w+)` \| `EVENTWIRE_(\w+)`", table, re.M))
    assert documented == {(f.name, f.name.upper()) for f in fields(Settings)}


def test_every_eventwire_environment_variable_named_in_docs_is_known() -> None:
    text = _text(ROOT / "docs/settings.md")
    extra = set(re.findall(r"`(EVENTWIRE_\w+)`",
                           _table_section(text, "## Environment variables that are not")))
    known = {"EVENTWIRE_" + f.name.upper() for f in fields(Settings)} | extra
    for path in DOCS:
        for var in set(re.findall(r"\bEVENTWIRE_[A-Z][A-Z_]*[A-Z]\b", _text(path))):
            assert var in known, f"{path.name} names {var}: not a setting, not in docs/settings.md"


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def test_every_readme_command_exists() -> None:
    commands = _subcommands(build_parser())
    blocks = re.findall(r"```(?:bash|sh|console)?\n(.*?)```", _text(ROOT / "README.md"), re.S)
    seen = set()
    for block in blocks:
        for name, rest in re.findall(r"(?:^|[;|&]\s*)eventwire ([a-z]+)([^\n;|&#]*)", block, re.M):
            assert name in commands, f"README runs `eventwire {name}`, which does not exist"
            seen.add(name)
            sub = _subcommands(commands[name])
            if sub:
                word = rest.split()[0] if rest.split() else ""
                assert word in sub, f"README runs `eventwire {name} {word}`: no such subcommand"
    assert {"run", "events", "export"} <= seen


def test_every_command_is_in_the_readme() -> None:
    readme = _text(ROOT / "README.md")
    for name in _subcommands(build_parser()):
        assert f"eventwire {name}" in readme, f"`eventwire {name}` is not shown in README.md"
