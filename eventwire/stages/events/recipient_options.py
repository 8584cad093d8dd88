"""The wider option list and the relation features of the recipient ranker
(``recipients.choose_recipient``).

Why a separate module: the rules gather the candidates the parse names
(objects, prepositional targets, the target in the clause); a ranker can
only learn to prefer another mention if it sees it. :func:`extra_options`
adds every other actor mention of the trigger's sentence (a pronoun counts
as its antecedent, through ``recipient_mention``), labelled by how it hangs
from the trigger: the object of a preposition chain under the trigger
("fired tear gas *at* protesters *in front of* the ministry"), the subject
of the trigger's content clause ("warned that the rebels would pay"), a
mention inside the trigger's clause, or elsewhere in the sentence.
:func:`relation_features` describes any option by that relation, its path
length in the parse and whether it is a name or a common noun. The
options the parse's objects give when they name no mention ("arrested
him", "stabbed his wife") are built in ``bare_options.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.extensions import doc_cache, get_list
from eventwire.nlp.spans import head_token
from eventwire.stages.events.participants import recipient_mention

Option = tuple[str, int, ActorMention]
CONTENT_DEPS = {"ccomp", "xcomp", "advcl"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# PLOVER types that act on someone (a target is almost always coded) vs the rest
ACTING_TYPES = {"ASSAULT", "COERCE", "ACCUSE", "THREATEN", "SANCTION", "REJECT", "PROTEST",
                "MOBILIZE", "REQUEST", "AID"}


def _prep_chain(tok: Token, trigger: Token) -> bool:
    """The object of a preposition chain that starts at the trigger
    ("at X", "at X in front of Y", "on behalf of X")."""
    cur = tok
    for _ in range(6):
        if cur.dep_ != "pobj" or cur.head.dep_ not in ("prep", "agent"):
            return False
        if cur.head.head == trigger:
            return True
        cur = cur.head.head
    return False


def _content_subject(tok: Token, trigger: Token) -> bool:
    return tok.dep_ in SUBJECT_DEPS and tok.head.dep_ in CONTENT_DEPS and tok.head.head == trigger


def _clause_head(trigger: Token) -> Token:
    cur = trigger
    while cur.dep_ in ("xcomp", "conj", "aux", "prep", "pobj", "dobj", "acl", "amod") \
            and cur.head != cur:
        cur = cur.head
    return cur


def relation(tok: Token, trigger: Token) -> str:
    """How an option hangs from the trigger (see the module docstring)."""
    if _prep_chain(tok, trigger):
        return "prep"
    if _content_subject(tok, trigger):
        return "content_subj"
    if tok in _clause_head(trigger).subtree:
        return "clause"
    return "sent"


def _path_length(a: Token, b: Token) -> int:
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    common = next((t for t in up_a if t in up_b), None)
    if common is None:
        return 99
    return up_a.index(common) + up_b.index(common)


# how far below the trigger an option may be and still be the act's own argument
ARGUMENT_PATH = 4


def own_argument(doc: Doc, trigger: Token, m: ActorMention) -> bool:
    """Class *the act's own arguments stay*: a mention in the trigger's
    subtree at most four dependency edges below it -- its object ("looted
    shops"), the object of its preposition chain ("protests against the
    government", "called up reservists for a conflict against
    Argentina"), the owner of its object ("rejected an Ethiopian
    proposal"), the goal of its content verb ("refused to send
    peacekeepers to Mali"). The record guide makes these the recipient;
    the ranker, which learns "none" mostly from background protests and
    far-fetched targets, may only drop the rules' other choices."""
    tok = head_token(doc, m)
    return tok is not None and tok in act_head(trigger).subtree and \
        1 <= _path_length(tok, trigger) <= ARGUMENT_PATH


def act_head(trigger: Token) -> Token:
    """The verb a noun trigger is the object of ("remains under house
    arrest", "placed the editor under arrest", "launched a probe into the
    airline", "is under investigation"): its arguments hang from that
    verb; a verb trigger is its own head."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return trigger
    cur = trigger
    for _ in range(4):
        if cur.pos_ in ("VERB", "AUX") or cur.head == cur or \
                cur.dep_ not in ("pobj", "prep", "dobj", "attr", "compound"):
            break
        cur = cur.head
    return cur if cur.pos_ in ("VERB", "AUX") else trigger


def extra_options(doc: Doc, trigger: Token, actor: ActorMention | None,
                  options: list[Option]) -> list[Option]:
    """Every other actor mention of the trigger's sentence, as an option named
    by its relation to the trigger; not the actor, not one already listed."""
    taken = {(o[2].start, o[2].end) for o in options}
    if actor is not None:
        taken.add((actor.start, actor.end))
    sent = trigger.sent
    out: list[Option] = []
    for m in get_list(doc, "actor_mentions"):
        if not sent.start_char <= m.start < sent.end_char:
            continue
        tok = head_token(doc, m)
        if tok is None or tok == trigger:
            continue
        rm = recipient_mention(doc, tok)
        if rm is None or (rm.start, rm.end) in taken or (
                actor is not None and rm.start < actor.end and actor.start < rm.end):
            continue
        taken.add((rm.start, rm.end))
        out.append((relation(tok, trigger), len(out), rm))
    return out



def _bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2" if n == 2 else "3-4" if n <= 4 else ">4"


def relation_features(doc: Doc, trigger: Token, kind: str | None,
                      option: Option | None) -> list[str]:
    """Relation features of one option (``None``: no recipient)."""
    acting = f"acting={kind in ACTING_TYPES}"
    if option is None:
        return [f"none&{acting}"]
    m = option[2]
    tok = head_token(doc, m)
    if tok is None:
        return []
    rel = relation(tok, trigger)
    named = "name" if tok.pos_ == "PROPN" or m.actor_id else \
        "pron" if tok.pos_ == "PRON" else "noun"
    return [f"rel={rel}", f"rel&{acting}={rel}", f"path={_bucket(_path_length(tok, trigger))}",
            f"named={named}", f"named&{acting}={named}", f"under={tok in trigger.subtree}",
            f"under_act={tok in act_head(trigger).subtree}",
            f"kind&type={m.kind}&{kind}"]


# doc.user_data key of PLOVER's target per trigger token, kept by the ranker
# (it holds scoring closures over Tokens: released after the pipeline, speed30)
PLOVER_KEY = doc_cache("eventwire_plover_recipient")


def store_plover(doc: Doc, trigger: Token,
                 m: ActorMention | Callable[[], ActorMention | None] | None,
                 from_rule: bool) -> None:
    """Keep for PLOVER's view (``targets.plover_target``) the mention the
    record view leaves out: the rules' choice the ranker dropped
    (``from_rule``), or the ranker's best option when the rules found none
    -- then a function, called only if PLOVER's view asks (most triggers
    have no recipient and are never asked: scoring them all cost ~3% of the
    parse)."""
    store: dict[int, tuple[Any, bool]] = doc.user_data.setdefault(PLOVER_KEY, {})
    if m is None:
        store.pop(trigger.i, None)
    else:
        store[trigger.i] = (m, from_rule)


def plover_kept(doc: Doc, trigger: Token, from_rule: bool) -> ActorMention | None:
    """The mention :func:`store_plover` kept for this trigger, of that kind."""
    kept = doc.user_data.get(PLOVER_KEY, {}).get(trigger.i)
    if kept is None or kept[1] != from_rule:
        return None
    value = kept[0]
    if value is None or isinstance(value, ActorMention):
        return value
    m: ActorMention | None = value()
    doc.user_data[PLOVER_KEY][trigger.i] = (m, from_rule)
    return m
