"""Class *seas, gulfs and canals named after a state*: "the Gulf of Aden",
"the South China Sea", "the Indian Ocean", "the Gulf of Guinea", "the
Panama Canal", "Lake Chad" name water, not the state whose name or
demonym they carry (actors12).

Why: the KB matches the state's name inside them ("Aden" is Yemen's
second city in the KB, "China", "Indian", "Guinea"), so each gave a state
mention that is nobody's actor and, worse, a vote for the story's country
(``home.home_country``): an article on an Indian warship fighting Somali
pirates in the Gulf of Aden, which names the gulf on every line, became
a Yemeni story, and every bare "the Navy", "the commandos" of it Yemeni.
The state mention is dropped when the name around it is a water body's:
``<Feature> of [the] <state>`` or ``<state> <Feature>`` with the feature
word capitalised (a proper name, not "Chinese sea patrols").

Class *a neighbourhood named after a state* (actors15): "Little Italy",
"Little Havana", "Little Haiti", "Little India" are districts of another
country's city; the state's name in them is no actor and no vote for the
story's country (a New York mob story "from Little Italy to the docks of
Miami" became Italian). Dropped the same way: the state right after a
capitalised "Little".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventwire.models import ActorMention
from eventwire.nlp.arrays import char_span

# capitalised words that make a place name a body of water
WATER_WORDS = {"Gulf", "Sea", "Ocean", "Bay", "Strait", "Straits", "Canal", "Channel", "Lake",
               "River", "Sound"}
# of those, the ones that also come before the name without "of" ("Lake Chad", "River Jordan");
# and "Little", which makes the name a city's district ("Little Italy")
PREFIX_WATER = {"Lake", "River", "Little"}


def is_water_body(span: Span) -> bool:
    """Whether the state name ``span`` is part of a water body's name."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text in WATER_WORDS:
        return True  # "the Indian Ocean", "the South China Sea", "the Panama Canal"
    i = span.start - 1
    if i >= 0 and doc[i].text in PREFIX_WATER:
        return True  # "Lake Chad", "Little Italy"
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 1 and doc[i].lower_ == "of" and doc[i - 1].text in WATER_WORDS


def drop_water_bodies(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions without the states that only name a sea, gulf, lake or canal."""
    out = []
    for m in mentions:
        if m.kind == "state":
            span = char_span(doc, m.start, m.end, alignment_mode="expand")
            if span is not None and is_water_body(span):
                continue
        out.append(m)
    return out
