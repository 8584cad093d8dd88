"""Admissions and denials in court, and admissions to a place (issue #12,
branch types27); asked by ``lexicon_candidates.verb_candidate`` before the
verb's own entry.

* **a plea** — "the former mayor pleaded guilty to fraud", "he will plead
  guilty on Monday", "both men pleaded no contest": admitting the charge is
  a concession (CONCEDE; the manual's CONCEDE takes admissions of fault, and
  docs/annotation.md labels "pleaded guilty" CONCEDE); "pleaded not guilty",
  "pleaded innocent to all counts" deny it (REJECT, as the guide labels
  "pleaded not guilty"). "pleaded for her son's release" stays the verb's
  request (CAMEO 020);
* **an admission to a place** — "the patient was admitted to hospital",
  "was admitted to the university", "admitted into intensive care", "46
  patients were admitted on Thursday" (passive): no admission of fault, no
  event ("admitted the error" stays CONCEDE).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.mention_lookup import children_at, children_of

GUILTY = {"guilty"}
INNOCENT = {"innocent"}
CONTEST = {"contest"}  # "pleaded no contest"
PLEA_DEPS = {"acomp", "advmod", "oprd", "xcomp", "dobj", "attr", "ccomp"}
PLACES = {"hospital", "hospitals", "clinic", "ward", "care", "unit", "university",
          "college", "school", "academy", "bar", "hospice", "infirmary"}


def plea_type(tok: Token, lemma: str) -> str | None:
    """CONCEDE for a guilty plea, REJECT for a plea of innocence, None when
    ``tok`` is no "plead" with such a complement."""
    if lemma != "plead":
        return None
    for dep, i, lower in children_of(tok):
        if dep not in PLEA_DEPS:
            continue
        if lower in INNOCENT:
            return "REJECT"
        if lower in GUILTY:
            negated = any(d == "neg" for d, _, _ in children_at(tok.doc, i))
            return "REJECT" if negated else "CONCEDE"
        if lower in CONTEST:
            return "CONCEDE"
    return None


def admitted_to_place(tok: Token, lemma: str) -> bool:
    """"was admitted to hospital": "admit" with a "to"/"into" phrase naming
    an institution one is taken into, or passive with no admitter ("46
    patients were admitted on Thursday": people let in). A passive whose
    admitter is named ("the blunder was admitted by the ministry") owns up
    to a fault and stays an event (review41)."""
    if lemma != "admit":
        return False
    deps = {dep for dep, _, _ in children_of(tok)}
    if deps & {"auxpass", "nsubjpass"} and "agent" not in deps:
        return True
    for dep, i, lower in children_of(tok):
        if dep == "prep" and lower in ("to", "into"):
            if any(d == "pobj" and tok.doc[j].lemma_.lower() in PLACES
                   for d, j, _ in children_at(tok.doc, i)):
                return True
    return False
