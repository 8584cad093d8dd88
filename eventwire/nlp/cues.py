"""Cue words as data: ``eventwire/data/cues.yaml`` plus the user's files.

Stages read their word lists from here instead of hard-coding them, so a user
can adapt them without touching code: a YAML file named in the
``EVENTWIRE_CUE_PATHS`` environment variable (``os.pathsep``-separated; the
``cue_paths`` setting sets it for a run) replaces a list by naming it, or
extends it with ``NAME+``. Lists are read once per process: the components
are built after the settings are known, and spaCy pipelines are per process.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

import yaml

from eventwire.datafiles import load_yaml
from eventwire.errors import Errors, EventwireError
from eventwire.paths import DATA_DIR

BUNDLED = DATA_DIR / "cues.yaml"
ENV_VAR = "EVENTWIRE_CUE_PATHS"


class Cues:
    """Named word sets (``words``) and word -> label maps (``labels``)."""

    def __init__(self, raw: Mapping[str, object]) -> None:
        self._raw = dict(raw)

    def words(self, name: str) -> frozenset[str]:
        value = self._raw.get(name)
        if not isinstance(value, list):
            raise EventwireError(Errors.E701, name=name, path=BUNDLED)
        return frozenset(str(v) for v in value)

    def ordered(self, name: str) -> tuple[str, ...]:
        """A list in file order (for alternations built into a regex)."""
        self.words(name)
        value = self._raw[name]
        assert isinstance(value, list)
        return tuple(str(v) for v in value)

    def labels(self, name: str) -> dict[str, str]:
        value = self._raw.get(name)
        if not isinstance(value, dict):
            raise EventwireError(Errors.E701, name=name, path=BUNDLED)
        return {str(k): str(v) for k, v in value.items()}


def _read(path: Path) -> dict[str, object]:
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise EventwireError(Errors.E702, path=path, detail=str(exc)) from exc
    if not isinstance(data, dict):
        raise EventwireError(Errors.E702, path=path, detail="not a mapping of lists")
    return data


def merge(base: dict[str, object], extra: Mapping[str, object], path: Path) -> dict[str, object]:
    out = dict(base)
    for key, value in extra.items():
        name = key[:-1] if key.endswith("+") else key
        if name not in base:
            raise EventwireError(Errors.E702, path=path, detail=f"unknown cue list {name!r}")
        if key.endswith("+"):
            old = base[name]
            if isinstance(old, list) and isinstance(value, list):
                out[name] = old + value
            elif isinstance(old, dict) and isinstance(value, dict):
                out[name] = {**old, **value}
            else:
                raise EventwireError(Errors.E702, path=path, detail=f"{key}: wrong kind of value")
        else:
            out[name] = value
    return out


@lru_cache(maxsize=8)
def load_cues(paths: Sequence[str] = ()) -> Cues:
    raw = _read(BUNDLED)
    for p in paths:
        raw = merge(raw, _read(Path(p)), Path(p))
    return Cues(raw)


def default_cues() -> Cues:
    """The bundled lists plus the files in ``EVENTWIRE_CUE_PATHS``."""
    env = os.environ.get(ENV_VAR, "")
    return load_cues(tuple(p for p in env.split(os.pathsep) if p))
