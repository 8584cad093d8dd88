"""Where the mode assigner looks for its cues: the event's own clause, the
content of a speech act, the object of an act, and earlier mentions of the
same event. Kept apart from the cue matching (``modes.py``) because these
are parse decisions, not word lists.

* **own clause** — the trigger's clause without the clauses and adjuncts
  that hold *other* events: adverbial, relative and coordinated clauses
  ("condemned the attack and *ordered an investigation*") and time/cause
  phrases ("protest *after a night of clashes*"). A cue there describes the
  other event, not this one. So does a noun coordinated with a noun trigger
  (modes57): "*protests* and riots erupted", "torture and *abductions*",
  "riots and *looting*" name two acts, each with its own mode (the record
  sets give the conjuncts different modes, 8 of 8).
* **content** — for acts whose mode is their content (REQUEST, REJECT,
  THREATEN: "demanded *the withdrawal of troops*", "warned *that they would
  hit the airports*"), the trigger's complements without its subject.
* **person object** — "seizing *12 nationals*", "attacked *him*": the act is
  done to people (COERCE arrest, ASSAULT beat) rather than to things.
* **re-mentions** — "the attack" after "a drone struck the base" is the same
  event and takes its mode (:func:`inherit_modes`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from eventwire.models import EventMention
from eventwire.nlp.arrays import head_indices
from eventwire.nlp.spans import expand_root
from eventwire.stages.events.mode_words import mode_words

# dependencies that open a clause of another event
OTHER_CLAUSE_DEPS = {"advcl", "relcl", "parataxis", "ccomp", "csubj"}
# prepositions whose object is a circumstance, usually another event
CIRCUMSTANCE_PREPS = {"after", "before", "following", "since", "amid", "despite", "during",
                      "over", "until", "ahead", "against"}
PERSON_PRONOUNS = {"him", "her", "me", "us", "them"}
# verbs a headline puts in the present whose noun reading the parser prefers
HEADLINE_VERBS = {"fire", "use", "hurl", "throw"}
PERSON_ENTS = {"PERSON", "NORP"}
DEFINITE = {"the", "this", "that", "these", "those"}


# where the act's target sits: a participle there tells what the target was doing
TARGET_DEPS = {"dobj", "pobj", "nsubjpass"}


def _other_event_child(child: Token) -> bool:
    """Does ``child`` head a clause or adjunct of another event? Also a
    participle on the act's target: "fired teargas at youths *throwing
    molotov cocktails*" names the youths' weapons, not the police's."""
    if child.dep_ in OTHER_CLAUSE_DEPS:
        return True
    if child.dep_ == "acl" and child.tag_ == "VBG" and child.head.dep_ in TARGET_DEPS:
        return True
    if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
        return True
    return child.dep_ == "prep" and child.lower_ in CIRCUMSTANCE_PREPS


def _subtree_without(top: Token, cut: Callable[[Token, Token], bool]) -> list[Token]:
    """``top``'s subtree in text order, leaving out every ``child`` (and what
    hangs below it) for which ``cut(parent, child)`` holds."""
    out: list[Token] = []
    stack = [top]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(child for child in tok.children if not cut(tok, child))
    return sorted(out, key=lambda t: t.i)


def _walk(top: Token, keep: Token) -> list[Token]:
    """``top``'s subtree without the subtrees of other events (``keep``, the
    trigger, is never cut off), in text order."""
    line = head_line(keep)
    return _subtree_without(top, lambda tok, child: child.i not in line
                            and (_other_event_child(child) or _coordinated_act(tok, child, keep)))


NOUNS = frozenset({"NOUN", "PROPN"})


def _coordinated_act(tok: Token, child: Token, trigger: Token) -> bool:
    """A noun conjunct of a noun trigger: another act ("protests and *riots*")."""
    return tok == trigger and child.dep_ == "conj" and tok.pos_ in NOUNS and child.pos_ in NOUNS


def head_line(tok: Token) -> set[int]:
    """``tok`` and every head above it: the tokens whose subtree holds
    ``tok`` (``tok in child.subtree`` asked per child walked a subtree of
    Tokens; the positions are climbed once, speed24)."""
    heads = head_indices(tok.doc)
    i, line = tok.i, {tok.i}
    for _ in range(len(heads)):
        if heads[i] == i:
            break
        i = heads[i]
        line.add(i)
    return line


def clause_head(trigger: Span) -> Token:
    """The verb whose clause the trigger belongs to: a noun or infinitive
    that is an object or a purpose ("carried out *the bombing*", "staged a
    strike to *protest*") takes its governor's clause."""
    root = trigger.root
    if _headline_verb(root):
        return root.head
    if root.dep_ == "pobj" and root.head.lower_ in CIRCUMSTANCE_PREPS:
        return root  # "torched *during protests*": the adjunct is its own event
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head != root.head:
        return root.head.head  # "put its forces [on] *alert*": the verb's clause
    if root.dep_ in ("xcomp", "dobj", "pobj") or _purpose(root):
        return root.head
    return root


def _headline_verb(tok: Token) -> bool:
    """Class *a headline verb read as a modifier noun*: in "Kenyan police
    *fire* tear gas at protesters" or "Spanish police *fire* rubber bullets"
    the parser makes "fire" a compound of "gas"/"bullets"; what it modifies is
    its object, so the clause is the head noun's ("tear gas", the weapon)."""
    return tok.dep_ in ("compound", "nmod") and tok.pos_ == "NOUN" and tok.head.i > tok.i \
        and tok.lemma_.lower() in HEADLINE_VERBS


def _purpose(tok: Token) -> bool:
    """A purpose infinitive ("started a hunger strike *to protest*") tells
    why its governor's act was done: the act is the governor's."""
    return tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                       for c in tok.children)


def own_clause(trigger: Span) -> list[Token]:
    """The trigger's clause without the clauses of other events; a trigger
    in a clause that modifies a noun ("a conference *attended* by 25
    countries") also has that noun."""
    root = trigger.root
    noun = [root.head] if root.pos_ == "VERB" and root.head.pos_ in ("NOUN", "PROPN") \
        and root.head != root else []
    return noun + _shared_subject(root) + _walk(clause_head(trigger), root)


def _shared_subject(root: Token) -> list[Token]:
    """A coordinated verb without a subject of its own shares its first
    conjunct's ("warplanes circled the town and *bombed* it")."""
    if root.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return []
    return [t for c in root.head.children if c.dep_ in ("nsubj", "nsubjpass")
            for t in c.subtree]


def content(trigger: Span) -> list[Token]:
    """The trigger and what it is about: its complements (objects,
    infinitives, that-clauses, "for"-phrases), without its subject and
    without adverbial clauses ("rejected the proposal, *saying …*"). A
    to-infinitive the parser hangs as an adverbial clause of the act ("called
    on Belgrade and Pristina *to resume* talks") is content."""
    root = trigger.root

    def cut(tok: Token, child: Token) -> bool:
        if tok == root:
            if _purpose(child):  # "called on X *to resume* talks": the request's content
                return False
            return child.dep_ in ("nsubj", "nsubjpass", "advcl", "parataxis", "conj", "cc",
                                  "punct")
        return child.dep_ in ("advcl", "parataxis")
    return _subtree_without(root, cut)


def objects_of(trigger: Span) -> list[Token]:
    """What the act is done to: the verb's direct object or passive subject,
    the noun's "of" object ("the capture *of* 23 pirates")."""
    root = trigger.root
    found = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"):
        found += [c for c in prep.children if c.dep_ == "pobj"]
    return found


def is_person(tok: Token, person_nouns: frozenset[str]) -> bool:
    """A person or people: a personal pronoun, a PERSON/NORP name, or a noun
    for people ("suspects", "nationals", "pirates").

    The patient test of the mode rules (a rescue *of people*, an attack on
    people): object pronouns only ("him", "them": it reads objects), any
    NORP (a group, "Kurds"), and ``person_nouns`` passed in (the caller's
    list). Differs on purpose from ``custody_holds.is_person`` (adds names
    the tagger mislabels and custody nouns; NORP only plural) and
    ``judicial._is_person`` (custody and questioned nouns, no plural
    people nouns): each predicate's word list is its verb sense's
    patients, and merging them changes what each rule fires on."""
    if tok.lower_ in PERSON_PRONOUNS:
        return True
    if tok.ent_type_ in PERSON_ENTS:
        return True
    return tok.lemma_.lower() in person_nouns or tok.lower_ in person_nouns


def noun_phrase(tok: Token) -> list[Token]:
    """The object and its modifiers and conjuncts, not what hangs from a
    preposition or a clause ("the homes *of activists*" are homes)."""
    out, stack = [], [tok]
    while stack:
        cur = stack.pop()
        out.append(cur)
        stack += [c for c in cur.children if c.dep_ not in ("prep", "relcl", "acl", "appos")]
    return out


def object_parties(obj: Token) -> list[Token]:
    """The words of an object phrase that can name who the act is done to:
    the head and its conjuncts, a nationality adjective on them ("12
    *Somali* nationals"), and the rest of a name ("opposition leader *Juan*
    Guaido"). Class *a modifier of the thing taken is not a person*
    (modes37): a possessor ("took *the officers'* weapons"), a nationality
    inside a compound participle ("the *Portuguese*-flagged tanker", "a
    *Chinese*-crewed trawler"), the adjective "national" ("the *national*
    broadcaster") or a model number the tagger reads as a nationality
    ("two *M16* rifles") tell whose thing it is, not that people were
    taken."""
    heads = [obj] + list(obj.conjuncts)
    mods = [c for h in heads for c in h.children
            if c.dep_ == "amod" and c.ent_type_ == "NORP"
            or c.dep_ == "compound" and h.pos_ == "PROPN" and c.pos_ == "PROPN"]
    return heads + mods


def people_in_phrase(trigger: Span, person_nouns: frozenset[str]) -> bool:
    """Does any word of an object phrase, modifiers included, name a person?
    The mode ranker's ``people=`` feature (mode_features.py), kept as the
    shipped weights were trained on it; the rules read :func:`people_object`."""
    return any(is_person(t, person_nouns)
               for o in objects_of(trigger) for t in noun_phrase(o))


def people_object(trigger: Span, person_nouns: frozenset[str]) -> bool:
    """Is the act done to people: does an object phrase name a person or
    people ("seizing 12 Somali and 11 Yemeni nationals as well as arms",
    "captured rebel commander Ali"), read on :func:`object_parties`?"""
    return any(is_person(t, person_nouns)
               for o in objects_of(trigger) for t in object_parties(o))


def _trigger_root(doc: Doc, event: EventMention) -> Token | None:
    """The root of the trigger's expand-aligned span (``spans.expand_root``,
    kept per trigger), None where there is no span."""
    root = expand_root(doc, event.trigger.start, event.trigger.end)[0]
    return None if root < 0 else doc[root]


def _is_re_mention(root: Token) -> bool:
    """A definite event noun ("the attack", "this assault", "its strike")."""
    return root.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in DEFINITE or c.dep_ == "poss" for c in root.children)


def _campaign_noun(root: Token, campaign: frozenset[str]) -> bool:
    """Is the trigger's head a campaign noun (``inherit_modes``)?"""
    return root.lemma_.lower() in campaign or root.lower_ in campaign


def inherit_modes(doc: Doc, events: Iterable[EventMention]) -> None:
    """Class *anaphoric re-mentions*: a definite event noun with no mode of
    its own ("the attack", "the strike") refers back to an earlier event of
    its type and takes its mode — only while the story has told one way of
    doing it: when the earlier events of the type carry different modes
    ("gunmen opened fire ... mortars hit ... the attack"), the re-mention
    cannot be pinned to one of them and keeps no mode (``modes5``: over the
    seven record sets the unrestricted rule was wrong more often than right).

    Class *a campaign noun re-tells no single act* (modes58): a noun that
    sums up many acts of a side or a period ("the crackdown", "the
    offensive", "the operation", "the violence", "the unrest", "the
    sanctions": ``_campaign_nouns`` in ``modes.yaml``) names the whole run of
    arrests, strikes or shootings, not the one told before it, and keeps no
    mode ("police arrested forty students ... the crackdown drew protests";
    "jets bombed the depot ... the offensive entered its third week")."""
    campaign = mode_words()["_campaign_nouns"]
    seen: dict[str, set[str]] = {}
    for event in sorted(events, key=lambda e: e.trigger.start):
        if event.type is None:
            continue
        earlier = seen.get(event.type, set())
        if event.mode is None and len(earlier) == 1:
            root = _trigger_root(doc, event)  # one root for both tests
            if root is not None and _is_re_mention(root) and not _campaign_noun(root, campaign):
                event.mode = next(iter(earlier))
        if event.mode is not None:
            seen.setdefault(event.type, set()).add(event.mode)


# what a host can host for others: a meeting of two parties
MEETING_NOUNS = {"talk", "talks", "negotiation", "negotiations", "meeting", "dialogue",
                 "round", "summit", "conference", "consultation", "consultations"}
# the hosted parties counted as a pair ("hosted *the two* leaders", "*both* sides")
PAIR_WORDS = {"two", "both", "rival", "warring"}


def _between(noun: Token) -> bool:
    """A meeting *between* parties, also through its "of" noun ("a round of
    talks between the factions")."""
    nouns = [noun] + [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"]
    return any(c.dep_ == "prep" and c.lower_ == "between" for n in nouns for c in n.children)


def _paired(noun: Token) -> bool:
    return noun.tag_ in ("NNS", "NNPS") and any(
        c.lower_ in PAIR_WORDS for c in noun.subtree if c.i < noun.i)


def _meeting_of(obj: Token) -> Token | None:
    """The meeting noun an object names, itself or through a partitive
    "of" ("a round of negotiations", "a series of meetings", "two days of
    talks"): since the event sits on the meeting noun (hosted_things), the
    host may be three heads above it."""
    if obj.lemma_.lower() in MEETING_NOUNS:
        return obj
    return next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children
                 if g.dep_ == "pobj" and g.lemma_.lower() in MEETING_NOUNS), None)


def hosts_others(trigger: Token) -> bool:
    """Class *a host of others' talks is a third party* (CONSULT
    ``third-party``): the verb "host" whose object is a meeting *between*
    parties ("Qatar hosted indirect talks between the factions", "Switzerland
    hosted a round of negotiations between …", through ``_meeting_of``) or a pair
    of parties met "for talks" ("after hosting the two countries' leaders
    for talks"), and a meeting noun hosted so ("the talks between X and Y
    hosted by Oman" is read by the cue "host by"). A host of its own guest
    ("China hosted the Russian president") stays ``visit``."""
    verb = next((t for t in (trigger, trigger.head, trigger.head.head, trigger.head.head.head)
                 if t.lemma_.lower() == "host" and t.pos_ == "VERB"), None)
    if verb is None:
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    meets = [m for m in map(_meeting_of, objs) if m is not None]
    if any(_between(o) or _paired(o) for o in meets):
        return True
    talks = any(p.lower_ == "for" and any(g.lemma_.lower() in MEETING_NOUNS
                                          for g in p.children)
                for p in verb.children if p.dep_ == "prep")
    return talks and any(_paired(o) for o in objs)
