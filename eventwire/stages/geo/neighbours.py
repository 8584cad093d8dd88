"""Names the NER model mistags, recognised by the article's own geography
(issue 13, branch geo8).

The small spaCy model tags many town names persons or organisations, or
leaves them untagged, wherever no locative preposition precedes them:

* **sentence-initial subjects**: "Kherson was shelled again", "Townsville
  sent army helicopters", "Mariupol fell in May";
* **later conjuncts and objects of motion verbs**: "between Mandi and
  Kullu", "families fled Khan Younis", "crews from Easton and Bethlehem";
* **all-capital datelines** the model takes for a person ("HOUMA, La. —").

Such a name is a place here when the gazetteer knows it as a town of the
article's own geography: a populated place in a first-level division the
already-found places name (``coordination.home_divisions``: "Lafourche
Parish" beside "Terrebonne Parish" and Houma), or a town of
``COUNTRY_MIN_POPULATION`` or more in a country the article names as a
place. People whose surnames are town names are kept out by their own
marks: a longer person name elsewhere in the article ending in the same
word ("Jane Austin ... Austin said"), a title before the name ("Mr.",
"Governor"), a verb of saying governed by it ("Lincoln said"). Pieces of
longer names, calendar words, acronyms and quoted titles are no town.
Measured on the development sets (docs/BENCHMARKS.md, "geo8"): recall up
on every set, precision down by at most 0.007; what still slips through is
a surname used alone with no first name in the article ("Lee retreated").

Class *the place a verb of fleeing, leaving, reaching or striking acts on*
(geo37, ``place_object``), whatever the article's geography: the model
tags a town that is a bare direct object a person ("airstrikes hit Rafah
and Khan Younis", "thousands fled Stepanakert", "trucks left Dire Dawa",
"the survivors reached Vilna"), and a one-sentence report names no country
for ``_home_town``. A verb whose object is a place and hardly ever a
person (``PLACE_VERBS``: flee, evacuate, shell, bomb, storm, besiege,
overrun, retake, ...) takes any town of ``HOME_MIN_POPULATION`` or more, a
division or a country; a verb that acts on people too (``SHARED_VERBS``:
leave, reach, hit, strike, capture, seize, attack, visit) only a place
``big_place`` takes after a preposition (a country, a division, a city of
100,000+). The person marks above still keep a person out ("hit Smith",
"Mr. Jordan").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from spacy.tokens import Doc, Span

from eventwire.nlp.extensions import ents_of, span_text
from eventwire.nlp.spans import entity_holding, first_conjunct
from eventwire.stages.geo.context import name_spans
from eventwire.stages.geo.coordination import home_divisions
from eventwire.stages.geo.entity_places import big_place
from eventwire.stages.geo.facility import feature_word
from eventwire.stages.geo.gazetteer import Place, gazetteer

# a town in a named country, not in a named division: more than a village
COUNTRY_MIN_POPULATION = 20_000
HOME_MIN_POPULATION = 1_000
TITLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "lord", "lady",
          "president", "governor", "gov.", "senator", "sen.", "rep.", "minister", "mayor",
          "judge", "general", "gen.", "colonel", "col.", "captain", "capt.", "officer",
          "coach", "pope", "king", "queen", "prince", "princess", "sheikh", "saint"}
CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "spring", "summer", "autumn", "fall",
            "winter", "christmas", "easter"}
# what follows a dateline's town: ", <capitalised place words> [(Agency)] —"
DATELINE_TAIL = re.compile(r",\s+[A-Z][\w.'\u2019]*(?:\s+[A-Z][\w.'\u2019]*){0,2}\s*"
                           r"(?:\([^)\n]{1,30}\)\s*)?[-\u2013\u2014]")
DATELINE_TAIL_TOKENS = 10
SPEECH = {"say", "tell", "add", "state", "announce", "claim", "write", "explain", "insist",
          "argue", "deny", "warn", "urge", "call", "ask", "describe", "note", "recall"}


# verbs whose direct object is a place, hardly ever a person
PLACE_VERBS = {"flee", "evacuate", "shell", "bomb", "bombard", "storm", "besiege", "overrun",
               "retake", "recapture", "enter", "occupy", "liberate", "blockade", "encircle",
               "invade"}
# verbs that act on places and people alike: only a big place
SHARED_VERBS = {"leave", "reach", "hit", "strike", "capture", "seize", "attack", "visit"}


def place_object(span: Span, cands: list[Place]) -> bool:
    """The span (or the first name it is coordinated with) is the direct
    object of a verb of fleeing, leaving, reaching or striking, and the
    gazetteer holds a place of that name fit for the verb (module
    docstring, geo37)."""
    root = first_conjunct(span.root)  # "hit Rafah and Khan Younis"
    if root.dep_ != "dobj" or root.head.pos_ != "VERB":
        return False
    verb = root.head.lemma_
    if verb in SHARED_VERBS:
        return big_place(cands)
    return verb in PLACE_VERBS and any(
        p.feature in ("country", "admin1") or p.population >= HOME_MIN_POPULATION
        for p in cands if p.feature != "continent")


def _towns(cands: Iterable[Place]) -> list[Place]:
    return [p for p in cands if p.feature in ("city", "admin2")]


def _home_town(cands: list[Place], home: set[int], countries: set[str]) -> bool:
    """A candidate lies in a home division, or is a large enough town of a
    country the article names."""
    return any(p.admin1_id in home and p.population >= HOME_MIN_POPULATION or
               p.country in countries and p.population >= COUNTRY_MIN_POPULATION
               for p in _towns(cands))


def _surnames(ents: Sequence[Span]) -> dict[str, set[tuple[int, int]]]:
    """Last words of the article's multi-word person names, each with the
    bounds of the entities that end in it."""
    out: dict[str, set[tuple[int, int]]] = {}
    for e in ents:
        if e.label_ == "PERSON" and len(e) >= 2:
            out.setdefault(e[-1].text.lower(), set()).add((e.start, e.end))
    return out


def _personal(span: Span, surnames: dict[str, set[tuple[int, int]]]) -> bool:
    """Marks of a person: a longer person name with this last word (another
    entity than the span's own: a town of two words the model tags a person,
    "Te Awamutu", "Sancti Spíritus", "fled Khan Younis", is no surname of
    itself; geo37), a title
    before it, a verb of saying or writing it (or the name it is coordinated
    with) is the subject of, or a multi-word person
    entity holding it. (The actor stage's person mentions are no mark: it
    takes every person-tagged subject for one, "Tupelo lost power" too.)"""
    doc = span.doc
    if surnames.get(span[-1].text.lower(), set()) - {(span.start, span.end)}:
        return True
    if span.start > 0 and doc[span.start - 1].lower_ in TITLES:
        return True
    if _dateline(span):  # "HOUMA, La. — Shrimpers ... said": the parse's subject
        return False
    root = first_conjunct(span.root)  # "Jackson and Madison wrote"
    if root.dep_ == "nsubj" and root.head.lemma_ in SPEECH:
        return True
    ent = entity_holding(span)
    return ent is not None and ent.label_ == "PERSON" and len(ent) > len(span)


def _part_of_name(span: Span) -> bool:
    """The span is a piece of some longer name, not a name of its own: inside
    a longer entity ("University of Calgary", "Thomas the Tank Engine",
    "McDonald's"), after a capitalised word ("Dresden Zoo", "Mute Swan"),
    before a hyphen ("Green-winged"), an acronym ("CDC"), a calendar word,
    a title in quotation marks ("the \"Thomas\" brand")."""
    doc = span.doc
    text = span_text(span)  # ``Span.text`` builds a Token per word
    if text.lower() in CALENDAR or text.isupper() and not _dateline(span):
        return True
    ent = entity_holding(span)
    if ent is not None and len(ent) > len(span):
        return True
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.is_quote:
        return True
    if prev is not None and prev.text[:1].isupper() and prev.is_alpha and not (
            prev.is_sent_start or prev.i == 0):
        return True
    return span.end < len(doc) and doc[span.end].text == "-"


def _dateline(span: Span) -> bool:
    """A dateline's town: the article's (or a line's) first words, all
    capitals before a comma or dash ("HOUMA, La. —", "HOUMA —"), or any case
    before ", <place words> —" ("Darwin, Australia —", "Nelson, New Zealand
    (AP) —"). The parser often makes it the subject of the first sentence's
    verb of saying ("HOUMA, La. — Shrimpers in Terrebonne Parish said"),
    which is no mark of a person here."""
    doc = span.doc
    if not (span.start == 0 or doc[span.start - 1].is_space and "\n" in doc[span.start - 1].text):
        return False
    nxt = doc[span.end].text if span.end < len(doc) else ""
    if span_text(span).isupper() and nxt[:1] in (",", "-", "\u2013", "\u2014"):
        return True
    # the next few tokens only: Doc.text is rebuilt on every access
    return DATELINE_TAIL.match(span_text(doc[span.end:span.end + DATELINE_TAIL_TOKENS])) \
        is not None


def neighbour_names(doc: Doc, taken: set[int], found: list[list[Place]],
                    metonym: Callable[[Span, list[Place]], bool],
                    proper: list[bool] | None = None) -> list[tuple[Span, list[Place]]]:
    """Spans outside ``taken`` that name towns of the article's geography
    (module docstring); ``found``: the candidates of the places found so far;
    ``metonym``: the recogniser's own test for a capital standing for its
    government ("Moscow accused", "Tehran's foreign ministry"), which
    locates nothing here either; ``proper``: ``context.proper_flags``."""
    gaz = gazetteer()
    home = home_divisions(found)
    countries = {p.country for cands in found for p in cands
                 if p.feature == "country" and p.country}
    surnames = _surnames(ents_of(doc))
    out = []
    for span in name_spans(doc, set(taken), proper):
        if len(span) == 1 and feature_word(span[0]):
            continue
        text = span_text(span)  # ``Span.text`` builds a Token per word (speed31)
        if gaz.demonym(text) or any(map(str.isdigit, text)):
            continue
        if _part_of_name(span) or not (cands := gaz.candidates(text)) or metonym(span, cands):
            continue
        if _personal(span, surnames):
            continue
        if _dateline(span) and _towns(cands) or _home_town(cands, home, countries) or \
                place_object(span, cands):
            out.append((span, cands))
    return out
