"""Scheduled acts: the modality ``future`` for an act the text gives a
schedule to without a future modal or a plan verb (modality21, issue #12).

Three linguistic classes, each read off the parse of the trigger's clause:

- a to-infinitive under a word of arrangement or under "be": "the court is
  due to rule", "ministers are set to meet", "police were about to arrest",
  "the governor is to be sentenced"; under "be" the noun subject's class
  decides (mends24): a noun of role or worth names a done act ("his only
  mistake was to trust", "the problem was to feed": not scheduled), an aim
  noun, a party or an event keeps the schedule ("the plan is to evacuate",
  "the minister is to visit");
- a headline infinitive, the subject with "to" and no finite verb: "Germany
  to expel two diplomats";
- an event noun that is the subject of a schedule: "a hearing has been
  scheduled for Thursday", "the trial is expected to begin"; or the first
  word of a date that is set: "a provisional trial date has been set"
  (missed57).

A noun trigger inside the object of such an infinitive ("due to begin a
round of negotiations") takes the infinitive's reading. Why a rule of its
own: the future branch only knew will/shall and plan verbs, so these acts
were scored as asserted, as if they had already happened.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp.cues import default_cues
from eventwire.stages.factuality.clauses import to_infinitive

_CUES = default_cues()
SCHEDULED_GOVERNORS = _CUES.words("scheduled_governors")
SCHEDULED_SUBJECT_GOVERNORS = _CUES.words("scheduled_subject_governors")
ACT_ROLE_NOUNS = _CUES.words("act_role_nouns")
PAST_TAGS = frozenset({"VBD", "VBN"})  # "was", "had been"
# "the strike is expected to end / continue": the act is under way
UNDER_WAY_VERBS = _CUES.words("ongoing_verbs") | _CUES.words("stop_verbs")


def _clause_verb(tok: Token, limit: int = 3) -> Token:
    """The verb whose object holds a noun trigger ("begin a round of
    negotiations" -> "begin"): the object itself or its "of"-phrase only; a
    noun in any other phrase ("charged in connection with the attacks") is
    beside the act. A verb trigger is its own clause verb."""
    cur = tok
    for _ in range(limit):
        if cur.pos_ in ("VERB", "AUX"):
            break
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head != cur.head:
            cur = cur.head.head
        elif cur.dep_ in ("dobj", "compound") and cur.head != cur:
            cur = cur.head
        else:
            break
    return cur


def _scheduled_infinitive(verb: Token) -> bool:
    """"is due to rule", "is to be sentenced", "Germany to expel": an
    infinitive under an arrangement word or "be", or a headline infinitive."""
    if not to_infinitive(verb) or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "ROOT":
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    head = verb.head
    return verb.dep_ == "xcomp" and bool({head.lemma_.lower(), head.lower_} & SCHEDULED_GOVERNORS) \
        and _schedule_sense(head) and not _act_by_role(head) \
        and not any(c.dep_ == "neg" for c in head.children)


def _act_by_role(head: Token) -> bool:
    """Class *an act named by its role under "be"* (mends24): a copula whose
    infinitive specifies what its noun subject was. The head noun's class
    decides: a noun of role or worth (``act_role_nouns``: "his only mistake
    was to trust", "the problem was to feed the displaced", "their first
    move was to arrest the leaders") identifies a done or general act, not a
    schedule; an aim noun ("the plan is to", "the aim is to"), a party ("the
    minister is to visit") or an event ("the summit is to open") keeps the
    schedule. The list is of the role nouns, not of the aims, because every
    other subject class keeps the "is to" schedule. Only a past copula
    ("was", "had been") tells a done act (review32): in the present the act
    is still ahead, as under an aim ("the challenge is to feed the
    displaced", "the solution is to hold new elections")."""
    if head.lemma_.lower() != "be" or head.tag_ not in PAST_TAGS:
        return False
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in ACT_ROLE_NOUNS


def _causal_due(tok: Token) -> bool:
    """"due to a gas leak": "due" with a "to"-phrase is a cause."""
    return tok.lower_ == "due" and any(c.dep_ == "prep" and c.lower_ == "to"
                                       for c in tok.children)


def _scheduled_subject(tok: Token) -> bool:
    """"A hearing has been scheduled for Thursday", "the trial is due to
    start": an event noun as the subject of a schedule."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "NOUN":
        return False
    head = tok.head
    # "due to" with a noun names a cause, not a schedule ("the blast was due
    # to a gas leak"); "is due to start" has the infinitive as an xcomp
    words = {head.lemma_.lower()} | {c.lemma_.lower() for c in head.children
                                     if c.dep_ == "acomp" and not _causal_due(c)}
    # "the clash had been planned by China": a plan with its planner named is
    # a plan carried out, not a schedule
    return bool(words & SCHEDULED_SUBJECT_GOVERNORS) and _schedule_sense(head) \
        and not _under_way(head) \
        and not any(c.dep_ in ("neg", "agent") or _past_perfect(c) for c in head.children)


def _past_perfect(aux: Token) -> bool:
    """"the bombing had been planned for months": a schedule before a past
    moment, not the source's own (the act took place, or was called off)."""
    return aux.dep_ == "aux" and aux.lower_ == "had"


def _under_way(head: Token) -> bool:
    """"The strike is expected to end on Friday", "the fighting is set to
    continue", "the blockade is due to last": what is scheduled is the end
    or the run of an act already going on, so the act is no future one."""
    verbs = [c for c in head.children if c.dep_ == "xcomp"]
    verbs += [g for a in head.children if a.dep_ == "acomp"
              for g in a.children if g.dep_ in ("xcomp", "pobj")]
    return any(v.lemma_.lower() in UNDER_WAY_VERBS for v in verbs)


def _schedule_sense(head: Token) -> bool:
    """"set" schedules only with its date or infinitive ("the vote was set
    for Monday", "is set to open"): "a bomb was set off", "a fire was set"
    tell a done act; a particle ("set off", "set up") is never a schedule."""
    if any(c.dep_ == "prt" for c in head.children):
        return False
    if head.lemma_.lower() != "set":
        return True
    return any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for")
               for c in head.children)


def _scheduled_date(tok: Token) -> bool:
    """"A provisional trial date has been set", "TRIAL DATE SET FOR ...", "a
    hearing date was scheduled": an event noun compounded on a date that a
    schedule word governs is the act scheduled (docs/annotation.md "Court
    and police procedure words" 4, "a provisional trial date was set"
    ``future``; missed57, whose court_proceedings.py reads the noun)."""
    date = tok.head
    if tok.dep_ != "compound" or tok.pos_ != "NOUN" or date.lower_ not in ("date", "dates"):
        return False
    near = [date.head, *date.children]  # a headline's "SET" may be tagged a name
    return any(t.lemma_.lower() in SCHEDULED_SUBJECT_GOVERNORS
               or t.lower_ in SCHEDULED_SUBJECT_GOVERNORS for t in near)


def scheduled(tok: Token) -> bool:
    """Is the act of ``tok`` (a trigger's head) scheduled, not yet done?"""
    return _scheduled_subject(tok) or _scheduled_date(tok) or \
        _scheduled_infinitive(_clause_verb(tok))
