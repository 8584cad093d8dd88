"""People named with a title (eventwire/stages/actors/titles.py). Sentences
written for these tests; none comes from an evaluation set or the issue."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import ActorMention, Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.titles import removed_from_office, title_before, title_of
from tests.conftest import events_of


@pytest.mark.parametrize("text,name,sector", [
    ("Supreme Court Justice Ana Ruiz", "Ana Ruiz", "JUD"),
    ("the opposition leader Kofi Boateng", "Kofi Boateng", "OPP"),
    ("Gen. Ali Musa", "Ali Musa", "MIL"),
    ("Archbishop Peter Oduya", "Peter Oduya", "REL"),
])
def test_title_before_a_name(text: str, name: str, sector: str) -> None:
    found = title_before(text, text.index(name))
    assert found is not None and found[1] == sector


def test_no_title_without_one() -> None:
    assert title_before("the talks with Ana Ruiz", 15) is None
    assert title_before("a vice-presidential Ana Ruiz", 20) is None


@pytest.mark.parametrize("text,trigger,country,sector", [
    ("Chief Justice Maria Lopez of the Philippines suspended the ruling.", "suspended",
     "PHL", "JUD"),
    ("Brazil's Supreme Court Justice Paulo Neves ordered the arrest of the governor.",
     "ordered", "BRA", "JUD"),
    ("General Tomas Rivera of Colombia met rebel leaders in Havana.", "met", "COL", "MIL"),
    ("Nigeria's opposition leader Bola Ade rejected the election results.", "rejected",
     "NGA", "OPP"),
    ("Senator Mark Holt condemned the strike on Tuesday.", "condemned", None, "LEG"),
])
def test_titled_people_take_sector_and_country(event_pipe: Pipeline, text: str, trigger: str,
                                               country: str | None, sector: str) -> None:
    found = events_of(event_pipe, text)
    # the act itself may be typed on another word by the event stage
    ev = next((e for e in found if e.trigger.text == trigger), found[0])
    assert ev.actor is not None and sector in ev.actor.sectors, ev.actor
    assert ev.actor.country == country, ev.actor


@pytest.mark.parametrize("text,trigger,name", [
    ("Police arrested Juan Perez in Lima on Monday.", "arrested", "Juan Perez"),
    ("The court freed Ahmed Karimi after a week.", "freed", "Ahmed Karimi"),
    ("Soldiers detained Grace Njeri at a checkpoint.", "detained", "Grace Njeri"),
])
def test_private_people_are_civilians(event_pipe: Pipeline, text: str, trigger: str,
                                      name: str) -> None:
    ev = {e.trigger.text: e for e in events_of(event_pipe, text)}[trigger]
    assert ev.recipient is not None and ev.recipient.text == name, ev.recipient
    assert ev.recipient.sectors == ["CVL"], ev.recipient


@pytest.mark.parametrize("text,trigger,name", [
    ("Prime Minister Viktor Orban criticised the European Commission on Monday.",
     "criticised", "Viktor Orban"),
    ("President Ibrahim Boubacar Keita called on the rebels to lay down their arms.",
     "called", "Ibrahim Boubacar Keita"),
    ("Prime Minister Manasseh Sogavare rejected calls to resign.", "rejected",
     "Manasseh Sogavare"),
])
def test_an_office_in_the_text_outranks_the_elite_code(event_pipe: Pipeline, text: str,
                                                       trigger: str, name: str) -> None:
    """Class *an office named in the text outranks the KB's elite code*."""
    ev = {e.trigger.text: e for e in events_of(event_pipe, text)}[trigger]
    assert ev.actor is not None and ev.actor.text == name, ev.actor
    assert ev.actor.sectors == ["GOV"], ev.actor


def test_the_surname_keeps_the_office(event_pipe: Pipeline) -> None:
    text = ("Prime Minister Manasseh Sogavare refused to step down. "
            "Opposition leaders accused Sogavare of corruption.")
    ev = {e.trigger.text: e for e in events_of(event_pipe, text)}["accused"]
    assert ev.recipient is not None and ev.recipient.sectors == ["GOV"], ev.recipient


@pytest.mark.parametrize("text,trigger,name,country", [
    ("Kazakh President Kassym-Jomart Tokayev ordered troops to the city.", "ordered",
     "Kassym-Jomart Tokayev", "KAZ"),
    ("Uzbek President Shavkat Mirziyoyev signed the decree on Friday.", "signed",
     "Shavkat Mirziyoyev", "UZB"),
    ("Malian Prime Minister Choguel Maiga rejected the sanctions.", "rejected",
     "Choguel Maiga", "MLI"),
])
def test_a_titled_name_the_ner_misreads(event_pipe: Pipeline, text: str, trigger: str,
                                        name: str, country: str) -> None:
    """Class *a titled name the NER reads as an organisation or a place*."""
    ev = {e.trigger.text: e for e in events_of(event_pipe, text)}[trigger]
    assert ev.actor is not None and ev.actor.country == country, ev.actor
    assert "GOV" in ev.actor.sectors, ev.actor


@pytest.mark.parametrize("text,name,sector", [
    ("his main rival Samuel Okello", "Samuel Okello", "OPP"),
    ("the human rights ombudsman Mira Thapa", "Mira Thapa", "GOV"),
    ("union leader Carlos Mendez", "Carlos Mendez", "LAB"),
    ("Opposition lawmaker Ana Duarte", "Ana Duarte", "OPP"),
])
def test_roles_without_a_rank(text: str, name: str, sector: str) -> None:
    """Class *roles that place a person in the opposition or an office
    without a rank*."""
    found = title_before(text, text.index(name))
    assert found is not None and found[1] == sector


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


def _person(pipe: Pipeline, text: str, name: str) -> ActorMention:
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    return next(m for m in doc._.actor_mentions if m.text == name)


@pytest.mark.parametrize("text,name", [
    ("Former President Lucas Andrade accused the government of rigging the vote.",
     "Lucas Andrade"),
    ("Ex-Prime Minister Omar Haddad denounced the verdict on Sunday.", "Omar Haddad"),
    ("Supporters of Kenya's former Interior Minister Ruth Kamau protested outside the "
     "court; Kamau condemned the charges.", "Kamau"),
    ("The ruling party accused his predecessor Tomas Varga of corruption.", "Tomas Varga"),
])
def test_former_holders_of_an_office_are_the_opposition(pipe: Pipeline, text: str,
                                                       name: str) -> None:
    """Class *former holders of a government office* (``former_office``)."""
    person = _person(pipe, text, name)
    assert "OPP" in person.sectors and "GOV" not in person.sectors, person


def test_a_former_officeholder_acts_as_the_opposition(event_pipe: Pipeline) -> None:
    text = "Former President Lucas Andrade accused the government of rigging the vote."
    ev = {e.trigger.text: e for e in events_of(event_pipe, text)}["accused"]
    assert ev.actor is not None and ev.actor.sectors == ["OPP"], ev.actor


@pytest.mark.parametrize("text,name,sector", [
    ("President Amara Diallo", "Amara Diallo", "GOV"),
    ("then-President Amara Diallo", "Amara Diallo", "GOV"),
    ("General Idris Bello", "Idris Bello", "MIL"),
])
def test_a_title_without_former_keeps_its_office(pipe: Pipeline, text: str, name: str,
                                                 sector: str) -> None:
    """Only "former"/"ex-" before a government title makes OPP; a rank or
    a "then-" office stays."""
    person = _person(pipe, f"{text} spoke on Monday.", name)
    assert sector in person.sectors and "OPP" not in person.sectors, person


@pytest.mark.parametrize("text,name,sector", [
    ("U.S. Secretary of State Ellen Park", "Ellen Park", "GOV"),
    ("Defence Secretary Tom Reeve", "Tom Reeve", "GOV"),
    ("Chancellor Petra Lang", "Petra Lang", "GOV"),
    ("King Mswati", "Mswati", "GOV"),
    ("the company's chief executive Li Wen", "Li Wen", "BUS"),
])
def test_offices_the_table_lacked(text: str, name: str, sector: str) -> None:
    """Class *offices the table lacked*."""
    found = title_before(text, text.index(name))
    assert found is not None and found[1] == sector


@pytest.mark.parametrize("text,name", [
    ("Illinois Gov. Dana Cole", "Dana Cole"),
    ("Taoiseach Sean Brady", "Sean Brady"),
    ("the regional leader Ines Olabarria", "Ines Olabarria"),
    ("Malakal county commissioner Peter Ajak", "Peter Ajak"),
    ("Home Affairs Adviser Rafiq Hossain", "Rafiq Hossain"),
])
def test_government_offices_the_table_lacked(text: str, name: str) -> None:
    """Class *government offices the table lacked* (actors33)."""
    found = title_before(text, text.index(name))
    assert found is not None and found[1] == "GOV"


@pytest.mark.parametrize("text,trigger", [
    ("Illinois Gov. Dana Cole condemned the raid on the migrant shelter.", "condemned"),
    ("Malakal county commissioner Peter Ajak accused cattle raiders of burning the village.",
     "accused"),
    ("Home Affairs Adviser Rafiq Hossain blamed militants for the arson attack.", "blamed"),
])
def test_a_government_office_makes_its_holder_gov(event_pipe: Pipeline, text: str,
                                                  trigger: str) -> None:
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.actor is not None and ev.actor.sectors == ["GOV"], ev.actor


def test_a_title_inside_a_known_alias() -> None:
    """``title_of``: the KB alias "President Bush" carries its own title."""
    text = "Later President Bush spoke."
    start = text.index("President")
    mention = ActorMention(start=start, end=start + len("President Bush"),
                           text="President Bush")
    assert title_of(text, mention) == (start, "GOV")
    assert title_of(text, ActorMention(start=start + 10, end=start + 14, text="Bush")) \
        == (start, "GOV")


@pytest.mark.parametrize("text,trigger,name", [
    ("Protesters in Kabul rallied for Afghanistan's former Defence Minister Ali Rahimi, whom "
     "the president fired in May.", "fired", "Ali Rahimi"),
    ("Nigeria's former Prime Minister Sara Okafor, who was ousted in a no-confidence vote "
     "last year, spoke in Lagos.", "ousted", "Sara Okafor"),
    ("The army overthrew Chad's former President Idris Musa in a coup in 2019.", "overthrew",
     "Idris Musa"),
])
def test_the_act_that_ends_the_office(event_pipe: Pipeline, text: str, trigger: str,
                                      name: str) -> None:
    """Class *the act that ends the office* (``removed_from_office``): the
    target held the office when removed."""
    ev = {e.trigger.text: e for e in events_of(event_pipe, text)}[trigger]
    assert ev.recipient is not None and name.endswith(ev.recipient.text), ev.recipient
    assert "GOV" in ev.recipient.sectors, ev.recipient
    assert "OPP" not in ev.recipient.sectors, ev.recipient


def test_removal_leaves_other_targets_alone() -> None:
    police = ActorMention(start=0, end=6, text="police", kind="agent", sectors=["COP"])
    rival = ActorMention(start=0, end=5, text="Okafor", kind="person", sectors=["OPP"])
    assert removed_from_office("remove", police) is police
    assert removed_from_office("arrest", rival) is rival
    assert removed_from_office("oust", rival) is not None
    assert removed_from_office("oust", rival).sectors == ["GOV"]  # type: ignore[union-attr]


# codes25: civil offices that end in a rank word are no generals
@pytest.mark.parametrize("text,name", [
    ("the Secretary General Amina Farouk", "Amina Farouk"),
    ("party secretary-general Tomas Vela", "Tomas Vela"),
    ("Director-General Lena Okafor", "Lena Okafor"),
    ("Attorney General Ruth Calder", "Ruth Calder"),
    ("Governor General Sam Tiko", "Sam Tiko"),
])
def test_a_civil_office_ending_in_general_is_no_rank(text: str, name: str) -> None:
    found = title_before(text, text.index(name))
    assert found is not None and found[1] != "MIL"


@pytest.mark.parametrize("text,name", [
    ("Ruling party secretary general Hakainde Mwale denied the claims in Lusaka.",
     "Hakainde Mwale"),
    ("NATO Secretary General Jens Stoltenberg warned Moscow on Friday.", "Jens Stoltenberg"),
    ("The agency's Director-General Lena Okafor rejected the audit.", "Lena Okafor"),
])
def test_a_secretary_general_is_not_coded_military(text: str, name: str) -> None:
    pipe = Pipeline(components=("eventwire_actors",))
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    (m,) = [m for m in doc._.actor_mentions if m.text == name]
    assert "MIL" not in m.sectors, m


def _dated_person(pipe: Pipeline, text: str, name: str) -> ActorMention:
    """The mention holding ``name`` in an article of 2021-05-04 (the KB's
    dated offices need the date)."""
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2021, 5, 4))]))
    return next(m for m in doc._.actor_mentions if name in m.text)


@pytest.mark.parametrize("text,name", [
    ("Opposition leader Benjamin Netanyahu criticised the coalition on Tuesday.",
     "Benjamin Netanyahu"),
    ("Opposition politician Imran Khan called for early elections.", "Imran Khan"),
    ("Opposition figure Nawaz Sharif returned to Lahore.", "Nawaz Sharif"),
])
def test_an_opposition_title_outranks_the_kb_office(pipe: Pipeline, text: str,
                                                    name: str) -> None:
    """Class *an opposition title outranks the KB's office* (actors26): a
    former head of government the KB files as GOV, introduced as
    "opposition leader X", acts as the opposition."""
    m = _dated_person(pipe, text, name)
    assert m.sectors == ["OPP"], m


def test_an_office_title_keeps_the_kb_office(pipe: Pipeline) -> None:
    """Without an opposition title the KB's office code stays."""
    m = _dated_person(pipe, "Prime Minister Benjamin Netanyahu criticised the court.",
                      "Netanyahu")
    assert "OPP" not in m.sectors and "GOV" in m.sectors, m


@pytest.mark.parametrize("text,name", [
    ("Former opposition leader Benjamin Netanyahu addressed the Knesset on Tuesday.",
     "Netanyahu"),
    ("Ex-opposition leader Benjamin Netanyahu praised the army.", "Netanyahu"),
])
def test_a_former_opposition_title_keeps_the_kb_office(pipe: Pipeline, text: str,
                                                       name: str) -> None:
    """"Former opposition leader X": X is no longer in the opposition, so
    the KB's office stays (Netanyahu was prime minister on the article's
    date)."""
    m = _dated_person(pipe, text, name)
    assert "OPP" not in m.sectors and "GOV" in m.sectors, m


@pytest.mark.parametrize("text,name", [
    ("Donald Trump's rival Joe Biden signed the order on Tuesday.", "Joe Biden"),
    ("His old rival Benjamin Netanyahu addressed the Knesset on Tuesday.", "Netanyahu"),
])
def test_a_rival_in_office_keeps_the_kb_office(pipe: Pipeline, text: str, name: str) -> None:
    """"Rival" and "challenger" are OPP titles in ``titles.yaml`` but say
    nothing about the opposition: a rival who holds the office on the
    article's date keeps it (only an "opposition ..." title outranks it)."""
    m = _dated_person(pipe, text, name)
    assert "OPP" not in m.sectors and "GOV" in m.sectors, m


@pytest.mark.parametrize("text,name,country", [
    # class *a titled name's state written after it* (actors27)
    ("King Hassan of Morocco said he would host the talks.", "Hassan", "MAR"),
    ("President Omar Bongo of Gabon flew to Paris on Monday.", "Omar Bongo", "GAB"),
    ("Ambassador Hassan of Morocco handed over the letter in Rabat.", "Hassan", "MAR"),
])
def test_the_stated_state_outranks_the_kb(text: str, name: str, country: str) -> None:
    pipe = Pipeline(components=("eventwire_actors",))
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    m = next(m for m in doc._.actor_mentions if m.text == name)
    assert m.country == country, m


@pytest.mark.parametrize("text,sector", [
    # a title inside a mention, past its first word (actors27)
    ("President Hosni Mubarak", "GOV"),
    ("Prime Minister Ana Lucia Vega", "GOV"),
    ("General Omar Ali Musa", "MIL"),
])
def test_a_title_inside_the_mention(text: str, sector: str) -> None:
    m = ActorMention(start=0, end=len(text), text=text, kind="person")
    found = title_of(text + " said.", m)
    assert found is not None and found[0] == 0 and found[1] == sector


@pytest.mark.parametrize("text,trigger", [
    ("Prime Minister Albin Kurti accused Belgrade of backing the gunmen.", "accused"),
    ("Prime Minister Keir Starmer condemned the attack on the mosque.", "condemned"),
    ("President Riad Seif urged the rebels to lay down their arms.", "urged"),
])
def test_a_sitting_office_outranks_the_opposition_code(event_pipe: Pipeline, text: str,
                                                       trigger: str) -> None:
    """Class *a sitting government office outranks the KB's opposition code*."""
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.actor is not None and "GOV" in ev.actor.sectors, ev.actor
    assert "OPP" not in ev.actor.sectors, ev.actor


@pytest.mark.parametrize("text", [
    "Former Prime Minister Albin Kurti accused Belgrade of backing the gunmen.",
    "Albin Kurti accused Belgrade of backing the gunmen.",
])
def test_no_sitting_office_keeps_the_opposition_code(event_pipe: Pipeline, text: str) -> None:
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == "accused")
    assert ev.actor is not None and ev.actor.sectors == ["OPP"], ev.actor


@pytest.mark.parametrize("text", [
    "Riot police blocked the road. Opposition party president Albin Kurti condemned the "
    "crackdown.",
    "Police broke up the opposition rally. LDK President Albin Kurti condemned the crackdown.",
    "Riot police blocked the road. Democratic Party President Albin Kurti condemned the "
    "crackdown.",
])
def test_a_party_office_is_no_sitting_office(event_pipe: Pipeline, text: str) -> None:
    """A party's president is no head of state: the KB's opposition code stays
    (``party_offices.party_owned``)."""
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == "condemned")
    assert ev.actor is not None and ev.actor.sectors == ["OPP"], ev.actor


def test_a_state_acronym_before_the_office_is_no_party(event_pipe: Pipeline) -> None:
    text = ("UK Prime Minister Keir Starmer condemned the attack. The opposition party backed "
            "him.")
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == "condemned")
    assert ev.actor is not None and "GOV" in ev.actor.sectors, ev.actor


def _pattern_alone(window: str) -> tuple[int, str] | None:
    """``_title_ending`` without its screen of the window's last two
    characters: the pattern's own answer."""
    from eventwire.stages.actors.titles import _titles

    if not window or not window[-1].isspace():
        return None
    pattern, table, reach = _titles()
    found = pattern.search(window, max(0, len(window.rstrip()) - reach))
    return None if found is None else (found.start(1), table[found.group(1).lower()])


@pytest.mark.parametrize("window", [
    "the Supreme Court Justice ", "said the ", "then-Minister ", "PRESIDENT \n ",
    "ex-Gen. ", "in Ankara\u0131 ", "Pre\u017fident Mr ", "an MP ", "Mp ", "x ", " ", "",
    "the defence minister\u00a0", "CEO  ", "a police chief\t", "met with ",
])
def test_the_tail_screen_answers_as_the_pattern(window: str) -> None:
    """speed51: a window whose last two characters end no title is answered
    without the search; one holding another character (IGNORECASE folds
    "ı" and "ſ" to ASCII letters) still goes to the pattern. Titles in any
    case, after "then-"/"ex-", before any whitespace; near misses end in
    other words."""
    from eventwire.stages.actors.titles import _title_ending, _title_tails

    assert _title_tails() is not None  # the screen is on for the shipped titles
    assert _title_ending(window) == _pattern_alone(window)


@pytest.mark.parametrize("text,title,sector", [
    ("Preſident Ana Ruiz", "Preſident", "GOV"),       # long s
    ("Rabbı Yosef Adler", "Rabbı", "REL"),            # dotless i
    ("RABBİ Yosef Adler", "RABBİ", "REL"),            # dotted capital I
    ("President Ana Ruiz", "President", "GOV"),
])
def test_a_title_with_a_character_ignorecase_folds_is_read_not_a_crash(
        text: str, title: str, sector: str) -> None:
    """A title matched through a character IGNORECASE folds to an ASCII
    letter ("ſ", "ı", "İ") is looked up by its folded key; it raised
    KeyError before."""
    found = title_before(text, len(title) + 1)
    assert found == (0, sector)
