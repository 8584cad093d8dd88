"""The trigger candidate a word's own lexicon entry gives.

``triggers._candidate`` asks these after its classes (denials, votes,
health measures, acts read with their object) have passed a word: a verb
by its lemma, lemma + particle or "verb object" pattern, a noun by the
nominal lexicon (one or two words). ``Candidate`` is the record both give.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from eventwire.stages.events.accountability import warrant_lacking
from eventwire.stages.events.acts import repaired_lemma
from eventwire.stages.events.admissions import admitted_to_place, plea_type
from eventwire.stages.events.apology_nouns import RULE as APOLOGY_RULE
from eventwire.stages.events.apology_nouns import apology_noun
from eventwire.stages.events.court_appeals import ALLEGE, appeal_type
from eventwire.stages.events.court_outcome_nouns import RULE as OUTCOME_RULE
from eventwire.stages.events.court_outcome_nouns import court_outcome
from eventwire.stages.events.court_proceedings import (
    charges_brought,
    particular_proceeding,
    tried_beside,
)
from eventwire.stages.events.detection import request_noun, victim_crime
from eventwire.stages.events.detection import words as detection_words
from eventwire.stages.events.judicial import (
    court_trial,
    proceeding_as_setting,
    scheduled_proceeding,
)
from eventwire.stages.events.lexicon import ON_STATES, Lexicon, is_gated
from eventwire.stages.events.mention_lookup import children_at, children_of
from eventwire.stages.events.ordered_measures import ordered_measure
from eventwire.stages.events.procedure_states import custody_predicate
from eventwire.stages.events.pursuits import pursuit_noun
from eventwire.stages.events.typing_classes import (
    inside_long_nominal,
    light_verb_noun,
    long_nominal,
    noun_pattern,
    object_keys,
    patient,
    prep_pattern,
    unless,
)
from eventwire.stages.events.warning_shots import RULE as WARNING_RULE
from eventwire.stages.events.warning_shots import (
    THREATEN,
    VIOLENCE,
    misparsed_warning,
    warning_shot,
)


@dataclass
class Candidate:
    token: Token  # the trigger's head token
    end: int  # token index after the trigger (multi-word triggers)
    type: str
    mode: str | None
    context: list[str]
    rule: str
    nominal: bool


# "pull back", "pull its weapons back": a particle the parser reads as an adverb
ADVERB_PARTICLES = {"back", "out", "off", "down", "up", "away"}


def _particle(tok: Token) -> str | None:
    """The verb's particle ("pulled back"), read from the children table
    (``mention_lookup.children_of``), not a Token per child (speed24)."""
    for dep, i, lower in children_of(tok):
        if dep == "prt" or (dep == "advmod" and lower in ADVERB_PARTICLES
                            and tok.i < i <= tok.i + 5):
            return lower
    return None


# "sent 50 tonnes of supplies", "deployed thousands of troops", "captured
# part of the stronghold": the measured noun is the object that counts
MEASURE_NOUNS = {"tonne", "ton", "dozen", "hundred", "thousand", "million", "batch",
                 "shipment", "consignment", "convoy", "number", "lot", "kilogram", "truckload",
                 # partitives: "captured part of the stronghold", "seized much of the city"
                 "part", "parts", "much", "most", "half", "section", "portion", "area"}


def _object(tok: Token) -> Token | None:
    """The verb's first direct object or attribute, seen through a measure
    ("50 tonnes of supplies"); children read from the children table, the
    Token built only for the object (speed24)."""
    doc = tok.doc
    for dep, i, _ in children_of(tok):
        if dep in ("dobj", "attr"):
            child = doc[i]
            if child.lemma_.lower() in MEASURE_NOUNS:
                inner = next((j for dep_c, k, lower in children_at(doc, i)
                              if dep_c == "prep" and lower == "of"
                              for dep_g, j, _ in children_at(doc, k) if dep_g == "pobj"), None)
                if inner is not None:
                    return doc[inner]
            return child
    return None


def entry_candidate(entry: dict[str, Any], tok: Token, rule: str, nominal: bool,
                    end: int) -> Candidate:
    """The candidate a lexicon entry gives at ``tok`` (also for headline verbs)."""
    context = [entry["context"]] if entry.get("context") else []
    return Candidate(tok, end, entry["type"], entry.get("mode"), context, rule, nominal)


def _figurative(tok: Token, obj: Token | None, lex: Lexicon) -> bool:
    """"the deal had been killed", "released a statement": the verb's patient
    (object, or passive subject) is a thing that makes it no event."""
    things = lex.figurative.get(tok.lemma_.lower())
    if not things:
        return False
    patient = obj or next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    return patient is not None and patient.lemma_.lower() in things


def verb_candidate(tok: Token, lex: Lexicon) -> Candidate | None:
    lemma = repaired_lemma(tok, lex.verbs) or tok.lemma_.lower()
    if is_gated(lemma, lex.verb_gate):
        return None  # no entry is keyed on this verb (``trigger_gates``)
    if (plea := plea_type(tok, lemma)) is not None:  # "pleaded guilty" (admissions.py)
        return Candidate(tok, tok.i + 1, plea, None, [], "curated-verb+plea", False)
    if (appeal := appeal_type(tok, lemma)) is not None:  # "would appeal the ruling"
        return Candidate(tok, tok.i + 1, appeal, ALLEGE, [], "curated-verb+appeal", False)
    if warning_shot(tok, lemma):  # "fired warning shots", "fired into the air"
        return Candidate(tok, tok.i + 1, THREATEN, VIOLENCE, [], WARNING_RULE, False)
    if misparsed_warning(tok):  # "fired only warning shots": the shots' word
        return None
    if admitted_to_place(tok, lemma):  # "was admitted to hospital"
        return None
    prt = _particle(tok)
    obj = _object(tok)
    pattern = _pattern(tok, lemma, obj, lex)
    if pattern is not None and pattern.rule == "curated-verb":
        return pattern  # a curated class reads the object: "called off the talks"
    if prt and f"{lemma} {prt}" in lex.verbs:
        return entry_candidate(lex.verbs[f"{lemma} {prt}"], tok, "verb+particle", False, tok.i + 1)
    if pattern is not None:
        return pattern
    if (entry := prep_pattern(tok, lemma)) is not None:
        return entry_candidate(entry, tok, "curated-verb", False, tok.i + 1)
    if light_verb_noun(tok, lemma, obj, lex.nominals):
        return None  # "held talks", "committed rapes": the noun is the event
    if lemma in lex.not_events:  # generic alone ("gave"), an event with its object ("gave aid")
        return None
    if _figurative(tok, obj, lex):
        return None
    if lemma == "call" and not _calls_for(tok):  # "the so-called", "a plane called Dreamliner"
        return None
    if lemma == "warn" and _warns_off(tok):  # "warned China against coercion"
        return Candidate(tok, tok.i + 1, "REQUEST", None, [], "warn+request", False)
    if lemma in lex.verbs:
        entry = lex.verbs[lemma]
        return entry_candidate(entry, tok, f"{entry['source']}-verb", False, tok.i + 1)
    return None


def _pattern(tok: Token, lemma: str, obj: Token | None, lex: Lexicon) -> Candidate | None:
    """A "verb object" pattern: the object's lemma, form or modifier + it;
    the curated classes also read a passive subject ("troops were sent") and
    the noun a past participle describes ("sanctions *imposed* by the bloc":
    a reduced passive relative, types26)."""
    target = patient(tok, obj)
    if target is None and tok.dep_ == "acl" and tok.tag_ == "VBN":
        target = tok.head
    for key in ([f"{lemma} {k}" for k in object_keys(target)] if target is not None else []):
        entry = lex.patterns.get(key)
        if entry is None:
            continue
        if entry.get("source") == "curated-pattern":
            undone, instead = unless(entry, tok)  # "ordered the troops *back*"
            if not undone:
                return entry_candidate(entry, tok, "curated-verb", False, tok.i + 1)
            return None if instead is None else Candidate(tok, tok.i + 1, instead, None, [],
                                                          "curated-verb", False)
        if target is obj and lex.verbs.get(lemma, {}).get("source") != "curated":
            return entry_candidate(entry, tok, "cameo-pattern", False, tok.i + 1)
    return None


def _calls_for(tok: Token) -> bool:
    """"called for / on X to / upon": a request; other uses name things.
    "called for the minister to resign": the parser reads "for" as the
    mark of the infinitive clause, not as the verb's preposition (recall26)."""
    return any((c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on", "upon"))
               or c.dep_ == "xcomp" or for_to_clause(c) for c in tok.children)


def for_to_clause(tok: Token) -> bool:
    """``tok`` heads a "for X to do" clause of its governor: an adverbial
    clause whose mark is "for" and whose verb takes "to" (recall26)."""
    if tok.dep_ != "advcl" or tok.i < tok.head.i:
        return False
    kids = {(c.dep_, c.lower_) for c in tok.children}
    return ("mark", "for") in kids and ("aux", "to") in kids


def _warns_off(tok: Token) -> bool:
    """"warned X against Y", "warned X (not) to do Y": a request to refrain
    or to act, not a threat (docs/annotation.md, Batch e: "warned X against
    any attempt to ..." and "warned the government not to ..." are REQUEST;
    rec_r's "warned people not to drink the water"; the noun too: "issued a
    warning against eating the fish"). "warned that it would strike" names
    the warner's own act and stays THREATEN, and so does "warned to do Y"
    with no one warned and no "not" ("Iran warned to close the strait",
    review35)."""
    kids = list(tok.children)
    addressed = any(c.dep_ in ("dobj", "nsubjpass") for c in kids)
    return any((c.dep_ == "prep" and c.lower_ == "against")
               or (c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to"
                                             for a in c.children)
                   and (addressed or any(a.dep_ == "neg" for a in c.children)))
               for c in kids)


def _on_state(tok: Token) -> Candidate | None:
    entry = ON_STATES.get(tok.lower_)
    if entry is None or tok.dep_ != "pobj" or tok.head.lower_ != "on":
        return None
    kind, mode = entry
    return Candidate(tok, tok.i + 1, kind, mode, [], "nominal", True)


def noun_candidate(tok: Token, lex: Lexicon) -> Candidate | None:
    if (measure := ordered_measure(tok)) is not None:  # "ordered the closure of" (relabel60)
        return Candidate(tok, tok.i + 1, measure[0], measure[1], [], "nominal+ordered", True)
    if court_outcome(tok):  # "a guilty verdict", "brought him a ten-year sentence" (missed59)
        return Candidate(tok, tok.i + 1, "SANCTION", "convict", [], OUTCOME_RULE, True)
    if apology_noun(tok):  # "offered an apology", "a letter of apology" (real66)
        return Candidate(tok, tok.i + 1, "CONCEDE", None, [], APOLOGY_RULE, True)
    if is_gated(tok.lower_, lex.noun_gate) and is_gated(tok.lemma_.lower(), lex.noun_gate):
        return None  # no entry is keyed on this noun (``trigger_gates``)
    doc = tok.doc
    if (state := _on_state(tok)) is not None:
        return state
    if warrant_lacking(tok):  # "held without an arrest warrant" (accountability.py)
        return None
    if tok.lower_ in ("warning", "warnings") and any(
            c.dep_ == "prep" and c.lower_ == "against" for c in tok.children):
        return Candidate(tok, tok.i + 1, "REQUEST", None, [], "warn+request", True)
    if request_noun(tok):  # "calls for the minister to resign" (detection.py)
        return Candidate(tok, tok.i + 1, "REQUEST", None, [], "nominal+request", True)
    if victim_crime(tok):  # "the murder of his mother" (detection.py)
        return Candidate(tok, tok.i + 1, "ASSAULT", None, [], "nominal+victim", True)
    if court_trial(tok) or scheduled_proceeding(tok):  # "the trial of two men", "a hearing is set"
        return Candidate(tok, tok.i + 1, "ACCUSE", "allege", [], "nominal+trial", True)
    if proceeding_as_setting(tok) and not tried_beside(tok):  # "testified at the trial"
        return Candidate(tok, tok.i + 1, "ACCUSE", "allege", [], "nominal+trial", True)
    if particular_proceeding(tok):  # "adjourned the trial", "a trial date was set" (missed57)
        return Candidate(tok, tok.i + 1, "ACCUSE", "allege", [], "nominal+trial", True)
    if (end := charges_brought(tok)) is not None:  # "charges were filed against him"
        return Candidate(tok, end, "ACCUSE", "allege", [], "nominal+charges-brought", True)
    if custody_predicate(tok):  # "is in police custody" (relabel50, procedure_states.py)
        return Candidate(tok, tok.i + 1, "COERCE", "arrest", [], "nominal+custody-state", True)
    if pursuit_noun(tok):  # "a high-speed chase" (pursuits.py, events51)
        return Candidate(tok, tok.i + 1, "COERCE", None, [], "nominal+pursuit", True)
    if (longer := long_nominal(tok)) is not None:
        return entry_candidate(longer[0], tok, "nominal", True, longer[1])
    if inside_long_nominal(tok):
        return None
    if (act := noun_pattern(tok)) is not None:  # "the lifting of the curfew"
        return entry_candidate(act, tok, "nominal", True, tok.i + 1)
    if tok.i + 1 < len(doc):
        two = f"{tok.lower_} {doc[tok.i + 1].lower_}"
        if two in lex.nominals:
            return entry_candidate(lex.nominals[two], tok, "nominal", True, tok.i + 2)
    if tok.i > 0:
        two = f"{doc[tok.i - 1].lower_} {tok.lower_}"
        if two in lex.nominals and doc[tok.i - 1].pos_ in ("NOUN", "PROPN"):
            return None  # the two-word trigger starting at the previous token covers it
        if two in lex.nominals:  # "joint exercises": a modifier is no trigger of its own
            return entry_candidate(lex.nominals[two], tok, "nominal", True, tok.i + 1)
    key = tok.lower_ if tok.lower_ in lex.nominals else tok.lemma_.lower()
    if key in lex.nominals and tok.lower_ not in detection_words()["record_nouns"]:
        return entry_candidate(lex.nominals[key], tok, "nominal", True, tok.i + 1)
    return None
