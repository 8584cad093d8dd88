"""Class *one place name cut into two mentions* (geo13): the small NER
model splits some multiword names and each half is then found on its own
("Democratic Republic" and "Congo" of "the Democratic Republic of the
Congo", "Goz" from the gazetteer scan beside "Beida" from the NER model,
"Guinea" and "Bissau"); each half then resolves to the wrong place (the
Republic of the Congo, a town named Beida in Libya), and ``longer_name``
cannot grow either half over the other because both are taken.

Two mentions next to each other, with at most two joining words between
them ("of", "the", a hyphen, a name connector such as "de" or "del"), are
one mention when the joined text is itself a name the gazetteer holds
(some candidate's own name, compared without case and accents: not a loose
match of the lookup); all the joined text's candidates stay for the
resolver ("Tuxtla Gutiérrez" is the municipality's name and the city's
alternate one). A comma or
"and" never joins ("Paris, Texas", "Angola and Congo" stay two places).
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from eventwire.stages.geo.gazetteer import gazetteer
from eventwire.stages.geo.name_extent import NAME_CONNECTORS

if TYPE_CHECKING:
    from eventwire.stages.geo.recognize import Mention

JOINERS = NAME_CONNECTORS | {"of", "the", "-", "–"}
MAX_GAP = 2


def fold(text: str) -> str:
    """Case- and accent-free form of a name, for comparing a joined text
    with a candidate's own name."""
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


def _joinable(doc: Doc, a: Mention, b: Mention) -> bool:
    gap = doc[a.end:b.start]
    return 0 <= b.start - a.end <= MAX_GAP and all(t.lower_ in JOINERS for t in gap)


def join_cut_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each cut pair joined into one (module docstring),
    sorted by position."""
    from eventwire.stages.geo.recognize import Mention

    ordered = sorted(mentions, key=lambda m: m.start)
    out: list[Mention] = []
    for m in ordered:
        last = out[-1] if out else None
        if last is not None and _joinable(doc, last, m):
            text = doc[last.start:m.end].text
            cands = gazetteer().candidates(text)
            if any(fold(c.name) == fold(text) for c in cands):
                out[-1] = Mention(last.start, m.end, text, last.source, last.label, cands)
                continue
        out.append(m)
    return out
