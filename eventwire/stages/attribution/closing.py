"""Class *closing cue whose subject the parser hung on the content*: in a
long report closed by its source ("Gunmen attacked a convoy …, setting fire
to 30 trucks, [transporters and local officials] said", "Fighters attacked
the town … before troops drove them out, [the town's mayor, X,] told Radio
Y") the parser reads the source as a conjunct or object of the last noun of
the content and leaves the cue without a subject; the speaker is lost and,
with it, every act of the sentence. The source is the noun phrase between
the last comma and the cue.

Guards: the cue closes its sentence (no verb after it: "…, officials said
the strike had killed …" keeps its own parse), has no subject of its own,
and the words between the comma and the cue are a noun phrase only (nouns,
names, determiners, adjectives, numbers, possessives, "and") with one head
— "…, and said" or "…, before fleeing, said" are no source.

Measured (speaker66, 41 development sets vs m117 rescored on relabel68 gold):
speaker chain +20/-0 events, modality +21/-0, date +1/-0, all own texts
(real unchanged; rec_an +0.006 speaker chain, rec_ao unchanged). Not this
class and left open: a root cue that keeps its subject but loses its
complement ("…, west of the city, residents said" with the report hung on a
comma): +3/+3 but date -1, rejected (/work/notes/speaker66_root_cue_rejected.diff).
"""

from __future__ import annotations

from spacy.tokens import Token

_NOMINAL = frozenset({"NOUN", "PROPN", "DET", "ADJ", "NUM", "CCONJ", "PART", "PRON"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj")
_MAX_WORDS = 10
_INNER_MARKS = frozenset({"-", "(", ")"})  # "al-Qaeda", "the agency (NNA)"


def closing_subject(verb: Token) -> Token | None:
    """The head of the noun phrase between the last comma and the
    subjectless cue ``verb`` that closes its sentence, None when the words
    there are not one noun phrase (see the module docstring)."""
    if verb.pos_ != "VERB" or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    doc, sent = verb.doc, verb.sent
    if any(t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1:sent.end]):
        return None
    end = verb.i - 1 if doc[verb.i - 1].text == "," else verb.i  # "…, the mayor, X, told"
    comma = end - 1
    while comma > sent.start and doc[comma].text != "," and end - comma <= _MAX_WORDS:
        comma -= 1
    if doc[comma].text != "," or comma >= end - 1:
        return None
    words = doc[comma + 1:end]
    if words[0].pos_ == "CCONJ" or any(
            t.pos_ not in _NOMINAL and t.text not in _INNER_MARKS for t in words):
        return None
    heads = [t for t in words if not comma < t.head.i < end]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN") or heads[0].head == verb:
        return None
    head = heads[0]
    if head.dep_ == "appos" and head.head.i == comma - 1 and head.head.pos_ in ("NOUN", "PROPN"):
        return head.head  # "…, [the town's mayor, X,] told": the whole apposition
    return head
