"""Which tokens are capitalised words that may be part of a place name,
read from the Doc's attribute arrays (issue #12/#13, speed).

The recogniser's scan for runs of capitalised words asked every token of the
article; building a spaCy Token per word for that cost more than the test
itself. ``Doc.to_array`` gives the same attributes as integers in one call
(see ``eventwire.nlp.arrays``).
"""

from __future__ import annotations

from spacy.attrs import IS_ALPHA, IS_STOP, POS
from spacy.strings import get_string_id
from spacy.tokens import Doc

from eventwire.nlp.arrays import ALL_UPPER, UPPER_FIRST, case_bits

NAME_TAGS = ("PROPN", "NOUN", "ADJ")
_PROPN, _NOUN, _ADJ = (get_string_id(t) for t in NAME_TAGS)


def capitalised_flags(doc: Doc) -> list[bool]:
    """For every token: capitalised, not a stop word, and a proper noun,
    noun or adjective — or any all-capitals word (a dateline's "MOSUL, Iraq
    -" is tagged anything; the scan's own checks guard it). Tested on the
    whole document's columns at once (``case_bits``: no Python step per
    word, speed34)."""
    n = len(doc)
    if not n:
        return []
    alpha, stop, pos = doc.to_array([IS_ALPHA, IS_STOP, POS]).reshape(n, 3).T
    bits = case_bits(doc)
    tagged = (pos == _PROPN) | (pos == _NOUN) | (pos == _ADJ)  # ``np.isin`` costs more
    all_capitals = (alpha != 0) & (bits & ALL_UPPER != 0)
    flags: list[bool] = ((bits & UPPER_FIRST != 0) & (stop == 0)
                         & (tagged | all_capitals)).tolist()
    return flags
