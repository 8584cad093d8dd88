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

from collections.abc import Iterable, Iterator, Sequence

from spacy.attrs import DEP, LOWER, ORTH, POS, SENT_START
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc


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
    wanted = {get_string_id(s) for s in strings}
    if not wanted or not len(doc):
        return []
    return [i for i, v in enumerate(doc.to_array(attr).tolist()) if v in wanted]


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
    return [i for i, (p, d) in enumerate(rows(doc, (POS, DEP)))
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


# A word's string id -> (first letter upper case, all upper case, "St."/"Mt."):
# pure functions of its text, read by the capitalised-word scans of every
# article; news repeats its words, so most tokens skip the string look-up.
# Emptied when full: bounded memory in a long run, the same answers.
CASE_OF: dict[int, tuple[bool, bool, bool]] = {}
_CASE_MAX = 1 << 16
_ABBREVIATIONS = frozenset({"St.", "Mt."})


def case_of(strings: StringStore, orth: int) -> tuple[bool, bool, bool]:
    """``(text[:1].isupper(), text.isupper(), text in ("St.", "Mt."))`` of
    the string ``orth``; callers read ``CASE_OF.get(orth)`` first (one dict
    look-up, no call) and come here on a miss."""
    found = CASE_OF.get(orth)
    if found is None:
        if len(CASE_OF) >= _CASE_MAX:
            CASE_OF.clear()
        text = strings[orth]
        found = CASE_OF[orth] = (text[:1].isupper(), text.isupper(), text in _ABBREVIATIONS)
    return found


# doc.user_data key prefix of the per-document columns of :func:`column`
_COLUMN_KEY = "eventwire_column"


def column(doc: Doc, attr: int) -> list[int]:
    """Every token's integer value of ``attr`` (``LOWER``, ``TAG``, ...), read
    with one ``to_array`` per document and attribute and kept in
    ``doc.user_data`` (speed24): a rule asking ``doc[k].lower_`` of a few
    words per mention, thousands of times per article set, built a Token
    each time. Only for attributes no eventwire stage writes (the parse,
    the tags, the words' forms), so the list read once stays true."""
    key = (_COLUMN_KEY, attr)
    values: list[int] | None = doc.user_data.get(key)
    if values is None:
        values = doc.user_data[key] = doc.to_array(attr).tolist() if len(doc) else []
    return values

