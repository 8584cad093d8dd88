"""Class *a quotation that continues its speaker*: news quotes run over
several sentences, and only one of them carries the attribution. In
'"The vote was rigged," the opposition leader said. "We will not accept
it. I call on our supporters to march."' the second quotation has no
speech verb of its own: it continues the last speaker; in '"We have
waited too long. We will strike," the union's chairman said.' the first
sentence's "we" is attributed only after the quotation closes, in a later
sentence. ``first_person`` links a quoted "we"/"I" to the speech verb its
clause hangs on; this module finds the speaker when there is none:

* the pronoun must stand inside a quotation (an odd number of quotation
  marks before it in the article);
* the speaker is the subject of a speech verb right after the quotation
  closes (within ``AFTER_TOKENS``), else the subject of the last speech
  verb before the quotation opens, at most ``BACK_SENTENCES`` sentences
  back.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.nlp.arrays import where_lower

QUOTE_MARKS = ('"', "\u201c", "\u201d", "``", "''")
AFTER_TOKENS = 6
BACK_SENTENCES = 2


def _is_quote(tok: Token) -> bool:
    return tok.text in QUOTE_MARKS


def quote_marks(doc: Doc) -> list[int]:
    """Token indices of quotation marks, in order (read on the attribute
    arrays, not by a Token per word)."""
    return sorted(int(i) for i in where_lower(doc, QUOTE_MARKS))


def _speaker_of(verb: Token, speech_verbs: frozenset[str], first: frozenset[str]
                ) -> Token | None:
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in speech_verbs:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None if subj is None or subj.lower_ in first else subj


def _after_close(doc: Doc, close: int, speech_verbs: frozenset[str],
                 first: frozenset[str]) -> Token | None:
    for tok in doc[close + 1:min(len(doc), close + 1 + AFTER_TOKENS)]:
        if _is_quote(tok):
            return None  # a new quotation opens: no attribution here
        subj = _speaker_of(tok, speech_verbs, first)
        if subj is not None:
            return subj
    return None


def _before_open(doc: Doc, opening: int, speech_verbs: frozenset[str],
                 first: frozenset[str]) -> Token | None:
    sent = doc[opening].sent
    floor = sent.start
    for _ in range(BACK_SENTENCES):
        if floor == 0:
            break
        floor = doc[floor - 1].sent.start
    for tok in reversed(doc[floor:opening]):
        subj = _speaker_of(tok, speech_verbs, first)
        if subj is not None:
            return subj
    return None


def continued_speaker(tok: Token, marks: list[int], speech_verbs: frozenset[str],
                      first: frozenset[str]) -> Token | None:
    """The speaker of the quotation ``tok`` stands in, or None when ``tok``
    is outside any quotation or no speaker is near."""
    before = [m for m in marks if m < tok.i]
    if len(before) % 2 == 0:
        return None
    after = [m for m in marks if m > tok.i]
    doc = tok.doc
    if after:
        subj = _after_close(doc, after[0], speech_verbs, first)
        if subj is not None:
            return subj
    return _before_open(doc, before[-1], speech_verbs, first)
