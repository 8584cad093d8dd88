"""Public-health measures in epidemic news (issue #12, branch wiki15).

Wikinews outbreak stories (GeoVirus) were eventwire's weakest texts: the
measures a government lays on people, places and gatherings were missed,
and acts on a germ were taken for political acts. docs/annotation.md
("Outbreak restrictions", "Health stories", "Not labelled") says how they
are labelled. Every class applies only in an **outbreak story** (an article
naming an outbreak, a disease or a quarantine), so that news of other kinds
keeps the lexicon's reading. Word lists: ``eventwire/data/events/health.yaml``;
its ``measure_verbs`` is also the source of ``intent.MEASURE_VERBS`` (an
announced measure is the measure, in any story: lists19).

* **measure verbs** (COERCE ``restrict``) — a place, a gathering or an
  activity quarantined, closed, cancelled, suspended or restricted: "the
  village has been quarantined", "the ministry closed all markets",
  "racing was cancelled", "travel to the province has been restricted";
  a company closing its own plant is no measure (no listed patient);
* **measure nouns** (COERCE ``restrict``) — the measure named by its noun
  with a verb that lays it and is no trigger of its own: "restrictions
  were placed on horses", "earlier restrictions placed on horses", "a
  quarantine was put in place"; "horses in quarantine", "a quarantine
  station" stay no events;
* **acts on a germ** (no event) — a force or inquiry verb whose patient is
  a germ, a sample or a disease: "the WHO have now arrested cholera",
  "to contain the outbreak", "examined the substance";
* **screening** (no event) — an inquiry verb whose patient is the animals
  or people screened (docs/annotation.md: monitoring is no event):
  "checking all horses", "monitoring 300 contacts", "tested the flocks";
* **aid given** (AID, any story: relief is given in floods and wars too) —
  an aid noun as the object of a giving verb is the event and the verb gives
  no event of its own (docs/annotation.md "Triggers": with a light verb the
  noun is the trigger): "agencies providing aid to the country", "provide
  medical assistance to the needy", "gave emergency relief to the camps";
  a verb that moves the goods ("delivered food aid") stays the event.

The look-alikes of a deliberate act stay no events because no class names
them: a disease spreading, cases rising, patients dying.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from eventwire.datafiles import word_list_loader
from eventwire.nlp.arrays import column
from eventwire.paths import DATA_DIR

WORDS = DATA_DIR / "events" / "health.yaml"
KEYS = ("outbreak_words", "disease_words", "measure_verbs", "open_measure_verbs",
        "measure_patients", "measure_nouns", "imposing_verbs", "inquiry_verbs",
        "screened_patients", "aid_nouns", "giving_verbs",
        "stopping_verbs")
CONTEXT_KEY = "eventwire.outbreak_story"
RESTRICT = ("COERCE", "restrict")


words = word_list_loader(WORDS, KEYS)


@lru_cache(maxsize=1)
def trigger_lemmas() -> frozenset[str]:
    """Every lemma a class here can start from: the cheap test first."""
    w = words()
    return w["measure_verbs"] | w["measure_nouns"] | w["inquiry_verbs"] | w["imposing_verbs"] \
        | w["aid_nouns"] | w["giving_verbs"]


def outbreak_story(doc: Doc) -> bool:
    """Does the article name an outbreak, a disease or a quarantine? Read
    once per doc (kept in ``doc.user_data``) and only when a token of a
    class here is met."""
    found = doc.user_data.get(CONTEXT_KEY)
    if found is None:  # the shared LOWER column: no Token objects (wiki15, speed38)
        found = bool(len(doc)) and not _outbreak_ids().isdisjoint(column(doc, LOWER))
        doc.user_data[CONTEXT_KEY] = found
    return bool(found)


@lru_cache(maxsize=1)
def _outbreak_ids() -> frozenset[int]:
    return frozenset(get_string_id(w) for w in words()["outbreak_words"])


def _patient(tok: Token) -> Token | None:
    """The object, else the passive subject ("the farm was isolated"), else
    for a passive infinitive the subject of its governor ("twenty pupils had
    to be quarantined", branch events28)."""
    for dep in ("dobj", "nsubjpass"):
        found = next((c for c in tok.children if c.dep_ == dep), None)
        if found is not None:
            return found
    if tok.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in tok.children):
        return next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _keys(tok: Token) -> set[str]:
    """A noun's form and lemma, and its modifiers' ("racing carnival")."""
    keys = {tok.lower_, tok.lemma_.lower()}
    keys |= {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod")}
    return keys


def _is_germ(tok: Token | None) -> bool:
    """The noun itself, not a modifier: "the anthrax attacks" are no germ."""
    return tok is not None and bool({tok.lower_, tok.lemma_.lower()} & words()["disease_words"])


def measure_verb(tok: Token) -> tuple[str, str] | None:
    """A measure verb laid on a place, gathering or activity: (type, mode)."""
    lemma = tok.lemma_.lower()
    w = words()
    if tok.pos_ != "VERB" or lemma not in w["measure_verbs"] or tok.dep_ == "amod":
        return None
    target = _patient(tok)
    if target is None or _is_germ(target):
        return None
    if lemma in w["open_measure_verbs"] or _keys(target) & w["measure_patients"]:
        return RESTRICT
    return None


def measure_noun(tok: Token) -> tuple[str, str] | None:
    """A measure noun laid by an imposing verb: (type, mode)."""
    if tok.lemma_.lower() not in words()["measure_nouns"] and \
            tok.lower_ not in words()["measure_nouns"]:
        return None
    imposing = words()["imposing_verbs"]
    head = tok.head
    if tok.dep_ in ("nsubjpass", "dobj") and head.lemma_.lower() in imposing:
        return RESTRICT
    if tok.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() in imposing:
        return RESTRICT  # "were placed under quarantine" (branch events28)
    if any(c.dep_ == "acl" and c.lemma_.lower() in imposing for c in tok.children):
        return RESTRICT
    return None


def no_health_event(tok: Token) -> bool:
    """An act on a germ or a screening: no event."""
    if tok.pos_ != "VERB":
        return False
    target = _patient(tok)
    if target is None:
        return False
    if _is_germ(target):
        return True
    return tok.lemma_.lower() in words()["inquiry_verbs"] and \
        bool(_keys(target) & words()["screened_patients"])


def health_reading(tok: Token, lemma: str, pos: str) -> tuple[str, str | None] | bool | None:
    """The class reading of ``tok`` (its lower-case ``lemma`` and ``pos``,
    read once by the caller): (type, mode) for a measure or aid given,
    ``False`` for no event, ``None`` when no class applies (the lexicon
    decides)."""
    if pos != "VERB" and pos != "NOUN":
        return None
    listed = lemma in trigger_lemmas()
    if listed and (given := aid_given(tok)) is not None:
        return given
    if not (listed or pos == "VERB") or not outbreak_story(tok.doc):
        return None
    if not listed and not _germ_object(tok):
        return None
    found = measure_verb(tok) if pos == "VERB" else measure_noun(tok)
    if found is not None:
        return found
    return False if no_health_event(tok) else None


def _germ_object(tok: Token) -> bool:
    """Cheap test before the story test: a verb with a germ as its object."""
    return tok.pos_ == "VERB" and any(c.dep_ in ("dobj", "nsubjpass") and
                                      c.lemma_.lower() in words()["disease_words"]
                                      for c in tok.children)


def _given_aid(verb: Token) -> Token | None:
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in words()["aid_nouns"]:
        return None
    return obj


def aid_given(tok: Token) -> tuple[str, None] | bool | None:
    """("AID", None) on an aid noun a giving verb gives, ``False`` on that
    verb (the noun is the event), else None."""
    w = words()
    if tok.pos_ == "VERB":
        if tok.lemma_.lower() in w["giving_verbs"] and _given_aid(tok) is not None:
            return False
        return None
    if tok.lemma_.lower() in w["aid_nouns"] and tok.dep_ == "dobj" and \
            tok.head.lemma_.lower() in w["giving_verbs"] and not _stopped(tok.head):
        return "AID", None
    return None


def _stopped(verb: Token) -> bool:
    """"may stop giving aid": the giving is what is stopped."""
    return verb.dep_ in ("xcomp", "pcomp") and verb.head.lemma_.lower() in words()["stopping_verbs"]
