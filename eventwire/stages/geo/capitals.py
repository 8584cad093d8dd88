"""Which tokens are capitalised words that may be part of a place name,
read from the Doc's attribute arrays (issue #12/#13, speed).

The recogniser's scan for runs of capitalised words asked every token of the
article; building a spaCy Token per word for that cost more than the test
itself. ``Doc.to_array`` gives the same attributes as integers in one call
(see ``eventwire.nlp.arrays``).
"""

from __future__ import annotations

from spacy.attrs import IS_ALPHA, IS_STOP, ORTH, POS
from spacy.strings import get_string_id
from spacy.tokens import Doc

from eventwire.nlp.arrays import CASE_OF, case_of, rows

NAME_TAGS = ("PROPN", "NOUN", "ADJ")


def capitalised_flags(doc: Doc) -> list[bool]:
    """For every token: capitalised, not a stop word, and a proper noun,
    noun or adjective — or any all-capitals word (a dateline's "MOSUL, Iraq
    -" is tagged anything; the scan's own checks guard it)."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    tags = {get_string_id(t) for t in NAME_TAGS}
    out = []
    for orth, alpha, stop, pos in rows(doc, (ORTH, IS_ALPHA, IS_STOP, POS)):
        upper, all_upper, _ = CASE_OF.get(orth) or case_of(strings, orth)
        out.append(upper and not stop and (pos in tags or (bool(alpha) and all_upper)))
    return out
