"""Parsing the bundled YAML word lists and cue tables.

PyYAML's pure-Python loader spent ~0.3 s per process on them (the events
stage alone reads five files on its first article); libyaml's C loader,
when PyYAML was built with it, reads the same files several times faster.
Both are *safe* loaders with the same resolver, so they build the same
Python values (``tests/test_datafiles.py`` checks every bundled file).
"""

from __future__ import annotations

from typing import IO, Any

import yaml

SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(source: str | bytes | IO[str]) -> Any:
    """``yaml.safe_load`` with the fastest safe loader available."""
    return yaml.load(source, Loader=SafeLoader)  # noqa: S506 - a safe loader
