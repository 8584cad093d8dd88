"""The recipient choice of eventwire/stages/events/recipients.py: the rules'
choice unless ranker weights are shipped, and the features the ranker reads."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.models import ActorMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events import recipients
from eventwire.stages.events.recipient_options import plover_kept
from tests.conftest import events_of


def _mention(text: str, start: int, country: str | None) -> ActorMention:
    return ActorMention(start=start, end=start + len(text), text=text, country=country,
                        kind="state", rule="kb")


@pytest.fixture()
def doc_and_trigger(event_pipe: Pipeline) -> tuple[Any, Any]:
    doc = event_pipe.nlp("Egypt accused Ethiopia of filling the dam.")
    return doc, doc[1]


def test_without_weights_the_rules_choose(doc_and_trigger: tuple[Any, Any],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    doc, trigger = doc_and_trigger
    monkeypatch.setattr(recipients, "recipient_weights", lambda: None)
    rule = _mention("Ethiopia", 14, "ETH")
    assert recipients.choose_recipient(doc, trigger, "ACCUSE", False, None,
                                       [("cand", 0, rule)], rule) is rule


def test_the_ranker_drops_a_distant_choice_when_none_wins(
        event_pipe: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = event_pipe.nlp("Egypt accused Ethiopia of filling the dam, Sudan said.")
    trigger, sudan = doc[1], _mention("Sudan", 43, "SDN")
    monkeypatch.setattr(recipients, "recipient_weights", lambda: {"none": 2.0, "src=cand": 1.0})
    assert recipients.choose_recipient(doc, trigger, "ACCUSE", False, None,
                                       [("cand", 0, sudan)], sudan) is None
    assert plover_kept(doc, trigger, True) is sudan  # PLOVER's view keeps it
    monkeypatch.setattr(recipients, "recipient_weights", lambda: {"none": -1.0})
    assert recipients.choose_recipient(doc, trigger, "ACCUSE", False, None,
                                       [("cand", 0, sudan)], sudan) is sudan
    assert plover_kept(doc, trigger, True) is None


def test_the_ranker_never_drops_the_acts_own_argument(doc_and_trigger: tuple[Any, Any],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    doc, trigger = doc_and_trigger
    rule = _mention("Ethiopia", 14, "ETH")  # the object of "accused"
    monkeypatch.setattr(recipients, "recipient_weights", lambda: {"none": 2.0, "src=cand": 1.0})
    assert recipients.choose_recipient(doc, trigger, "ACCUSE", False, None,
                                       [("cand", 0, rule)], rule) is rule


def test_with_no_rules_choice_plover_keeps_the_best_option(
        event_pipe: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = event_pipe.nlp("Egypt accused Ethiopia of filling the dam, Sudan said.")
    trigger = doc[1]
    monkeypatch.setattr(recipients, "recipient_weights", lambda: {"none": 2.0, "rel=sent": 1.0})
    assert recipients.choose_recipient(doc, trigger, "ACCUSE", False, None, [], None) is None
    kept = plover_kept(doc, trigger, False)
    assert kept is not None and kept.country in ("SDN", "ETH", "EGY")


def test_option_features_name_source_dependency_and_choice(
        doc_and_trigger: tuple[Any, Any]) -> None:
    doc, trigger = doc_and_trigger
    rule = _mention("Ethiopia", 14, "ETH")
    feats = recipients.option_features(doc, trigger, "ACCUSE", False, None,
                                       ("cand", 0, rule), rule)
    assert {"src=cand", "chosen=True", "country=True", "dep=dobj"} <= set(feats)
    none = recipients.option_features(doc, trigger, "ACCUSE", False, None, None, rule)
    assert "none" in none and "none&rule_none=False" in none


def test_the_observer_sees_every_choice(event_pipe: Pipeline) -> None:
    seen: list[str] = []
    recipients.OBSERVER.append(lambda doc, trigger, *rest: seen.append(trigger.text))
    try:
        events_of(event_pipe, "Egypt accused Ethiopia of filling the dam.")
    finally:
        recipients.OBSERVER.pop()
    assert "accused" in seen


# --- branch recipients4: recipients missing (issue #12). Own sentences only. ---


def _recipient(pipe: Pipeline, text: str, trigger: str) -> ActorMention | None:
    found = {e.trigger.text: e for e in events_of(pipe, text)}
    assert trigger in found, found
    return found[trigger].recipient


@pytest.mark.parametrize("text,trigger,head,country", [
    ("Police in Togo fired tear gas at thousands of demonstrators in Lome.", "fired",
     "demonstrators", "TGO"),
    ("Police in Senegal fired tear gas at hundreds of students in Dakar.", "fired",
     "students", "SEN"),
    ("Police in Peru fired rubber bullets at thousands of teachers in Lima.", "fired",
     "teachers", "PER"),
])
def test_quantified_recipients_are_seen_through(event_pipe: Pipeline, text: str, trigger: str,
                                                head: str, country: str) -> None:
    r = _recipient(event_pipe, text, trigger)
    assert r is not None and r.text.endswith(head) and r.country == country


def test_people_of_the_courts_are_no_venue(event_pipe: Pipeline) -> None:
    r = _recipient(event_pipe, "Police in Peru fired rubber bullets at lawyers outside the "
                   "courthouse.", "fired")
    assert r is not None and r.text == "lawyers"


@pytest.mark.parametrize("text,trigger,country", [
    ("Sudan's army and the RSF fought in Khartoum again. The UN urged both sides to exercise "
     "restraint.", "urged", "SDN"),
    ("Fighting raged in Libya as the envoy called on all parties to return to talks.",
     "called", "LBY"),
    ("Clashes broke out in South Sudan on Monday. The bishops urged the two parties in South "
     "Sudan to respect the truce.", "urged", "SSD"),
])
def test_the_sides_of_a_conflict_addressed(event_pipe: Pipeline, text: str, trigger: str,
                                           country: str) -> None:
    r = _recipient(event_pipe, text, trigger)
    assert r is not None and r.rule == "parties" and r.country == country and not r.sectors


def test_political_parties_are_no_sides(event_pipe: Pipeline) -> None:
    r = _recipient(event_pipe, "The court in Chad banned two opposition parties.", "banned")
    assert r is not None and r.rule != "parties"


@pytest.mark.parametrize("text,trigger,head,sector", [
    ("Gunmen in Somalia stormed a hotel and shot at guests.", "shot", "guests", "CVL"),
    ("A suicide bomber in Iraq killed a taxi driver and two teenagers.", "killed", "driver",
     "CVL"),
    ("Militants in Burkina Faso shelled the town on Sunday.", "shelled", "town", "CVL"),
    ("Rebels in Mozambique attacked the town of Palma on Friday.", "attacked", "town", "CVL"),
])
def test_unnamed_victims_and_places_attacked(event_pipe: Pipeline, text: str, trigger: str,
                                             head: str, sector: str) -> None:
    r = _recipient(event_pipe, text, trigger)
    assert r is not None and r.text.endswith(head) and r.sectors == [sector] and r.country


# --- branch recip66: class *a bus, tram or train attacked stands for its operator*
# (BUS, like a ship). Own sentences in three styles, three near misses. ---


@pytest.mark.parametrize("text,trigger,head", [
    ("Masked youths in Nairobi stoned two city buses during Tuesday's unrest.", "stoned",
     "buses"),
    ("Militants in Kashmir fired on a train near Jammu late on Thursday.",
     "fired", "train"),
    ("Late on Friday, rioters in Lyon attacked a tram with iron bars, police said.",
     "attacked", "tram"),
])
def test_a_bus_or_train_attacked_is_its_operator(event_pipe: Pipeline, text: str,
                                                 trigger: str, head: str) -> None:
    r = _recipient(event_pipe, text, trigger)
    assert r is not None and r.text.endswith(head) and r.sectors == ["BUS"] and r.country


@pytest.mark.parametrize("text,trigger,sector", [
    # people on it are named: they, not the vehicle, are the recipient
    ("Gunmen in Borno fired on passengers travelling by bus on Sunday.", "fired", "CVL"),
    # the police's own vehicles stand for the police, not an operator
    ("Protesters in Santiago stoned police buses near the palace.", "stoned", "COP"),
    # a town attacked is still its people
    ("Militants in Niger attacked the town near the bus station.", "attacked", "CVL"),
])
def test_near_misses_of_a_bus_attacked(event_pipe: Pipeline, text: str, trigger: str,
                                       sector: str) -> None:
    r = _recipient(event_pipe, text, trigger)
    assert r is not None and r.sectors == [sector], r


@pytest.mark.parametrize("text,trigger", [
    ("Insurgents in Nigeria seized the town on Monday.", "seized"),
    ("The minister in Kenya visited the town of Garissa on Friday.", "visited"),
])
def test_a_place_taken_or_visited_is_no_victim(event_pipe: Pipeline, text: str,
                                               trigger: str) -> None:
    r = _recipient(event_pipe, text, trigger)
    assert r is None or r.rule != "unnamed"


@pytest.mark.parametrize("text,trigger,word", [
    ("Japan said it would send medical teams to the flooded province.", "send", "teams"),
    ("The bloc offered to send observers to the disputed region.", "offered", "observers"),
    ("The government will dispatch rescue teams to the valley.", "dispatch", "teams"),
])
def test_people_sent_are_what_is_sent(event_pipe: Pipeline, text: str, trigger: str,
                                      word: str) -> None:
    found = {e.trigger.text: e for e in events_of(event_pipe, text)}
    assert trigger in found, sorted(found)
    rec = found[trigger].recipient
    assert rec is None or word not in rec.text, rec


# --- branch recips11: class *an unnamed person acted on*. Own sentences only. ---


@pytest.mark.parametrize("text,trigger,head", [
    ("In Kenya, a farmer stabbed his neighbour after a quarrel over cattle.", "stabbed",
     "neighbour"),
    ("A court in Ohio heard that the man had beaten his father with a bat.", "beaten",
     "father"),
    ("Police in Ghana said the smugglers had shot him twice.", "shot", "him"),
])
def test_an_unnamed_person_acted_on_fills_an_empty_slot(
        event_pipe: Pipeline, text: str, trigger: str, head: str) -> None:
    r = _recipient(event_pipe, text, trigger)
    assert r is not None and r.text.endswith(head) and r.rule.startswith("bare_")


def test_a_bare_thing_acted_on_is_not_filled(event_pipe: Pipeline) -> None:
    r = _recipient(event_pipe, "Soldiers in Mali burned the granaries last week.", "burned")
    assert r is None or not r.rule.startswith("bare_")


# --- branch recips14: class *a site attacked stands for its people*. Own sentences. ---


@pytest.mark.parametrize("text,trigger,head,sector", [
    ("In Chad, rebels attacked a remote border outpost on Friday.", "attacked", "outpost",
     "MIL"),
    ("Drones in Sudan struck a military airfield near the coast on Monday.", "struck",
     "airfield", "MIL"),
    ("Artillery in Libya hit residential areas late on Sunday.", "hit", "areas",
     "CVL"),
])
def test_a_site_attacked_fills_an_empty_slot(event_pipe: Pipeline, text: str, trigger: str,
                                             head: str, sector: str) -> None:
    r = _recipient(event_pipe, text, trigger)
    assert r is not None and r.text.endswith(head) and r.rule.startswith("bare_site")
    assert r.sectors == [sector] and r.country is not None


@pytest.mark.parametrize("text,trigger", [
    ("Police in Kosovo searched the building for weapons on Monday.", "searched"),
    ("Protesters in Kenya blocked the road to the airport for hours.", "blocked"),
])
def test_a_site_searched_or_blocked_is_not_filled(event_pipe: Pipeline, text: str,
                                                  trigger: str) -> None:
    r = _recipient(event_pipe, text, trigger)
    assert r is None or not r.rule.startswith("bare_")


# --- branch ranker18: the fill's margin below "none", read from the model file. ---


def test_fill_margin_is_read_from_the_model_file(tmp_path: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ranker.json"
    path.write_text('{"weights": {"none": 1.0}, "fill_margin": -1.0}', encoding="utf-8")
    monkeypatch.setattr(recipients, "RANKER_PATH", path)
    recipients._model.cache_clear()
    try:
        assert recipients.fill_margin() == -1.0 and recipients.recipient_weights() == {"none": 1.0}
        path.write_text('{"weights": {}}', encoding="utf-8")
        recipients._model.cache_clear()
        assert recipients.fill_margin() == 0.0
    finally:
        recipients._model.cache_clear()


@pytest.mark.parametrize("margin,none_score,filled", [
    (0.0, 1.0, False), (-1.0, 1.0, True), (-1.0, 1.6, False)])
def test_a_bare_option_below_none_fills_within_the_margin(
        doc_and_trigger: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch,
        margin: float, none_score: float, filled: bool) -> None:
    doc, trigger = doc_and_trigger
    site = ActorMention(start=33, end=36, text="dam", kind="agent", rule="bare_site")
    monkeypatch.setattr(recipients, "fill_margin", lambda: margin)
    monkeypatch.setattr(recipients, "option_scores",
                        lambda *_a: [(none_score, None), (0.5, site)])
    got = recipients.fill({}, doc, trigger, "ASSAULT", False, None, [("bare", 0, site)])
    assert (got is site) is filled


@pytest.mark.parametrize("text,trigger,count", [
    ("Officials say 14 killed in clashes over land in the north.", "killed", "14"),
    ("Riot police arrest 23 at a rally outside parliament.", "arrest", "23"),
    ("Militants killed 12 in a raid on a village near the border.", "killed", "12"),
    ("Eleven killed in grenade attack on market in the capital.", "killed", "Eleven"),
])
def test_a_bare_count_of_people_harmed_or_held(event_pipe: Pipeline, text: str, trigger: str,
                                               count: str) -> None:
    """Class *a bare count of people harmed or held* (recips22,
    recipients.counted_people): the number alone is the recipient, civilians."""
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.recipient is not None and ev.recipient.text == count, ev.recipient
    assert ev.recipient.sectors == ["CVL"]


def test_a_count_of_things_is_no_recipient(event_pipe: Pipeline) -> None:
    """A count in a protest or statement is no person harmed."""
    evs = events_of(event_pipe, "The ministry said 300 protested in the capital.")
    assert all(e.recipient is None or e.recipient.text != "300" for e in evs)


@pytest.mark.parametrize("text,trigger", [
    ("Police said no one was arrested at the march.", "arrested"),
    ("Gunmen shot a mother of 12 outside her home.", "shot"),
    ("Soldiers killed 15 of the fighters near the border.", "killed"),
])
def test_no_one_and_counts_of_others_are_no_bare_count(event_pipe: Pipeline, text: str,
                                                        trigger: str) -> None:
    """"no one", "a mother of 12", "15 of the fighters" are no bare count."""
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.recipient is None or not ev.recipient.text.isdigit() and \
        ev.recipient.text != "one", ev.recipient


@pytest.mark.parametrize("text,trigger", [
    ("Bombers destroyed 6 in the raid on the airbase.", "destroyed"),
    ("Army engineers demolished 9 along the river last week.", "demolished"),
    ("Customs officers seized 40 at the port on Friday.", "seized"),
])
def test_a_count_of_things_destroyed_or_seized_is_no_one_harmed(
        event_pipe: Pipeline, text: str, trigger: str) -> None:
    """A bare count after a verb of property (modes.yaml ASSAULT destroy,
    COERCE seize) counts things, not civilians."""
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.recipient is None or not ev.recipient.text.isdigit(), ev.recipient


@pytest.mark.parametrize("text,trigger", [
    ("Rival gang members shot one another outside a bar in the port city.", "shot"),
    ("The two guards attacked one another after an argument over pay.", "attacked"),
])
def test_a_reciprocal_one_another_is_no_bare_count(event_pipe: Pipeline, text: str,
                                                    trigger: str) -> None:
    """"one another" is the actors themselves, not one civilian harmed."""
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.recipient is None or ev.recipient.text != "one", ev.recipient


@pytest.mark.parametrize("text,trigger", [
    ("Police arrested him at 11 on Tuesday near the station.", "arrested"),
    ("Troops detained the driver at 6 outside the depot.", "detained"),
    ("Gunmen attacked the convoy at 9 near the bridge.", "attacked"),
])
def test_an_hour_after_at_is_no_bare_count(event_pipe: Pipeline, text: str,
                                           trigger: str) -> None:
    """"at 11" is a clock hour, not eleven people held or harmed."""
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.recipient is None or not ev.recipient.text.isdigit(), ev.recipient


@pytest.mark.parametrize("text,number,kind", [
    ("The ministry approved 12 on Friday.", "12", "AGREE"),
    ("The envoy met 40 in Geneva last week.", "40", "CONSULT"),
    ("The donors gave 300 to the relief fund.", "300", "AID"),
])
def test_a_bare_count_passes_the_numbers_filter_only_for_people_acted_on(
        spacy_nlp, text: str, number: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    """mends24: a bare count is let past the numbers filter (``NOT_RECIPIENTS``)
    only for the types whose bare count is people harmed or held
    (``COUNTED_TYPES``); for any other type a number stays no recipient,
    even when a mention happens to cover it."""
    doc = spacy_nlp(text)
    tok = next(t for t in doc if t.text == number)
    doc._.actor_mentions = [ActorMention(start=tok.idx, end=tok.idx + len(tok.text),
                                         text=tok.text, kind="agent", country="FRA",
                                         sectors=["CVL"], confidence=0.5, rule="test")]
    assert recipients.found_mentions(doc, [tok], None, kind) == []
    assert recipients.found_mentions(doc, [tok], None, "ASSAULT") != []



@pytest.mark.parametrize("text,trigger,count", [
    ("Kenyan police arrest dozens as tax protests spread", "arrest", "dozens"),
    ("Security forces detained hundreds overnight in the capital.", "detained", "hundreds"),
    ("Troops shot dozens during the march, witnesses said.", "shot", "dozens"),
    ("Police in Lima detained thousands after the riots.", "detained", "thousands"),
])
def test_a_round_plural_count_stands_for_people(event_pipe: Pipeline, text: str,
                                                trigger: str, count: str) -> None:
    """Class *a round plural count standing for people* (recips30,
    ``recipients.crowd_count``): "dozens", "hundreds" alone are the held or
    harmed, civilians, as a bare number is."""
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.recipient is not None and ev.recipient.text == count, ev.recipient
    assert ev.recipient.sectors == ["CVL"]


@pytest.mark.parametrize("text,trigger,noun", [
    ("Police arrested dozens of students near the campus.", "arrested", "students"),
    ("Soldiers detained hundreds of miners at the gate.", "detained", "miners"),
    ("Riot police beat scores of protesters.", "beat", "protesters"),
])
def test_a_count_of_named_people_is_seen_through(event_pipe: Pipeline, text: str,
                                                 trigger: str, noun: str) -> None:
    """"dozens of students" stays the students, not the count."""
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.recipient is not None and ev.recipient.text == noun, ev.recipient
