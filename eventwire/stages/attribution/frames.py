"""Quotations whose source stands in a neighbouring clause or sentence, with
no speech verb of their own: a frame before them ("The governor was
defiant: “…”", "The governor was blunt. “…”") or a naming after them
("“…” That was the message from the president")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.models import Quote
from eventwire.nlp.arrays import char_span
from eventwire.nlp.extensions import text_of
from eventwire.nlp.sentences import sent_of
from eventwire.stages.attribution.marks import QUOTE_RX, inside_marks, tok_span
from eventwire.stages.attribution.speakers import (
    noun_phrase,
    speaker_mention,
    statement_body,
    subject_of,
)

# "X was blunt / defiant / coy": a manner of speaking that frames what follows
MANNER = {"blunt", "defiant", "clear", "adamant", "emphatic", "candid", "frank", "direct",
          "unrepentant", "upbeat", "optimistic", "dismissive", "scathing", "coy", "firm",
          "categorical", "terse", "forthright", "unequivocal", "combative", "conciliatory",
          "gloomy", "sanguine", "defensive", "evasive", "cryptic", "blunter", "succinct"}
# "That was the message from X": nouns naming what the quotation was
NAMING_NOUNS = {"message", "response", "reply", "verdict", "view", "warning", "word", "words",
                "reaction", "answer", "assessment", "advice", "promise", "plea", "retort"}


def _lone_quotation(doc: Doc, start: int, end: int) -> Span | None:
    """The sentences a quotation fills (nearly) alone, if it does: it opens
    its first sentence and closes its last (one quotation may be cut into
    several sentences)."""
    first = char_span(doc, start, start + 1, alignment_mode="expand")
    last = char_span(doc, end - 1, end, alignment_mode="expand")
    if first is None or last is None:
        return None
    s, e = sent_of(first), sent_of(last)
    lead = text_of(doc)[s.start_char:start].strip()
    tail = text_of(doc)[end:e.end_char].strip()
    return doc[s.start:e.end] if len(lead) <= 1 and len(tail) <= 1 else None


def _frame_subject(clause_root: Token, ends_with_colon: bool) -> Token | None:
    """The speaker a frame names: the subject of a clause ending in a colon
    or of a copula with a manner of speaking ("was blunt")."""
    subject = subject_of(clause_root)
    if subject is None or subject.lower_ in ("it", "this", "that", "there"):
        return None
    manner = clause_root.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lower_ in MANNER for c in clause_root.children)
    return subject if ends_with_colon or manner else None


def _quote(doc: Doc, subject: Token, start: int, end: int, cue: Token | None) -> Quote:
    body = statement_body(subject)
    speaker = noun_phrase(body) if body.pos_ != "PRON" else doc[body.i:body.i + 1]
    return Quote(content=inside_marks(doc, start, end), speaker=tok_span(speaker),
                 cue=tok_span(cue) if cue is not None else None,
                 speaker_actor=speaker_mention(doc, body), kind="framed", rule="framed")


def _named_after(doc: Doc, sent: Span) -> tuple[Token, Token] | None:
    """"That was the message from the president": (the speaker, the noun)."""
    if sent.end >= len(doc):
        return None
    nxt = sent_of(doc[sent.end])
    if nxt.start < sent.end:
        return None
    root = nxt.root
    if nxt[0].lower_ not in ("that", "this", "such") or root.lemma_ != "be":
        return None
    for noun in (c for c in root.children if c.dep_ == "attr"
                 and c.lemma_.lower() in NAMING_NOUNS):
        for prep in (p for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "from")):
            found = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if found is not None:
                return found, noun
    return None


def framed_quotations(doc: Doc, quotes: list[Quote]) -> None:
    """Class *quotation framed by a neighbouring clause*: a quotation no
    statement holds takes its speaker from the clause before a colon in
    its sentence ("The prime minister was blunt in his reply: “…”"), from
    the sentence before when that sentence is a frame ("The governor was
    defiant on Monday. “…”", "Her answer was short:"), or from the sentence
    after that names it ("“…” That was the response of the minister.").
    Inserted in text order."""
    for m in QUOTE_RX.finditer(text_of(doc)):
        start, end = m.start(), m.end()
        if any(start <= q.content.start < end for q in quotes):
            continue
        quote = _framed(doc, start, end)
        if quote is not None:
            at = next((i for i, q in enumerate(quotes) if q.content.start > start), len(quotes))
            quotes.insert(at, quote)


def _framed(doc: Doc, start: int, end: int) -> Quote | None:
    opening = char_span(doc, start, start + 1, alignment_mode="expand")
    if opening is None:
        return None
    before = char_span(doc, sent_of(opening).start_char, start, alignment_mode="contract")
    if before is not None and before.text.rstrip().endswith(":") and len(before) > 2:
        subject = _frame_subject(before.root, True)
        return _quote(doc, subject, start, end, None) if subject is not None else None
    sent = _lone_quotation(doc, start, end)
    if sent is None:
        return None
    if sent.start > 0:
        previous = sent_of(doc[sent.start - 1])
        subject = _frame_subject(previous.root, previous.text.rstrip().endswith(":"))
        if subject is not None:
            return _quote(doc, subject, start, end, None)
    named = _named_after(doc, sent)
    return _quote(doc, named[0], start, end, named[1]) if named is not None else None
