"""A condition word that is a verb of its own (issue #12, branch events28).

"provided", "providing", "assuming" and "supposing" open a condition
("will disarm provided the army withdraws first", "the truce holds
providing both sides respect it") and are no trigger; the trigger finder
skipped every one of them, so aid actually given in agency and Wikinews
copy was lost (AID, found among the real outlets' missed events):

* "the agency has already provided 20,000 water filters to the camps";
* "the charity said it is now providing villagers with seeds and tools";
* "the Commission was providing 9 million euros to help the country";
* "tents were provided to the families by the army".

The word is a verb of its own when it has its own subject or an
auxiliary ("has provided", "is providing", "were provided") and no clause
for its object; the conjunction is followed by "that" or by the condition's
clause, which the parser may hang on the word as its object ("that" as a
determiner opens no clause: "Japan has provided that sum to the victims",
review40).
"""

from __future__ import annotations

from spacy.tokens import Token

SUBJECTS = {"nsubj", "nsubjpass"}
AUXILIARIES = {"aux", "auxpass"}
CLAUSE_OBJECTS = {"dobj", "ccomp", "advcl", "pcomp"}
AUX_WORDS = {"be", "have", "will", "would", "shall", "should", "can", "could", "may", "might",
             "must", "do"}


def finite_verb(tok: Token) -> bool:
    """``tok`` has its own subject or an auxiliary ("has", "is", "will") and
    no clause as its object (the parser's reading of "disarm provided the
    army withdraws": the condition's clause hung on the word)."""
    if tok.pos_ != "VERB" or _opens_clause(tok):
        return False
    return any(c.dep_ in SUBJECTS or c.dep_ in AUXILIARIES and c.lemma_.lower() in AUX_WORDS
               for c in tok.children)


def _opens_clause(tok: Token) -> bool:
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ == "that" and nxt.dep_ != "det":
        return True  # "provided that the army withdraws"; not "provided that sum"
    return any(c.dep_ in CLAUSE_OBJECTS and c.pos_ in ("VERB", "AUX") for c in tok.children)
