"""The ranker's wider options and relation features
(eventwire/stages/events/recipient_options.py), the bare-object options
(eventwire/stages/events/bare_options.py), the act's own arguments
the ranker may not drop, and PLOVER's view of what it dropped."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.models import ActorMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.bare_options import bare_objects, marked_person, person_patient
from eventwire.stages.events.recipient_options import (
    extra_options,
    head_token,
    own_argument,
    plover_kept,
    relation,
    relation_features,
    store_plover,
)
from eventwire.stages.events.targets import plover_target
from tests.conftest import by_trigger, events_of


def _parse(pipe: Pipeline, text: str, trigger: str) -> tuple[Any, Any]:
    doc = pipe.nlp(text)
    return doc, next(t for t in doc if t.text == trigger)


def _mention_of(doc: Any, text: str) -> ActorMention:
    return next(m for m in doc._.actor_mentions if m.text == text)


@pytest.mark.parametrize("text,trigger,mention,rel", [
    ("Police fired tear gas at protesters in front of the parliament.", "fired",
     "parliament", "prep"),
    ("Troops opened fire on demonstrators outside the embassy.", "opened", "demonstrators",
     "prep"),
    ("The union marched against the government in the capital.", "marched", "government",
     "prep"),
    ("The army warned that the rebels would pay.", "warned", "rebels", "content_subj"),
    ("The minister said the opposition had lied.", "said", "opposition", "content_subj"),
    ("Officials insisted that Hamas must disarm.", "insisted", "Hamas", "content_subj"),
    ("Egypt accused Ethiopia of filling the dam, Sudan said.", "accused", "Ethiopia", "clause"),
    ("Egypt accused Ethiopia of filling the dam, Sudan said.", "accused", "Sudan", "sent"),
])
def test_relation_names_how_a_mention_hangs_from_the_trigger(
        event_pipe: Pipeline, text: str, trigger: str, mention: str, rel: str) -> None:
    doc, trig = _parse(event_pipe, text, trigger)
    tok = head_token(doc, _mention_of(doc, mention))
    assert tok is not None and relation(tok, trig) == rel
    assert f"rel={rel}" in relation_features(doc, trig, "ASSAULT", ("x", 0, _mention_of(
        doc, mention)))


def test_extra_options_are_the_other_mentions_of_the_sentence(event_pipe: Pipeline) -> None:
    doc, trig = _parse(event_pipe, "Egypt accused Ethiopia of filling the dam, Sudan said. "
                       "Kenya stayed silent.", "accused")
    actor, listed = _mention_of(doc, "Egypt"), _mention_of(doc, "Ethiopia")
    extra = extra_options(doc, trig, actor, [("cand", 0, listed)])
    assert [(src, m.text) for src, _, m in extra] == [("sent", "Sudan")]  # not Kenya


@pytest.mark.parametrize("text,trigger,mention,own", [
    ("Rioters looted shops across Lagos.", "looted", "Lagos", True),
    ("Austria refused to send peacekeepers to Mali.", "refused", "Mali", True),
    ("Britain called up naval reservists for a possible conflict against Argentina.", "called",
     "Argentina", True),
    ("Egypt accused Ethiopia of filling the dam, Sudan said.", "accused", "Sudan", False),
    # a noun trigger's arguments hang from the verb it is the object of
    ("The former mayor remains under house arrest in his villa.", "arrest", "mayor", True),
    ("Officers placed the newspaper editor under arrest at the airport.", "arrest",
     "newspaper editor", True),
    ("The watchdog launched a probe into the airline over the delays.", "probe", "airline",
     True),
    ("After Russia invaded Ukraine, Germany sent tanks to Poland.", "invaded", "Poland", False),
    ("Protesters who attacked the police were arrested by soldiers.", "attacked", "soldiers",
     False),
])
def test_own_arguments_are_the_mentions_close_below_the_trigger(
        event_pipe: Pipeline, text: str, trigger: str, mention: str, own: bool) -> None:
    doc, trig = _parse(event_pipe, text, trigger)
    assert own_argument(doc, trig, _mention_of(doc, mention)) is own


def test_plover_view_takes_the_dropped_choice_then_the_place_then_the_best(
        event_pipe: Pipeline) -> None:
    doc, trig = _parse(event_pipe, "The government declared a state of siege in Haiti, "
                       "the United Nations said.", "declared")
    un = _mention_of(doc, "United Nations")
    store_plover(doc, trig, un, False)  # the ranker's best option: after the place
    assert plover_kept(doc, trig, True) is None
    target = plover_target(doc, trig, None)
    assert target is not None and target.country == "HTI"
    store_plover(doc, trig, un, True)  # the rules' choice the ranker dropped: first
    assert plover_target(doc, trig, None) is un
    store_plover(doc, trig, None, True)
    assert plover_kept(doc, trig, True) is None and plover_kept(doc, trig, False) is None


def test_plover_view_falls_back_on_the_ranker_when_there_is_no_place(
        event_pipe: Pipeline) -> None:
    doc, trig = _parse(event_pipe, "The ministry condemned the decision, the union said.",
                       "condemned")
    store_plover(doc, trig, None, False)  # whatever the shipped ranker kept
    assert plover_target(doc, trig, None) is None
    union = _mention_of(doc, "union")
    store_plover(doc, trig, union, False)
    assert plover_target(doc, trig, None) is union


@pytest.mark.parametrize("text,trigger,word,rule", [
    ("In Kenya, a farmer stabbed his neighbour after a quarrel over cattle.", "stabbed",
     "neighbour", "bare_person"),
    ("Police in Ghana arrested him at the border crossing on Monday.", "arrested", "him",
     "bare_pron"),
    ("A man in Texas strangled his wife during an argument.", "strangled", "wife",
     "bare_person"),
    ("Soldiers in Mali burned the granaries of the village.", "burned", "granaries",
     "bare_noun"),
])
def test_bare_objects_are_unnamed_civilians_of_the_story(
        event_pipe: Pipeline, text: str, trigger: str, word: str, rule: str) -> None:
    doc, trig = _parse(event_pipe, text, trigger)
    found = bare_objects(doc, [c for c in trig.children if c.dep_ == "dobj"], [], None)
    assert [m.rule for m in found] == [rule]
    assert found[0].text.endswith(word) and found[0].sectors == ["CVL"] and found[0].country


def test_a_named_object_is_no_bare_object(event_pipe: Pipeline) -> None:
    doc, trig = _parse(event_pipe, "Turkey arrested the mayor of Istanbul.", "arrested")
    assert bare_objects(doc, [c for c in trig.children if c.dep_ == "dobj"], [], None) == []


@pytest.mark.parametrize("text,trigger,word,sectors", [
    ("In Chad, rebels shelled a remote border outpost on Friday.", "shelled",
     "outpost", ["MIL"]),
    ("Drones in Sudan struck a military airfield near the coast.", "struck", "airfield",
     ["MIL"]),
    ("Jets in Somalia bombed remote hideouts in the hills.", "bombed", "hideouts", ["REB"]),
    ("Shells in Libya hit residential areas of the old town.", "hit", "areas", ["CVL"]),
])
def test_a_site_attacked_is_a_bare_site_with_its_people_sector(
        event_pipe: Pipeline, text: str, trigger: str, word: str, sectors: list[str]) -> None:
    doc, trig = _parse(event_pipe, text, trigger)
    found = bare_objects(doc, [c for c in trig.children if c.dep_ == "dobj"], [], None)
    assert [m.rule for m in found] == ["bare_site"]
    assert found[0].text.endswith(word) and found[0].sectors == sectors


@pytest.mark.parametrize("text,trigger,words", [
    ("The envoy urged other members to freeze the group's assets.", "urged", "other members"),
    ("The minister called on aid agencies to send tents to the valley.", "called",
     "aid agencies"),
    ("The president accused unnamed foreign powers of stirring up the riots.", "accused",
     "foreign powers"),
    ("Farmers blamed the municipality for the flooding of their fields.", "blamed",
     "municipality"),
])
def test_the_one_urged_or_accused_named_by_a_common_noun(event_pipe: Pipeline, text: str,
                                                         trigger: str, words: str) -> None:
    """Class *the one urged or accused, named by a common noun* (recips24,
    ``bare_options.addressed_bare``)."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.recipient is not None and words in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger", [
    ("The minister urged calm after the riots.", "urged"),
    ("The opposition accused the police in a statement.", "accused"),
])
def test_no_complement_no_bare_addressee(event_pipe: Pipeline, text: str, trigger: str) -> None:
    """Without a "to" complement (urging) or an "of"/"for" one (accusing),
    a bare object is not taken by this class ("urged calm" is content)."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.recipient is None or "calm" not in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger,who", [
    ("Three aides of the senator were shot dead in Lagos on Friday.", "shot", "aides"),
    ("He fled the country after two of his bodyguards were shot dead in Harare.", "shot",
     "bodyguards"),
    ("Soldiers freed the captives and arrested two accomplices near the camp.", "arrested",
     "accomplices"),
])
def test_people_named_by_their_role_to_someone_are_bare_persons(event_pipe: Pipeline,
                                                                text: str, trigger: str,
                                                                who: str) -> None:
    """recips30: aides, bodyguards, accomplices, crews, teenagers ... are
    person nouns (``PERSON_WORDS``), so the ranker may fill the slot with
    them as it does with "his wife" or "the suspects"."""
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.recipient is not None and who in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger,who", [
    ("Court deputies detained a retired bookkeeper who had shouted at the judge.",
     "detained", "bookkeeper"),
    ("Highway police caught a hitchhiker who had stolen a van near Tartu.", "caught",
     "hitchhiker"),
    ("The tenant stabbed the landlord who had evicted him, prosecutors said.", "stabbed",
     "landlord"),
    ("Border police detained Archbishop Rafael Ortiz in the capital on Monday.",
     "detained", "Ortiz"),
])
def test_a_person_the_text_marks_as_one_fills_the_slot(event_pipe: Pipeline, text: str,
                                                       trigger: str, who: str) -> None:
    """recip33, class *a person the text marks as one*
    (``bare_options.marked_person``): a "who" relative clause or a
    personal name makes an unlisted noun a bare person the ranker may fill
    the slot with."""
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.recipient is not None and who in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger,word,rule", [
    ("Police sealed off three clubs that had ignored the curfew.", "sealed", "clubs",
     "bare_noun"),
    ("Inspectors impounded two trawlers which had fished inside the zone.", "impounded",
     "trawlers", "bare_noun"),
    ("Inspectors questioned the bakery's manager, Ingrid Solberg, about the fire.",
     "questioned", "manager", "bare_person"),
])
def test_which_or_that_marks_no_person(event_pipe: Pipeline, text: str, trigger: str,
                                       word: str, rule: str) -> None:
    """A relative "which"/"that" marks nothing; a personal name in
    apposition does."""
    doc, trig = _parse(event_pipe, text, trigger)
    objs = [c for c in trig.children if c.dep_ == "dobj"] or [
        c for p in trig.children if p.dep_ == "prt" for c in trig.children if c.dep_ == "dobj"]
    found = bare_objects(doc, objs, [], None)
    assert [m.rule for m in found] == [rule] and found[0].text.endswith(word)


@pytest.mark.parametrize("text,noun", [
    ("Police arrested the owner of the car who fled the scene.", "car"),
    ("Deputies detained the driver of a truck who had run the roadblock.", "truck"),
    ("Rangers fined the captain of the trawler who had ignored the ban.", "trawler"),
])
def test_a_who_clause_after_an_of_object_marks_no_person(event_pipe: Pipeline, text: str,
                                                          noun: str) -> None:
    """review68: a relative "who" after "the owner of the car" may belong to
    the owner, so it does not make the car a person."""
    doc = event_pipe.nlp(text)
    tok = next(t for t in doc if t.text == noun)
    assert not marked_person(tok)


@pytest.mark.parametrize("text,trigger", [
    ("Commandos boarded the vessel, Santa Lucia, at dawn.", "boarded"),
    ("Raiders looted the boat Maria Teresa at the pier.", "looted"),
    ("The coast guard sank the skiff Rosa Delgado near the reef.", "sank"),
])
def test_a_site_named_after_a_person_stays_a_site(event_pipe: Pipeline, text: str,
                                                 trigger: str) -> None:
    """review68: a site word (``target_sites``) with a personal name in
    apposition is a vessel or building named after someone, not a person."""
    doc, trig = _parse(event_pipe, text, trigger)
    objs = [c for c in trig.children if c.dep_ == "dobj"]
    assert [m.rule for m in bare_objects(doc, objs, [], None)] == ["bare_site"]


@pytest.mark.parametrize("text,noun", [
    ("Regulators raided a company whose shares had collapsed overnight.", "company"),
    ("Customs seized a freighter whose cargo was undeclared.", "freighter"),
    ("Investigators searched a clinic whose licence had lapsed.", "clinic"),
])
def test_whose_marks_no_person(event_pipe: Pipeline, text: str, noun: str) -> None:
    """review68: things have a "whose" too, so it marks no person (the
    branch listed it but, "whose" being the possessor of the clause's noun,
    never matched it)."""
    doc = event_pipe.nlp(text)
    assert not marked_person(next(t for t in doc if t.text == noun))


@pytest.mark.parametrize("text,trigger,who", [
    ("An electrician was indicted in Ohio on eleven fraud counts.", "indicted",
     "electrician"),
    ("Two farmhands were detained at a checkpoint near Bogota.", "detained", "farmhands"),
    ("A plumber has been charged in the deaths of two tenants in Dayton.", "charged",
     "plumber"),
])
def test_the_one_a_custody_or_court_verb_acts_on_is_a_person(
        event_pipe: Pipeline, text: str, trigger: str, who: str) -> None:
    """recip34, class *the one a custody or court verb acts on is a person*
    (``bare_options.person_patient``): an unlisted noun as the object or
    passive subject of indict, detain, charge ... is a bare person the
    ranker may fill the slot with."""
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.recipient is not None and who in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,noun", [
    ("The vigil ended quietly and no one was detained, the mayor said.", "one"),
    ("Nobody has been charged over the fire in Lyon.", "Nobody"),
    ("Officers said no suspects were arrested at the scene.", "suspects"),
])
def test_a_negated_noun_is_no_person_patient(event_pipe: Pipeline, text: str,
                                             noun: str) -> None:
    """"no one was detained" names nobody."""
    doc = event_pipe.nlp(text)
    assert not person_patient(next(t for t in doc if t.text == noun))


def test_a_vessel_detained_stays_a_site(event_pipe: Pipeline) -> None:
    """``_bare_kind`` asks ``is_site`` before the custody verb."""
    doc, trig = _parse(event_pipe, "Customs officers detained the tanker off Oman.",
                       "detained")
    objs = [c for c in trig.children if c.dep_ == "dobj"]
    found = bare_objects(doc, objs, [], None)
    assert [m.rule for m in found] in ([], ["bare_site"]), found


@pytest.mark.parametrize("text,noun", [
    ("Customs officers detained a shipment of rifles at the port.", "shipment"),
    ("Two tonnes of cocaine were detained in Antwerp on Monday.", "tonnes"),
    ("Border guards detained the goods for inspection.", "goods"),
])
def test_goods_or_a_measure_detained_is_no_person_patient(event_pipe: Pipeline, text: str,
                                                          noun: str) -> None:
    """review75: a custody verb takes things too -- a measure or goods
    detained is no person the ranker may fill the slot with."""
    doc = event_pipe.nlp(text)
    assert not person_patient(next(t for t in doc if t.text == noun))
