"""Class *a work stoppage named "strike"* (issue #12, types37): the noun
"strike" (or the verb with no object) that the text ties to workers, a
union or a labour cue is a PROTEST (mode ``strike``, ``hunger`` for a
hunger strike), not the military strike the lexicon reads (ASSAULT).

The cues the text gives, on the strike itself:

* **a labour modifier** — "a general strike", "a nationwide teachers'
  strike", "mass hunger strikes", "the taxi drivers' strike";
* **the strikers' kind** — its possessor, its ``by`` agent, the agent of
  "called by", or the subject of the verb that calls, launches or stages
  it is a worker noun or a union ("a 19-day strike by the miners' union",
  "the union launched the strike", "whose strike" of a union);
* **workers striking** — the verb "strike" with no object whose subject is
  a worker noun ("bus drivers strike over extortion");
* **a lasting strike** (types67) — "the steel strike enters its second
  week"; **workers on strike** — "teachers on strike over unpaid salaries";
  the verb in any form with a worker subject ("teachers struck for three
  months"); more worker nouns (dockworkers, stevedores, lawyers, pilots);
* **the article's strike** — a bare re-mention ("the strike", "a similar
  strike", a headline's "Strike") in an article that names a labour strike
  (or a walkout, a stoppage, strikers, workers "on strike") and no
  military one.

Near-misses that stay ASSAULT: a strike with a military modifier or a
target ("an air strike", "drone strikes on the camp", "strikes on rebel
positions"), one launched by a non-worker ("the army launched a strike"),
the verb with an object ("the drone struck the workers' bus"), and a bare
"strike" in an article with no labour cue or with a military strike too.
The census (docs/BENCHMARKS.md, types37): PROTEST gold typed ASSAULT on
"strike" in 10 development sets.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.nlp.arrays import per_doc, where_lower

STRIKE_WORDS = frozenset({"strike", "strikes"})
LABOUR_MODIFIERS = frozenset({"general", "hunger", "labour", "labor", "nationwide", "national",
                              "indefinite", "wildcat", "rail", "transport", "shutter", "wheel",
                              "sympathy", "wage", "pay"})
WORKERS = frozenset({"worker", "workers", "union", "unions", "driver", "drivers", "teacher",
                     "teachers", "employee", "employees", "doctor", "doctors", "nurse", "nurses",
                     "miner", "miners", "trucker", "truckers", "docker", "dockers", "staff",
                     "farmer", "farmers", "committee", "federation", "confederation",
                     "servant", "servants", "porter", "porters", "labourer", "laborer",
                     "labourers", "laborers", "cgt", "cosatu", "guild",
                     # (types67) "Mombasa dockworkers strike", "lawyers strike after a
                     # colleague's arrest", "the stevedores' union struck"
                     "dockworker", "dockworkers", "stevedore", "stevedores", "lawyer",
                     "lawyers", "pilot", "pilots", "cleaner", "cleaners", "lecturer",
                     "lecturers", "physician", "physicians", "medic", "medics"})
MILITARY_MODIFIERS = frozenset({"air", "drone", "missile", "rocket", "military", "artillery",
                                "aerial", "preemptive", "pre-emptive", "retaliatory", "nuclear",
                                "precision", "surgical", "naval", "israeli", "russian", "u.s."})
CALLING_VERBS = frozenset({"call", "launch", "stage", "hold", "begin", "start", "declare",
                           "announce", "organize", "organise", "lead", "join", "end",
                           "suspend", "extend", "continue", "go"})
# other names of a work stoppage that make an article's bare "strike" one
STOPPAGES = frozenset({"walkout", "walkouts", "stoppage", "stoppages", "strikers"})
TARGET_PREPS = frozenset({"on", "at", "near"})
DOC_KEY = "eventwire_labour_strikes"  # doc.user_data: (labour cue seen, military cue seen)


# (types67) a strike that lasts weeks is a stoppage: "the steel strike enters its
# second week", "as the strike entered a third day"
DURATIONS = frozenset({"day", "days", "week", "weeks", "month", "months"})


def _is_strike(tok: Token) -> bool:
    """The noun, or the verb in any form ("teachers struck for three months")."""
    return tok.lower_ in STRIKE_WORDS or tok.pos_ == "VERB" and tok.lemma_.lower() == "strike"


def _lasting(strike: Token) -> bool:
    """"the strike enters its second week": "enter" right after the strike,
    a span of days, weeks or months within three words after it (read on
    the words: a headline's "steel strike enters second week" parses
    "enters" as a noun)."""
    doc, i = strike.doc, strike.i
    return strike.pos_ != "VERB" and i + 2 < len(doc) and \
        doc[i + 1].lower_ in ("enter", "enters", "entered", "entering") and \
        any(t.lower_ in DURATIONS for t in doc[i + 2:min(i + 5, len(doc))])


def _workers_on_strike(strike: Token) -> bool:
    """"teachers on strike over unpaid salaries": a worker noun *on* strike."""
    return strike.dep_ == "pobj" and strike.head.lower_ == "on" and _workers(strike.head.head)


def _workers(tok: Token) -> bool:
    """A worker noun or a union, or a name whose compound is one ("the
    Cargo Truckers Solidarity Union")."""
    return tok.lower_ in WORKERS or tok.lemma_.lower() in WORKERS or \
        any(c.dep_ == "compound" and c.lower_ in WORKERS for c in tok.children)


def _relative_owner(tok: Token) -> Token:
    """"whose": the noun the relative clause describes."""
    if tok.lower_ != "whose":
        return tok
    head = tok.head
    while head.dep_ != "relcl" and head.head is not head:
        head = head.head
    return head.head if head.dep_ == "relcl" else tok


def _agents(strike: Token) -> list[Token]:
    """The strikers the strike's own phrase names: possessor, ``by``
    object, the agent of "called by", the subject of a calling verb."""
    found = [_relative_owner(c) for c in strike.children if c.dep_ in ("poss", "compound")]
    found += [p for c in strike.children if c.lower_ == "by" for p in c.children
              if p.dep_ == "pobj"]
    found += [p for v in strike.children if v.dep_ == "acl" for c in v.children
              if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if strike.dep_ in ("dobj", "nsubjpass") and strike.head.lemma_.lower() in CALLING_VERBS:
        found += [c for c in strike.head.children if c.dep_ == "nsubj"]
    return found


def military_cue(strike: Token) -> bool:
    """A military modifier or a target on the strike ("air strike",
    "strikes on the camp")."""
    return any(c.lower_ in MILITARY_MODIFIERS for c in strike.children) or \
        any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS for c in strike.children)


def labour_cue(strike: Token) -> bool:
    """The strike's own phrase tells a work stoppage (module docstring)."""
    if not _is_strike(strike) or military_cue(strike):
        return False
    if strike.pos_ == "VERB":
        # "strike over pension cuts": the parser may read "over" as a particle
        objects = "dobj" in {c.dep_ for c in strike.children} and \
            not any(c.dep_ == "prt" and c.lower_ == "over" for c in strike.children)
        return not objects and any(
            c.dep_ == "nsubj" and _workers(c) for c in strike.children)
    return any(c.lower_ in LABOUR_MODIFIERS for c in strike.children) or \
        any(_workers(a) for a in _agents(strike)) or _lasting(strike) or \
        _workers_on_strike(strike)


def _on_strike(strike: Token) -> bool:
    """"went on strike", "remain on strike": a state workers are *on*."""
    return strike.dep_ == "pobj" and strike.head.lower_ == "on" and \
        strike.head.head.lemma_.lower() in ("go", "be", "remain", "stay")


def _scan_cues(doc: Doc) -> tuple[bool, bool]:
    """The strike nouns and the stoppage words found on the ``LOWER`` column
    (speed38: no Token per word of the article)."""
    strikes = [t for t in (doc[i] for i in where_lower(doc, STRIKE_WORDS)) if t.pos_ != "VERB"]
    labour = any(labour_cue(t) or _on_strike(t) for t in strikes) or \
        bool(where_lower(doc, STOPPAGES))
    return labour, any(military_cue(t) for t in strikes)


def _doc_cues(doc: Doc) -> tuple[bool, bool]:
    """(a labour strike named, a military strike named), read once a doc
    (:func:`arrays.per_doc`: read anew if the doc's tokens changed)."""
    return per_doc(doc, DOC_KEY, _scan_cues)


def _bare(strike: Token) -> bool:
    """No modifier but a determiner or an adjective ("the strike", "a
    similar strike", a headline's "Strike")."""
    return strike.pos_ != "VERB" and all(
        c.dep_ in ("det", "amod", "punct", "acl", "relcl", "prep") for c in strike.children)


def labour_strike(strike: Token) -> str | None:
    """The PROTEST mode of a work stoppage named "strike", else None."""
    if not _is_strike(strike):
        return None
    story = _bare(strike) and _doc_cues(strike.doc) == (True, False)
    if not (labour_cue(strike) or story):
        return None
    return "hunger" if any(c.lower_ == "hunger" for c in strike.children) else "strike"


# (types67) a walkout: CAMEO reads "walk out" as a consultation (040)
WALK_PARTICLES = frozenset({"out", "off"})
MOTION_PREPS = frozenset({"through", "into", "to", "toward", "towards", "across", "past",
                          "onto", "down", "up", "along", "with"})
MOTION_ADVERBS = frozenset({"quickly", "slowly", "calmly", "away", "free", "alone", "unharmed"})
COLLECTIVES = frozenset({"delegation", "delegations", "opposition", "staff", "workforce",
                         "members", "lawmakers", "deputies", "ministers", "mps"})


def walkout(walk: Token) -> bool:
    """Class *a walkout* (types67): "nurses walked out on Monday", "more than
    1,500 workers walked out over unpaid wages", "lawyers walk out as the
    trial opens", "Shiite ministers walk out" -- a PROTEST (mode strike),
    not CAMEO's consultation. Its doer is a group named by a plural noun or a
    worker or collective noun; a walk somewhere ("people walked quickly out
    through the car park", "he walked off wearing a guard's uniform") is no
    protest."""
    if walk.pos_ != "VERB" or walk.lemma_.lower() != "walk" or not any(
            c.dep_ in ("prt", "advmod", "prep") and c.lower_ in WALK_PARTICLES
            for c in walk.children):  # "out" is parsed particle, adverb or preposition
        return False
    if any(c.dep_ == "prep" and c.lower_ in MOTION_PREPS for c in walk.children) or \
            any(c.dep_ == "advmod" and c.lower_ in MOTION_ADVERBS for c in walk.children):
        return False
    subjects = [c for c in walk.children if c.dep_ == "nsubj"]
    return any(s.pos_ != "PRON" and (s.tag_ in ("NNS", "NNPS") or _workers(s) or
                                     s.lower_ in COLLECTIVES) for s in subjects)

