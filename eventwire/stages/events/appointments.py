"""A post offered, accepted, or a candidate approached for it (issue #12,
branch false52).

docs/annotation.md lists appointments among the acts it does not label
("claims of responsibility; appointments; elections", Batch d; "an
emergency cabinet meeting, condolences, appointments", Batch h) and decides
the real outlets' versions twice: "a president-elect offering a post (topic
34) is an appointment" and "a president-elect's approach to a
surgeon-general candidate (an appointment, rec_v) are no events". The
lexicon reads "offer" and "accept" as AGREE and "approach" as CONSULT
(CAMEO), so the real texts of four development sets (rec_q, rec_v, rec_w,
rec_z) gave false events on them. Three forms:

* **a post offered or accepted** — "offer"/"accept" with a post noun as its
  object or passive subject: "has been offered the post of ambassador",
  "offered her the job", "accepted the position";
* **an acceptance joined to such an offer** — "the governor has offered the
  portfolio and the mayor had all but accepted";
* **a person approached in a story of a post to fill** — "approach" whose
  patient is a person (a name or a pronoun), in an article where a post
  noun stands with a word of filling ("to fill the post", "under
  consideration for the position", "wants the job").

"position", "role" and "seat" are no post as an offer's object ("accepted
the EU's position", "offered a mediating role" are acts); "position" tells
a post only in the story cue.

Kept: an offer of anything else ("offered talks", "offered to mediate",
"accepted the ceasefire"), an approach to a body or a country ("rebel envoys
approached the government about a truce"), and an approach to a person in a
story with no post to fill. Word lists:
``eventwire/data/events/appointments.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR
from eventwire.stages.events.detection_words import lemma as _lemma

WORDS = DATA_DIR / "events" / "appointments.yaml"
words = word_list_loader(WORDS)
OBJECT_DEPS = ("dobj", "nsubjpass", "dative", "attr", "oprd")


def _post(tok: Token, key: str = "post_nouns") -> bool:
    """A post noun that is no name ("the Washington Post" is an outlet)."""
    return tok.ent_type_ == "" and (tok.lower_ in words()[key] or _lemma(tok) in words()[key])


def _offers_post(tok: Token) -> bool:
    return _lemma(tok) in words()["offer_verbs"] and any(
        c.dep_ in OBJECT_DEPS and _post(c) for c in tok.children)


def _accepts_offered_post(tok: Token) -> bool:
    """"accepted" with no object of its own, joined to a post's offer."""
    if _lemma(tok) != "accept" or any(c.dep_ == "dobj" for c in tok.children):
        return False
    return tok.dep_ == "conj" and _offers_post(tok.head)


def story_of_a_post(doc: Doc) -> bool:
    """A post noun with a word of filling in its sentence."""
    fill = words()["filling_words"]
    for tok in doc:
        if _post(tok, "story_nouns") and any(
                t.lower_ in fill or _lemma(t) in fill for t in tok.sent):
            return True
    return False


def _person_approached(tok: Token) -> bool:
    if _lemma(tok) not in words()["approach_verbs"]:
        return False
    patients = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
    return any(p.ent_type_ == "PERSON" or p.lower_ in words()["person_pronouns"]
               for p in patients) and story_of_a_post(tok.doc)


def is_appointment(tok: Token) -> bool:
    """Any of the three forms of the module docstring."""
    return _offers_post(tok) or _accepts_offered_post(tok) or _person_approached(tok)
