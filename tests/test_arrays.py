"""``nlp/arrays``: the positions found on the attribute arrays are the ones a
loop over the tokens finds (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, HEAD, IS_ALPHA, LOWER, ORTH, POS, SENT_START, SPACY, TAG
from spacy.strings import get_string_id

from eventwire.nlp.arrays import (
    char_span,
    column,
    head_indices,
    per_doc,
    rows,
    sentence_ids,
    where_dep,
    where_lower,
    where_pos_or_dep,
    where_text,
)

TEXTS = [
    "He said their troops had left; she denied it, and Its leaders met HIM.",
    "The group, a militia of the Movement, said the  organisation would fight.",
    "Mnangagwa met Arce in Harare.\n\nArce said Mnangagwa's offer was fair.",
    "",
]
WORDS = [{"he", "she", "it", "their", "its", "him"}, {"group", "militia", "movement"},
         {"Arce", "Mnangagwa", "\n\n", " "}, {"Nobody"}, set()]


@pytest.mark.parametrize("text", TEXTS)
def test_positions_equal_the_token_loop(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    for words in WORDS:
        assert where_text(doc, words) == [t.i for t in doc if t.text in words]
        assert where_lower(doc, words) == [t.i for t in doc if t.lower_ in words]
    for labels in ({"nsubj", "nsubjpass"}, {"ROOT"}, {"dobj", "pobj", "punct"}, set()):
        assert where_dep(doc, labels) == [t.i for t in doc if t.dep_ in labels]


def test_case_and_labels_are_told_apart(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(TEXTS[0])
    assert [doc[i].text for i in where_text(doc, {"he", "Its"})] == ["Its"]
    assert [doc[i].text for i in where_lower(doc, {"he", "its"})] == ["He", "Its"]
    assert where_dep(doc, {"nsubj"}) and not set(where_dep(doc, {"nsubj"})) & set(
        where_dep(doc, {"punct"}))


@pytest.mark.parametrize("text", TEXTS)
def test_pos_or_dep_positions_equal_the_token_loop(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    for tags, labels in (({"VERB", "NOUN", "PROPN", "ADJ"}, {"acomp"}), ({"PRON"}, set()),
                         (set(), {"nsubj", "ROOT"}), (set(), set())):
        assert where_pos_or_dep(doc, tags, labels) == [
            t.i for t in doc if t.pos_ in tags or t.dep_ in labels]


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_ids_equal_the_token_loop(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    expected, n = [], -1
    for t in doc:
        n += int(t.is_sent_start or t.i == 0)
        expected.append(n)
    assert sentence_ids(doc) == expected
    if len(doc):
        assert sentence_ids(doc)[-1] == len(list(doc.sents)) - 1


CASE_TEXTS = [
    "GOVERNMENT DEPLOYS Troops to St. Louis and Mt. Kenya; the army left.",
    "Élysée officials met IAEA inspectors in São Paulo on Tuesday.",
    "\"We will not yield,\" said the ex-minister, 42, of the U.N.",
]


@pytest.mark.parametrize("text", CASE_TEXTS)
def test_case_of_answers_what_the_text_answers(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    from eventwire.nlp.arrays import CASE_OF, case_of

    doc = spacy_nlp(text)
    for tok in doc:
        expected = (tok.text[:1].isupper(), tok.text.isupper(), tok.text in ("St.", "Mt."))
        assert case_of(doc.vocab.strings, tok.orth) == expected
        assert CASE_OF[tok.orth] == expected  # memoised: the next doc reads the dict


def test_case_memo_is_emptied_when_full(spacy_nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from eventwire.nlp import arrays

    doc = spacy_nlp("Rebels Attack Convoy near Kabul")
    monkeypatch.setattr(arrays, "MEMO_MAX", 2)
    arrays.CASE_OF.clear()
    answers = [arrays.case_of(doc.vocab.strings, t.orth) for t in doc]
    assert len(arrays.CASE_OF) <= 2
    assert answers == [(t.text[:1].isupper(), t.text.isupper(), False) for t in doc]
    assert answers[3] == (False, False, False)  # "near"


@pytest.mark.parametrize("text", TEXTS)
def test_rows_equal_the_two_dimensional_list(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """Column by column, the same values (SENT_START's -1 included) as the
    rows of ``to_array(...).tolist()``, one tuple per token."""
    doc = spacy_nlp(text)
    for attrs in ((ORTH, LOWER, SPACY), (ORTH, IS_ALPHA, SENT_START, POS), (POS,)):
        got = list(rows(doc, attrs))
        table = doc.to_array(list(attrs)).reshape(len(doc), -1).tolist() if len(doc) else []
        assert got == [tuple(r) for r in table]
        assert len(got) == len(doc)
    if len(doc):
        starts = [r[0] for r in rows(doc, (SENT_START,))]
        assert [s == 1 for s in starts] == [bool(t.is_sent_start) for t in doc]


@pytest.mark.parametrize("text", [*TEXTS, "Iran's leaders met the Times' editors."])
def test_column_is_each_tokens_value_read_once(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """speed24: a column holds each Token's integer, and a word's string id
    (a tag such as "POS", a lower-case form) finds it; read back the second
    time, not rebuilt."""
    doc = spacy_nlp(text)
    assert column(doc, LOWER) == [t.lower for t in doc]
    assert column(doc, TAG) == [t.tag for t in doc]
    assert column(doc, DEP) == [t.dep for t in doc]
    assert column(doc, LOWER) is column(doc, LOWER)
    assert [i for i, v in enumerate(column(doc, TAG)) if v == get_string_id("POS")] == \
        [t.i for t in doc if t.tag_ == "POS"]
    assert [i for i, v in enumerate(column(doc, LOWER)) if v == get_string_id("the")] == \
        [t.i for t in doc if t.lower_ == "the"]
    assert len(column(doc, HEAD)) == len(doc)


def test_per_doc_computes_once_per_token_count(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """speed36's whole-document scans: computed once and read back for the
    same doc; a doc kept with another token count (its user_data copied
    into a shorter doc) is computed anew."""
    calls: list[int] = []

    def count(d):  # type: ignore[no-untyped-def]
        calls.append(len(d))
        return len(d) * 10

    doc = spacy_nlp("Rebels entered the town at dawn.")
    assert per_doc(doc, "test_per_doc", count) == 70 and calls == [7]
    assert per_doc(doc, "test_per_doc", count) == 70 and calls == [7]
    short = doc[:3].as_doc(copy_user_data=True)
    assert short.user_data["test_per_doc"] == (7, 70)
    assert per_doc(short, "test_per_doc", count) == 30 and calls == [7, 3]


@pytest.mark.parametrize("text", [*TEXTS, "Iran's  leaders met\\nthe Times' editors ."])
def test_char_span_is_spacys_char_span(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """speed24: for every character range of the text (past both ends too)
    and every alignment mode, the same span (or None) as ``Doc.char_span``."""
    doc = spacy_nlp(text)
    n = len(text)
    for mode in ("strict", "contract", "expand"):
        for a in range(-2, n + 3):
            for b in range(a, min(a + 14, n + 3)):
                want = doc.char_span(a, b, alignment_mode=mode) if a >= 0 and b >= 0 else None
                got = char_span(doc, a, b, mode)
                assert (got is None) == (want is None), (mode, a, b)
                if got is not None and want is not None:
                    assert (got.start, got.end) == (want.start, want.end), (mode, a, b)
    with pytest.raises(ValueError):
        char_span(doc, 0, 1, "loose")


@pytest.mark.parametrize("text", TEXTS)
def test_head_indices_are_each_tokens_head(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """speed24: heads to the left, to the right and a root's own index."""
    doc = spacy_nlp(text)
    assert head_indices(doc) == [t.head.i for t in doc]
    assert head_indices(doc) is head_indices(doc)


def _same_as_spacy(doc) -> None:  # type: ignore[no-untyped-def]
    n = len(doc.text)
    assert column(doc, LOWER) == [t.lower for t in doc]
    assert head_indices(doc) == [t.head.i for t in doc]
    for mode in ("strict", "contract", "expand"):
        for a in range(n + 1):
            for b in range(a, min(a + 12, n + 1)):
                want = doc.char_span(a, b, alignment_mode=mode)
                got = char_span(doc, a, b, mode)
                assert (None if got is None else (got.start, got.end)) == \
                    (None if want is None else (want.start, want.end)), (mode, a, b)


def test_tables_follow_a_retokenized_doc(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """A doc whose tokens change after the tables were read (a merge, a
    split) keeps its ``user_data``: the tables answer for the new tokens,
    as spaCy does, not for the old ones."""
    doc = spacy_nlp("Fishermen from Port Harcourt blocked the jetty at dawn.")
    _same_as_spacy(doc)
    with doc.retokenize() as retok:
        retok.merge(doc[2:4])  # "Port Harcourt"
    _same_as_spacy(doc)
    with doc.retokenize() as retok:
        retok.split(doc[0], ["Fisher", "men"], heads=[(doc[0], 1), doc[3]])
    _same_as_spacy(doc)


def test_tables_of_a_sentence_copied_with_its_user_data(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """``Span.as_doc(copy_user_data=True)`` copies the parent's tables into
    a shorter doc: they are read anew for it."""
    doc = spacy_nlp("Miners struck in Oruro. Students marched to the palace.")
    _same_as_spacy(doc)
    sent = list(doc.sents)[1].as_doc(copy_user_data=True)
    _same_as_spacy(sent)


CASE_BIT_TEXTS = [
    "Flooding in St. Louis closed Mt. Rainier roads; ÉCOLE staff fled.",
    "NATO and the U.N. warned Kyiv; ⅷ and Ⅷ are numerals, and so is 42.",
    "",
]


@pytest.mark.parametrize("text", CASE_BIT_TEXTS)
def test_case_bits_are_case_of_of_every_word(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    from eventwire.nlp.arrays import ABBREVIATION, ALL_UPPER, UPPER_FIRST, case_bits, case_of

    doc = spacy_nlp(text)
    bits = case_bits(doc).tolist()
    assert len(bits) == len(doc)
    for tok, b in zip(doc, bits, strict=True):
        upper, all_upper, abbreviation = case_of(doc.vocab.strings, tok.orth)
        assert (bool(b & UPPER_FIRST), bool(b & ALL_UPPER), bool(b & ABBREVIATION)) == \
            (upper, all_upper, abbreviation)
    assert case_bits(doc).tolist() == bits  # read again from the kept table


def test_case_bits_follow_a_retokenized_doc(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwire.nlp.arrays import UPPER_FIRST, case_bits

    doc = spacy_nlp("the Red Cross said aid reached Goma")
    assert len(case_bits(doc)) == 7
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[1:3])
    assert [bool(b & UPPER_FIRST) for b in case_bits(doc).tolist()] == \
        [t.text[:1].isupper() for t in doc]


@pytest.mark.parametrize("text", TEXTS)
def test_no_word_present_answers_empty_before_the_scan(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """speed43: the set test that answers a call finding nothing, and the
    scan that lists the rest, give what the token loop gives -- words all
    absent, one present among absent ones, a generator read once."""
    doc = spacy_nlp(text)
    for words in ({"zebra", "quartz"}, {"zebra", "said", "quartz"}, {"Arce", "zebra"}):
        assert where_lower(doc, words) == [t.i for t in doc if t.lower_ in words]
        assert where_text(doc, (w for w in words)) == [t.i for t in doc if t.text in words]


@pytest.mark.parametrize("text", [*TEXTS, "Rebels  shelled Goma  on Monday .\n\nThey fled.",
                                  "Police, firing tear gas, dispersed 200 protesters."])
def test_token_index_at_is_the_expanded_spans_first_token(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """speed57: ``token_index_at`` names the token that spaCy's one-character
    "expand" span starts with, at every offset (words, single and double
    spaces, paragraph breaks, past the end), -1 where that span is None or
    empty; ``governing.token_at`` returns that token."""
    from eventwire.nlp.arrays import token_index_at
    from eventwire.stages.time.governing import token_at

    doc = spacy_nlp(text)
    for offset in range(len(text) + 2):
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        want = span[0].i if span is not None and len(span) else -1
        assert token_index_at(doc, offset) == want, offset
        tok = token_at(doc, offset)
        assert (-1 if tok is None else tok.i) == want, offset



@pytest.mark.parametrize("text", [*TEXTS, "Rebels  shelled Goma  on Monday .\n\nThey fled."])
def test_token_at_char_reads_the_char_table(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """speed57: ``token_bounds`` are each token's ``idx`` and end, and the
    time stage's ``token_at_char`` built on them finds, at every offset, the
    token whose characters (no trailing space) hold it, as its own
    ``to_array`` read did."""
    from eventwire.nlp.arrays import token_bounds
    from eventwire.stages.time.component import token_at_char

    doc = spacy_nlp(text)
    assert token_bounds(doc) == ([t.idx for t in doc], [t.idx + len(t) for t in doc])
    at = token_at_char(doc)
    for offset in range(len(text) + 2):
        want = next((t.i for t in doc if t.idx <= offset < t.idx + len(t)), None)
        tok = at(offset)
        assert (None if tok is None else tok.i) == want, offset


# speed64: present values met on the column's kept distinct values, up to
# three chased with list.index, more listed by the loop
MANY_TEXT = ("He said it was his and she said it was hers; they said the police had it, "
             "and it was theirs. He left, she left, they left, it stayed.")


@pytest.mark.parametrize("words", [
    {"he"},  # one value, several positions
    {"he", "she"},  # two values, merged in document order
    {"he", "she", "they"},  # three: the last count chased
    {"he", "she", "they", "it", "left"},  # more than three: the loop
    {"he", "nobody", "never"},  # absent values among the asked ones
])
def test_chased_positions_equal_the_token_loop(spacy_nlp, words: set[str]) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(MANY_TEXT)
    for _ in range(2):  # the second ask reads the kept set
        assert where_lower(doc, words) == [t.i for t in doc if t.lower_ in words]


def test_value_set_follows_a_column_read_anew(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp("The New York police said the New York crowd left.")
    assert where_text(doc, {"York"}) == [2, 7]
    with doc.retokenize() as retokenizer:  # another token count: columns read anew
        retokenizer.merge(doc[1:3])
    assert where_text(doc, {"York"}) == [6]  # the second "New York", unmerged
    assert where_text(doc, {"New York"}) == [1]
    assert where_text(doc, {"crowd"}) == [t.i for t in doc if t.text == "crowd"]
