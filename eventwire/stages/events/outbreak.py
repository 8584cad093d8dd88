"""A disturbance named by its noun where it happens (issue #12, branch events16).

Real outlets' riot copy names the event by a noun of collective violence
("violence", "unrest", "rioting", "battles") whose verb only says that it
happened. docs/annotation.md labels re-mentions ("the violence", "the
riot") and clashes of protesters with police as PROTEST ``riot``; the
records label the noun in three constructions and leave it as a topic
elsewhere ("condemned the violence", "before the riots"). Each is a class:

* **an outbreak** — the noun is the subject of a verb of onset: "violence
  erupted in the town", "a riot broke out after the vigil", "the rioting
  spread to the second city", "battles raged around parliament";
* **an outcome** — the noun ends a gathering or a clash: "the march turned
  into a riot", "the vigil ended in violence", "the protest descended into
  battles with police";
* **a cause's effect** — the noun is what an act set off: "the killing
  sparked the worst rioting in decades", "unleashed a wave of unrest",
  "triggered riots across the country".

Not: a hypothetical outbreak ("the violence could spread", "if the unrest
continues", "risked spreading"), a state ("the unrest continued"), the
noun as a topic of blame or worry. Riot nouns are PROTEST ``riot``;
violence and battles are PROTEST ``riot`` in an article about a protest
and ASSAULT otherwise ("the violence that erupted after the election").
Candidates of these classes name their whole construction and are kept
past the learned filter (``eventness.CLASS_KEPT``), which the summary-noun
features ("unrest" scored as a topic) made drop them.
Word lists: ``eventwire/data/events/outbreak.yaml``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from eventwire.datafiles import load_yaml
from eventwire.nlp.extensions import text_of
from eventwire.paths import DATA_DIR

WORDS = DATA_DIR / "events" / "outbreak.yaml"
RIOT = ("PROTEST", "riot")
ASSAULT = ("ASSAULT", None)


@lru_cache(maxsize=1)
def words() -> dict[str, Any]:
    raw: dict[str, Any] = load_yaml(WORDS.read_text(encoding="utf-8"))
    return {k: (dict(v) if isinstance(v, dict) else frozenset(v)) for k, v in raw.items()}


def outbreak_reading(tok: Token) -> tuple[str, str | None] | None:
    """(type, mode) when ``tok`` is a disturbance noun in one of the three
    classes above, else None. Reads the word first: one set lookup for
    every other token."""
    w = words()
    if tok.lower_ not in w["disturbance_nouns"] or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if _contest(tok, w):
        return None
    head = _measured(tok, w)
    verb = _outbreak(head, w) or _outcome(head, w) or _effect(head, w)
    if verb is None or _hypothetical(verb, w):
        return None
    if tok.lower_ in w["riot_nouns"] or _protest_article(tok.doc):
        return RIOT
    return ASSAULT


def _contest(tok: Token, w: dict[str, Any]) -> bool:
    """"a legal battle", "the battle for the leadership", "a battle against
    inflation": a contest, not a fight. The prepositions mark a contest only
    on the contest nouns: "riots over fuel prices", "violence against
    foreigners" are fights."""
    return any((c.dep_ in ("amod", "compound") and c.lower_ in w["contest_modifiers"]) or
               (c.dep_ == "prep" and c.lower_ in w["contest_preps"] and
                tok.lemma_.lower() in w["contest_nouns"]) for c in tok.children)


def _measured(tok: Token, w: dict[str, Any]) -> Token:
    """"a wave of unrest", "five days of rioting": the measure noun takes the
    place of the disturbance in the verb's frame."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in w["measure_nouns"]:
        return prep.head
    return tok


def _outbreak(noun: Token, w: dict[str, Any]) -> Token | None:
    """The verb of onset the noun is the subject of (a relative clause on the
    noun counts: "the violence that erupted in December"), else None."""
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX"):
        return verb if _onset(verb, w) else None
    return next((c for c in noun.children if c.dep_ == "relcl" and _onset(c, w) and
                 any(g.dep_ == "nsubj" and g.lower_ in ("that", "which") for g in c.children)),
                None)


def _onset(verb: Token, w: dict[str, Any]) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in w["onset_verbs"]:
        return True
    particle = w["onset_particles"].get(lemma)
    return particle is not None and any(c.dep_ == "prt" and c.lower_ == particle
                                        for c in verb.children)


def _outcome(noun: Token, w: dict[str, Any]) -> Token | None:
    """"turned into a riot", "ended in violence"; not a clash that grew
    ("the clashes escalated into running battles": one event, told
    already by its subject)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "into") or \
            prep.head.lemma_.lower() not in w["outcome_verbs"]:
        return None
    grew = any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in w["violent_subjects"]
               for c in prep.head.children)
    return None if grew else prep.head


def _effect(noun: Token, w: dict[str, Any]) -> Token | None:
    """"sparked the worst rioting", "triggered riots", "touched off riots"."""
    verb = noun.head
    return verb if noun.dep_ == "dobj" and verb.lemma_.lower() in w["cause_verbs"] else None


def _hypothetical(verb: Token, w: dict[str, Any]) -> bool:
    """A modal or condition on the verb, or a verb of risk or fear above it:
    "could spread", "if the unrest continues", "risked spreading"."""
    hyp = w["hypothetical_words"]
    if any(c.lower_ in hyp for c in verb.children if c.dep_ in ("aux", "mark")):
        return True
    return verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in hyp


def _protest_article(doc: Doc) -> bool:
    """Whether the article tells a protest: a protest word anywhere in it.
    Cached on the doc: one scan per article, over the lemma array (each
    distinct lemma's string looked up once, no Token per word) and the text
    the doc was made from (``text_of``: ``doc.text`` joins every token)."""
    key = "events16_protest_article"
    if key not in doc.user_data:
        lemmas, text = words()["protest_lemmas"], text_of(doc).lower()
        strings = doc.vocab.strings
        ids = set(doc.to_array(LEMMA).tolist()) if len(doc) else set()
        doc.user_data[key] = any(strings[i].lower() in lemmas for i in ids) or \
            any(s in text for s in words()["protest_strings"])
    return bool(doc.user_data[key])


def outbreak_actor(noun: Token) -> tuple[bool, Token | None]:
    """(whether ``noun`` is read by this module, its actor). The records name
    the actor of an outbreak only by a by-phrase ("a wave of unrest by
    students and anarchists"); the clause's subject is the gathering it grew
    from ("the march turned into a riot") or a cause ("the killing sparked
    rioting"), not who rioted."""
    if outbreak_reading(noun) is None:
        return False, None
    measure = _measured(noun, words())
    holders = [noun, measure]
    if measure.dep_ == "dobj" and any(c.dep_ == "nsubj" for c in measure.head.children):
        # "unleashed a wave of unrest by students": the parser hangs the
        # by-phrase on the active cause verb, after its object
        holders.append(measure.head)
    for holder in holders:
        for prep in holder.children:
            if prep.i > noun.i and prep.lower_ == "by" and prep.dep_ in ("agent", "prep"):
                return True, next((c for c in prep.children if c.dep_ == "pobj"), None)
    return True, None
