"""Class *a recipient whose own noun phrase names its nationality is of that
country* (issue #12, recip37).

Why: the largest recipient error left on matched events is a wrong country
on the right person (229 at m44). One sub-class is read in the recipient's
own words: a demonym modifying the phrase the mention heads -- a title
("Chilean lorry driver Pedro Araya", "Ethiopian ambassador Tadesse
Bekele"), a company's description ("Swedish telecoms firm Telia
Nordkraft"), a ship's flag or owner ("a Greek fishing trawler", "a
Maltese-flagged oil tanker", "a Greek-owned cargo ship"), a group of
people ("Haitian migrants", "people of Ugandan origin") -- while the
mention took another country from the story, the dateline or the act's
holder (``targets.held_where_holder_is``: "Bolivian police arrested Chilean
lorry driver Pedro Araya" gave BOL). The guide codes people and bodies by
their own nationality, a ship by its flag (docs/annotation.md).

Here the chosen recipient takes the one country its phrase names: a
capitalised demonym that is an adjective or compound among the left
modifiers of the mention's head (or of the noun the mention is in
apposition or compound to), or the object of "of ... origin/descent/
nationality" on it. Not a nationality: a demonym inside a hyphenated
stance ("pro-Russian", "Russian-backed", "Iran-allied": only "-flagged",
"-owned" and "-registered" name a home), a demonym on a possessor or a
preposition's object ("the Iraqi government's critics"), two countries in
one phrase ("Afghan and Pakistani traders"), and a mention the KB
identifies (its own country stands).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventwire.models import ActorMention
from eventwire.stages.geo.gazetteer import gazetteer

MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
# "Maltese" in "Maltese-flagged" hangs from "flagged" as an adverbial noun
INNER_DEPS = MODIFIER_DEPS | {"npadvmod"}
# the heads a mention may sit under as the name of ("driver" in "lorry driver Pedro Araya")
NAME_DEPS = frozenset({"appos", "compound"})
# hyphenated words after a demonym that still name the phrase's home
HOME_SUFFIXES = ("-flagged", "-owned", "-registered", "-based")
ORIGIN_NOUNS = frozenset({"origin", "descent", "nationality", "citizenship", "extraction"})


def demonym_country(doc: Doc, tok: Token) -> str | None:
    """The country a capitalised demonym names, unless it stands in a
    hyphenated stance ("pro-Russian", "Russian-backed")."""
    if not tok.text[:1].isupper():
        return None
    before = doc.text[max(0, tok.idx - 1):tok.idx]
    after = doc.text[tok.idx + len(tok.text):tok.idx + len(tok.text) + 12].lower()
    if before == "-" or (after.startswith("-") and not after.startswith(HOME_SUFFIXES)):
        return None
    return gazetteer().demonym(tok.text)


def _heads(root: Token) -> list[Token]:
    """The mention's head and the nouns it names ("driver" for "Pedro
    Araya" in "lorry driver Pedro Araya")."""
    heads = [root]
    cur = root
    while cur.dep_ in NAME_DEPS and cur.head != cur and cur.head.pos_ in ("NOUN", "PROPN"):
        cur = cur.head
        heads.append(cur)
    return heads


def _modifier_countries(doc: Doc, head: Token) -> set[str]:
    """Countries of the demonyms among a head's left modifiers (one level
    down through compounds: "Greek fishing trawler") and of its "of X
    origin" phrase."""
    found: set[str] = set()
    for mod in head.lefts:
        if mod.dep_ not in MODIFIER_DEPS:
            continue
        for tok in (mod, *mod.conjuncts, *[c for c in mod.lefts if c.dep_ in INNER_DEPS]):
            if (country := demonym_country(doc, tok)) is not None:
                found.add(country)
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_ in ORIGIN_NOUNS):
            found |= {c for mod in obj.lefts if mod.dep_ in MODIFIER_DEPS
                      and (c := demonym_country(doc, mod)) is not None}
    return found


def phrase_country(doc: Doc, span: Span) -> str | None:
    """The one country the mention's own phrase names, else None."""
    found: set[str] = set()
    for head in _heads(span.root):
        found |= _modifier_countries(doc, head)
    return next(iter(found)) if len(found) == 1 else None


def own_nationality(doc: Doc, recipient: ActorMention | None) -> ActorMention | None:
    """The recipient with the country its own phrase names, when that
    differs from the one it has (see the module docstring); else unchanged."""
    if recipient is None or recipient.actor_id:
        return recipient
    span = doc.char_span(recipient.start, recipient.end, alignment_mode="expand")
    if span is None or span.root.pos_ == "PRON":
        return recipient
    country = phrase_country(doc, span)
    if country is None or country == recipient.country:
        return recipient
    return replace(recipient, country=country, rule=recipient.rule + "+phrase")
