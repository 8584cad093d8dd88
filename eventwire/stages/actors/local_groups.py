"""Class *groups the article defines*: an armed group, party or body the
knowledge base lacks is often introduced once with what it is, then named
bare. The definition is read once per article and every later mention of
the name, or of its acronym, takes the identity it gives:

* a descriptor before the name: "the paramilitary Rapid Support Forces",
  "the rebel M23", "the militant group Jund al-Aqsa";
* an apposition: "the TNLA, an ethnic armed group", "Al-Shabaab, the al
  Qaeda-linked insurgents";
* the name before an armed agent noun: "M23 rebels", "Ambazonia fighters"
  (not a place the gazetteer knows: "Darfur rebels" names no group);
* a parenthesised acronym after a full name: "the Libyan National Army
  (LNA)", "the Ta'ang National Liberation Army (TNLA)": the acronym takes
  the full name's identity (its KB/compound code, or its own definition).

A descriptor gives the sectors of the agent noun it contains (the KB's
agent nouns) when it names a body or an armed group ("a mother of 12"
describes a person); a named group called *ethnic armed* fights the state,
REB; one called *paramilitary* is MIL and REB (``SIDE_WORDS``). The country is the
full name's when it has one, else the story's (``home.locate_bare_agents``
fills it for rule ``local-group``). Names the KB knows keep the KB's code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from eventwire.models import ActorMention
from eventwire.nlp.extensions import ents_of, text_of
from eventwire.nlp.spans import SpanIndex
from eventwire.stages.actors.kb import KnowledgeBase, normalise
from eventwire.stages.actors.speaks_for import SPOKES
from eventwire.stages.actors.titles import title_before

LOCAL_GROUP_RULE = "local-group"
# names a group can be read under (a person's name is read by ``titles.py``)
NAME_LABELS = {"ORG", "GPE", "NORP", "FAC"}
# sectors of armed agent nouns that name a group when a name precedes them
NON_STATE_ARMED = {"REB", "UAF"}
ARMED = NON_STATE_ARMED | {"MIL"}
# descriptor words that say which side a named armed group is on: an
# "ethnic armed group" fights the state (REB); a "paramilitary" force may be
# the state's (MIL) or fight it (REB, as CAMEO codes the AUC): the word
# cannot tell which, so both (as the curated agent nouns code "gunmen")
SIDE_WORDS = {"ethnic": ("REB",), "paramilitary": ("MIL", "REB")}
# nouns of bodies and groups: a descriptor that names none of them and no
# armed agent ("a mother of 12", "a lawyer") describes a person
GROUP_HEADS = {"group", "groups", "movement", "party", "front", "organisation", "organization",
               "faction", "alliance", "coalition", "union", "council", "body", "agency",
               "network", "wing", "association", "committee", "federation", "confederation",
               "bloc", "company", "firm", "airline", "carrier", "bank", "operator",
               "broadcaster", "outlet", "ministry", "authority", "court"}
_ACRONYM = re.compile(r"^\s*\(\s*([A-Z][A-Za-z0-9-]{1,9})\s*\)")
MAX_DESCRIPTOR_WORDS = 4
MAX_NAME_WORDS = 6


@dataclass(frozen=True)
class Identity:
    """What the text says a group is."""

    country: str | None
    sectors: tuple[str, ...]


@lru_cache(maxsize=1 << 14)
def _key(text: str) -> str:
    """A name's look-up key; memoised: ``_occurrences`` asks for every token."""
    words = normalise(text).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _descriptor_sectors(words: list[str], kb: KnowledgeBase) -> tuple[str, ...]:
    """The sectors of the agent noun among descriptor words ("paramilitary",
    "ethnic armed group", "militant group"): the longest phrase ending at
    the right that the KB knows, else the rightmost word it knows."""
    words = [normalise(w) for w in words]
    if not words or _person_role(words):
        return ()  # "X, a former army chief": a person's role, not a group's
    found: list[str] = []
    for i in range(len(words)):
        if (sectors := kb.agents.get(" ".join(words[i:]))) is not None:
            found = list(sectors)
            break
    if not found:
        found = next((list(kb.agents[w]) for w in reversed(words) if w in kb.agents), [])
    if not found or not (set(found) & ARMED or set(words) & GROUP_HEADS):
        return ()  # "Horton, a mother of 12": a person's description
    side = next((SIDE_WORDS[w] for w in words if w in SIDE_WORDS), None)
    return side if side is not None and set(found) & ARMED else tuple(found)


def _person_role(words: list[str]) -> bool:
    """Whether descriptor words end in a person's role or title ("army
    chief", "spokesman", "president"), which describe a person, not a group."""
    text = " ".join(words) + " "
    return words[-1] in SPOKES or title_before(text, len(text)) is not None


def _known(span: Span, mentions: list[ActorMention], index: SpanIndex) -> bool:
    """A name the KB (or a country compound) already codes."""
    return any(mentions[i].actor_id for i in index.overlapping(span.start_char, span.end_char))


def _before(doc: Doc, ent: Span) -> list[str]:
    """Lower-case adjectives and nouns right before the name ("the
    paramilitary", "the militant group")."""
    out: list[str] = []
    i = ent.start - 1
    while i >= 0 and len(out) < MAX_DESCRIPTOR_WORDS:
        tok = doc[i]
        if not (tok.pos_ in ("ADJ", "NOUN") and tok.text.islower() and tok.is_alpha):
            break
        out.insert(0, tok.text)
        i -= 1
    return out


def _apposed(ent: Span) -> list[str]:
    """The words of an apposition after the name ("an ethnic armed group")."""
    appos = next((c for c in ent.root.children if c.dep_ == "appos" and c.i >= ent.end), None)
    if appos is None or appos.pos_ != "NOUN":
        return []
    return [t.text for t in appos.doc[appos.left_edge.i:appos.i + 1]
            if t.pos_ in ("ADJ", "NOUN", "VERB") and t.text.islower()]


def _named_before_armed(doc: Doc, mentions: list[ActorMention], index: SpanIndex
                        ) -> list[tuple[Span, tuple[str, ...]]]:
    """"M23 rebels", "Zaraf fighters": capitalised proper-noun words right
    before an armed non-state agent noun name the group (not a people, a
    place, or a name the KB knows)."""
    out = []
    for agent in mentions:
        if agent.rule != "agent" or not agent.sectors or \
                not set(agent.sectors) <= NON_STATE_ARMED:
            continue
        span = doc.char_span(agent.start, agent.end, alignment_mode="expand")
        if span is None:
            continue
        i = span.start
        while i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper() \
                and doc[i - 1].ent_type_ != "NORP" and span.start - i < 3:
            i -= 1
        name = doc[i:span.start]
        cut = i > 0 and doc[i - 1].pos_ == "PROPN" or len(name) and doc[i].ent_iob_ == "I"
        if len(name) and not cut and not _known(name, mentions, index) \
                and not _is_place(name.text):
            out.append((name, tuple(agent.sectors)))
    return out


def _is_place(name: str) -> bool:
    from eventwire.stages.geo.gazetteer import gazetteer

    return bool(gazetteer().candidates(name))


def _names(doc: Doc) -> list[Span]:
    """Names that may be a group's: not a place the gazetteer knows."""
    return [e for e in ents_of(doc) if e.label_ in NAME_LABELS and len(e) <= MAX_NAME_WORDS
            and not (e.label_ == "GPE" and _is_place(e.text))]


def _inside_identity(span: Span, mentions: list[ActorMention], index: SpanIndex
                     ) -> Identity | None:
    """The identity of the mention that ends the full name ("Libyan
    National Army", "Liberation Army")."""
    inside = [mentions[i] for i in index.overlapping(span.start_char, span.end_char)
              if mentions[i].sectors or mentions[i].country]
    if not inside:
        return None
    last = max(inside, key=lambda m: (m.end, m.end - m.start))
    if last.kind == "state":
        return None  # "the Kenyan capital": a state inside names no group
    return Identity(last.country, tuple(last.sectors))


def group_lexicon(doc: Doc, mentions: list[ActorMention], kb: KnowledgeBase
                  ) -> dict[str, Identity]:
    """Name (normalised, no leading "the") -> what the article defines it as."""
    index = SpanIndex([(m.start, m.end) for m in mentions])
    lexicon: dict[str, Identity] = {}
    for ent in _names(doc):
        key = _key(ent.text)
        defined = None
        if not _known(ent, mentions, index):
            sectors = _descriptor_sectors(_before(doc, ent), kb) or \
                _descriptor_sectors(_apposed(ent), kb)
            if sectors:
                defined = Identity(None, sectors)
                lexicon.setdefault(key, defined)
        acronym = _ACRONYM.match(text_of(doc)[ent.end_char:ent.end_char + 16])
        if acronym is not None and sum(c.isupper() for c in acronym.group(1)) >= 2:
            full = lexicon.get(key) or _inside_identity(ent, mentions, index)
            if full is not None:
                lexicon.setdefault(_key(acronym.group(1)), full)
    for name, sectors in _named_before_armed(doc, mentions, index):
        lexicon.setdefault(_key(name.text), Identity(None, sectors))
    return lexicon


def _occurrences(doc: Doc, lexicon: dict[str, Identity]) -> list[tuple[Span, Identity]]:
    """Every entity, or single token, whose name is in the lexicon."""
    found: list[tuple[Span, Identity]] = []
    taken: set[int] = set()
    for ent in ents_of(doc):
        key = _key(ent.text)
        if key in lexicon:
            span = ent[1:] if ent[0].lower_ == "the" else ent
            found.append((span, lexicon[key]))
            taken.update(range(span.start, span.end))
    for tok in doc:
        key = _key(tok.text)
        if tok.i not in taken and key in lexicon and tok.text[:1].isupper():
            found.append((doc[tok.i:tok.i + 1], lexicon[key]))
    return found


def _mention(span: Span, identity: Identity) -> ActorMention:
    kind = "armed_group" if set(identity.sectors) & ARMED else "organisation"
    return ActorMention(start=span.start_char, end=span.end_char, text=span.text, kind=kind,
                        country=identity.country, sectors=list(identity.sectors),
                        confidence=0.5, rule=LOCAL_GROUP_RULE)


def apply_local_groups(doc: Doc, mentions: list[ActorMention], kb: KnowledgeBase) -> None:
    """Give every mention of a defined group the definition's identity: the
    mentions the name overlaps (an NER name with no code, an agent noun
    inside it: "Forces" of "Rapid Support Forces") give way to one mention
    of the whole name. Runs before coreference (no index is held yet)."""
    lexicon = group_lexicon(doc, mentions, kb)
    if not lexicon:
        return
    index = SpanIndex([(m.start, m.end) for m in mentions])
    drop: set[int] = set()
    added: list[ActorMention] = []
    for span, identity in _occurrences(doc, lexicon):
        hit = index.overlapping(span.start_char, span.end_char)
        if any(mentions[i].actor_id for i in hit):
            continue
        drop.update(hit)
        added.append(_mention(span, identity))
    mentions[:] = [m for i, m in enumerate(mentions) if i not in drop] + added
    mentions.sort(key=lambda m: m.start)
