"""Toponyms inside or beside names the NER model tags otherwise
(``eventwire/stages/geo/orgplace.py``): an organisation "of <place>" or ",
<country>", and "<name>, <region>" with a stated hierarchy. Sentences
written for these tests (none from an evaluation set)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "name", "country"), [
    ("She was treated at the Children's Hospital of Pittsburgh last spring.", "Pittsburgh",
     "USA"),
    ("Doctors at the General Hospital of Guangzhou treated the first cases.", "Guangzhou",
     "CHN"),
    ("The Bank of Japan left interest rates unchanged on Friday.", "Japan", "JPN"),
    ("Donors pledged funds to the Ministry of Health, Angola, for vaccines.", "Angola", "AGO"),
    ("Engineers from the Port Authority of Mombasa inspected the cranes.", "Mombasa", "KEN"),
])
def test_organisation_of_a_place(places_of, text: str, name: str,  # type: ignore[no-untyped-def]
                                 country: str) -> None:
    assert places_of(text)[name].country == country


@pytest.mark.parametrize("text", [
    "The Department of Justice opened an inquiry into the sale.",
    "Members of the Church of Christ held a vigil.",
    "The Board of Directors met on Tuesday.",
    "A professor at the University of Michigan led the study.",
    "She told the Voice of America that the talks had failed.",
    "Researchers at the University of California, San Diego published the data.",
])
def test_organisation_without_a_place_names_none(places_of, text: str  # type: ignore[no-untyped-def]
                                                 ) -> None:
    found = places_of(text)
    assert not any(n in found for n in ("Christ", "Directors", "Michigan", "America",
                                        "California"))


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Krasnodar, Russia officials said the outbreak was contained.", "Krasnodar", "RUS"),
    ("Temryuk, Russia reported two more dead swans.", "Temryuk", "RUS"),
    ("Farmers in Tarija, Bolivia lost their harvest.", "Tarija", "BOL"),
])
def test_name_before_its_region(places_of, text: str, name: str,  # type: ignore[no-untyped-def]
                                country: str) -> None:
    assert places_of(text)[name].country == country


def _tagged(words: list[str], ents: list[str]):  # type: ignore[no-untyped-def]
    """A document of ``words`` with the given IOB entity tags (no model:
    the tags are what the NER model gets wrong)."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, ents=ents)


@pytest.mark.parametrize(("words", "ents", "name"), [
    (["Troops", "of", "Azerbaijan", "pressed", "on", "."],
     ["O", "O", "B-PERSON", "O", "O", "O"], "Azerbaijan"),
    (["Sri", "Lanka", "counted", "28,500", "dead", "."],
     ["B-PERSON", "I-PERSON", "O", "O", "O", "O"], "Sri Lanka"),
    (["Peru", "said", "the", "talks", "failed", "."],
     ["B-ORG", "O", "O", "O", "O", "O"], "Peru"),
])
def test_a_country_own_name_tagged_alone_as_something_else(words: list[str], ents: list[str],
                                                           name: str) -> None:
    from eventwire.stages.geo.gazetteer import gazetteer
    from eventwire.stages.geo.orgplace import country_own_name

    doc = _tagged(words, ents)
    (ent,) = doc.ents
    assert country_own_name(ent, name, gazetteer().candidates(name))


@pytest.mark.parametrize(("words", "ents", "name"), [
    # a person of the article carries the name: the man, not the country
    (["Chad", "Daniels", "won", ".", "Chad", "said", "so", "."],
     ["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O", "O"], "Chad"),
    # the name's most populous reading is the US state, not the country
    (["Georgia", "voted", "late", "."], ["B-ORG", "O", "O", "O"], "Georgia"),
    # "Congo" is no country's own name in the gazetteer (two republics)
    (["Congo", "replied", "."], ["B-PERSON", "O", "O"], "Congo"),
])
def test_a_name_that_is_not_surely_the_country_is_left(words: list[str], ents: list[str],
                                                       name: str) -> None:
    from eventwire.stages.geo.gazetteer import gazetteer
    from eventwire.stages.geo.orgplace import country_own_name

    doc = _tagged(words, ents)
    ent = [e for e in doc.ents if e.text == name][-1]
    assert not country_own_name(ent, name, gazetteer().candidates(name))


@pytest.mark.parametrize(("words", "pos", "ents", "name"), [
    (["Veterans", "of", "the", "Vietnam", "war", "met", "."],
     ["NOUN", "ADP", "DET", "PROPN", "NOUN", "VERB", "PUNCT"],
     ["O", "O", "B-EVENT", "I-EVENT", "I-EVENT", "O", "O"], "Vietnam"),
    (["Sri", "Lanka", "-", "approximately", "900", "."],
     ["PROPN", "PROPN", "PUNCT", "ADV", "NUM", "PUNCT"],
     ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O"], "Sri Lanka"),
    (["The", "Kenya", "drought", "appeal", "closed", "."],
     ["DET", "PROPN", "NOUN", "NOUN", "VERB", "PUNCT"],
     ["B-EVENT", "I-EVENT", "I-EVENT", "O", "O", "O"], "Kenya"),
])
def test_a_country_own_name_opening_an_event_or_person_entity(words: list[str], pos: list[str],
                                                              ents: list[str], name: str) -> None:
    import spacy
    from spacy.tokens import Doc

    from eventwire.stages.geo.orgplace import country_prefix

    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, ents=ents)
    (ent,) = doc.ents
    span = ent[1:] if ent[0].lower_ == "the" else ent
    found = country_prefix(ent, span)
    assert found is not None and found[0].text == name and found[1][0].feature == "country"


@pytest.mark.parametrize(("words", "pos", "ents"), [
    (["Jordan", "Peterson", "spoke", "."], ["PROPN", "PROPN", "VERB", "PUNCT"],
     ["B-PERSON", "I-PERSON", "O", "O"]),  # a person's name
    (["Chad", "Daniels", "left", "."], ["PROPN", "PROPN", "VERB", "PUNCT"],
     ["B-PERSON", "I-PERSON", "O", "O"]),
    (["The", "Peru", "office", "shut", "."], ["DET", "PROPN", "NOUN", "VERB", "PUNCT"],
     ["B-ORG", "I-ORG", "I-ORG", "O", "O"]),  # organisations: recognize._leading_place
])
def test_no_country_prefix_before_a_proper_noun_or_in_an_organisation(
        words: list[str], pos: list[str], ents: list[str]) -> None:
    import spacy
    from spacy.tokens import Doc

    from eventwire.stages.geo.orgplace import country_prefix

    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, ents=ents)
    (ent,) = doc.ents
    assert country_prefix(ent, ent[1:] if ent[0].lower_ == "the" else ent) is None


@pytest.mark.parametrize(("words", "heads", "deps", "lemmas"), [
    # "Jordan was the best player ." — the subject of "be" with a person complement
    (["Jordan", "was", "the", "best", "player", "."], [1, 1, 4, 4, 1, 1],
     ["nsubj", "ROOT", "det", "amod", "attr", "punct"],
     ["Jordan", "be", "the", "good", "player", "."]),
    (["Chad", "is", "a", "nurse", "."], [1, 1, 3, 1, 1],
     ["nsubj", "ROOT", "det", "attr", "punct"], ["Chad", "be", "a", "nurse", "."]),
    (["Israel", "was", "the", "first", "driver", "home", "."], [1, 1, 4, 4, 1, 1, 1],
     ["nsubj", "ROOT", "det", "amod", "attr", "advmod", "punct"],
     ["Israel", "be", "the", "first", "driver", "home", "."]),
])
def test_a_person_tagged_name_defined_as_a_person_is_no_country(
        words: list[str], heads: list[int], deps: list[str], lemmas: list[str]) -> None:
    import spacy
    from spacy.tokens import Doc

    from eventwire.stages.geo.gazetteer import gazetteer
    from eventwire.stages.geo.orgplace import country_own_name

    ents = ["B-PERSON"] + ["O"] * (len(words) - 1)
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas,
              ents=ents)
    (ent,) = doc.ents
    assert not country_own_name(ent, words[0], gazetteer().candidates(words[0]))


def test_a_person_tagged_name_whose_complement_is_no_person_stays_the_country() -> None:
    import spacy
    from spacy.tokens import Doc

    from eventwire.stages.geo.gazetteer import gazetteer
    from eventwire.stages.geo.orgplace import country_own_name

    words = ["Jordan", "is", "a", "key", "ally", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 4, 4, 1, 1],
              deps=["nsubj", "ROOT", "det", "amod", "attr", "punct"],
              lemmas=["Jordan", "be", "a", "key", "ally", "."],
              ents=["B-PERSON", "O", "O", "O", "O", "O"])
    (ent,) = doc.ents
    assert country_own_name(ent, "Jordan", gazetteer().candidates("Jordan"))


@pytest.mark.parametrize(("words", "heads", "deps"), [
    # "Chad told reporters he would appeal ." — the reported clause's subject is "he"
    (["Chad", "told", "reporters", "he", "would", "appeal", "."], [1, 1, 1, 5, 5, 1, 1],
     ["nsubj", "ROOT", "dobj", "nsubj", "aux", "ccomp", "punct"]),
    # "Jordan said she was tired ."
    (["Jordan", "said", "she", "was", "tired", "."], [1, 1, 3, 1, 3, 1],
     ["nsubj", "ROOT", "nsubj", "ccomp", "acomp", "punct"]),
    # "Mali insisted he had been paid ." — a passive reported clause
    (["Mali", "insisted", "he", "had", "been", "paid", "."], [1, 1, 5, 5, 5, 1, 1],
     ["nsubj", "ROOT", "nsubjpass", "aux", "auxpass", "ccomp", "punct"]),
])
def test_a_person_tagged_name_reporting_as_he_or_she_is_no_country(
        words: list[str], heads: list[int], deps: list[str]) -> None:
    import spacy
    from spacy.tokens import Doc

    from eventwire.stages.geo.gazetteer import gazetteer
    from eventwire.stages.geo.orgplace import country_own_name

    ents = ["B-PERSON"] + ["O"] * (len(words) - 1)
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, ents=ents)
    (ent,) = doc.ents
    assert not country_own_name(ent, words[0], gazetteer().candidates(words[0]))


@pytest.mark.parametrize(("words", "heads", "deps"), [
    # "Kenya said it would send troops ." — a country says "it"
    (["Kenya", "said", "it", "would", "send", "troops", "."], [1, 1, 4, 4, 1, 4, 1],
     ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj", "punct"]),
    # "Gabon expelled him after he spoke ." — "he" is not the subject of a reported clause
    (["Gabon", "expelled", "him", "after", "he", "spoke", "."], [1, 1, 1, 5, 5, 1, 1],
     ["nsubj", "ROOT", "dobj", "mark", "nsubj", "advcl", "punct"]),
    # "Officials said he left Peru ." — the name is no subject
    (["Officials", "said", "he", "left", "Peru", "."], [1, 1, 3, 1, 3, 1],
     ["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "punct"]),
])
def test_a_person_tagged_name_with_no_he_or_she_of_its_own_stays_the_country(
        words: list[str], heads: list[int], deps: list[str]) -> None:
    import spacy
    from spacy.tokens import Doc

    from eventwire.stages.geo.gazetteer import gazetteer
    from eventwire.stages.geo.orgplace import country_own_name

    name = next(w for w in words if w in ("Kenya", "Gabon", "Peru"))
    ents = ["B-PERSON" if w == name else "O" for w in words]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, ents=ents)
    (ent,) = doc.ents
    assert country_own_name(ent, name, gazetteer().candidates(name))


@pytest.mark.parametrize(("words", "pos", "ents"), [
    # a product named after a country names a kind of thing, not the place
    (["Panama", "hats", "sold", "out", "."], ["PROPN", "NOUN", "VERB", "ADP", "PUNCT"],
     ["B-PRODUCT", "I-PRODUCT", "O", "O", "O"]),
    (["Jordan", "1", "sneakers", "sold", "."], ["PROPN", "NUM", "NOUN", "VERB", "PUNCT"],
     ["B-PRODUCT", "I-PRODUCT", "I-PRODUCT", "O", "O"]),
    (["Brazil", "nut", "oil", "spilled", "."], ["PROPN", "NOUN", "NOUN", "VERB", "PUNCT"],
     ["B-PRODUCT", "I-PRODUCT", "I-PRODUCT", "O", "O"]),
])
def test_no_country_prefix_in_a_product(words: list[str], pos: list[str],
                                        ents: list[str]) -> None:
    import spacy
    from spacy.tokens import Doc

    from eventwire.stages.geo.orgplace import country_prefix

    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, ents=ents)
    (ent,) = doc.ents
    assert country_prefix(ent, ent) is None
