"""Where a characterisation's ACCUSE is anchored (issue #12, events48).

Class *a loaded noun label of a named object*: "X called Y 'Z'" /
"described Y as Z" / "branded Y Z", where Y (a direct object) is the act or
party labelled and Z a noun phrase ("called the detention 'an act of
piracy'", "calling the accusation 'a pretext to restart the war'",
"branded the strikers saboteurs"), is one ACCUSE whose trigger is the
characterising noun, not the verb (docs/annotation.md: "Criticism with an
adjective" — Batch m puts the trigger on a characterising *noun*; "an
adjective leaves the verb" — and the Characterisations decisions of rec_u
and rec_v). The head of a light noun is its ``of`` object ("an act of
piracy": "piracy", "a case of corruption": "corruption").

Near-misses keep the verb: an adjective label ("called the ruling
'arbitrary'"), a free relative ("rejected what it called a smear
campaign"), an object relative with no object of its own ("a move rights
groups called 'an attack on the poor'", "a trial that critics call a
purge", rec_r's decision), praise
(SUPPORT), and every use of "call" that labels nothing ("called a
meeting", "called for talks", "called on the army to withdraw"), which
:func:`eventwire.stages.events.detection.characterisation` never makes a
characterisation.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.detection import predicates
from eventwire.stages.events.detection_words import listed as _in
from eventwire.stages.events.label_speakers import SAY_LEMMAS, pointed_label_verb
from eventwire.stages.events.lexicon_candidates import Candidate

# a noun whose "of" object carries the label ("an act of aggression")
LIGHT_NOUNS = {"act", "case", "form", "kind", "instance", "example"}
LABEL_POS = {"NOUN", "PROPN"}
# the object of a relative clause ("a trial that critics call a purge", "which
# the junta calls a terrorist organisation"): rec_r's decision keeps the verb
RELATIVE_WORDS = {"that", "which", "who", "whom", "what"}


def label_trigger(verb: Token) -> Token | None:
    """The characterising noun of ``verb``'s label, when the label is a noun
    phrase set against a direct object the verb labels; else None."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs or objs[0].lower_ in RELATIVE_WORDS or \
            any(c.lower_ == "what" for c in verb.children):
        return None  # a relative: what is called lies outside the clause
    nouns = [p for p in predicates(verb) if p.pos_ in LABEL_POS and p not in objs[:1]]
    if not nouns:
        return None
    return _light_of(nouns[0])


def anchored_labels(cands: list[Candidate]) -> dict[int, Token]:
    """Verb index -> characterising noun, for each ACCUSE characterisation
    among a sentence's candidates whose label is a noun phrase."""
    found: dict[int, Token] = {}
    for cand in cands:
        if cand.nominal or cand.type != "ACCUSE" or "+characterisation" not in cand.rule:
            continue
        if (label := label_trigger(cand.token)) is not None:
            found[cand.token.i] = label
    return found


def pointed_labels(tokens: list[Token], cands: list[Candidate]) -> list[Candidate]:
    """Class *a quoted "this is X" judging an act* ("\\"This is a flagrant
    violation of our sovereignty,\\" the minister said"): the speaker labels
    what happened, an ACCUSE on the characterising noun (docs/annotation.md,
    Characterisations; its actor is the sayer, ``label_speakers``). Only a
    label that judges (a qualifying adjective or an abstract object, as
    ``label_speakers.pointed_label_verb`` reads it): "this is an invasion"
    names the act itself and keeps its type; a label naming no wrong ("a sad
    day", "a difficult question": ``judging_labels``), praise, a future or
    modal "it will be an act of war" (a threat) and an unquoted paraphrase
    are left out. A noun already a candidate
    ("an attack on democracy") becomes the ACCUSE."""
    at = {c.token.i: c for c in cands}
    for verb in tokens:
        for label in _pointed(verb):
            mode = "allege" if any(_in(t, "crime_labels") for t in label.subtree) \
                else "disapprove"
            cand = at.get(label.i)
            if cand is None:  # "an act of terrorism": the light noun (its roles) to its object
                end = _light_of(label).i + 1
                cands.append(Candidate(label, end, "ACCUSE", mode, [],
                                       "nominal+pointed-label", True))
            else:
                cand.type, cand.mode = "ACCUSE", mode
                cand.rule = f"{cand.rule}+pointed-label"
    return cands


def _pointed(verb: Token) -> list[Token]:
    """The judging nouns of the "this is X" clauses ``verb`` says."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SAY_LEMMAS:
        return []
    found = []
    for be in verb.children:
        if be.dep_ != "ccomp" or be.lemma_ != "be" or not _quoted(be) or \
                any(c.dep_ == "aux" for c in be.children):  # "it will be an act of war"
            continue
        for noun in be.children:
            if noun.pos_ == "NOUN" and pointed_label_verb(noun) == verb and _judges(noun):
                found.append(noun)
    return found


def _judges(noun: Token) -> bool:
    """The label names a wrong (``judging_labels``, ``crime_labels``), itself or
    as a light noun's object ("an act of sabotage"); praise never does."""
    if any(_in(t, "praising_words") for t in noun.subtree):
        return False
    named = _light_of(noun)
    return any(_in(t, key) for t in (noun, named) for key in ("judging_labels", "crime_labels"))


def _quoted(be: Token) -> bool:
    """The clause is a quotation: a quotation mark opens before it or closes
    right after it (an unquoted "said it was an important step" is a
    paraphrase the class does not read)."""
    doc, start, end = be.doc, be.left_edge.i, be.right_edge.i
    return (start > 0 and doc[start - 1].is_quote) or \
        any(doc[i].is_quote for i in range(end + 1, min(end + 3, len(doc))))


def _light_of(label: Token) -> Token:
    """"an act of piracy": the ``of`` object of a light noun, else the noun."""
    if label.lemma_.lower() not in LIGHT_NOUNS:
        return label
    inner = next((g for c in label.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj" and g.pos_ in LABEL_POS), None)
    return inner if inner is not None else label
