"""Class *a police officer or soldier named by a role noun is what a later
object pronoun of the same sentence stands for* (issue #12, branch recip53;
docs/annotation.md: "a pronoun or role noun is labelled with the country
and sector of whom it stands for"; relabel54 (a): "victims ... CVL unless
their own role gives another sector (a deputy COP)").

Coreference gives an object or possessive pronoun ("him", "her", "them",
"their") only a named person, an office noun or a group as antecedent, so
a force member named by his role noun is skipped and the pronoun takes a
name from an earlier sentence or stays a bare civilian:

* "A police officer suffered a gash when a thrown bottle hit him" -- the
  officer (COP), not the last named person of the sentence before;
* "Two prison guards were overpowered and the inmate handcuffed them" --
  the guards (COP);
* "the gunman wrestled a trooper to the ground and grabbed her rifle" --
  the trooper (COP);
* "A soldier was wounded when a mine blew up under him" -- the soldier (MIL).

The role noun must stand before the pronoun in its own sentence, agree
with it in number, name one or more people of a force by its head word
(:data:`FORCE_NOUNS`, coded COP or MIL), and not be the doer of the
pronoun's own clause ("officers detained two men and questioned them":
``binding.clause_subjects``). A nearer mention that fits the pronoun
(a named person, "the suspect") wins as before, and a pronoun subject of
the pronoun's own clause in the same person and number ("an officer said
he had stopped him") leaves the role noun out: that subject is the doer.
Subject pronouns are not read here (``person_nouns`` already lets a
subject "he" take "a soldier").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.models import ActorMention
from eventwire.stages.actors.binding import clause_subjects
from eventwire.stages.actors.person_nouns import singular_person_nouns

FORCE_SECTORS = frozenset({"COP", "MIL"})
# head words for one or more people of a police or armed force
SINGULAR_FORCE = frozenset({
    "officer", "policeman", "policewoman", "deputy", "guard", "trooper", "soldier",
    "sergeant", "constable", "agent", "marine", "sailor", "ranger", "warden", "cop",
    "patrolman", "gendarme", "serviceman", "guardsman", "corporal", "lieutenant"})
PLURAL_FORCE = frozenset({
    "officers", "policemen", "policewomen", "deputies", "guards", "troopers", "soldiers",
    "sergeants", "constables", "agents", "marines", "sailors", "rangers", "wardens", "cops",
    "patrolmen", "gendarmes", "servicemen", "guardsmen"})
FORCE_NOUNS = SINGULAR_FORCE | PLURAL_FORCE
MILITARY_NOUNS = frozenset({
    "soldier", "soldiers", "marine", "marines", "sailor", "sailors", "serviceman",
    "servicemen", "guardsman", "guardsmen", "corporal", "lieutenant"})
# a modifier that makes a force word a body: "the coast guard", "the national guard"
BODY_MODIFIERS = frozenset({"coast", "national", "republican", "presidential"})
# object and possessive pronouns read here, singular or plural
SINGULAR_OBJECTS = frozenset({"him", "her"})
PLURAL_OBJECTS = frozenset({"them", "their"})
# the subject pronoun of the same person and number as each object form
SAME_REFERENT = {"him": "he", "her": "she", "them": "they", "their": "they"}
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _head(m: ActorMention) -> str:
    """The mention's last word, lower case, a possessive's "'s" or "'" cut."""
    words = m.text.lower().split()
    return words[-1].removesuffix("'s").removesuffix("'").removesuffix("’") if words else ""


def _force_role(m: ActorMention, plural: bool) -> bool:
    """A role-noun mention of a force's people agreeing with the pronoun."""
    if m.rule == "pronoun" or m.kind not in ("agent", None) \
            or not FORCE_SECTORS & set(m.sectors):
        return False
    return _head(m) in (PLURAL_FORCE if plural else SINGULAR_FORCE)


def _doer_pronoun(tok: Token, subjects: list[Token]) -> bool:
    """The pronoun's own clause (``subjects``: its subjects) has a subject
    pronoun of its person and number ("an officer said he had stopped
    him"): that subject is the doer."""
    same = SAME_REFERENT[tok.lower_]
    return any(s.lower_ == same for s in subjects)


def force_antecedent(tok: Token, mentions: list[ActorMention], earlier: list[int],
                     chosen: int | None,
                     bare: Callable[[Token, int], int | None] | None = None) -> int | None:
    """The antecedent of an object or possessive pronoun: the force role
    noun of its sentence it stands for (module docstring), else ``chosen``
    (coreference's own antecedent, which also wins when it is nearer).
    ``earlier``: the indices of the sentence's mentions starting before the
    pronoun, last first."""
    low = tok.lower_
    if low not in SINGULAR_OBJECTS and low not in PLURAL_OBJECTS or tok.dep_ in _SUBJECT_DEPS:
        return chosen
    floor = -1
    for j in earlier:
        if j == chosen:  # a nearer mention that fits: coreference's own choice
            floor = mentions[j].end
            break
        m = mentions[j]
        if not _force_role(m, low in PLURAL_OBJECTS):
            continue
        return j if _done_to(tok, m) else chosen
    found = bare(tok, floor) if bare is not None else None  # "overpowered a guard"
    return chosen if found is None else found


def bare_force_mention(tok: Token, floor: int, covered: Callable[[int], bool],
                       mentions: list[ActorMention]) -> ActorMention | None:
    """Class *a force noun the actor tables do not hold* ("overpowered a
    guard and seized her weapon", "took the officers' weapons and
    handcuffed them"): the nearest force word of the pronoun's sentence
    before it (after ``floor``, the end of coreference's own choice) that no
    mention covers, agreeing in number, as a new mention of the country of
    the last located agent before it (else the story's) coded by its word
    (:data:`MILITARY_NOUNS` MIL, "officer(s)" COP and MIL, the rest COP) --
    when the pronoun's clause names its own doer (:func:`_done_to`). A "coast guard" or a "national
    guard" is a body, not its people."""
    from eventwire.stages.actors.home import home_country

    plural = tok.lower_ in PLURAL_OBJECTS
    words = PLURAL_FORCE if plural else SINGULAR_FORCE
    doc = tok.doc
    for t in reversed(doc[max(tok.sent.start, tok.i - 40):tok.i]):
        if t.idx < floor:
            return None
        if t.lower_ not in words or t.pos_ != "NOUN" or covered(t.idx) \
                or any(c.lower_ in BODY_MODIFIERS for c in t.children):
            continue
        country = next((m.country for m in reversed(mentions) if m.end <= t.idx
                        and m.kind == "agent" and m.country and "+home" in m.rule), None)
        m = ActorMention(start=t.idx, end=t.idx + len(t.text), text=t.text, kind="agent",
                         country=country or home_country(mentions),
                         sectors=_force_sectors(t.lower_),
                         confidence=0.4, rule="agent+force")
        return m if _done_to(tok, m) else None
    return None


def _force_sectors(word: str) -> list[str]:
    """MIL for a soldier's word, COP and MIL for "officer(s)", else COP."""
    if word in MILITARY_NOUNS:
        return ["MIL"]
    return ["COP", "MIL"] if word in ("officer", "officers") else ["COP"]


def _done_to(tok: Token, m: ActorMention) -> bool:
    """The pronoun's clause names its own doer, not the force noun: an
    explicit subject ("a brick hit him", "someone shot him"), whose phrase
    does not hold the role noun ("Deputy Jerry Ortiz ... hoped to arrest
    him") and that is no pronoun of the same person (``_doer_pronoun``);
    a clause with no subject of its own ("the officer accused of shooting
    him") is the role noun's act. No person word stands between the role
    noun and the pronoun ("was looking for a man ... to arrest him")."""
    subjects = clause_subjects(tok.head if tok.dep_ == "poss" else tok)  # "grabbed her rifle"
    if not subjects or _doer_pronoun(tok, subjects) or any(
            s.left_edge.idx <= m.start < s.right_edge.idx + len(s.right_edge.text)
            for s in subjects):
        return False
    doc = tok.doc
    first = next((t.i for t in doc[max(0, tok.i - 80):tok.i] if t.idx >= m.end), tok.i)
    return not any(_person_word(t, tok.lower_ in PLURAL_OBJECTS) for t in doc[first:tok.i])


def _person_word(t: Token, plural: bool) -> bool:
    """A named person, or a noun for people of the pronoun's number."""
    if t.ent_type_ == "PERSON" and not plural:
        return True
    return t.pos_ == "NOUN" and t.lemma_.lower() in singular_person_nouns() \
        and (t.tag_ == "NNS") == plural
