"""Class *the unnamed party of an act across a border is of the other state
its sentence names* (issue #12, recip38).

Why: a recipient the text leaves without a country ("militants", "the
farmers", "military facilities", "the ambassador", "them") takes the
story's country (``recipient_codes.story_recipient``). In a story about
what one state does to another, the story's country is often the acting
state's own, and the recipient then copies the actor's country: "Ankara
strikes Kurdish militants in Syria" gave the militants TUR, "Thai troops
fired on farmers near the Cambodian border" THA. The guide codes the
party by its own side (docs/annotation.md), and the sentence that tells
the act names that side: a second state, its people's demonym, or a place
in it. At m45 the *right mention, wrong country* recipients whose country
copied the actor's are 110 of 267 wrong countries, in 26 of 27 sets
(``tools/recipient_mention_split.py``: bare nouns, counted people,
pronouns and possessives alike).

Not wired into ``recipient_codes`` (recip38): measured on four sets in
earlier versions it lost as much as it gained; see docs/BENCHMARKS.md
"## recip38". Kept with its tests for the next round.

Here a recipient whose country was only guessed (rule ``+story``,
``+home`` or ``unnamed``) and equals the actor's takes the one other
country the clause of its act names -- a state mention, a capitalised demonym
(not inside a hyphenated stance: "Russian-backed"), or a named place the
gazetteer puts in one country (not a dateline's town in capitals, not a
name inside a hyphenated stance: "Iran-aligned"; a state's name counts
once, as the state: "Georgia" is not the US state) -- when exactly one
other is named. The
clause is the verb the recipient hangs from, without the clauses inside it
(adverbial, relative, complement, conjoined: "Cambodian authorities
charged activists after Thailand deported them" names Thailand for the
deporting, not the charging). Left alone: two or more other countries (no
way to choose), a clause naming none (a domestic act), an actor with no
country, a recipient that is a proper name or that the KB identifies (its
own country stands).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventwire.models import ActorMention
from eventwire.nlp.extensions import ents_of, get_list
from eventwire.stages.actors.home import SPONSOR_RULE
from eventwire.stages.events.own_nationality import demonym_country
from eventwire.stages.geo.gazetteer import gazetteer

GUESSED_RULES = ("+story", "+home")
RULE = "other_party"


def guessed(recipient: ActorMention) -> bool:
    """The recipient's country came from the story, not its own words."""
    return recipient.rule == "unnamed" or any(r in recipient.rule for r in GUESSED_RULES)


def _place_country(name: str) -> str | None:
    """The country of a named place; a state's own name is that state
    ("Georgia" is GEO, not the US state)."""
    gz = gazetteer()
    state = next((iso for iso, p in gz.countries().items() if p.name == name), None)
    if state is not None:
        return state
    found = gz.candidates(name)
    return found[0].country if found else None


# clauses of their own inside the act's clause: what they name is another
# act's ("charged activists after Thailand deported them", "activists
# deported by Thailand", "warned that Russia would ..."); a conjunct is one
# only when it is a verb ("in Syria and Lebanon" stays)
OWN_CLAUSE_DEPS = frozenset({"advcl", "relcl", "acl", "ccomp", "conj", "parataxis", "csubj"})


def clause_of(tok: Token) -> Token:
    """The verb whose clause the token is in (the sentence root at most)."""
    cur = tok
    while cur.head is not cur and cur.pos_ not in ("VERB", "AUX"):
        cur = cur.head
    return cur


def clause_tokens(head: Token) -> list[Token]:
    """The head's clause without the clauses of its own inside it."""
    out, stack = [], [head]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in OWN_CLAUSE_DEPS
                     or (c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX")))
    return out


def clause_countries(doc: Doc, head: Token) -> set[str]:
    """The countries a clause names: its state mentions, demonyms and named
    places."""
    toks = clause_tokens(head)
    starts = {t.idx for t in toks}
    states = [m for m in get_list(doc, "actor_mentions")
              if m.start in starts and m.kind == "state" and m.country
              and SPONSOR_RULE not in m.rule and not _stance(doc, m.end)]
    out = {str(m.country) for m in states}
    out |= {c for t in toks if (c := demonym_country(doc, t)) is not None}
    named = {m.start for m in states}
    out |= {c for e in ents_of(doc) if e.label_ == "GPE" and e.start_char in starts
            and e.start_char not in named and not _dateline(e) and not _stance(doc, e.end_char)
            and (c := _place_country(e.text)) is not None}
    return out


def _stance(doc: Doc, end: int) -> bool:
    """A name inside a hyphenated stance ("Iran-aligned", "Russia-backed")."""
    return doc.text[end:end + 1] == "-"


def _dateline(ent: Span) -> bool:
    """A dateline's town, written in capitals ("BANGKOK (AP) -")."""
    return ent.text.isupper() and "." not in ent.text and len(ent.text) > 3


def other_party(doc: Doc, actor: ActorMention | None,
                recipient: ActorMention | None) -> ActorMention | None:
    """The recipient with the other state its sentence names, when it only
    copied the actor's country from the story (see the module)."""
    if actor is None or recipient is None or not actor.country or recipient.actor_id \
            or recipient.country != actor.country or not guessed(recipient):
        return recipient
    span = doc.char_span(recipient.start, recipient.end, alignment_mode="expand")
    if span is None or span.root.pos_ == "PROPN":  # a name: its own country or none
        return recipient
    others = clause_countries(doc, clause_of(span.root)) - {actor.country}
    if len(others) != 1:
        return recipient
    return replace(recipient, country=others.pop(), rule=recipient.rule + "+" + RULE)
