"""Class *a company the knowledge base does not know* (issue #12, orgs14).

An organisation spaCy names (rule ``ner-ORG``) that no knowledge-base entry
covers comes with no sector, and the learned resolver's sector fill
(:mod:`eventwire.stages.actors.resolver`) then guesses one from the
sentence: it has seen few companies among unknown organisations and gives
"Apple Inc." GOV or IGO. The record guide (docs/annotation.md) codes a
company BUS. Two shapes say *company* without any knowledge:

* the **name's legal form** — the last word is a company suffix ("Apple
  Inc.", "Acme Corp", "Rio Tinto plc", "Siemens AG"); and a later shorter
  mention that repeats its first words ("Apple", which spaCy may label a
  person) is the same company;
* a **business noun in apposition or as a title** — "the carmaker Volvo",
  "Volvo, the Swedish carmaker", "defence contractor Lockheed".

"Group" is no suffix here: "Threat Assessment Group", "Disaster Management
Group" name teams of states and agencies as often as firms. The rule runs
before the resolver, which fills only a mention the rules gave no sector,
so an organisation of any other shape keeps the learned fill.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.models import ActorMention
from eventwire.nlp.arrays import char_span

UNKNOWN_ORG_RULE = "ner-ORG"
COMPANY_RULE = "+company"
BUSINESS = "BUS"
# a repeated short name: spaCy labels "Brightwave" after "Brightwave Corp" ORG or PERSON
SHORT_RULES = ("ner-ORG", "ner-PERSON")
# legal forms of companies, compared without a final full stop
SUFFIXES = frozenset({"inc", "corp", "corporation", "ltd", "limited", "co", "plc", "llc", "ag",
                      "gmbh", "s.a", "sa", "n.v", "nv", "bhd", "pty", "spa", "s.p.a", "ab", "asa"})
# nouns that name a company by its trade ("the carmaker Volvo")
BUSINESS_NOUNS = frozenset({
    "company", "firm", "carmaker", "automaker", "manufacturer", "giant", "conglomerate",
    "retailer", "airline", "lender", "insurer", "contractor", "supplier", "corporation",
    "multinational", "startup", "start-up", "chipmaker", "drugmaker", "shipbuilder", "planemaker",
    "exporter", "importer", "subsidiary", "broker", "brewer", "telecom"})
# nouns of what only a company has ("IBM's chief executive", "Taco Bell
# restaurants", "shares of Nvidia"); a ministry or a U.N. agency has staff,
# a chairman and a spokesman too, so those are not here
OWNED_NOUNS = frozenset({
    "ceo", "cfo", "coo", "cto", "executive", "shareholder", "share", "stock", "investor",
    "customer", "store", "restaurant", "franchise", "franchisee", "product", "brand",
    "earnings", "profit", "revenue", "sale", "subsidiary", "stockholder"})


def _has_suffix(text: str) -> bool:
    """A capitalised name before a legal form: "Zenlor Ltd", not the web
    address "bbc.co.uk" spaCy cuts into "bbc. co."."""
    words = text.replace(",", " ").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return (len(words) >= 2 and words[-1].lower().rstrip(".") in SUFFIXES
            and words[-2][:1].isupper())


def _business_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in BUSINESS_NOUNS or tok.lower_ in BUSINESS_NOUNS


def _apposed_trade(span: Span) -> bool:
    """"the carmaker Volvo" (a compound or apposed noun before the name),
    "Volvo, the carmaker" (an apposition of the name's head)."""
    root = span.root
    near = [c for c in root.children if c.dep_ in ("compound", "appos") and
            not span.start <= c.i < span.end]
    if root.dep_ in ("appos", "compound") and not span.start <= root.head.i < span.end:
        near.append(root.head)
    return any(_business_noun(t) for t in near)


def _owns_business(span: Span) -> bool:
    """"IBM's chief executive" (possessor), "Taco Bell restaurants"
    (compound), "shares of Nvidia" (object of "of" on the noun)."""
    root = span.root
    owned = root.head
    if root.dep_ == "pobj" and owned.lower_ == "of":
        owned = owned.head
    elif root.dep_ not in ("poss", "compound"):
        return False
    return not span.start <= owned.i < span.end and _is_owned(owned)


def _subject_owns_business(span: Span) -> bool:
    """"IBM sued its former executive": the name is the subject of the verb
    whose clause holds "its" + a company noun (not a clause of its own)."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = root.head
    for tok in verb.subtree:
        if tok.lower_ != "its" or tok.dep_ != "poss" or not _is_owned(tok.head):
            continue
        clause = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if clause is not None and clause.i == verb.i:
            return True
    return False


def _is_owned(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and (
        tok.lemma_.lower() in OWNED_NOUNS or tok.lower_ in OWNED_NOUNS)


def _unknown(m: ActorMention, rules: tuple[str, ...]) -> bool:
    return m.rule.startswith(rules) and not m.sectors and m.actor_id is None


def company_sectors(doc: Doc, mentions: list[ActorMention]) -> None:
    """Give BUS to unknown organisations shaped like companies (see the
    module docstring), to a later mention that repeats the first words
    of such a name, and to every other unknown mention of the same name
    ("Taco Bell apologized ... Taco Bell restaurants")."""
    names: list[str] = []
    for m in mentions:
        if _unknown(m, SHORT_RULES) and any(n.startswith(m.text + " ") for n in names):
            m.kind = "organisation"  # spaCy often reads a lone firm name as a person
        elif not _unknown(m, (UNKNOWN_ORG_RULE,)):
            continue
        else:
            span = char_span(doc, m.start, m.end, alignment_mode="expand")
            if not _has_suffix(m.text) and (span is None or not (
                    _apposed_trade(span) or _owns_business(span)
                    or _subject_owns_business(span))):
                continue
            names.append(m.text)
        _mark(m)
    for m in mentions:
        if _unknown(m, (UNKNOWN_ORG_RULE,)) and m.text in names:
            _mark(m)


def _mark(m: ActorMention) -> None:
    m.sectors = [BUSINESS]
    m.rule += COMPANY_RULE
