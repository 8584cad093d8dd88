"""Police or another state force stopping a person or a vehicle (issue #12,
branch missed58).

Class *a police stop told by "stop"*: traffic and crime copy tells a force
halting someone on the road -- "Police stopped the driver a few blocks
away", "the cops stopped him on the highway", "I was stopped by an officer",
"after being stopped on the freeway", "Police attempted to stop the
vehicle", "the navy was trying to stop a tanker". The records label it
COERCE (mode none), as they label the same act told by "pulled over" (a
pattern of the lexicon) and a pursuit (``pursuits.py``): a force's
constraint on a person short of violence. The census of m95's real misses
(``tools/real_event_census.py``) found "stop" the largest verb of the
lexicon no rule reads (12 real misses in 8 sets; 8 of them a police stop in
5 sets and 4 stories: two drunk-driving arrests, a hit-and-run, a
workplace shooter's flight). The lexicon's "stop" starts only patterns
("stop imports", "stop flights") and the deescalation class ("stopped the
shelling"). Measured on the 37 development sets against the run before it
(``missed58_r3`` vs ``missed58_r2``): gold events matched +12 (6 real in 4
sets and 3 stories: a drunk-driving stop, a hit-and-run driver, a
workplace shooter's flight; 6 own: a checkpoint, a naval patrol, marchers
stopped), no false event added, none lost; real event F1 0.730 -> 0.731.

Read when the verb is "stop", the one stopped is a person, a pronoun or a
vehicle (``stopped_vehicles``), and the doer is a force: the active
subject (or the subject of the verb it is the infinitive of: "Police
attempted to stop ...") names the police or a COP / MIL sector, the
passive's by-agent does, or -- an agentless passive -- the article names
the police (``police_story_words``). Not: "stopped by the church" (a
visit), "stop X from doing" (a prevention, ``preventions.py``), "stopped
to talk" (the subject's own pause), a stop by a bystander or a crowd ("a
bystander tried to stop the driver"), a stop the sentence negates or only
conditions ("if the police try to stop the march" is a threat's content
the records type by its speaker), nor "stop" of an act or a flow ("stopped
the bleeding", "stopped work").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.nlp.arrays import per_doc
from eventwire.nlp.clause_subjects import clause_subject
from eventwire.paths import DATA_DIR
from eventwire.stages.events.custody_holds import is_person
from eventwire.stages.events.detection_words import lemma as _lemma
from eventwire.stages.events.emergency_calls import names_police
from eventwire.stages.events.participants import agent_sector, is_person_noun

WORDS = DATA_DIR / "events" / "police_stops.yaml"
RULE = "curated-verb+police-stop"
_STORY_KEY = "police_stops_story"

words = word_list_loader(WORDS)


def _stoppable(tok: Token) -> bool:
    """A person, a pronoun or a vehicle ("the driver", "him", "the car")."""
    w = words()
    low, lem = tok.lower_, _lemma(tok)
    return low in w["stopped_pronouns"] or low in w["stopped_vehicles"] or \
        lem in w["stopped_vehicles"] or lem in w["stopped_people"] or is_person(tok) or \
        is_person_noun(tok)


def _force(party: Token) -> bool:
    """The police (``emergency_calls.names_police``) or a COP / MIL sector
    ("troops", "the navy", "a patrol")."""
    w = words()
    return names_police(party) or agent_sector(party) in w["force_sectors"] or \
        party.lower_ in w["force_words"] or _lemma(party) in w["force_words"]


def _police_story(tok: Token) -> bool:
    return per_doc(tok.doc, _STORY_KEY,
                   lambda d: any(t.lower_ in words()["police_story_words"] for t in d))


def _doer(verb: Token) -> Token | None:
    """The active subject, or the subject of the verb whose infinitive
    ``verb`` is ("Police attempted to stop the vehicle")."""
    return clause_subject(verb, links=("xcomp", "conj"), steps=2, relatives=())


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def police_stop(tok: Token) -> bool:
    """The module docstring's class: ``tok`` is "stop" told of a force
    halting a person or a vehicle."""
    if tok.pos_ != "VERB" or _lemma(tok) != "stop" or tok.dep_ in ("amod", "advcl"):
        return False
    kids = list(tok.children)
    if any((c.dep_ in ("prt", "prep") and c.lower_ in ("by", "from", "short")
            and not (c.lower_ == "by" and c.dep_ == "agent")) or c.dep_ in ("xcomp", "neg")
           for c in kids):
        return False  # "stopped by the church", "stop them from", "stopped to talk"
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in kids) or \
            any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.head.children
                if tok.dep_ == "xcomp"):
        return False  # "if the police try to stop the march": a condition's content
    if _passive(tok):
        stopped = [c for c in kids if c.dep_ == "nsubjpass"]
        if not stopped and tok.tag_ == "VBN" and tok.dep_ == "pcomp":  # "after being stopped"
            stopped = [tok]  # the clause's subject is the one stopped; read the agent only
        elif not any(_stoppable(c) for c in stopped):
            return False
        agents = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return any(_force(a) for a in agents) if agents else _police_story(tok)
    if not any(c.dep_ == "dobj" and _stoppable(c) for c in kids):
        return False
    doer = _doer(tok)
    return doer is not None and _force(doer)
