"""The cause told in a clause of a passive harm (issue #12, branch events28).

``nonevents.has_natural_cause`` drops a harm whose cause is a natural
hazard or a mishap: the subject ("the earthquake killed 20"), the by-agent
or an in-/during-phrase ("were killed in the floods"). The cause is also
told by an as-, when-, after- or because-clause, which the real outlets'
disaster copy uses:

* "an estimated 1,400 have been killed as waterborne diseases spread";
* "hundreds of huts were destroyed when the cyclone reached the islands";
* "six climbers were killed after an avalanche swept the pass".

A deliberate act in the clause ("killed when militants stormed the market")
names no hazard and stays.
"""

from __future__ import annotations

from spacy.tokens import Token

CAUSE_MARKS = {"as", "when", "after", "because"}


def clause_causes(tok: Token) -> list[Token]:
    """The subjects of a passive harm's as-/when-/after-/because-clause:
    "1,400 have been killed as waterborne diseases proliferated", "homes
    were destroyed when the cyclone hit the coast" (branch events28)."""
    clauses = [c for c in tok.children if c.dep_ == "advcl" and any(
        m.dep_ in ("mark", "advmod") and m.lower_ in CAUSE_MARKS for m in c.children)]
    # the parser may hang the clause on "as"/"after" as a preposition's object
    clauses += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in CAUSE_MARKS
                for g in c.children if g.dep_ in ("pobj", "pcomp")]
    return [s for c in clauses for s in c.children if s.dep_ == "nsubj"]
