"""Class *a state's unnamed force in its own report* (recip62,
``actors/reported_forces``): a state body reporting what bare "soldiers",
"a navy patrol", "guards" did speaks of its own force, even when the story
is about the other side's country. Controls: a rights group's report, a
force whose phrase names its country. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline, extract
from eventwire.settings import Settings


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings())


def _country(pipe: Pipeline, text: str, trigger: str, role: str) -> str | None:
    """The country of the actor or recipient of the event on ``trigger``."""
    for event in extract(text, published="2025-03-10", pipeline=pipe):
        if event.mention.trigger.text == trigger:
            who = getattr(event.mention, role)
            if who is not None:
                return who.country
    raise AssertionError(f"no event with a {role} on {trigger!r}")


@pytest.mark.parametrize("text,trigger,role,country", [
    ("Settlers attacked a Palestinian village near Ramallah. Palestinian officials "
     "condemned the raid. The Israeli military said troops had been sent to the village "
     "and that soldiers fired at men who threw rocks.", "fired", "actor", "ISR"),
    ("Guyana accused Venezuela of violating its waters. Guyanese officials protested in "
     "Georgetown. Venezuela's defence ministry said a navy patrol had intercepted a boat "
     "carrying contraband fuel.", "intercepted", "actor", "VEN"),
    ("Mexico protested after a migrant was shot near the border. Mexican officials "
     "demanded an inquiry in Ciudad Juarez. The US Border Patrol said agents fired after "
     "the man threw rocks.", "fired", "actor", "USA"),
    ("Colombia protested after a Colombian farmer was killed near Cucuta. Colombian "
     "officials blamed Venezuela. Venezuela's interior ministry said police had arrested "
     "smugglers near San Antonio del Tachira.", "arrested", "actor", "VEN"),
])
def test_a_state_reports_its_own_force(pipe: Pipeline, text: str, trigger: str, role: str,
                                       country: str) -> None:
    assert _country(pipe, text, trigger, role) == country


@pytest.mark.parametrize("text,trigger,role,country", [
    # a rights group's report is about the story's soldiers
    ("Human Rights Watch said soldiers beat detainees in a prison in Bamako, Mali. "
     "Mali's government denied it.", "beat", "actor", "MLI"),
    # the force's own phrase names its country
    ("Ukrainian officials said Russian troops shelled Kharkiv. Ukraine's army said "
     "Russian soldiers attacked a village near Kupiansk.", "attacked", "actor", "RUS"),
    # the same state's report: nothing changes
    ("Protesters clashed with police in Tbilisi, Georgia. The Georgian interior ministry "
     "said police detained 40 people.", "detained", "actor", "GEO"),
])
def test_other_reports_keep_their_country(pipe: Pipeline, text: str, trigger: str,
                                          role: str, country: str) -> None:
    assert _country(pipe, text, trigger, role) == country


def test_say_verbs_are_a_deliberate_subset_of_the_speech_cues() -> None:
    """tidy64: ``SAY_VERBS`` is kept apart from the cue lists on purpose (its
    docstring): every verb is an attribution speech cue, the loaded ones
    ("warn", "accuse", "threaten", "urge", "demand") stay out, and it is
    neither ``speech_verbs``, nor ``reporting_verbs``, nor first_person's."""
    from eventwire.nlp.cues import default_cues
    from eventwire.stages.actors.first_person import SPEECH_VERBS as QUOTING
    from eventwire.stages.actors.reported_forces import SAY_VERBS

    cues = default_cues()
    assert SAY_VERBS < cues.words("speech_verbs")
    assert not SAY_VERBS & {"warn", "accuse", "threaten", "urge", "demand"}
    assert SAY_VERBS - cues.words("reporting_verbs") == {"confirm", "deny", "insist", "claim"}
    assert SAY_VERBS != QUOTING
