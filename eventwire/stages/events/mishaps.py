"""Harm nobody meant and a worker dismissed (issue #12, branch events18).

docs/annotation.md labels no natural event or accident "without a
deliberate human act", and no business act between an employer and its
staff. ``nonevents.has_natural_cause`` reads floods and quakes as the
subject of a killing verb; two forms escaped it on rec_a..rec_o, each in
several stories (real and own copy):

* **an accidental doer** — the subject or by-agent of a blow or a killing
  is a train, a falling tree, a leak, fumes or bad liquor ("a passenger
  express hit a stationary goods train", "a car struck by a falling tree",
  "a leak from a heater overcame and killed both men", "poisoned liquor
  killed seventeen"). Only the doer's own noun counts, never a compound
  ("the train bombing killed 191" stays), and no road vehicle (a car driven
  into a crowd is an attack);
* **a participle harmed by nature** — a participle with a by-agent that is
  a natural cause, which ``has_natural_cause`` misses for want of an
  auxiliary ("the town hardest hit by the floods", "villages flattened by
  the earthquake");
* **a worker dismissed** — "fire" or "sack" whose patient is a person and
  which has no projectile and no "on / at" ("who was fired last week", "the
  suspect had been fired by the firm", "the company fired him"): the
  lexicon reads "fire" as ASSAULT. "No shots were fired", "they were fired
  on", "rockets were fired at the town" stay, and so does an office holder
  removed or a named person who fires ("whom Mugabe fired last week", "the
  president fired his defence minister"). (``nonpolitical`` already drops
  "fired from his job".)

Word lists: ``eventwire/data/events/mishaps.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR
from eventwire.stages.events.detection_words import lemma as _lemma
from eventwire.stages.events.nonevents import word_classes

WORDS = DATA_DIR / "events" / "mishaps.yaml"
PERSON_WORDS = frozenset({"he", "she", "him", "her", "they", "them", "i", "we", "you", "me",
                          "us"})
RELATIVES = frozenset({"who", "whom", "that", "which"})
# a doer the tagger names as a body is none of the accidental agents ("The
# Daily Express hit out at ...": a newspaper; review18)
NAMED_BODIES = frozenset({"ORG", "PERSON", "NORP", "GPE"})


words = word_list_loader(WORDS)


def _doers(tok: Token) -> list[Token]:
    """The active subject (up a chain of conjuncts: "overcame and killed")
    and the by-agent of a passive or a participle."""
    out: list[Token] = []
    cur = tok
    for _ in range(3):
        subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            out.append(subj)
            break
        if cur.dep_ not in ("conj", "xcomp") or cur.head == cur:
            break
        cur = cur.head
    out += [g for c in tok.children if c.dep_ == "agent" for g in c.children
            if g.dep_ == "pobj"]
    return [tok.head if d.lower_ in RELATIVES and tok.dep_ == "relcl" else d for d in out]


def has_accidental_doer(tok: Token) -> bool:
    """A blow or killing whose doer is an accidental agent (its own noun)."""
    if tok.pos_ != "VERB" or _lemma(tok) not in words()["harm_verbs"]:
        return False
    agents = words()["accident_agents"]
    return any((d.lower_ in agents or _lemma(d) in agents) and d.ent_type_ not in NAMED_BODIES
               for d in _doers(tok))


def harmed_by_nature(tok: Token) -> bool:
    """A participle with no auxiliary whose by-agent is a natural cause."""
    if tok.tag_ != "VBN" or tok.dep_ not in ("acl", "amod", "advcl") or \
            _lemma(tok) not in words()["harm_verbs"] or \
            any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    natural = word_classes()["natural_causes"]
    return any({d.lower_, _lemma(d)} & natural for d in _doers(tok)
               if d.head.dep_ == "agent")


def _patient(tok: Token) -> Token | None:
    patient = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if patient is not None and patient.lower_ in RELATIVES and tok.dep_ == "relcl":
        return tok.head
    return patient


def _a_person(tok: Token) -> bool:
    """The patient of a dismissal ("fired the coach", "sacked 40 workers"):
    a pronoun, a PERSON name, a worker noun or a dismissed-people noun.
    Its own list on purpose: the dismissed hold a post (workers, coaches,
    ministers); the mode rules' people nouns ("civilians", "protesters")
    are not dismissed by that name."""
    return (tok.lower_ in PERSON_WORDS or tok.ent_type_ == "PERSON"
            or _lemma(tok) in word_classes()["worker_nouns"]
            or _lemma(tok) in words()["dismissed_people"])


def is_dismissal(tok: Token) -> bool:
    """"Fire" or "sack" of a person, with no projectile and no "on / at"."""
    if tok.pos_ != "VERB" or _lemma(tok) not in words()["dismiss_verbs"]:
        return False
    w = words()
    if any(c.dep_ in ("prep", "prt") and c.lower_ in w["fire_preps"] for c in tok.children):
        return False
    patient = _patient(tok)
    if patient is None or patient.lower_ in w["projectiles"] or \
            _lemma(patient) in w["projectiles"] or not _a_person(patient):
        return False
    return not _an_office(patient) and not _named_boss(tok)


def _an_office(patient: Token) -> bool:
    """"whom Mugabe fired", "fired the vice president": an office holder
    removed is an act of state (``is_work_suspension`` reads it so too)."""
    offices = word_classes()["office_nouns"]
    return any(_lemma(t) in offices for t in patient.subtree if t.i < patient.i + 1) or any(
        _lemma(t) in offices for c in patient.children if c.dep_ == "appos" for t in c.subtree)


def _named_boss(tok: Token) -> bool:
    """A named person or an office as the one who fires ("the president
    fired his chief of staff"): a political act, not an employer's."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.ent_type_ == "PERSON"
                                 or _lemma(subj) in word_classes()["office_nouns"])


def is_mishap(tok: Token) -> bool:
    """Any of the three classes above."""
    return has_accidental_doer(tok) or harmed_by_nature(tok) or is_dismissal(tok)
