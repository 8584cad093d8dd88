"""PLOVER codes intentions, offers, plans and obligations by what they are,
not by the act they announce (manual: AGREE covers "agree to, offer,
promise, or otherwise indicate willingness or commitment to cooperate";
THREATEN "all threats, coercive or forceful warnings"; REQUEST "requests,
demands, and orders"). So a trigger under a future or volitional marker is
re-typed:

* cooperative act (CONSULT, AID, COOPERATE, RETREAT, SUPPORT) that
  will/would happen, or that someone offers/plans/is ready to do -> AGREE
  ("Finland will give a grant", "ready to contribute troops", "will release
  the hostages"); an announced military withdrawal stays RETREAT like an
  announced deployment stays MOBILIZE ("said it would withdraw its
  contingent", "would halt offensive operations": the annotation guide
  keeps future RETREAT); a concession
  stays CONCEDE ("will lift the curfew", "decided to allow the candidate to
  run"): the manual says future concessions do not reduce to AGREE; a
  meeting, visit or aid delivery set for a named day is a scheduled act and
  keeps its type ("would visit Tbilisi on Monday": ``SCHEDULED``);
* conflictual act (COERCE, SANCTION, ASSAULT, PROTEST) announced
  the same way -> THREATEN ("plans to impose restrictions", "would blockade");
  an announced deployment stays MOBILIZE ("NATO will deploy 700 more
  troops", "would send troops to the border"): the manual's THREATEN is
  verbal force against someone, MOBILIZE military moves short of force;
* negated under an intent word ("did not plan to meet", "is not ready to
  talk") -> REJECT; a negated future act keeps its type and is `negated`
  ("will not negotiate" CONSULT, "will not cede" CONCEDE: the annotation
  guide, types26); a failure to
  cooperate is a refusal too ("failed to reach agreement", "failed to
  agree on a ceasefire" -> REJECT), a failed attack stays an attack, and
  "fail" alone is no event ("failed to dissuade the unions");
* an obligation put on someone ("China must drop barriers") -> REQUEST,
  but not a "should" inversion, which is a condition ("should troops be
  expelled");
* an announced sanction is the sanction (branch events8, the guide over the
  PLOVER reduction: docs/annotation.md "Future acts keep their type"):
  "would close its airspace to Indian airlines", "will suspend its flights
  to Toronto", "decided to close the crossing" stay SANCTION (modality
  future); an announced punishment in the passive ("those responsible would
  be punished") or under an if-/unless-condition ("if the attacks go on, we
  will impose sanctions") stays a THREATEN;
* an announced act with an "unless" condition is an ultimatum -> THREATEN
  ("will withdraw its force unless a ceasefire is arranged");
* an announced resignation is a resignation (RETREAT), not an offer;
* an announced protest is the protest (PROTEST, modality future: "would
  rally again on Saturday", "promised to return to the streets"), and it
  takes the place of the promise word (``events.component``); with an
  "unless" condition it is an ultimatum like any other act (THREATEN).

When the intent word is itself a trigger ("vowed to punish", "offered to
help"), the two are one event at the intent word with the announced type
(``events.component`` merges them).

The announced act is kept in ``mode``-less form in ``rules`` ("intent:AID"),
and factuality marks the event as future/threatened downstream.

Word lists (lists19): ``MEASURE_VERBS`` is the class of ``measure_verbs`` in
``data/events/health.yaml`` (a restriction laid on a place, a gathering or
an activity) and derives from it, so a verb added there counts here too;
the difference is kept as two small sets beside it, since this module's
class (events16) was measured with exactly the union below.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.announced_measures import weighed_measures
from eventwire.stages.events.clearances import announced_clearance
from eventwire.stages.events.forbidden_acts import forbids
from eventwire.stages.events.health_measures import words as health_words
from eventwire.stages.events.judicial import handed_to_authorities
from eventwire.stages.events.mention_lookup import children_of
from eventwire.stages.events.passive_threats import vowed_prosecution

COOPERATIVE = {"CONSULT", "AID", "COOPERATE", "RETREAT", "CONCEDE", "SUPPORT"}
CONFLICTUAL = {"COERCE", "SANCTION", "ASSAULT", "MOBILIZE", "PROTEST"}
FUTURE_AUX = {"will", "would", "'ll", "shall", "wo"}
NEGATED_RULE = "negated:"  # a negated future act, typed REJECT until the filter has run
# "we will not recognise the results" is a refusal (REJECT) in the annotation guide
RECOGNISE_VERBS = {"recognise", "recognize"}
OBLIGATION_AUX = {"must", "should"}
INTENT_HEADS = {"plan", "intend", "prepare", "offer", "promise", "pledge", "vow", "agree",
                "decide", "aim", "seek", "ready", "willing", "prepared", "want", "hope", "swear",
                "fail"}
FAILURE_HEADS = {"fail"}
RESIGN_VERBS = {"resign", "step", "quit", "abdicate"}
# class *a scheduled act is reported as that act*: a plain future of a
# meeting, visit, aid delivery or joint act set for a named day ("will meet
# the players on Tuesday", "would travel to Tbilisi on Sunday", "will send two
# navy ships on Tuesday") keeps its type (modality future, docs/annotation.md
# "Future cooperation keeps its own type"); an undated future ("will visit
# Albania in June", "will give a grant over three years"), an offer, pledge
# or readiness is the commitment, AGREE (as the PLOVER gold standard codes it)
SCHEDULED = {"CONSULT", "AID", "COOPERATE", "SUPPORT"}
DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "tomorrow", "tonight"}
VAGUE_TIMES = {"month", "year", "months", "years", "spring", "summer",
               "autumn", "winter"}
# an announced release of captives or goods is a promise to the other side
# (AGREE, as the PLOVER gold standard codes "will release the hostages");
# other announced RETREAT (withdrawing, halting operations) keeps its type
RELEASE_VERBS = {"release", "free", "return", "hand", "swap", "exchange", "repatriate"}
# class *an announced restriction is the restriction* (branch events16,
# docs/annotation.md "Future acts keep their type"): a government measure
# on things, places or gatherings announced with will/would, also passive
# or under an if-condition ("the stables would be quarantined", "masks
# will be banned at rallies", "the channel would be banned if it went on"),
# is COERCE future / conditional, not a threat; force and custody ("will
# arrest", "would be met with force") stay THREATEN
# One class with health.yaml's ``measure_verbs`` (module docstring), which
# holds only what an outbreak story closes. Beyond outbreaks, a government
# also bans by law, censors, seizes, culls and blocks; "cancel", "halt" and
# "seal" stay out here: announced in conflict news they are mostly threats
# ("would halt the offensive", "would seal the border"), and events16
# measured the class without them.
MEASURE_VERBS_BEYOND_OUTBREAKS = frozenset({"prohibit", "outlaw", "censor", "confiscate",
                                            "cull", "block"})
MEASURE_VERBS_OUTBREAK_ONLY = frozenset({"cancel", "halt", "seal"})
MEASURE_VERBS = (health_words()["measure_verbs"] - MEASURE_VERBS_OUTBREAK_ONLY) \
    | MEASURE_VERBS_BEYOND_OUTBREAKS


def _aux(tok: Token) -> set[str]:
    """The verb's auxiliaries, from the children table (speed24)."""
    return {lower for dep, _, lower in children_of(tok) if dep in ("aux", "auxpass")}


def _on_a_day(tok: Token) -> bool:
    """The verb is set for a named day: "on Tuesday", "Thursday", "tomorrow"
    among its own modifiers after its future auxiliary (not inside its
    object; "said on Monday he would travel" dates the saying), and no
    vaguer time beside it ("would travel ... next month")."""
    aux = min((c.i for c in tok.children if c.lower_ in FUTURE_AUX), default=tok.i)
    mods = [c for c in tok.children if c.dep_ in ("prep", "npadvmod", "advmod") and c.i > aux]
    words = {t.lower_ for c in mods for t in c.subtree}
    return bool(words & DAY_WORDS) and not words & VAGUE_TIMES


def _negated(tok: Token) -> bool:
    return any(dep == "neg" for dep, _, _ in children_of(tok))


def _unless(tok: Token) -> bool:
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "unless"
                                         for g in c.children) for c in tok.children)


def _inverted_should(tok: Token) -> bool:
    """Class *"should" inversion*: "should US troops be expelled", "should
    they attack" is a condition (= if), not an obligation: the modal comes
    before the subject."""
    modal = next((c for c in tok.children if c.lower_ == "should"), None)
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return modal is not None and subj is not None and modal.i < subj.i


def _conditioned(tok: Token) -> bool:
    """An if- or unless-clause on the verb: "if they refuse, we will ..."."""
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless")
                                         for g in c.children) for c in tok.children)


SANCTION_DECISION_HEADS = {"decide"}


def announced_sanction(trigger: Token, head: Token | None) -> bool:
    """Class *an announced sanction is the sanction* (docstring above): an
    active verb under will/would or "decided to", with no condition."""
    if head is not None and head.lemma_.lower() not in SANCTION_DECISION_HEADS:
        return False
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children)
    hosts = [trigger] + ([head] if head is not None else [])
    return not passive and not any(_conditioned(h) for h in hosts)


def intent_head(tok: Token) -> Token | None:
    """'ready to contribute', 'plans to impose', 'offered to help'."""
    if tok.dep_ != "xcomp":
        return None
    head = tok.head
    if head.lemma_.lower() in INTENT_HEADS:
        return head
    if head.dep_ == "acomp" and head.lemma_.lower() in INTENT_HEADS:
        return head
    return None


def intent_type(trigger: Token, base: str) -> tuple[str, str] | None:
    """(new type, rule) when the trigger announces rather than reports."""
    if trigger.pos_ != "VERB":
        return None
    aux = _aux(trigger)
    head = intent_head(trigger)
    volitional = bool(aux & FUTURE_AUX) or head is not None
    if head is not None and head.lemma_.lower() in FAILURE_HEADS:
        # a failed attack is still an attack; a failed agreement a refusal
        return ("REJECT", f"refusal:{base}") if base in COOPERATIVE | {"AGREE"} else None
    negated = _negated(trigger) or (head is not None and _negated(head))
    if aux & OBLIGATION_AUX and not _inverted_should(trigger) and \
            base not in ("REQUEST", "ACCUSE", "REJECT", "THREATEN"):
        return "REQUEST", f"obligation:{base}"
    if not volitional:
        return None
    if base == "ACCUSE" and not negated and vowed_prosecution(trigger):
        return "THREATEN", f"intent:{base}"  # "anyone who loots will be prosecuted" (types44)
    if base == "RETREAT" and trigger.lemma_.lower() in RESIGN_VERBS:
        return None
    if base == "SANCTION" and weighed_measures(trigger) is not None:
        return None  # "would consider further measures": the records' SANCTION (events45)
    if not negated and base not in ("THREATEN", "REQUEST") and (
            _unless(trigger) or (head is not None and _unless(head))):
        # a protest step too: "will boycott the elections unless the
        # president steps down" is the PLOVER manual's ultimatum
        return "THREATEN", f"ultimatum:{base}"
    if base == "PROTEST" and not negated:
        # **an announced protest is the protest** (docs/annotation.md:
        # "promised to remain on the streets", "said they would rally
        # again"): PROTEST `future`, no threat
        return None
    if negated and head is None and base in COOPERATIVE and \
            trigger.lemma_.lower() not in RECOGNISE_VERBS:
        # types26, class *a negated future act*: "will not negotiate" CONSULT,
        # "will not cede" CONCEDE, "will not hand over our weapons" RETREAT,
        # "would not endorse" SUPPORT, all `negated` (docs/annotation.md,
        # "Types" and "Answers to requests"): the act keeps its type; a
        # refusal word ("refused to", "declined to") is still a REJECT, and so
        # is "will not accept" (AGREE: the guide and the PLOVER GSR disagree,
        # measured: REJECT wins two of three). The
        # event is a REJECT until the eventness filter has run (it was
        # fitted on refusals typed so) and takes its own type back after it
        # (``events.restorations.restore_negated``)
        return "REJECT", f"{NEGATED_RULE}{base}"
    if negated and base in COOPERATIVE | {"AGREE"}:
        return "REJECT", f"refusal:{base}"
    if base == "MOBILIZE" or (base == "RETREAT" and
                              trigger.lemma_.lower() not in RELEASE_VERBS):
        # "will deploy 700 more troops": an announced deployment, not a threat;
        # "would withdraw from the town", "would halt offensive operations":
        # an announced military withdrawal likewise keeps its type
        return None
    if base == "COERCE" and handed_to_authorities(trigger):
        return None  # "would be handed over to the authorities": custody to come (events15)
    if base == "CONCEDE":
        return "CONCEDE", f"intent:{base}"  # the manual: future concessions stay CONCEDE
    if base in SCHEDULED and head is None and _on_a_day(trigger):
        return None  # "would visit Tbilisi on Monday", "will send two ships on Tuesday"
    if base in COOPERATIVE:
        return "AGREE", f"intent:{base}"
    if base == "SANCTION" and not negated and announced_sanction(trigger, head):
        return None  # "would close its airspace": SANCTION, modality future
    if base == "COERCE" and not negated and trigger.lemma_.lower() in MEASURE_VERBS:
        return None  # "the farm would be quarantined": the measure, modality future
    if base == "COERCE" and forbids(trigger):
        return None  # "will not allow anyone to block roads": COERCE restrict (forbidden_acts.py)
    if base == "COERCE" and announced_clearance(trigger):
        return None  # "we will clear the roadblocks": COERCE future (clearances.py)
    if base in CONFLICTUAL:
        return "THREATEN", f"intent:{base}"
    return None
