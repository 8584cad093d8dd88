"""Statements across sentences: a quotation that goes on with the previous
speaker (no cue of its own), and relays carried over a run of statements by
the same speaker (split from ``quotes.py``, which finds statements sentence
by sentence)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventwire.models import Quote
from eventwire.models import Span as TextSpan
from eventwire.nlp.arrays import char_span
from eventwire.nlp.extensions import get_list, span_text, text_of
from eventwire.nlp.sentences import sent_of
from eventwire.stages.attribution.marks import QUOTE_RX, inside_marks, quote_marks
from eventwire.stages.attribution.speakers import resolve_chain
from eventwire.stages.attribution.stances import opens_with_cue


def _speaker_key(doc: Doc, quote: Quote) -> object:
    """Who a quote's speaker is: the mention it resolves to ("he", "Mohi"
    and "the spokesman" all lead to the first naming), else its words."""
    mentions = get_list(doc, "actor_mentions")
    resolved = resolve_chain(mentions, quote.speaker_actor)
    if resolved is not None:
        return id(resolved)
    return " ".join((quote.speaker.text if quote.speaker else "").lower().split()[-2:])


PERSONAL = {"he", "she", "they"}


def _bare_pronoun(doc: Doc, quote: Quote) -> bool:
    """Class *pronoun continuing the last speaker*: "The president told CNN
    that … He said …" — a personal pronoun the actor stage leaves unresolved
    continues the run of the speaker just before it."""
    assert quote.speaker is not None
    return quote.speaker.text.lower() in PERSONAL and \
        resolve_chain(get_list(doc, "actor_mentions"), quote.speaker_actor) is None


def _short_form(later: Quote, first: Quote) -> bool:
    """Class *definite description repeating a source*: "The interior ministry
    said … The ministry also said …" — "the" + the head noun of the run's
    speaker is the same source."""
    if later.speaker is None or first.speaker is None:
        return False
    words = later.speaker.text.lower().split()
    return len(words) == 2 and words[0] == "the" and \
        first.speaker.text.lower().split()[-1] == words[1] and len(first.speaker.text.split()) > 2


def carry_relays(doc: Doc, quotes: list[Quote]) -> None:
    """Class *article-level relay*: "…, Press TV reported", "according to X"
    or "X reported, citing Y" in one statement covers the run of statements
    by the same speaker around it ("He added …", "The spokesman further
    said …"): each statement of the run without relays of its own takes
    them. A statement by someone else, or one with no speaker, ends the run.
    Class *medium of one statement* ("told Al Arabiya", "said on Twitter",
    "in a video posted on Facebook", ``Quote.medium``): later statements of
    the run may have been made in the same interview or post, earlier ones
    were not ("X urged calm. He said in a video posted on Facebook …": the
    urging has no relay)."""
    run: list[Quote] = []
    for q in [*quotes, Quote(content=TextSpan("", 0, 0))]:
        same = run and q.speaker is not None and (
            _speaker_key(doc, q) == _speaker_key(doc, run[0]) or _bare_pronoun(doc, q)
            or _short_form(q, run[0]))
        if same:
            run.append(q)
            continue
        _share_relays(run)
        run = [q] if q.speaker is not None else []


def _share_relays(run: list[Quote]) -> None:
    """Give the run's first relay to its statements without one; a medium
    relay only to the statements after it."""
    first = next((i for i, r in enumerate(run) if r.relays), None)
    if first is None:
        return
    source = run[first]
    for i, r in enumerate(run):
        if not r.relays and (i > first or not source.medium):
            r.relays = list(source.relays)


CLOSING_MARKS = {'"', "”", "''", "»"}


def mark_only(sent: Span) -> bool:
    """Class *a closing mark cut off*: the splitter puts the closing mark
    after a full stop ("… no chance. "" in wire copy spaced around its
    marks) in a sentence of its own; that sentence is no break in a run."""
    return span_text(sent).strip() in CLOSING_MARKS  # no Token per word (speed24)


def _with_cut_mark(doc: Doc, sent: Span) -> Span:
    """The sentence with the closing mark the splitter cut off after it."""
    if sent.end < len(doc):
        nxt = sent_of(doc[sent.end])
        if nxt.start == sent.end and mark_only(nxt):
            return doc[sent.start:nxt.end]
    return sent


def continuation(doc: Doc, sent: Span, previous: Quote) -> Quote | None:
    """A sentence that is one quotation, right after a direct quote, goes on
    with the same speaker: "“…,” the spokesman said. “But violations
    continue.”" (no cue of its own; its closing mark may stand in the next
    sentence, :func:`mark_only`)."""
    if previous.kind not in ("direct", "continuation") or previous.speaker is None:
        return None
    sent = _with_cut_mark(doc, sent)
    marks = quote_marks(sent)
    text = sent.text.strip()
    if len(marks) != 1 or not text:
        return None
    start, end = marks[0]
    if text_of(doc)[end - 2] in "?!" and sent.end < len(doc) and opens_with_cue(doc[sent.end]):
        return None  # "“Are you …?” the host asked": the next sentence holds its cue
    if end - start < len(text) - 2:  # the quote must be (nearly) the whole sentence
        return None
    return Quote(content=inside_marks(doc, start, end), speaker=previous.speaker, cue=None,
                 speaker_actor=previous.speaker_actor, kind="continuation",
                 rule="continuation", relays=list(previous.relays))


CUE_REACH = 80  # characters between a quotation's mark and its cue


def _spans_sentences(doc: Doc, start: int, end: int) -> bool:
    first = char_span(doc, start, start + 1, alignment_mode="expand")
    last = char_span(doc, end - 1, end, alignment_mode="expand")
    return first is not None and last is not None and sent_of(first).start != sent_of(last).start


def whole_quotations(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """Class *a quotation of several sentences*: "“The economy is recovering.
    Wages are rising,” the secretary said" — the sentence splitter cuts the
    quotation, so its cue finds only the last sentence; the statement is
    the whole quotation (one content span), and the sentences inside it
    are no statements of their own."""
    text = text_of(doc)
    for m in QUOTE_RX.finditer(text):
        if not _spans_sentences(doc, m.start(), m.end()):
            continue
        inside = [q for q in quotes if m.start() <= q.content.start and q.content.end <= m.end()]
        cued = [q for q in inside if q.cue is not None and q.speaker is not None and (
            0 <= q.cue.start - m.end() <= CUE_REACH or 0 <= m.start() - q.cue.end <= CUE_REACH)]
        if not cued:
            continue
        keep = cued[0]
        keep.content = inside_marks(doc, m.start(), m.end())
        keep.content_parts = []
        quotes = [q for q in quotes if q is keep or q not in inside]
    return quotes
