"""Class *a company named after its country* (issue #12, events25).

A company name often holds a country or place name: "Air Canada", "Air
India", "Vietnam Airlines", "China Petroleum", "Korea Telecom", "Shanghai
Airlines". The knowledge base matches the place inside the name, and
``states.state_sectors`` then codes "Canada" in "Air Canada ordered new
airliners" as Canada's government (GOV), so an airline's purchase became a
state's act. The record guide (docs/annotation.md) codes a company BUS with
its country, and labels no commercial act between companies.

A place mention is such a company when the name around it (the spaCy ORG
entity that holds it, or its chain of compound nouns) has a capitalised
corporate word — airline, air, airways, bank, telecom, petroleum, oil,
motors, steel, group, holdings, a legal form — and no public word: "Royal
Canadian Air Force", "Reserve Bank of India", "Central Bank of Nigeria",
"China Development Bank", "Bank of Japan" (a bank *of* a country is its
central bank) stay the state's. Lower-case words do not count ("China oil
imports").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.models import ActorMention
from eventwire.nlp.arrays import char_span
from eventwire.nlp.extensions import ents_of

BUSINESS = "BUS"
RULE = "+national_company"
PLACE_RULES = ("ner-GPE", "ner-LOC")
# capitalised words that make a name with a place in it a company's name
CORPORATE_WORDS = frozenset({
    "air", "airline", "airlines", "airways", "bank", "telecom", "telecoms",
    "telecommunications", "petroleum", "oil", "motors", "motor", "steel", "group", "holdings",
    "corp", "corporation", "inc", "ltd", "plc", "sa", "ag", "llc", "gmbh", "airtel", "mobile",
    "petrochemical", "petrochemicals", "shipping", "railways", "motorcorp", "electronics"})
# words that make the same name a public body's
PUBLIC_WORDS = frozenset({
    "force", "forces", "central", "reserve", "national", "people", "people's", "ministry",
    "government", "army", "navy", "guard", "embassy", "police", "development", "federal",
    "defence", "defense", "export", "import", "state", "authority", "agency", "commission",
    "council", "world", "international", "investment", "traffic", "control", "space", "of"})


def _name_tokens(span: Span, orgs: list[Span]) -> list[Token]:
    """The ORG entity holding the place, else its compound chain."""
    doc = span.doc
    for ent in orgs:
        if ent.start <= span.start and span.end <= ent.end and len(ent) > len(span):
            return list(ent)
    top = span.root
    while top.dep_ == "compound" and top.head.pos_ in ("PROPN", "NOUN") and top.head != top:
        top = top.head
    # only the compound links down from the top noun: the subtree would also
    # take compounds of its "with"/"of" objects ("US trade talks with Air India")
    parts, stack = [top], [top]
    while stack:
        kids = [c for c in stack.pop().children if c.dep_ == "compound"]
        parts += kids
        stack += kids
    lo, hi = min(t.i for t in parts), max(t.i for t in parts)
    return list(doc[lo:hi + 1])


def _is_company(span: Span, orgs: list[Span]) -> Span | None:
    tokens = _name_tokens(span, orgs)
    if len(tokens) <= len(span):
        return None
    words = [t for t in tokens if not span.start <= t.i < span.end]
    if any(t.lower_ in PUBLIC_WORDS for t in tokens):
        return None
    if not any(t.lower_.rstrip(".") in CORPORATE_WORDS and t.text[:1].isupper() for t in words):
        return None
    return span.doc[tokens[0].i:tokens[-1].i + 1]


def national_companies(doc: Doc, mentions: list[ActorMention]) -> None:
    """Re-code a country or place mention inside a company's name as that
    company (BUS, the country kept), the mention widened to the name."""
    orgs: list[Span] | None = None  # ents_of: doc.ents builds every Span anew (speed25)
    for m in mentions:
        if m.kind != "state" and not m.rule.startswith(PLACE_RULES):
            continue
        span = char_span(doc, m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        if orgs is None:
            orgs = [e for e in ents_of(doc) if e.label_ == "ORG"]
        name = _is_company(span, orgs)
        if name is None:
            continue
        m.start, m.end, m.text = name.start_char, name.end_char, name.text
        m.kind, m.actor_id, m.name = "organisation", None, None
        m.sectors = [BUSINESS]
        m.rule += RULE
