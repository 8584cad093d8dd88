"""Appealing a court's decision (issue #12, branch types40); asked by
``lexicon_candidates.verb_candidate`` before the verb's own entry.

The verb "appeal" is two acts. Asking someone for something is a request
(the lexicon's REQUEST, CAMEO 020): "appealed for calm", "appealed to the
rebels to lay down their arms", "would appeal to the emir for a pardon".
Taking a decision to a higher court is a legal challenge, which
docs/annotation.md labels ACCUSE `allege` ("would appeal the acquittals",
"would appeal to the Supreme Court", "a defendant's appeal", "An appeal to a
higher court ... is ACCUSE `allege`"). The construction tells them apart:

* **a legal appeal** — the verb takes an object ("will appeal the
  ruling", "appealed the fine"), or "against" ("appealed against the
  sentence"), or a "to"/"at"/"before" phrase naming a court ("would appeal
  to the High Court"), or stands alone ("said it would appeal", "the defence
  will appeal"): ACCUSE `allege`;
* **a plea** — "for" ("appealed for aid", "appeal to the emir for a
  pardon"), an infinitive or clause ("appealed to residents to stay
  indoors"), or "to" + anyone who is no court ("appealed to voters"): the
  verb's own REQUEST.

Only the verb: the noun "appeal" ("the UN's appeal for funds", "lost the
appeal") and the adjective ("an appealing offer") keep their readings.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.mention_lookup import children_at, children_of

ACCUSE = "ACCUSE"
ALLEGE = "allege"
# a plea: "for" what is asked, an infinitive or a clause saying what to do;
# an adverbial clause only when infinitival ("appealed to them *to leave*"), not a
# participle beside the appeal ("would appeal, *calling* the verdict political")
PLEA_PREPS = frozenset({"for"})
PLEA_DEPS = frozenset({"xcomp", "ccomp"})
# prepositions that name the court (or the decision, "against")
COURT_PREPS = frozenset({"to", "at", "before", "with"})
AGAINST = frozenset({"against"})
OBJECT_DEPS = frozenset({"dobj"})
# bodies that hear appeals ("the Supreme Court", "a tribunal", "the African
# Commission on Human and Peoples' Rights", "the appeals chamber")
COURTS = frozenset({"court", "courts", "tribunal", "tribunals", "commission", "chamber",
                    "judiciary", "arbitration", "arbitrator", "arbitrators", "panel",
                    "ombudsman", "council"})


def appeal_type(tok: Token, lemma: str) -> str | None:
    """ACCUSE for the verb "appeal" taking a decision to a court, None for
    any other token or a plea (the verb's own entry decides)."""
    if lemma != "appeal" or tok.pos_ != "VERB":
        return None
    kids = children_of(tok)
    if any(dep in PLEA_DEPS or (dep == "advcl" and _infinitive(tok, i))
           for dep, i, _ in kids):
        return None  # "appealed to residents to stay indoors"
    preps = {(lower, i) for dep, i, lower in kids if dep in ("prep", "dative")}
    if any(lower in PLEA_PREPS for lower, _ in preps):
        return None  # "appealed for calm", "appeal to the emir for a pardon"
    if any(dep in OBJECT_DEPS for dep, _, _ in kids) or any(p in AGAINST for p, _ in preps):
        return ACCUSE  # "will appeal the ruling", "appealed against the sentence"
    to_someone = [i for lower, i in preps if lower in COURT_PREPS]
    if not to_someone:
        return ACCUSE  # "said it would appeal"
    return ACCUSE if any(_names_court(tok, i) for i in to_someone) else None


def _names_court(tok: Token, prep: int) -> bool:
    """The "to"/"at" phrase names a court ("to the FSM Supreme Court")."""
    doc = tok.doc
    return any(dep == "pobj" and doc[j].lemma_.lower() in COURTS
               for dep, j, _ in children_at(doc, prep))


def _infinitive(tok: Token, clause: int) -> bool:
    """The clause is a "to" infinitive ("appealed to residents *to stay*")."""
    return any(dep == "aux" and lower == "to" for dep, _, lower in children_at(tok.doc, clause))
