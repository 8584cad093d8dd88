"""A violent crime named as one particular act by its noun
(eventwire/stages/events/named_crimes.py, branch missed58; docs/annotation.md
"Vigils and charges", "Old crimes named with their date"). Every sentence
here was written for these tests (none from an evaluation set or a shared
data file)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.events.named_crimes import charged_act, named_crime
from tests.conftest import events_of


def word(nlp: Any, text: str, form: str) -> Any:
    return next(t for t in nlp(text) if t.text == form)


# in class: a count of victims, a name of its own, a named victim
@pytest.mark.parametrize(("text", "form", "mode"), [
    ("Detectives reopened the file on a triple murder in a farmhouse near Tralee.",
     "murder", None),
    ("The nephew was accused of double murder after the bodies were found in the barn.",
     "murder", None),
    ("Cashier Accused in Bremen Shooting Appears in Court", "Shooting", "firearms"),
    ("Police made no other arrests in connection with the double murders.", "murders", None),
    ("Shoppers fled the Dortmund shooting on Sunday, witnesses said.",
     "shooting", "firearms"),
    ("Witnesses said the Bergen stabbing had left the street in shock.",
     "stabbing", "primitive"),
    ("A court found the driver guilty in murder of Maria Olsen last spring.", "murder", None),
    ("Investigators linked the rifle to the shootings of Peter Vance and Ann Lowe.",
     "shootings", "firearms"),
])
def test_named_crime(spacy_nlp: Any, text: str, form: str, mode: str | None) -> None:
    assert named_crime(word(spacy_nlp, text, form)) == ("ASSAULT", mode)


# not in class: a charge, a modifier, a bare or generic noun, a quoted label
@pytest.mark.parametrize(("text", "form"), [
    ("The farmer was charged with murder on Tuesday, the prosecutor said.", "murder"),
    ("He was convicted of first-degree murder of a guard in 1994.", "murder"),
    ("She faces an attempted murder charge over the fire.", "murder"),
    ("The double murder trial opens in Leeds next week.", "murder"),
    ("The shooting suspect was held at the Dortmund station overnight.", "shooting"),
    ("Knife crime and shootings have fallen in the city since 2019.", "shootings"),
    ("The minister called the killing of the protesters 'murder' in parliament.", "murder"),
    # a verdict's crime; the setting of an act a harm verb or a crime noun tells
    ("Nurse Convicted of Triple Murder at Leeds Care Home", "Murder"),
    ("Gunman Kills Three Shoppers in Dortmund Mall Shooting", "Shooting"),
    ("Driver Admits to Murder of Jan Novak in Prague Shooting", "Shooting"),
])
def test_not_named_crime(spacy_nlp: Any, text: str, form: str) -> None:
    assert named_crime(word(spacy_nlp, text, form)) is None


def test_title_case_headline_crime_is_an_event(full_pipeline: Any) -> None:
    """The tagger reads "Lidl Shooting" as a firm's name; the crime is the act."""
    events = events_of(full_pipeline,
                       "Lidl Shooting: Gunman Held After Two Shoppers Wounded\n"
                       "A gunman wounded two shoppers at a Lidl store in Bremen on Monday, "
                       "police said.")
    assert any(e.trigger.text == "Shooting" and e.type == "ASSAULT" for e in events), \
        [(e.trigger.text, e.type) for e in events]


def test_bare_charge_stays_no_event(full_pipeline: Any) -> None:
    events = events_of(full_pipeline,
                       "The farmer was charged with murder on Tuesday, the prosecutor said.")
    assert not any(e.trigger.text == "murder" for e in events)


# a violent act a charge or an accusation names by its verb, with its victim
@pytest.mark.parametrize(("text", "form", "expected"), [
    ("The landlord was accused of killing his tenant in 2019.", "killing", True),
    ("Two brothers were charged with murdering a shopkeeper in Leeds.", "murdering", True),
    ("A guard was convicted of stabbing an inmate at the prison.", "stabbing", True),
    # no victim: the charge's name; not a charge word; not a harm verb
    ("He was accused of killing before, the prosecutor said.", "killing", False),
    ("She was praised for killing the proposal in committee.", "killing", False),
    ("The firm was accused of hiding the losses from investors.", "hiding", False),
])
def test_charged_act(spacy_nlp: Any, text: str, form: str, expected: bool) -> None:
    assert charged_act(word(spacy_nlp, text, form)) is expected


def test_charged_act_kept_past_the_filter(full_pipeline: Any) -> None:
    events = events_of(full_pipeline,
                       "A trial date was set for the nephew accused of killing his uncle "
                       "and aunt at their farm.")
    assert any(e.trigger.text == "killing" and e.type == "ASSAULT" for e in events), \
        [(e.trigger.text, e.type) for e in events]
