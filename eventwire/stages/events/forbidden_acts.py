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
  / "no X" as the one (not) let ("no one will be allowed to", "will allow
  nobody to", "no looting will be tolerated").

"Tolerate" is the same refusal (docs/annotation.md, relabel56 (a): "would
not tolerate any attempt to …", "no violence will be tolerated" COERCE
`restrict` `future`, branch types43); the consequences, when the text spells
them out ("would be prosecuted"), are their own THREATEN on their own verb.

Not: a refusal that is the content of a threat verb ("warned that any
disruption will not be tolerated": the one THREATEN on "warned"), a
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
# "tolerate" since relabel56 (a) / types43: "would not tolerate any attempt to …"
PERMIT_VERBS = frozenset({"allow", "let", "permit", "tolerate"})
# verbs whose content the refusal is: "warned that … will not be tolerated" is
# the one THREATEN on "warned" (relabel56 (a), not this class (1))
THREAT_VERBS = frozenset({"warn", "threaten"})
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
NOBODY = frozenset({"nobody", "noone"})
# people whose barring is an expulsion (SANCTION expel), not a restriction
ENVOYS = frozenset({"envoy", "envoys", "ambassador", "ambassadors", "diplomat", "diplomats",
                    "consul", "attache"})
# what a veto stops: talks and deals, not acts of disorder
VETOED = frozenset({"talk", "talks", "negotiation", "negotiations", "accession", "deal",
                    "agreement", "process"})


def forbids(tok: Token) -> bool:
    """``tok`` is a future "will not allow / let / permit / tolerate"."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in PERMIT_VERBS:
        return False
    kids = children_of(tok)
    if not any(dep == "aux" and lower in FUTURE_AUX for dep, _, lower in kids):
        return False
    doc = tok.doc
    if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in THREAT_VERBS:
        return False  # "warned that disruption will not be tolerated": the THREATEN
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
    """"nobody", "no one", "no violence" (the refused thing under "no")."""
    if tok.lower_ in NOBODY:
        return True
    return any(dep == "det" and lower == "no" for dep, _, lower in children_of(tok))
