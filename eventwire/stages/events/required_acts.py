"""An act that a standing rule requires is not an event (issue #12, branch
false60); asked by ``nonevents.not_an_event``.

The linguistic class: the **content of an obligation a rule imposes** — the
act a law, a regulation, a rule or a requirement says someone must do. It
tells what the rule demands of whoever falls under it, not an act that took
place or that an agent committed to: docs/annotation.md "A rule's content is
not an act" ("Their decision requires federal agencies to once again consult
with federal wildlife experts" labels no CONSULT) and geovirus-105's
standing rule ("The WHO requires human samples to be sent …": a state, not
labelled). The constructions:

* the act is the infinitive of a passive "required / obliged / obligated /
  mandated" with no agent named ("federal agencies were required to consult
  with scientists", "will be required to consult");
* the act is the infinitive of an active "require / oblige / mandate" whose
  subject is a rule noun ("the law requires the ministry to publish",
  "their decision requires agencies to consult");
* the act is the clause of the noun "requirement" / "obligation" ("a
  requirement that government experts sign off on any development", "the
  requirement that death sentences can only be returned by unanimous
  verdicts").

Not: a person or a body that requires something of another ("the judge
required him to surrender his passport", "was required by the court to
pay"): a demand, labelled as such; permission ("the decree allows police to
detain people": the own texts label the measure's act — see
``forbidden_acts`` for refusals); a requirement that is itself the act
("required a license": the requiring verb is not this class's trigger).

Measured (false60, 38 sets vs m102): 6 real false events fewer (rec_n-19,
rec_n-20, rec_z-02, rec_af-07, rec_ah-01, rec_ah-05: the endangered-species
rule and the Nichols unanimity requirement), no gold event lost, every other
field unchanged.
"""

from __future__ import annotations

from spacy.tokens import Token

# verbs and nouns of obligation whose complement is what a rule demands
OBLIGING_VERBS = frozenset({"require", "oblige", "obligate", "mandate"})
OBLIGATION_NOUNS = frozenset({"requirement", "requirements", "obligation", "obligations"})
# what a standing rule is called when it is the one that obliges
RULE_NOUNS = frozenset({
    "rule", "law", "regulation", "legislation", "statute", "act", "constitution",
    "requirement", "provision", "policy", "code", "guideline", "decision", "bill",
    "directive", "treaty", "ordinance", "amendment", "change", "changes", "rules",
    "laws", "regulations", "provisions", "guidelines"})


def _rule_subject(verb: Token) -> bool:
    """The active obliging verb's subject is a rule ("the law requires")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lower_ in RULE_NOUNS or subj.lemma_.lower() in RULE_NOUNS)


def _agentless_passive(verb: Token) -> bool:
    """"were required to consult": passive, no "by" agent."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(
        c.dep_ == "agent" for c in verb.children)


def is_required_act(tok: Token) -> bool:
    """``tok`` is the act a standing rule obliges someone to do."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    head = tok.head
    if head is tok:
        return False
    if head.pos_ == "VERB" and head.lemma_.lower() in OBLIGING_VERBS:
        if tok.dep_ == "xcomp":
            return _agentless_passive(head) or _rule_subject(head)
        # the parser hangs "obliges both navies to cooperate" as an advcl
        return tok.dep_ == "advcl" and _rule_subject(head) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    # "a requirement that experts sign off": the noun's clause
    return tok.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and \
        head.lower_ in OBLIGATION_NOUNS and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
