"""Class *a speech act beside a denial is not denied* (issue #12, branch
modality33). A denial reaches the proposition it rejects, not the acts of
speech around it that the outlet states:

- an accusation the outlet states before the denial of its content ("Ghana
  has long accused Togo of arming the rebels, a charge Lome denies"; the
  headline "Chad accuses Sudan of shelling border villages; Khartoum
  denies"): the parser makes the accusation the content (``ccomp``) of a
  later denial verb whose subject follows it;
- the denier's own next speech act, coordinated with the denial but
  attached by the parser to the verb inside the denied that-clause ("The
  militia denied that its fighters had looted the town and accused the army
  of burning the market", "… denied that its members were involved and
  blamed criminal elements"): a subject-less speech verb conjoined to a
  denied clause that has its own subject; what that act says is the
  denier's own charge, not denied either ("… and accused the army of burning
  the market", "… and blamed police for the clashes": the burning and the
  clashes; review62).

The act a preposed accusation names ("arming the rebels") stays in the
denial's scope; a denied speech act the denial governs directly ("denied accusing
the judges") stays denied.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp.cues import default_cues
from eventwire.stages.factuality.clauses import (
    DEMAND_VERBS,
    DENY_VERBS,
    SUBJECT_DEPS,
    lemma_names,
)

_CUES = default_cues()
# the cue lists' speech verbs (attribution's speech_verbs and
# speech_act_verbs, the demand verbs), less the denials themselves: a second
# denial beside the first denies its own content (review62)
SPEECH_ACTS = (_CUES.words("speech_verbs") | _CUES.words("speech_act_verbs")
               | DEMAND_VERBS) - DENY_VERBS


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in tok.children)


def _preposed_to_denial(tok: Token) -> bool:
    """"X accused Y of …, a charge Z denies": the act precedes the denial
    verb, whose subject comes after it."""
    head = tok.head
    if tok.dep_ != "ccomp" or head == tok or tok.i > head.i or \
            not lemma_names(head) & DENY_VERBS:
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.i > tok.i for c in head.children)


def preposed_speech_act(tok: Token) -> bool:
    """``tok`` is a speech act the outlet states before a denial of its
    content ("Congo has long accused Rwanda of …, a charge Kigali denies"):
    the denial is no statement holding it (attribution reads it so too)."""
    return _speech_act(tok) and _preposed_to_denial(tok)


def _denier_coordinated_act(tok: Token) -> bool:
    """"denied that its fighters had looted … and accused …"."""
    first = tok.head
    if tok.dep_ != "conj" or _has_subject(tok) or first.dep_ != "ccomp":
        return False
    return bool(lemma_names(first.head) & DENY_VERBS) and _has_subject(first)


def _speech_act(tok: Token) -> bool:
    return tok.lemma_.lower() in SPEECH_ACTS


def outside_denial(scope: list[Token]) -> bool:
    """The trigger ``scope[0]`` (``scope``: its scope chain, nearest first)
    is a speech act beside a denial, or lies in what the denier's own
    coordinated speech act says; either way outside the denial's scope."""
    tok = scope[0]
    if preposed_speech_act(tok) or (_speech_act(tok) and _denier_coordinated_act(tok)):
        return True
    return any(_speech_act(t) and _denier_coordinated_act(t) for t in scope[1:])
