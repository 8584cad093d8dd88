"""A participle that only tells more of its governor's act (issue #12,
branch events33).

An ``-ing`` clause hung on an act verb, with no subject or subordinator of
its own, often names no second act but a part of the first: its aim, its
outcome or the words it was done in. docs/annotation.md labels one event
per act; the governor is that event, the participle adds nothing to count.
Three families, each a governor word class and a participle word class
(``eventwire/data/events/elaborations.yaml``):

* **the aim of a crowd's protest** — a march, rally, sit-in or blockade
  "demanding", "protesting", "chanting" what it wants: "thousands marched
  to the palace demanding new elections", "nurses rallied outside the
  ministry demanding higher pay", "students occupied the rectorate
  demanding the release of two classmates" (not "calling for", "urging":
  what they ask for is often labelled as its own request);
* **what a shot or a throw struck** — the shot or the throw "hitting",
  "striking" its target or "setting" it ablaze: "the gunman fired twice,
  hitting the guard in the leg", "soldiers shelled the ridge, striking a
  school", "rioters hurled firebombs, setting a police van ablaze";
* **the label of a judged thing** — a denial, a condemnation, a rejection or
  a congratulation "calling", "describing", "branding" its object as
  something: "the ministry denied the report, calling it a fabrication",
  "the envoy condemned the verdict, describing it as a farce", "the mayor
  congratulated the club, calling the title a gift to the city".

Not a participle with its own subject or subordinator ("while police were
firing", "after hitting the wall"), nor a participle of another class
("marched to the palace, accusing the premier of fraud": an accusation is
an act of its own; "fired on the crowd, killing two": the deaths are
labelled), nor a governor of another class ("said, calling the raid a
crime": a plain statement is no event, its label carries it), nor a
participle asking for something ("condemned the killings, calling for an
inquiry", "denied the charges, calling on supporters to stay calm",
"rejected the offer, calling upon the envoy to return": a request of its
own; review60).

The participle is not emitted but stays a candidate governor, so what it
governs ("demanding the release of ...") stays folded into it as before.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR

WORDS = DATA_DIR / "events" / "elaborations.yaml"
FAMILIES = (("protest_governors", "protest_participles"),
            ("shot_governors", "shot_participles"),
            ("judging_governors", "label_participles"))
OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "mark"})

words = word_list_loader(WORDS)


def bare_participle(tok: Token) -> bool:
    """An ``-ing`` adverbial clause after its governor with no subject or
    subordinator of its own."""
    return (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i < tok.i
            and not any(c.dep_ in OWN_CLAUSE_DEPS for c in tok.children))


def elaborates(tok: Token) -> bool:
    """``tok`` is a bare participle of a family whose governor is of the
    same family (the word classes above)."""
    if not bare_participle(tok):
        return False
    lists = words()
    if any(c.dep_ in ("prep", "prt") and c.lower_ in lists["request_preps"]
           for c in tok.children):
        return False  # "calling for an inquiry": a request, no label
    lemma, head = tok.lemma_.lower(), tok.head.lemma_.lower()
    return any(lemma in lists[part] and head in lists[gov] for gov, part in FAMILIES)


def elaborating_participles(tokens: Iterable[Token], triggers: set[int]) -> set[int]:
    """The candidate tokens that only tell more of a candidate governor."""
    return {t.i for t in tokens if t.head.i in triggers and elaborates(t)}
