"""Classes of protest events the lexicon types as something else (word lists
in ``eventwire/data/events/curated.yaml``):

* **a clash of civilians with police, or in a protest** — "youths clashed
  with police", "clashes with protesters", "clashes broke out after a day of
  demonstrations": a riot (PROTEST, mode riot), as PLOVER codes violent
  demonstrations; a clash in which an armed group takes part ("rebels
  clashed with troops", "clashes between the army and militants") stays
  combat (ASSAULT);
* **a crowd gathering to protest** — "protesters gathered outside
  parliament", "hundreds of supporters gathered outside the court",
  "residents assembled to demand clean water": a demonstration (PROTEST,
  mode demo), not the CAMEO verb's meeting (CONSULT); "ministers gathered in
  Brussels" stays a meeting;
* **a counted crowd gathering** (types26) — "hundreds of schoolchildren
  holding candles gathered outside parliament", "where 10,000 gathered for
  an anti-government demonstration", "Dozens gathered to remember the
  boy": people named by a count who gather are a demonstration (PROTEST
  demo); a count of officials ("dozens of ministers gathered") stays a
  meeting;
* **a crowd before a seat of authority** (types67) -- "relatives gathered
  outside the police headquarters", "several hundred people gathered in
  front of the administration building", or gathering and then demanding
  ("gathered outside the prison and demanded their release"): PROTEST demo;
  officials gathering outside a palace stay a meeting;
* **civilians storming a building** (types26) — "students stormed the
  embassy", "migrants tried to storm the border", "about 1,000 people tried
  to storm the building", "the anniversary of the parliament storming":
  people who are neither a security force nor an armed group forcing their
  way in riot (PROTEST riot); a storming with no doer counts when the
  article is a protest story (as a bare clash); police or troops storming
  are a raid (``raids.py``), gunmen or rebels an attack;
* **burning a symbol** — "protesters burned flags outside the embassy",
  "fans burned posters of the players", "demonstrators torched an effigy of
  the president": a crowd's burning of a flag, effigy or picture is a
  demonstration (PROTEST demo), not a riot; burning cars or shops stays riot.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.stages.events.counted_crowds import is_count
from eventwire.stages.events.detection_words import lemma as _lemma
from eventwire.stages.events.nonevents import word_classes
from eventwire.stages.events.participants import is_crowd

PARTY_PREPS = {"with", "between", "among", "involving", "against"}


def _parties(trigger: Token) -> Iterator[Token]:
    """The sides of a clash: its subject (of the verb, or of the light verb
    whose object it is), and the nouns after "with" / "between", with their
    conjuncts ("between demonstrators and police")."""
    heads = [trigger] + ([trigger.head] if trigger.dep_ in ("dobj", "attr") else [])
    for head in heads:
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                yield child
                yield from child.conjuncts
            if child.dep_ == "prep" and child.lower_ in PARTY_PREPS:
                for obj in (g for g in child.children if g.dep_ == "pobj"):
                    yield obj
                    yield from obj.conjuncts
    if trigger.dep_ == "nsubj":  # "clashes broke out between ..."
        yield from _parties(trigger.head)


def _words(tok: Token) -> set[str]:
    return {tok.lower_, _lemma(tok)} | {c.lower_ for c in tok.children
                                        if c.dep_ in ("compound", "amod")}


def _sentence_has_protest(trigger: Token) -> bool:
    words = word_classes()
    nouns, verbs = words["protest_nouns"], words["protest_verbs"]
    return any((_lemma(t) in nouns and not (t.dep_ == "compound" and t.head.lemma_ == "police"))
               or (t.pos_ == "VERB" and _lemma(t) in verbs) for t in trigger.sent)


def protest_clash(trigger: Token) -> bool:
    """A clash word whose sides are a crowd, or civilians and police, or that
    happens in a sentence about a protest — never one with an armed group."""
    words = word_classes()
    if _lemma(trigger) not in words["clash_words"] and trigger.lower_ not in words["clash_words"]:
        return False
    parties = [_words(p) for p in _parties(trigger)]
    crowds = words["protesting_modifiers"] | {"protester", "protesters", "demonstrators",
                                              "demonstrator", "rioters", "crowd", "crowds",
                                              "youths", "supporters", "fans", "mob"}
    if any(p & words["armed_groups"] for p in parties):
        return False
    if any(p & crowds for p in parties):
        return True
    police = {"police", "policemen", "gendarmes", "officers", "riot"}
    if any(p & police for p in parties) or _sentence_has_protest(trigger):
        return True
    return not parties and _protest_story(trigger)


# non-state armed groups: an article that names one may tell of combat
IRREGULARS = frozenset({"rebel", "militant", "gunman", "insurgent", "fighter", "militia",
                        "militiaman", "jihadist", "guerrilla", "separatist", "bandit",
                        "terrorist", "brigade"})


def _protest_story(trigger: Token) -> bool:
    """Class *a bare clash in a protest story* (types26): "No clashes were
    reported there", "during the clashes several buildings were set ablaze",
    "there were no reports of clashes" name no sides; in an article that
    speaks of protests at least twice and names no non-state armed group,
    the clashes are the protest's (PROTEST riot), not combat. The article is
    read once: the answer is kept in ``doc.user_data``."""
    doc = trigger.doc
    known: bool | None = doc.user_data.get(STORY_KEY)
    if known is None:
        known = doc.user_data[STORY_KEY] = _reads_as_protest_story(doc)
    return known


STORY_KEY = "eventwire_protest_story"  # doc.user_data: the article is a protest story


def _reads_as_protest_story(doc: Doc) -> bool:
    words = word_classes()
    nouns = words["protest_nouns"] | {"protester", "demonstrator", "rioter"}
    armed = words["armed_groups"] - words["security_words"]  # once, not per word (speed58)
    protests = 0
    for t in doc:
        lemma = _lemma(t)
        if lemma in IRREGULARS or t.lower_ in armed:
            return False
        protests += (t.pos_ in ("NOUN", "PROPN") and lemma in nouns) or \
            (t.pos_ == "VERB" and lemma in words["protest_verbs"])
    return protests >= 2


def gathers_to_protest(trigger: Token, actor: ActorMention | None) -> bool:
    """A gathering verb whose subject is a crowd of protesters or supporters,
    or which has a protest purpose ("gathered to demand", "assembled in
    protest")."""
    words = word_classes()
    if trigger.pos_ != "VERB" or _lemma(trigger) not in words["gather_verbs"]:
        return False
    if is_crowd(actor):
        return True
    for child in trigger.children:
        if child.dep_ in ("xcomp", "advcl") and _lemma(child) in words["protest_purposes"]:
            return True
        if child.dep_ == "prep" and child.lower_ in ("in", "for") and any(
                _lemma(g) in words["protest_nouns"] for g in child.children):
            return True  # "gathered in protest", "gathered for a demonstration"
        if child.dep_ == "nsubj" and _counted_people(child):
            return True
        if child.dep_ == "conj" and _lemma(child) in words["protest_purposes"] and \
                not any(c.dep_ == "nsubj" for c in child.children):
            return True  # "gathered outside the prison and demanded their release" (types67)
    return _before_a_seat(trigger)


# buildings of authority a crowd gathers before (types67); a generic one only
# with a word naming whose it is ("the parliament building", "the ministry's
# offices", "the gates of the prison"), not "gathered outside the building"
SEATS = frozenset({"parliament", "court", "courthouse", "prison", "jail", "headquarters",
                   "ministry", "embassy", "consulate", "palace", "administration",
                   "legislature", "congress"})
GENERIC_SEATS = frozenset({"building", "station", "residence", "gate", "gates", "hall",
                           "office", "offices", "assembly", "compound"})
PREVENTING = frozenset({"prevent", "stop", "bar", "block", "keep", "ban", "forbid"})


def _seat(obj: Token) -> bool:
    if _lemma(obj) in SEATS or obj.lower_ in SEATS:
        return True
    return (_lemma(obj) in GENERIC_SEATS or obj.lower_ in GENERIC_SEATS) and any(
        c.dep_ in ("compound", "amod", "poss") or c.dep_ == "prep" and c.lower_ == "of"
        for c in obj.children)


def _before_a_seat(trigger: Token) -> bool:
    """Class *a crowd before a seat of authority* (types67): "relatives
    gathered outside the police headquarters", "about 300 people had
    gathered in front of the administration building" -- people (not
    officials: "ministers gathered outside the palace for a photograph"
    stays a meeting) gathering outside a parliament, court, prison,
    ministry, embassy or office are a demonstration."""
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    if any(_lemma(s) in OFFICIALS or s.lower_.rstrip("s") in OFFICIALS for s in subjects):
        return False
    if trigger.dep_ == "pcomp" and trigger.head.lower_ == "from" and \
            _lemma(trigger.head.head) in PREVENTING:
        return False  # "police prevented relatives from gathering outside the court"
    for prep in trigger.children:
        if prep.dep_ != "prep":
            continue
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "in" and any(o.lower_ == "front" for o in objs):
            objs = [g for o in objs for p in o.children if p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"]
        elif prep.lower_ != "outside":
            continue
        if any(_seat(o) for o in objs):
            return True
    return False


# people whose gathering is a meeting, even when counted
OFFICIALS = frozenset({"minister", "leader", "official", "delegate", "diplomat", "envoy",
                       "representative", "lawmaker", "legislator", "negotiator", "president",
                       "executive", "head", "expert", "scientist", "journalist", "reporter"})


def _counted_people(subj: Token) -> bool:
    """"Dozens", "10,000", "hundreds of schoolchildren": a count of people
    who are not officials (types26)."""
    if not is_count(subj):
        return False
    counted = [g for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj"]
    return not any(_lemma(g) in OFFICIALS for g in counted)


# what a crowd burns to make a point: a demonstration, not a riot
SYMBOLS = {"flag", "effigy", "poster", "portrait", "picture", "photo", "photograph", "banner",
           "image", "copy", "book", "jersey", "shirt", "ballot", "card"}


def burns_a_symbol(trigger: Token) -> bool:
    """A burning verb whose object (or passive subject) is a symbol."""
    if _lemma(trigger) not in {"burn", "torch", "set"}:
        return False
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if _lemma(trigger) == "set":  # "set fire to flags"
        objs = [g for p in trigger.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                for g in p.children if g.dep_ == "pobj"]
    return any(_lemma(o) in SYMBOLS for o in objs)


STORM_WORDS = frozenset({"storm", "storming"})
RELATIVES = frozenset({"who", "that", "which"})


def _stormers(trigger: Token) -> list[Token]:
    """The doers of a storming: the subject (of the verb it is joined to,
    or of the verb whose complement it is: "tried to storm"), the noun a
    relative "who" stands for, the "by" agent. The climb stops at the first
    verb with a subject: "police fired and students stormed" are two clauses."""
    head, out = trigger, []
    for _ in range(4):  # "gathered and tried to storm"
        subject = False
        for c in head.children:
            if c.dep_ == "nsubj":
                subject = True
                out.append(c.head.head if c.lower_ in RELATIVES and c.head.dep_ == "relcl" else c)
            if c.dep_ in ("agent", "prep") and c.lower_ == "by":
                out += [g for g in c.children if g.dep_ == "pobj"]
        if subject or head.dep_ not in ("conj", "xcomp"):
            break
        head = head.head
    return out


def civilians_storm(trigger: Token, actor: ActorMention | None) -> bool:
    """A storming by people who are neither a security force nor an armed
    group (nor a state actor); with no doer, one in a protest story."""
    if _lemma(trigger) not in STORM_WORDS and trigger.lower_ not in STORM_WORDS:
        return False
    words = word_classes()
    force = words["security_words"] | words["armed_groups"] | IRREGULARS | {
        "pirate", "pirates", "gunmen", "gang", "gangs", "police", "guard", "guards"}
    doers = _stormers(trigger)
    if not doers:
        return actor is None and _protest_story(trigger)
    if actor is not None and set(actor.sectors) & ARMED_SECTORS:
        return False
    return not any(_words(d) & force for d in doers)


ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "INS", "SEP", "UAF", "SPY"})
