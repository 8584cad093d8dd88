"""Class *a people placed in another state* (actors27): an ethnic group is
coded with the state it lives in, not the nation its name comes from (the
record guide codes Kosovo's ethnic Serbs XKX, an ethnic Hungarian in
Ukraine UKR; CAMEO codes the Albanians of southern Serbia SRB):

* "ethnic" before a demonym people or a demonym agent ("ethnic Albanians",
  "ethnic Serb protesters", "ethnic Uzbek traders"): the state an "in"/"of"
  phrase of the noun names, else the country the text names most other
  than the people's own nation (a state named counts one, an actor named
  by nationality half, as the story's country is voted in ``home``);
* a plural demonym with an "of" phrase naming a state ("the Albanians of
  southern Serbia", "the Kurds of Iraq", "the Serbs of Kosovo").

Nationals abroad keep their nation ("two Russians were detained in
Kyiv", "Americans in Iraq"): without "ethnic" only "of" places a people.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.arrays import char_span
from eventwire.nlp.extensions import text_of
from eventwire.nlp.spans import SpanIndex
from eventwire.stages.actors.home import NATIONALITY_VOTE, SPONSOR_RULE

ETHNIC_WORDS = frozenset({"ethnic"})
# places named by their people ("ethnic Georgian villages") lie where they
# lie: no people to place
PLACE_HEADS = frozenset({"village", "villages", "town", "towns", "city", "cities", "area",
                         "areas", "region", "regions", "district", "districts", "home",
                         "homes", "house", "houses", "neighbourhood", "neighborhood"})
PEOPLE_RULE = "+people"
ETHNIC_RULE = "+ethnic"


def _placed_in(root: Token, preps: tuple[str, ...], mentions: list[ActorMention],
               index: SpanIndex) -> str | None:
    """The country of a state an "in"/"of" phrase of ``root`` names."""
    for c in root.children:
        if c.dep_ != "prep" or c.lower_ not in preps:
            continue
        for g in c.children:
            found = index.containing(g.idx) if g.dep_ == "pobj" else []
            if found and mentions[found[0]].kind == "state" and mentions[found[0]].country:
                return mentions[found[0]].country
    return None


def _host_country(mentions: list[ActorMention], nation: str) -> str | None:
    """The country other than ``nation`` the text names most (ties: none)."""
    votes: dict[str, float] = {}
    for m in mentions:
        if not m.country or m.country == nation or SPONSOR_RULE in m.rule:
            continue
        if m.kind == "state":
            votes[m.country] = votes.get(m.country, 0.0) + 1.0
        elif m.rule == "compound" and (m.actor_id or "").startswith("cameo:"):
            votes[m.country] = votes.get(m.country, 0.0) + NATIONALITY_VOTE
    ranked = sorted(votes.values(), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    return max(votes, key=lambda c: votes[c])


def _ethnic(doc: Doc, m: ActorMention) -> bool:
    """"ethnic" right before the mention (or its first word)."""
    span = char_span(doc, m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    return (before is not None and before.lower_ in ETHNIC_WORDS) or \
        span[0].lower_ in ETHNIC_WORDS


def _demonym_group(m: ActorMention) -> bool:
    """A people named by a plural demonym, or an agent a demonym qualifies
    ("Albanian guerrillas")."""
    return bool(m.country) and (PEOPLE_RULE in m.rule or m.rule == "compound")


def _may_place(text: str, m: ActorMention) -> bool:
    """The cheap string test before the parse: "ethnic" just before or at
    the mention's start, or " of " right after it."""
    return "ethnic" in text[max(0, m.start - 8):m.start + 7].lower() or \
        text.startswith(" of ", m.end)


def ethnic_homes(doc: Doc, mentions: list[ActorMention]) -> None:
    text = text_of(doc)
    candidates = [m for m in mentions if _demonym_group(m) and _may_place(text, m)]
    if not candidates:
        return
    index = SpanIndex([(m.start, m.end) for m in mentions])
    for m in candidates:
        span = char_span(doc, m.start, m.end, alignment_mode="expand")
        if span is None or span.root.lower_ in PLACE_HEADS:
            continue
        if _ethnic(doc, m):
            place = _placed_in(span.root, ("in", "of"), mentions, index) or _host_country(
                mentions, m.country or "")
        elif PEOPLE_RULE in m.rule:
            place = _placed_in(span.root, ("of",), mentions, index)
        else:
            continue
        if place is not None and place != m.country:
            m.country = place
            if (m.actor_id or "").startswith("cameo:"):
                m.actor_id = f"cameo:{place}{''.join(m.sectors)}"
            m.rule += ETHNIC_RULE
