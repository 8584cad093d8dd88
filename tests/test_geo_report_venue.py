"""The class of ``eventwire/stages/geo/report_venue.py`` (place34): the
venue of a report does not place the material act it reports. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.geo.place_scope import VARIANTS
from tests.test_geo_event_place import name_of, place


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(progress=False))


@pytest.mark.parametrize("text,trigger,venue", [
    ("The interior minister told reporters in Mombasa that police had arrested 40 looters "
     "overnight.", "arrested", "Mombasa"),
    ("A regional army spokesman said in Kandahar that soldiers killed six insurgents in a raid.",
     "killed", "Kandahar"),
    ("The mayor said at a news conference in Tucson that police had detained nine men.",
     "detained", "Tucson"),
    ("Soldiers fought the gunmen again at dawn, killing three, a police spokesman told "
     "reporters in Kisumu.", "fought", "Kisumu"),
])
def test_the_venue_of_a_report_does_not_place_the_act(
        pipe: Pipeline, text: str, trigger: str, venue: str) -> None:
    """A locative on the reporting verb ("said in X", "told reporters in
    X", "said at a news conference in X") is where the report was
    made, not where the reported act happened."""
    assert name_of(place(pipe, text, trigger)) != venue


@pytest.mark.parametrize("text,trigger,where", [
    ('"We reject these claims," the foreign minister told reporters in Lusaka.', "reject",
     "Lusaka"),
    ("Rebels attacked a convoy in Kandahar on Sunday, the spokesman said.", "attacked",
     "Kandahar"),
    ("Soldiers shot dead two protesters in Harare on Monday, witnesses told reporters.", "shot",
     "Harare"),
    ("Police announced in Kano the arrest of 40 men.", "arrest", "Kano"),
])
def test_a_verbal_act_or_the_acts_own_place_is_kept(
        pipe: Pipeline, text: str, trigger: str, where: str) -> None:
    """The speaker's own verbal act is made where it is said; an act's own
    locative still places it; an act that is the report's object ("announced
    in Kano the arrest") is no content clause."""
    assert name_of(place(pipe, text, trigger)) == where


@pytest.mark.parametrize("text,trigger,where", [
    ("Violence was also reported in Tamale, where youths burned tyres.", "burned", "Tamale"),
    ("In Kabul, officials said that gunmen had killed four guards.", "killed", "Kabul"),
])
def test_a_passive_report_or_a_fronted_locative_still_places(
        pipe: Pipeline, text: str, trigger: str, where: str) -> None:
    """"was reported in X" places what is reported; a locative before the
    reporting verb sets the whole sentence's scene."""
    assert name_of(place(pipe, text, trigger)) == where


def test_the_flag_switches_the_class_off(pipe: Pipeline,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The interior minister told reporters in Mombasa that police had arrested 40 looters."
    monkeypatch.setitem(VARIANTS, "report_venue", False)
    assert name_of(place(pipe, text, "arrested")) == "Mombasa"


@pytest.mark.parametrize("text,trigger,where", [
    ('"Gunmen stormed the checkpoint here last night," the governor told reporters in Kandahar.',
     "stormed", "Kandahar"),
    ("The mayor said in Tucson that police had arrested nine men here overnight.", "arrested",
     "Tucson"),
    ('"Troops burned two markets in this city on Friday," the bishop told journalists in Goma.',
     "burned", "Goma"),
])
def test_an_act_the_report_puts_here_is_at_the_venue(
        pipe: Pipeline, text: str, trigger: str, where: str) -> None:
    """"here" or "this city" in the reported act's own clause points to
    where the speaker stands: the venue places the act."""
    assert name_of(place(pipe, text, trigger)) == where


@pytest.mark.parametrize("text,trigger,venue", [
    ("The governor claimed in Lagos that soldiers had shot dead four protesters.", "shot",
     "Lagos"),
    ("The army confirmed in Kano on Tuesday that troops had arrested 12 suspects.", "arrested",
     "Kano"),
    ("The deputy minister denied in Kabul that troops had killed civilians.", "killed", "Kabul"),
])
def test_every_verb_that_introduces_words_has_a_venue(
        pipe: Pipeline, text: str, trigger: str, venue: str) -> None:
    """"claimed in X that", "confirmed in X that", "denied in X that": any
    verb that introduces someone's words (``speech_verbs``), not only the
    neutral ones of factuality."""
    assert name_of(place(pipe, text, trigger)) != venue


@pytest.mark.parametrize("text,trigger,venue", [
    ("At a news conference in Kabul, the minister said police had arrested five suspects.",
     "arrested", "Kabul"),
    ("At a briefing in Juba, the army spokesman said soldiers had killed 12 rebels.", "killed",
     "Juba"),
    ("At a press briefing in Harare on Monday, the police commissioner said officers had "
     "seized 200 rifles.", "seized", "Harare"),
])
def test_a_fronted_news_conference_is_still_the_venue(
        pipe: Pipeline, text: str, trigger: str, venue: str) -> None:
    """A fronted locative sets the scene ("In Kabul, officials said"), but
    one inside a briefing or news conference before the reporting verb
    is where the report was made."""
    assert name_of(place(pipe, text, trigger)) != venue


@pytest.mark.parametrize("text,trigger,where", [
    ("Among supporters in Kano, witnesses said soldiers had fired into the air.", "fired",
     "Kano"),
    ("Alongside reporters in Goma, aid workers said rebels had looted the clinic.", "looted",
     "Goma"),
    ("In a crowd in Harare, witnesses said police had beaten two students.", "beaten",
     "Harare"),
])
def test_a_fronted_audience_is_the_scene(
        pipe: Pipeline, text: str, trigger: str, where: str) -> None:
    """Fronted, only a briefing or news conference is a venue: the
    speakers among an audience or the press are at the scene."""
    assert name_of(place(pipe, text, trigger)) == where
