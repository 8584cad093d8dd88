"""Working with a partner institution (issue #12, branch events28).

"work with" has no CAMEO verb entry, yet in agency and Wikinews copy it is
how officials' cooperation is told (COOPERATE), found among the missed
events of the real outlets' outbreak and disaster stories:

* "the health ministry is working with the World Bank to buy vaccines";
* "police said they were working closely with Interpol to trace them";
* "charities working with the European Union to run the seed scheme";
* "the president said he would collaborate with parliament on the budget".

The partner is the with-phrase; it must be an institution (a named
organisation, country or group, or an institution noun of
``eventwire/data/events/collaboration.yaml``), not the subject's own unit
("a deputy working with an anti-gang unit") or those the work serves
("those working with the horses", "work with the patients", "working with
farmers in Kenya": the place is the farmers', not a partner).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR

WORDS = DATA_DIR / "events" / "collaboration.yaml"
PARTNER_ENTS = {"ORG", "GPE", "NORP"}
CORE_DEPS = {"compound", "appos", "conj", "nmod"}


words = word_list_loader(WORDS)


def works_with(verb: Token) -> bool:
    """A work verb whose with-phrase (directly, or after "together" /
    "closely") names a partner institution."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words()["work_verbs"]:
        return False
    return any(_partner(obj) for obj in _with_objects(verb))


def _with_objects(verb: Token) -> list[Token]:
    """The with-phrase's nouns; when the parser reads "with officials ... to
    improve" as a with-clause, the clause's subject."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "advmod"]
    found = [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
             for g in p.children if g.dep_ == "pobj"]
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if any(m.dep_ == "mark" and m.lower_ == "with" for m in clause.children):
            found += [s for s in clause.children if s.dep_ == "nsubj"]
    return found


def _partner(obj: Token) -> bool:
    """The with-phrase's head or its name parts are an institution; a place
    or group in an adjunct ("farmers in Kenya", "refugees from Syria") does
    not make its head one (review40)."""
    w = words()
    if obj.lemma_.lower() in w["not_partners"] or obj.lower_ in w["not_partners"]:
        return False
    return any(t.ent_type_ in PARTNER_ENTS or t.lower_ in w["institution_nouns"]
               for t in _core(obj))


def _core(tok: Token) -> list[Token]:
    """The head with its compounds, appositions and conjuncts ("the World
    Bank", "the police and the army"), not its adjuncts."""
    found = [tok]
    for child in tok.children:
        if child.dep_ in CORE_DEPS:
            found += _core(child)
    return found
