"""Class *a place named by a description* (``eventwire/stages/geo/
place_descriptions.py``): "in the capital", "across the country", "in the
city" stand for the place the article means. Sentences written for these
tests, several per sub-class."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article
from eventwire.nlp.extensions import get_list
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.geo.gazetteer import gazetteer
from eventwire.stages.geo.place_descriptions import description_places
from tests.test_geo_event_place import place


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(progress=False))


def _name(pipe: Pipeline, text: str, trigger: str) -> str | None:
    got = place(pipe, text, trigger)
    return None if got is None else got.name


@pytest.mark.parametrize("text,trigger,city", [
    ("NAIROBI, March 3 (Reuters) - Kenyan police fired tear gas at protesters in the capital "
     "on Tuesday.", "fired", "Nairobi"),
    ("Peru's government declared a state of emergency on Monday. Truckers clashed with police in "
     "the capital on Tuesday.", "clashed", "Lima"),
    ("Rioting youths smashed shop windows in the Greek capital on Saturday night.",
     "smashed", "Athens"),
    ("Thousands of Serbs marched through the capital city on Sunday to demand new "
     "elections in Serbia.", "marched", "Belgrade"),
])
def test_the_capital_is_the_capital_of_the_article_or_of_its_demonym(
        pipe: Pipeline, text: str, trigger: str, city: str) -> None:
    assert _name(pipe, text, trigger) == city


@pytest.mark.parametrize("text,trigger,country", [
    ("Chilean truckers blocked highways across the country on Monday.", "blocked", "CHL"),
    ("Police detained more than 300 people across the country, Uganda's interior ministry "
     "said on Friday.", "detained", "UGA"),
])
def test_the_country_is_the_articles_country(pipe: Pipeline, text: str, trigger: str,
                                             country: str) -> None:
    got = place(pipe, text, trigger)
    assert got is not None and got.country == country and got.precision == "country"


@pytest.mark.parametrize("text,trigger,city", [
    ("GOMA, Congo (Reuters) - Hundreds of soldiers surrendered at a stadium in the city "
     "on Tuesday.", "surrendered", "Goma"),
    ("Rebels entered Kandahar overnight. By morning, soldiers had been arrested in the "
     "town, residents said on Friday.", "arrested", "Kandahār"),
    ("MOSUL, Iraq (AP) - Gunmen stormed a police post in the northern city on Monday.",
     "stormed", "Mosul"),
])
def test_the_city_is_the_nearest_town_the_text_named(pipe: Pipeline, text: str,
                                                     trigger: str, city: str) -> None:
    assert _name(pipe, text, trigger) == city


@pytest.mark.parametrize("text,noun", [
    ("Pilgrims prayed in the holy city on Friday, Saudi officials said.", "city"),
    ("Protesters gathered outside the city council in Accra.", "city"),
    ("Gunmen attacked the capital, Bamako, on Monday.", "capital"),
    ("Investors fled the capital markets of Kenya.", "capital"),
    ("Rebels seized a town in Mali's north.", "town"),
])
def test_not_a_description(pipe: Pipeline, text: str, noun: str) -> None:
    """Another adjective, a noun modifying another, a noun with its name
    beside it, an indefinite noun: no description place."""
    art = Article(text=text, id="t", published=date(2023, 5, 9), outlet="Wire")
    ((_, doc, _events),) = list(pipe.extract([art]))
    places = get_list(doc, "place_mentions")
    found = description_places(doc, places, "MLI")
    at = text.index(noun)
    assert not any(p.start <= at < p.end for p in found)


def test_capitals_are_one_city_per_country() -> None:
    caps = gazetteer().capitals()
    assert caps["GRC"].name == "Athens" and caps["KEN"].name == "Nairobi"
    assert caps["USA"].name == "Washington" and caps["USA"].population > 500_000


@pytest.mark.parametrize("text,trigger", [
    ("The airline was banned after a string of crashes in the country, Chile's regulator "
     "said.", "banned"),
    ("The arrest of the mayor set off protests across the country, Kenyan police said.",
     "arrest"),
])
def test_the_country_from_another_clause_is_a_scope_not_a_place(
        pipe: Pipeline, text: str, trigger: str) -> None:
    """"across the country" from a clause that is not the event's own gives
    the extent of something else."""
    got = place(pipe, text, trigger)
    assert got is None or got.precision != "country" or "country" not in got.text


@pytest.mark.parametrize("text,trigger,division", [
    ("Separatists have been active in Balochistan for years. On Monday, militants attacked "
     "police posts across the province.", "attacked", "Balochistan"),
    ("A storm hit Bavaria on Monday. Police arrested 12 looters in the state on Tuesday.",
     "arrested", "Bayern"),
    ("Floods hit Sindh last week. On Friday, police arrested dozens of looters in the "
     "province.", "arrested", "Sindh"),
])
def test_a_division_told_again_is_the_nearest_earlier_division(
        pipe: Pipeline, text: str, trigger: str, division: str) -> None:
    """Class *a first-level division told again* (place31): "the province",
    "the state" stand for the last province or state the text named."""
    got = place(pipe, text, trigger)
    assert got is not None and got.name == division and got.precision == "admin1"


@pytest.mark.parametrize("text,trigger,town", [
    ("Gunmen killed five villagers near Tillabéri on Sunday. The army sent troops to the "
     "district on Monday.", "sent", "Tillabéri"),
    ("Settlers set fire to cars in Kafr Malik on Friday. Soldiers were deployed to the village "
     "on Saturday.", "deployed", "Kafr Mālik"),
    ("A bomb went off at a bus stop in Quetta on Monday. Hours later police detained three men "
     "in the district.", "detained", "Quetta"),
    ("Thousands rallied in Independence Square in Kyiv on Sunday. On Monday, police fired tear "
     "gas near the square.", "fired", "Kyiv"),
    ("Gunmen raided a market in Maiduguri in May. On Friday, soldiers arrested four men in the "
     "same town.", "arrested", "Maiduguri"),
])
def test_a_district_village_or_square_told_again_is_the_nearest_earlier_place(
        pipe: Pipeline, text: str, trigger: str, town: str) -> None:
    """Classes *a district told again* and *a town told again* (place31):
    "the district" stands for the last place below the country the text
    named, "the village", "the square", "the same town" for the last town."""
    assert _name(pipe, text, trigger) == town


@pytest.mark.parametrize("text,noun", [
    ("The state must pay the farmers, Kenya's high court in Nairobi ruled.", "state"),
    ("The area of the lake in Chad has shrunk by half.", "area"),
    ("Officials from Ghana said the region of the Sahel faces drought.", "region"),
    ("Floods hit Accra on Monday. Aid reached the area on Tuesday.", "area"),
    ("Troops entered a village in Borno on Monday.", "village"),
])
def test_not_a_division_or_area_told_again(pipe: Pipeline, text: str, noun: str) -> None:
    """A noun with its own "of", an indefinite noun, a noun with no earlier
    place: no description place."""
    art = Article(text=text, id="t", published=date(2023, 5, 9), outlet="Wire")
    ((_, doc, _events),) = list(pipe.extract([art]))
    found = description_places(doc, get_list(doc, "place_mentions"), "KEN")
    at = text.index(noun)
    assert not any(p.start <= at < p.end for p in found)


@pytest.mark.parametrize("text,trigger,name", [
    ("The minister travelled to Ghana last week and signed a trade deal there on Friday.",
     "signed", "Ghana"),
    ("Gunmen attacked a bus near Kano on Monday. Police detained two men there on Tuesday.",
     "detained", "Kano"),
    ("Protests spread to Mombasa on Monday, but no clashes were reported there.",
     "clashes", "Mombasa"),
])
def test_there_told_again_is_the_nearest_earlier_place(
        pipe: Pipeline, text: str, trigger: str, name: str) -> None:
    """Class *"there" told again* (place31): the adverb on the event's verb
    or its clause's verb stands for the last place the text named."""
    assert _name(pipe, text, trigger) == name


@pytest.mark.parametrize("text", [
    "Rebels took Bunia in May. There were clashes between police and students on Monday.",
    "Troops entered Goma on Monday. The soldiers there arrested ten men on Tuesday.",
    "Aid reached Juba in March. The food is still there, officials said on Monday.",
])
def test_there_not_as_an_adverb_of_a_verb(pipe: Pipeline, text: str) -> None:
    """Existential "there", "there" on a noun, "there" on "be": no place."""
    art = Article(text=text, id="t", published=date(2023, 5, 9), outlet="Wire")
    ((_, doc, _events),) = list(pipe.extract([art]))
    found = description_places(doc, get_list(doc, "place_mentions"), "KEN")
    assert not any(p.text.lower() == "there" for p in found)


@pytest.mark.parametrize("text,noun", [
    ("Police fired tear gas in Caracas on Monday. The protesters then marched to the square "
     "in Valencia.", "square"),
    ("Gunmen raided Kafanchan on Sunday. On Friday, they attacked the village near Kano.",
     "village"),
    ("Riots broke out in Multan on Monday. Officers arrested 20 people in the district "
     "outside Lahore.", "district"),
])
def test_a_noun_with_its_own_toponym_is_not_told_again(pipe: Pipeline, text: str,
                                                       noun: str) -> None:
    """review51: a toponym in the noun's own locative phrase places it;
    the noun does not take the earlier place."""
    art = Article(text=text, id="t", published=date(2023, 5, 9), outlet="Wire")
    ((_, doc, _events),) = list(pipe.extract([art]))
    found = description_places(doc, get_list(doc, "place_mentions"), "KEN")
    at = text.index(noun)
    assert not any(p.start <= at < p.end for p in found), found


@pytest.mark.parametrize("text,noun", [
    ("Floods hit Sindh last month. In India, meanwhile, heavy rain flooded streets in Mumbai. "
     "On Friday, police arrested dozens of looters in the state.", "the state"),
    ("Gunmen raided a market in Maiduguri on Monday. In Bavaria, meanwhile, floods forced "
     "thousands from their homes. Soldiers later arrested four men in the same town.",
     "the same town"),
    ("Separatists attacked police posts in Balochistan on Monday. On Tuesday, a bomb exploded "
     "in Kabul. Troops were sent to the province on Wednesday.", "the province"),
])
def test_a_town_of_another_country_in_between_ends_the_reach(pipe: Pipeline, text: str,
                                                             noun: str) -> None:
    """review51: a town or division of another country named after the
    antecedent ends its reach; the noun takes neither (the antecedent of
    "the district" is any place below the country, so its nearest is
    always the one in between)."""
    art = Article(text=text, id="t", published=date(2023, 5, 9), outlet="Wire")
    ((_, doc, _events),) = list(pipe.extract([art]))
    found = description_places(doc, get_list(doc, "place_mentions"), "KEN")
    at = text.index(noun)
    assert not any(p.start <= at < p.end for p in found), found


@pytest.mark.parametrize("text", [
    "Storms lashed Sindh on Monday. Turkey sent rescue teams on Tuesday, and troops were "
    "deployed across the province.",
    "Storms lashed Sindh on Monday. Officials urged Kabul to open its border crossings, and "
    "troops were deployed across the province.",
])
def test_an_actor_in_between_keeps_the_reach(pipe: Pipeline, text: str) -> None:
    """A country or a capital named in between as an actor, not a scene,
    does not end it."""
    art = Article(text=text, id="t", published=date(2023, 5, 9), outlet="Wire")
    ((_, doc, _events),) = list(pipe.extract([art]))
    found = description_places(doc, get_list(doc, "place_mentions"), "PAK")
    assert any(p.text == "the province" and p.name == "Sindh" for p in found), found


@pytest.mark.parametrize("text,trigger,town", [
    ("Gunmen killed 12 villagers near Djibo on Sunday. The army said it had sent "
     "reinforcements to the area.", "sent", "Djibo"),
    ("Clashes between rival gangs left nine dead in Apatzingan on Monday. The governor "
     "said the state would deploy 800 more police to the region.", "deploy", "Apatzingán"),
    ("Rebels overran an army post outside Beni overnight. About 300 soldiers have been "
     "deployed in the area, the army said.", "deployed", "Beni"),
])
def test_the_area_a_deployment_goes_to_is_the_place_named_before(
        pipe: Pipeline, text: str, trigger: str, town: str) -> None:
    """Class *forces sent to the place told again*: "the area" / "the region"
    as a deployment's destination stands for the nearest earlier place."""
    assert _name(pipe, text, trigger) == town


@pytest.mark.parametrize("text", [
    "Floods hit Sindh last week. Security in the region remains poor, officials said.",
    "Floods hit Sindh last week. Aid groups said the region needs more tents.",
    "Fighting broke out in Kidal. The UN has sent envoys to the area's main towns.",
])
def test_the_area_outside_a_deployment_is_not_a_description(pipe: Pipeline,
                                                            text: str) -> None:
    art = Article(text=text, id="t", published=date(2023, 5, 9), outlet="Wire")
    ((_, doc, _events),) = list(pipe.extract([art]))
    found = description_places(doc, get_list(doc, "place_mentions"), None)
    assert not any(p.text.lower().endswith(("area", "region")) for p in found)


@pytest.mark.parametrize("text,trigger", [
    ("Chinese coast guard ships blocked a supply boat near Luconia Shoals. A navy patrol "
     "boat was sent to the area and escorted the boat back to Miri.", "escorted"),
    ("Clashes broke out in Bawku on Monday. Police said soldiers had been deployed to the "
     "area and that six suspects had been arrested.", "arrested"),
    ("Fighting flared near Kidal on Sunday. The mission said it had sent a patrol to the "
     "area and urged both sides to show restraint.", "urged"),
])
def test_the_area_a_deployment_goes_to_places_only_the_deployment(
        pipe: Pipeline, text: str, trigger: str) -> None:
    """The told-again "the area" of a deployment is that act's place, not
    the place of the sentence's other acts."""
    got = place(pipe, text, trigger)
    assert got is None or not got.text.lower().endswith(("area", "region"))
