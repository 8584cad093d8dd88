"""Class *"it" acted on stands for the thing the clause before named*
(issue #12, recip42): in "the coast guard detained a Russian trawler and
escorted it to port", "pirates hijacked the tanker after firing at it",
"the army besieged the town for weeks before capturing it", the object
"it" of a force act is the vessel, town or territory an earlier verb of
the same sentence acted on (its object or passive subject), or the
subject of the clause the act is told in ("the freighter was sailing
off Aden when pirates fired at it").

Why here: the coreference stage resolves "it" only as a subject or an
addressed object (``actors/agentive_it.py``); a vessel or a town is
neither, so an "it" object of a force verb is never an actor mention and
the recipient was left empty (recip42's census: 20 errors in 14 sets,
16 with no recipient at all).

The mention keeps the pronoun's span (what the record points at) and takes
the antecedent's codes, as the recipient stage would code the thing itself
(``recipient_codes``: a vessel's flag, a nationality in its phrase).

Silent when: the act is no force act (``THING_IT_TYPES``); "it" is no
object of the trigger (a subject is the coreference stage's); the way up
to the antecedent passes a content clause ("the ministry said gunmen
attacked it": the speaker is no antecedent); the nearest singular noun up
the clauses (the act's own actor skipped) is no party -- an event noun
("the park hosted a vigil for years until police banned it"), a weapon
("pulled a gun and fired it") -- or a person ("it" never stands for one),
or a mention found near the noun but not within its phrase: then no
farther noun is tried (recip42's first run took the matrix subject
"Comeaux" past "a gun"). A phrasal verb's object is a place, no
candidate ("was sailing off Aden")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.extensions import get_list
from eventwire.stages.actors.resolver_features import THING_IT_MARK
from eventwire.stages.events.mention_lookup import child, look_through
from eventwire.stages.events.participants import recipient_mention
from eventwire.stages.events.recipient_codes import recipient_codes

# acts done to a thing by force: attacked, seized, escorted, released
THING_IT_TYPES = frozenset({"ASSAULT", "COERCE", "RETREAT"})
# "fired at it", "opened fire on it", "rammed into it"
OBJECT_PREPS = frozenset({"at", "on", "upon", "into", "toward", "towards"})
# the links from an act up to the clause that named the thing: coordinated
# verbs, adverbial and purpose clauses, "before capturing", "tried to seize"
UP_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp"})
# a singular thing: "it" never stands for a plural noun
SINGULAR_TAGS = frozenset({"NN", "NNP"})
MAX_STEPS = 4


def thing_it(doc: Doc, tok: Token, kind: str | None,
             actor: ActorMention | None) -> ActorMention | None:
    """The mention "it" stands for, at the pronoun's span; None when the
    class does not apply (see the module docstring)."""
    if tok.lower_ != "it" or kind not in THING_IT_TYPES:
        return None
    if tok.dep_ == "dobj":
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in OBJECT_PREPS and tok.head.dep_ == "prep":
        verb = tok.head.head
    else:
        return None
    for ante in _antecedents(verb):
        if actor is not None and _covers(actor, ante):
            continue  # the act's own doer: the next clause up
        m = recipient_mention(doc, ante)
        if m is None or not _covers(m, ante) or m.kind == "person":
            return None  # the nearest thing is no party: never a farther one
        # coded as the thing itself ("a Chinese-flagged longliner": its flag's
        # BUS) before the span moves to the pronoun, which names no flag
        m = recipient_codes(doc, actor, m, kind) or m
        return replace(m, start=tok.idx, end=tok.idx + len(tok.text), text=tok.text,
                       rule=f"{m.rule}{THING_IT_MARK}", antecedent=_index(doc, m))
    return None


def _index(doc: Doc, m: ActorMention) -> int | None:
    """The thing's own mention in ``doc._.actor_mentions`` (same span), for
    the resolver to read the thing's words, not the pronoun's
    (``resolver_features.participant_features``); None when the rules
    built it for the object alone."""
    return next((i for i, x in enumerate(get_list(doc, "actor_mentions"))
                 if (x.start, x.end) == (m.start, m.end)), None)


def _covers(m: ActorMention, tok: Token) -> bool:
    """The mention lies within the noun's phrase: it names the thing, not a
    place or owner found near it."""
    return tok.left_edge.idx <= m.start and m.end <= tok.right_edge.idx + len(
        tok.right_edge.text) and m.start <= tok.idx + len(tok.text)


def _antecedents(verb: Token) -> list[Token]:
    """The singular nouns of the clauses above ``verb``, nearest first: each
    governing verb's object or passive subject, then its subject."""
    out: list[Token] = []
    cur = verb
    for _ in range(MAX_STEPS):
        if cur.dep_ not in UP_DEPS or cur.head == cur:
            break
        up = cur.head
        if cur.dep_ == "pcomp" and up.dep_ == "prep":  # "before capturing it"
            up = up.head
        cur = up
        if cur.pos_ not in ("VERB", "AUX"):
            break
        for dep in ("dobj", "nsubjpass", "nsubj"):
            found = child(cur, {dep})
            # "was sailing off Aden": a phrasal verb's "object" is a place
            if found is not None and not (dep == "dobj" and child(cur, {"prt"}) is not None):
                found = look_through(found)  # "captured most of the Golan Heights"
                if found.tag_ in SINGULAR_TAGS:
                    out.append(found)
    return out
