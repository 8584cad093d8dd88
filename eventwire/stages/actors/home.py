"""The story's country, and the actors named without one who act there.

Class *unnamed domestic agents*: "police", "the government", "protesters",
named bare, act in the country the article is about (the annotation guide
labels them so); armed agents ("troops", "rebels") too, unless the story
names foreign armed forces; a person the KB does not know is most often of
that country. Class *re-mentions*: "the lawmakers" after "Iraqi lawmakers"
are the same people.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from spacy.tokens import Doc

from eventwire.models import ActorMention
from eventwire.nlp.extensions import get_list
from eventwire.stages.actors.kb import normalise, territory_sovereigns
from eventwire.stages.actors.local_groups import LOCAL_GROUP_RULE
from eventwire.stages.actors.speaks_for import SPOKESPEOPLE

# sectors of people who act where the story is: police, officials, protesters
DOMESTIC_SECTORS = {"COP", "GOV", "LEG", "JUD", "OPP", "CVL", "LAB", "EDU", "PPL", "BUS",
                    "MED", "REL", "CRM", "HLH", "AGR", "REF"}
# armed agents named bare ("troops", "rebels", "gunmen") in a story about one
# country are that country's, unless the story names foreign armed forces
ARMED_SECTORS = {"MIL", "REB", "UAF"}
NON_STATE_ARMED = {"REB", "UAF"}
HOME_MIN_MENTIONS = 2
# what an actor named by nationality ("South Korean police") adds to its
# country's count: less than the country's own name, enough to break ties
NATIONALITY_VOTE = 0.5
# "Iran-backed militias" are not Iran's own: a sponsor names no owner and no
# story country (the mention is marked ``+sponsor`` by the actor stage)
SPONSOR_SUFFIXES = ("-backed", "-aligned", "-allied", "-supported", "-funded",
                    "-sponsored", "-linked", "-inspired", "-friendly", "-leaning")
SPONSOR_RULE = "+sponsor"
# class *outsiders named as such*: "foreign troops", "international
# observers", "overseas investors" are never the story's own
OUTSIDERS = {"foreign", "international", "multinational", "overseas", "outside", "expatriate"}
# class *a state's own foreign-affairs body* (actors24): "foreign" before one
# of these names the state's own office ("the foreign ministry", "the Foreign
# Office", "the Ministry of Foreign Affairs", "the foreign minister"), not an
# outsider, so such a body is of the story's country like any other bare agent.
# Not "intelligence" ("foreign intelligence agents planted the bomb") nor the
# plural "ministers"/"services" ("foreign ministers from six states"): those
# name other states' people (review28)
OWN_FOREIGN_HEADS = {"ministry", "ministries", "minister", "office", "secretary", "affairs",
                     "service"}


def outsider_words(text: str) -> set[str]:
    """The words of ``text`` that name an outsider (``OUTSIDERS``), without
    a "foreign" that names a state's own foreign-affairs body."""
    words = text.lower().split()
    found = set(words) & OUTSIDERS
    # the head's possessive, either apostrophe: "the foreign ministry’s envoy"
    heads = [w.removesuffix("'s").removesuffix("\u2019s") for w in words]
    if "foreign" in found and all(
            i + 1 < len(words) and heads[i + 1] in OWN_FOREIGN_HEADS
            for i, w in enumerate(words) if w == "foreign"):
        found.discard("foreign")
    return found


def country_votes(mentions: list[ActorMention]) -> tuple[dict[str, float], dict[str, int]]:
    """Each country's votes for the story's country (its states and capitals
    named, 1 each; its actors' nationalities, ``NATIONALITY_VOTE`` each) and
    the offset of its first vote."""
    counts: dict[str, float] = {}
    first: dict[str, int] = {}
    for m in mentions:
        if (vote := _vote(m)) and m.country:
            counts[m.country] = counts.get(m.country, 0.0) + vote
            first.setdefault(m.country, m.start)
    return counts, first


def home_country(mentions: list[ActorMention], sole: bool = True) -> str | None:
    """The country the article is about: the one its country names (states
    and their capitals) and its actors' nationalities (``NATIONALITY_VOTE``
    each) name most, if at least twice; ties go to the first named; else,
    when ``sole``, the only country the text names."""
    counts, first = country_votes(mentions)
    if not counts:
        return _sole_country(mentions) if sole else None
    best = max(counts, key=lambda c: (counts[c], -first[c]))
    if counts[best] >= HOME_MIN_MENTIONS:
        return best
    return _sole_country(mentions) if sole else None


# doc.user_data key of story_country's memo: (list id, length, last mention id, answer)
# the marks of a country the story gave, not the mention's own words: ``+home``
# (here, the actor stage) and ``+story`` (``events.agents``)
STORY_MARKS = ("+home", "+story")
STORY_COUNTRY_KEY = "eventwire_story_country"


def story_country(doc: Doc) -> str | None:
    """``home_country`` of the document's actor mentions, memoised for the
    readers after the actor stage (the event stage asks it once per event,
    which made long articles quadratic). The actor stage itself changes
    mentions' countries and calls ``home_country`` directly; after it the
    list is only read or replaced, so its identity and length key the memo."""
    return memo_on_mentions(doc, STORY_COUNTRY_KEY, home_country)


def memo_on_mentions(doc: Doc, key: str,
                     compute: Callable[[list[ActorMention]], str | None]) -> str | None:
    """``compute`` of the document's actor mentions, memoised in
    ``doc.user_data[key]`` and keyed by the mention list's identity, length
    and last item (after the actor stage the list is only read or replaced)."""
    mentions = get_list(doc, "actor_mentions")
    stamp = (id(mentions), len(mentions), id(mentions[-1]) if mentions else 0)
    memo = doc.user_data.get(key)
    if memo is not None and memo[0] == stamp:
        found: str | None = memo[1]
        return found
    found = compute(mentions)
    doc.user_data[key] = (stamp, found)
    return found


def _vote(m: ActorMention) -> float:
    """A vote for the story's country: a state or its capital named, or
    class *actors named by their nationality*: "South Korean police",
    "Indian navy", "Congolese troops" (a demonym compound) are the actors of
    the story and act where it is, more surely than a country merely
    mentioned ("beef imports from the United States")."""
    if not m.country or SPONSOR_RULE in m.rule:
        return 0.0
    if m.kind == "state":
        return 1.0
    nationality = m.rule == "compound" and (m.actor_id or "").startswith("cameo:")
    return NATIONALITY_VOTE if nationality else 0.0


def _sole_country(mentions: list[ActorMention]) -> str | None:
    """Class *the one country of a short story*: a text that names a single
    country, however often and in whatever form (a state, a demonym, an
    agency: "Opposition groups in Zimbabwe demanded that President Mugabe
    resign", "Rebels in the Ivory Coast rejected an appeal from President
    Gbagbo", "Haitian officials accused ousted president Aristide"), is
    about that country: its unknown people and bare agents are of it."""
    named = {m.country for m in mentions if m.country and SPONSOR_RULE not in m.rule}
    return named.pop() if len(named) == 1 else None


def locate_bare_agents(mentions: list[ActorMention],
                       fallback: Callable[[], str | None] | None = None,
                       dateline: str | None = None) -> None:
    """Class *unnamed domestic agents*: "police", "the government",
    "protesters", "officers" named without a country act in the country the
    article is about (the annotation guide labels them so); military and
    armed agents are left alone, as they often come from abroad.
    ``fallback`` gives the story's country when the mentions do not (it is
    only called then: ``place_home.places_country`` reads the gazetteer).

    Class *domestic agents where the story was filed* (actors58): when the
    dateline names one country (``datelines.dateline_country``) and the
    story's most-named country is another, the bare domestic agents
    (``DOMESTIC_SECTORS`` only: police, protesters, a court, the
    government, lawmakers, residents) are the dateline's: "CHISINAU, Nov 27
    (Reuters) - Moldova expels Russian diplomat ... police searched ...",
    Russia named most, the police Moldova's. Armed agents keep the count's
    country (raiders and fighters often cross from the country named most:
    "LODWAR - ... raiders from Ethiopia"); a territory's dateline still gives
    its forces to the sovereign (``state_force_home``). Against m95 (37 sets):
    actor +26/-10, recipient +37/-24 events, real texts unchanged; what it
    still loses is a story filed where the reacting state sits ("MOSCOW -
    Russia will respond to Moldova's ...": the court, the lawyers are B's)."""
    _repeat_agents(mentions)
    home = home_country(mentions)
    if home is None and fallback is not None:
        home = fallback()
    if home is None:
        return
    # class *non-state armed groups fight where they are from*: insurgents,
    # militants, militias named bare are the story country's even when foreign
    # armies are in the story ("Rwandan troops ... insurgents attacked")
    allowed = DOMESTIC_SECTORS | NON_STATE_ARMED | (
        set() if _foreign_armed(mentions, home) else ARMED_SECTORS)
    for m in mentions:
        words = set(m.text.lower().split())
        if m.rule == "agent" and not m.country and m.sectors and \
                set(m.sectors) <= allowed and not SPOKESPEOPLE & words and \
                not outsider_words(m.text):
            here = dateline if dateline and set(m.sectors) <= DOMESTIC_SECTORS else home
            m.country = state_force_home(m.sectors, here, m.text)
            m.rule = "agent+home"
        elif m.rule == LOCAL_GROUP_RULE and not m.country and set(m.sectors) <= allowed:
            # class *groups the article defines* (``local_groups``): a group
            # named with no country acts where the story is, as bare agents do
            m.country = home
            m.rule += "+home"
        elif m.rule.startswith("ner-PERSON") and not m.country and not m.actor_id:
            # class *unknown people of the story*: a person the KB does not
            # know ("Eric Kirkpatrick", "Ovidio Guzman") is most often of
            # the country the story is about
            m.country = home
            m.rule += "+home"


# the sectors of a state's forces, which a territory's sovereign sends
STATE_FORCES = frozenset({"COP", "MIL"})
# class *the sovereign's administration in a territory* (rules61, docs/annotation.md
# "Decided with rules61"): bare "authorities", "the prefecture", "the prefect",
# "the high commissioner" of Mayotte or Réunion are the state's own officers
# there, as its gendarmes are; the territory's elected bodies are its own
SOVEREIGN_BODIES = frozenset({"authorities", "authority", "prefecture", "préfecture",
                              "prefect", "préfet", "high commissioner",
                              "high commission", "state services"})


def _names_sovereign_body(text: str) -> bool:
    """Whether a mention is a bare state body of the sovereign: its words,
    without a leading article, are one of ``SOVEREIGN_BODIES``."""
    words = normalise(text).split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words) in SOVEREIGN_BODIES


def state_force_home(sectors: Iterable[str], home: str, text: str = "") -> str:
    """Class *a sovereign's forces in its territory* (actors36): in a story
    about a dependent territory (``kb.territory_code``), police and soldiers
    named bare ("gendarmes", "troops") are the sovereign's ("French state
    forces there FRA", docs/annotation.md); so are its bare administration
    ("Authorities", "the prefecture": rules61, ``SOVEREIGN_BODIES``, checked
    only when ``text`` is given, whatever sector the KB or the resolver
    gave); its people, parties and unions are the
    territory's."""
    if STATE_FORCES.intersection(sectors) or (text and _names_sovereign_body(text)):
        return territory_sovereigns().get(home, home)
    return home


def _foreign_armed(mentions: list[ActorMention], home: str) -> bool:
    """Whether the story names armed forces of another country ("US
    troops", "Israeli jets"): bare "troops" may then be either side's."""
    return any(m.country and m.country != home and set(m.sectors) & ARMED_SECTORS
               for m in mentions)


class _WordsOf:
    """A mention's normalised words, split once per mention (speed29: the
    re-mention scans normalised and split every earlier mention again for
    each later one, ~45k splits per 200 articles); a mention's text does not
    change while the scans run."""

    def __init__(self, mentions: list[ActorMention]) -> None:
        self.mentions = mentions
        self.kept: dict[int, list[str]] = {}

    def __call__(self, j: int) -> list[str]:
        words = self.kept.get(j)
        if words is None:
            words = self.kept[j] = normalise(self.mentions[j].text).split()
        return words


def _repeat_agents(mentions: list[ActorMention]) -> None:
    """Class *re-mentions of a qualified agent*: "the resistance groups"
    after "the Iraqi resistance groups", "the lawmakers" after "Iraqi
    lawmakers" are the same people: the bare one takes the earlier one's
    identity. Not a state's "army" after a non-state group named an Army
    (the White Army, the Arakan Army, the Free Syrian Army: rules61): the
    bare army is the state's military the group fights."""
    words_of = _WordsOf(mentions)
    for i, m in enumerate(mentions):
        if m.rule != "agent" or m.country:
            continue
        words = words_of(i)
        words = words[1:] if words[:1] == ["the"] else words
        for j in range(i - 1, -1, -1):
            prev = mentions[j]
            if not prev.country:
                continue
            pw = words_of(j)
            if words == ["army"] and NON_STATE_ARMED.intersection(prev.sectors):
                continue
            if len(pw) > len(words) and pw[-len(words):] == words:
                m.country, m.actor_id, m.sectors = prev.country, prev.actor_id, list(prev.sectors)
                m.rule = "agent+repeat"
                break


def repeat_short_states(mentions: list[ActorMention]) -> None:
    """Class *short forms of a country's full name*: "Congo" after
    "Democratic Republic of Congo", "Korea" after "North Korea" is the same
    state, unless the article names the short form's own country
    otherwise (then both are in the story)."""
    countries = Counter(m.country for m in mentions if m.country)
    for i, m in enumerate(mentions):
        if m.kind != "state" or (m.country and countries[m.country] > 1):
            continue
        words = normalise(m.text).split()
        for prev in reversed(mentions[:i]):
            pw = normalise(prev.text).split()
            if prev.kind == "state" and prev.country and prev.country != m.country and \
                    len(pw) > len(words) and pw[-len(words):] == words:
                m.country, m.actor_id, m.name = prev.country, prev.actor_id, prev.name
                m.rule += "+repeat"
                break

