"""Class *agents of a named town*: "Staunton police", "Kunduz police",
"Toulouse prosecutors", "the mayor of Hebron", "police in Mosul",
"residents of Norwalk" -- a bare agent noun qualified by a town the
gazetteer knows belongs to that town's country (actors12).

Why: local news often names its towns and never its country (a
one-sentence ECB+ story: "Staunton police on Friday arrested ..."); the
story-country vote (``home.home_country``, ``place_home.places_country``)
then finds nothing, or the NER tags the town as an organisation, and the
police stayed without a country although the text says whose they are.
The town is read from the agent noun's own modifiers (a compound or a
possessive proper noun, or the object of "of"/"in"/"from" right after it),
never from the rest of the sentence; a name the NER calls a person or a
nationality is not a town, only a populated place counts
(``MIN_POPULATION``), so a firm's name that some hamlet shares is left alone,
and the town must lie in a country the article names as a state, if it
names any (the first run, without that, gave "a Salem man" India's Salem
and "the commandos" of an Indian warship the Philippines).

A form of the curated people table (``regional_peoples``, actors48:
"Chechen", "Crimean Tatar", "Odia") before the agent is read first, whole,
and is never a namesake town ("Odia police" IND, not Cote d'Ivoire's Odia):
:func:`_town_or_people`, :func:`division_country`.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.arrays import char_span
from eventwire.nlp.extensions import ents_of
from eventwire.stages.actors.division_demonyms import division_demonyms
from eventwire.stages.actors.home import SPONSOR_RULE, state_force_home
from eventwire.stages.actors.kb import normalise
from eventwire.stages.actors.local_groups import LOCAL_GROUP_RULE
from eventwire.stages.actors.regional_peoples import (
    is_people,
    people_country,
    regional_peoples,
)

TOWN_RULE = "+town"
MIN_POPULATION = 5000
PREPOSITIONS = {"of", "in", "from"}
# joining words a body's initials skip ("Border Security Force", "Bank of England")
JOINERS = frozenset({"of", "and", "for", "the"})
NOT_TOWNS = {"PERSON", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}
# generic words some division is named after (actors46: never a division
# read from a misread capitalised word)
GENERIC = frozenset({"north", "south", "east", "west", "central", "centre", "center", "coast",
                     "capital", "border", "federal", "national", "interior", "eastern",
                     "western", "northern", "southern", "upper", "lower", "greater", "metro",
                     "islands", "lakes", "highlands", "plateau", "valley", "littoral"})
# lower-case words inside a place name (actors47: "Umm al Qaywayn", "Rio
# Grande do Norte", "Boucle du Mouhoun"); English joining words ("and", "at",
# "as") are not among them
NAME_PARTICLES = frozenset({"al", "el", "ad", "ar", "az", "ash", "de", "del", "do",
                            "da", "das", "dos", "du", "des", "di", "la", "le", "les", "los",
                            "las", "y", "i", "e", "na", "nad", "pod", "am", "im", "sur"})
# the agent phrase's own lower-case words a division's name stands before
PHRASE_DEPS = frozenset({"amod", "compound", "nmod"})
MAX_PHRASE_WORDS = 2
# capitalised words that open a sentence before a division's name
LEADING = frozenset({"a", "an", "several", "many", "some", "dozens", "hundreds", "thousands"})


def _town_country(name: str, named: set[str]) -> str | None:
    """The country of the most populous place of that name (populous enough)
    in a country the article names; any country when it names none. A far
    namesake ("Salem" in India for a story in Oregon, a town abroad sharing
    a word of a name) is no answer."""
    from eventwire.stages.geo.gazetteer import gazetteer

    places = [p for p in gazetteer().candidates(name) if p.country and
              p.population >= MIN_POPULATION and (not named or p.country in named)]
    best = max(places, key=lambda p: p.population, default=None)
    return None if best is None else best.country


def _town_or_people(name: str, named: set[str]) -> str | None:
    """Class *a people's form that a town abroad shares* (actors48): "Odia
    police" (Odia, a town in Cote d'Ivoire), "Naga rebels" (Naga City,
    Philippines), "Ibo police" (Ibo, Mozambique), "Moro fighters" (Moro,
    Pakistan) -- a form of the curated table (``regional_peoples``) before an
    agent noun is the people's, never a namesake town's: the table left out
    the forms news uses for a town (its header). Other names are towns
    (:func:`_town_country`)."""
    if normalise(name) in regional_peoples():
        return people_country(name, named)
    return _town_country(name, named)


def _name_of(tok: Token) -> str | None:
    """The proper name ``tok`` heads (its compound words included), unless
    the NER calls it a person or a nationality."""
    if tok.pos_ != "PROPN" or tok.ent_type_ in NOT_TOWNS:
        return None
    words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return " ".join(t.text for t in [*words, tok])


def _capitalised_before(head: Token) -> str | None:
    """The run of capitalised words (hyphens and name particles inside)
    right before ``head`` -- past up to two lower-case words of the agent's
    own phrase, "the Vidin *regional* government", "Logar *police*
    officers" (actors47) -- or after it as the object of "in"/"of"/"from":
    "Vila Real" (an nmod and an amod), "Nord-Est", "Police in Vaud", "Umm al
    Qaywayn", "Police in Rio Grande do Norte"."""
    doc = head.doc
    end = _phrase_start(head)
    i = end
    while i > 0 and (doc[i - 1].is_title or (doc[i - 1].text == "-" and i > 1
                                             and doc[i - 2].is_title)
                     or (i > 1 and _particle(doc[i - 1]) and doc[i - 2].is_title)):
        i -= 1
    if i < end and (doc[i].lower_ in LEADING or doc[i].like_num):
        i += 1  # "A Tasmanian official", "Two Logar police officers" open a sentence
    if i < end:
        if not doc[end - 1].is_title or _name_goes_on(doc, i - 1, -1):
            return None
        return doc[i:end].text
    after = head.i + 2
    if after < len(doc) and doc[head.i + 1].lower_ in PREPOSITIONS and doc[after].is_title:
        j = after
        while j + 1 < len(doc) and (doc[j + 1].is_title or doc[j + 1].text == "-" or (
                j + 2 < len(doc) and _particle(doc[j + 1]) and doc[j + 2].is_title)):
            j += 1
        if not doc[j].is_title or _name_goes_on(doc, j + 1, 1):
            return None
        return doc[after:j + 1].text
    return None


def _phrase_start(head: Token) -> int:
    """Where the agent's own phrase starts before ``head``: up to two
    lower-case modifiers of it ("regional", "provincial", "state security",
    "police" of "police officers") that the division's name stands before
    (actors47's probe: a name before them was never read)."""
    doc = head.doc
    i = head.i
    while (head.i - i < MAX_PHRASE_WORDS and i > 0 and doc[i - 1].is_lower
           and doc[i - 1].is_alpha and doc[i - 1].dep_ in PHRASE_DEPS
           and head.i >= doc[i - 1].head.i >= i):
        i -= 1
    return i


def _led_by(head: Token) -> str | None:
    """The capitalised words before "-led" of the agent's own phrase
    ("Chechen-led rebels", "Kurdish-led forces", "Bosnian Serb-led police"):
    the people that leads them (actors48; read only against the curated
    table, never as a town or division)."""
    doc = head.doc
    k = _phrase_start(head)
    if doc[k].lower_ != "led":
        k -= 1
    if k < 2 or doc[k].lower_ != "led" or doc[k - 1].text != "-":
        return None
    j = k - 1
    while j > 0 and doc[j - 1].is_title and k - 1 - j < MAX_PHRASE_WORDS:
        j -= 1
    return doc[j:k - 1].text if j < k - 1 else None


def _particle(tok: Token) -> bool:
    """A lower-case particle inside a place name ("al", "do", "de", "i")."""
    return tok.is_lower and tok.lower_ in NAME_PARTICLES


def _name_goes_on(doc: Doc, k: int, step: int) -> bool:
    """Whether the capitalised run stops at a lower-case joining word inside
    a longer name ("San Pedro *de* Macoris", "Sant Julia *de* Loria"): the
    run is then only part of the name (probe: "Police in San Pedro de
    Macoris" read as Paraguay's San Pedro)."""
    nxt = k + step
    return (0 <= k < len(doc) and 0 <= nxt < len(doc) and doc[k].is_lower
            and len(doc[k]) <= 3 and doc[nxt].is_title)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The first words of the KB's people's names ("paul", "victoria"), read
    once: a misread capitalised word before an agent noun that is one is a
    person's supporters or staff ("Paul supporters"), not a division's."""
    from eventwire.stages.actors.kb import packaged_kb

    return frozenset(a.name.split()[0].lower() for a in packaged_kb()[0]
                     if a.kind == "person" and " " in a.name)


def division_country(head: Token, named: Collection[str] = ()) -> tuple[str, str] | None:
    """Class *a first-level division the tagger misreads* (actors46): a
    province or state name on an agent noun is often tagged an adjective, a
    determiner, a common noun or a person ("Bayern separatists", "Drenthe
    police", "Police in Vaud", "Grand Kru separatists"), and the town reading
    (:func:`town_of`, proper nouns only) misses it -- the probe of every
    country's divisions (tests/data/actor_probe.jsonl) found the division
    construction right for half of them only. The capitalised words right
    before the agent noun (or after its "in"/"of"/"from") that are exactly a
    division of ONE country in the gazetteer name that country, whatever its
    population (island states' divisions are small); a name divisions of
    several countries share ("Centre", "Al Asimah"), a generic word
    (:data:`GENERIC`) and a one-word name that is a given name of the
    KB's people (:func:`given_names`: "Paul supporters") are not. A
    curated regional or ethnic adjective ("Chechen", "Catalan", "Kurdish"
    with one of its states named: ``regional_peoples``, actors48) is read
    first, before those checks, and a form of it is nothing else (a split
    people with none of its states named keeps no country): the table chose
    its forms."""
    name = _capitalised_before(head)
    if name is None:  # "Chechen-led rebels": only a curated people (actors48)
        led = _led_by(head)
        people = None if led is None else people_country(led, named)
        return None if led is None or people is None else (led, people)
    if name.lower() in GENERIC:
        return None
    if normalise(name) in regional_peoples():
        people = people_country(name, named)
        return None if people is None else (name, people)
    if name.lower() in given_names():
        return None
    from eventwire.stages.geo.gazetteer import gazetteer

    # a named region of one country counts as a division (regions.tsv:
    # "Kurdistan Region", "Somaliland"; a sea or a range has no country)
    places = gazetteer().candidates(name)
    if not places:  # no place: the division's people? "Bavarian police" (actors47)
        people = division_demonyms().get(normalise(name))
        return None if people is None else (name, people)
    countries = {p.country for p in places
                 if p.feature == "admin1" or (p.feature == "region" and p.country)}
    if len(countries) != 1 or None in countries:
        return None
    return name, str(next(iter(countries)))


def town_of(head: Token) -> str | None:
    """The town named on the agent noun ``head``: a proper-noun compound or
    possessive before it, or the object of of/in/from right after it."""
    for c in head.lefts:
        if c.dep_ in ("compound", "poss", "nmod") and (name := _name_of(c)):
            return name
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ in PREPOSITIONS and c.i == head.i + 1:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            return None if obj is None else _name_of(obj)
    return None


def _names_an_actor(doc: Doc, town: str, mentions: list[ActorMention]) -> bool:
    """Class *a word of a named actor's name*: "the Ansar spokesman" after
    "Ansar Dine", "Hezbollah fighters" after "Kata'ib Hezbollah", "the
    Shabaab commander" after "al-Shabaab" -- the modifier is the group's
    short name, not a town that shares it (a state's own name, "Moscow
    police" after "Moscow said", is still a town). The name is read from the
    actor mentions and from the organisations the NER tags, since a KB
    match may hold only part of the name ("Organization" of "the Badr
    Organization")."""
    if _initials_of_a_name(doc, town):
        return True
    town_words = town.split()
    for ent in ents_of(doc):  # built once per document (ents_of)
        # label and length first: the words' Tokens only for a long ORG
        if ent.label_ != "ORG" or len(ent) <= len(town_words):
            continue
        words = [t.text for t in ent]
        if any(words[k:k + len(town_words)] == town_words for k in range(len(words))):
            return True
    people = is_people(town)  # "Tuvan rebels": no group named Tuvan (actors48)
    for m in mentions:
        if m.kind == "state" or not (m.actor_id or m.sectors) or (
                people and m.rule.startswith(LOCAL_GROUP_RULE)):
            continue
        words = m.text.replace("-", " ").split()
        if town in words or town == m.text:
            return True
    return False


def _initials_of_a_name(doc: Doc, town: str) -> bool:
    """Class *the initials of a body the text names in full* (recip61): "a
    CHP officer" after "the California Highway Patrol", "BSF troops" after
    "the Border Security Force", "KPD detectives" after "the Kenner Police
    Department" -- an upper-case word of two to five letters spelling the
    initials of a run of capitalised words of the same text is that body's
    short name, not a town abroad that shares the letters."""
    if not (town.isalpha() and town.isupper() and 2 <= len(town) <= 5):
        return False
    words = [t.text for t in doc if t.lower_ not in JOINERS]
    n = len(town)
    return any("".join(w[0] for w in words[k:k + n]) == town
               and all(w[:1].isupper() and w.isalpha() and w != town for w in words[k:k + n])
               for k in range(len(words) - n + 1) if words[k][:1] == town[0])


def locate_town_agents(doc: Doc, mentions: list[ActorMention]) -> None:
    """Give a bare agent with no country the country of its town."""
    # a sponsor ("Iran-backed militias") names no state the story is in
    # (home.SPONSOR_RULE, marked before this runs): "Kurdish officials blamed
    # Iran-backed militias" must not make the Kurdish officials Iran's
    named = {m.country for m in mentions
             if m.country and m.kind == "state" and SPONSOR_RULE not in m.rule}
    for m in mentions:
        if m.rule != "agent" or m.country or m.actor_id:
            continue
        span = char_span(doc, m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        # a people's whole form first: "Crimean Tatar", not its noun "Tatar"
        run = _capitalised_before(span.root)
        town = run if run is not None and normalise(run) in regional_peoples() \
            else town_of(span.root)
        country = None if town is None else _town_or_people(town, named)
        if country is None:  # no town: a division the tagger misread?
            found = division_country(span.root, named)
            if found is not None and (not named or found[1] in named):
                town, country = found
        if town is None or country is None or _names_an_actor(doc, town, mentions):
            continue
        # a territory's town: its police and bare administration are the
        # sovereign's (home.state_force_home; rules61, "Decided with rules61")
        m.country = state_force_home(m.sectors, country, m.text)
        m.rule = "agent" + TOWN_RULE
