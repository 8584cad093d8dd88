"""Class *the victims of an attack are of the scene's country* (recodes18,
:mod:`eventwire.stages.actors.scene_victims`): events built on sentences
written for this test, none from an evaluation set."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import eventwire.nlp.extensions  # noqa: F401  (registers Doc._.actor_mentions)
from eventwire.models import ActorMention, EventMention, PlaceMention
from eventwire.nlp.extensions import get_list
from eventwire.stages.actors.scene_victims import (
    people_at_place,
    scene_country,
    victims_at_scene,
)

NLP = spacy.blank("en")


def _at(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def _event(text: str, trigger: str, victim: tuple[str, str, list[str], str],
           place: tuple[str, str, str], states: dict[str, str],
           kind: str = "ASSAULT", nlp: Language = NLP) -> tuple[Doc, EventMention]:
    """A doc with state mentions ``states`` (word -> country), and an event
    on ``trigger`` whose recipient is ``victim`` (word, country, sectors,
    rule) and whose place is ``place`` (word, country, basis)."""
    doc = nlp(text)
    mentions = get_list(doc, "actor_mentions")
    for word, country in states.items():
        s, e = _at(text, word)
        mentions.append(ActorMention(s, e, word, kind="state", country=country))
    word, country, sectors, rule = victim
    s, e = _at(text, word)
    recipient = ActorMention(s, e, word, kind="agent", country=country, sectors=sectors,
                             rule=rule)
    ps, pe = _at(text, place[0])
    t = doc.char_span(*_at(text, trigger))
    assert t is not None
    event = EventMention(trigger=t, type=kind, sentence=doc[:], recipient=recipient,
                         place=PlaceMention(ps, pe, place[0], country=place[1],
                                            basis=place[2]))
    return doc, event


@pytest.mark.parametrize("text,trigger,victim,place,states,scene", [
    ("Turkey said its drones struck a market near Idlib in Syria, killing three civilians.",
     "killing", ("civilians", "TUR", ["CVL"], "agent+home"), ("Idlib", "SYR", "clause"),
     {"Turkey": "TUR", "Syria": "SYR"}, "SYR"),
    ("Pakistani militants ambushed policemen at a checkpoint in Zahedan, Iran said.",
     "ambushed", ("policemen", "PAK", ["COP"], "agent+home"), ("Zahedan", "IRN", "trigger"),
     {"Iran": "IRN"}, "IRN"),
    ("France condemned the raid on a base near Gao that killed twelve soldiers in Mali.",
     "killed", ("soldiers", "FRA", ["MIL"], "agent+story"), ("Gao", "MLI", "sentence"),
     {"France": "FRA", "Mali": "MLI"}, "MLI"),
])
def test_victims_take_the_scene_country(text: str, trigger: str,
                                        victim: tuple[str, str, list[str], str],
                                        place: tuple[str, str, str], states: dict[str, str],
                                        scene: str) -> None:
    doc, event = _event(text, trigger, victim, place, states)
    victims_at_scene(doc, [event])
    assert event.recipient is not None and event.recipient.country == scene
    assert event.recipient.rule.endswith("+scene")


TEXT = "Turkey said its drones struck a market near Idlib in Syria, killing three civilians."
STATES = {"Turkey": "TUR", "Syria": "SYR"}


@pytest.mark.parametrize("victim,place,states,kind", [
    # the text placed the victims itself (a demonym compound), not the story
    (("civilians", "TUR", ["CVL"], "compound"), ("Idlib", "SYR", "clause"), STATES, "ASSAULT"),
    # a named person, not a bare agent noun
    (("civilians", "TUR", ["CVL"], "ner-PERSON+home"), ("Idlib", "SYR", "clause"), STATES,
     "ASSAULT"),
    # the place is the article's focus, not the event's sentence
    (("civilians", "TUR", ["CVL"], "agent+home"), ("Idlib", "SYR", "focus"), STATES, "ASSAULT"),
    # no actor names the place's country: the gazetteer's reading is not trusted
    (("civilians", "TUR", ["CVL"], "agent+home"), ("Idlib", "SYR", "clause"),
     {"Turkey": "TUR"}, "ASSAULT"),
    # the place's words are a state of another country ("Syria" read elsewhere)
    (("civilians", "TUR", ["CVL"], "agent+home"), ("Syria", "USA", "clause"),
     {"Turkey": "TUR", "Syria": "SYR", "drones": "USA"}, "ASSAULT"),
    # a ship or a firm is of its flag or owner, not of the waters it is in
    (("market", "TUR", ["BUS"], "agent+home"), ("Idlib", "SYR", "clause"), STATES, "ASSAULT"),
    # police outside an attack: only civilians are placed by any act (people34)
    (("civilians", "TUR", ["COP"], "agent+home"), ("Idlib", "SYR", "clause"), STATES, "COERCE"),
])
def test_other_recipients_keep_their_country(victim: tuple[str, str, list[str], str],
                                             place: tuple[str, str, str],
                                             states: dict[str, str], kind: str) -> None:
    doc, event = _event(TEXT, "killing", victim, place, states, kind)
    assert scene_country(doc, event) is event.recipient


@pytest.mark.parametrize("text,trigger,word,sectors", [
    ("A gunman shot two co-workers at the depot in Tulsa.", "shot", "co-workers", ["LAB"]),
    ("Pirates killed three fishermen off the coast of Somalia.", "killed", "fishermen",
     ["AGR"]),
    ("Militants attacked the miners at a camp near Kidal.", "attacked", "miners", ["LAB"]),
])
def test_people_named_by_their_trade_are_civilians_when_harmed(
        text: str, trigger: str, word: str, sectors: list[str]) -> None:
    """Class *people named by their trade are civilians when harmed*
    (recips20): CVL first, the trade kept beside it."""
    place = text.split(" in ")[-1].split(" of ")[-1].split(" near ")[-1].rstrip(".")
    _, event = _event(text, trigger, (word, "USA", sectors, "agent+story"),
                      (place, "USA", "sentence"), {})
    victims_at_scene(NLP(text), [event])
    assert event.recipient is not None and event.recipient.sectors == ["CVL", *sectors]


@pytest.mark.parametrize("kind,word,sectors", [
    ("PROTEST", "workers", ["LAB"]),   # a trade acting as one keeps its sector
    ("ASSAULT", "traders", ["BUS"]),   # BUS is not a people-only trade
    ("ASSAULT", "workers", ["LAB", "OPP"]),  # another sector says more
])
def test_a_trade_not_harmed_or_not_only_a_trade_is_left(kind: str, word: str,
                                                        sectors: list[str]) -> None:
    text = f"Police met the {word} at the market in Lagos."
    _, event = _event(text, "met", (word, "NGA", sectors, "agent+story"),
                      ("Lagos", "NGA", "sentence"), {}, kind=kind)
    victims_at_scene(NLP(text), [event])
    assert event.recipient is not None and event.recipient.sectors == sectors


@pytest.mark.parametrize("text,word", [
    ("Gunmen attacked the offices of the transport union in Lagos.", "transport union"),
    ("Police stormed the headquarters of the trade unions in Lagos.", "trade unions"),
    ("Masked men torched the workers federation building in Lagos.", "workers federation"),
])
def test_a_trade_body_harmed_is_no_civilian(text: str, word: str) -> None:
    """LAB also names the bodies of a trade (a union, a federation): an
    attack on one harms an organisation, not civilians."""
    _, event = _event(text, text.split()[1], (word, "NGA", ["LAB"], "agent+story"),
                      ("Lagos", "NGA", "sentence"), {})
    victims_at_scene(NLP(text), [event])
    assert event.recipient is not None and event.recipient.sectors == ["LAB"]


def test_the_doc_states_are_read_once_for_all_events() -> None:
    """victims_at_scene gathers the doc's states once (review18) and gives
    every event the same answer scene_country gives alone."""
    from eventwire.stages.actors.scene_victims import scene_states

    text = "Turkey said its drones struck a market near Idlib in Syria, killing three civilians."
    doc, event = _event(text, "killing", ("civilians", "TUR", ["CVL"], "agent+home"),
                        ("Idlib", "SYR", "clause"), {"Turkey": "TUR", "Syria": "SYR"})
    get_list(doc, "actor_mentions").append(
        ActorMention(0, 6, "Turkey", kind="agent", country="GRC", rule="agent"))
    states = scene_states(doc)
    assert states.named == frozenset({"TUR", "SYR"})  # an agent's country names no state
    assert len(states.located) == 3
    alone = scene_country(doc, event)
    victims_at_scene(doc, [event])
    assert alone is not None and event.recipient == alone and alone.country == "SYR"


@pytest.mark.parametrize("text,trigger,people,place,states,kind,country", [
    ("Azerbaijan protested after hundreds of demonstrators gathered outside the parliament"
     " in Yerevan.", "gathered", ("demonstrators", "AZE", ["CVL"], "agent+home"),
     ("Yerevan", "ARM", "sentence"), {"Azerbaijan": "AZE", "Yerevan": "ARM"}, "PROTEST",
     "ARM"),
    ("Azerbaijan protested after hundreds of demonstrators gathered outside the parliament"
     " in Yerevan.", "gathered", ("demonstrators", "AZE", ["CVL", "OPP"], "agent+home"),
     ("Yerevan", "ARM", "sentence"), {"Azerbaijan": "AZE", "Yerevan": "ARM"}, "PROTEST",
     "ARM"),
    ("Rwanda said residents blocked the road outside Goma in Congo.", "blocked",
     ("residents", "RWA", ["CVL"], "agent+story"), ("Goma", "COD", "clause"),
     {"Rwanda": "RWA", "Congo": "COD"}, "PROTEST", "COD"),
    ("Britain says a farmer fired at the inspectors near Cork in Ireland.", "fired",
     ("farmer", "GBR", ["CVL"], "agent+home"), ("Cork", "IRL", "trigger"),
     {"Britain": "GBR", "Ireland": "IRL"}, "ASSAULT", "IRL"),
])
def test_unnamed_actors_take_the_country_of_their_place(
        text: str, trigger: str, people: tuple[str, str, list[str], str],
        place: tuple[str, str, str], states: dict[str, str], kind: str,
        country: str, spacy_nlp: Language) -> None:
    """Class *unnamed people are of the place where they act* (people34):
    the actor side."""
    doc, event = _event(text, trigger, people, place, states, kind, spacy_nlp)
    event.actor, event.recipient = event.recipient, None
    victims_at_scene(doc, [event])
    assert event.actor is not None and event.actor.country == country
    assert event.actor.rule.endswith("+scene")


@pytest.mark.parametrize("text,trigger,people,place,states", [
    ("France said police arrested forty people in Noumea, New Caledonia.", "arrested",
     ("people", "FRA", ["CVL"], "agent+home"), ("Noumea", "NCL", "sentence"),
     {"France": "FRA", "New Caledonia": "NCL"}),
    ("Benin said soldiers detained six suspects in the Dosso region of Niger.", "detained",
     ("suspects", "BEN", ["CVL", "CRM"], "agent+story"), ("Dosso", "NER", "trigger"),
     {"Benin": "BEN", "Niger": "NER"}),
    ("Hungary said a teenager was questioned by officers in Uzhhorod, Ukraine.", "questioned",
     ("teenager", "HUN", ["CVL"], "agent+home"), ("Uzhhorod", "UKR", "clause"),
     {"Hungary": "HUN", "Ukraine": "UKR"}),
])
def test_unnamed_people_any_act_falls_on_take_the_place_country(
        text: str, trigger: str, people: tuple[str, str, list[str], str],
        place: tuple[str, str, str], states: dict[str, str], spacy_nlp: Language) -> None:
    """The recipient side beyond attacks: arrests, detentions, questioning."""
    doc, event = _event(text, trigger, people, place, states, "COERCE", spacy_nlp)
    victims_at_scene(doc, [event])
    assert event.recipient is not None and event.recipient.country == place[1]


@pytest.mark.parametrize("people,place,states", [
    # the place is only the article's focus
    (("demonstrators", "AZE", ["CVL"], "agent+home"), ("Yerevan", "ARM", "focus"),
     {"Azerbaijan": "AZE", "Yerevan": "ARM"}),
    # a named person, not an unnamed one
    (("demonstrators", "AZE", ["CVL"], "ner-PERSON+home"), ("Yerevan", "ARM", "sentence"),
     {"Azerbaijan": "AZE", "Yerevan": "ARM"}),
    # the text gave the people their country ("Azerbaijani demonstrators")
    (("demonstrators", "AZE", ["CVL"], "compound"), ("Yerevan", "ARM", "sentence"),
     {"Azerbaijan": "AZE", "Yerevan": "ARM"}),
    # soldiers and officials acting abroad keep their country (police and
    # courts are placed since actors40: test_a_jurisdictions_agents_...)
    (("demonstrators", "AZE", ["MIL"], "agent+home"), ("Yerevan", "ARM", "sentence"),
     {"Azerbaijan": "AZE", "Yerevan": "ARM"}),
    (("demonstrators", "AZE", ["GOV"], "agent+home"), ("Yerevan", "ARM", "sentence"),
     {"Azerbaijan": "AZE", "Yerevan": "ARM"}),
    (("demonstrators", "AZE", ["COP", "MIL"], "agent+home"), ("Yerevan", "ARM", "sentence"),
     {"Azerbaijan": "AZE", "Yerevan": "ARM"}),
    # a civilian sector beside a state office's: not unnamed civilians alone
    (("demonstrators", "AZE", ["CVL", "GOV"], "agent+home"), ("Yerevan", "ARM", "sentence"),
     {"Azerbaijan": "AZE", "Yerevan": "ARM"}),
])
def test_other_actors_keep_their_country(people: tuple[str, str, list[str], str],
                                         place: tuple[str, str, str],
                                         states: dict[str, str], spacy_nlp: Language) -> None:
    text = ("Azerbaijan protested after hundreds of demonstrators gathered outside the"
            " parliament in Yerevan.")
    doc, event = _event(text, "gathered", people, place, states, "PROTEST", spacy_nlp)
    event.actor, event.recipient = event.recipient, None
    assert people_at_place(doc, event) is event.actor


@pytest.mark.parametrize("text,trigger,word,place", [
    ("Greece said protesters hurled Molotov cocktails at the police.", "hurled",
     "protesters", "Molotov"),
    ("Greece said protesters smashed windows and tossed in Molotov cocktails.", "tossed",
     "protesters", "Molotov"),
    ("Kenya said residents blamed Paris for the delay.", "blamed", "residents", "Paris"),
    ("Chile said students visited Jordan last week.", "visited", "students", "Jordan"),
])
def test_a_place_outside_a_locative_phrase_places_no_one(
        text: str, trigger: str, word: str, place: str, spacy_nlp: Language) -> None:
    """A name the gazetteer reads as a place but that no preposition places
    anyone in (a word of a weapon's name, an object) leaves the people be."""
    states = {text.split()[0]: "GRC", place: "RUS"}
    doc, event = _event(text, trigger, (word, "GRC", ["CVL", "OPP"], "agent+home"),
                        (place, "RUS", "sentence"), states, "PROTEST", spacy_nlp)
    event.actor, event.recipient = event.recipient, None
    assert people_at_place(doc, event) is event.actor


@pytest.mark.parametrize("text,trigger,word,place,states", [
    ("Venezuela said hundreds of protesters marched to Colombia on Monday.", "marched",
     "protesters", ("Colombia", "COL", "trigger"), {"Venezuela": "VEN", "Colombia": "COL"}),
    ("Sudan said that dozens of families crossed into Chad overnight.", "crossed",
     "families", ("Chad", "TCD", "trigger"), {"Sudan": "SDN", "Chad": "TCD"}),
    ("Bolivia said striking miners walked towards Peru after the talks failed.", "walked",
     "miners", ("Peru", "PER", "clause"), {"Bolivia": "BOL", "Peru": "PER"}),
    ("Jordan said police questioned villagers who had come back from Syria.", "questioned",
     "villagers", ("Syria", "SYR", "sentence"), {"Jordan": "JOR", "Syria": "SYR"}),
])
def test_the_end_or_start_of_a_way_places_no_one(
        text: str, trigger: str, word: str, place: tuple[str, str, str],
        states: dict[str, str], spacy_nlp: Language) -> None:
    """review73: people heading to a place or coming from it are not of it
    ("marched to Colombia", "crossed into Chad", "come back from Syria")."""
    home = states[text.split()[0]]
    doc, event = _event(text, trigger, (word, home, ["CVL"], "agent+home"), place, states,
                        "PROTEST", spacy_nlp)
    event.actor, event.recipient = event.recipient, None
    assert people_at_place(doc, event) is event.actor


@pytest.mark.parametrize("text,trigger,word,place,states", [
    ("Hungary said residents gathered in the town of Berehove in Ukraine.", "gathered",
     "residents", ("Berehove", "UKR", "trigger"), {"Hungary": "HUN", "Ukraine": "UKR"}),
    ("Russia said crowds marched through Tbilisi in Georgia on Sunday.", "marched",
     "crowds", ("Tbilisi", "GEO", "trigger"), {"Russia": "RUS", "Georgia": "GEO"}),
    ("Serbia said villagers protested at a crossing near Jarinje in Kosovo.", "protested",
     "villagers", ("Jarinje", "XKX", "clause"), {"Serbia": "SRB", "Kosovo": "XKX"}),
])
def test_a_place_of_position_still_places_the_people(
        text: str, trigger: str, word: str, place: tuple[str, str, str],
        states: dict[str, str], spacy_nlp: Language) -> None:
    """review73: "in the town of X", "through X", "near X" are where the
    people are."""
    home = states[text.split()[0]]
    doc, event = _event(text, trigger, (word, home, ["CVL"], "agent+home"), place, states,
                        "PROTEST", spacy_nlp)
    event.actor, event.recipient = event.recipient, None
    placed = people_at_place(doc, event)
    assert placed is not None and placed.country == place[1]


@pytest.mark.parametrize("text,trigger,word,place,states,role", [
    ("Afghanistan said Iranian police detained hundreds of migrants in Tehran.", "detained",
     "hundreds of migrants", ("Tehran", "IRN", "trigger"),
     {"Afghanistan": "AFG", "Iranian": "IRN"}, "recipient"),
    ("Britain said two tourists were robbed near the Louvre in Paris on Sunday.", "robbed",
     "two tourists", ("Paris", "FRA", "clause"), {"Britain": "GBR", "Paris": "FRA"},
     "recipient"),
    ("Nigeria said a group of pilgrims prayed at a shrine near Medina in Saudi Arabia.",
     "prayed", "a group of pilgrims", ("Medina", "SAU", "trigger"),
     {"Nigeria": "NGA", "Saudi Arabia": "SAU"}, "actor"),
    ("Japan said foreign students rallied outside the station in Busan, South Korea.",
     "rallied", "foreign students", ("Busan", "KOR", "clause"),
     {"Japan": "JPN", "South Korea": "KOR"}, "actor"),
])
def test_newcomers_are_not_of_the_place_they_are_in(
        text: str, trigger: str, word: str, place: tuple[str, str, str],
        states: dict[str, str], role: str, spacy_nlp: Language) -> None:
    """review73: migrants, tourists, pilgrims and foreigners named as such
    keep the country the story gave them (their place is not theirs)."""
    home = states[text.split()[0]]
    doc, event = _event(text, trigger, (word, home, ["CVL"], "agent+home"), place, states,
                        "COERCE", spacy_nlp)
    if role == "actor":
        event.actor, event.recipient = event.recipient, None
    victims_at_scene(doc, [event])
    kept = event.actor if role == "actor" else event.recipient
    assert kept is not None and kept.country == home


def _mistag(doc: Doc, word: str, label: str) -> None:
    """Tag ``word`` as the small model often tags a town it has not seen."""
    from spacy.tokens import Span

    tok = next(t for t in doc if t.text == word)
    doc.ents = [Span(doc, tok.i, tok.i + 1, label=label)]


@pytest.mark.parametrize("text,trigger,word,place,states,label", [
    ("Azerbaijan protested after hundreds of demonstrators gathered outside the"
     " parliament in Vanadzor, Armenia said.", "gathered", "demonstrators",
     ("Vanadzor", "ARM", "trigger"), {"Azerbaijan": "AZE", "Armenia": "ARM"}, "PERSON"),
    ("Russia said that crowds of students rallied near Kutaisi on Friday, Georgia said.",
     "rallied", "students", ("Kutaisi", "GEO", "trigger"),
     {"Russia": "RUS", "Georgia": "GEO"}, "ORG"),
    ("Bulgaria says residents blocked a road in the town of Bitola, North Macedonia.",
     "blocked", "residents", ("Bitola", "MKD", "clause"),
     {"Bulgaria": "BGR", "North Macedonia": "MKD"}, "PERSON"),
])
def test_a_town_the_tagger_misreads_still_places_the_people(
        text: str, trigger: str, word: str, place: tuple[str, str, str],
        states: dict[str, str], label: str, spacy_nlp: Language) -> None:
    """actors40: a proper noun the geo stage resolved, standing as the object
    of a preposition of position, is locative even when the tagger calls it a
    person or an organisation."""
    home = states[text.split()[0]]
    doc, event = _event(text, trigger, (word, home, ["CVL"], "agent+home"), place, states,
                        "PROTEST", spacy_nlp)
    _mistag(doc, place[0], label)
    event.actor, event.recipient = event.recipient, None
    placed = people_at_place(doc, event)
    assert placed is not None and placed.country == place[1]


@pytest.mark.parametrize("text,trigger,word,place", [
    # the misread name modifies a noun: only a tagged place may climb
    ("Russia said students rallied in Kutaisi square on Friday.", "rallied", "students",
     "Kutaisi"),
    # a person's possessive is no place, however the gazetteer read it
    ("Russia said students rallied outside Ivanov's house on Friday.", "rallied",
     "students", "Ivanov"),
    # a person after "with" is company, not a place
    ("Russia said students rallied with Kutaisi on Friday.", "rallied", "students",
     "Kutaisi"),
])
def test_a_misread_name_outside_a_position_places_no_one(
        text: str, trigger: str, word: str, place: str, spacy_nlp: Language) -> None:
    states = {"Russia": "RUS", place: "GEO"}
    doc, event = _event(text, trigger, (word, "RUS", ["CVL"], "agent+home"),
                        (place, "GEO", "trigger"), states, "PROTEST", spacy_nlp)
    _mistag(doc, place, "PERSON")
    event.actor, event.recipient = event.recipient, None
    assert people_at_place(doc, event) is event.actor


@pytest.mark.parametrize("text,trigger,word,sectors,place,states,country", [
    ("Bulgaria said police detained two men in Bitola on Thursday, Macedonian media said.",
     "detained", "police", ["COP"], ("Bitola", "MKD", "trigger"),
     {"Bulgaria": "BGR", "Macedonian": "MKD"}, "MKD"),
    ("Russia said the coast guard boarded a tanker near Kotka, in Finland.", "boarded",
     "coast guard", ["COP"], ("Kotka", "FIN", "trigger"), {"Russia": "RUS", "Finland": "FIN"},
     "FIN"),
    ("Uganda said a judge jailed the Kenyan activist in Eldoret.", "jailed", "judge",
     ["JUD"], ("Eldoret", "KEN", "trigger"), {"Uganda": "UGA", "Kenyan": "KEN"}, "KEN"),
    # a dependent territory's police are its sovereign's (actors36)
    ("Australia said gendarmes detained ten people in Papeete, Tahiti.", "detained",
     "gendarmes", ["COP"], ("Papeete", "PYF", "trigger"),
     {"Australia": "AUS", "Tahiti": "PYF"}, "FRA"),
])
def test_a_jurisdictions_agents_are_of_the_place_they_act_in(
        text: str, trigger: str, word: str, sectors: list[str], place: tuple[str, str, str],
        states: dict[str, str], country: str, spacy_nlp: Language) -> None:
    """Class *a jurisdiction's own agents* (actors40): police, coast guards,
    courts and judges named bare act within their own state."""
    home = states[text.split()[0]]
    doc, event = _event(text, trigger, (word, home, sectors, "agent+home"), place, states,
                        "COERCE", spacy_nlp)
    event.actor, event.recipient = event.recipient, None
    placed = people_at_place(doc, event)
    assert placed is not None and placed.country == country
    assert placed.rule.endswith("+scene")


@pytest.mark.parametrize("text,trigger,word,sectors,place,rule", [
    # soldiers cross borders: a place abroad does not make them its own
    ("Bulgaria said soldiers detained two men in Bitola on Thursday.", "detained",
     "soldiers", ["MIL"], ("Bitola", "MKD", "trigger"), "agent+home"),
    # an official visits: the minister is not of the town he visits
    ("Bulgaria said the minister met farmers in Bitola on Thursday.", "met",
     "minister", ["GOV"], ("Bitola", "MKD", "trigger"), "agent+home"),
    # the text named the police's country itself ("Bulgarian police")
    ("Bulgaria said Bulgarian police detained two men in Bitola.", "detained",
     "Bulgarian police", ["COP"], ("Bitola", "MKD", "trigger"), "compound"),
    # the place is only the article's focus, not the act's
    ("Bulgaria said police detained two men on Thursday in Bitola.", "detained",
     "police", ["COP"], ("Bitola", "MKD", "focus"), "agent+home"),
])
def test_other_agents_keep_their_country_where_they_act(
        text: str, trigger: str, word: str, sectors: list[str], place: tuple[str, str, str],
        rule: str, spacy_nlp: Language) -> None:
    states = {"Bulgaria": "BGR", "Macedonian": "MKD"}
    doc, event = _event(f"{text} Macedonian officials said.", trigger,
                        (word, "BGR", sectors, rule), place, states, "COERCE", spacy_nlp)
    event.actor, event.recipient = event.recipient, None
    assert people_at_place(doc, event) is event.actor
