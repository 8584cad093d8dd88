"""An apology told by its noun as the act itself (issue #12, branch real66;
docs/annotation.md "What is an event": apologising is a PLOVER act, CONCEDE).

Class *a particular apology named by "apology"* (and, :func:`said_sorry`,
an apology told by "sorry"):

* **given by a verb of giving or making** -- "apology" as the object of
  offer, make, issue, extend, tender, give, send, deliver, publish, post or
  write ("the governor offered an apology to the pastor", "the club issued
  an apology on Sunday", "he made a public apology"). The guide labels the
  apology CONCEDE on the noun, not the verb ("offered" is no offer of a
  future act: the records label "offered an apology" on "apology", none on
  "offered"), so the verb's own event is dropped (:func:`drop_given_apologies`);
* **a written apology** -- "apology" in a document's compound or after its
  "of" ("an apology letter to the mother", "a letter of apology",
  "the so-called apology note"): the apology sent in writing.

The lexicon lists "apology" (CONCEDE), but the learned filter, fitted with
no such noun in the sets it learned from, dropped every one of the five in
the development records (m116: all real texts, two ECB+ topics: a
governor's apology to a pastor, a defendant's letter to a victim's
mother), and "offered" was kept as an AGREE in their place. The class is
kept past the filter (``eventness.CLASS_KEPT``, ``+apology``).

Measured on the 40 development sets (real66_r2 vs real66_r1, the noun
class; r3 vs r2, "sorry"): the noun class +5 real gold events (rec_aa,
rec_ag, rec_ah: two ECB+ topics), two real false "offered" gone, no field
lost; "sorry" +4 real gold (rec_n, rec_v, rec_y: two topics) and +2 real
false events (rec_m-07's "I am sorry." and rec_ag-11's quoted letter "I
am so sorry that ...", both unlabelled where other copies of the same
stories label them); own texts unchanged (no apology noun, no "sorry").

Not: an apology asked for or refused ("demanded an apology", "refused to
offer an apology", "no apology was offered": a REQUEST or REJECT of its
own, or none), a generic one ("an apology is not enough", "apology tours"),
an apology accepted or received ("accepted the apology": the receiver's
act told on its own verb). Apologies by a verb ("apologised for the raid")
are the lexicon's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import EventMention
from eventwire.stages.events.detection_words import lemma as _lemma

RULE = "nominal+apology"
APOLOGY_FORMS = frozenset({"apology", "apologies"})
# verbs whose object is the apology given ("offered an apology")
GIVING_VERBS = frozenset({"offer", "make", "issue", "extend", "tender", "give", "send",
                          "deliver", "publish", "post", "write"})
# documents an apology is written in ("an apology letter", "a letter of apology")
DOCUMENTS = frozenset({"letter", "note", "statement", "message", "email", "card"})
NEGATORS = frozenset({"no", "not", "never", "without"})


def _negated(verb: Token) -> bool:
    """"did not offer an apology", "refused to issue an apology"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and _lemma(verb.head) in ("refuse", "decline", "fail")


def _given(tok: Token) -> bool:
    head = tok.head
    if tok.dep_ not in ("dobj", "nsubjpass") or _lemma(head) not in GIVING_VERBS:
        return False
    if any(c.lower_ in NEGATORS for c in tok.children):  # "offered no apology"
        return False
    return not _negated(head)


def _written(tok: Token) -> bool:
    head = tok.head
    if tok.dep_ == "compound":  # "an apology letter"
        return head.lower_.rstrip("s") in DOCUMENTS
    if tok.dep_ == "pobj" and head.lower_ == "of":  # "a letter of apology"
        return head.head.lower_.rstrip("s") in DOCUMENTS
    return False


def apology_noun(tok: Token) -> bool:
    """True when ``tok`` is the module docstring's class."""
    if tok.lower_ not in APOLOGY_FORMS or tok.pos_ != "NOUN":
        return False
    return _given(tok) or _written(tok)


SORRY_RULE = "adjective+apology"
PERSONAL = frozenset({"i", "we", "he", "she", "they"})


def said_sorry(tok: Token) -> bool:
    """Class *an apology told by "sorry"* (real66; docs/annotation.md: the
    defendant's "I am sorry" in court is CONCEDE, Palin "told an assistant
    pastor she was sorry" is CONCEDE): "sorry" as the predicate of "be"
    whose subject is a personal pronoun or a person's name ("I am sorry",
    "he said he was sorry for the crash", "Okafor is sorry"). Not "feel
    sorry for" (pity: no "be"), "sorry to hear" / "sorry to say" (a
    formula: an infinitive), "a sorry state" (an attribute), nor a thing as
    the subject ("the report was sorry reading")."""
    if tok.lower_ != "sorry" or tok.dep_ != "acomp" or tok.head.lemma_.lower() != "be":
        return False
    if any(c.dep_ == "xcomp" or c.tag_ == "TO" for c in tok.children):
        return False
    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lower_ in PERSONAL or subj.ent_type_ == "PERSON")


def drop_given_apologies(doc: Doc, events: list[EventMention]) -> list[EventMention]:
    """The events without the verb of giving whose object is a kept apology
    ("offered an apology": one act, CONCEDE on "apology")."""
    givers: set[int] = set()
    for event in events:
        if not any(r.startswith(RULE) for r in event.rules):
            continue
        span = doc.char_span(event.trigger.start, event.trigger.end)
        if span is not None and len(span) == 1 and _given(span[0]):
            givers.add(span[0].head.idx)
    return [e for e in events if e.trigger.start not in givers]
