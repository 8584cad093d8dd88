"""Class *looking into a possible wrong*: ACCUSE ``investigate`` (branch
events54, issue #12; docs/annotation.md relabel62 (e)).

The lexicon has "investigate", "probe" and "examine" but not the phrasal
verb "look into", which the guide names among the investigation words:
"the navy said it was looking into the footage of the sinking", "police
are looking into claims that guards were bribed", "the board is looking
into whether the permits were forged", "we have looked into that". The
verb counts only with "into" and a matter someone may be blamed for -- a
report, a claim, an allegation, an incident, a death, a case, a
"whether" clause or a pronoun for a matter told before; "looked into her
eyes", "looking into the camera", "looking into options for a new
stadium" are no inquiry, nor is a scientist's inquiry ("virologists are
looking into it": relabel62 (e)(2), a scientific or medical inquiry).
Whether the inquiry is only demanded ("urged the police to look into it")
is decided by the stage's content rules, as for "investigate".
"""

from __future__ import annotations

from spacy.tokens import Token

LOOK = "look"
INTO = "into"
# what an inquiry looks into: a matter someone may be blamed for
MATTERS = frozenset({
    "report", "reports", "claim", "claims", "allegation", "allegations", "accusation",
    "accusations", "complaint", "complaints", "incident", "incidents", "case", "cases",
    "matter", "death", "deaths", "killing", "killings", "shooting", "attack", "crash",
    "fire", "cause", "causes", "circumstances", "footage", "video", "whether", "this",
    "that", "it", "irregularities", "abuse", "abuses", "misconduct", "leak", "breach"})


QUESTION_WORDS = frozenset({"whether", "how", "why", "what", "who", "if"})
# doers of a scientific or medical inquiry (relabel62 (e)(2))
SCIENTISTS = frozenset({"scientist", "scientists", "researcher", "researchers", "virologist",
                        "virologists", "epidemiologist", "epidemiologists", "doctor",
                        "doctors", "experts", "veterinarians", "vets"})


def looks_into(tok: Token) -> bool:
    """The verb "look" with "into" and a matter of the list (module docstring)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != LOOK:
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and (subj.lower_ in SCIENTISTS or subj.tag_ == "PRP" and any(
            t.lower_ in SCIENTISTS for t in tok.sent)):  # "... virologists, and they're looking"
        return False
    intos = [c for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ == INTO]
    return any(g.lower_ in MATTERS or g.dep_ == "pcomp" and _asks_a_question(g)
               for c in intos for g in c.children if g.dep_ in ("pobj", "pcomp"))


def _asks_a_question(clause: Token) -> bool:
    """"into *whether* guards were bribed", "into *how* the fire started";
    not a gerund ("looked into buying a house")."""
    return any(c.lower_ in QUESTION_WORDS for c in clause.children)
