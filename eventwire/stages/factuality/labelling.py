"""Class *a labelling "call" is no demand* (issue #12, branch modality33).

"call" is in ``demand_verbs`` (data/cues.yaml) for its demanding senses:
"called for calm", "called on the army to withdraw", "called upon both
sides", "called the parties to return to talks". Its labelling sense names
an act and judges it; it asks for nothing, so the act it names is the
speaker's report, not a demand (docs/annotation.md, "Acts named in a
condemnation": ``reported`` with the condemner as speaker):

- "The ministry called the shelling a war crime" (object + noun complement);
- "The governor called the arrests illegal" (object + adjective complement);
- "condemned what it called an unlawful seizure of the port" (the act is
  the complement of "call" in a free relative);
- "described the raid as brutal and called it an outrage".

A "call" is demanding when it has a "for" phrase, an "on" / "upon" phrase
after it naming whom it calls on (not a time: "called the shelling a war
crime on Monday", "On Friday the union called the raid illegal" label), or a
to-infinitive complement; else, with a complement that labels (``oprd``,
an adjectival or nominal ``xcomp`` / ``ccomp``, or "as") or an object
holding two noun phrases (the act and its quoted label, as the parser
joins them), it labels. Any
other "call" ("called a strike", "called a meeting") keeps the lexicon's
reading.
"""

from __future__ import annotations

from spacy.tokens import Token

DEMAND_PREPS = frozenset({"for", "on", "upon"})
TIME_ENTS = frozenset({"DATE", "TIME"})
LABEL_DEPS = frozenset({"oprd", "xcomp", "ccomp", "attr", "acomp"})


def _calls_on(verb: Token, prep: Token) -> bool:
    """``prep`` is the demanding "for" / "on" / "upon" of ``verb``: "on" and
    "upon" only after the verb and naming a party, not a time ("on Monday")."""
    if prep.lower_ == "for":
        return True
    return prep.i > verb.i and not any(
        c.dep_ == "pobj" and c.ent_type_ in TIME_ENTS for c in prep.children)


def _demanding(verb: Token) -> bool:
    """"called for …", "called on X to …", "called the parties to return"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in DEMAND_PREPS and _calls_on(verb, c):
            return True
        if c.dep_ in ("xcomp", "ccomp") and any(a.tag_ == "TO" for a in c.children):
            return True
    return False


def labelling_call(verb: Token) -> bool:
    """``verb`` is "call" in its labelling sense ("called the raid a crime")."""
    if verb.lemma_.lower() != "call" or _demanding(verb):
        return False
    return any(c.dep_ in LABEL_DEPS or (c.dep_ == "prep" and c.lower_ == "as")
               or (c.dep_ == "dobj" and _two_noun_phrases(c)) for c in verb.children)


def _two_noun_phrases(obj: Token) -> bool:
    """The object holds the act and its label, as the parser joins a quoted
    label to it: "called the raid \"an act of piracy\"" (label in
    apposition to the act) or "called the attack \"terrorism\"" (act as a
    noun modifier of the label)."""
    return any(c.dep_ in ("appos", "nmod") and c.pos_ in ("NOUN", "PROPN")
               for c in obj.children)


def without_labelling_calls(chain: list[Token], lemmas: set[str]) -> set[str]:
    """``lemmas`` read over ``chain`` without the "call" of a labelling call
    above the trigger (the trigger itself is left to its type)."""
    if "call" in lemmas and any(labelling_call(t) for t in chain[1:]) and \
            not any(t.lemma_.lower() == "call" and not labelling_call(t) for t in chain[1:]):
        return lemmas - {"call"}
    return lemmas
