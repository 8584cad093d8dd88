"""Class *people named with a title*: "Supreme Court Justice Ana Ruiz" (JUD),
"General Ali Musa" (MIL), "Senator Jo Lee" (LEG), "opposition leader Kofi
Boateng" (OPP), "Brazil's Defence Minister X", "Kenyan Police Chief X" take
the title's sector (``eventwire/data/actors/titles.yaml``, data, not code)
and the country of the title's modifier ("Brazil's", "Kenyan") or of an
"of <country>" after the name ("General Tomas Rivera of Colombia"). With
neither, the story's country comes later (``home.py``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from eventwire.datafiles import load_yaml
from eventwire.models import ActorMention
from eventwire.nlp.extensions import text_of
from eventwire.nlp.stems import ASCII_FOLDS
from eventwire.paths import DATA_DIR
from eventwire.stages.actors.party_offices import party_owned

TITLES_PATH = DATA_DIR / "actors" / "titles.yaml"
# between a modifier and the title ("Brazil's Justice", "Kenyan Justice")
# "Kenya's former Interior Minister X": "former"/"ex-" may stand between
_MODIFIER_GAP = re.compile(r"^(?:'s|’s)?\s+(?:former\s+|ex-)?$", re.IGNORECASE)
_OF_AFTER = re.compile(r"^,?\s+of\s+(?:the\s+)?$")
# the cheap test before ``_OF_AFTER``'s search of the mentions: "of" next
_OF_NEXT = re.compile(r",?\s+of\s")


# the most characters before a title its match holds: "then-"
_LEAD = len("then-")


@lru_cache(maxsize=1)
def _titles() -> tuple[re.Pattern[str], dict[str, str], int]:
    """The pattern of a title ending a text, the sector of each title, and
    the longest match's reach back from the text's last non-space
    character (every match ends there: see ``_title_ending``)."""
    with TITLES_PATH.open(encoding="utf-8") as f:
        # a null sector: a title that names no sector by itself ("Secretary
        # General"), kept so that the longer title wins over its rank word
        table = {str(k).lower(): str(v or "") for k, v in load_yaml(f)["titles"].items()}
    alts = "|".join(re.escape(t) for t in sorted(table, key=len, reverse=True))
    pattern = re.compile(rf"(?:^|[\s(\"“]|\b(?:ex|then)-)({alts})\s+$", re.IGNORECASE)
    return pattern, table, max(map(len, table), default=0) + _LEAD


@lru_cache(maxsize=1)
def _title_tails() -> frozenset[str] | None:
    """The last two characters of every title, for the screen of
    ``_title_ending`` (speed51: ~3,400 new windows per 200 articles, two in
    three ending in a word no title ends with -- "said ", "the "; the
    search cost ~8 µs each, 29 ms of the actor stage's first pass, now 10).
    A match's title ends at the window's last non-space character, so a
    window whose last two characters end no title has no match. With
    ``IGNORECASE`` an ASCII character matches an ASCII one exactly when
    their lower cases are equal, so an ASCII tail is screened by its lower
    case; a tail holding any other character (``ſ`` and ``ı`` match "s" and
    "i") goes to the pattern. None -- no screen -- when a title is shorter
    than two characters or ends in other than ASCII."""
    _, table, _ = _titles()
    if any(len(t) < 2 or not t[-2:].isascii() or t[-1].isspace() for t in table):
        return None
    return frozenset(t[-2:] for t in table)


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Every word of every title, built once (it was rebuilt on each call)."""
    _, table, _ = _titles()
    return frozenset(w for t in table for w in t.split())


def is_title(word: str) -> bool:
    """Whether ``word`` is (a word of) a title: "President", "Gen.", "Justice"."""
    return word.lower() in title_words()


def title_before(text: str, start: int) -> tuple[int, str] | None:
    """The title written right before ``start``: (its start, its sector)."""
    lo = max(0, start - 60)
    found = _title_ending(text[lo:start])
    return None if found is None else (lo + found[0], found[1])


@lru_cache(maxsize=4096)
def _title_ending(window: str) -> tuple[int, str] | None:
    """The title that ends ``window`` before its final whitespace: (its
    offset, its sector). Memoised: the stages ask about the same mention's
    window several times (``title_of``, ``former_office``, ``titled_people``).
    The pattern ends in ``\\s+$``, so a window not ending in whitespace
    (``str.isspace``, the same class as the pattern's ``\\s``) has no title and
    is answered without the search.

    The search starts ``reach`` characters before the window's last
    non-space character (speed26): a match is a title (no title ends in
    whitespace; a case-insensitive match is as long as the title) with at
    most "then-" before it, followed by whitespace to the end, so none
    starts earlier; a search from position 0 tried the whole alternation of
    titles at every one of the ~60 positions (~50 µs each, 4,000 windows
    per 200 articles). ``^`` matches only at the text's real start, as
    before."""
    if not window or not window[-1].isspace():
        return None
    pattern, table, reach = _titles()
    end, tails = len(window.rstrip()), _title_tails()
    if tails is not None and end >= 2:
        tail = window[end - 2:end]  # where every title's last two characters stand
        if tail.isascii() and tail.lower() not in tails:
            return None
    found = pattern.search(window, max(0, end - reach))
    sector = None if found is None else table.get(_title_key(found.group(1)))
    return None if found is None or sector is None else (found.start(1), sector)


# the table's keys are ASCII-lower; a match holding a character IGNORECASE
# folds to an ASCII letter that ``lower()`` does not ("Preſident", "Rabbı":
# ``stems.ASCII_FOLDS``, the same characters ``stems.may_hold`` hands on) is
# looked up through its letter
_FOLD = str.maketrans(ASCII_FOLDS)


def _title_key(matched: str) -> str:
    """The table key of a matched title. ``lower()`` alone left "preſident"
    and "rabbı" unknown: the lookup raised KeyError on such text."""
    return matched.translate(_FOLD).lower()


def title_of(text: str, m: ActorMention) -> tuple[int, str] | None:
    """The person's title: written right before the mention, or at the
    start of the mention itself when the knowledge base's alias includes
    it ("President Bush", "Prime Minister Blair")."""
    found = title_before(text, m.start)
    if found is not None:
        return found
    # the title inside the mention, from its first word: "President Bush",
    # "Prime Minister Tony Blair", "President Hosni Mubarak" (actors27: only
    # the word before the last was tried, so a two-word name was missed)
    words = m.text.split()
    if not words or not is_title(words[0].split("-")[-1]):
        return None  # a set test first: a title inside starts the mention
    cuts = [i for i, c in enumerate(m.text.rstrip()) if c == " "][:3]
    for cut in cuts:
        found = title_before(text, m.start + cut + 1)
        if found is not None and found[0] == m.start:
            return found
    return None


def leading_title(text: str, m: ActorMention) -> tuple[int, str] | None:
    """Class *a title the NER takes into the name*: "Senior Trooper William
    Hakim", "Detective Dominic Mangoni", "Sheriff Lee Baca" tagged as one
    PERSON: a title that starts the mention (or begins before it: "Senior
    Trooper") and ends before one of its first words, with at least two
    words of name left after it."""
    words = [i for i, c in enumerate(m.text) if c == " "]
    for cut in words[:-1][:3]:
        found = title_before(text, m.start + cut + 1)
        if found is not None and found[0] <= m.start:
            return found
    return None


def _modifier_country(mentions: list[ActorMention], text: str, title_start: int,
                      person: ActorMention) -> str | None:
    """The country of a state or demonym written right before the title, or
    of a mention that takes the title in ("Brazil's Supreme Court")."""
    for m in mentions:
        if not m.country or m.start >= title_start or m.end > person.start:
            continue
        if m.end > title_start or _MODIFIER_GAP.match(text[m.end:title_start] or " "):
            return m.country
    return None


def _of_country(mentions: list[ActorMention], text: str, person: ActorMention) -> str | None:
    """"General Tomas Rivera of Colombia": the state named right after."""
    for m in mentions:
        if m.start >= person.end and m.kind == "state" and m.country \
                and _OF_AFTER.match(text[person.end:m.start]):
            return m.country
    return None


# head words of organisation names: "the Justice Ministry" is no person
ORG_HEADS = {"ministry", "office", "party", "court", "council", "army", "forces", "front",
              "movement", "union", "committee", "commission", "agency", "service", "bank",
              "company", "group", "guard", "police", "house", "palace", "government",
              "administration", "assembly", "congress", "parliament", "senate", "league"}


def _titled_misread(text: str, m: ActorMention) -> bool:
    """Class *a titled name the NER reads as an organisation or a place*:
    "Kazakh President Kassym-Jomart Tokayev", "Prime Minister Hun Manet",
    "General Mamady Doumbouya" tagged ORG/GPE/NORP are people: a name of
    one to four capitalised words, none an organisation's head word, right
    after a person's title."""
    words = m.text.split()
    return m.rule.split("+")[0] in ("ner-ORG", "ner-GPE", "ner-NORP") and not m.actor_id \
        and not m.country and 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) \
        and not {re.sub(r"['’]s$", "", w.lower().rstrip(".,")) for w in words} & ORG_HEADS \
        and title_before(text, m.start) is not None


def titled_people(doc: Doc, mentions: list[ActorMention]) -> None:
    text = text_of(doc)
    for m in mentions:
        if m.kind != "person" and _titled_misread(text, m):
            m.kind = "person"
        if m.kind != "person" or m.actor_id or (m.country and m.sectors):
            continue
        found = title_before(text, m.start) or leading_title(text, m)
        if found is None:
            continue
        title_start, sector = found
        if not m.sectors and sector:
            m.sectors = [sector]
        if not m.country:
            m.country = _modifier_country(mentions, text, title_start, m) or _of_country(
                mentions, text, m)
        m.rule += "+titled"


def stated_states(doc: Doc, mentions: list[ActorMention]) -> None:
    """Class *a titled name's state written after it* (actors27): "King
    Hassan of Morocco", "Prince Faisal of Jordan", "President Ali Musa of
    Chad": the state the text gives a titled person outranks the knowledge
    base's guess for the name (one "Hassan" is Jordan's prince), so a person
    the KB put in another country takes the stated one (``_of_country``)."""
    text = text_of(doc)
    for m in mentions:
        if m.kind != "person" or not m.country or not _OF_NEXT.match(text, m.end) \
                or title_of(text, m) is None:
            continue
        stated = _of_country(mentions, text, m)
        if stated is not None and stated != m.country:
            m.country = stated
            m.rule += "+stated"


# CAMEO's "elites": the KB's code for a person with no office in its record
ELITE = "ELI"


def titled_elites(doc: Doc, mentions: list[ActorMention]) -> None:
    """Class *an office named in the text outranks the KB's elite code*: a
    person the knowledge base codes only as an elite (ELI) but whom the text
    introduces with an office ("Prime Minister Manasseh Sogavare", "President
    Bush", "Ambassador Zalmay Khalilzad", "General X") acts in that office:
    the title's sector replaces ELI (the annotation guide codes actors by
    the role they act in)."""
    text = text_of(doc)
    for m in mentions:
        if m.kind != "person" or ELITE not in m.sectors:
            continue
        found = title_of(text, m)
        if found is not None and found[1]:
            m.sectors = [found[1] if s == ELITE else s for s in m.sectors]
            m.rule += "+office"


def sitting_office(doc: Doc, mentions: list[ActorMention]) -> None:
    """Class *a sitting government office outranks the KB's opposition code*
    (actors33), the mirror of ``opposition_titled``: a person the knowledge
    base files as the opposition (its record ends before the person took
    office) whom the text introduces with a government title -- "Prime
    Minister Albin Kurti", "President Hakainde Hichilema", "Kosovo's Prime
    Minister X", "Chancellor X" -- acts in that office now: GOV replaces OPP.
    A former office ("former Prime Minister X": ``FORMER_BEFORE``) leaves the
    opposition code alone, and so does a party's office ("CHP President X",
    "the party's president X": ``party_offices.party_owned``)."""
    text = text_of(doc)
    for m in mentions:
        if m.kind != "person" or not m.actor_id or OPPOSITION not in m.sectors \
                or GOVERNMENT in m.sectors:  # the KB's code, not a party office's
            continue
        found = title_of(text, m)
        if found is None or found[1] != GOVERNMENT or FORMER_BEFORE.search(
                text[max(0, found[0] - 40):found[0]]) \
                or party_owned(text, mentions, found[0]):  # "CHP President X"
            continue
        m.sectors = [GOVERNMENT if s == OPPOSITION else s for s in m.sectors]
        m.rule += "+sitting"


# "former President X", "ex-Prime Minister X": the office is no longer held;
# a state's name or demonym may stand between ("Former Philippine President
# X", "former U.S. President X"): capitalised words only, at most two; a
# dot only in an initialism ("U.S.", "U.K."): "the former Yugoslavia. Prime
# Minister X" ends a sentence, the title is the next one's. "former"/"ex-"
# in any case (a headline's "FORMER PRESIDENT"); the state's name keeps its
# capital
FORMER_BEFORE = re.compile(
    r"(?i:\bformer|\bex-)\s*(?:(?:(?:[A-Z]\.){2,}|[A-Z][\w'’-]*)\s+){0,2}$")
GOVERNMENT = "GOV"
OPPOSITION = "OPP"
# codes a former holder of a government office no longer acts in
LEFT_OFFICE_SECTORS = {GOVERNMENT, ELITE}


def former_office(doc: Doc, mentions: list[ActorMention]) -> None:
    """Class *former holders of a government office*: a person the text
    introduces as "former President X", "ex-Prime Minister X" or "former
    Interior Minister X" holds no office now and, in political news, acts
    as the opposition to the government of the day (docs/annotation.md
    codes actors by the role they act in; the record sets code ousted or
    former heads of government OPP). OPP replaces the office's GOV (or the
    knowledge base's code of the years in office); military, judicial and
    other titles keep their sector ("former General X" is not coded)."""
    text = text_of(doc)
    for m in mentions:
        if m.kind != "person":
            continue
        found = title_of(text, m)
        if found is None or found[1] != GOVERNMENT or not FORMER_BEFORE.search(
                text[max(0, found[0] - 40):found[0]]):
            continue
        kept = [s for s in m.sectors if s not in LEFT_OFFICE_SECTORS]
        m.sectors = [OPPOSITION, *[s for s in kept if s != OPPOSITION]]
        m.rule += "+former"


# codes of an office the KB files a person under, which an opposition title
# in the text outranks
_HELD_OFFICES = {GOVERNMENT, ELITE, "JUD", "LEG"}
# the OPP titles that name the opposition ("opposition leader"); "rival" and
# "challenger" are OPP titles too, but a sitting president has rivals
_OPPOSITION_WORD = "opposition"


def opposition_titled(doc: Doc, mentions: list[ActorMention]) -> None:
    """Class *an opposition title outranks the KB's office* (actors26): a
    person the knowledge base files under an office (GOV for a past
    premiership, JUD, LEG, ELI) whom the text introduces as "opposition
    leader X", "opposition politician X" acts in the opposition now
    (docs/annotation.md codes actors by the role they act in; the title's
    sector is OPP in ``titles.yaml`` and that names the opposition: not
    "rival X", "challenger X", said of sitting presidents too): OPP replaces
    the office codes.
    ``titled_people`` leaves KB people alone, so they kept the KB's GOV.
    A former opposition title ("former opposition leader X", "ex-opposition
    leader X": ``FORMER_BEFORE``) says X left the opposition: the office stays."""
    text = text_of(doc)
    for m in mentions:
        if m.kind != "person" or OPPOSITION in m.sectors or \
                not _HELD_OFFICES.intersection(m.sectors):
            continue
        found = title_of(text, m)
        if found is None or found[1] != OPPOSITION or text[
                found[0]:found[0] + len(_OPPOSITION_WORD)].lower() != _OPPOSITION_WORD \
                or FORMER_BEFORE.search(text[max(0, found[0] - 40):found[0]]):
            continue
        m.sectors = [OPPOSITION, *[s for s in m.sectors if s not in _HELD_OFFICES]]
        m.rule += "+opposition"


# acts that end someone's office: its target held the office when it happened
REMOVAL_LEMMAS = frozenset({"fire", "sack", "dismiss", "oust", "depose", "topple", "overthrow",
                            "unseat", "impeach", "remove"})


def removed_from_office(lemma: str, target: ActorMention | None) -> ActorMention | None:
    """Class *the act that ends the office*: a former officeholder (OPP by
    ``former_office``) is the target of the act that removed him or her
    ("X, whom the president fired last week", "X, who was ousted in a
    no-confidence vote") in the office, GOV, as docs/annotation.md codes an
    actor by the role held in the event. Returns a copy, or ``target``."""
    if target is None or lemma not in REMOVAL_LEMMAS or target.kind != "person" \
            or OPPOSITION not in target.sectors:
        return target
    sectors = [GOVERNMENT if s == OPPOSITION else s for s in target.sectors]
    return replace(target, sectors=sectors)


def private_people(mentions: list[ActorMention]) -> None:
    """Class *private people*: a person the knowledge base does not know and
    the text gives no title, office or apposition ("Ovidio Guzman", "a man
    named Eric Banda") is a civilian, CVL, as CAMEO codes unidentified
    individuals; the country is left to the story (``home.py``)."""
    for m in mentions:
        if m.kind == "person" and not m.actor_id and not m.sectors:
            m.sectors = ["CVL"]
            m.rule += "+private"
