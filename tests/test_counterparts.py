"""A state body the text leaves without a country does not act on its own
state as on a foreign one (eventwire/stages/events/counterparts.py).
Sentences written for these tests; none comes from an evaluation set."""

from __future__ import annotations

import pytest
import spacy

from eventwire.models import ActorMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors import home, record_sectors
from eventwire.stages.events import counterparts
from eventwire.stages.events.counterparts import named_state
from tests.conftest import events_of


@pytest.mark.parametrize("text,trigger,country", [
    # a government acting on the state the story names most
    ("Togo shut its border crossings on Monday after gunmen from Togo raided a Ghanaian "
     "market town. Togo said the gunmen were smugglers. Ghana closed its side and Ghana's "
     "police searched the town. The government accused Togo of "
     "sheltering the raiders.", "accused", "GHA"),
    # a ministry summoning a foreign state's envoy named by nationality
    ("Chile and Bolivia have argued over river water for a century. Bolivia took the case "
     "to court in The Hague. Chile lost the first round. The foreign ministry summoned the "
     "Bolivian ambassador on "
     "Friday.", "summoned", "CHL"),
    # a capital named for its government
    ("Britain and Russia have quarrelled for months. Russia expelled two diplomats. Russia "
     "said the row was London's fault. The Foreign Office asked Moscow for an explanation "
     "on Tuesday.", "asked", "GBR"),
    # a titled officer the KB does not know
    ("India and Nepal were at odds. India said Nepal had misread the treaty. Foreign "
     "Minister Devi Rai asked India to hold talks.", "asked", "NPL"),
])
def test_a_state_body_acting_on_a_foreign_state_is_the_other_states(
        event_pipe: Pipeline, text: str, trigger: str, country: str) -> None:
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.actor is not None and ev.actor.country == country, ev.actor


@pytest.mark.parametrize("text,acts,country", [
    ("Niger and Benin have traded blame over the closed border. Benin said Niger had broken "
     "the deal. The interior ministry accused Benin of hosting saboteurs and warned that the "
     "border would stay shut.", ("accused", "warned"), "NER"),
    ("Laos and Vietnam have quarrelled over a dam. Vietnam said Laos had hidden the plans. "
     "Vietnam sent engineers. The foreign ministry rejected Vietnam's claims and called for "
     "talks.", ("rejected", "called"), "LAO"),
    ("Armenia and Azerbaijan held talks in Geneva. Azerbaijan said Armenia had shelled a "
     "village. Azerbaijan closed the road. Azerbaijan said the road would stay shut. The "
     "defence ministry accused Azerbaijan of lying and vowed to respond.",
     ("accused", "vowed"), "ARM"),
])
def test_every_act_of_the_body_moves_together(event_pipe: Pipeline, text: str,
                                              acts: tuple[str, str], country: str) -> None:
    """The act on the other state moves the body; its act with no
    recipient moves with it."""
    evs = {e.trigger.text: e for e in events_of(event_pipe, text)}
    for act in acts:
        a = evs[act].actor
        assert a is not None and a.country == country and "+counterpart" in a.rule, evs[act]


@pytest.mark.parametrize("text,trigger,country", [
    # the opposition acts on its own state
    ("Chad's president flew to Paris on Monday. France pledged aid to Chad. The "
     "opposition accused Chad of rigging the vote.", "accused", None),
    # a region's body acting on its own capital
    ("Iraq and Turkey have clashed over oil. Turkey said Iraq had broken the pipeline deal. "
     "The regional government accused Baghdad of withholding salaries.", "accused", "IRQ"),
    ("Ethiopia and Eritrea have a long feud. Eritrea said Ethiopia had massed troops. The "
     "provincial council accused Addis Ababa of neglect.", "accused", None),
    # a state's people, not the state: "Kenyans", "Somalis"
    ("Uganda closed its border with Kenya on Monday. Kenya said Kenya would reopen its "
     "markets soon. The government urged Kenyans to stay calm.", "urged", "KEN"),
    ("Somalia and Ethiopia signed a port deal. Somalia said the deal was void. The "
     "government asked Somalis abroad to send money home.", "asked", None),
    # a domestic recipient named without a state: no relation between states
    ("Kenya's parliament met on Tuesday. Kenya passed the budget. The government accused "
     "opposition leaders of stirring unrest.", "accused", "KEN"),
])
def test_acts_on_the_own_state_stay(event_pipe: Pipeline, text: str, trigger: str,
                                    country: str | None) -> None:
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.actor is not None
    assert "+counterpart" not in ev.actor.rule, ev.actor
    if country is not None:
        assert ev.actor.country == country, ev.actor


@pytest.mark.parametrize("kind,rule,sectors,actor_id,expected", [
    ("state", "kb+gov", ("GOV",), "pet:kenya", True),
    ("agent", "compound", ("GOV",), "cameo:KENGOV", True),
    ("agent", "compound", ("OPP",), "cameo:KENOPP", False),  # "Kenyan opposition"
    ("agent", "agent+home", ("GOV",), None, False),          # "the ambassador"
    ("state", "pronoun", ("GOV",), "pet:kenya", False),      # "it"
])
def test_named_state(kind: str, rule: str, sectors: tuple[str, ...],
                     actor_id: str | None, expected: bool) -> None:
    m = ActorMention(start=0, end=5, text="Kenya", actor_id=actor_id, kind=kind, country="KEN",
                     sectors=list(sectors), rule=rule)
    doc = spacy.blank("en")("Kenya")
    assert named_state(doc, m) is expected
    assert not named_state(doc, None)


@pytest.mark.parametrize("text,trigger,country", [
    ("Kenya held a vote on Monday. Kenya counted the ballots overnight. The president urged "
     "Kenya to stay calm.", "urged", "KEN"),
    ("Ghana opened a new port on Monday. Ghana said trade would grow. The trade minister asked "
     "Ghana to buy local goods.", "asked", "GHA"),
    ("Peru declared an emergency after the floods. Peru sent troops to the coast. The defence "
     "ministry warned Peru that the rivers would rise again.", "warned", "PER"),
])
def test_no_other_state_keeps_the_story_country(event_pipe: Pipeline, text: str, trigger: str,
                                                country: str) -> None:
    """A story that names one country only: the candidate is there (a
    story-placed body acting on its state named as a place), no rival."""
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    a, r = ev.actor, ev.recipient
    assert a is not None and r is not None and r.kind == "state" and "+home" in a.rule, ev
    assert a.country == r.country == country and "+counterpart" not in a.rule, a

def test_the_votes_are_counted_once_per_document(event_pipe: Pipeline,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = counterparts.country_votes

    def counting(mentions: list[ActorMention]) -> tuple[dict[str, float], dict[str, int]]:
        calls.append(len(mentions))
        return real(mentions)

    monkeypatch.setattr(counterparts, "country_votes", counting)
    text = ("Mali and Niger closed their shared border. Niger said Mali had armed the bandits. "
            "The defence ministry accused Niger of harbouring militants. The interior ministry "
            "asked Niger to return the fugitives. The foreign ministry rejected Niger's note.")
    evs = [e for e in events_of(event_pipe, text) if e.actor is not None
           and "+counterpart" in e.actor.rule]
    assert len({(e.actor.start, e.actor.end) for e in evs if e.actor is not None}) >= 2, evs
    assert len(calls) == 1


def test_the_lists_are_the_packages() -> None:
    assert counterparts.STATE_SECTORS is record_sectors.STATE_SECTORS
    assert counterparts.STORY_MARKS is home.STORY_MARKS


@pytest.mark.parametrize("text", [
    # a domestic story that names a neighbour once: a leader's appeal to the nation
    "Kenya counted votes on Monday. Kenya said turnout was high. Observers from Uganda watched "
    "the count. The president urged Kenya to stay calm.",
    "Nigeria faces a fuel shortage. Nigeria imports most of its petrol. Ghana sells it some. "
    "The oil minister warned Nigeria that prices would rise.",
    # a story between three states that names the two others alike
    "Ukraine and Poland protested on Monday. Russia shelled the port. Russia said Russia would "
    "not extend the corridor. Ukraine and Poland called the move a crime. The ministry accused "
    "Russia of blockading grain.",
])
def test_no_clear_second_party_keeps_the_story_country(event_pipe: Pipeline, text: str) -> None:
    evs = [e for e in events_of(event_pipe, text) if e.actor is not None]
    assert evs and all("+counterpart" not in e.actor.rule for e in evs if e.actor is not None), \
        [(e.type, e.actor) for e in evs]
