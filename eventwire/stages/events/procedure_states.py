"""A court or police act told again by the state it left (issue #12, branch events51).

docs/annotation.md "Court and police procedure words" (relabel50) labels two
such states as the act told again, and no rule read either (the census of
m69's real-text misses, docs/BENCHMARKS.md "events51": the court and police
procedure words are the largest real-text class that holds in many sets and
stories; these two are the sub-classes the gold labels every time):

* **a sentence being served** (decision 1) is SANCTION ``convict``, on the
  sentence noun ("was serving a life sentence", "served a 4 1/2-month
  prison term"), on "served" when no noun names it ("served 18 months in
  prison", "is serving life in prison"), no actor, the prisoner as
  recipient -- 23 missed gold events in 13 sets and 7 stories (two escaped
  convicts, a mobster, a Watergate aide, a jailed journalist, a father
  jailed for abuse, an actress's rehab term). Read only when what is served
  is a prison's: a sentence noun as the object ("serving three life
  sentences", "served 9 months of a 2-1/2 year sentence"); a term or time
  placed in a prison, or a "prison / jail" term; a length or "life" placed
  in a prison or behind bars. Not an office or a duty ("presidents may
  serve two terms", "served four years as governor", "served two years in
  the army"), food or papers ("served dinner", "served a warrant"): "serve"
  stays a non-event word of the lexicon everywhere else.
* **a person in custody** (decision 2) is COERCE ``arrest`` on "custody"
  when custody is its clause's own predicate: "is in police custody",
  "will remain in custody", "are not in state custody", "police have a
  suspect in custody" -- 8 gold events in 8 sets and 5 stories no rule
  found. Not under an order ("ordered to remain in custody", "ordered that
  he remain in custody": the order is the labelled act), not custody as
  the setting of another act ("died in custody", "beaten in custody"),
  not a noun's modifier ("the pirates in the navy's custody"), nor a thing
  ("the documents are in police custody").

* **booked into a jail** (decision 3, branch missed57) is COERCE ``arrest``
  when it is the sentence's only arrest word: "was booked into county jail
  and later released on bail", "who was booked on suspicion of assault",
  "was booked and released" -- 7 gold events in 6 sets and 2 real stories of
  m88g's misses, labelled every time no arrest verb stands beside it
  ("arrested him and booked him" is one event, on "arrested": 3 of 3 not
  labelled). The one booked is a person (object or passive subject, or the
  noun a "who" clause hangs on) and the sentence names a jail, a charge, a
  suspicion, bail or a release. Not a room, a flight, a table or a
  performer ("the hotel was fully booked", "booked a flight", "the band was
  booked for the festival": no jail word).

Word lists: ``eventwire/data/events/detection.yaml`` (``served_terms``,
``served_lengths``, ``served_places``, ``custody_nouns``, ``booking_context``,
``booking_arrests``).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.custody_holds import is_person
from eventwire.stages.events.detection_words import lemma as _lemma
from eventwire.stages.events.detection_words import listed as _in
from eventwire.stages.events.detection_words import words
from eventwire.stages.events.mention_lookup import prep_objects


def sentence_served(tok: Token) -> int | None:
    """The trigger's end for "serve" whose object is a prison sentence: the
    sentence noun's index + 1 when a noun names the sentence (the records put
    the trigger there), else the verb's own end; None when no sentence is
    served."""
    if tok.pos_ != "VERB" or _lemma(tok) != "serve":
        return None
    # "served 30 months in a penitentiary": the parser may hang the length as npadvmod
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "npadvmod")), None)
    if obj is None:
        return None
    noun = _sentence_noun(obj)
    if noun is not None:
        return max(noun.i, tok.i) + 1
    placed = _in_prison(tok) or _in_prison(obj)
    if _in(obj, "served_terms") and (placed or _prison_modified(obj)):
        return obj.i + 1
    if placed and _in(obj, "served_lengths"):
        return tok.i + 1
    return None


def _sentence_noun(obj: Token) -> Token | None:
    """The sentence noun the object is or holds ("a life sentence", "9 months
    of a 2-1/2 year sentence")."""
    if _in(obj, "sentence_nouns"):
        return obj
    return next((g for g in prep_objects(obj, OF) if _in(g, "sentence_nouns")), None)


def _prison_modified(term: Token) -> bool:
    """"a prison term", "a four-year jail term"."""
    return any(c.dep_ in ("compound", "amod", "nmod") and _in(c, "served_places")
               for c in term.children)


def _in_prison(tok: Token) -> bool:
    """An "in / behind / at" phrase naming a place of confinement ("in federal
    prison", "behind bars")."""
    return any(_in(g, "served_places") for g in prep_objects(tok, CONFINING_PREPS))



CUSTODY_PREDICATES = {"be", "remain", "stay"}
OF = frozenset({"of"})
# the prepositions of a place of confinement: "in federal prison", "behind bars"
CONFINING_PREPS = frozenset({"in", "behind", "at"})
HOLDING_VERBS = {"have", "keep"}
ORDERS = {"order", "rule", "want", "direct", "remand", "ask", "require"}


def custody_predicate(tok: Token) -> bool:
    """"is in police custody", "will remain in custody", "police have a
    suspect in custody": "custody" as the object of an "in" that is the
    clause's predicate, held by someone who is no thing and no child in a
    family's custody."""
    if tok.pos_ != "NOUN" or not _in(tok, "custody_nouns") or tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ != "in" or prep.dep_ != "prep" or _family_custody(tok):
        return False
    host = prep.head
    if host.pos_ in ("NOUN", "PROPN", "PRON") and host.dep_ == "dobj" and \
            _lemma(host.head) in HOLDING_VERBS:  # "have a suspect in custody"
        return _held_one(host) and not _ordered(host.head)
    if host.pos_ not in ("VERB", "AUX") or _lemma(host) not in CUSTODY_PREDICATES:
        return False
    subject = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and _held_one(subject) and not _ordered(host)


def _held_one(tok: Token) -> bool:
    """Someone who can be held: a person (``custody_holds.is_person``) or any
    other noun or pronoun that is no thing ("the driver", "both deputies";
    not "the documents", "the weapon", "it")."""
    if is_person(tok):
        return True
    return tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.lower_ != "it" and \
        not _in(tok, "custody_things")


def _family_custody(tok: Token) -> bool:
    """A child's custody in a family ("custody of their children", "in his
    grandmother's custody", "joint custody"): no arrest."""
    return any(c.dep_ == "prep" and c.lower_ == "of" or
               c.dep_ in ("poss", "compound", "amod") and _in(c, "family_custody_words")
               for c in tok.children)


def _ordered(verb: Token) -> bool:
    """The predicate is what an order or a ruling asks for ("ordered to remain
    in custody", "ordered that he remain in custody")."""
    return verb.dep_ in ("xcomp", "ccomp") and _lemma(verb.head) in ORDERS


def booked_into_jail(tok: Token) -> bool:
    """Decision 3 of the module docstring: a person "booked" by the police,
    in a sentence that names a jail, a charge or a release and holds no
    other arrest word."""
    if tok.pos_ != "VERB" or _lemma(tok) != "book":
        return False
    booked = next((c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")), None)
    if booked is not None and booked.lower_ in ("who", "that") and tok.dep_ == "relcl":
        booked = tok.head  # "Okoro, who was booked on suspicion of theft"
    if booked is None or not is_person(booked):
        return False
    arrests = words()["booking_arrests"]
    if any(_lemma(t) in arrests or t.lower_ in arrests for t in tok.sent if t.i != tok.i):
        return False  # "arrested him and booked him": one event, on "arrested"
    return any(_in(t, "booking_context") for t in tok.sent)
