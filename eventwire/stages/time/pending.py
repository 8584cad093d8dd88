"""Class *pending condition* (issue #12, branch dates18): the event of an
"until", "unless" or "once" clause that a statement sets as a condition
has not happened, so it has no date.

"We will occupy the square until the minister resigns", "they vowed to
keep marching until their demands are met", "the army would hold its
fire unless the rebels attacked": the resignation, the meeting of the
demands and the attack are conditions awaited, not events told. The guide
leaves them undated; without this class the clause took the date of the
statement around it (its sentence's date, the speech's date) or the
text's time line.

A narrated past keeps its date: "troops besieged the city until the
fighters agreed to leave" and "the park hosted a vigil every year until
police banned it in 2020" are told as having happened (a past-tense
clause under a past-tense main clause with no modal). So the clause counts
as pending only when it looks ahead: its own verb is in the present
("until he resigns", "until the siege is lifted"), or the clause it hangs
on is a modal or an infinitive ("would stay ... until X stepped down",
"vowed to fight until the last rebel lays down his arms"); an infinitive
looks ahead only under a vow, a call or a threat (``called_day.APPEAL_LEMMAS``)
or under a clause that looks ahead itself.

Counted on rec_a..rec_o before the rule was written (gold events, parsed
anew; docs/BENCHMARKS.md "dates18"): 17 gold events fall in the class, 16
with no date in gold and 1 dated ("we will occupy the palace until he
resigns", dated to the later resignation), in 8 sets for and none
against; the two narrated past until-clauses of these sets ("besieged ...
until the fighters agreed", "until police banned it in 2020") are dated in
gold and left out by the tense test.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.models import Timex
from eventwire.stages.time.called_day import APPEAL_LEMMAS
from eventwire.stages.time.governing import is_dated
from eventwire.stages.time.ranges import timex_range

# subordinators that make a clause a condition still to be met
PENDING_MARKS = {"until", "till", "til", "unless", "once"}
PRESENT_TAGS = {"VBZ", "VBP", "VB"}
PRESENT_AUX = {"is", "are", "'s", "'re", "am", "has", "have", "'ve"}
MODAL_AUX_TAGS = {"MD"}


def _present(verb: Token) -> bool:
    """The clause's verb is in the present ("resigns", "is lifted", "has
    left"): a condition seen from now, still to come."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxes:
        return any(a.lower_ in PRESENT_AUX for a in auxes) and not any(
            a.tag_ == "VBD" for a in auxes)
    return verb.tag_ in PRESENT_TAGS


def _looks_ahead(head: Token) -> bool:
    """The clause the condition hangs on is a modal ("would stay"), a
    present ("we stay"), or an infinitive that looks ahead in its turn: of
    a vow, a call or a threat ("vowed to fight until ...") or under a modal
    or a present. An infinitive of purpose in a narrated past ("were
    deployed to keep order until the crowd dispersed") is told as done
    (review18)."""
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in MODAL_AUX_TAGS for a in auxes):
        return True
    if any(a.lower_ == "to" for a in auxes):
        above = head.head
        return above != head and (above.lemma_.lower() in APPEAL_LEMMAS
                                  or _looks_ahead(above))
    return not auxes and head.tag_ in ("VB", "VBZ", "VBP")


def pending_condition(trigger: Token) -> bool:
    """The trigger heads an "until"/"unless"/"once" clause that is a
    condition still awaited, not a narrated past."""
    if trigger.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in PENDING_MARKS for c in trigger.children):
        return False
    return _present(trigger) or _looks_ahead(trigger.head)


# class *a step promised on a condition* (dates62): the if/unless clause
CONDITION_MARKS = {"if", "unless"}
MODAL_FUTURE = {"will", "would", "shall", "'ll", "wo", "'d"}
PERFECT = {"have", "'ve"}


def conditional_step(trigger: Token) -> bool:
    """Class *a step promised on a condition* (branch dates62): an act a
    side says it will take if the addressee does something or unless it
    yields — "the drivers would march on Congress on Thursday if the
    government did not act", "we will shut down the valley from Monday if
    our cadres are not freed", "the union would strike next week unless
    the ministry hired more guards", "would hold a march on Saturday if the
    nine were still held" — has not happened, and the guide leaves it
    undated however precisely its day is named (relabel64 (a): THREATEN,
    undated and unplaced; the protest has no date until it happens). Its
    own day used to date it through the modal future's own later date
    (``explicit``).

    The trigger is a verb with a future modal ("will", "would", "'ll") and
    an "if"/"unless" clause of its own, or the object noun of such a verb
    ("would hold [a march]", "will call [a general strike]"). Kept: the
    threat verb itself ("warned on Monday that ... if ..."), a future with
    no condition ("will march on Friday"), a past counterfactual ("would
    have died if"), a modal of possibility ("could close the crossing if")
    and the condition's own verb (*pending condition* above for "unless").

    Counted on the 39 development sets and rec_an before the rule (m111
    and rec_an's start predictions: THREATEN in gold or prediction, an
    if/unless in the sentence): every such step with a day of its own is
    undated in gold, and we dated them all, in project-written texts only.
    Measured (records_by_origin, dates62_r2 -> dates62_r3): date +10 / -0
    events in eight sets (ab, ac, ad, ag, ah, f, l, q), real texts 0 / 0;
    rec_an +1 / -0."""
    verb = trigger.head if trigger.dep_ == "dobj" and trigger.pos_ == "NOUN" else trigger
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not auxes & MODAL_FUTURE or auxes & PERFECT:
        return False
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                         for m in c.children)
               for c in verb.children)



# class *a deadline in a condition* (dates64): "by <date>" in the condition
DEADLINE_DEPS = {"prep", "agent"}  # "released by Friday" parses as a passive's agent


def _condition_chain(verb: Token) -> list[Token] | None:
    """The verb and the verbs it is an infinitive of ("fails to repeal")
    up to an if/unless clause; None when no such clause heads them."""
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and chain[-1].head != chain[-1]:
        chain.append(chain[-1].head)
    clause = chain[-1]
    if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS
                                      for c in clause.children):
        return chain
    return None


def _deadline_prep(tok: Token) -> Token | None:
    """The "by" of a condition's verb whose phrase holds ``tok``."""
    cur = tok
    for _ in range(5):
        if cur.lower_ == "by" and cur.dep_ in DEADLINE_DEPS:
            return cur if _condition_chain(cur.head) is not None else None
        if cur.head == cur or cur.pos_ in ("VERB", "AUX"):
            return None
        cur = cur.head
    return None


def deadline_ahead(tok: Token) -> bool:
    """A date word in a condition's deadline ("if the men are not freed by
    Friday", "unless the ban is lifted by Christmas") lies ahead of the
    statement: its weekday or holiday is the next one (``tense_of``)."""
    return _deadline_prep(tok) is not None


def condition_deadline(trigger: Token, timexes: list[Timex]) -> Timex | None:
    """Class *a deadline in a condition*: the act an if/unless clause awaits
    by a deadline takes the deadline's date (value, granularity) — "would
    strike if the men were not freed by Friday", "unless Paris granted
    autonomy by the end of the year" (31 December), "if the government
    fails to repeal the decree by 1 March". The guide: the act inside the
    condition is ``hypothetical`` and, when the condition gives a deadline,
    takes that day (Batch k's and n's deadlines; "by the end of the year"
    gives 31 December, Batch l). The trigger is the clause's verb or an
    infinitive under it; the deadline a date in a "by" phrase of either.
    Not a condition without "by" ("if the men are not freed on Friday"
    keeps the other rules), nor a "by" outside the condition.

    Counted on the 40 development sets and rec_ao before the rule (m116): 25
    gold acts in an if/unless clause with a "by" deadline, all own texts;
    18 take the deadline in gold (sets m, n, u, w, x, y, z, ab, ac, ag, ah,
    aj, ak, al, am, an, ao), 7 are undated (d, i, r, ab, af: the older sets
    and one writer's set); we dated none. Measured with the class above
    (dates64_r3 vs m116, 40 sets): date +21 / -4 events, all own texts, 16
    sets gained (17 of the gains are this class's: the deadline act and acts
    whose chain or ranker read the deadline's day backward before); the four
    losses are the undated gold of rec_d, rec_i, rec_r and rec_af; real texts
    and every other field unchanged; rec_ao date 0.747 -> 0.751 (+1)."""
    chain = _condition_chain(trigger)
    if chain is None:
        return None
    for prep in (c for verb in chain for c in verb.children):
        if prep.dep_ not in DEADLINE_DEPS or prep.lower_ != "by":
            continue
        start, end = prep.idx, prep.right_edge.idx + len(prep.right_edge)
        for t in timexes:
            if start < t.start and t.end <= end and is_dated(t):
                last = timex_range(t.value)[1]
                ends = any(w.lower_ == "end" for w in prep.subtree)
                if ends and last is not None and t.granularity in ("month", "year"):
                    return replace(t, value=last, granularity="day")  # 31 December
                return t
    return None
