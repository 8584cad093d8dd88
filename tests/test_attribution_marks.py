"""``attribution.marks.dateline_end``: the per-document table of line
answers (speed26) gives what the dateline pattern gives at each offset."""

from __future__ import annotations

import spacy

from eventwire.nlp.extensions import _TEXT_KEY, register_extensions
from eventwire.stages.attribution.marks import DATELINE, dateline_end

TEXTS = [
    "KINSHASA, June 14 (Reuters) - Fighting resumed.\nSEOUL (AP) - Talks ended.\nNo line.",
    "Tbilisi (AFP) - A vote.\n\nMUMBAI: Rain fell.\nADDIS ABABA, Ethiopia (AP) — Quiet.",
    "Nothing here opens a dateline.\nNIAMEY/ABUJA, July 31 (Reuters) - Troops left.",
]


def _direct(text: str, offset: int) -> int | None:
    line = text.rfind("\n", 0, offset) + 1
    m = DATELINE.match(text, line, min(len(text), line + 90))
    return m.end() if m is not None else None


def test_kept_answers_equal_the_pattern_at_every_offset() -> None:
    register_extensions()
    nlp = spacy.blank("en")
    for text in TEXTS:
        doc = nlp(text)
        for _ in range(2):  # the second pass reads the kept table
            for offset in range(len(text) + 1):
                assert dateline_end(doc, offset) == _direct(text, offset), (text, offset)
    assert dateline_end(nlp(TEXTS[0]), 5) == TEXTS[0].index("Fighting")


def test_another_text_in_the_same_user_data_is_read_anew() -> None:
    register_extensions()
    nlp = spacy.blank("en")
    doc = nlp(TEXTS[0])
    assert dateline_end(doc, 0) is not None
    other = nlp("No dateline at all here.")
    other.user_data.update(doc.user_data)  # as a copy of user data would
    other.user_data.pop(_TEXT_KEY)  # its own text, the kept table another's
    assert dateline_end(other, 0) is None
