"""PLOVER modes: *how* an event was done (ASSAULT with explosives, CONSULT
by phone, PROTEST as a hunger strike), with the 2021 manual's mode names.

Cue words per type and mode are data (``eventwire/data/events/modes.yaml``,
written from the manual's definitions). Decision, in this order:

1. a cue in the trigger itself ("the *bombing*", "*kidnapped*");
2. the mode the CAMEO code of the trigger carries (``lexicon.json``), when it
   is a mode of the event's type in the 2021 manual;
3. a cue in the trigger's clause (its head's subtree: "attacked the convoy
   *with mortars*");
4. a cue elsewhere in the sentence.

Within one step the mode listed first in the YAML wins. Some types have a
residual mode (``RESIDUAL``: PROTEST "demo", ACCUSE "disapprove", ASSAULT
"destroy"): its cues are the type's generic words ("protest"), so it is
taken only when no other mode has a cue anywhere in the sentence ("a
hunger strike to protest" is "hunger"). Older mode names
(the PLOVER gold-standard records and CAMEO2PLOVER use some) are mapped to
the 2021 names by ``normalise``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from spacy.tokens import Span, Token

from eventwire.paths import DATA_DIR

DATA = DATA_DIR / "events" / "modes.yaml"

# older names -> 2021 manual names (decision documented in docs/architecture.md)
LEGACY_NAMES = {"assassinate": "targeted", "massacre": "targeted", "confiscate": "seize",
                "detain": "arrest", "demo-org": "demo", "demo-spon": "demo",
                "riot-spon": "riot", "strike-gen": "strike", "strike-hun": "hunger",
                "host": "visit", "cbrn": "unconventional"}
# type-specific: THREATEN's "restrict" covers curfews, bans, martial law
TYPE_NAMES = {("THREATEN", "curfew"): "restrict", ("THREATEN", "martial-law"): "restrict",
              ("THREATEN", "political"): "restrict", ("THREATEN", "ban"): "restrict",
              ("COERCE", "ban"): "restrict"}

Cues = dict[str, dict[str, list[tuple[str, ...]]]]
# per type, per mode in order: (one-word cues, multi-word cues)
Index = dict[str, list[tuple[str, frozenset[str], list[tuple[str, ...]]]]]


@lru_cache(maxsize=1)
def load_cues(path: Path = DATA) -> Cues:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {kind: {mode: [tuple(cue.lower().split()) for cue in cues]
                   for mode, cues in modes.items()}
            for kind, modes in raw.items()}


@lru_cache(maxsize=1)
def _index() -> Index:
    """Cues split into one-word (a set lookup) and multi-word ones, so a
    sentence costs one set intersection per mode."""
    return {kind: [(mode, frozenset(c[0] for c in cues if len(c) == 1),
                    [c for c in cues if len(c) > 1]) for mode, cues in modes.items()]
            for kind, modes in load_cues().items()}


def normalise(kind: str | None, mode: str | None) -> str | None:
    """A mode name in the 2021 manual's vocabulary for ``kind``, or None."""
    if kind is None or mode is None:
        return None
    mode = mode.strip().lower()
    mode = TYPE_NAMES.get((kind, mode), LEGACY_NAMES.get(mode, mode))
    return mode if mode in load_cues().get(kind, {}) else None


def _words(tokens: Span | list[Token]) -> list[tuple[str, str]]:
    return [(t.lemma_.lower(), t.lower_) for t in tokens]


def _has(words: list[tuple[str, str]], cue: tuple[str, ...]) -> bool:
    n = len(cue)
    for i in range(len(words) - n + 1):
        if all(cue[k] in words[i + k] for k in range(n)):
            return True
    return False


def _first_mode(kind: str, words: list[tuple[str, str]]) -> str | None:
    vocab = {w for pair in words for w in pair}
    for mode, singles, multis in _index().get(kind, []):
        if not singles.isdisjoint(vocab):
            return mode
        if any(cue[0] in vocab and _has(words, cue) for cue in multis):
            return mode
    return None


RESIDUAL = {"PROTEST": "demo", "ACCUSE": "disapprove", "ASSAULT": "destroy"}


def assign_mode(kind: str, sent: Span, trigger: Span, lexicon_mode: str | None) -> str | None:
    """The event's mode (see the module docstring for the order)."""
    if kind not in load_cues():
        return None
    residual = RESIDUAL.get(kind)

    @lru_cache(maxsize=1)
    def in_sentence() -> str | None:  # scanned only when needed, then once
        return _first_mode(kind, _words(sent))

    def usable(mode: str | None) -> bool:
        """A residual mode only when nothing more specific is cued."""
        return mode is not None and (mode != residual or in_sentence() in (None, residual))

    # the trigger and its manner adverbs ("*sexually* assaulted")
    adverbs = [c for c in trigger.root.children if c.dep_ == "advmod"]
    found = _first_mode(kind, _words(list(trigger) + adverbs))
    if usable(found):
        return found
    known = normalise(kind, lexicon_mode)
    if usable(known):
        return known
    head = trigger.root.head if trigger.root.dep_ in ("xcomp", "dobj", "pobj") else trigger.root
    found = _first_mode(kind, _words(list(head.subtree)))
    return found if usable(found) else in_sentence()
