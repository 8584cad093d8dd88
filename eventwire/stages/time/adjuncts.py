"""Adjuncts and conjuncts that share a dated act's time (issue #12, branch dates31).

Three classes of the anchoring stage (:mod:`eventwire.stages.time.anchoring`,
:mod:`eventwire.stages.time.sentence_date`):

* *a participle adjunct of a past act* (:func:`participle_host`) — an -ing
  clause with no subordinator that hangs on a past-simple verb tells what
  the actor did in that same act: "ordered the expulsion of three
  reporters on Tuesday, accusing them of spying", "recalled its envoy on
  Monday, citing threats to his staff", "denied the charge late on
  Wednesday, calling it a smear and accusing the press of bias". It takes
  the act's date. A demand or plan verb above it ("ordered", "planned")
  made the factuality stage read it as a future it is not.
* *a participle set off on the subject* (:func:`framing_participle`) — the
  parser hangs "speaking to supporters on Wednesday" on the subject noun,
  but between commas, right after the subject of a past act, it frames that
  act: "the opposition leader, speaking to supporters late on Wednesday,
  urged the army to act", "the bishop, addressing a rally on Sunday,
  condemned the arrests", "the envoy, visiting the camp on Monday, accused
  the guards of beatings". Its date dates the act. A past participle ("the
  soldiers, deployed in 2020, withdrew") or a relative clause keeps its own
  time.
* *a date inside a coordinated statement's content* (:func:`in_other_content`)
  — a date in the content clause of a statement ("announced on Wednesday
  that the border would stay closed until June, and accused ...", "said on
  Saturday that talks would resume in July, and released two hostages",
  "warned on Monday that the curfew could last until September, and ordered
  the markets shut") dates that content; the act coordinated with the
  statement does not take it as its sentence's nearest date, but the
  statement's own date.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp.spans import first_conjunct
from eventwire.stages.time.clauses import noun_clause_of, past_simple_tag

SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def participle_host(trigger: Token) -> Token | None:
    """The past-simple verb whose participle adjunct the trigger is ("ordered
    the expulsion, accusing them"), None otherwise: an -ing verb, an
    adverbial clause with no subordinator, auxiliary or subject of its own,
    or a conjunct of one ("calling it a smear and accusing")."""
    if trigger.tag_ != "VBG":
        return None
    adjunct = first_conjunct(trigger) if trigger.dep_ == "conj" else trigger
    if adjunct.tag_ != "VBG" or adjunct.dep_ != "advcl" or adjunct.head == adjunct:
        return None
    if any(c.dep_ in ("mark", "aux", "auxpass", "nsubj", "nsubjpass")
           for x in (adjunct, trigger) for c in x.children):
        return None
    host = adjunct.head
    return host if past_simple_tag(host) else None


def framing_participle(clause: Token, trigger: Token) -> bool:
    """``clause`` is an -ing participle set off by commas on the trigger's
    subject, and the trigger is a past-simple verb: the participle frames the
    act."""
    noun = clause.head
    if clause.tag_ != "VBG" or clause.dep_ != "acl" or noun.dep_ not in SUBJECT_DEPS \
            or noun.head != trigger or not past_simple_tag(trigger):
        return False
    doc = clause.doc
    before, after = clause.left_edge.i - 1, clause.right_edge.i + 1
    return before >= 0 and after < len(doc) and doc[before].text == "," \
        and doc[after].text == "," and after < trigger.i


def frames_trigger(head: Token, trigger: Token) -> bool:
    """The date's token sits in a participle framing the trigger
    (:func:`framing_participle`)."""
    clause = noun_clause_of(head)
    return clause is not None and framing_participle(clause, trigger)


def in_other_content(head: Token, trigger: Token) -> bool:
    """The date's token sits in the content clause (a clausal complement
    after its verb) of a statement the trigger is coordinated with:
    "announced on Sunday that the border would stay closed until August, and
    accused"."""
    if trigger.dep_ != "conj":
        return False
    statements = trigger.conjuncts
    cur = head
    while cur.head != cur:
        if cur.dep_ == "ccomp" and cur.head in statements and cur.i > cur.head.i:
            return trigger not in cur.subtree
        cur = cur.head
    return False
