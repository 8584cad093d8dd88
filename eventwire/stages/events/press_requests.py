"""A source's request about its own reporting is no event (issue #12,
branch false53).

Outlets close a quote with what the source asked of the press: not to be
named, to stay anonymous, privacy for a family. docs/annotation.md treats
these anonymity formulas as part of the attribution ("who asked not to be
named", "speaking on condition of anonymity": the source's request, not a
statement), and backdrops.py already drops the "asked not to be named" form.
The census of the m71 real false events (docs/BENCHMARKS.md "false53") found
the other wordings of the same formula left as REQUEST or REJECT events in
real outlets' copy, never labelled by the gold:

* **a request for anonymity or privacy** — "request", "ask", "seek" or
  "want" whose object (or the object of its "for") is anonymity, privacy or
  confidentiality: "a diplomat, who requested anonymity, said",
  "the official said, requesting anonymity", "the families have asked for
  privacy";
* **a request to stay unnamed** — the same verbs with "to remain / stay /
  be" + anonymous, unnamed or unidentified: "an aide who asked to remain
  anonymous";
* **declining to be named** — "decline" or "refuse" with a passive "to be
  named / identified / quoted": "a guard, who declined to be named, said".

Not the class, and still events: anonymity or privacy asked for someone
else ("the union requested anonymity for the whistleblowers" — a demand on
their behalf), a law or a measure named by the noun ("asked for privacy laws
to be tightened": the head is "laws"), an active naming declined ("the
police declined to name the suspects"), and any other object ("requested
asylum", "asked for protection").

Cheap: only a verb whose lemma is in the short lists below reads its own
children; nothing scans the sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.mention_lookup import prep_objects

ASKING_LEMMAS = frozenset({"request", "ask", "seek", "want"})
DECLINING_LEMMAS = frozenset({"decline", "refuse"})
PRESS_NOUNS = frozenset({"anonymity", "privacy", "confidentiality"})
UNNAMED_STATES = frozenset({"anonymous", "unnamed", "unidentified", "nameless"})
BEING_VERBS = frozenset({"remain", "stay", "be"})
FOR = frozenset({"for"})
NAMING_VERBS = frozenset({"name", "identify", "quote"})


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _own_press_noun(noun: Token) -> bool:
    """Anonymity or privacy for the asker itself: no "for" phrase naming
    someone else ("anonymity for the whistleblowers")."""
    return _lemma(noun) in PRESS_NOUNS and not any(
        c.dep_ == "prep" and c.lower_ == "for" for c in noun.children)


def _asked_objects(verb: Token) -> list[Token]:
    """The verb's object and the object of its "for" ("asked for privacy")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += prep_objects(verb, FOR)
    return objs


def _stays_unnamed(verb: Token) -> bool:
    """"asked to remain anonymous", "requested to stay unnamed"."""
    return any(c.dep_ == "xcomp" and _lemma(c) in BEING_VERBS and any(
        g.dep_ in ("acomp", "attr", "oprd") and g.lower_ in UNNAMED_STATES for g in c.children)
        for c in verb.children)


def _declines_naming(verb: Token) -> bool:
    """"declined to be named", "refused to be identified" (passive only:
    "declined to name the suspects" is the police's own refusal)."""
    return any(c.dep_ == "xcomp" and _lemma(c) in NAMING_VERBS
               and any(g.dep_ == "auxpass" for g in c.children) for c in verb.children)


def is_press_request(tok: Token) -> bool:
    """Any of the three forms of the module docstring."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    lemma = _lemma(tok)
    if lemma in ASKING_LEMMAS:
        return any(_own_press_noun(o) for o in _asked_objects(tok)) or _stays_unnamed(tok)
    return lemma in DECLINING_LEMMAS and _declines_naming(tok)
