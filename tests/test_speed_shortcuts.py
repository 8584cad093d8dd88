"""The speed8 shortcuts (issue #12) give what the full computation gives:
each is compared with the code it replaced on sentences written for these
tests (none from an evaluation set)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from eventwire.nlp.extensions import remember_text, span_text
from eventwire.stages.actors.titles import _title_ending, _titles, title_before
from eventwire.stages.attribution import quotes as Q
from eventwire.stages.events.headlines import title_case_verb
from eventwire.stages.events.lexicon_candidates import noun_candidate, verb_candidate
from eventwire.stages.events.reciprocal import RECIPROCAL_WORDS, says_each_other
from eventwire.stages.events.triggers import (
    find_candidates,
    load_lexicon,
    trigger_positions,
)
from eventwire.stages.geo.context import MAX_WORDS, name_spans, proper_flags

TEXTS = [
    "Army Deploys Troops To Border After Clashes In Kasai",
    "Rebels Attack Convoy Near Goma, Officials Say",
    "The foreign ministers of Chile and Argentina met each other in Santiago on Monday.",
    "Former President Ana Ruiz and Gen. Ali Musa, a retired army chief, exchanged letters.",
    "Police in KwaZulu-Natal said the Prime Minister\nvisited Durban and the Eastern Cape.",
]


def _old_title_before(text: str, start: int) -> tuple[int, str] | None:
    pattern, table, _ = _titles()
    found = pattern.search(text[max(0, start - 60):start])
    if found is None:
        return None
    return max(0, start - 60) + found.start(1), table[found.group(1).lower()]


# speed26: the search starts near the window's end; titles of every
# length, "then-"/"ex-" before them, runs and kinds of whitespace after
_TAILS = ["President\nAna Ruiz", "ex-minister  Musa", "(Gen. X",
          "the then-Deputy Prime Minister\u00a0\u2003 Ana Ruiz",
          "said ex-Supreme Court Justice\t\n  Ruiz", "“Secretary General Ruiz",
          "then-President Musa", "a xthen-President Musa", "Kenyan Police Chief\u2009Musa"]


@pytest.mark.parametrize("text", TEXTS + _TAILS)
def test_title_before_equals_the_full_search(text: str) -> None:
    for start in range(len(text) + 1):
        assert title_before(text, start) == _old_title_before(text, start), (text, start)


def _old_proper(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN", "ADJ") and not tok.is_stop


def _old_name_spans(doc: Doc, taken: set[int]) -> Iterator[Span]:
    i = 0
    while i < len(doc):
        if i in taken or not _old_proper(doc[i]):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j not in taken and j - i < MAX_WORDS and (
                _old_proper(doc[j]) or (doc[j].text == "-" and j + 1 < len(doc)
                                        and _old_proper(doc[j + 1]) and not doc[j].whitespace_)):
            j += 1
        yield doc[i:j]
        i = j


@pytest.mark.parametrize("text", TEXTS)
def test_name_spans_equal_the_token_by_token_scan(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    assert proper_flags(doc) == [_old_proper(t) for t in doc]
    for taken in (set(), {0, 3}, set(range(2, 6))):
        old = [(s.start, s.end) for s in _old_name_spans(doc, set(taken))]
        assert [(s.start, s.end) for s in name_spans(doc, set(taken))] == old
        assert [(s.start, s.end) for s in name_spans(doc, set(taken), proper_flags(doc))] == old


def _old_title_case_verb(tok: Token) -> str | None:
    sent, low = tok.sent, tok.lower_
    if tok.i == sent.start or tok.i + 1 >= sent.end or not tok.text[:1].isupper() or \
            len(low) < 4 or not tok.is_alpha:
        return None
    before = tok.doc[tok.i - 1]
    if before.pos_ not in ("NOUN", "PROPN"):
        return None
    if low.endswith("s") and not low.endswith("ss"):
        return low[:-1] if not low.endswith("es") else f"{low[:-1]}|{low[:-2]}"
    plural = before.lower_.endswith("s") or before.lower_ in {
        "police", "military", "army", "junta", "government", "cabinet", "parliament",
        "opposition", "navy", "militia", "gendarmerie"}
    return low if plural else None


@pytest.mark.parametrize("text", TEXTS)
def test_title_case_verb_equals_the_sentence_first_order(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    assert [title_case_verb(t) for t in doc] == [_old_title_case_verb(t) for t in doc]


@pytest.mark.parametrize("text", TEXTS)
def test_says_each_other_reads_the_sentence(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    for tok in doc:
        old = any(w in tok.sent.text.lower() for w in RECIPROCAL_WORDS)
        assert says_each_other(tok) == old


# speed10: the trigger gates (``triggers.trigger_gates``) on sentences written for them:
# lexicon verbs and nouns, verb + particle, verb + object, manner adverbs, two-word
# nouns (either word), "on strike", "calls for", "the lifting of", and plain words
GATE_TEXTS = [
    "Troops pulled back from the border after the ministers held talks in Geneva.",
    "The union went on strike and renewed its calls for the lifting of the curfew.",
    "Guards sexually abused detainees while the army raised the alert level.",
    "The committee ate lunch, read the menu and painted the kitchen table blue.",
    "Joint exercises began as rebels shelled the town and police arrested a man.",
]


def _key(cand: Any) -> tuple[Any, ...] | None:
    if cand is None:
        return None
    return (cand.token.i, cand.end, cand.type, cand.mode, cand.context, cand.rule, cand.nominal)


@pytest.mark.parametrize("text", GATE_TEXTS)
def test_trigger_gates_change_no_candidate(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    lex = load_lexicon()
    doc = spacy_nlp(text)
    for tok in doc:
        words = frozenset({tok.lower_, tok.lemma_.lower(), tok.lower_[:-1], tok.lower_[:-2]})
        open_lex = replace(lex, verb_gate=lex.verb_gate | words,
                           noun_gate=lex.noun_gate | words)  # this token is never gated
        assert _key(verb_candidate(tok, lex)) == _key(verb_candidate(tok, open_lex)), tok.text
        assert _key(noun_candidate(tok, lex)) == _key(noun_candidate(tok, open_lex)), tok.text


def test_trigger_gates_skip_plain_words_and_keep_lexicon_words(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    lex = load_lexicon()
    doc = spacy_nlp(" ".join(GATE_TEXTS))
    lemmas = {t.lemma_.lower() for t in doc}
    assert {"eat", "read", "paint"} <= lemmas
    assert not {"eat", "read", "paint"} & lex.verb_gate
    assert not {"lunch", "menu", "kitchen"} & lex.noun_gate
    assert {"pull", "abuse", "raise", "shell", "arrest"} <= lex.verb_gate
    assert {"strike", "call", "lifting", "joint", "exercises", "talks"} <= lex.noun_gate
    found = [t.lower_ for t in doc if _key(verb_candidate(t, lex) or noun_candidate(t, lex))]
    assert {"pulled", "strike", "calls", "abused", "shelled", "arrested"} <= set(found)


@pytest.mark.parametrize("text", GATE_TEXTS + TEXTS)
def test_trigger_positions_give_the_sentence_scan(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    lex = load_lexicon()
    doc = spacy_nlp(text)
    positions = trigger_positions(doc)
    for sent in doc.sents:
        old = [_key(c) for c in find_candidates(sent, lex)]
        assert [_key(c) for c in find_candidates(sent, lex, None, positions)] == old


QUOTE_TEXTS = [
    "The minister said on Monday that the talks had failed, and aides believe he will resign.",
    "\"We will not leave,\" the mayor told reporters. Officials think the army is ready.",
    "The talks, the mediator said, had reached a critical stage, according to the agency.",
]


@pytest.mark.parametrize("text", QUOTE_TEXTS + TEXTS)
def test_verb_positions_give_the_sentence_scans(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    positions = Q.verb_positions(doc)
    assert positions == [t.i for t in doc if t.pos_ in ("VERB", "AUX")]
    for sent in doc.sents:
        speech = [t.i for t in sent if t.pos_ == "VERB" and Q.cue_lemmas(t) & Q.SPEECH_VERBS
                  and not Q.anonymity_formula(t)]
        assert [t.i for t in Q._speech_verbs(sent, positions)] == speech
        marks = Q.quote_marks(sent)
        stance = [t.i for t in sent if t.pos_ in ("VERB", "AUX")
                  and Q.cue_lemmas(t) & Q.STANCE_VERBS
                  and not any(s <= t.idx < e for s, e in marks) and Q.expectation_ok(t)]
        assert [t.i for t in Q._stance_verbs(sent, marks, positions)] == stance
        verbs = Q._verbs(sent, positions)  # built once for both scans (speed29)
        assert [t.i for t in Q._speech_verbs(sent, positions, verbs)] == speech
        assert [t.i for t in Q._stance_verbs(sent, marks, positions, verbs)] == stance
        assert Q.quotes_in_sentence(doc, sent, positions) == Q.quotes_in_sentence(doc, sent)


STANCE_TEXTS = [
    "Officials are confident that the ceasefire will hold, despite fears that it may collapse.",
    "The Claim that the army fired first was rejected. ALLEGATIONS that he lied surfaced.",
    "Aides were worried the talks would fail; his hope that rebels would disarm faded.",
    "The minister's assurance that no one was hurt came late. Sure, they said, it is over.",
]


@pytest.mark.parametrize("text", STANCE_TEXTS + QUOTE_TEXTS)
def test_stance_positions_give_the_sentence_scan(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """The stance words found on the arrays are the ones the token loop
    looks at (case told apart: ``lower_`` for adjectives, the lower-cased
    lemma of a NOUN for nominal cues), and each sentence's stance quotes are
    the same with and without them."""
    from eventwire.stages.attribution.stances import (
        NOMINAL_CUES,
        STANCE_ADJECTIVES,
        stance_positions,
        stance_quotes,
    )

    doc = spacy_nlp(text)
    positions = stance_positions(doc)
    assert positions == [t.i for t in doc if t.lower_ in STANCE_ADJECTIVES or (
        t.pos_ == "NOUN" and t.lemma_.lower() in NOMINAL_CUES)]
    for sent in doc.sents:
        assert stance_quotes(doc, sent, [], positions) == stance_quotes(doc, sent, [])
        assert Q.quotes_in_sentence(doc, sent, Q.verb_positions(doc), positions) == \
            Q.quotes_in_sentence(doc, sent)


def test_stance_positions_find_the_stance_words(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwire.stages.attribution.stances import stance_positions

    doc = spacy_nlp(STANCE_TEXTS[0])
    assert {doc[i].lower_ for i in stance_positions(doc)} >= {"confident", "fears"}
    assert stance_positions(spacy_nlp("The river rose.")) == []


ARRAY_SCAN_TEXTS = [
    '"We will not surrender," the rebel commander said. "I am ready," said the envoy.',
    "WE, the people, and i alone met in the Capital; the country's capital city was calm.",
    "The nation mourned. Officials in the city said we would rebuild the town and the CITY.",
]


@pytest.mark.parametrize("text", ARRAY_SCAN_TEXTS)
def test_first_person_and_description_heads_read_the_arrays(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """``link_first_person`` and ``description_places`` visit the tokens the
    whole-document loops visited ("we"/"I" tagged PRP; the description head
    nouns), in order, and give the same answers."""
    from eventwire.models import ActorMention
    from eventwire.stages.actors import first_person as fp
    from eventwire.stages.geo import place_descriptions as pd

    doc = spacy_nlp(text)
    mentions = [ActorMention(start=t.idx, end=t.idx + len(t.text), text=t.text, kind="agent")
                for t in doc if t.lower_ in ("commander", "envoy", "people", "officials")]
    got = list(mentions)
    fp.link_first_person(doc, got)
    want = list(mentions)
    for tok in doc:  # the loop before speed11
        if tok.lower_ not in fp.FIRST_PERSON or tok.tag_ != "PRP":
            continue
        subj = fp._speech_subject(tok)
        ante = fp._mention_of(want, subj) if subj is not None else None
        if ante is not None:
            want.append(ActorMention(start=tok.idx, end=tok.idx + len(tok.text), text=tok.text,
                                     kind=want[ante].kind, antecedent=ante, confidence=0.6,
                                     rule="pronoun"))
    assert got == want
    visited: list[int] = []
    real = pd.describe
    try:
        pd.describe = lambda d, tok, p, c: visited.append(tok.i)  # type: ignore[assignment]
        pd.description_places(doc, [], "FRA")
    finally:
        pd.describe = real
    assert visited == [t.i for t in doc if t.lower_ in pd.HEADS]
    assert pd.description_places(doc, [], "FRA") == [
        f for f in (real(doc, t, [], "FRA") for t in doc if t.lower_ in pd.HEADS)
        if f is not None]


@pytest.mark.parametrize("text", ["", "Paris", "the", "ÉCOLE Polytechnique's Dean met Él."])
def test_proper_flags_on_short_and_accented_docs(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    assert proper_flags(doc) == [_old_proper(t) for t in doc]


def test_title_ending_equals_the_full_search_for_every_title() -> None:
    """speed26: every title of the table, upper and title case, after every
    lead the pattern allows (and ones it does not), at the far end of a
    full 60-character window and shorter ones, as the search from 0 finds."""
    pattern, table, _ = _titles()
    for title in table:
        for form in (title, title.upper(), title.title()):
            for lead in ("", " ", "(", "\"", "“", "ex-", "then-", "xthen-", "-", "a"):
                for tail in (" ", "\n\n", " \u00a0 "):
                    core = lead + form + tail
                    for window in (core, ("word " * 12 + core)[-60:], "x" + core):
                        old = pattern.search(window)
                        want = None if old is None or not window[-1].isspace() else (
                            old.start(1), table[old.group(1).lower()])
                        assert _title_ending.__wrapped__(window) == want, window


@pytest.mark.parametrize("text", QUOTE_TEXTS + [
    "Officials in the northern province warned that the old dam, built in 1961, could fail.",
    "Rescuers said that only after the rain stopped could the boats reach the flooded farms.",
])
def test_first_of_subtree_is_the_subtrees_first(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """speed29: ``_clause_of`` takes the first word of a complement without
    building its subtree; it is what ``list(c.subtree)[0]`` gives, for every word."""
    from eventwire.stages.attribution.clauses import first_of_subtree
    doc = spacy_nlp(text)
    for tok in doc:
        assert first_of_subtree(tok).i == list(tok.subtree)[0].i


# speed31: inner hyphens read on the ORTH / SPACY columns; hyphens with and
# without spaces, at a run's end, doubled, and en dashes
_HYPHENATED = [
    "Flights from Baden-Württemberg and Rhineland - Palatinate resumed.",
    "The Port-Gentil refinery near Ngounié-Nord closed after the Dar-es-Salaam talks.",
    "Guests from Stratford-upon-Avon met envoys of Guinea-Bissau and Trinidad–Tobago.",
    "Troops left Saint-Louis- and the Alpes-Maritimes -- then crossed into Upper Marsh-.",
]


@pytest.mark.parametrize("text", _HYPHENATED)
def test_name_spans_hyphens_on_columns(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    for taken in (set(), {1}, set(range(3, 5))):
        old = [(s.start, s.end) for s in _old_name_spans(doc, set(taken))]
        assert [(s.start, s.end) for s in name_spans(doc, set(taken))] == old


@pytest.mark.parametrize("text", _HYPHENATED + TEXTS)
def test_entity_text_and_tokens_without_token_objects(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """speed31: the place stage reads an entity's text with ``span_text`` and
    its positions with ``range`` (demonyms, neighbour names, blocked words)."""
    doc = spacy_nlp(text)
    remember_text(doc, text)
    for ent in doc.ents:
        assert span_text(ent) == ent.text
        assert list(range(ent.start, ent.end)) == [t.i for t in ent]


# speed31: the place scan's edge words on the ORTH column, window texts cut
# from the doc's text; feature words tested on one Token
_PLACE_TEXTS = [
    "Storms hit Rio de Janeiro and Viña del Mar before reaching La Paz.",
    "Soldiers at Fort Hood flew to Coeur d'Alene, then Mount Vernon, New York.",
    "The Lake Como ferry and the Port Said canal office closed; St. Louis and "
    "Santa Cruz de la Sierra reopened Airport roads.",
]


def _old_gazetteer_scan(doc: Doc, blocked: set[int]) -> list[tuple[int, int, str, Any]]:
    from eventwire.stages.geo import scan as S

    gaz, out = S.gazetteer(), []
    for r_start, r_end in S._runs(doc, blocked):
        i = r_start
        while i < r_end:
            for j in range(min(r_end, i + S.MAX_WORDS), i, -1):
                span = doc[i:j]
                if span[0].text in S.NAME_CONNECTORS or span[-1].text in S.NAME_CONNECTORS:
                    continue
                cands = gaz.candidates(span.text)
                if cands and S._scan_accepts(span, cands):
                    out.append((i, j, span.text, cands))
                    i = j - 1
                    break
            i += 1
    return out


@pytest.mark.parametrize("text", _PLACE_TEXTS + _HYPHENATED)
def test_place_scan_and_feature_words_as_before(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    from eventwire.stages.geo.facility import PREFIXES, after_prefix, feature_word, generic
    from eventwire.stages.geo.scan import gazetteer_scan

    doc = spacy_nlp(text)
    remember_text(doc, text)
    for blocked in (set(), {0, 1}, set(range(4, 7))):
        assert gazetteer_scan(doc, set(blocked)) == _old_gazetteer_scan(doc, set(blocked))
    for tok in doc:
        old = tok.i > 0 and doc[tok.i - 1].text[:1].isupper() and \
            doc[tok.i - 1].lower_.rstrip(".") in PREFIXES
        assert after_prefix(tok) == old
        assert feature_word(tok) == (generic(tok) or old)


@pytest.mark.parametrize("text", [
    "The Mombasa-Nairobi railway and Dhaka-Sylhet flights resumed.",
    "Kabul-Kandahar highway traffic and the Lagos - Ibadan road stayed shut.",
    "Navarro-Valls said the Mercedes-Benz plant in Al-Minya closed.",
])
def test_split_pair_reads_hyphens_on_the_orth_column(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """speed31: ``split_pair``'s hyphens found on the ORTH column are the
    words whose text is "-" (the old Token walk), and the pairs stand."""
    from eventwire.nlp.arrays import column
    from eventwire.stages.geo.context import _HYPHEN, split_pair

    doc = spacy_nlp(text)
    remember_text(doc, text)
    orths = column(doc, ORTH)
    for i in range(len(doc)):
        for j in range(i + 1, min(len(doc), i + 5) + 1):
            assert [k for k in range(i, j) if orths[k] == _HYPHEN] == \
                [t.i for t in doc[i:j] if t.text == "-"]
    if text.startswith("The Mombasa"):
        assert [p.text for p, _ in split_pair(doc[1:4])] == ["Mombasa", "Nairobi"]
