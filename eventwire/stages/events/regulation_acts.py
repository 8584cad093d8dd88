"""A government's act on its own domestic regulation is not an event (issue
#12, branch real64); asked by ``nonevents.not_an_event``.

The linguistic class: a verb of **making or unmaking a rule** (overturn,
rescind, revoke, reverse, repeal, suspend, withdraw, scrap, finalise, issue)
whose patient is a **regulation** ("rule", "regulation", "rules") and whose
doer is no court. docs/annotation.md "Government rules and regulators":
"Issuing, finalising or overturning a domestic regulation is not labelled
(no second actor)"; rec_u's note "Obama overturning a Bush rule and ordering
a review is a domestic regulation (rec_n, rec_v)"; rec_al's 9_13ecbplus "every
act in it is a domestic regulation issued or overturned". The act changes
the state's own standing rule; no other party is acted on (the reactions to
it — praise, a lawsuit, a demand to cancel — are the events and stay).

Not: a court that suspends or overturns a rule, a law or a ruling ("the
constitutional court suspended the law", "an appeals court overturned the
ruling"): a judicial act on another body, labelled; a constitution
suspended or a law revoked by a government (COERCE: a state of emergency,
not this class's patient); a ban, a curfew, sanctions or tariffs imposed or
lifted (their own types: the patient is a measure on others, not a rule).

Measured (real64_r3 vs real64_r2, 39 sets): 9 real false events fewer in 5
sets (rec_y, rec_z, rec_ai, rec_aj, rec_ak), no gold event lost, no other
field moved; real event F1 0.736 -> 0.737. Breadth is narrow: all are ECB+
topic 9 (Obama overturning the Bush endangered-species rule). Still out of
reach in that topic: "overturned one of the most controversial
environmental measures", "rescinded ... changes to the regulations" (the
rule named past "measures" / "changes to"), "could let agencies withdraw
regulations" (a hypothetical found by another rule).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.detection_words import lemma as _lemma

REGULATING_VERBS = frozenset({
    "overturn", "rescind", "revoke", "reverse", "repeal", "suspend", "withdraw", "scrap",
    "finalize", "finalise", "issue", "undo"})
RULE_NOUNS = frozenset({"rule", "rules", "regulation", "regulations"})
COURT_WORDS = frozenset({
    "court", "courts", "judge", "judges", "justice", "justices", "tribunal", "tribunals",
    "panel", "jury"})
PATIENT_DEPS = ("dobj", "nsubjpass", "xcomp", "ccomp", "attr", "oprd")


def _patient_is_rule(verb: Token) -> bool:
    """The object (or the passive subject) names a rule, read through "one of"
    and a Title Case headline's misparse ("Overturns Endangered Species Rule
    Bush Instated": the rule inside the clause the tagger made of it)."""
    for child in verb.children:
        if child.dep_ not in PATIENT_DEPS:
            continue
        heads = [child, *(g for c in child.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj")]
        if child.dep_ in ("xcomp", "ccomp"):
            heads += [t for t in child.subtree if t.dep_ in ("nsubj", "dobj", "compound")]
        if any(h.lower_ in RULE_NOUNS or _lemma(h) in RULE_NOUNS for h in heads):
            return True
    return False


def _court_doer(verb: Token) -> bool:
    """A court, a judge or a tribunal as the subject or the passive's agent."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    return any(t.lower_ in COURT_WORDS or _lemma(t) in COURT_WORDS
               for d in doers for t in d.subtree)


def is_regulation_act(tok: Token) -> bool:
    """The module docstring's class: "the administration overturned the
    rule", "the ministry rescinded the regulations", "Obama overturns Bush
    rule"; not "the court suspended the rule"."""
    return (tok.pos_ == "VERB" and _lemma(tok) in REGULATING_VERBS
            and _patient_is_rule(tok) and not _court_doer(tok))
