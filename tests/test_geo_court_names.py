"""Class *a court step at a court named by its town* (place42,
``eventwire/stages/geo/court_names.py``): the town inside a court's name
("the Kabwe Magistrates Court") is found, and an appearance, arraignment
or hearing "at" / "in" / "before" that court is placed at the town; a
court, judge, jury or magistrates named with its town and doing the act
places it there too (place43, docs/annotation.md relabel55 (a)).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from tests.test_geo_event_place import name_of, place


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(progress=False))


@pytest.mark.parametrize(("text", "trigger", "town"), [
    ("The suspect will appear at Leeds Magistrates' Court on Monday.", "appear", "Leeds"),
    ("She was arraigned on Tuesday in Fall River District Court on a murder charge.",
     "arraigned", "Fall River"),
    ("A bail hearing was set for Friday at Carlisle Crown Court.", "hearing", "Carlisle"),
    ("Two men charged with the robbery appeared before Cardiff Crown Court on Wednesday.",
     "appeared", "Cardiff"),
    ("The two men were charged with arson and will appear in the Kabwe Magistrates Court "
     "on Friday.", "appear", "Kabwe"),
    ("The nurse is due to be arraigned in Lowell District Court on Thursday.",
     "arraigned", "Lowell"),
    # the NER model stops before "Court": "the Mamelodi Magistrate's" + "Court"
    ("Six miners were detained after the march and would appear in the Mamelodi "
     "Magistrate's Court on Tuesday.", "appear", "Mamelodi"),
    # a borough's name the gazetteer lacks: its leading town of 10,000+
    ("The builder was refused bail and will appear at Stratford East Magistrates' Court "
     "on Monday.", "appear", "Stratford"),
])
def test_a_court_step_at_a_court_named_by_its_town(pipe: Pipeline, text: str, trigger: str,
                                                    town: str) -> None:
    assert name_of(place(pipe, text, trigger)) == town


@pytest.mark.parametrize(("text", "trigger"), [
    # a court with no town: a nation's or a world court
    ("The Supreme Court rejected the appeal on Monday.", "rejected"),
    ("Protesters gathered outside the International Court of Justice on Monday.",
     "gathered"),
    # a court appearance with no named court
    ("The man was arrested on Sunday and will appear in court on Monday.", "appear"),
    # a court named after its nation, not a town
    ("Members of the Kenya Court of Appeal rejected the petition on Monday.", "rejected"),
])
def test_no_town_no_court_place(pipe: Pipeline, text: str, trigger: str) -> None:
    assert place(pipe, text, trigger) is None


def test_a_court_of_another_verb_places_nothing_by_this_class(pipe: Pipeline) -> None:
    # the court is the venue of "appear", not of the earlier charge's clause
    text = ("Police charged the driver with dangerous driving on Sunday, and he will appear "
            "at Bristol Magistrates' Court next week.")
    assert name_of(place(pipe, text, "appear")) == "Bristol"
    got = place(pipe, text, "charged")
    assert got is None or got.basis != "trigger"


@pytest.mark.parametrize(("text", "trigger", "town"), [
    ("A Swindon court jailed the burglar for six years on Thursday.", "jailed", "Swindon"),
    ("The couple were remanded in custody by Hull magistrates on Saturday.", "remanded",
     "Hull"),
    ("A Tulsa jury on Friday convicted the former sheriff of fraud.", "convicted", "Tulsa"),
    ("A Leeds Crown Court jury convicted the driver on Monday.", "convicted", "Leeds"),
    ("He was remanded in custody by Bolton magistrates on Tuesday.", "remanded", "Bolton"),
    ("A judge in Kisumu sentenced the two men to death on Wednesday.", "sentenced", "Kisumu"),
    # a headline, by its own words
    ("Dundee court jails nurse for theft", "jails", "Dundee"),
])
def test_a_court_named_with_its_town_acts_there(pipe: Pipeline, text: str, trigger: str,
                                                town: str) -> None:
    """Class *a court acts at its seat* (place43, relabel55 (a))."""
    assert name_of(place(pipe, text, trigger)) == town


@pytest.mark.parametrize(("text", "trigger", "other"), [
    # a jurisdiction, not a town: a state, a province, a nation's court
    ("A Texas jury convicted the former sheriff of fraud on Friday.", "convicted", "Texas"),
    ("The Ontario court fined the company on Monday.", "fined", "Ontario"),
    ("A Thai court sentenced the activist to two years on Monday.", "sentenced", "Thai"),
    # a capital named as its country is ("Sao Tome" of Sao Tome and Principe)
    ("Sao Tome court jails former minister", "jails", "Sao Tome"),
    ("The Supreme Court sentenced the former minister to ten years on Monday.", "sentenced",
     "Supreme"),
    # a court named in a quote about another country, not the speaker's act
    ('Kenyan lawyers in Nairobi condemned the ruling, saying "no Paris court would jail a '
     'man for a tweet".', "condemned", "Paris"),
    # the judge's home town, not the court's
    ("A judge from Leeds sentenced the man in Bristol on Friday.", "sentenced", "Leeds"),
    # a court the act is brought before, not its doer
    ("The farmers will sue the company before a Denver judge next year.", "sue", "Denver"),
])
def test_a_court_not_named_by_its_town_or_not_the_doer(pipe: Pipeline, text: str,
                                                       trigger: str, other: str) -> None:
    got = place(pipe, text, trigger)
    assert got is None or other not in got.text


@pytest.mark.parametrize("text", [
    "A Norwalk jury convicted the man, and a Leeds court jailed his brother.",
    "The Judge said the jury and the magistrates had heard the Court's tribunal witnesses.",
    "Nothing about courts here, only a JURY of readers.",
])
def test_doer_towns_reads_the_doer_nouns_of_the_word_column(spacy_nlp, text) -> None:  # type: ignore[no-untyped-def]
    """speed42: ``doer_towns`` visits the positions ``where_lower`` gives,
    the same words (in text order) the loop over every Token tested."""
    from eventwire.nlp.arrays import where_lower
    from eventwire.stages.geo.court_names import DOER_NOUNS, doer_towns

    doc = spacy_nlp(text)
    assert where_lower(doc, DOER_NOUNS) == [t.i for t in doc if t.lower_ in DOER_NOUNS]
    found = [span.text for span, _ in doer_towns(doc, set())]
    assert found == sorted(found, key=text.index)


def test_country_heads_answer_as_the_walk_over_the_countries() -> None:
    """speed51: ``jurisdiction``'s "opens a country's name" test reads a
    set of the countries' leading words, built once per gazetteer; it
    answers as the walk over every country did, for names that open a
    country's name, that are one, that only start like one, and towns."""
    from eventwire.stages.geo.court_names import _country_heads
    from eventwire.stages.geo.gazetteer import gazetteer, normalise

    gaz = gazetteer()
    names = ["Sao Tome", "Sao", "South", "South Sudan", "United", "United States",
             "Bosnia", "Papua New", "Trinidad", "Leeds", "Fall River", "Kabwe", "New",
             "Saint", "Sri", "Costa", "Costa R", "", "Central African", "Guinea"]
    names += [c.name for c in gaz.countries().values()]
    heads = _country_heads(gaz)
    assert _country_heads(gaz) is heads  # read once
    for name in names:
        key = normalise(name)
        walk = any(normalise(c.name).startswith(key + " ") for c in gaz.countries().values())
        assert (key in heads) == walk, name
    assert "sao" in heads and "sao tome" in heads and "leeds" not in heads
