"""The sentence that holds a token or a span, from one table per document
(issue #12, speed33).

``Token.sent`` and ``Span.sent`` cost ~10-18 µs each in spaCy 3: two doc
slices, a ``has_annotation("SENT_START")`` check that hashes a string and
scans for a parse, and a walk of the boundary flags both ways. The stages ask
it ~20k times per 200 articles, mostly for the same few sentences ("is this
the headline?", "the sentence's subject", "a score in the sentence"). Here
the sentence starts are read once per document from the ``SENT_START``
column, and the sentence is found by bisection: the same span (its start is
the nearest token at or before the word that opens a sentence, or the
document's first word; its end the next opening word after it, or the
document's end).

A document without sentence boundaries (no parser, no sentencizer) is asked
through spaCy, which raises as it did. The boundaries are set by the parser
and ``segment.line_breaks`` before any eventwire stage; no stage writes them,
so the table stays true (read anew for another token count, as every per-doc
table is: see ``arrays.column``).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.tokens import Doc, Span, Token

from eventwire.nlp.arrays import column
from eventwire.nlp.extensions import doc_cache

_STARTS_KEY = "eventwire_sentence_starts"
# doc.user_data key of the sentence Spans :func:`sent_of` built: the doc and its
# token count they were built for, and {sentence number: Span}. The Spans refer
# back to the doc: a per-document cache the pipeline releases (``doc_cache``).
_SENTS_KEY = doc_cache("eventwire_sentence_spans")


def sentence_starts(doc: Doc) -> list[int] | None:
    """The first token of every sentence, in order (0 always first), or None
    when the document has no sentence boundaries."""
    kept: tuple[int, list[int] | None] | None = doc.user_data.get(_STARTS_KEY)
    if kept is None or kept[0] != len(doc):
        starts: list[int] | None = None
        if len(doc) and doc.has_annotation("SENT_START"):
            flags = doc.to_array(SENT_START).tolist()
            starts = [i for i, flag in enumerate(flags) if flag == 1 or i == 0]
        kept = doc.user_data[_STARTS_KEY] = (len(doc), starts)
    return kept[1]


def sent_of(item: Token | Span) -> Span:
    """``item.sent`` of a token or a span, from the document's table (spaCy
    gives a span the sentence of its first word, also across a boundary).
    Each sentence's Span is built once per document and handed to every
    asker (speed58: ~20k asks per 200 ECB+ articles, a Span and its edge
    Tokens each; no stage changes a Span it is given); kept with the doc and
    its token count, and built anew for another (a copy, a retokenize)."""
    doc = item.doc
    starts = sentence_starts(doc)
    first = item.i if isinstance(item, Token) else item.start
    if starts is None or (isinstance(item, Span) and not len(item)):
        return item.sent
    return _sentence(doc, starts, _kept_spans(doc), bisect_right(starts, first))


def _kept_spans(doc: Doc) -> dict[int, Span]:
    """The sentence Spans built for ``doc``, by sentence number from 1."""
    kept: tuple[Doc, int, dict[int, Span]] | None = doc.user_data.get(_SENTS_KEY)
    if kept is None or kept[0] is not doc or kept[1] != len(doc):
        kept = doc.user_data[_SENTS_KEY] = (doc, len(doc), {})
    return kept[2]


def _sentence(doc: Doc, starts: list[int], spans: dict[int, Span], k: int) -> Span:
    """The ``k``-th sentence (from 1), built the first time it is asked."""
    sent = spans.get(k)
    if sent is None:
        sent = spans[k] = Span(doc, starts[k - 1], starts[k] if k < len(starts) else len(doc))
    return sent


def sentences(doc: Doc) -> list[Span]:
    """``list(doc.sents)``: the Spans :func:`sent_of` hands out, in order
    (speed59: the event and quote stages each walked ``doc.sents``, a new
    Span per sentence, ~3.7k per 200 ECB+ articles each, and their rules
    then asked ``sent_of`` for the same sentences). spaCy's walk opens a
    sentence at every word whose ``SENT_START`` is 1 and at the first word,
    as :func:`sentence_starts` reads them; a document without boundaries is
    asked through spaCy, which raises as it did."""
    starts = sentence_starts(doc)
    if starts is None:
        return list(doc.sents)
    spans = _kept_spans(doc)
    return [_sentence(doc, starts, spans, k) for k in range(1, len(starts) + 1)]


def sentence_chars(doc: Doc) -> list[tuple[int, int]]:
    """``[(s.start_char, s.end_char) for s in doc.sents]`` read off the table
    and the ``IDX`` / ``LENGTH`` columns (speed38): the event, actor and
    place stages asked for these offsets through ``doc.sents``, a ``Span``
    per sentence each time. A sentence's end is its last word's end, as
    spaCy's ``Span`` sets it; a document without boundaries is asked
    through spaCy, which raises as it did."""
    starts = sentence_starts(doc)
    if starts is None:
        return [(s.start_char, s.end_char) for s in doc.sents]
    idx, length = column(doc, IDX), column(doc, LENGTH)
    ends = [*starts[1:], len(doc)]
    return [(idx[a], idx[b - 1] + length[b - 1]) for a, b in zip(starts, ends, strict=True)]
