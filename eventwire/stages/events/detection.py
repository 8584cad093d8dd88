"""Constructions the trigger lexicon misses (issue #12, branch ``events3``).

Found by listing the false negatives of the pooled gold records by class; each
function names its class, word lists are in
``eventwire/data/events/detection.yaml``:

* **characterisations** — a speaker calls an act or an actor something:
  "called the junta illegitimate", "in what the president called an
  attempted coup", "described the raid as an act of war" (ACCUSE; praise such
  as "called the accord historic" is SUPPORT; a crime as the label, "called
  it a coup", is ACCUSE ``allege``, other labels ``disapprove``);
* **declaring an exceptional state** — "declared a state of emergency",
  "proclaimed a state of siege", "imposed a lockdown" (COERCE);
* **sending people or goods** — "sent two planes of relief supplies"
  (AID), "would send 1,000 more police" (MOBILIZE), "will send a delegation"
  (CONSULT);
* **announced retaliation** — "we will respond firmly", "would hit back"
  (THREATEN);
* **held in custody** — "has been held since Saturday", "was being held at
  his residence" (COERCE).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import yaml
from spacy.tokens import Token

from eventwire.paths import DATA_DIR

WORDS = DATA_DIR / "events" / "detection.yaml"
LIST_KEYS = ("characterising_verbs", "praising_words", "state_verbs", "exceptional_states",
             "sending_verbs", "relief_words", "force_words", "envoy_words", "retaliation_verbs",
             "custody_people", "summary_nouns", "crime_labels")


@lru_cache(maxsize=1)
def _raw() -> dict[str, Any]:
    raw: dict[str, Any] = yaml.safe_load(WORDS.read_text(encoding="utf-8"))
    return raw


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    raw = _raw()
    return {key: frozenset(str(w).lower() for w in raw.get(key, [])) for key in LIST_KEYS}


def extra_nominals() -> dict[str, dict[str, str | None]]:
    """Event nouns the nominal lexicon lacks: ``{type: {noun: mode}}``."""
    nominals: dict[str, dict[str, str | None]] = _raw().get("nominals", {})
    return nominals


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _in(tok: Token, key: str) -> bool:
    return tok.lower_ in words()[key] or _lemma(tok) in words()[key]


def characterisation(tok: Token) -> str | None:
    """"X called Y Z" / "described Y as Z": a speaker's loaded label for an
    act or actor. Needs a subject and a predicate (``oprd``, or "as" + noun);
    a name ("a plane called Dreamliner") has neither. Returns the type."""
    if tok.pos_ != "VERB" or _lemma(tok) not in words()["characterising_verbs"]:
        return None
    if tok.tag_ == "VBN" or not any(c.dep_ == "nsubj" for c in tok.children):
        return None
    if _label_is_content(tok):
        return None
    preds = predicates(tok)
    if not preds:
        return None
    praise = any(_in(t, "praising_words") for p in preds for t in p.subtree)
    return "SUPPORT" if praise else "ACCUSE"


def label_mode(tok: Token) -> str:
    """Class *a crime as the label*: calling an act a coup, terrorism or
    genocide ("called the delay a constitutional coup", "described the
    killings as genocide", "branded the group terrorists") alleges a crime
    (ACCUSE ``allege``); an evaluative label ("illegitimate", "a
    provocation", "heinous") disapproves."""
    labels = words()["crime_labels"]
    for pred in predicates(tok):
        text = " ".join(t.lower_ for t in pred.subtree)
        if any(_in(t, "crime_labels") for t in pred.subtree) or \
                any(f" {label} " in f" {text} " for label in labels if " " in label):
            return "allege"
    return "disapprove"


def _label_is_content(tok: Token) -> bool:
    """"condemned what it called a plot", "rejected what it called unfounded
    claims": the label is the content of the governing act, one event; "the
    officers, who called themselves the Committee" is a name; "called a
    general strike" (no object labelled) convenes an act."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs:
        return True
    if any(o.lower_ == "what" for o in objs) and tok.head.pos_ == "VERB" and tok.head != tok:
        return True
    return any(o.lower_ in ("themselves", "itself", "himself", "herself") for o in objs)


def predicates(tok: Token) -> list[Token]:
    """The label of a characterisation: an ``oprd``, a second object ("branded
    the rules an attack"), "as" + noun or adjective, or an adjective clause
    ("described the vote as deeply flawed")."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    # a second object with its own determiner ("branded the rules an attack");
    # not a noun phrase the parser split ("described the Ethiopian shelling")
    seconds = [o for o in objs[1:] if any(c.dep_ in ("det", "poss") for c in o.children)]
    preds = [c for c in tok.children if c.dep_ == "oprd"] + seconds
    preds += [c for c in tok.children if c.dep_ in ("advcl", "xcomp", "ccomp")
              and c.pos_ in ("ADJ", "NOUN")]
    preds += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
              for g in c.children if g.pos_ in ("NOUN", "PROPN", "ADJ")]
    return preds


def _of_object(obj: Token) -> Token | None:
    return next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)


STATE_MODES = {"curfew": "curfew", "lockdown": "restrict", "alert": None}


def declares_state(tok: Token) -> bool:
    """"declared a state of emergency", "imposed martial law", "proclaimed
    a state of siege", "announced a lockdown"."""
    return declared_state(tok) is not None


def declared_state(tok: Token) -> str | None:
    """The exceptional state ``tok`` declares (its head word), if any."""
    if _lemma(tok) not in words()["state_verbs"]:
        return None
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return None
    if _lemma(obj) == "state":
        inner = _of_object(obj)
        return inner.lower_ if inner is not None and _in(inner, "exceptional_states") else None
    two = f"{obj.doc[obj.i - 1].lower_} {obj.lower_}" if obj.i > 0 else ""
    if two in words()["exceptional_states"]:
        return two
    return obj.lower_ if _in(obj, "exceptional_states") else None


def state_mode(state: str) -> str | None:
    """PLOVER's COERCE mode of a declared state: emergency, siege and martial
    law are ``martial-law``; a curfew ``curfew``; a lockdown ``restrict``."""
    return STATE_MODES.get(state, "martial-law")


def _sent_object(tok: Token) -> Token | None:
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return None
    inner = _of_object(obj)  # "two planes of relief supplies"
    return inner if inner is not None and not _in(obj, "force_words") else obj


def sending_type(tok: Token) -> str | None:
    """What is sent decides the act: relief goods and helpers AID, armed
    forces MOBILIZE, envoys CONSULT; anything else (letters, signals,
    messages) is no event."""
    if tok.pos_ != "VERB" or _lemma(tok) not in words()["sending_verbs"]:
        return None
    obj = _sent_object(tok)
    if obj is None:
        return None
    parts = [obj] + [c for c in obj.children if c.dep_ in ("compound", "amod", "conj")]
    if any(_in(t, "relief_words") for t in obj.subtree):  # "a ship carrying food aid"
        return "AID"
    if any(_in(p, "envoy_words") for p in parts):
        return "CONSULT"
    if any(_in(p, "force_words") for p in parts):
        return "MOBILIZE"
    return None


def announced_retaliation(tok: Token) -> bool:
    """"we will respond firmly", "would hit back", "shall retaliate": a
    response announced with a modal is a threat (negated: no threat)."""
    if tok.pos_ != "VERB":
        return False
    lemma = _lemma(tok)
    prt = next((c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod")
                and c.lower_ == "back"), None)
    if lemma not in words()["retaliation_verbs"] and f"{lemma} {prt}" not in words()[
            "retaliation_verbs"]:
        return False
    aux = [c for c in tok.children if c.dep_ == "aux"]
    negated = any(c.dep_ == "neg" for c in tok.children)
    return not negated and any(a.lower_ in ("will", "would", "shall", "'ll") for a in aux)


PERSONAL = {"he", "she", "they", "him", "her", "them"}


def held_in_custody(tok: Token) -> bool:
    """"has been held since Saturday", "was being held at his residence": a
    person as the passive subject of "hold" (never "talks were held")."""
    if _lemma(tok) != "hold" or tok.tag_ != "VBN":
        return False
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return False
    person = subj.ent_type_ == "PERSON" or (subj.pos_ == "PROPN" and not subj.ent_type_)
    return person or subj.lower_ in PERSONAL or _in(subj, "custody_people")


def is_summary_noun(tok: Token) -> bool:
    """"the violence", "the unrest": a multi-day episode, not a re-mention."""
    return _in(tok, "summary_nouns")


# (test, type, mode, rule) of the verb classes above, in order
def construction(tok: Token) -> tuple[str, str | None, str] | None:
    """The (type, mode, rule) of the first class above that ``tok`` heads."""
    if (kind := characterisation(tok)) is not None:
        return kind, label_mode(tok) if kind == "ACCUSE" else None, "characterisation"
    if (state := declared_state(tok)) is not None:
        return "COERCE", state_mode(state), "exceptional-state"
    if (kind := sending_type(tok)) is not None:
        return kind, None, "sending"
    if announced_retaliation(tok):
        return "THREATEN", None, "retaliation"
    if held_in_custody(tok):
        return "COERCE", "arrest", "custody"
    return None
