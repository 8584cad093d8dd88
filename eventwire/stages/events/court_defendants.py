"""Class *the defendant of a court proceeding named by its noun* (issue #12,
branch recip49).

A trial, hearing or arraignment named by its noun is an ACCUSE (the
record guide, "Trials" and "Court and police procedure words") whose
recipient is the one tried, whom the text names outside the noun's own
"of" / "for" phrase in three ways the older rules did not read:

* a **possessor that is a person** on a hearing -- "Hiller's preliminary
  hearing", "before her hearing", "his next court hearing" (a trial's or an
  arraignment's possessor is already read: ``agents.possessor_undergoes``);
  a body's hearing ("the committee's hearing") holds it, so only a
  personal name, a personal pronoun or a person noun counts;
* a **personal name compounded with the noun** -- "as Machar trial
  resumes", "the Lohan hearing was adjourned": the name is whom it tries,
  not who holds it (a crime or a place compounded, "murder trial", "Lagos
  hearing", names no one);
* the **subject of a verb that awaits, faces or begins the proceeding** --
  "a man is awaiting a double murder arraignment", "Gomes faces arraignment
  on Wednesday", "gangbangers begin trial" (``target_tokens.on_trial``
  reads "stand / face / await trial"; "begin" / "start" count only with a
  bare "trial", since "the tribunal began the trial" is the court's act),
  and the subject of a verdict "at trial" ("was convicted at trial of ...").

Why: the census of recip49 (m65 recipient errors by construction) found the
court nouns the one nominal-trigger class whose defendant the gold names
every time it is named outside the noun's phrase, mostly on real outlets'
crime copy (ECB+ / MEANTIME stories in rec_g, l, m, n, y), and the trigger's
possessor was taken for the ACCUSE's actor ("Hiller's preliminary hearing").
Not: a witness or a lawyer who speaks "at the hearing" ("a detective testified
during the hearing": the setting names no defendant, ``judicial.
proceeding_as_setting``), nor a legislature's hearing.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.models import ActorMention
from eventwire.stages.events.bare_options import PERSON_WORDS
from eventwire.stages.events.court_appeals import COURTS
from eventwire.stages.events.mention_lookup import child
from eventwire.stages.events.nominal_patients import OWN_RULES
from eventwire.stages.events.passives import resolve_relative
from eventwire.stages.events.target_tokens import (
    COURT_NOUNS,
    TRIAL_VERBS,
    names_own_party,
    on_trial,
    under_custody,
)

# possessors that name a person: "his", "her", "their" (not "its": a body's)
PERSON_POSSESSIVES = frozenset({"his", "her", "their"})
# verbs whose subject awaits or faces the proceeding: ``on_trial``'s own list
# ("stand / face / await trial"), read here for the arraignment and the hearing
AWAIT_VERBS = TRIAL_VERBS
# verbs that begin a trial: the subject is tried only with a bare "trial"
BEGIN_VERBS = frozenset({"begin", "start"})
# a court or a chamber named in a compound holds the proceeding: the bodies
# that hear appeals (``court_appeals.COURTS``) and the legislature's chambers
COURT_BODIES = COURTS | {"bailey", "senate", "congress", "parliament", "assembly", "committee",
                         "inquiry"}
# a verdict at trial: "was convicted at trial", "was acquitted at trial"
VERDICT_VERBS = frozenset({"convict", "acquit"})
# the bare options a defendant is taken from: whatever the noun ("a pharmacist",
# no person table holds it), the one tried is a person, as the one arrested is
# (``bare_options.person_patient``)
DEFENDANT_RULES = OWN_RULES | {"bare_noun"}


def court_noun(noun: Token) -> bool:
    """A noun of a court proceeding (``COURT_NOUNS``)."""
    return noun.pos_ in ("NOUN", "PROPN") and (
        noun.lemma_.lower() in COURT_NOUNS or noun.lower_ in COURT_NOUNS)


def _person(tok: Token) -> bool:
    """A personal name, a personal possessive pronoun or a person noun."""
    return tok.ent_type_ == "PERSON" or tok.lower_ in PERSON_POSSESSIVES or (
        tok.lemma_.lower() in PERSON_WORDS or tok.lower_ in PERSON_WORDS)


def _owner(noun: Token) -> Token | None:
    """A person's possessive on a hearing, or a personal name compounded
    with any court noun ("Machar trial")."""
    poss = child(noun, {"poss"})
    if poss is not None and _person(poss):
        return poss
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"
             and c.ent_type_ in ("PERSON", "")  # a headline's name may go untagged
             and not _court_body(c)]
    return names[-1] if names else None


def _court_body(name: Token) -> bool:
    """A court's or a chamber's name compounded with the noun: "the High
    Court hearing", "the Old Bailey trial" hold it, they are not tried
    (review95)."""
    return any(t.lower_ in COURT_BODIES for t in name.subtree)


def _bare(noun: Token) -> bool:
    """No determiner or possessor: "begin trial", not "began the trial"."""
    return not any(c.dep_ in ("det", "poss") for c in noun.children)


def _hosted(noun: Token, lemma: str) -> bool:
    """The object of a verb that awaits or faces the proceeding, or that
    begins a bare trial, whose own phrase names no other party (review95:
    "relatives are awaiting the trial of the three men": the men are tried)."""
    return not names_own_party(noun) and (lemma in AWAIT_VERBS or lemma in BEGIN_VERBS
                                          and _bare(noun) and noun.lemma_.lower() == "trial")


def _subject_of_host(noun: Token) -> Token | None:
    """The subject of the verb that awaits, faces or begins the proceeding,
    or the one convicted or acquitted "at trial"."""
    verb = noun.head
    lemma = verb.lemma_.lower()
    if noun.dep_ == "dobj" and _hosted(noun, lemma):
        subject = child(verb, {"nsubj"})
    elif noun.dep_ == "pobj" and verb.lower_ == "at" and _bare(noun) \
            and verb.head.lemma_.lower() in VERDICT_VERBS:
        subject = child(verb.head, {"nsubjpass"})
    else:
        return None
    return resolve_relative(subject) if subject is not None else None


def court_defendant(noun: Token) -> Token | None:
    """Who the court proceeding named by ``noun`` tries, when the text names
    them outside the noun's own phrase (module docstring); None otherwise.
    A trial whose possessor is already read (``possessor_undergoes``) is
    left to that rule: this one runs after it."""
    if not court_noun(noun):
        return None
    if noun.lemma_.lower() == "hearing" or child(noun, {"poss"}) is None:
        owner = _owner(noun)
        if owner is not None:
            return owner
    return _subject_of_host(noun)


def defendant_bare(trigger: Token, options: list[tuple[str, int, ActorMention]]
                   ) -> ActorMention | None:
    """The bare person or pronoun option that holds the defendant of the
    court noun ``trigger`` -- read here (:func:`court_defendant`) or by
    ``target_tokens.on_trial`` ("his half-brother is also on trial") --
    taken as the recipient when the rules found none ("a pharmacist is
    awaiting arraignment": no actor mention covers "pharmacist"), as
    ``nominal_patients.own_patient`` takes a noun's own patient; the
    ranker never saw these nouns as persons."""
    if not court_noun(trigger):
        return None
    tok = court_defendant(trigger) or (under_custody(trigger) if on_trial(trigger) else None)
    if tok is None:
        return None
    return next((m for src, _, m in options if src == "bare" and m.rule in DEFENDANT_RULES
                 and m.start <= tok.idx < m.end), None)
