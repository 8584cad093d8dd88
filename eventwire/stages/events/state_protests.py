"""A state's diplomatic protest (issue #12, branch types41); asked by
``triggers._candidate`` for the lemma "protest" before the protest classes.

The word "protest" names two acts. People taking to the streets is a
demonstration (PROTEST, the lexicon's reading): "thousands protested in the
capital", "the Hong Kong protests". A state, its ministry or its embassy
"protesting" to another state is a formal complaint: docs/annotation.md
types "Gibraltar protests to Madrid" ACCUSE, "a summons to lodge a strong
protest" ACCUSE `disapprove`, "had not received any protest" (the protest
note) ACCUSE `disapprove`, a diplomatic note "protesting" ACCUSE. A state
cannot march; a protest lodged or filed is a complaint, not a crowd. The
construction tells them apart:

* **the verb** — its subject is a state ("Vietnam protested", "Tokyo
  protested to Seoul") or a government body ("the foreign ministry
  protested the detention"), or it protests "to"/"with" a state ("protests
  to China"): ACCUSE `disapprove`;
* **the noun** — received, handed over or conveyed
  ("had not received any protest", "handed a protest"), lodged, filed, sent
  or delivered ("lodged a protest with Athens", "sent a protest note", "a
  protest note delivered by Quito": the verb is a light verb, the ACCUSE
  sits on the noun, docs/annotation.md relabel56 (b), branch types43), called
  diplomatic, formal or official ("a diplomatic protest"), or a protest
  "to"/"with"/"from" a state ("a protest from Estonia"): ACCUSE
  `disapprove`.

Not: people, parties or workers protesting ("farmers protested outside the
ministry", "government employees protested", "Ukrainians protested the
visit": a nationality is its people, not its state), a state's name as the place
of the protests ("Kenya protests turn deadly", "protested in Manila").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.extensions import get_list
from eventwire.stages.events.mention_lookup import children_of, covering_mention

ACCUSE = "ACCUSE"
DISAPPROVE = "disapprove"
RULE = "curated+state-protest"
SUBJECTS = frozenset({"nsubj"})
# a protest addressed to a state ("protests to China", "lodged a protest with Beijing")
# or coming from one ("any protest from Estonia")
ADDRESS_PREPS = frozenset({"to", "with"})
NOUN_PREPS = frozenset({"to", "with", "from"})
# verbs whose object is a protest note: a complaint handed over, not a crowd
LODGE_VERBS = frozenset({"receive", "hand", "convey"})
# light verbs that put a protest on record (relabel56 (b)): the noun is the ACCUSE; the
# typing.yaml "lodging a diplomatic complaint" class leaves protests to this module
LODGED_VERBS = frozenset({"lodge", "file", "submit", "register", "deliver", "send", "issue"})
NOTES = frozenset({"note", "notes"})
FORMAL = frozenset({"diplomatic", "formal", "official"})
# government bodies that speak for a state ("the foreign ministry", "the embassy")
BODIES = frozenset({"ministry", "embassy", "government", "office", "department", "kremlin",
                    "cabinet", "presidency", "mission", "consulate", "administration",
                    "ministries", "governments", "embassies"})


def state_protest(tok: Token) -> bool:
    """The word "protest" is a state's formal complaint (module docstring)."""
    if tok.lemma_.lower() != "protest":
        return False
    if tok.pos_ == "VERB":
        return _protesting_state(tok)
    if tok.pos_ == "NOUN":
        return _protest_note(tok)
    return False


def _protesting_state(tok: Token) -> bool:
    """"Vietnam protested", "the ministry protested to Seoul"."""
    doc = tok.doc
    kids = children_of(tok)
    if any(dep in SUBJECTS and _state(doc, doc[i]) for dep, i, _ in kids):
        return True
    return _addressed_to_state(doc, kids, ADDRESS_PREPS)


def _protest_note(tok: Token) -> bool:
    """"lodged a protest", "a diplomatic protest", "a protest from Estonia"."""
    doc = tok.doc
    if _lodged(tok):
        return True
    kids = children_of(tok)
    if any(dep == "amod" and lower in FORMAL for dep, _, lower in kids):
        return True
    return _addressed_to_state(doc, kids, NOUN_PREPS)


def lodges_protest(verb: Token) -> bool:
    """``verb`` is the light verb of a lodged protest ("lodged a protest",
    "a protest note was delivered"): the noun carries the ACCUSE, the verb no
    event of its own (not "delivered" AID)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in LODGED_VERBS:
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and _names_protest(c) for c in verb.children)


def _names_protest(noun: Token) -> bool:
    """"a protest", "a protest note"."""
    if noun.lemma_.lower() == "protest":
        return True
    return noun.lower_ in NOTES and any(c.dep_ == "compound" and c.lemma_.lower() == "protest"
                                         for c in noun.children)


def _lodged(tok: Token) -> bool:
    """"lodged a protest", "sent a protest note", "a protest (note) lodged by
    Belize": the noun (or the note it names) is what a light verb puts on record."""
    noun = tok.head if tok.dep_ == "compound" and tok.head.lower_ in NOTES else tok
    verbs = LODGE_VERBS | LODGED_VERBS
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in verbs:
        return True
    return any(c.dep_ == "acl" and c.lemma_.lower() in verbs for c in noun.children)


def _addressed_to_state(doc: Doc, kids: list[tuple[str, int, str]],
                        preps: frozenset[str]) -> bool:
    """A "to"/"with" (or "from") phrase whose object is a state."""
    for dep, i, lower in kids:
        if dep != "prep" or lower not in preps:
            continue
        if any(d == "pobj" and _state(doc, doc[j]) for d, j, _ in children_of(doc[i])):
            return True
    return False


def state_mention(doc: Doc, tok: Token) -> ActorMention | None:
    """The actor mention covering ``tok``, read through a pronoun to its
    antecedent ("it" for Vietnam); None when no mention covers it or it
    names a people ("ethnic Albanians protest": no state, "kb+people").
    Shared with ``diplomatic_notes.official``."""
    index = covering_mention(doc, tok)
    if index is None:
        return None
    mentions = get_list(doc, "actor_mentions")
    m: ActorMention = mentions[index]
    if m.antecedent is not None and m.rule == "pronoun":
        m = mentions[m.antecedent]
    if tok.ent_type_ == "NORP" or "CVL" in m.sectors:
        return None
    return m


def _state(doc: Doc, tok: Token) -> bool:
    """A state ("Vietnam", "Tokyo", "it" for one) or a government body
    ("the foreign ministry", "Japan's embassy")."""
    m = state_mention(doc, tok)
    if m is None:
        return False
    if m.kind == "state":
        return True
    head = m.text.split()[-1].lower() if m.text else ""
    return "GOV" in m.sectors and head in BODIES
