"""The event-place classes of ``eventwire/stages/geo/event_place.py``
(issue #12/#13). Sentences written for these tests, several per class."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.models import Article, PlaceMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(progress=False))


def place(pipe: Pipeline, text: str, trigger: str) -> PlaceMention | None:
    """The stated place of the event ``trigger`` (a focus place is none, as
    the records scorer reads it)."""
    art = Article(text=text, id="t", published=date(2023, 5, 9), outlet="Wire")
    ((_, _doc, events),) = list(pipe.extract([art]))
    event = next(e for e in events if e.mention.trigger.text == trigger)
    got = event.mention.place
    return None if got is None or got.basis == "focus" else got


def name_of(p: PlaceMention | None) -> str | None:
    """The place as the text names it."""
    return None if p is None else p.text


@pytest.mark.parametrize("text,trigger", [
    ("Two U.S. officials condemned the bombing on Monday.", "condemned"),
    ("Russia's foreign ministry rejected the proposal.", "rejected"),
    ("Leaders of Kenya and Uganda signed a trade deal.", "signed"),
    ("Iran-backed militias attacked a convoy at dawn.", "attacked"),
])
def test_a_place_modifying_a_person_or_body_places_nothing(pipe: Pipeline, text: str,
                                                          trigger: str) -> None:
    assert place(pipe, text, trigger) is None


@pytest.mark.parametrize("text,trigger,city", [
    ("Israeli jets resumed the Gaza airstrikes on Monday.", "airstrikes", "Gaza"),
    ("Gunmen opened fire at a Nairobi hotel on Friday.", "opened", "Nairobi"),
    ("A rocket hit the arrivals hall of Kandahar airport.", "hit", "Kandahar"),
    ("The minister will travel to Amman next week.", "travel", "Amman"),
])
def test_place_nouns_event_nouns_and_motion_keep_their_place(pipe: Pipeline, text: str,
                                                             trigger: str, city: str) -> None:
    assert name_of(place(pipe, text, trigger)) == city


@pytest.mark.parametrize("text,trigger", [
    ("The rocket was fired from Aleppo and hit a school overnight.", "hit"),
    ("Greece deported 50 migrants to Turkey on Tuesday.", "deported"),
    ("Spain extradited the suspect to Peru on Friday.", "extradited"),
])
def test_origins_and_transfer_destinations_are_not_the_place(pipe: Pipeline, text: str,
                                                             trigger: str) -> None:
    got = place(pipe, text, trigger)
    assert got is None or got.text not in ("Aleppo", "Turkey", "Peru")


@pytest.mark.parametrize("text,trigger,other", [
    ("The senator, who lives in Chicago, criticised the ruling.", "criticised", "Chicago"),
    ("The president, who was visiting Madrid, condemned the coup.", "condemned", "Madrid"),
    ("Police arrested two men, and later a court in Lyon freed a third suspect.", "arrested",
     "Lyon"),
])
def test_a_place_of_a_side_clause_does_not_place_the_event(pipe: Pipeline, text: str,
                                                           trigger: str, other: str) -> None:
    assert name_of(place(pipe, text, trigger)) != other


@pytest.mark.parametrize("text,trigger,city", [
    ("Officials in Lima said protesters attacked a police station.", "attacked", "Lima"),
    ("Residents of Mosul said gunmen kidnapped a teacher.", "kidnapped", "Mosul"),
])
def test_a_place_of_a_governing_clause_places_the_event(pipe: Pipeline, text: str,
                                                       trigger: str, city: str) -> None:
    assert name_of(place(pipe, text, trigger)) == city


@pytest.mark.parametrize("text,trigger", [
    ("KABUL (Reuters) - Pakistan's army shelled border posts on Tuesday.", "shelled"),
    ("NAIROBI (AP) - The U.S. State Department criticised the arrests on Monday.",
     "criticised"),
    ("HANOI (AFP) - China's coast guard seized a fishing boat on Sunday.", "seized"),
])
def test_a_foreign_actor_is_not_placed_by_the_dateline(pipe: Pipeline, text: str,
                                                       trigger: str) -> None:
    got = place(pipe, text, trigger)
    assert got is None or got.basis != "dateline"


@pytest.mark.parametrize("text,trigger,city", [
    ("KABUL (Reuters) - Afghan police arrested three men on Tuesday.", "arrested", "Kabul"),
    ("LIMA, Peru (AP) - Peru's congress approved the budget on Monday.", "approved", "Lima"),
])
def test_a_home_actor_is_placed_by_the_dateline(pipe: Pipeline, text: str, trigger: str,
                                                city: str) -> None:
    got = place(pipe, text, trigger)
    assert got is not None and got.basis == "dateline" and got.name == city



@pytest.mark.parametrize("text,trigger", [
    ("Peruvian minister resigns over corruption claims\nLIMA, May 9 (Reuters) - Peru's "
     "interior minister stepped down on Tuesday.", "resigns"),
    ("Ghana arrests opposition activists after rally\nACCRA, May 9 (AP) - Police in Ghana "
     "detained 40 activists on Tuesday.", "arrests"),
    ("Bolivian farmers block highways in fuel protest\nLA PAZ (AFP) - Farmers set up "
     "roadblocks on Tuesday.", "block"),
])
def test_a_headline_above_the_dateline_is_not_placed_by_it(pipe: Pipeline, text: str,
                                                           trigger: str) -> None:
    got = place(pipe, text, trigger)
    assert got is None or got.basis != "dateline"


@pytest.mark.parametrize("text,trigger,city", [
    ("Kenyan police arrest protesters\nNAIROBI, May 9 (Reuters) - Kenyan police arrested "
     "30 protesters on Tuesday.", "arrested", "NAIROBI"),
    ("Chile extends curfew\nSANTIAGO, May 9 (EFE) - Chilean authorities extended a "
     "curfew on Sunday.", "extended", "SANTIAGO"),
])
def test_the_body_under_a_headline_keeps_the_dateline(pipe: Pipeline, text: str,
                                                      trigger: str, city: str) -> None:
    got = place(pipe, text, trigger)
    assert got is not None and got.basis == "dateline" and got.text == city


@pytest.mark.parametrize("text,trigger", [
    ("KABUL (Reuters) - The Afghan interior ministry said dozens of fighters had been "
     "killed since the start of the offensive.", "killed"),
    ("NAIROBI (AP) - Police said officers had fired only tear gas.", "fired"),
    ("LIMA (AFP) - The defence ministry said troops had been deployed to support the "
     "police.", "deployed"),
])
def test_an_undated_reported_claim_is_not_placed_by_the_dateline(pipe: Pipeline, text: str,
                                                                trigger: str) -> None:
    got = place(pipe, text, trigger)
    assert got is None or got.basis != "dateline"


@pytest.mark.parametrize("text,trigger,city", [
    ("KABUL (Reuters) - Afghan police arrested three men on Tuesday, the interior "
     "ministry said.", "arrested", "KABUL"),
    ("LIMA (AFP) - Peruvian police detained 12 protesters on Monday, the interior "
     "ministry said.", "detained", "LIMA"),
])
def test_a_dated_reported_act_keeps_the_dateline(pipe: Pipeline, text: str, trigger: str,
                                                 city: str) -> None:
    got = place(pipe, text, trigger)
    assert got is not None and got.basis == "dateline" and got.text == city


@pytest.mark.parametrize("text,trigger", [
    ("NIAMEY (Reuters) - The European Union suspended budget support to Niger on "
     "Saturday.", "suspended"),
    ("FREETOWN (AP) - ECOWAS condemned the attack on Monday.", "condemned"),
    ("DHAKA (AFP) - Amnesty International accused the police of torture on Tuesday.",
     "accused"),
])
def test_an_international_body_is_not_placed_by_the_dateline(pipe: Pipeline, text: str,
                                                             trigger: str) -> None:
    got = place(pipe, text, trigger)
    assert got is None or got.basis != "dateline"


@pytest.mark.parametrize("text,trigger", [
    ("NAIROBI (Reuters) - Kenya deployed soldiers on Tuesday to support the police.",
     "deployed"),
    ("DAMASCUS (AP) - The government sent thousands of reinforcements on Sunday.", "sent"),
    ("PORT MORESBY (AFP) - The army mobilised 1,000 troops on Thursday.", "mobilised"),
])
def test_a_deployment_without_a_destination_is_not_placed_by_the_dateline(
        pipe: Pipeline, text: str, trigger: str) -> None:
    got = place(pipe, text, trigger)
    assert got is None or got.basis != "dateline"


@pytest.mark.parametrize("text,trigger,city", [
    ("QUITO (Reuters) - Soldiers were deployed to the port city of Guayaquil on Tuesday.",
     "deployed",
     "Guayaquil"),
    ("DAMASCUS (AP) - The government sent reinforcements to Latakia on Sunday.", "sent",
     "Latakia"),
])
def test_a_deployment_is_placed_at_its_destination(pipe: Pipeline, text: str, trigger: str,
                                                   city: str) -> None:
    assert name_of(place(pipe, text, trigger)) == city


@pytest.mark.parametrize("text,trigger,city", [
    ("Protesters stormed the Almaty mayor's office on Wednesday.", "stormed", "Almaty"),
    ("Militants attacked Kandahar airport before dawn.", "attacked", "Kandahar"),
    ("Drones hit Odesa's port overnight, the governor said.", "hit", "Odesa"),
    ("Kandahar airport was attacked by militants before dawn.", "attacked", "Kandahar"),
    ("Protesters torched Almaty city hall on Wednesday.", "torched", "Almaty"),
])
def test_a_town_struck_is_where_the_strike_happens(pipe: Pipeline, text: str, trigger: str,
                                                   city: str) -> None:
    assert name_of(place(pipe, text, trigger)) == city


@pytest.mark.parametrize("text,trigger", [
    ("Russia attacked Ukraine in February 2022.", "attacked"),
    ("Azerbaijan accused Armenia of provocations.", "accused"),
])
def test_a_country_struck_or_a_town_accused_is_no_place(pipe: Pipeline, text: str,
                                                        trigger: str) -> None:
    got = place(pipe, text, trigger)
    assert got is None or got.basis not in ("trigger", "clause")


@pytest.mark.parametrize("text,trigger,city", [
    ("A gunman killed three customers at a Denver grocery store on Monday.", "killed", "Denver"),
    ("Police arrested the suspect at a Fresno apartment late Tuesday.", "arrested", "Fresno"),
    ("The couple was found shot dead in their Tucson home on Sunday.", "shot", "Tucson"),
    ("A bomb exploded outside a Lagos courthouse, police said.", "exploded", "Lagos"),
])
def test_a_town_naming_a_shop_home_or_court_is_where_the_act_happens(
        pipe: Pipeline, text: str, trigger: str, city: str) -> None:
    assert name_of(place(pipe, text, trigger)) == city


@pytest.mark.parametrize("text,trigger", [
    ("Governor of the Bank of England Andrew Bailey warned on inflation.", "warned"),
    ("A Texas home builder sued the city on Monday.", "sued"),
])
def test_a_body_or_trade_named_by_a_venue_noun_places_nothing(pipe: Pipeline, text: str,
                                                              trigger: str) -> None:
    assert place(pipe, text, trigger) is None


@pytest.mark.parametrize("text,trigger,city", [
    ("Police sealed off Kabul's airport on Monday.", "sealed", "Kabul"),
    ("Police cordoned off Mosul's old city on Monday.", "cordoned", "Mosul"),
    ("Authorities quarantined Wuhan in January.", "quarantined", "Wuhan"),
    ("Kandahar was locked down after the attack.", "locked", "Kandahar"),
])
def test_a_town_taken_or_shut_is_where_the_coercion_happens(pipe: Pipeline, text: str,
                                                             trigger: str, city: str) -> None:
    assert name_of(place(pipe, text, trigger)) == city


@pytest.mark.parametrize("text,trigger", [
    ("Police arrested a man from Mombasa on Tuesday.", "arrested"),
    ("China blockaded Taiwan in the exercise.", "blockaded"),
    ("Ali Hassan, 30, of Mombasa was arrested on Monday.", "arrested"),
    ("Police arrested a Texas man on Monday.", "arrested"),
])
def test_a_home_town_or_a_country_coerced_is_no_place(pipe: Pipeline, text: str,
                                                     trigger: str) -> None:
    assert place(pipe, text, trigger) is None


@pytest.mark.parametrize("text,trigger,city", [
    ("Russian troops withdrew from Kherson on Friday.", "withdrew", "Kherson"),
    ("Ukrainian soldiers retreated from Bakhmut in May.", "retreated", "Bakhmut"),
    ("The rebels retreated from Timbuktu overnight.", "retreated", "Timbuktu"),
])
def test_a_place_left_is_where_the_withdrawal_happens(pipe: Pipeline, text: str, trigger: str,
                                                       city: str) -> None:
    assert name_of(place(pipe, text, trigger)) == city


@pytest.mark.parametrize("text,trigger", [
    ("The United States withdrew from the Paris climate accord.", "withdrew"),
    ("Troops who had come from Kherson withdrew on Friday.", "withdrew"),
])
def test_an_accord_left_or_another_verbs_origin_is_no_place(pipe: Pipeline, text: str,
                                                        trigger: str) -> None:
    assert place(pipe, text, trigger) is None


@pytest.mark.parametrize("text,trigger,city", [
    # a body noun ("council", "police") names a site here, not people coerced
    ("Soldiers sealed off the Benghazi council building overnight.", "sealed", "Benghazi"),
])
def test_a_town_naming_a_body_s_building_taken_is_the_place(pipe: Pipeline, text: str,
                                                             trigger: str, city: str) -> None:
    assert name_of(place(pipe, text, trigger)) == city


@pytest.fixture(scope="module")
def parse() -> object:
    import spacy

    return spacy.load(Settings().model)


def _tokens(nlp: object, text: str, trigger: str, town: str) -> tuple[object, object]:
    doc = nlp(text)  # type: ignore[operator]
    return (next(t for t in doc if t.text == town), next(t for t in doc if t.text == trigger))


@pytest.mark.parametrize("text,trigger,town", [
    ("Troops detained dozens of men in Kidal two days after an ambush on a convoy.",
     "ambush", "Kidal"),
    ("Crowds gathered in Tbilisi on Sunday following the arrest of the party leader.",
     "arrest", "Tbilisi"),
    ("The curfew in Jos has stayed in force since the clashes between herders and farmers.",
     "clashes", "Jos"),
    ("Ministers met in Doha on Monday before the signing of the ceasefire.", "signing", "Doha"),
])
def test_an_act_named_as_another_time_s_is_not_placed_by_the_clause(
        parse: object, text: str, trigger: str, town: str) -> None:
    from eventwire.stages.geo.another_time import act_of_another_time

    assert act_of_another_time(*_tokens(parse, text, trigger, town))


@pytest.mark.parametrize("text,trigger,town", [
    ("Police made arrests after an attack in Kabul on Tuesday.", "attack", "Kabul"),
    ("Students marched in Dhaka after the verdict.", "marched", "Dhaka"),
    ("The bombing of a market in Mosul killed nine people.", "bombing", "Mosul"),
])
def test_its_own_phrase_or_the_clause_s_own_act_keeps_the_place(
        parse: object, text: str, trigger: str, town: str) -> None:
    from eventwire.stages.geo.another_time import act_of_another_time

    assert not act_of_another_time(*_tokens(parse, text, trigger, town))


@pytest.mark.parametrize("text,trigger,town", [
    ("Police detained forty people in Minsk after the start of the protests.",
     "protests", "Minsk"),
    ("Prices rose in Lagos after the collapse of talks with the unions.", "talks", "Lagos"),
    ("Shops stayed shut in Mosul for a week following a series of bombings.",
     "bombings", "Mosul"),
    ("No aid convoy has reached Taiz since the outbreak of fighting.", "fighting", "Taiz"),
])
def test_an_act_in_the_of_phrase_of_another_time_s_noun_is_not_placed_by_the_clause(
        parse: object, text: str, trigger: str, town: str) -> None:
    from eventwire.stages.geo.another_time import act_of_another_time

    assert act_of_another_time(*_tokens(parse, text, trigger, town))


@pytest.mark.parametrize("text,trigger,town", [
    ("Rights groups protested after the killing of a reporter in Kabul.", "killing", "Kabul"),
    ("The start of the protests in Minsk surprised officials.", "protests", "Minsk"),
    ("Talks on the release of hostages resumed in Cairo.", "release", "Cairo"),
])
def test_an_of_phrase_outside_another_time_or_holding_the_place_is_left(
        parse: object, text: str, trigger: str, town: str) -> None:
    from eventwire.stages.geo.another_time import act_of_another_time

    assert not act_of_another_time(*_tokens(parse, text, trigger, town))


@pytest.mark.parametrize("text,trigger,town", [
    ("Police arrested six men in Quetta in the wake of the bombing.", "bombing", "Quetta"),
    ("In the aftermath of the riots, the mayor imposed a curfew on Dhaka.", "riots", "Dhaka"),
    ("Protesters clashed with police in Nairobi ahead of the summit.", "summit", "Nairobi"),
    ("Troops were sent to Kano prior to the elections.", "elections", "Kano"),
])
def test_an_act_after_a_two_word_preposition_of_sequence_is_not_placed_by_the_clause(
        parse: object, text: str, trigger: str, town: str) -> None:
    from eventwire.stages.geo.another_time import act_of_another_time

    assert act_of_another_time(*_tokens(parse, text, trigger, town))


@pytest.mark.parametrize("text,trigger,town", [
    ("In the wake of the bombing in Quetta, police arrested six men.", "bombing", "Quetta"),
    ("Ahead of the vote in Harare, police detained activists.", "vote", "Harare"),
    ("Divers found the wake of the collision near Durban.", "collision", "Durban"),
    ("The aftermath of the floods in Sindh worried donors.", "floods", "Sindh"),
])
def test_a_two_word_sequence_phrase_holding_the_place_or_a_bare_of_is_left(
        parse: object, text: str, trigger: str, town: str) -> None:
    from eventwire.stages.geo.another_time import act_of_another_time

    assert not act_of_another_time(*_tokens(parse, text, trigger, town))


@pytest.mark.parametrize("text,trigger", [
    ("Troops detained dozens of men in Kidal two days after an ambush on a convoy.", "ambush"),
    ("Police arrested six men in Quetta in the wake of the bombing.", "bombing"),
    ("Prices rose sharply in Lagos after the collapse of talks with the unions.", "talks"),
    ("Protesters clashed with police in Nairobi ahead of the summit.", "summit"),
])
def test_the_pipeline_leaves_an_act_of_another_time_without_the_clause_s_place(
        pipe: Pipeline, text: str, trigger: str) -> None:
    """Through ``place_basis`` (review70: the tests above call the class's
    function alone, so a rule cut off from the placer passed them)."""
    assert place(pipe, text, trigger) is None


@pytest.mark.parametrize("text,trigger,city", [
    ("Police made arrests after an attack in Kabul on Tuesday.", "attack", "Kabul"),
    ("Ministers flew home after talks in Geneva.", "talks", "Geneva"),
    ("Since the coup in Niamey, soldiers have guarded the airport.", "coup", "Niamey"),
])
def test_the_pipeline_keeps_a_place_inside_the_act_s_own_phrase(
        pipe: Pipeline, text: str, trigger: str, city: str) -> None:
    assert name_of(place(pipe, text, trigger)) == city


def test_a_place_beyond_the_reach_of_a_run_on_sentence_is_not_asked(pipe: Pipeline) -> None:
    """A run-on "sentence" the parser cannot split (issue 18's 100k
    characters) would ask every place of it for every event: a place more
    than ``REACH_CHARS`` from the trigger is not a candidate, one near it is."""
    from eventwire.nlp.extensions import get_list
    from eventwire.stages.geo.event_place import REACH_CHARS, sentence_places

    filler = "the families waited by the road, and " * (REACH_CHARS // 30)
    text = f"Troops attacked rebels in Mosul, and {filler}soldiers shelled the town of Kirkuk."
    art = Article(text=text, id="t", published=date(2023, 5, 9), outlet="Wire")
    ((_, doc, events),) = list(pipe.extract([art]))
    assert doc is not None and len(list(doc.sents)) == 1
    places = get_list(doc, "place_mentions")
    near = {p.text for p in sentence_places(doc, events[0].mention, places, (0, 0))}
    far = {p.text for p in sentence_places(doc, events[-1].mention, places, (0, 0))}
    assert "Mosul" in near and "Kirkuk" not in near
    assert "Kirkuk" in far and "Mosul" not in far


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Any:
    """A hand-built parse: the headline readings the parser gives title-case
    and run-on headlines, fixed so the rule is tested, not the parser."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize("words,heads,deps,pos,place_i,trigger_i", [
    # "goats taken in Turkana raid": the town read as ``nmod`` of the noun
    (["goats", "taken", "in", "Turkana", "raid"], [0, 0, 1, 4, 2],
     ["ROOT", "acl", "prep", "nmod", "pobj"], ["NOUN", "VERB", "ADP", "PROPN", "NOUN"], 3, 4),
    # "Riot Police Break Up Lusaka March": the title-case event noun a PROPN
    (["Police", "Break", "Up", "Lusaka", "March"], [1, 1, 1, 4, 1],
     ["nsubj", "ROOT", "prt", "compound", "dobj"], ["NOUN", "VERB", "ADP", "PROPN", "PROPN"],
     3, 4),
    # "Dozens Held After Bulawayo Rally": both
    (["Dozens", "Held", "After", "Bulawayo", "Rally"], [1, 1, 1, 4, 2],
     ["nsubj", "ROOT", "prep", "nmod", "pobj"], ["NOUN", "VERB", "ADP", "PROPN", "PROPN"],
     3, 4),
])
def test_a_town_naming_the_event_noun_under_headline_parses(
        words: list[str], heads: list[int], deps: list[str], pos: list[str],
        place_i: int, trigger_i: int) -> None:
    from eventwire.stages.geo.event_place import names_event_noun

    doc = _parsed(words, heads, deps, pos)
    assert names_event_noun(doc[place_i], doc[trigger_i], town=True)
    # a country or a region in those readings names a topic or a spread
    assert not names_event_noun(doc[place_i], doc[trigger_i], town=False)


def test_the_plain_compound_names_the_event_noun_at_any_precision() -> None:
    """"the Gaza airstrikes", "the Syria strikes": as before place64."""
    from eventwire.stages.geo.event_place import names_event_noun

    doc = _parsed(["the", "Syria", "strikes"], [2, 2, 2], ["det", "compound", "ROOT"],
                  ["DET", "PROPN", "NOUN"])
    assert names_event_noun(doc[1], doc[2], town=False)


@pytest.mark.parametrize("words,heads,deps,pos,place_i,trigger_i", [
    # the town modifies another noun, not the trigger: "Kisumu traders protest"
    (["Kisumu", "traders", "protest"], [1, 2, 2], ["nmod", "nsubj", "ROOT"],
     ["PROPN", "NOUN", "VERB"], 0, 2),
    # a verb trigger is not named by a modifier: "Harare Police Disperse"
    (["Harare", "Police", "Disperse"], [1, 2, 2], ["compound", "nsubj", "ROOT"],
     ["PROPN", "PROPN", "VERB"], 0, 2),
    # an adjective reading stays out: "Mombasa strike" read as amod
    (["Mombasa", "strike"], [1, 1], ["amod", "ROOT"], ["PROPN", "NOUN"], 0, 1),
])
def test_a_place_not_naming_the_event_noun_is_not_its_venue_by_name(
        words: list[str], heads: list[int], deps: list[str], pos: list[str],
        place_i: int, trigger_i: int) -> None:
    from eventwire.stages.geo.event_place import names_event_noun

    doc = _parsed(words, heads, deps, pos)
    assert not names_event_noun(doc[place_i], doc[trigger_i], town=True)
