"""An authority saying it will not allow an act (issue #12, branch types41);
asked by ``triggers._candidate`` before the verbs' lexicon entries, and by
``intent.intent_type`` (which leaves the COERCE as it is).

"allow", "let" and "permit" are a concession when granted ("will
allow aid convoys to enter": the lexicon's CONCEDE / RETREAT `access`). Said
in the future and refused, by the side that holds power, they announce a
restriction: docs/annotation.md types "no one will be allowed to disturb
public order", "We will not allow vandalism", "will not let a handful of
criminals wreck the peace", "would not be allowed to 'violate our
sovereignty'" COERCE `restrict` `future` — the speaker will stop the act,
not give something up. The construction:

* the verb is future ("will", "would", "shall", "'ll") and refused: "not"
  on it ("will not allow anyone to block the road"), or "no one" / "nobody"
  as the one (not) let ("no one will be allowed to", "will allow nobody to").

Not: "will not tolerate" (a warning: THREATEN in the guide's records), a
granted permission ("will allow convoys to enter"), a refusal in the
past ("did not allow journalists in": a report, the lexicon's reading), an
envoy or ambassador "not allowed to return" (SANCTION `expel`, the guide's
envoys), a deal or talks not allowed to go on (the guide's "will not allow
the accession talks to continue": a veto, REJECT).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.mention_lookup import children_of

COERCE = "COERCE"
RESTRICT = "restrict"
RULE = "curated-verb+forbidding"
# not "tolerate": "would not tolerate any attempt to overturn the republic" is a
# warning the guide and the records type THREATEN (three sets)
PERMIT_VERBS = frozenset({"allow", "let", "permit"})
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
NOBODY = frozenset({"nobody", "noone"})
# people whose barring is an expulsion (SANCTION expel), not a restriction
ENVOYS = frozenset({"envoy", "envoys", "ambassador", "ambassadors", "diplomat", "diplomats",
                    "consul", "attache"})
# what a veto stops: talks and deals, not acts of disorder
VETOED = frozenset({"talk", "talks", "negotiation", "negotiations", "accession", "deal",
                    "agreement", "process"})


def forbids(tok: Token) -> bool:
    """``tok`` is a future "will not allow / let / permit"."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in PERMIT_VERBS:
        return False
    kids = children_of(tok)
    if not any(dep == "aux" and lower in FUTURE_AUX for dep, _, lower in kids):
        return False
    doc = tok.doc
    if any(lower in ENVOYS | VETOED for _, lower in _parties(tok)):
        return False
    if any(dep == "neg" for dep, _, _ in kids):
        return True
    return any(_nobody(doc[i]) for i, _ in _parties(tok))


def _parties(tok: Token) -> list[tuple[int, str]]:
    """Who or what is (not) let: the passive subject, the object, the
    subject of the let clause ("allow anyone to block")."""
    doc = tok.doc
    found = [(i, lower) for dep, i, lower in children_of(tok) if dep in ("nsubjpass", "dobj")]
    for dep, i, _ in children_of(tok):
        if dep in ("ccomp", "xcomp"):
            found += [(j, low) for d, j, low in children_of(doc[i]) if d == "nsubj"]
    return found


def _nobody(tok: Token) -> bool:
    """"nobody", "no one"."""
    if tok.lower_ in NOBODY:
        return True
    return tok.lower_ == "one" and any(dep == "det" and lower == "no"
                                       for dep, _, lower in children_of(tok))
