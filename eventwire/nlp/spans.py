"""Character intervals with lookups in logarithmic time.

Components ask "which mention covers this token?" once per token or per
event; scanning every mention for each question made the actor and event
stages quadratic in the article's length (issue #17). A :class:`SpanIndex`
is built once per list and answers in O(log n + k), where k is the number of
intervals starting within the longest interval's length of the point.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any, Protocol

from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.tokens import Doc, Span, Token

from eventwire.nlp.arrays import char_span
from eventwire.nlp.extensions import get_list


class SpanIndex:
    """Intervals ``[start, end)``; every answer is a sorted list of positions
    in the original sequence, so "the first one" means what it meant in a
    linear scan."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = list(spans)
        self.order = sorted(range(len(self.spans)), key=lambda i: (self.spans[i][0], i))
        self.starts = [self.spans[i][0] for i in self.order]
        self.longest = max((e - s for s, e in self.spans), default=0)

    def __len__(self) -> int:
        return len(self.spans)

    def _starting(self, lo: int, hi: int) -> list[int]:
        return self.order[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]

    def starting(self, lo: int, hi: int) -> list[int]:
        """Intervals with ``lo <= start < hi`` (e.g. those in a sentence)."""
        return sorted(self._starting(lo, hi))

    def containing(self, pos: int) -> list[int]:
        """Intervals with ``start <= pos < end``."""
        near = self._starting(pos - self.longest, pos + 1)
        return sorted(i for i in near if pos < self.spans[i][1]) if near else []

    def overlapping(self, start: int, end: int) -> list[int]:
        """Intervals with ``s < end and start < e``."""
        near = self._starting(start - self.longest, end)
        return sorted(i for i in near if start < self.spans[i][1]) if near else []

    def within(self, start: int, end: int) -> list[int]:
        """Intervals with ``start <= s and e <= end``."""
        hits = self.order[bisect_left(self.starts, start):bisect_right(self.starts, end)]
        return sorted(i for i in hits if self.spans[i][1] <= end)


_CACHE: weakref.WeakKeyDictionary[Doc, dict[str, tuple[int, int, SpanIndex]]] = (
    weakref.WeakKeyDictionary())


def doc_index(doc: Doc, name: str, part: str | None = None) -> SpanIndex:
    """A :class:`SpanIndex` over ``doc._.<name>`` (objects with ``start`` and
    ``end``, or with a ``part`` that has them, e.g. a quote's ``content``),
    built once and rebuilt when that list is replaced or grows. For readers
    after the component that writes the list."""
    items = get_list(doc, name)
    per_doc = _CACHE.setdefault(doc, {})
    key = f"{name}.{part}" if part else name
    found = per_doc.get(key)
    if found is None or found[0] != id(items) or found[1] != len(items):
        spans = [getattr(m, part) if part else m for m in items]
        found = (id(items), len(items), SpanIndex([(s.start, s.end) for s in spans]))
        per_doc[key] = found
    return found[2]


def index_of(doc: Doc, name: str, items: Sequence[Any], part: str | None = None) -> SpanIndex:
    """:func:`doc_index` when ``items`` is ``doc._.<name>`` itself, else a
    fresh index over ``items`` (a caller that passes its own list). A value
    stored is read from ``doc.user_data`` at spaCy's key, as ``get_list``
    reads it (speed58: ``doc._`` built an Underscore object per ask, ~7k per
    200 ECB+ articles); an extension never set is asked through spaCy."""
    stored = doc.user_data.get(("._.", name, None, None), _UNSET)  # type: ignore[call-overload]
    if stored is _UNSET:
        stored = getattr(doc._, name)
    if items is stored:
        return doc_index(doc, name, part)
    spans = [getattr(m, part) if part else m for m in items]
    return SpanIndex([(s.start, s.end) for s in spans])


_UNSET = object()


class CharRange(Protocol):
    """Anything with character offsets (an actor mention, a place mention,
    a frozen evidence span: read-only is enough)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


# doc.user_data key of the memo of mention heads: {(start, end): token index, -1 for none}
HEADS_KEY = "eventwire_mention_heads"
# doc.user_data key of the token count the memo was filled for
_HEADS_COUNT_KEY = "eventwire_mention_heads_tokens"


def head_token(doc: Doc, m: CharRange) -> Token | None:
    """The root of the tokens a mention covers (None when its characters
    cover no token). Memoised in the Doc's own ``user_data``: the same
    mention's head is asked for by the recipient classes and options, the
    actor chooser and the resolver's features (a ``char_span`` each); the
    memo is born and dropped with the Doc, so no document ever reads
    another's heads. A memo filled for another token count (the doc was
    retokenized, or copied with its user data by ``Span.as_doc``) is
    dropped: its indices name other words."""
    heads: dict[tuple[int, int], int] | None = doc.user_data.get(HEADS_KEY)
    if heads is None or doc.user_data.get(_HEADS_COUNT_KEY) != len(doc):
        heads = doc.user_data[HEADS_KEY] = {}
        doc.user_data[_HEADS_COUNT_KEY] = len(doc)
    key = (m.start, m.end)
    i = heads.get(key)
    if i is None:
        span = char_span(doc, m.start, m.end, alignment_mode="expand")
        i = heads[key] = -1 if span is None or not len(span) else span.root.i
    return None if i < 0 else doc[i]


def first_conjunct(tok: Token) -> Token:
    """The first of a chain of coordinated words ("Jackson and Madison",
    "murder and kidnapping", "condemned S and ordered Y"): the conjunct whose
    dependency carries the whole phrase's role in the sentence."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def patient_child(tok: Token) -> Token | None:
    """The direct object or the passive subject: what the verb acts on."""
    return next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)


def heads_above(tok: Token, limit: int) -> list[Token]:
    """The heads above ``tok``, nearest first, ``limit`` at most and never
    past the sentence root: the one walk up the parse the rules share ("the
    subject of the nearest verb above", "a date governing the trigger")."""
    out = []
    cur = tok
    for _ in range(limit):
        if cur.head == cur:
            break
        cur = cur.head
        out.append(cur)
    return out


def self_and_heads(tok: Token, limit: int) -> list[Token]:
    """``tok`` and the heads above it, ``limit`` tokens in all at most."""
    return [tok, *heads_above(tok, limit - 1)] if limit > 0 else []


def path_up_to(tok: Token, top: Token, limit: int) -> list[Token] | None:
    """The tokens from ``tok`` up to ``top`` (``top`` left out; empty when
    they are one), or None when ``top`` is not within ``limit`` heads above
    ``tok`` (demanded_patients, condemned_victims: one walk, review75)."""
    chain = self_and_heads(tok, limit + 1)
    return chain[:chain.index(top)] if top in chain else None


# doc.user_data key of the memo of :func:`expand_root`: the token count it was
# filled for, and {(start, end): (root index, span start, span end)}
_ROOTS_KEY = "eventwire_expand_roots"


def expand_root(doc: Doc, start: int, end: int) -> tuple[int, int, int]:
    """``(span.root.i, span.start, span.end)`` of ``char_span(doc, start,
    end, "expand")``, ``(-1, 0, 0)`` where that span is None (an empty
    span keeps the root spaCy gives it: its first position). Kept per
    document and character range (speed58: the event filter, the place
    chooser, factuality and the time stage's trigger word each built an
    event trigger's Span and walked to its root, ~9k Spans per 200 ECB+
    articles, mostly the same triggers). Ints only, no Span kept; a memo
    filled for another token count is read anew (see ``arrays.column``)."""
    kept: tuple[int, dict[tuple[int, int], tuple[int, int, int]]] | None = \
        doc.user_data.get(_ROOTS_KEY)
    if kept is None or kept[0] != len(doc):
        kept = doc.user_data[_ROOTS_KEY] = (len(doc), {})
    key = (start, end)
    found = kept[1].get(key)
    if found is None:
        span = char_span(doc, start, end, alignment_mode="expand")
        found = kept[1][key] = (-1, 0, 0) if span is None else (
            span.root.i, span.start, span.end)
    return found


# doc.user_data key of every token's (ENT_IOB, ENT_TYPE), read once per document
ENT_TAGS_KEY = "eventwire_ent_tags"
_IOB_I, _IOB_B = 1, 3  # spaCy's ENT_IOB integers: 0 unset, 1 "I", 2 "O", 3 "B"


def _ent_tags(doc: Doc) -> tuple[list[int], list[int]]:
    """Every token's IOB tag and entity type as integers, from one
    ``to_array`` per document (speed24): :func:`entity_at` walked
    ``doc[k].ent_iob_``, a Token per step (~49k per 200 articles in the
    place stage). No eventwire stage writes the entities (see ``ents_of``),
    so the lists read once stay true; lists kept for another token count (a
    retokenized doc, a span's ``as_doc(copy_user_data=True)``) are read
    anew (the length test of ``arrays``' kept tables)."""
    tags: tuple[list[int], list[int]] | None = doc.user_data.get(ENT_TAGS_KEY)
    if tags is None or len(tags[0]) != len(doc):  # kept_table's test, inline (speed25)
        arr = doc.to_array([ENT_IOB, ENT_TYPE]).reshape(len(doc), 2)
        tags = doc.user_data[ENT_TAGS_KEY] = (arr[:, 0].tolist(), arr[:, 1].tolist())
    return tags


def entity_at(doc: Doc, i: int) -> Span | None:
    """The named entity holding token ``i``, or None: the span ``doc.ents``
    would list for it, read from the tokens' IOB tags in O(entity length).

    Why: ``doc.ents`` builds a Span for every entity of the document on each
    access, so asking "is this mention inside a longer name?" once per
    mention through it made the place stage quadratic in the article's
    length. Entities never overlap, so at most one holds a token; the walk
    mirrors ``Doc.ents`` (a run starts at a ``B`` with a label and goes on
    over ``I`` tags), over the tags of :func:`_ent_tags`."""
    n = len(doc)
    if not 0 <= i < n:
        return None
    iob, types = _ent_tags(doc)
    if iob[i] not in (_IOB_B, _IOB_I):
        return None
    start = i
    while start > 0 and iob[start] == _IOB_I:
        start -= 1
    if iob[start] != _IOB_B or not types[start]:
        return None
    end = start + 1
    while end < n and iob[end] == _IOB_I:
        end += 1
    if not start <= i < end:
        return None
    return Span(doc, start, end, label=types[start])


def entity_holding(span: Span) -> Span | None:
    """The named entity that holds every token of ``span`` (maybe the span
    itself), or None."""
    ent = entity_at(span.doc, span.start)
    return ent if ent is not None and span.end <= ent.end else None
