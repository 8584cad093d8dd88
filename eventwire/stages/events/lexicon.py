"""The trigger lexicon: CAMEO verbs and patterns, the curated lists and the
PLOVER typing classes merged into one :class:`Lexicon`, with the gates that
let ``lexicon_candidates.verb_candidate`` and ``noun_candidate`` skip a word no entry
is keyed on (issue #12, speed: most verbs and nouns of news text)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from eventwire.datafiles import parsed_file
from eventwire.paths import DATA_DIR
from eventwire.stages.events.detection import REQUEST_NOUNS, extra_nominals
from eventwire.stages.events.detection import words as detection_words
from eventwire.stages.events.typing_classes import long_firsts, typing_classes

# "went on strike", "put on high alert": a state someone is *on*
ON_STATES = {"strike": ("PROTEST", "strike"), "alert": ("MOBILIZE", None),
             "standby": ("MOBILIZE", None)}

DATA = DATA_DIR / "events"
CURATED = DATA / "curated.yaml"


@dataclass
class Lexicon:
    verbs: dict[str, dict[str, Any]]  # lemma -> {type, mode, context, source}
    patterns: dict[str, dict[str, Any]]  # "lemma object" -> entry
    nominals: dict[str, dict[str, Any]]  # noun or two-word noun -> entry
    not_events: set[str] = field(default_factory=set)
    # verb -> objects that make it no event ("killed the deal", "released a statement")
    figurative: dict[str, set[str]] = field(default_factory=dict)
    # the words a verb or noun lemma must be to start any entry (``trigger_gates``)
    verb_gate: frozenset[str] = frozenset()
    noun_gate: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    cameo = json.loads((DATA / "lexicon.json").read_text(encoding="utf-8"))
    curated = parsed_file(CURATED)  # parsed once: nonevents.word_classes reads it too
    verbs = {k: {**v, "source": "cameo"} for k, v in cameo["verbs"].items()}
    for kind, words in curated["verbs"].items():
        for word in words:
            verbs[word] = {"type": kind, "mode": None, "context": None, "source": "curated"}
    patterns = dict(cameo["patterns"])
    for kind, combos in curated.get("patterns", {}).items():
        for combo in combos:
            patterns[combo] = {"type": kind, "mode": None, "context": None,
                               "source": "curated-pattern"}
    nominals: dict[str, dict[str, Any]] = {}
    for kind, words in [*extra_nominals().items(), *curated["nominals"].items()]:
        for word, mode in words.items():
            nominals[word] = {"type": kind, "mode": mode, "context": None, "source": "nominal"}
    classes = typing_classes()  # typing.yaml: classes of the PLOVER manual's definitions
    verbs.update(classes.verbs)
    nominals.update(classes.nominals)
    patterns.update(classes.patterns)
    for verb, mode in curated.get("verb_modes", {}).items():  # CAMEO's mode read wrong
        if verb in verbs:
            verbs[verb] = {**verbs[verb], "mode": mode}
    verb_gate, noun_gate = trigger_gates(verbs, patterns, nominals)
    return Lexicon(verbs=verbs, patterns=patterns, nominals=nominals,
                   not_events=set(curated["not_events"]),
                   figurative={verb: set(objs) for verb, objs in
                               curated.get("figurative_objects", {}).items()},
                   verb_gate=verb_gate, noun_gate=noun_gate)


def _first(key: str) -> str:
    return key.split(" ", 1)[0]


def _last(key: str) -> str:
    return key.rsplit(" ", 1)[-1]


def trigger_gates(verbs: dict[str, Any], patterns: dict[str, Any],
                  nominals: dict[str, Any]) -> tuple[frozenset[str], frozenset[str]]:
    """(verb gate, noun gate): every word that some entry of
    ``verb_candidate`` or ``noun_candidate`` is keyed on, in the place the
    word takes in the key. Most verbs and nouns of news text start no entry;
    a word outside its gate skips the children walks of those two tests
    (``_particle``, ``_object``, the pattern tables), whose answer is None
    for it anyway (``tests/test_speed_shortcuts.py`` compares the two)."""
    classes = typing_classes()
    verb_gate = {_first(k) for k in (*verbs, *patterns, *classes.prep_patterns)}
    verb_gate |= {_last(k) for k in classes.manner_verbs}  # "sexually abuse": adverb, verb
    noun_gate = {*nominals, *(_first(k) for k in nominals), *(_last(k) for k in nominals),
                 *(_first(k) for k in classes.noun_patterns), *long_firsts(),
                 *ON_STATES, *REQUEST_NOUNS, *detection_words()["victim_crime_nouns"],
                 *detection_words()["trial_nouns"], *detection_words()["proceeding_nouns"],
                 *detection_words()["custody_nouns"], *detection_words()["pursuit_nouns"],
                 *detection_words()["brought_charges"]}
    return frozenset(verb_gate), frozenset(noun_gate)


def is_gated(word: str, gate: frozenset[str]) -> bool:
    """``word`` can start no entry: not in ``gate`` (a word with a space in
    it, which a key split at spaces cannot show, is never gated)."""
    return word not in gate and " " not in word
