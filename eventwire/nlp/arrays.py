"""Token positions found on the Doc's attribute arrays (issue #12, speed).

A loop ``for tok in doc: if tok.lower_ in WORDS`` builds a Token object and
a Python string for every word of the article, to keep a handful of them;
several stages run such scans over the whole document. ``Doc.to_array``
reads one attribute of every token as integers in one call, and a word's
integer is the string's id (``get_string_id``: its hash, or the symbol id of
the strings spaCy numbers itself, such as dependency labels), so the
positions are found without a Token or a string per word. Each function
answers exactly what the string loop answers, in document order.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

import numpy as np
from spacy.attrs import DEP, HEAD, IDX, LENGTH, LOWER, ORTH, POS, SENT_START, SPACY
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc, Span


def rows(doc: Doc, attrs: Sequence[int]) -> Iterator[tuple[int, ...]]:
    """Every token's values of ``attrs`` as a tuple, in document order: the
    same values as iterating ``doc.to_array(attrs).tolist()``, read column by
    column. ``tolist()`` of the 2-D array builds one list per word -- a
    container object the cyclic garbage collector tracks, so a 400-word
    article's scan triggered collections that walked the pipeline's live
    objects; one list per column (ints are not tracked) does not, and
    ``zip`` hands each word's values over without keeping them."""
    if not len(doc):
        return iter(())
    # one attribute comes back as a 1-D array: reshaped to one column
    return zip(*doc.to_array(list(attrs)).reshape(len(doc), -1).T.tolist(), strict=True)


def _where(doc: Doc, attr: int, strings: Iterable[str]) -> list[int]:
    """The positions whose ``attr`` is one of ``strings``, on the column kept
    per document (speed26: each call read ``to_array`` anew, ~1,400 times per
    200 articles in the actor stage alone, often the same column). Six calls
    in ten find nothing (speed43: 1,856 of 3,096 per 200 articles).

    speed64: the values asked are met with the column's distinct values,
    kept beside it (:func:`_value_set`), in a set operation over the asked
    values only (the ``isdisjoint`` over the whole column hashed every word
    of the article on each of ~3,800 calls per 200 ECB+ articles); the
    positions of at most three present values are chased with
    ``list.count`` and ``list.index`` (C scans) instead of a Python loop
    testing every word -- the same positions, sorted, as the loop lists
    (micro-timed ~50 vs ~120 us for two values in a 900-word column)."""
    wanted = {get_string_id(s) for s in strings}
    if not wanted or not len(doc):
        return []
    values = column(doc, attr)
    present = wanted & _value_set(doc, attr, values)
    if not present:
        return []
    if len(present) > _CHASED:
        return [i for i, v in enumerate(values) if v in present]
    found: list[int] = []
    index = values.index
    for value in present:
        at = -1
        for _ in range(values.count(value)):
            at = index(value, at + 1)
            found.append(at)
    if len(present) > 1:
        found.sort()
    return found


# at most this many present values are chased with ``list.index`` (one C scan
# each); more are listed by one Python pass over the column
_CHASED = 3
# doc.user_data key prefix of the columns' distinct values (:func:`_value_set`)
_VALUES_KEY = "eventwire_column_values"
_VALUES_KEYS: dict[int, str] = {}


def _value_set(doc: Doc, attr: int, values: list[int]) -> frozenset[int]:
    """The distinct values of ``values``, the column :func:`column` keeps for
    ``attr``, kept in ``doc.user_data`` with that very list: a column read
    anew (another token count) gets its set anew."""
    key = _VALUES_KEYS.get(attr)
    if key is None:
        key = _VALUES_KEYS[attr] = f"{_VALUES_KEY}_{attr}"
    kept: tuple[list[int], frozenset[int]] | None = doc.user_data.get(key)
    if kept is None or kept[0] is not values:
        kept = doc.user_data[key] = (values, frozenset(values))
    return kept[1]


def where_text(doc: Doc, words: Iterable[str]) -> list[int]:
    """Positions of the tokens whose ``text`` is one of ``words``."""
    return _where(doc, ORTH, words)


def where_lower(doc: Doc, words: Iterable[str]) -> list[int]:
    """Positions of the tokens whose ``lower_`` is one of ``words``."""
    return _where(doc, LOWER, words)


def where_dep(doc: Doc, labels: Iterable[str]) -> list[int]:
    """Positions of the tokens whose ``dep_`` is one of ``labels``."""
    return _where(doc, DEP, labels)


def where_pos_or_dep(doc: Doc, tags: Iterable[str], labels: Iterable[str]) -> list[int]:
    """Positions of the tokens whose ``pos_`` is one of ``tags`` or whose
    ``dep_`` is one of ``labels``."""
    pos_ids = {get_string_id(s) for s in tags}
    dep_ids = {get_string_id(s) for s in labels}
    if not len(doc):
        return []
    return [i for i, (p, d) in enumerate(zip(column(doc, POS), column(doc, DEP), strict=True))
            if p in pos_ids or d in dep_ids]


def sentence_ids(doc: Doc) -> list[int]:
    """The sentence number of every token (0 for the first sentence), as
    counting ``tok.is_sent_start or tok.i == 0`` over the tokens answers."""
    ids: list[int] = []
    n = -1
    for i, start in enumerate(doc.to_array(SENT_START).tolist()):
        n += int(start == 1 or i == 0)
        ids.append(n)
    return ids


K = TypeVar("K")
V = TypeVar("V")
# how many entries a memo of a pure function of words holds before it is emptied
MEMO_MAX = 1 << 16


def remember(memo: dict[K, V], key: K, value: V) -> V:
    """Keep ``value`` under ``key`` in a memo of a pure function of words (a
    word's string ids -> its answer) and return it; callers read
    ``memo.get(key)`` first and come here on a miss. News repeats its words,
    so most look-ups hit; the memo is emptied when full: bounded memory in a
    long run, the same answers."""
    if len(memo) >= MEMO_MAX:
        memo.clear()
    memo[key] = value
    return value


# A word's string id -> (first letter upper case, all upper case, "St."/"Mt."):
# pure functions of its text, read by the capitalised-word scans of every
# article (a :func:`remember` memo).
CASE_OF: dict[int, tuple[bool, bool, bool]] = {}
_ABBREVIATIONS = frozenset({"St.", "Mt."})


def case_of(strings: StringStore, orth: int) -> tuple[bool, bool, bool]:
    """``(text[:1].isupper(), text.isupper(), text in ("St.", "Mt."))`` of
    the string ``orth``; callers read ``CASE_OF.get(orth)`` first (one dict
    look-up, no call) and come here on a miss."""
    found = CASE_OF.get(orth)
    if found is None:
        text = strings[orth]
        found = remember(CASE_OF, orth,
                         (text[:1].isupper(), text.isupper(), text in _ABBREVIATIONS))
    return found


# The case bits of :func:`case_bits`: :func:`case_of`'s three answers as one
# small integer per word.
UPPER_FIRST, ALL_UPPER, ABBREVIATION = 1, 2, 4
# A word's string id -> its case bits (a :func:`remember` memo).
_CASE_BITS: dict[int, int] = {}
# doc.user_data key of the per-document case bits of :func:`case_bits`
_CASE_KEY = "eventwire_case_bits"


def _bits_of(strings: StringStore, orth: int) -> int:
    upper, all_upper, abbreviation = case_of(strings, orth)
    return remember(_CASE_BITS, orth, upper | all_upper << 1 | abbreviation << 2)


def case_bits(doc: Doc) -> np.ndarray:
    """Every token's :func:`case_of` as bits (``UPPER_FIRST``,
    ``ALL_UPPER``, ``ABBREVIATION``), as an array for whole-document tests
    (speed34: the place stage's three capitalised-word scans each looked up
    every word's case in a Python loop; they test these bits with numpy).
    One memo look-up per word, kept per document (read anew for another
    token count, as every per-doc table)."""
    kept: list[int] | None = doc.user_data.get(_CASE_KEY)
    if kept is None or len(kept) != len(doc):
        strings = doc.vocab.strings
        get = _CASE_BITS.get
        kept = doc.user_data[_CASE_KEY] = [
            bits if (bits := get(orth)) is not None else _bits_of(strings, orth)
            for orth in column(doc, ORTH)]
    return np.array(kept, dtype=np.uint8)


def per_doc(doc: Doc, key: str, compute: Callable[[Doc], V]) -> V:
    """``compute(doc)``, kept in ``doc.user_data[key]`` with the token count
    and computed anew for another count (as :func:`column`): a
    whole-document scan that more than one stage reads (speed36). Only for
    values that hold none of the doc's own Spans or Tokens (those go through
    ``extensions.doc_cache``, which the pipeline releases)."""
    kept: tuple[int, V] | None = doc.user_data.get(key)
    if kept is not None and kept[0] == len(doc):
        return kept[1]
    value = compute(doc)
    doc.user_data[key] = (len(doc), value)
    return value


# doc.user_data key prefix of the per-document columns of :func:`column`
_COLUMN_KEY = "eventwire_column"
# attribute -> its column's key, spelled once (speed58: ``column`` is asked
# ~50k times per 200 ECB+ articles, and formatting the key was a third of it)
_COLUMN_KEYS: dict[int, str] = {}


# A per-token table kept in ``doc.user_data`` is read anew when its length is
# not the doc's token count (review29): ``user_data`` survives a retokenize
# and is copied by ``Span.as_doc(copy_user_data=True)``, and a table of the
# old tokens answered for the new ones (a span of the wrong words, a head
# past the doc's end). The test is written inline at each table's reader
# (``column``, ``_char_table``, ``head_indices``, ``spans._ent_tags``):
# speed25 measured the helper it was at ~5 Python calls per look-up
# (~24k look-ups per 200 articles in the place stage).


def column(doc: Doc, attr: int) -> list[int]:
    """Every token's integer value of ``attr`` (``LOWER``, ``TAG``, ...), read
    with one ``to_array`` per document and attribute and kept in
    ``doc.user_data`` (speed24): a rule asking ``doc[k].lower_`` of a few
    words per mention, thousands of times per article set, built a Token
    each time. Only for attributes no eventwire stage writes (the parse,
    the tags, the words' forms), so the list read once stays true.

    A doc's ``user_data`` outlives a change of its tokens (``retokenize``,
    ``Span.as_doc(copy_user_data=True)``): a table kept for another token
    count is read anew (see the comment above). A merge and a split in one
    ``retokenize`` that leave the count unchanged are not seen."""
    key = _COLUMN_KEYS.get(attr)
    if key is None:
        key = _COLUMN_KEYS[attr] = f"{_COLUMN_KEY}_{attr}"
    values: list[int] | None = doc.user_data.get(key)
    if values is None or len(values) != len(doc):  # kept_table's test, inline (speed25)
        values = doc.user_data[key] = doc.to_array(attr).tolist() if len(doc) else []
    return values


# doc.user_data key of the tokens' character table of :func:`char_span`
_CHARS_KEY = "eventwire_token_chars"


def _char_table(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """Each token's first character, end, and end with its trailing space."""
    table: tuple[list[int], list[int], list[int]] | None = doc.user_data.get(_CHARS_KEY)
    if table is None or len(table[0]) != len(doc):  # kept_table's test, inline (speed25)
        starts = column(doc, IDX)
        ends = [s + n for s, n in zip(starts, column(doc, LENGTH), strict=True)]
        reach = [e + w for e, w in zip(ends, column(doc, SPACY), strict=True)]
        table = doc.user_data[_CHARS_KEY] = (starts, ends, reach)
    return table


def token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Each token's first character and end (``idx``, ``idx + len``), the
    lists kept per document for :func:`char_span`: read, never changed."""
    starts, ends, _ = _char_table(doc)
    return starts, ends


def _token_by_char(starts: list[int], reach: list[int], char: int) -> int:
    """The token whose characters (with its trailing space) hold ``char``, or
    -1: spaCy's ``token_by_char`` on the table (tokens never overlap)."""
    i = bisect_right(starts, char) - 1
    return i if i >= 0 and char < reach[i] else -1


def token_index_at(doc: Doc, offset: int) -> int:
    """The token ``char_span(doc, offset, offset + 1, "expand")`` starts
    with, or -1 where that span is None or empty (``offset`` outside every
    token, or in a token's trailing space): the same token, without the
    Span (speed57; ~7,600 asks per 200 ECB+ articles in the time stages,
    each building a Span to take its first token)."""
    starts, ends, reach = _char_table(doc)
    i = _token_by_char(starts, reach, offset)
    return -1 if i < 0 or offset == ends[i] else i


def char_span(doc: Doc, start_idx: int, end_idx: int,
              alignment_mode: str = "strict") -> Span | None:
    """``doc.char_span(start_idx, end_idx, alignment_mode=...)`` without a
    label (speed24): the same span or None, step for step, but the token
    offsets come from one character table per document instead of two to
    four Token objects per call (~16k calls per 200 articles across the
    actor, event, time and place stages, mostly on the same mentions)."""
    if alignment_mode not in ("strict", "contract", "expand"):
        raise ValueError(alignment_mode)
    starts, ends, reach = _char_table(doc)
    strict = alignment_mode == "strict"
    start = _token_by_char(starts, reach, start_idx)
    if start < 0 or (strict and start_idx != starts[start]):
        return None
    end = _token_by_char(starts, reach, end_idx - 1)
    if end < 0 or (strict and end_idx != ends[end]):
        return None
    if alignment_mode == "contract":
        if starts[start] < start_idx:
            start += 1
        if end_idx < ends[end]:
            end -= 1
        if end < start:
            return None
    elif alignment_mode == "expand" and start_idx == ends[start]:
        start += 1
    return Span(doc, start, end + 1)


# doc.user_data key of every token's head index, read by :func:`head_indices`
_HEADS_KEY = "eventwire_head_indices"
_WRAP = 1 << 64  # to_array's uint64 holds a head to the left as 2**64 + offset


def head_indices(doc: Doc) -> list[int]:
    """Every token's ``tok.head.i``, from one ``to_array(HEAD)`` per document
    (speed24): rules that climb the tree (``tok.head`` step by step, a Token
    per step) read positions instead. No eventwire stage changes the parse."""
    heads: list[int] | None = doc.user_data.get(_HEADS_KEY)
    if heads is None or len(heads) != len(doc):  # kept_table's test, inline (speed25)
        heads = doc.user_data[_HEADS_KEY] = [
            (i + rel) % _WRAP for i, rel in enumerate(column(doc, HEAD))]
    return heads
