"""Class *a re-told killing takes the weapon of the same act* (modes38;
docs/annotation.md "Mode decisions across the record sets", decision 1 of
relabel49).

A killing told with no weapon of its own ("the killing", "was murdered",
"killed six", a headline) is the act the article tells elsewhere with its
weapon, when the text ties the two together; then it carries that act's
mode. The tie is one of three, read on the article's events once, after
the cascade, the re-mention rule and the ranker have left the killing with
no mode:

* **same victim** -- the killing's recipient shares its head noun or a
  name (not a nationality) with the recipient of an ASSAULT that has a
  weapon mode ("police shot
  Grigoropoulos ... charged with killing Grigoropoulos"; "gunmen fired on
  the herders ... the killing of seven herders"); not when the killing
  names its cause by an attack noun ("the raids killed four civilians":
  the raids are the act, whoever else fired at civilians);
* **the attack as the cause** -- the killing's subject, or the object of its
  "in"/"during"/"by" phrase, is itself an ASSAULT trigger of the article
  with a weapon mode ("the strikes killed nine", "three were killed in the
  attack", "killed in a clash" where the clash has a mode);
* **a definite reference** -- "the killing(s)", "the murder", "the
  mayor's killing", or a killing whose cause is a definite attack noun
  ("the strikes killed nine", "killed in the attack") or a headline's
  attack noun ("guard killed in clash"): it is the last body killing
  told before it and takes that killing's mode, or none when that killing
  has none ("460 were killed at the hospital ... called the killings
  genocide"); with no killing before it (a headline), the article's weapon
  modes must agree on one (as ``mode_context.inherit_modes`` for other
  event nouns, but the weapon may be told after it);
* **a bare re-telling** (modes42) -- any killing of the headline ("Teen
  killed by police", "after weekend killings") and a killing a court or a
  charge re-tells ("charged with killing X", "convicted of murdering a
  deputy", "accusing the army of killing villagers"): like a definite
  reference, but only the weapons of the killing's side count when its
  doer is a state force or an armed group ("rebels say they killed twelve
  soldiers" beside "army helicopters bombed"), and not when the text puts
  the death down to unrest or a vehicle ("two killed as a protest turns
  violent", "killed by a police van").

A killing that is another act stays null (the guide's near-misses): one
said to be "similar", "another", "earlier" or "previous" ("in a similar
raid in 2019, ten were killed"); one whose sentence names a year while the
tied weapon's sentence names only others; one tied to no weapon act (a
toll of days of unrest, deaths whose cause is not given); one tied by a
class of people only ("protesters") whose sentence names a year the
weapon's does not ("dozens of protesters were killed in June 2021" beside
"police fired tear gas at protesters"); one whose doer is resolved to
another actor than the tied act's ("Israeli troops killed three
smugglers" beside "Egyptian border guards shot two smugglers"). Cheap by design (speed budget):
one pass over the document's events, token look-ups on the trigger and the
recipient span only, no second parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from eventwire.models import ActorMention, EventMention
from eventwire.nlp.extensions import title_end
from eventwire.stages.events.mode_context import DEFINITE

# the killing verbs and nouns of the guide's decision
KILLING_LEMMAS = {"kill", "killing", "murder", "slay", "slaying", "homicide"}
# the modes that name a weapon or a platform (ASSAULT)
WEAPON_MODES = {"suicide-attack", "drone", "unconventional", "aerial", "explosives",
                "heavy-weapons", "firearms", "crowd-control", "primitive"}
# the prepositions that put the killing inside an attack ("killed in the strike")
CAUSE_PREPS = {"in", "during", "by"}
# words that make a killing another act than the one told
OTHER_ACT = re.compile(r"\b(?:similar|another|earlier|previous|prior)\b", re.I)
# recipient words that name nobody in particular
GENERIC = {"people", "person", "persons", "others", "one", "least"}
# nouns naming an attack: "the strikes killed nine", "killed in the ambush"
ATTACK_NOUNS = {"strike", "airstrike", "attack", "raid", "assault", "clash", "ambush",
                "shelling", "bombing", "blast", "explosion", "shooting", "gunfire"}
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a sentence that tells its act as one apart from the story's ("Separately,
# soldiers shot two smugglers", "in a separate incident", "in another
# attack"): its weapon is not a re-told killing's (review94)
SEPARATE_ACT = re.compile(r"\bseparate(?:ly)?\b|\banother (?:attack|incident|raid)\b", re.I)
# the words of a charge, a trial or an accusation whose "of/with/for" phrase
# names a killing (modes42)
COURT_WORDS = {"charge", "accuse", "convict", "guilty", "sentence", "indict", "trial", "try",
               "jail", "acquit", "prosecute", "suspicion", "arrest", "detain", "suspect"}
# causes of death that are no attack with a weapon: unrest, traffic (modes42)
NO_WEAPON_CAUSES = {"protest", "protester", "riot", "rioter", "unrest", "demonstration",
                    "demonstrator", "rally", "stampede", "vehicle", "car", "truck", "lorry",
                    "bus", "van", "jeep", "motorcycle", "motorbike", "train", "crash",
                    "accident", "collision"}
# the two sides a fight is told between (actor sectors)
STATE_FORCES = {"MIL", "COP", "SPY"}
NON_STATE = {"REB", "UAF"}
FRAME_PREPS = {"with", "of", "for", "on", "over", "in"}


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _words(mention: ActorMention | None) -> set[str]:
    """The content words of a party's text (the doers' comparison)."""
    if mention is None:
        return set()
    return {w for w in re.findall(r"[a-z][a-z'-]+", mention.text.lower())
            if w not in STOP_WORDS and w not in GENERIC}


def _victims(doc: Doc, mention: ActorMention | None) -> set[str]:
    """Who the party is: its head noun's lemma and its names ("seven
    Mauritanian herders" -> herder; "teenager Alexandros Grigoropoulos" ->
    alexandros, grigoropoulos; a name in apposition to its head counts:
    "the opposition mayor Ilir Basha" -> mayor, ilir, basha), not a modifier ("*Thai* civilians" and
    "*Thai* territory" are not the same victim)."""
    span = None if mention is None else _span(doc, mention.start, mention.end)
    if span is None:
        return set()
    keys = {t.lower_ for t in _with_apposition(span)
            if t.pos_ == "PROPN" and t.ent_type_ != "NORP"}
    # every conjunct is a victim ("a trader and a driver", modes42)
    root = span.root
    heads = [root, *(c for c in root.children if c.dep_ == "conj")]
    if root.dep_ == "conj":
        heads.append(root.head)
    keys |= {h.lemma_.lower() for h in heads if h.ent_type_ != "NORP"}
    return keys - GENERIC - STOP_WORDS


def _killing_root(doc: Doc, event: EventMention) -> Token | None:
    """The trigger's root when the event is an ASSAULT killing."""
    if event.type != "ASSAULT":
        return None
    span = _span(doc, event.trigger.start, event.trigger.end)
    if span is None or span.root.lemma_.lower() not in KILLING_LEMMAS \
            and span.root.lower_ not in KILLING_LEMMAS:
        return None
    return span.root


def _definite(root: Token) -> bool:
    return root.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "det" and c.lower_ in DEFINITE or c.dep_ == "poss" for c in root.children)


def _definite_reference(root: Token) -> bool:
    """A definite killing noun, or a killing whose cause is a definite attack
    noun ("the strikes killed nine", "killed in the ambush") or an attack
    noun of the headline ("Guard killed in clash with smugglers")."""
    if _definite(root):
        return True
    in_title = 0 <= root.idx < title_end(root.doc)
    return any(t.lemma_.lower() in ATTACK_NOUNS and (_definite(t) or in_title)
               for t in _cause_tokens(root))


def _retold_frame(root: Token) -> bool:
    """A killing the text re-tells with no article or attack noun (modes42):
    any killing of the headline ("Teen killed by police", "after weekend
    killings": the headline names the act the body tells) or one a court or
    a charge re-tells (:func:`_court_frame`), unless the text puts it down
    to unrest or traffic (:func:`_no_weapon_cause`)."""
    return (0 <= root.idx < title_end(root.doc) or _court_frame(root)) \
        and not _no_weapon_cause(root)


def _no_weapon_cause(root: Token) -> bool:
    """The killing is put down to unrest or to a vehicle, not to an attack
    ("two killed as a protest turns violent", "riots kill 15", "a driver
    killed by a police vehicle"): the guide's toll of unrest and traffic
    death, which no weapon told elsewhere describes (modes42)."""
    causes = _cause_tokens(root)
    if root.tag_ == "VBN":  # "teen killed by police": the subject is the victim
        causes = [t for t in causes if t.dep_ not in ("nsubj", "csubj")]
    words = [t for t in causes for t in t.subtree]
    words += [t for c in root.children if c.dep_ == "advcl"
              or c.dep_ == "prep" and c.lower_ in ("as", "amid") for t in c.subtree]
    return any(t.lemma_.lower() in NO_WEAPON_CAUSES for t in words)


def _court_frame(root: Token) -> bool:
    """The killing is what someone is charged with, tried, convicted,
    sentenced or accused for ("charged with killing X", "convicted of
    murdering a deputy", "sentenced for the killing of", "accusing the army
    of killing villagers"): a court story re-tells the act, it does not
    tell a new one (modes42)."""
    prep = root.head
    if root.dep_ not in ("pcomp", "pobj") or prep.dep_ != "prep" \
            or prep.lower_ not in FRAME_PREPS:
        return False
    head = prep.head
    if head.dep_ == "dobj":  # "convicted a bodyguard of murdering": "of" on the object
        head = head.head
    return head.lemma_.lower() in COURT_WORDS


def _cause_tokens(root: Token) -> list[Token]:
    """The killing's subject and the objects of its "in"/"during"/"by" phrase."""
    out = [c for c in root.children if c.dep_ in ("nsubj", "csubj")]
    for prep in (c for c in root.children if c.dep_ in ("prep", "agent")
                 and c.lower_ in CAUSE_PREPS):
        out += [g for g in prep.children if g.dep_ == "pobj"]
    return out


def _another_act(sentence: str, weapon_sentence: str) -> bool:
    """Told as another act: "similar"/"another" in its sentence, or a year
    there while the weapon's sentence names other years only."""
    if OTHER_ACT.search(sentence):
        return True
    years, weapon_years = set(YEAR.findall(sentence)), set(YEAR.findall(weapon_sentence))
    return bool(years) and bool(weapon_years) and not years & weapon_years


def _other_year(sentence: str, weapon_sentence: str) -> bool:
    """A year in the killing's sentence that the weapon's does not name: a
    class of people killed then ("dozens of protesters were killed in June
    2021") is not the class fired on now."""
    return bool(set(YEAR.findall(sentence)) - set(YEAR.findall(weapon_sentence)))


def _dated_apart(doc: Doc, killing: EventMention, weapon: EventMention) -> bool:
    """A court's killing of a year the weapon act's sentence does not name,
    while that sentence gives its act a time of its own ("convicted of
    killing 30 villagers in 2012" beside "last week his fighters shelled a
    camp"): two acts (review94). A weapon sentence with no time of its own
    may still tell the killing ("accused of killing a mother in Oct. 2011"
    beside "after gunfire erupted outside the school")."""
    if not _other_year(killing.sentence.text, weapon.sentence.text):
        return False
    sent = _span(doc, weapon.sentence.start, weapon.sentence.end)
    return sent is not None and any(e.label_ == "DATE" for e in sent.ents)


def _other_doer(killing: EventMention, weapon: EventMention) -> bool:
    """Both doers named, with different ids and no word in common."""
    a, b = killing.actor, weapon.actor
    if a is None or b is None or not a.actor_id or not b.actor_id or a.actor_id == b.actor_id:
        return False
    return not _words(a) & _words(b)


def _rival_doer(killing: EventMention, weapon: EventMention) -> bool:
    """The other side did it: different doers by id (:func:`_other_doer`) or,
    with no id, a state force against a non-state armed group ("rebels
    killed two soldiers" beside "the army shelled villages"): that weapon is
    not the killing's (modes42)."""
    if _other_doer(killing, weapon):
        return True
    a, b = _side(killing.actor), _side(weapon.actor)
    return bool(a) and bool(b) and a != b


def _side(mention: ActorMention | None) -> str:
    """``state`` for armed forces and police, ``armed`` for rebels and
    militias, "" otherwise (a civilian, a place read as a party)."""
    sectors = set() if mention is None else set(mention.sectors)
    if sectors & STATE_FORCES:
        return "" if sectors & NON_STATE else "state"
    return "armed" if sectors & NON_STATE else ""


def _same_side_weapons(killing: EventMention,
                       weapons: list[EventMention]) -> list[EventMention]:
    """The weapon acts a bare re-telling can be told of: when its doer is
    of a side (state forces, armed groups), only that side's acts -- a
    strike no doer is named for may be the other side's ("rebels say they
    killed twelve soldiers" beside "army helicopters bombed"); with no
    side, every act not done by a rival (:func:`_rival_doer`)."""
    side = _side(killing.actor)
    if side:
        return [w for w in weapons if _side(w.actor) == side]
    return [w for w in weapons if not _rival_doer(killing, w)]


def _tied(doc: Doc, killing: EventMention, root: Token,
          weapons: list[EventMention]) -> tuple[EventMention, bool] | None:
    """The weapon act the killing is tied to by its cause or its victim, and
    whether the tie is a name (the same person at any time) rather than a
    class of people or an attack noun."""
    by_start = {w.trigger.start: w for w in weapons}
    causes = _cause_tokens(root)
    for tok in causes:
        found = by_start.get(tok.idx)
        if found is not None:
            return found, False
    if any(t.lemma_.lower() in ATTACK_NOUNS for t in causes):
        return None  # "the raids killed": the attack named is the act, not a victim's
    victims = _victims(doc, killing.recipient)
    tied = [(w, victims & _victims(doc, w.recipient)) for w in weapons]
    tied = [(w, shared) for w, shared in tied if shared]
    if not tied or len({w.mode for w, _ in tied}) > 1:
        return None  # "a trader and a driver killed": shot and stabbed, two acts (modes42)
    weapon, shared = tied[0]
    return weapon, bool(shared & _names(doc, killing.recipient))


def _names(doc: Doc, mention: ActorMention | None) -> set[str]:
    span = None if mention is None else _span(doc, mention.start, mention.end)
    if span is None:
        return set()
    return {t.lower_ for t in _with_apposition(span) if t.ent_type_ == "PERSON"}


def _with_apposition(span: Span) -> list[Token]:
    """The party's words and a name in apposition to its head ("the mayor,
    Ilir Basha": the rules' recipient text may stop at "mayor")."""
    return list(span) + [t for c in span.root.children if c.dep_ == "appos"
                         for t in [c, *c.children] if t is c or t.dep_ in ("compound", "flat")]


def _carried(doc: Doc, killing: EventMention, root: Token, weapons: list[EventMention],
             before: list[str | None]) -> str | None:
    """The killing's mode; ``before`` holds the modes of the body's killings
    told before it (text order), which a definite killing noun refers back
    to (a headline is no antecedent: it retells the body)."""
    found = _tied(doc, killing, root, weapons)
    if found is not None:
        tied, by_name = found
        own, other = killing.sentence.text, tied.sentence.text
        if _other_doer(killing, tied) or _another_act(own, other) or \
                not by_name and _other_year(own, other):
            return None
        return tied.mode
    definite = _definite_reference(root)
    if not definite and not _retold_frame(root) or _another_act(killing.sentence.text, ""):
        return None
    if before:  # "the killing" is the last killing told: its mode, or none
        return before[-1]
    # a weapon act later in the killing's own sentence that no tie reaches
    # is another act told beside it ("the raid killed twelve, bringing the
    # number killed in airstrikes to ninety"); a later sentence may still
    # tell the weapon of the act the lede names
    at = killing.sentence.start
    weapons = [w for w in weapons if not SEPARATE_ACT.search(w.sentence.text)]
    if not definite:  # a bare retelling names no act: its side's weapons only
        weapons = [w for w in _same_side_weapons(killing, weapons)
                   if not _dated_apart(doc, killing, w)]
    beside = {w.mode for w in weapons
              if w.sentence.start == at and w.trigger.start > killing.trigger.start}
    modes = {w.mode for w in weapons
             if w.sentence.start != at or w.trigger.start < killing.trigger.start}
    if beside - modes:  # "the killing of three farmers in 2009, when militiamen
        return None     # stabbed them" beside a shooting now: not one weapon (modes42)
    return next(iter(modes)) if len(modes) == 1 else None


def carry_killing_modes(doc: Doc, events: Iterable[EventMention]) -> None:
    """Give each re-told killing the mode of its act (module docstring)."""
    events = sorted(events, key=lambda e: e.trigger.start)
    weapons = [e for e in events if e.type == "ASSAULT" and e.mode in WEAPON_MODES]
    if not weapons:
        return
    before: list[str | None] = []
    title = title_end(doc)
    for event in events:
        root = _killing_root(doc, event)
        if root is None:
            continue
        if event.mode is None:
            event.mode = _carried(doc, event, root, [w for w in weapons if w is not event],
                                  before)
        if event.trigger.start > title:  # a headline retells the body: no antecedent
            before.append(event.mode)
