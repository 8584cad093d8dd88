"""A warning of a hazard is no threat (issue #12, branch events20).

The lexicon reads "warn" / "warning" as THREATEN, which is right when the
warner names its own act or what the other party will suffer ("warned that
it would strike", "warns of consequences"). Three forms of the word name no
act between parties (docs/annotation.md) and were predicted on rec_a..rec_p
in health, weather and conflict news, real and own, with no gold event:

* **without warning** — the noun as the object of "without" ("ordered
  troops to open fire without warning", "opened the dam gates without
  adequate warning"): the manner of another act;
* **a forecaster warns** — the subject is a forecaster, an expert or a
  scientist ("forecasters warned of flooding", "experts warned the swarms
  could multiply"), unless the warned clause promises its own act
  ("junior doctors warned they would strike");
* **a hazard warned of** — what is warned of, or the subject of the warned
  clause, is a disease, a storm, a crisis or a shortage ("MSF warned of a
  humanitarian crisis", "the UN has warned that the disease cannot be
  contained", "aid groups warned that the city's hospitals were
  overwhelmed"); a frame noun is read through ("a threat of measles
  outbreaks"), and so is the frame noun itself ("a growing threat of
  cholera"). A war, a coup, a response or consequences stay, and so does
  a warned clause whose own verb is a passive of harm done by someone
  ("warned that hospitals sheltering fighters would be struck", fixes21).

Word lists: ``eventwire/data/events/hazard_warnings.yaml`` and the natural
hazards shared with ``nonevents.py``, ``eventwire/data/events/natural_hazards.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.datafiles import natural_hazards, word_lists
from eventwire.paths import DATA_DIR
from eventwire.stages.events.mention_lookup import prep_objects

OF_ABOUT = frozenset({"of", "about"})
WORDS = DATA_DIR / "events" / "hazard_warnings.yaml"
CONTENT_DEPS = frozenset({"ccomp", "xcomp"})


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """The word classes; ``hazard_nouns`` adds the natural hazards shared
    with the natural-cause rule (one list, natural_hazards.yaml)."""
    found = word_lists(WORDS)
    found["hazard_nouns"] |= natural_hazards()
    return found


def _in(tok: Token, key: str) -> bool:
    found = words()[key]
    return tok.lower_ in found or tok.lemma_.lower() in found


def _hazard(noun: Token) -> bool:
    """A hazard noun, or a frame noun whose "of" object is one."""
    if _in(noun, "hazard_nouns"):
        return True
    return _in(noun, "frame_nouns") and any(_hazard(g) for g in prep_objects(noun, OF_ABOUT))


def without_warning(tok: Token) -> bool:
    """"Without (adequate) warning": the noun under "without"."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in words()[
        "without_words"]


OWN_SUBJECTS = frozenset({"we", "they"})
OWN_MODALS = frozenset({"will", "would", "shall", "'ll"})


def _own_act(tok: Token) -> bool:
    """The warned clause promises the warner's own act: "(doctors) warned
    that they would strike", "we will occupy the institute"."""
    return any(c.dep_ in CONTENT_DEPS
               and any(s.dep_ == "nsubj" and s.lower_ in OWN_SUBJECTS for s in c.children)
               and any(a.dep_ == "aux" and a.lower_ in OWN_MODALS for a in c.children)
               for c in tok.children)


def forecaster_warns(tok: Token) -> bool:
    """The subject of "warn" is a forecaster or an expert, and the warned
    clause is not its own act ("junior doctors warned they would strike")."""
    return any(c.dep_ == "nsubj" and _in(c, "forecaster_nouns")
               for c in tok.children) and not _own_act(tok)


def hazard_warned_of(tok: Token) -> bool:
    """"Warned of a crisis", "warned that the disease cannot be contained"."""
    if any(_hazard(g) for g in prep_objects(tok, OF_ABOUT)):
        return True
    return any(s.dep_ in ("nsubj", "nsubjpass") and _hazard(s)
               for c in tok.children if c.dep_ in CONTENT_DEPS and not _harm_done(c)
               for s in c.children)


def _harm_done(verb: Token) -> bool:
    """The warned clause is a passive verb of harm done by someone ("hospitals
    would be struck", "the convoys will be targeted"): its subject is the
    target of a threatened act, not a hazard, whatever the noun -- unless
    the by-agent is itself a hazard ("would be hit by the floods")."""
    return _in(verb, "harm_done_verbs") and any(
        c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) and not any(
        _hazard(g) for a in verb.children if a.dep_ == "agent"
        for g in a.children if g.dep_ == "pobj")  # "would be hit by the floods"


def framed_hazard(tok: Token) -> bool:
    """"A growing threat of cholera", "the danger of floods": the frame noun
    of a hazard is no threat either (read after the warning verb is gone)."""
    return tok.pos_ == "NOUN" and _in(tok, "frame_nouns") and _hazard(tok)


def is_hazard_warning(tok: Token) -> bool:
    """Any of the classes above, on the word "warn" / "warning" or a frame noun."""
    if tok.lower_ not in words()["warn_words"]:
        return framed_hazard(tok)
    if tok.pos_ == "NOUN":
        return without_warning(tok)
    return tok.pos_ == "VERB" and (forecaster_warns(tok) or hazard_warned_of(tok))
