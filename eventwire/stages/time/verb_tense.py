"""Two tense classes the weekday direction depends on (issue #12, weekday33).

A bare weekday ("on Sunday", "Sunday's attack", "this Thursday") is read
against the publication date in the direction of its governing verb's
tense (:func:`eventwire.stages.time.clause_tense.tense_of`). Three verb
shapes were read the wrong way:

* *an invariant past form read as a present* (:func:`invariant_past`): the
  verbs whose past is spelled like their plain present ("beat", "hit",
  "cut", "shut", "set", "hurt", "spread") are tagged VBP after a plural
  subject, and a present with a date counts as a schedule, so the weekday
  went forward, after publication, for an act told in the past: "A rights
  group said on Monday that soldiers beat protesters on Sunday", "Rockets
  hit the airport on Friday, officials said", "The militia cut the
  pipeline last weekend and shut the road on Saturday". With no auxiliary
  and no condition or time clause marker (:func:`future_clause`: "if the
  rebels hit the town on Sunday"), such a verb is past;
* *the present progressive* (:func:`progressive`): a weekday the
  progressive itself carries is an arrangement, on or after the report
  ("Protesters are marching on Sunday", "The ministers are meeting on
  Thursday", "The president is travelling to Paris on Wednesday";
  ``tense_of`` returns "arrangement", review64), a weekday of a noun below
  it the nearest ("Police are investigating Sunday's shooting");
* *a noun's or a title's weekday under a present simple*
  (:func:`in_noun_phrase`, :func:`in_title`; ``tense_of`` returns
  "schedule"): a timetable the weekday hangs on ("The
  summit opens on Monday", "The curfew ends on Tuesday") lies ahead and
  stays future, but the present also carries a noun's weekday that lies
  just behind ("is the only suspect in the Friday
  stabbing", "the 40 arrests on Thursday are a record", "Saturday's blast
  at the depot, investigators say", a title's "Landslide buries 12 on
  Sunday"): the nearest weekday, up to three days back, else ahead (the
  census of ``tools/weekday_direction.py``: every present-simple weekday
  read forward that was right lay one day ahead, every wrong one four to
  six). A condition or a time clause ("if the strike goes ahead on
  Monday") stays future.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Token

from eventwire.nlp.extensions import text_of

# verbs whose simple past is spelled as the plain present
INVARIANT_PAST = {"beat", "hit", "cut", "shut", "set", "hurt", "put", "spread", "quit", "let",
                  "cast", "burst", "shed", "split", "upset", "thrust", "rid", "broadcast",
                  "bid", "slit", "read", "cost", "bet"}
# a condition or a time clause: its present speaks of what is still to come
FUTURE_MARKS = {"if", "unless", "when", "whenever", "once", "until", "till", "before"}
PROGRESSIVE_AUX = {"is", "are", "am", "'s", "'re"}


def invariant_past(verb: Token, auxes: list[Token]) -> bool:
    """``verb`` is an invariant past form tagged as a present: no auxiliary,
    no present-clause marker (see the module docstring)."""
    if verb.tag_ != "VBP" or auxes or verb.lower_ not in INVARIANT_PAST:
        return False
    return not future_clause(verb)


def future_clause(verb: Token) -> bool:
    """``verb`` heads a condition or a time clause ("if the rebels hit the
    town on Sunday", "once the talks resume on Monday")."""
    return any(c.dep_ == "mark" and c.lower_ in FUTURE_MARKS for c in verb.children)


def progressive(verb: Token, lowers: set[str]) -> bool:
    """``verb`` is a present progressive ("are marching")."""
    return verb.tag_ == "VBG" and bool(lowers & PROGRESSIVE_AUX)


NON_SPACE = re.compile(r"\S")
DAY_PARTS = {"morning", "afternoon", "evening", "night", "day"}


def in_noun_phrase(tok: Token, verb: Token) -> bool:
    """The weekday at ``tok`` belongs to a noun below ``verb`` ("the Friday
    stabbing", "Saturday's blast", "the arrests on Thursday"), not to the
    verb itself ("opens on Monday"); its own "Friday afternoon" is no such
    noun."""
    cur = tok.head
    for _ in range(8):
        if cur == verb or cur.head == cur:
            return False
        if cur.pos_ in ("NOUN", "PROPN", "NUM") and cur.lower_ not in DAY_PARTS:
            return True
        cur = cur.head
    return False


def in_title(verb: Token) -> bool:
    """``verb`` is in the text's first line and a body follows: a title,
    whose present tells the story's acts ("Landslide buries 12 homes on
    Sunday"; :mod:`eventwire.stages.time.headline`)."""
    text = text_of(verb.doc)
    end = text.find("\n")
    return 0 <= verb.idx < end and NON_SPACE.search(text, end) is not None


def nearest_weekday(ref: date, target: int) -> date:
    """The given weekday nearest ``ref`` (up to three days back, else ahead;
    the same weekday is ``ref`` itself)."""
    back = (ref.weekday() - target) % 7
    return ref - timedelta(days=back) if back <= 3 else ref + timedelta(days=7 - back)
