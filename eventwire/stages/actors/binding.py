"""Class *an object pronoun is not its own clause's subject* (binding
principle B): in "police fired tear gas to disperse them", "soldiers
dispersed them", "demonstrators who attacked them", "youths pelting them
with rocks" or "Arce had asked him", the non-reflexive object pronoun
cannot stand for the subject of the verb it is the object of. The subject
is the verb's own ``nsubj``; for a purpose, controlled or coordinated verb
without one, the subject of the verb it hangs from ("to disperse them");
for a relative or participial clause, the noun the clause modifies.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.models import ActorMention

OBJECT_DEPS = ("dobj", "obj", "dative", "iobj", "pobj")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# verbs without a subject of their own take the subject of their head
INHERITS_SUBJECT = ("xcomp", "advcl", "conj")
MODIFIER_CLAUSES = ("relcl", "acl")
RELATIVE_TAGS = ("WP", "WDT")
MAX_CLIMB = 4


def _governing_verb(pronoun: Token) -> Token | None:
    if pronoun.dep_ not in OBJECT_DEPS:
        return None
    head = pronoun.head
    if pronoun.dep_ == "pobj":  # "fired at them": the preposition's verb
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def clause_subjects(pronoun: Token) -> list[Token]:
    """Tokens that head the subject of the clause ``pronoun`` is the object
    of; empty when the pronoun is no object or the subject is not found."""
    verb = _governing_verb(pronoun)
    for _ in range(MAX_CLIMB):
        if verb is None:
            return []
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            if verb.dep_ == "relcl" and subjects[0].tag_ in RELATIVE_TAGS:
                return [verb.head]  # "demonstrators who attacked them"
            return subjects
        if verb.dep_ in MODIFIER_CLAUSES:
            return [verb.head]  # "youths pelting them"
        if verb.dep_ not in INHERITS_SUBJECT or verb.head == verb:
            return []
        verb = verb.head
    return []


def own_subject_mentions(pronoun: Token, mentions: list[ActorMention],
                         earlier: list[int]) -> frozenset[int]:
    """Of the ``earlier`` mentions, those an object pronoun cannot stand
    for: its clause's subject, and mentions with the subject's head word
    ("pelted police ... riot police fired tear gas to disperse them")."""
    subjects = clause_subjects(pronoun)
    found = {j for j in earlier for s in subjects
             if mentions[j].start <= s.idx < mentions[j].end}
    if not found:  # no subject mention: no head word to share (speed30)
        return frozenset()
    heads = {head_word(mentions[j]) for j in found}
    return frozenset(j for j in earlier if j in found or head_word(mentions[j]) in heads)


def head_word(m: ActorMention) -> str:
    words = m.text.lower().split()
    return words[-1] if words else ""


def subject_phrase_mentions(pronoun: Token, mentions: list[ActorMention],
                            earlier: list[int]) -> frozenset[int]:
    """Of the ``earlier`` mentions, every one inside the phrase of the
    clause's subject: its possessor and its conjuncts too ("China's
    foreign ministry urged it", "Belgrade and Moscow do not recognise
    it"). Used for an object "it" that is the party addressed
    (``agentive_it.addressed_it``): a body is not urged or accused by its
    own ministry, and the other conjuncts of the subject act with it. Not
    for people ("John's mother called him": him may be John)."""
    spans = [(s.left_edge.idx, s.right_edge.idx + len(s.right_edge.text))
             for s in clause_subjects(pronoun)]
    return frozenset(j for j in earlier for lo, hi in spans
                     if lo <= mentions[j].start < hi)


def clause_objects(pronoun: Token) -> list[Token]:
    """Heads of the objects of the verb a subject pronoun is the subject of
    ("He shot Ortiz": Ortiz; "They fired at the police": police)."""
    if pronoun.dep_ not in SUBJECT_DEPS:
        return []
    verb = pronoun.head
    found = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    found += [g for c in verb.children if c.dep_ == "prep"
              for g in c.children if g.dep_ == "pobj"]
    return found


def own_object_mentions(pronoun: Token, mentions: list[ActorMention], earlier: list[int],
                        later: list[int]) -> frozenset[int]:
    """Class *a subject pronoun is not its own verb's object* (binding
    principle C): in "He shot Ortiz once", "They attacked the police
    station guards", "It accused Israel of ..." the pronoun cannot stand for
    the name its verb takes as object, so of the ``earlier`` mentions those
    with that object's head word are excluded."""
    objects = clause_objects(pronoun)
    heads = {head_word(mentions[j]) for j in later for o in objects
             if mentions[j].start <= o.idx < mentions[j].end}
    heads |= {o.lower_ for o in objects if o.pos_ == "PROPN"}  # a surname no mention took
    if not heads:  # no object word: no earlier mention is excluded (speed30)
        return frozenset()
    return frozenset(j for j in earlier if head_word(mentions[j]) in heads)


# the types of acts done *to* someone else's people: "fired on its soldiers"
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})
# nouns of a relation to the owner itself: "jailed its critics" (its = the jailer)
RELATIONAL_NOUNS = frozenset({"critic", "opponent", "rival", "enemy", "foe", "detractor",
                              "adversary", "neighbour", "neighbor", "dissident"})


def _hostile_verb(verb: Token) -> bool:
    from eventwire.stages.events.triggers import load_lexicon

    entry = load_lexicon().verbs.get(verb.lemma_.lower())
    return entry is not None and entry.get("type") in HOSTILE_TYPES


def hostile_object(noun: Token) -> bool:
    """Whether ``noun`` is the object of a verb of force or coercion
    (``HOSTILE_TYPES`` in the event lexicon): "attacked [their positions]"."""
    verb = _governing_verb(noun)
    return verb is not None and _hostile_verb(verb)


def _owned_site(noun: Token) -> bool:
    """An installation or vehicle that stands for its owner ("shelled
    their positions", "raided its offices", "torched their vehicles"; the
    ``installations`` and ``owned_vehicles`` of roles.yaml)."""
    from eventwire.stages.events.mention_lookup import role_classes

    words = role_classes()["installations"].keys() | set(role_classes()["owned_vehicles"])
    return noun.lower_ in words or noun.lemma_.lower() in words


def hostile_owner_mentions(possessive: Token, mentions: list[ActorMention],
                           earlier: list[int]) -> frozenset[int]:
    """Class *the owner of the people a hostile act is done to is not its
    doer*: "its"/"their" on the people a verb of force or coercion acts on
    stands for another party than the verb's subject -- "Nigerien soldiers
    shot at its customs officers" (the country named before), "the army detained
    their leaders" (the group), "gunmen abducted its staff" (the
    organisation). Not with "own" ("shelled its own people"), nor with a
    noun of relation ("jailed its critics"), nor for his/her ("he stabbed
    his wife"), nor for things ("closed its borders"): only an agent noun
    the actor stage made a mention of, or an installation or vehicle that
    stands for its owner (recips29: "government troops attacked their
    positions", "police raided its offices"). The doer is only passed
    over: with no other party named before, it stays the owner (review46:
    "Iran arrested its citizens", "the company fired its workers")."""
    noun = possessive.head
    if not earlier or not owned_by_another(possessive, mentions):
        return frozenset()
    return own_subject_mentions(noun, mentions, earlier) | \
        subject_phrase_mentions(noun, mentions, earlier)


def owned_by_another(possessive: Token, mentions: list[ActorMention]) -> bool:
    """Whether "its"/"their" is on people or a site a hostile act is done
    to (:func:`hostile_owner_mentions`); checked before any mention list is
    built, so other possessives cost a few word tests."""
    noun = possessive.head
    if possessive.lower_ not in ("its", "their") or noun.lemma_.lower() in RELATIONAL_NOUNS \
            or any(c.lower_ == "own" for c in noun.children) or not hostile_object(noun):
        return False
    return _owned_site(noun) or any(
        m.start <= noun.idx < m.end and m.kind in ("agent", "person") for m in mentions)
