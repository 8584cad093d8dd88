"""Class *a title the knowledge base knows as an agent phrase, taken by the
NER into a name*: "Councillor Okafor", "Sheriff Okafor", "Prefect Diallo"
tagged as ONE ORG or PERSON entity. The agent phrase ("Councillor") is
already a mention, so the whole entity used to be skipped as overlapping
and the person named after the title was lost (the fresh-clone CI of the
forty-first session found it: sectors66 made "councillor" a GOV agent, and
"Councillor Okafor faces corruption charges" lost its recipient). The name
after the title becomes the person mention; the titles stage then gives it
the title's sector.

Guards: exactly one taken span overlaps the entity, it starts the entity,
and it ends in a title of titles.yaml ("Police Federation" — "police" is
no title — stays skipped); what follows is one to three capitalised words,
none an organisation's head word ("Sheriff Department", "Mayor's Office").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from eventwire.nlp.spans import SpanIndex
from eventwire.stages.actors.titles import ORG_HEADS, title_before

# titles' organisation heads ("the Justice Ministry" is no person) and the heads
# of the bodies a titled agent word opens ("Sheriff Department", "Police Federation")
_ORG_HEADS = ORG_HEADS | {"department", "federation", "association", "board", "authority",
                         "hall"}
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*$")


def name_after_title(ent: Span, taken: list[tuple[int, int]], index: SpanIndex) -> int | None:
    """The character offset where the person's name starts inside ``ent``
    when the entity opens with a taken title (see the module docstring),
    else None."""
    hits = index.overlapping(ent.start_char, ent.end_char)
    if len(hits) != 1:
        return None
    start, end = taken[hits[0]]
    if start != ent.start_char or end >= ent.end_char:
        return None
    rest = ent.doc.text[end:ent.end_char]
    words = rest.split()
    if not 1 <= len(words) <= 3 or not all(_NAME_WORD.match(w) for w in words):
        return None
    if {re.sub(r"['’]s$", "", w.lower()) for w in words} & _ORG_HEADS:
        return None
    name = end + len(rest) - len(rest.lstrip())
    found = title_before(ent.doc.text, name)
    return name if found is not None and found[0] >= start else None
