"""Information or matter released, a trip cut short, goods in demand, a
standard met, information given (issue #12, branches events20, events28).

The lexicon reads "release" as RETREAT (people set free, positions given
up) and "cut" as SANCTION (aid or ties cut). Two forms of these words name
no act between political parties (docs/annotation.md) and were predicted
on rec_a..rec_p in several stories, real and own, with no gold event:

* **information or matter released** — the patient of "release" is
  something published ("a report released tonight by the Health and Safety
  Executive", "his identity will not be released", "the data") or something
  that escapes ("a release of mercury", "a release of the disease"). A
  person, a hostage, a ship or money stays ("released 222 prisoners",
  "released $5 million from its emergency fund": gold AID). Branch real67
  added the noun that is itself such a text ("a news release", "the
  district attorney's release said", "according to the agency's release",
  "police said in a release"), the possessor of the noun ("the report's
  release"), the subject of a headline's active verb with no object ("Video
  Of Standoff Releases", read as a subject), and autopsies, confessions,
  resolutions, IDs and emitted gases to the lists (measured real67_r1 vs
  real67_r0: 7 false events gone, 6 real, no gold lost);
* **a trip cut short** — "cut" with "short" ("cut short his holiday",
  "forcing Sánchez to cut short his visit"): the trip ended early is not a
  sanction; "cut aid", "cut the internet", "cut ties" stay;
* **goods in demand** — the noun "demand" whose "for" object is a kind of
  goods ("a slowing economy was hurting demand for personal computers",
  "as demand for its memory chips surged"): a market, not a REQUEST; a
  demand for a release, a resignation or talks stays;
* **a standard met** — "meet" (CONSULT in the lexicon) whose object is a
  standard, a condition, a target or an aspiration ("the nation can meet
  Western standards of democracy", "Hong Kong does not meet such
  standards", "helping Georgia meet its aspirations"): no meeting; "met the
  minister", "met the protesters' demands" stay with the lexicon.

* **information given** (branch events28) — "provide" or "give" (AID in
  the lexicon) whose patient is information: "he provided a few details
  about the raid", "the ministry gave no figures", "updates will be
  provided hourly": no aid; "provided tents", "gave $2 million" stay.

Word lists: ``eventwire/data/events/released_things.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR
from eventwire.stages.events.health_measures import words as health_words
from eventwire.stages.events.mention_lookup import look_through, prep_objects

OF = frozenset({"of"})
WORDS = DATA_DIR / "events" / "released_things.yaml"
RELATIVES = frozenset({"who", "whom", "that", "which"})
PARTICIPLE_DEPS = frozenset({"acl", "relcl"})


words = word_list_loader(WORDS)


def _patients(tok: Token) -> list[Token]:
    """What is released: the object or passive subject of the verb, the
    noun a participle or relative clause describes ("a report released
    tonight"), the "of" object of the noun ("a release of mercury"); a
    quantity head or a number is read through as for actors
    (``look_through``: "released a number of hostages", "20 of the
    videos", "hundreds of thousands of emails")."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    out = [tok.head if c.lower_ in RELATIVES and tok.dep_ == "relcl" else c for c in out]
    if tok.pos_ == "VERB" and tok.dep_ in PARTICIPLE_DEPS and not out:
        out.append(tok.head)
    elif tok.pos_ == "VERB" and not out:  # a headline's subject: "Footage Released"
        out = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.pos_ in ("NOUN", "PROPN"):
        out += prep_objects(tok, OF) + [c for c in tok.children if c.dep_ == "poss"]
    return [look_through(p) for p in out]


def _release_is_text(tok: Token) -> bool:
    """"a news release", "the release said", "according to the release",
    "said in a release": the noun "release" names a text (real67)."""
    w = words()
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "compound" and c.lower_ in w["release_kinds"] for c in tok.children):
        return True
    if tok.dep_ == "nsubj":
        return tok.head.lemma_.lower() in w["release_speech_verbs"]
    prep = tok.head
    return tok.dep_ == "pobj" and (
        (prep.lower_ == "to" and prep.head.lower_ == "according")
        or (prep.lower_ == "in" and prep.head.lemma_.lower() in w["release_speech_verbs"]))


def releases_a_thing(tok: Token) -> bool:
    """"Release" whose patient is information or matter, not a person."""
    if tok.lower_ not in words()["release_words"]:
        return False
    w = words()
    if _release_is_text(tok):
        return True
    things = w["information_nouns"] | w["matter_nouns"]
    patients = _patients(tok)
    return bool(patients) and all(
        p.lower_ in things or p.lemma_.lower() in things for p in patients)


def cut_short(tok: Token) -> bool:
    """"Cut short" a trip: "cut" with "short" among its children or next;
    not "short" of a hyphenated modifier ("cut short-term aid")."""
    w = words()
    if tok.lemma_.lower() not in w["curtail_verbs"] or tok.pos_ != "VERB":
        return False
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.i + 1 < len(doc) and doc[nxt.i + 1].text == "-":
        nxt = None
    return any(c.lower_ in w["curtail_words"] for c in tok.children) or (
        nxt is not None and nxt.lower_ in w["curtail_words"])


def goods_in_demand(tok: Token) -> bool:
    """The noun "demand" whose "for" object is a kind of goods; not a
    demand with a possessor, a party's request ("Kyiv renewed its demand
    for fighter jets", "their demand for power")."""
    w = words()
    if tok.pos_ != "NOUN" or tok.lower_ not in w["demand_words"] or any(
            c.dep_ == "poss" for c in tok.children):
        return False
    return any(g.lower_ in w["demanded_goods"] or g.lemma_.lower() in w["demanded_goods"]
               for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
               for g in c.children if g.dep_ == "pobj")


def standard_met(tok: Token) -> bool:
    """"Meet" whose object or passive subject is a standard or a target."""
    w = words()
    if tok.pos_ != "VERB" or tok.lower_ not in w["meet_words"]:
        return False
    return any(c.lower_ in w["met_standards"] or c.lemma_.lower() in w["met_standards"]
               for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))


def information_given(tok: Token) -> bool:
    """A giving verb (branch events28; ``health.yaml``'s list, the one the
    aid-giving class reads) whose every patient is information."""
    w = words()
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in health_words()["giving_verbs"]:
        return False
    patients = _patients(tok)
    return bool(patients) and all(
        p.lower_ in w["information_nouns"] or p.lemma_.lower() in w["information_nouns"]
        for p in patients)


def is_released_thing(tok: Token) -> bool:
    """Any of the five classes above."""
    return releases_a_thing(tok) or cut_short(tok) or goods_in_demand(tok) or \
        standard_met(tok) or information_given(tok)
