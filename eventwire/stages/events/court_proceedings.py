"""A particular court proceeding named by its noun, in any construction, and
charges brought (issue #12, branch missed57; docs/annotation.md "Court and police procedure
words", rule 4).

The guide labels **a criminal proceeding told by its noun** -- a trial, a
hearing, an arraignment -- ACCUSE ``allege`` wherever it stands: as the
object of a court's or an onlooker's verb ("the judge adjourned the trial",
"reporters watching her trial"), as a subject ("The trial was a spectacle",
"An earlier hearing at the magistrates' court heard ..."), as a goal ("was
being escorted to a trial for rape", "the case goes to trial"), in a phrase
of purpose, delay or waiting ("plans for the trial", "a delay in the trial",
"pending his next court hearing"), as a possessor ("the trial's penalty
phase"), and as the first word of a trial date that is set ("a provisional
trial date was set", relabel50's own example). ``judicial.court_trial``,
``judicial.scheduled_proceeding`` and ``judicial.proceeding_as_setting``
read three constructions of it; the census of the real-text misses of m88g
(``tools/real_event_census.py``) found the court and police procedure words
still the largest real-text class (94 real misses, 10.2 % against 3.0 % own,
24 sets), the trial and hearing nouns 38 of them in 13 stories and 14 sets,
most in the constructions above.

The noun must name **one particular proceeding**: it has a determiner, a
possessor, a number or a modifier of its own ("a trial", "his next court
hearing", "the murder trial"); a bare noun only as the goal of "to" ("goes
to trial") or the object of a verb of facing ("faces arraignment"). Not
(the guide's exclusions): a trial as a right ("a fair trial"), a detention's
condition ("pending trial", "held without trial": bare), a modifier
("trial judge", "pre-trial detention", the compound is no trigger unless it
is a date that is set), the content of a demand, a request or a condition
("urged the Senate to start the trial", "demanded the trial of the chief",
"if the trial was not halted"), a characterisation ("This is not a trial":
a predicate noun), "Murder trial ordered" (the order's own proceeding, as
"Held For Trial"), a proceeding beside a verb that tries or arraigns in the
same sentence ("was being tried ... in his rape trial"), a clinical or job
trial (``judicial.non_court_trial``), a legislature's hearing
(``judicial.court_word_holds``), and a hearing in a sentence that names no
court, its people or its acts (``court_context``, as
``proceeding_as_setting``); a trial needs such a word somewhere in its
article (a story about a court case names one).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.nlp.arrays import per_doc
from eventwire.stages.events.detection_words import lemma as _lemma
from eventwire.stages.events.detection_words import listed as _in
from eventwire.stages.events.judicial import court_word_holds, non_court_trial

_CONTEXT_KEY = "court_proceedings_context"


def _article_in_court(doc: Doc) -> bool:
    """Some token of the article is a court-context word (kept per doc)."""
    return per_doc(doc, _CONTEXT_KEY, lambda d: any(_in(t, "court_context") for t in d))


def _particular(tok: Token) -> bool:
    """A determiner, possessor, number or a modifier of its own; a bare noun
    only as the goal of "to" or the object of a verb of facing."""
    kids = list(tok.children)
    if any(c.lower_ in ("pending", "without") for c in kids):
        return False  # "jailed pending trial": the parser may hang "pending" on the noun
    if any(c.dep_ in ("det", "poss", "nummod", "amod", "compound", "nmod") for c in kids):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "to":
        return True
    return tok.dep_ == "dobj" and _in(tok.head, "trial_object_verbs")


def _governed_by(tok: Token, key: str) -> bool:
    """An ancestor of ``tok`` within its sentence is a word of list ``key``,
    or ``tok`` sits in a clause opened by "if" / "unless"."""
    for anc in tok.ancestors:
        if _in(anc, key):
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in anc.children):
            return True
    return False


def tried_beside(tok: Token) -> bool:
    """A verb of the sentence tries or arraigns ("was being tried ... in his
    rape trial"): that verb carries the proceeding (docs/annotation.md
    "Court and police procedure words" 4: the noun beside a labelled verb of
    the same proceeding is not labelled; also asked of
    ``judicial.proceeding_as_setting``'s nouns, which the learned filter
    used to drop, m88g's only such instance)."""
    return any(t.pos_ == "VERB" and _lemma(t) in ("try", "arraign", "retry")
               for t in tok.sent if t.i != tok.i)


def _date_set(tok: Token) -> bool:
    """"a provisional trial date was set", "TRIAL DATE SET FOR ...": the
    noun compounded on a date that a scheduling verb sets."""
    date = tok.head
    if tok.dep_ != "compound" or date.lower_ not in ("date", "dates"):
        return False
    near = [date.head, *date.children]
    return any(_in(t, "scheduling_verbs") for t in near)  # a headline's "SET" may be a PROPN


def particular_proceeding(tok: Token) -> bool:
    """The module docstring's class: ``tok`` is a court proceeding's noun
    naming one particular proceeding, not one of the guide's exclusions."""
    if tok.pos_ not in ("NOUN", "PROPN") or not _in(tok, "proceeding_nouns"):
        return False
    if non_court_trial(tok) or any(c.dep_ == "amod" and _in(c, "right_trials")
                                   for c in tok.children):
        return False
    if tok.dep_ == "compound":
        if not _date_set(tok):
            return False
    elif tok.dep_ in ("attr", "acomp") or not _particular(tok):
        return False
    if (tok.dep_ in ("nsubj", "nsubjpass") and _in(tok.head, "proceeding_orders")) or any(
            c.dep_ == "acl" and _in(c, "proceeding_orders") for c in tok.children):
        return False  # "Murder trial ordered" (a headline's participle)
    if _governed_by(tok, "proceeding_demands") or tried_beside(tok):
        return False
    if _in(tok, "court_words"):  # a hearing: a court's, in a sentence about one
        return court_word_holds(tok) and any(_in(t, "court_context") for t in tok.sent)
    return _article_in_court(tok.doc)


def charges_brought(tok: Token) -> int | None:
    """"filed criminal charges", "murder charges were filed against him",
    "until charges are formally laid", "handed down charges": a prosecutor
    bringing charges, told by the charge noun and a verb of bringing
    (ACCUSE ``allege``, docs/annotation.md "Attribution verbs": formal
    charges are ACCUSE; the Bloomington hit-and-run's "formal charges").
    The records put the trigger on the noun or, when it follows, on the
    verb ("charges would be filed"), so a following verb ends the span.
    The census of m88g's real misses found 9 of 10 such nouns labelled in 4
    stories, none read ("charge" starts no lexicon entry). Not "faced
    charges" (``judicial.faced_charges``), "dropped / denied the charges"
    (no verb of bringing), a "charge" of a battery or a cavalry, nor "hand"
    without "down" ("handed the charge sheet to the clerk")."""
    if tok.pos_ != "NOUN" or not _in(tok, "brought_charges"):
        return None
    verb = tok.head
    if tok.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or \
            not _in(verb, "charging_verbs"):
        return None
    if _lemma(verb) == "hand" and not any(c.dep_ == "prt" and c.lower_ == "down"
                                          for c in verb.children):
        return None
    return max(tok.i, verb.i) + 1
