"""A release of what is no captive is no RETREAT (branch real67).

The lexicon types "release" (verb and noun) RETREAT: a side that holds
people, vessels or goods lets them go ("the rebels released two hostages",
"the prisoner was released on bail", "the U.N. released $5 million" — a sum
let go stays, the records label it). Police, court, health and business copy
uses the same word for making something public or letting something out,
where nobody held is let go (docs/annotation.md: RETREAT is a release of
people or of what was seized). Two senses, word lists in
``eventwire/data/events/published_releases.yaml``:

* **a publication** — what is released is a text, a picture, a record or
  a figure: its object, its passive subject, the noun a participle or a
  relative clause hangs on, or the "of" object or possessor of the noun:
  "the coroner released the autopsy findings", "a statement released on
  Monday", "Video Of Arrest Released By Police" (a Title Case headline), "the
  release of the audit report"; and the noun "release" that is itself such a
  text: "a news release", "the district attorney's release said",
  "according to the agency's release", "police said in a release";
* **an emission** — a gas, smoke, sewage or chemicals let out: "the plant
  released chlorine into the river", "fumes released by the fire".

A person, a vessel, a sum or anything not listed keeps the RETREAT: "the
rebels released the pilot", "the court released the documents' author",
"the junta released the report's authors" (the object is the people).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR
from eventwire.stages.events.detection_words import lemma as _lemma
from eventwire.stages.events.mention_lookup import prep_objects

WORDS = DATA_DIR / "events" / "published_releases.yaml"
THEME_DEPS = frozenset({"dobj", "nsubjpass"})
HUNG_DEPS = frozenset({"acl", "relcl"})
RELATIVES = frozenset({"which", "that"})
OF = frozenset({"of"})

words = word_list_loader(WORDS)


def _not_held(noun: Token) -> bool:
    """A thing published or emitted, by its word."""
    lists = words()
    things = lists["published_things"] | lists["emitted_things"]
    return noun.lower_ in things or _lemma(noun) in things


def _verb_themes(tok: Token) -> list[Token]:
    """What the verb releases: its object or passive subject; with neither,
    the noun its participle or relative clause hangs on ("a statement
    released on Monday"), or, in a headline read as active, its subject."""
    themes = [c for c in tok.children if c.dep_ in THEME_DEPS]
    if any(t.lower_ in RELATIVES for t in themes) or (not themes and tok.dep_ in HUNG_DEPS):
        return [tok.head]
    if not themes:
        return [c for c in tok.children if c.dep_ == "nsubj"]
    return themes


def _noun_is_text(tok: Token) -> bool:
    """"a news release", "the release said", "according to the release",
    "said in a release": the noun names a text."""
    lists = words()
    if any(c.dep_ == "compound" and c.lower_ in lists["release_kinds"] for c in tok.children):
        return True
    if tok.dep_ == "nsubj":
        return _lemma(tok.head) in lists["release_speech_verbs"]
    prep = tok.head
    return tok.dep_ == "pobj" and (
        (prep.lower_ == "to" and prep.head.lower_ == "according")
        or (prep.lower_ == "in" and _lemma(prep.head) in lists["release_speech_verbs"]))


def is_published_release(tok: Token) -> bool:
    """"release" whose theme is published or emitted (module docstring)."""
    if _lemma(tok) != "release":
        return False
    if tok.pos_ == "VERB":
        themes = _verb_themes(tok)
    elif tok.pos_ in ("NOUN", "PROPN"):
        if _noun_is_text(tok):
            return True
        themes = prep_objects(tok, OF) + [c for c in tok.children if c.dep_ == "poss"]
    else:
        return False
    return bool(themes) and all(_not_held(t) for t in themes)
