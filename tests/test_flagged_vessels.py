"""Class *a merchant ship is of the state whose flag it flies*
(eventwire/stages/events/flagged_vessels.py). Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.flagged_vessels import flag_country
from tests.conftest import event_with_trigger


@pytest.mark.parametrize("text,trigger,country", [
    ("An Indian warship said pirates had attacked a merchant vessel flying the Panamanian "
     "flag near Yemen. The pirates fired at the vessel from two skiffs.", "fired", "PAN"),
    ("Somali pirates tried to hijack the Liberian-flagged merchant ship off Oman. Gunmen "
     "fired on the ship before commandos arrived.", "fired", "LBR"),
    ("Yemeni gunmen attacked a Maltese vessel, the Sea Star, off Aden. The navy said the "
     "pirates had fired on the vessel for an hour.", "fired", "MLT"),
    ("India's navy said its commandos had boarded a merchant vessel flying the Togolese flag "
     "off Somalia. Indian officials said Somali pirates had fired at the vessel.", "fired",
     "TGO"),
])
def test_the_ship_takes_its_flag(event_pipe: Pipeline, text: str, trigger: str,
                                 country: str) -> None:
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.country == country, ev.recipient
    assert ev.recipient.sectors == ["BUS"], ev.recipient


def test_two_flags_decide_nothing(event_pipe: Pipeline) -> None:
    ev = event_with_trigger(event_pipe, "Pirates attacked a Greek tanker and a "
                            "Panamanian-flagged freighter off Somalia. They fired on the "
                            "vessel for an hour.", "fired")
    assert ev.recipient is None or ev.recipient.country not in ("PAN", "GRC"), ev.recipient



@pytest.mark.parametrize("text,trigger,country", [
    ("Pirates fired on a Panamanian-flagged freighter off Somalia on Monday. Commandos later "
     "boarded the vessel and freed the crew. Last year pirates held a Greek tanker for a "
     "month.", "boarded", "PAN"),
    ("A merchant vessel flying the Maltese flag was attacked near Aden. The gunmen fired at "
     "the vessel for an hour. In March a Liberian tanker was hijacked nearby.", "fired", "MLT"),
    ("The Nigerian navy said a Togolese-registered cargo ship was boarded by gunmen off "
     "Lagos. The raiders looted the ship. Earlier a Saudi supertanker had been freed.",
     "looted", "TGO"),
])
def test_a_ship_recalled_later_is_no_second_flag(event_pipe: Pipeline, text: str,
                                                 trigger: str, country: str) -> None:
    """The story's ship is named first; a ship recalled as background in a
    later sentence does not cancel its flag (recip46)."""
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.country == country, ev.recipient


@pytest.mark.parametrize("text,trigger,country", [
    ("Greek officials said a Maltese cargo ship was stopped near Crete. Smugglers had tried "
     "to board the ship, the Greek coast guard said.", "board", "MLT"),
    ("Kenyan police said a Tanzanian cargo ship was stopped off Mombasa. Gunmen had tried to "
     "board the ship at night, Kenyan police said.", "board", "TZA"),
    ("Spanish officials said a Moroccan cargo vessel was found adrift near Cadiz. Smugglers "
     "had tried to hijack the vessel, the Spanish navy said.", "hijack", "MAR"),
])
def test_an_unnamed_vessel_coded_by_the_story_takes_the_flag(
        event_pipe: Pipeline, text: str, trigger: str, country: str) -> None:
    """An unnamed target ("the ship") takes the story's country only as a
    guess; the flag the story names beats it (recip46)."""
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.country == country, ev.recipient


def test_a_vessel_coded_by_the_story_flags_nothing(event_pipe: Pipeline) -> None:
    """A vessel mention whose country is only the story's guess (rule
    ``+home``) is no second flag beside the one the text names."""
    ev = event_with_trigger(event_pipe, "The Indian navy said its frigate had rescued a "
                            "merchant vessel off Yemen. The vessel was flying the Togolese "
                            "flag. Pirates had fired at the merchant vessel for an hour.", "fired")
    assert ev.recipient is not None and ev.recipient.country == "TGO", ev.recipient


@pytest.mark.parametrize("text,trigger,wrong", [
    # a state that registers or flags something as the subject of a verb
    ("Kenya registered a protest with Somalia after pirates seized a cargo ship off Lamu. "
     "Gunmen fired on the ship for an hour.", "fired", "KEN"),
    ("Norway flagged the risk to shipping days before gunmen boarded an oil tanker off Lagos. "
     "The pirates looted the tanker.", "looted", "NOR"),
    # a flag burned or waved is no ship's
    ("Protesters in Istanbul burned the Israeli flag outside the port. Later, masked men set "
     "fire to a cargo ship docked in the harbour and attacked the vessel.", "attacked", "ISR"),
])
def test_a_flag_no_ship_flies_flags_nothing(event_pipe: Pipeline, text: str, trigger: str,
                                            wrong: str) -> None:
    """Only a flag a ship flies or sails under, or a demonym before
    "-flagged"/"-registered" or on a vessel noun, names a flag: not a state
    that registers or flags something, nor a flag burned at a protest
    (review48)."""
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.recipient is None or ev.recipient.country != wrong, ev.recipient


@pytest.mark.parametrize("text,trigger,wrong", [
    ("Near Benghazi, a Russian naval vessel shadowed the convoy. Smugglers later rammed a "
     "cargo ship and boarded the vessel.", "boarded", "RUS"),
    ("In Mogadishu, an Indian naval ship docked on Friday. Pirates had boarded a cargo ship "
     "and fired at the vessel.", "fired", "IND"),
    ("Libyan officials said an Italian military ship picked up survivors near Tobruk on "
     "Sunday. Smugglers had rammed a cargo ship and boarded the vessel.", "boarded", "ITA"),
])
def test_a_state_vessel_flags_nothing(event_pipe: Pipeline, text: str, trigger: str,
                                      wrong: str) -> None:
    """A navy's or coast guard's vessel (naval, military, coast guard; MIL or
    GOV) is its state's, not a merchant flag (review48)."""
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.recipient is None or ev.recipient.country != wrong, ev.recipient


@pytest.mark.parametrize("text,country", [
    ("The Indian navy said pirates had attacked the Liberian-flagged MV Orca.", "LBR"),
    ("Port officials in Aden said a Maltese-registered bulk carrier was boarded.", "MLT"),
    ("A helicopter answered a call from the Kenyan-flagged MV Zawadi near Lamu.", "KEN"),
    ("Pirates fired on a cargo ship flying the Panamanian flag.", "PAN"),
])
def test_the_flag_country_named(event_pipe: Pipeline, text: str, country: str) -> None:
    """The word before "-flagged" / "-registered" names the flag ("flagged"
    has the lemma "flag" but is no flag noun, review48), as a flag flown does."""
    assert flag_country(event_pipe.nlp(text)) == country
