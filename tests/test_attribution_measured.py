"""Class *an earlier event measured from a statement's tag*
(eventwire/stages/attribution/measured.py, branch modality26), on the full
pipeline: every sentence written for these tests, none taken from an
evaluation set."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.models import Article
from tests.test_attribution_chains import chains


def modality(pipe: Any, text: str, trigger: str) -> str:
    art = Article(text=text, id="t", published=date(2021, 4, 2), outlet="Wire")
    ((_, _doc, events),) = list(pipe.extract([art]))
    return next(e.mention.factuality.modality for e in events
                if e.mention.trigger.text == trigger)


# the outlet tells the earlier event: no speaker, asserted
@pytest.mark.parametrize("text,trigger", [
    ("Lagos expelled the consul on Friday, the foreign ministry said, a week after Accra "
     "arrested three Nigerian traders.", "arrested"),
    ("ACCRA, May 3 (Wire) - Ghana closed its embassy in Lagos and recalled its ambassador "
     "for consultations, the presidency said, a day after Nigeria expelled four Ghanaian "
     "diplomats.", "expelled"),
    ("Chile suspended all flights to Lima on Wednesday, the transport minister said, three "
     "days after Peruvian troops seized a Chilean fishing boat.", "seized"),
    ("Rebels shot down an army helicopter near the border, a spokesman said, two weeks after "
     "the government accused them of massacring villagers.", "accused"),
    # review37: a relative clause inside a statement told in the adjunct is
    # still the outlet's ("rebels who burned three villages")
    ("Uganda recalled its envoy from Kinshasa, the foreign ministry said, a week after the "
     "president accused Congo of arming rebels who burned three villages.", "burned"),
])
def test_event_measured_from_a_tag_is_the_outlets(full_pipeline: Any, text: str,
                                                  trigger: str) -> None:
    assert "speaker" not in chains(full_pipeline, text)[trigger]
    assert modality(full_pipeline, text, trigger) == "asserted"


# look-alikes that stay the speaker's: the adjunct inside a preposed statement,
# an unmeasured "after", the statement's own act before its tag
@pytest.mark.parametrize("text,trigger,speaker", [
    ("Police said the suspect was arrested hours after the bombing.", "arrested", "Police"),
    ("The governor said troops withdrew two days after militants attacked the base.",
     "attacked", "The governor"),
    ("Soldiers shelled the village on Monday, the army said, two days after rebels attacked "
     "a checkpoint near the border.", "shelled", "the army"),
])
def test_speakers_own_claims_stay_reported(full_pipeline: Any, text: str, trigger: str,
                                           speaker: str) -> None:
    assert chains(full_pipeline, text)[trigger]["speaker"] == [speaker]
    assert modality(full_pipeline, text, trigger) == "reported"


# review37: the adjunct inside the quotation marks of a split direct quotation
# is the speaker's own words, not the outlet's narration
@pytest.mark.parametrize("text,trigger,speaker", [
    ('"We closed the border on Friday," the minister said, "two days after the rebels '
     'attacked our posts."', "attacked", "the minister"),
    ('"Our patrol left the valley," a police spokesman said, "hours before the gunmen '
     'burned the school."', "burned", "a police spokesman"),
])
def test_adjunct_inside_quotation_marks_stays_the_speakers(full_pipeline: Any, text: str,
                                                           trigger: str, speaker: str) -> None:
    assert chains(full_pipeline, text)[trigger]["speaker"] == [speaker]
    assert modality(full_pipeline, text, trigger) == "reported"


# review37: the module's own example, an adjunct between the speech verb and
# its complement's "that" (spaCy hangs it on the reported verb): it dates the
# speech act, so the event in it is the outlet's
@pytest.mark.parametrize("text,trigger", [
    ("The minister told reporters on Tuesday, hours before the militia seized the airport, "
     "that talks had failed.", "seized"),
    ("The spokesman said on Monday, a day after rebels shelled the port, that the truce was "
     "over.", "shelled"),
])
def test_adjunct_before_the_complements_that_is_the_outlets(full_pipeline: Any, text: str,
                                                            trigger: str) -> None:
    assert "speaker" not in chains(full_pipeline, text)[trigger]
    assert modality(full_pipeline, text, trigger) == "asserted"


# review37: a statement told inside the adjunct keeps its own speaker (the
# outlet tells the claim, not what was claimed)
@pytest.mark.parametrize("text,trigger,speaker", [
    ("Troops pulled out of the town, the army said, two days after rebels claimed they had "
     "captured the airport.", "captured", "rebels"),
    ("Kenya shut the crossing, the interior ministry said, a week after Somali officials said "
     "militants had attacked a border post.", "attacked", "Somali officials"),
])
def test_statement_inside_the_adjunct_keeps_its_speaker(full_pipeline: Any, text: str,
                                                        trigger: str, speaker: str) -> None:
    assert chains(full_pipeline, text)[trigger]["speaker"] == [speaker]
    assert modality(full_pipeline, text, trigger) == "reported"


# review37: an adjunct in the present (a future event the speaker foresees)
# cannot date a past statement: it stays the speaker's
@pytest.mark.parametrize("text,trigger,speaker", [
    ("Foreign troops will leave the country, the defence minister said, two weeks after the "
     "new parliament is sworn in.", "sworn", "the defence minister"),
    ("Peacekeepers will withdraw from the city, the UN said, a month after the militias hand "
     "over their weapons.", "hand", "the UN"),
])
def test_future_adjunct_stays_the_speakers(full_pipeline: Any, text: str, trigger: str,
                                           speaker: str) -> None:
    assert chains(full_pipeline, text)[trigger]["speaker"] == [speaker]
    assert modality(full_pipeline, text, trigger) != "asserted"


def test_one_list_of_time_units() -> None:
    """review37: the measure's units are the ones the narration adjuncts of
    ``clauses.py`` use, one list (``measured_time_units`` in cues.yaml)."""
    from eventwire.nlp.cues import default_cues
    from eventwire.stages.attribution import clauses, measured

    assert measured.UNITS is clauses.TIME_UNITS
    assert clauses.TIME_UNITS == default_cues().words("measured_time_units")
