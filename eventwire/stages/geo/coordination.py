"""Coordinated place names the small NER model loses (issue 13, branch geo6).

Two classes of coordination, each a recognition error of the small spaCy
model seen on several development sets:

* **one entity holding a list of places** (``split_list``): the model
  tags "Kharkiv and Odesa" as a single WORK_OF_ART, "Karachi and Hyderabad"
  as one ORG, "Leeds, Bradford and Wakefield" as one ORG; the whole is no
  place, each conjunct is. Split when every conjunct is a country, or all
  are first-level divisions or towns of 10,000+ of one country (so not
  "Marks and Spencer", "Procter and Gamble": those parts are no such places);
* **two town names coordinated in a state the article is about**
  (``home_pair``): "Huntsville and Madison will share a water plant,
  Madison County said", "Hallowell and Gardiner want the same, Kennebec
  County officials said": the model tags each a person or an organisation,
  and neither is found, so the conjunct class of ``context`` (a conjunct of
  a found place) cannot start. Both names lie in one first-level division
  that the article already names by a county, the division itself or a town
  found in two divisions at most (``home_divisions``): local news names
  towns of one state. Person pairs ("Jackson and Madison wrote ... in New
  York") have no such third name; a pair the model tags both persons
  ("Lincoln and Douglas debated in Ottawa, Illinois") stays people.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from eventwire.nlp.extensions import span_text
from eventwire.nlp.spans import entity_holding
from eventwire.stages.geo.gazetteer import Place, gazetteer

LIST_WORDS = {"and", ",", "&", "or"}
SPLIT_MIN_POPULATION = 10_000
# a town of a home pair: in cities500, and more than a hamlet
PAIR_MIN_POPULATION = 1_000
SPLIT_LABELS = {"ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "GPE", "LOC", "FAC", "NORP"}


def _strong(cands: list[Place]) -> bool:
    return any(p.feature in ("country", "admin1") or p.population >= SPLIT_MIN_POPULATION
               for p in cands)


def split_list(span: Span, label: str) -> list[tuple[Span, list[Place]]]:
    """The conjuncts of an entity that is a list of places ("Kharkiv and
    Odesa"), each with its candidates; empty unless the span has a list word
    between capitalised parts, the whole is no gazetteer name, and every part
    is a strong place (module docstring)."""
    if label not in SPLIT_LABELS or not any(t.lower_ in LIST_WORDS for t in span):
        return []
    gaz = gazetteer()
    if gaz.candidates(span.text):
        return []  # "Trinidad and Tobago", "Bosnia and Herzegovina": one place
    parts, start = [], span.start
    for t in [*span, None]:
        if t is None or t.lower_ in LIST_WORDS:
            end = t.i if t is not None else span.end
            if end > start:
                parts.append(span.doc[start:end])
            start = end + 1
    if len(parts) < 2:
        return []
    out = []
    for part in parts:
        cands = gaz.candidates(part.text) if part.text[:1].isupper() and \
            not gaz.demonym(part.text) else []
        if not _strong(cands):
            return []
        out.append((part, cands))
    return out if _one_country([c for _, c in out]) else []


def _one_country(lists: list[list[Place]]) -> bool:
    """The parts are countries, or strong places of one country: a news
    list names neighbours ("Leeds, Bradford and Wakefield"), a company
    names people whose surnames are towns far apart ("Marks" in Russia,
    "Spencer" in Iowa)."""
    if all(any(p.feature == "country" for p in cands) for cands in lists):
        return True
    shared = None
    for cands in lists:
        countries = {p.country for p in cands if p.country and (
            p.feature == "admin1" or p.population >= SPLIT_MIN_POPULATION)}
        shared = countries if shared is None else shared & countries
    return bool(shared)


def _partners(tok: Token) -> list[Token]:
    """The heads of the names coordinated with ``tok``."""
    out = [c for c in tok.children if c.dep_ == "conj"]
    if tok.dep_ == "conj":
        out.append(tok.head)
    return [t for t in out if t.pos_ == "PROPN" and t.text[:1].isupper()]


def _name_of(tok: Token) -> Span:
    """The proper-noun run that ends at ``tok`` ("Khan" + "Younis")."""
    start = tok.i
    while start > 0 and tok.doc[start - 1].dep_ == "compound" and \
            tok.doc[start - 1].pos_ == "PROPN" and tok.doc[start - 1].head.i == tok.i:
        start -= 1
    return tok.doc[start:tok.i + 1]


def _town_divisions(cands: Iterable[Place], floor: int = PAIR_MIN_POPULATION) -> set[int]:
    return {p.admin1_id for p in cands if p.feature in ("city", "admin2") and p.admin1_id
            and p.population >= floor}


def home_pair(span: Span, home: set[int]) -> bool:
    """``span`` and a proper noun coordinated with it are both towns of one
    first-level division in ``home`` (the divisions of the places the
    article already names; ``home_divisions``), one of them a town there of
    ``PAIR_MIN_POPULATION`` or more (the other may be a village of 500:
    "Colchester and Shelburne", whose GeoNames village has 592 people;
    geo15); two hamlets together still say nothing."""
    if not home:
        return False
    gaz = gazetteer()
    cands = gaz.candidates(span_text(span))  # cut from the text: no Token per word (speed29)
    own_any = _town_divisions(cands, 0) & home
    if not own_any:
        return False
    own = _town_divisions(cands) & home
    for tok in _partners(span.root):
        partner = _name_of(tok)
        if partner.start <= span.start < partner.end or gaz.demonym(name := span_text(partner)):
            continue
        other = gaz.candidates(name)
        if (own & _town_divisions(other, 0) or own_any & _town_divisions(other)) and not (
                _person(span) and _person(partner)):
            return True
    return False


def _person(span: Span) -> bool:
    """The model tagged the name a person ("Lincoln and Douglas debated"):
    one such conjunct is a usual slip ("Huntsville and Madison"), both are
    evidence of two people."""
    ent = entity_holding(span)
    return ent is not None and ent.label_ == "PERSON"


def home_divisions(found: Iterable[list[Place]]) -> set[int]:
    """First-level divisions the article's found places name: a division
    itself ("Alabama"), a county's division ("Lee County officials": every
    state with a Lee County), a town's only when the name lies in two
    divisions at most ("Opelika"; not "Jackson", "New York", "Springfield",
    which are towns in many states). Countries say nothing about a state."""
    out: set[int] = set()
    for cands in found:
        towns = {p.admin1_id for p in cands if p.feature == "city" and p.admin1_id}
        for p in cands:
            if p.feature == "admin1":
                out.add(p.geonameid)
            elif p.feature == "admin2" and p.admin1_id:
                out.add(p.admin1_id)
        if len(towns) <= 2:
            out |= towns
    return out
