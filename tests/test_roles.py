"""Classes of eventwire/stages/events/roles.py that decide what is *not* a
recipient: forces a side moves, and the court a case is brought in.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger


@pytest.mark.parametrize("text,trigger", [
    ("Mexico agreed to send 500 police officers to the border.", "agreed"),
    ("The two countries agreed to pull their troops back from the frontier.", "agreed"),
    ("Japan offered to dispatch its navy to the strait.", "offered"),
    ("Britain will withdraw soldiers from the region, the minister said.", "withdraw"),
])
def test_forces_moved_are_content(event_pipe: Pipeline, text: str, trigger: str) -> None:
    """Class *forces moved are content*, whatever the event's type."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.recipient is None or not {"MIL", "COP"} & set(ev.recipient.sectors), ev.recipient


@pytest.mark.parametrize("text,forces", [
    ("The court ordered the police to release the journalist.", "police"),
    ("The minister ordered the army to stop the offensive.", "army"),
    ("The commander ordered the soldiers to cease fire at once.", "soldiers"),
])
def test_forces_addressed_by_an_order_stay(event_pipe: Pipeline, text: str, forces: str) -> None:
    """Class *forces addressed by an order*: "ordered X to <act>" that is no
    deployment (the stand-down orders: typing.yaml's ``unless`` key)
    addresses X, the recipient."""
    ev = next(e for t, e in by_trigger(event_pipe, text).items() if t == "ordered")
    assert ev.recipient is not None and ev.recipient.text == forces, ev.recipient


@pytest.mark.parametrize("text", [
    "Bolivian President Luis Arce ordered the troops back to their barracks.",
    "The general ordered his soldiers home after the ceasefire.",
    "The government ordered troops out of the disputed town.",
])
def test_orders_sending_forces_away_are_a_withdrawal(event_pipe: Pipeline, text: str) -> None:
    """Class *orders that stand forces down*: RETREAT, and the forces moved
    are content, not the recipient."""
    ev = by_trigger(event_pipe, text)["ordered"]
    assert ev.type == "RETREAT"
    assert ev.recipient is None or not {"MIL", "COP"} & set(ev.recipient.sectors), ev.recipient


@pytest.mark.parametrize("text,trigger", [
    ("The party will fight the ban in the Supreme Court.", "fight"),
    ("Opposition leader Kemal Doruk said his coalition would challenge the results in "
     "court.", "challenge"),
    ("The rebels' lawyers said they would contest the verdict before the court.", "contest"),
])
def test_the_court_a_case_is_brought_in_is_no_recipient(event_pipe: Pipeline, text: str,
                                                         trigger: str) -> None:
    """Class *the court as venue*."""
    found = by_trigger(event_pipe, text)
    ev = found.get(trigger)
    assert ev is None or ev.recipient is None or "JUD" not in ev.recipient.sectors, ev


# --- branch recipients4: recipients missing (issue #12). Own sentences only. ---


@pytest.mark.parametrize("text,trigger,country", [
    ("Iran warned it would retaliate if Israel struck its nuclear sites.", "warned", "ISR"),
    ("The rebels threatened new attacks unless Kinshasa releases their leader.", "threatened",
     "COD"),
    ("Nigeria warned it would close the border if Benin did not stop the smuggling.", "warned",
     "BEN"),
])
def test_the_party_a_threats_condition_is_put_on(event_pipe: Pipeline, text: str,
                                                 trigger: str, country: str) -> None:
    r = by_trigger(event_pipe, text)[trigger].recipient
    assert r is not None and r.country == country


@pytest.mark.parametrize("text,head,country", [
    ("Police in Nigeria fired live rounds to scatter the protesters in Lagos.", "protesters",
     "NGA"),
    ("Soldiers in Guinea fired shots to disperse hundreds of traders in Conakry.", "traders",
     "GIN"),
    ("Police in Kenya fired tear gas to disperse the students.", "students", "KEN"),
])
def test_whom_force_is_used_to_move(event_pipe: Pipeline, text: str, head: str,
                                    country: str) -> None:
    r = by_trigger(event_pipe, text)["fired"].recipient
    assert r is not None and r.text.endswith(head) and r.country == country


@pytest.mark.parametrize("text,trigger,head,country", [
    ("The army in Niger warned that anyone who breaks the curfew will be arrested.", "warned",
     "anyone", "NER"),
    ("The governor of Lagos warned that looters would be shot on sight.", "warned", "looters",
     "NGA"),
    ("The president of Chile vowed to punish those responsible for the fires.", "vowed",
     "those", "CHL"),
])
def test_the_threatened_named_by_what_they_do(event_pipe: Pipeline, text: str, trigger: str,
                                              head: str, country: str) -> None:
    r = by_trigger(event_pipe, text)[trigger].recipient
    assert r is not None and r.text == head and r.country == country


@pytest.mark.parametrize("text,country", [
    ("The army in Mali warned that anyone found carrying a gun in the market would be arrested.",
     "MLI"),
    ("The governor of Lagos warned that anyone caught with stolen goods will be prosecuted.",
     "NGA"),
    ("The council in Accra warned that anyone found selling fuel above the fixed price will be "
     "fined.", "GHA"),
])
def test_the_threatened_found_or_caught(event_pipe: Pipeline, text: str, country: str) -> None:
    """recip65: "anyone found/caught ..." with the participle misparsed as the
    content clause's verb is still restricted, so the threatened party."""
    r = by_trigger(event_pipe, text)["warned"].recipient
    assert r is not None and r.text == "anyone" and r.country == country


def test_an_unrestricted_anyone_names_nobody(event_pipe: Pipeline) -> None:
    text = "Police in Kenya denied that officers had beaten anyone during the protest."
    assert by_trigger(event_pipe, text)["beaten"].recipient is None


@pytest.mark.parametrize("text,trigger,recipient,actor", [
    ("The European Union said it stood by Lithuania and warned China.", "stood", "Lithuania",
     "it"),
    ("Japan has stood by the Philippines throughout the dispute.", "stood", "Philippines",
     "Japan"),
    ("Germany will stand behind Ukraine, the chancellor said.", "stand", "Ukraine", "Germany"),
])
def test_standing_beside_a_party(event_pipe: Pipeline, text: str, trigger: str,
                                 recipient: str, actor: str) -> None:
    """Class *standing beside a party* (recips20, verb_roles.STANDING_PREPS):
    the object of "stand by / behind" is the recipient, and "by" after
    "has stood" is no passive agent."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.recipient is not None and ev.recipient.text.endswith(recipient), ev.recipient
    assert ev.actor is not None and ev.actor.text.endswith(actor), ev.actor


@pytest.mark.parametrize("text,recipient", [
    ("The president called on Kenyans to stay calm.", "Kenyans"),
    ("The UN envoy called on armed factions in Misrata to lay down their arms.",
     "factions"),
    ("The bishop called on Somalis to stay calm.", "Somalis"),
])
def test_a_preposition_parsed_as_a_particle(event_pipe: Pipeline, text: str,
                                            recipient: str) -> None:
    """Class *a preposition parsed as a particle* (recips20,
    verb_roles.pobjs): the parser tags these "on" as a particle yet hangs
    the addressee from it; the addressee is the recipient."""
    ev = by_trigger(event_pipe, text)["called"]
    assert ev.recipient is not None and ev.recipient.text.startswith(recipient), ev.recipient


@pytest.mark.parametrize("text,word,country", [
    ("The defence minister warned that the army stood ready and that Armenia would bear "
     "the consequences of any provocation.", "Armenia", "ARM"),
    ("The president of Peru warned that those behind the riots will pay for them.", "those",
     "PER"),
    ("The foreign ministry warned of consequences for Lithuania if the office opened.",
     "Lithuania", "LTU"),
    ("Officials in Seoul warned that any launch would carry a heavy price for North Korea.",
     "North Korea", "PRK"),
])
def test_the_threatened_party_beyond_the_first_clause(event_pipe: Pipeline, text: str,
                                                      word: str, country: str) -> None:
    """Class *the threatened party of a warning* (recips24 widening of
    ``threatened_parties.threatened_parties``): a content clause joined to the first, a
    restricted "those", the one a consequence or a price is for."""
    ev = next(e for e in by_trigger(event_pipe, text).values() if e.type == "THREATEN")
    assert ev.recipient is not None and word in ev.recipient.text, ev.recipient
    assert ev.recipient.country == country, ev.recipient


@pytest.mark.parametrize("text", [
    "The minister warned that they would pay for the attack.",
    "The spokesman warned that it would have consequences.",
])
def test_a_bare_pronoun_or_no_party_gives_no_threatened(event_pipe: Pipeline,
                                                        text: str) -> None:
    """An unrestricted pronoun subject or a consequence for no one adds no
    recipient through this class."""
    ev = next(e for e in by_trigger(event_pipe, text).values() if e.type == "THREATEN")
    assert ev.recipient is None or ev.recipient.text not in ("they", "it"), ev.recipient


@pytest.mark.parametrize("text,trigger,word,country", [
    ("Putin told Erdogan in a phone conversation that Moscow would keep the corridor open.",
     "phone conversation", "Erdogan", "TUR"),
    ("The Kenyan president assured Ethiopia's prime minister during a telephone call on "
     "Monday that the border would stay open.", "telephone call", "prime minister", "ETH"),
    ("The chancellor held a phone call with Polish President Andrzej Duda on Friday.",
     "phone call", "Duda", "POL"),
    ("Macron had a video call with Ukrainian President Volodymyr Zelensky.", "video call",
     "Zelensky", "UKR"),
    # the call's own "with" party wins over the one told during it
    ("Blinken warned Moscow during talks with Ukrainian Foreign Minister Dmytro Kuleba that "
     "sanctions would follow.", "talks", "Kuleba", "UKR"),
    ("The Indian premier told parliament during a phone call with Nepal's prime minister "
     "that the border was calm.", "phone call", "prime minister", "NPL"),
])
def test_the_other_party_of_a_call(event_pipe: Pipeline, text: str, trigger: str, word: str,
                                   country: str) -> None:
    """Classes *a call named by its medium* and *the one told in a
    conversation* (recips24, ``roles._call_head``, ``roles._told_in_call``)."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.recipient is not None and word in ev.recipient.text, ev.recipient
    assert ev.recipient.country == country, ev.recipient


@pytest.mark.parametrize("text,trigger", [
    ("The minister told reporters during talks in Geneva that the deal was close.", "talks"),
    ("The governor told journalists in a phone call on Monday that the dam would hold.",
     "phone call"),
])
def test_the_press_told_in_a_call_is_no_other_party(event_pipe: Pipeline, text: str,
                                                    trigger: str) -> None:
    """Class *the one told in a conversation* leaves out the press
    (``acts.NOT_COUNTERPARTS``): reporters told about talks are not whom
    the talks are with."""
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is None or ev.recipient is None or not any(
        w in ev.recipient.text for w in ("reporters", "journalists")), ev.recipient


@pytest.mark.parametrize("text", [
    "The president urged parliament both to pass the budget and to approve the loan.",
    "The UN urged Uganda both to withdraw its troops and to reopen the border.",
    "The bank urged the government both to cut spending and to raise taxes.",
])
def test_both_coordinating_two_demands_is_no_addressee(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """review46: "both ... and" joining two demanded verbs is a true
    preconjunction, not the bare pair addressed ("urged both to end it")."""
    from eventwire.stages.events.roles import _addressees

    doc = spacy_nlp(text)
    verb = next(t for t in doc if t.lemma_ == "urge")
    assert all(t.lower_ != "both" for t in _addressees(verb)), _addressees(verb)


def test_both_addressed_alone_stays_an_addressee(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwire.stages.events.roles import _addressees

    doc = spacy_nlp("The African Union, which mediates between Ethiopia and Eritrea, urged "
                    "both to end the border dispute.")
    verb = next(t for t in doc if t.lemma_ == "urge")
    assert [t.lower_ for t in _addressees(verb)] == ["both"]


def test_each_option_is_asked_once_whether_it_is_dropped(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """speed48: ``roles_for``'s verdicts ask ``dropped`` once per mention
    object and give its answer every time; two equal mentions that are
    different objects are asked apart."""
    from eventwire.models import ActorMention
    from eventwire.stages.events import roles

    asked: list[int] = []

    def fake(doc, m, kind, trigger):  # type: ignore[no-untyped-def]
        asked.append(id(m))
        return m.text == "court"

    monkeypatch.setattr(roles, "dropped", fake)
    court, army = ActorMention(0, 5, "court"), ActorMention(6, 10, "army")
    twin = ActorMention(6, 10, "army")
    verdicts = roles._DroppedVerdicts(None, "ASSAULT", None)  # type: ignore[arg-type]
    assert [verdicts.dropped(m) for m in (court, army, court, army, twin)] == \
        [True, False, True, False, False]
    assert asked == [id(court), id(army), id(twin)]
