"""The quote scan's verb positions without the verbs no cue list holds
(issue #12, speed32).

``quotes.quotes_in_sentence`` builds a Token for every VERB and AUX of each
sentence (``quotes._verbs``, ~11k per 200 articles) and keeps only those
whose cue forms (``boundaries.cue_lemmas``: the lemma, the form, and the
forms its inflection gives) meet the speech verbs (``_speech_verbs``) or
the stance verbs (``_stance_verbs``); nothing else reads them. The same
set test is asked here once per document on the LOWER and LEMMA columns
(one memo per distinct word), so a verb outside both lists ("went",
"had", "is") gets no Token and the scan keeps the same verbs.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc

from eventwire.nlp.arrays import column, remember
from eventwire.stages.attribution.boundaries import cue_forms
from eventwire.stages.attribution.speakers import SPEECH_VERBS
from eventwire.stages.attribution.stances import STANCE_VERBS

CUE_VERBS = frozenset(SPEECH_VERBS | STANCE_VERBS)

# (form id, lemma id) -> some cue list holds the word (a ``remember`` memo)
_CUED: dict[tuple[int, int], bool] = {}


def is_cue_word(form: str, lemma: str) -> bool:
    """``cue_lemmas`` of the word meet the speech or the stance verbs."""
    return not cue_forms(form, lemma).isdisjoint(CUE_VERBS)


def cue_verb_positions(doc: Doc, positions: list[int]) -> list[int]:
    """``positions`` (``quotes.verb_positions``) without the verbs that are
    neither a speech nor a stance cue."""
    lower, lemma, strings = column(doc, LOWER), column(doc, LEMMA), doc.vocab.strings
    out = []
    for i in positions:
        key = (lower[i], lemma[i])
        cued = _CUED.get(key)
        if cued is None:
            cued = remember(_CUED, key, is_cue_word(strings[key[0]], strings[key[1]]))
        if cued:
            out.append(i)
    return out
