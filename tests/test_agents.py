"""Classes of eventwire/stages/events/agents.py (and the raising passive of
roles._subject): who does an act when the plain subject or possessor is
wrong. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger


@pytest.mark.parametrize("text,trigger,actor", [
    ("The Peruvian interior ministry said the march had been peaceful and urged "
     "organisers to keep it that way.", "urged", "ministry"),
    ("Chilean President Gabriel Boric said the strike was unlawful and accused truckers "
     "of blocking food supplies.", "accused", "Gabriel Boric"),
    ("The Serbian government denied that its troops had crossed the line and accused "
     "Pristina of staging the incident.", "accused", "government"),
    ("The Kenyan army said the convoy had been ambushed near the border, and warned "
     "villagers to stay indoors.", "warned", "army"),
])
def test_speech_act_after_a_reported_clause(event_pipe: Pipeline, text: str, trigger: str,
                                            actor: str) -> None:
    """Class *a speech act coordinated after a reported clause*: the speaker acts."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.actor is not None and actor in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,not_actor", [
    # a trailing attribution reports both acts
    ("Police raided the offices of the newspaper and ordered its staff out, the paper said.",
     "ordered", "paper"),
    # a non-finite conjunct shares the reported clause's modal
    ("The cabinet said Ankara would close the crossing and suspend all flights to Erbil.",
     "suspend", "cabinet"),
])
def test_reported_conjunct_limits(event_pipe: Pipeline, text: str, trigger: str,
                                  not_actor: str) -> None:
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is None or ev.actor is None or not_actor not in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger", [
    ("The Canadian prime minister condemned the bombing and offered condolences.", "bombing"),
    ("Amnesty International denounced the massacre in the strongest terms.", "massacre"),
    ("The senator called the raid a disgrace.", "raid"),
    ("The UN envoy welcomed the ceasefire.", "ceasefire"),
])
def test_the_evaluator_is_not_the_agent(event_pipe: Pipeline, text: str, trigger: str) -> None:
    """Class *the evaluator of an event is not its agent*."""
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is None or ev.actor is None, ev.actor


@pytest.mark.parametrize("text,trigger", [
    ('The mayor called the bombing "a cowardly act" and urged calm.', "bombing"),
    ('Opposition leaders called the raid on their offices "pure intimidation".', "raid"),
    ('The bishop called the killing of the two farmers "a wound to the whole nation".',
     "killing"),
])
def test_a_quoted_name_given_to_an_act(event_pipe: Pipeline, text: str, trigger: str) -> None:
    """Class *a quoted name given to an act* (actors62): the one who names
    it did not do it, whatever the parser makes of the quotation."""
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is None or ev.actor is None, ev.actor


@pytest.mark.parametrize("text,trigger,actor", [
    ('The miners\' union called a "general strike" at the copper mine.', "strike", "union"),
    ('The nurses\' union called a "national strike" in all public hospitals.', "strike",
     "union"),
    ('Students called a rally against the fee rise "to defend public education".', "rally",
     "Students"),
])
def test_a_convened_act_keeps_its_caller(event_pipe: Pipeline, text: str, trigger: str,
                                         actor: str) -> None:
    """Not a quoted name: a strike or march called (convened) is the
    caller's, a closing or later quotation mark notwithstanding."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.actor is not None and actor in ev.actor.text, ev.actor


def test_a_light_verb_still_names_the_agent(event_pipe: Pipeline) -> None:
    """Not evaluation: "launched an offensive" is the launcher's offensive."""
    ev = by_trigger(event_pipe, "The Sudanese army launched an offensive on Omdurman.")
    assert ev["offensive"].actor is not None and "army" in ev["offensive"].actor.text


@pytest.mark.parametrize("text,trigger,patient", [
    ("Supporters rallied in Kampala after Besigye's arrest.", "arrest", "Besigye"),
    ("Crowds gathered in Minsk to protest against Babariko's detention.", "detention",
     "Babariko"),
    ("The union demanded an inquiry into the journalist's abduction.", "abduction",
     "journalist"),
])
def test_patients_named_by_the_possessive(event_pipe: Pipeline, text: str, trigger: str,
                                          patient: str) -> None:
    """Class *patients named by the possessive*: the possessor undergoes the act."""
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is None or ev.actor is None or patient not in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,patient", [
    ("Students marched in Cali a week after the cashier's fatal shooting.", "shooting",
     "cashier"),
    ("Neighbours held a vigil in Durban over the schoolgirl's stabbing.", "stabbing",
     "schoolgirl"),
    ("The jury in Perth heard evidence about the farmer's slaying.", "slaying", "farmer"),
])
def test_the_victim_named_by_the_possessive_of_a_shooting(event_pipe: Pipeline, text: str,
                                                          trigger: str, patient: str) -> None:
    """Class *the victim named by the possessive of a shooting* (actors61)."""
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is None or ev.actor is None or patient not in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,actor", [
    ("Protests spread across Chicago after the police's fatal shooting on Friday.", "shooting",
     "police"),
    ("Crowds gathered after the gunman's shooting at the mall in Bangkok.", "shooting",
     "gunman"),
])
def test_a_shooter_named_by_the_possessive_keeps_the_act(event_pipe: Pipeline, text: str,
                                                         trigger: str, actor: str) -> None:
    """Not that class: a force or one who shoots is the shooting's doer."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.actor is not None and actor in ev.actor.text, ev.actor


def test_an_of_object_makes_the_possessor_the_agent(event_pipe: Pipeline) -> None:
    ev = by_trigger(event_pipe, "Russia's expulsion of ten diplomats angered Berlin.")
    assert ev["expulsion"].actor is not None and ev["expulsion"].actor.country == "RUS"


@pytest.mark.parametrize("text,trigger,actor", [
    ("Macron is expected to visit Algiers next week.", "visit", "Macron"),
    ("Thousands of farmers are scheduled to march on the capital on Monday.", "march",
     "farmers"),
    ("The rebel commander was ordered to withdraw his fighters from the town.", "withdraw",
     "commander"),
])
def test_a_passive_subject_controls_its_complement(event_pipe: Pipeline, text: str,
                                                   trigger: str, actor: str) -> None:
    """Class *raising and object-control passives*: "X is expected to V",
    "X was ordered to V": X does V."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.actor is not None and actor in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,country", [
    ("Residents fled the Ethiopian shelling of Humera.", "shelling", "ETH"),
    ("Farmers recalled the Sudanese bombing of their village.", "bombing", "SDN"),
    ("Aid workers condemned the Russian shelling of Kharkiv.", "shelling", "RUS"),
])
def test_a_demonym_cut_off_by_the_parse_still_names_the_actor(event_pipe: Pipeline, text: str,
                                                              trigger: str,
                                                              country: str) -> None:
    """Class *the actor of an event noun named by its modifier* when the
    parser makes the demonym a separate object (nominals.named_by_modifier)."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.actor is not None and ev.actor.country == country, ev.actor


@pytest.mark.parametrize("text,trigger,country", [
    ("Ghana has struggled with illegal mining for years. Ghana's president promised action. "
     "The task force arrested 40 miners near Kumasi on Friday.", "arrested", "GHA"),
    ("Niger's generals took power in July. Niger has since expelled French troops. "
     "The attackers killed 12 soldiers near Tillaberi.", "killed", "NER"),
    ("Iraq held a referendum on Saturday. Iraq's Sunni leaders opposed the charter. "
     "Sunni Arabs rejected the draft on Monday.", "rejected", "IRQ"),
])
def test_actors_without_a_country_act_where_the_story_is(event_pipe: Pipeline, text: str,
                                                         trigger: str, country: str) -> None:
    """Class *actors the text leaves without a country act where the story is*."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.actor is not None and ev.actor.country == country, ev.actor



@pytest.mark.parametrize("text,trigger,country", [
    ("A Tulsa man shot his neighbour on Friday, deputies said.", "shot", "USA"),
    ("A woman stabbed a taxi driver in Tucson late on Saturday.", "stabbed", "USA"),
    ("Rioters attacked a bus in Brighton on Sunday night.", "attacked", "GBR"),
])
def test_a_local_story_names_its_town_not_its_country(event_pipe: Pipeline, text: str,
                                                      trigger: str, country: str) -> None:
    """Class *a local story names its town, not its country*
    (``agents.local_country``): the actor too is of its one place's country."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.actor is not None and ev.actor.country == country, ev.actor

def test_outsiders_keep_no_country(event_pipe: Pipeline) -> None:
    text = ("Mali's junta expelled the French ambassador. Mali has turned to Russia. "
            "Foreign mercenaries attacked a village near Mopti.")
    ev = by_trigger(event_pipe, text)["attacked"]
    assert ev.actor is None or ev.actor.country != "MLI", ev.actor


@pytest.mark.parametrize("text,trigger,actor", [
    ("The marchers were attacked with sticks, stones and iron bars by riot police.",
     "attacked", "police"),
    ("The convoy was ambushed near the river crossing by Houthi fighters.", "ambushed",
     "fighters"),
    ("Two journalists were detained at the border crossing by Israeli soldiers.", "detained",
     "soldiers"),
])
def test_a_passive_agent_the_parser_hung_elsewhere(event_pipe: Pipeline, text: str,
                                                   trigger: str, actor: str) -> None:
    """Class *a passive's agent the parser hung on another phrase*."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.actor is not None and actor in ev.actor.text, ev.actor


def test_an_agent_of_a_coordinated_verb_is_not_borrowed(event_pipe: Pipeline) -> None:
    text = "Five guards were arrested and are being questioned by the anti-corruption unit."
    ev = by_trigger(event_pipe, text)["arrested"]
    assert ev.actor is None or "unit" not in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,actor", [
    ("The bombing was carried out by the Islamic State, the ministry said.", "bombing",
     "Islamic State"),
    ("The strikes, led by farmers' unions, paralysed the north.", "strikes", "unions"),
    ("The raid had been planned by Hamas for months, Israeli officials said.", "raid",
     "Hamas"),
])
def test_an_event_noun_whose_doer_a_passive_of_doing_names(event_pipe: Pipeline, text: str,
                                                           trigger: str, actor: str) -> None:
    """Class *an event noun whose doer a passive of doing names*."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.actor is not None and actor in ev.actor.text, ev.actor


def test_visitors_take_no_story_country(event_pipe: Pipeline) -> None:
    text = ("Romania's new government met on Monday. Romania's president spoke. A Western "
            "delegation arrived to visit Bucharest on Tuesday.")
    for ev in by_trigger(event_pipe, text).values():
        if ev.actor is not None and "delegation" in ev.actor.text:
            assert ev.actor.country != "ROU", ev.actor


@pytest.mark.parametrize("text,trigger,sufferer", [
    ("The two activists suffered torture in custody, their families said.", "torture",
     "activists"),
    ("The protesters endured tear gas attacks all night.", "attacks", "protesters"),
    ("The border towns suffered a mortar attack last year.", "attack", "towns"),
])
def test_an_act_undergone_is_not_done_by_its_subject(event_pipe: Pipeline, text: str,
                                                     trigger: str, sufferer: str) -> None:
    """Class *an act undergone* (nominals.RECEIVE_VERBS): who suffers an act
    is its recipient, not its actor."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.actor is None or sufferer not in ev.actor.text, ev.actor


def test_a_patient_possessive_borrows_no_actor_from_the_clause(event_pipe: Pipeline) -> None:
    """"said X upon her release": the speaker is not who released her."""
    text = '"I want my old life back," said Elena Marin, 52, upon her release in Sofia.'
    ev = by_trigger(event_pipe, text).get("release")
    assert ev is None or ev.actor is None, ev.actor
