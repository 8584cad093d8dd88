"""The actor matcher's look-up: same matches as trying every length, and
no phrase built past the point where no KB phrase starts with it."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from eventwire.stages.actors import matcher
from eventwire.stages.actors.kb import Actor, KnowledgeBase, load_kb
from eventwire.stages.actors.matcher import MAX_WORDS, Match, Unit, find_matches, units_of

TEXTS = [
    "The United Nations Security Council met in New York on Tuesday.",
    "Iraqis and Syrians crossed into Turkey as the Turkish army shelled Kurdish positions.",
    "Police said the Democratic Republic of the Congo had closed its border with Rwanda.",
    "A spokesman for the European Union told reporters the the the talks had stalled.",
    "Kata’ib Hezbollah fighters attacked a base used by US troops near Baghdad.",
    "Protesters in Hong Kong marched toward the Legislative Council building.",
    "Troops shelled the insurgents' camp and the Kurds’ positions near the smugglers' port.",
]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb([])


@pytest.fixture(scope="module")
def docs(spacy_nlp) -> list[Doc]:  # type: ignore[no-untyped-def]
    return [spacy_nlp(t) for t in TEXTS]


def _every_length(doc: Doc, kb: KnowledgeBase, units: list[Unit], i: int
                  ) -> tuple[int, Match] | None:
    """The matcher before the prefix index: build and look up every length."""
    longest = kb.longest_from(units[i].norm.split(" ")[0])
    for n in range(min(MAX_WORDS, longest, len(units) - i), 0, -1):
        phrase = " ".join(u.norm for u in units[i:i + n])
        first, last = units[i].first, units[i + n - 1].last
        actors = matcher._lookup(kb, phrase)
        if actors and matcher._actor_ok(doc, first, n):
            return n, Match(first, last, actors=actors)
        sectors = kb.agents.get(phrase)
        end = matcher._word_end(doc, first, last)
        if sectors and doc[end].pos_ in ("NOUN", "PROPN"):
            return n, Match(first, end, sectors=list(sectors), rule="agent")
    return None


def _every_unit(doc: Doc, kb: KnowledgeBase) -> list[Match]:
    """``find_matches`` before the prefix index: every length at every unit
    (no unit skipped because no KB phrase starts with it)."""
    units, out, i = units_of(doc), [], 0
    while i < len(units):
        hit = _every_length(doc, kb, units, i)
        if hit is None:
            i += 1
            continue
        out.append(hit[1])
        i += hit[0]
    return out


def test_same_matches_as_every_length(docs: list[Doc], kb: KnowledgeBase) -> None:
    fast = [find_matches(d, kb) for d in docs]
    slow = [_every_unit(d, kb) for d in docs]
    assert fast == slow
    assert any(m.actors for ms in fast for m in ms) and any(m.sectors for ms in fast for m in ms)


def test_prefixes_hold_every_phrase_and_plural(kb: KnowledgeBase) -> None:
    for phrase in [*kb.phrases, *kb.agents][:5000]:
        parts = phrase.split(" ")
        assert all(" ".join(parts[:k]) in kb.prefixes for k in range(1, len(parts) + 1))
        assert phrase + "s" in kb.prefixes


def test_no_phrase_built_past_a_dead_prefix(docs: list[Doc], kb: KnowledgeBase,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard against the old cost: "the" starts 8-word aliases, so every
    "the" used to build and look up eight phrases (2.6 look-ups a word on
    these sentences); now 0.7."""
    looked: list[str] = []
    lookup = kb.lookup

    def counted(phrase: str) -> list[Actor]:
        looked.append(phrase)
        return lookup(phrase)

    monkeypatch.setattr(kb, "lookup", counted)
    units = sum(len(units_of(d)) for d in docs)
    for d in docs:
        find_matches(d, kb)
    assert len(looked) <= units


def _units_by_token(doc: Doc) -> list[tuple[str, int, int]]:
    """``units_of`` as it read Token by Token before speed11."""
    from eventwire.stages.actors.kb import normalise

    out: list[list[Any]] = []
    for tok in doc:
        norm = normalise(tok.text)
        if (out and tok.text[:1] in "’'`ʼ" and tok.lower_ not in ("'s", "’s")
                and not doc[tok.i - 1].whitespace_):
            out[-1][0] += norm
            out[-1][2] = tok.i
        elif norm:
            out.append([norm, tok.i, tok.i])
    return [(u[0], u[1], u[2]) for u in out]


@pytest.mark.parametrize("text", [
    "Kata’ib Hezbollah and Asa'ib Ahl al-Haq attacked; Iran's and the group ’s envoys left.",
    "'Tis said O'Brien met the PMU ' s head, rock 'n' roll fans and the U.S.-backed forces.",
    "Women’S groups, the Taliban`s men and Côte d’Ivoire's army - all  spoke.",
    "",
])
def test_units_read_from_the_arrays_equal_the_token_loop(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    assert [(u.norm, u.first, u.last) for u in units_of(doc)] == _units_by_token(doc)


def test_unit_memo_is_bounded_and_answers_the_same(spacy_nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The per-string memo of ``units_of`` is emptied when full; the units
    are the same with a cold, a warm and a tiny memo."""
    from eventwire.nlp import arrays
    from eventwire.stages.actors import matcher

    doc = spacy_nlp("Kata’ib Hezbollah's fighters met the U.N. envoy in Baghdad's Green Zone.")
    matcher._ORTH_UNIT.clear()
    cold = matcher.units_of(doc)
    warm = matcher.units_of(doc)
    monkeypatch.setattr(arrays, "MEMO_MAX", 3)
    matcher._ORTH_UNIT.clear()
    tiny = matcher.units_of(doc)
    assert len(matcher._ORTH_UNIT) <= 3
    assert cold == warm == tiny and cold[0].norm == "kataib"


@pytest.mark.parametrize("text,name,code", [
    # written for this test (recips26): a lower-case Arabic article starts the name
    ("The minister blamed al-Shabab for the bombing in Mogadishu.", "al-Shabab", "SOMREB"),
    ("Officials said the cell had sworn loyalty to al-Qaeda last year.", "al-Qaeda", None),
    ("Troops clashed with al-Shabaab fighters near the border.", "al-Shabaab", "SOMREB"),
])
def test_a_name_after_a_lower_case_article(spacy_nlp, kb: KnowledgeBase,  # type: ignore[no-untyped-def]
                                           text: str, name: str, code: str | None) -> None:
    doc = spacy_nlp(text)
    found = [m for m in find_matches(doc, kb) if m.actors
             and doc[m.first:m.last + 1].text == name]
    assert found, [(doc[m.first:m.last + 1].text, m.actors) for m in find_matches(doc, kb)]
    if code is not None:
        assert any(r.code == code for a in found[0].actors for r in a.roles), found[0].actors


@pytest.mark.parametrize("text", [
    "The talks went well, al said.",  # a lower-case word, no hyphenated name
    "They met at the us embassy.",
])
def test_lower_case_words_still_start_no_actor(spacy_nlp, kb: KnowledgeBase,  # type: ignore[no-untyped-def]
                                               text: str) -> None:
    doc = spacy_nlp(text)
    assert not [m for m in find_matches(doc, kb) if m.actors and doc[m.first].is_lower]


@pytest.mark.parametrize("text,name,code", [
    # written for this test (actors31): the KB writes these names with a space
    ("Timor-Leste's parliament voted to scrap the pensions on Monday.", "Timor-Leste", "TMP"),
    ("Guinea-Bissau's army said it had foiled a plot.", "Guinea-Bissau", "GNB"),
    ("Police in Bosnia-Herzegovina arrested two men on Friday.", "Bosnia-Herzegovina", "BIH"),
])
def test_a_hyphenated_name_the_kb_writes_with_a_space(
        spacy_nlp, kb: KnowledgeBase, text: str, name: str, code: str) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    found = [m for m in find_matches(doc, kb) if m.actors
             and doc[m.first:m.last + 1].text == name]
    assert found, [(doc[m.first:m.last + 1].text, m.actors) for m in find_matches(doc, kb)]
    assert any(r.code == code for a in found[0].actors for r in a.roles), found[0].actors


@pytest.mark.parametrize("text", [
    "Pro-government militias attacked the town of Kenya-Uganda border.",
    # review53: compounds of two peoples or states are no single KB name
    "Franco-German talks collapsed and Sino-Indian troops clashed in the valley.",
    "Gunmen attacked a post near the Afghan-Pakistan border, Austria-Hungary style.",
])
def test_a_hyphen_inside_no_kb_name_changes_nothing(spacy_nlp, kb: KnowledgeBase,  # type: ignore[no-untyped-def]
                                                    text: str) -> None:
    """No match spans a hyphen here: each side is its own name or none."""
    doc = spacy_nlp(text)
    assert not [m for m in find_matches(doc, kb) if m.actors
                and "-" in doc[m.first:m.last + 1].text]


@pytest.mark.parametrize("text", [
    "Oman's envoy and the People's Militia of Tor’s valley met O'Neil.",
    "The council ' s chair quit; Xavier’s aides 's stayed.",
    "",
])
def test_unit_lists_are_the_units_column_by_column(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """``unit_lists`` (speed34) holds what the ``Unit`` objects held, and a
    possessive "'s" is flagged as the token loop reads it."""
    from eventwire.stages.actors.matcher import unit_lists

    doc = spacy_nlp(text)
    units = unit_lists(doc)
    assert list(zip(units.norms, units.firsts, units.lasts, strict=True)) == _units_by_token(doc)
    assert len(units) == len(units.possessive) == len(units_of(doc))
    assert units.possessive == [doc[first].lower_ in ("'s", "’s") for first in units.firsts]


def _every_prefix_unit(doc: Doc, kb: KnowledgeBase) -> list[Match]:
    """``find_matches`` before speed49: ``_longest`` at every unit some KB
    phrase starts with (no lone unit skipped)."""
    units = matcher.unit_lists(doc)
    possessives = [k for k, p in enumerate(units.possessive) if p]
    hyphens = [k for k, norm in enumerate(units.norms) if norm == "-"]
    out, i = [], 0
    while i < len(units):
        hit = matcher._longest(doc, kb, units, i, possessives, hyphens) \
            if units.norms[i] in kb.prefixes else None
        if hit is None:
            i += 1
            continue
        out.append(hit[1])
        i += hit[0]
    return out


@pytest.mark.parametrize("text", [
    # written for speed49: a lone unit next to a possessive, a hyphen, a plural
    "The new Lord's Resistance Army commander met the People's Liberation Army's envoys.",
    "A Timor-Leste patrol and the Guinea-Bissau navy saw the the police of Iraqis' towns.",
    "Americans, Iraqis and the Syrians' new army chiefs met; the Democratic People's "
    "Republic of Korea's police said so, as did the police.",
    "The",
    "the new",
])
def test_lone_units_skipped_give_the_same_matches(spacy_nlp, kb: KnowledgeBase,  # type: ignore[no-untyped-def]
                                                  text: str) -> None:
    """speed49: a unit that is no phrase and that no phrase continues is not
    handed to ``_longest``; the matches are those of asking it everywhere."""
    doc = spacy_nlp(text)
    assert find_matches(doc, kb) == _every_prefix_unit(doc, kb)


def test_lone_units_are_most_calls(docs: list[Doc], kb: KnowledgeBase,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The skip keeps ``_longest`` off the units a KB phrase starts with
    that no phrase continues ("the", "a", "new" before words no alias
    holds): 23 of 43 calls remain on these name-dense sentences (4,118 of
    23,881 on 200 ECB+ dev articles)."""
    calls: list[int] = []
    longest = matcher._longest

    def counted(*args: Any) -> Any:
        calls.append(args[3])
        return longest(*args)

    monkeypatch.setattr(matcher, "_longest", counted)
    for d in docs:
        _every_prefix_unit(d, kb)
    everywhere = len(calls)
    calls.clear()
    for d in docs:
        find_matches(d, kb)
    assert 0 < len(calls) < everywhere * 0.6


@pytest.mark.parametrize("text,nouns", [
    # written for this test (actors49): the bare "'" of a plural possessive
    ("Troops shelled the insurgents' camp outside the town.", ["insurgents"]),
    ("Guards searched the journalists’ bags at the checkpoint.", ["journalists"]),
    ("Police seized the smugglers' boats and the farmers' trucks.", ["smugglers", "farmers"]),
    ("The students' union backed the workers' strike.", ["students", "workers"]),
])
def test_a_plural_possessive_is_its_agent_noun(spacy_nlp, kb: KnowledgeBase,  # type: ignore[no-untyped-def]
                                               text: str, nouns: list[str]) -> None:
    """Class *a plural possessive agent* (actors49): the possessor noun before
    its "'" is an agent mention with the bare noun's sectors, ending at the
    noun (the "'" is left out)."""
    doc = spacy_nlp(text)
    agents = {doc[m.first:m.last + 1].text: m.sectors for m in find_matches(doc, kb)
              if m.rule == "agent"}
    for noun in nouns:
        assert agents.get(noun) == kb.agents[noun], agents


def test_a_lone_apostrophe_unit_is_no_agent(spacy_nlp, kb: KnowledgeBase) -> None:  # type: ignore[no-untyped-def]
    """The step back to the noun needs a word before the "'": a quote mark
    alone, or one after a word that is no agent noun, matches nothing."""
    doc = spacy_nlp("' The Joneses' house was empty, ' she said.")
    assert not [m for m in find_matches(doc, kb) if m.rule == "agent"]


def _parsed(words: list[str], pos: list[str], deps: list[str], heads: list[int]) -> Doc:
    from spacy.vocab import Vocab
    return Doc(Vocab(), words=words, pos=pos, deps=deps, heads=heads)


@pytest.mark.parametrize("words,pos,deps,heads,i", [
    # "troops detained the suspect" with "suspect" misread as an adjective
    (["troops", "detained", "the", "suspect"], ["NOUN", "VERB", "DET", "ADJ"],
     ["nsubj", "ROOT", "det", "dobj"], [1, 1, 3, 1], 3),
    # "the accused was released on bail": an adjective as passive subject
    (["the", "accused", "was", "released"], ["DET", "ADJ", "AUX", "VERB"],
     ["det", "nsubjpass", "auxpass", "ROOT"], [1, 3, 3, 3], 1),
    # "shots were fired at the wounded": an adjective as a preposition's object
    (["shots", "were", "fired", "at", "wounded"], ["NOUN", "AUX", "VERB", "ADP", "ADJ"],
     ["nsubjpass", "auxpass", "ROOT", "prep", "pobj"], [2, 2, 2, 2, 3], 4),
])
def test_an_adjective_heading_an_argument_is_a_noun(words: list[str], pos: list[str],
                                                    deps: list[str], heads: list[int],
                                                    i: int) -> None:
    """Class *an agent noun the tagger read as an adjective* (recip57)."""
    assert matcher._argument_adjective(_parsed(words, pos, deps, heads), i)


@pytest.mark.parametrize("words,pos,deps,heads,i", [
    (["a", "suspect", "package"], ["DET", "ADJ", "NOUN"], ["det", "amod", "ROOT"], [2, 2, 2], 1),
    (["he", "was", "suspect"], ["PRON", "AUX", "ADJ"], ["nsubj", "ROOT", "acomp"], [1, 1, 1], 2),
])
def test_an_adjective_on_a_noun_or_after_a_copula_stays(words: list[str], pos: list[str],
                                                        deps: list[str], heads: list[int],
                                                        i: int) -> None:
    assert not matcher._argument_adjective(_parsed(words, pos, deps, heads), i)

