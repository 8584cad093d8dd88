"""Reported clauses the parser does not hang on their cue as a clause.

Class *the reported clause's verb read as a reduced relative of its
subject*: in a statement closed by its cue, "A navy patrol fired on a boat
off the island on Sunday, killing two men, officials said", the past tense
"fired" can also be a past participle, and the parser reads "A navy patrol
fired on a boat …" as one noun phrase ("a patrol [that was] fired on"),
hung on the cue as ``dep``/``advcl``/``nsubj`` (or under a dateline). The cue
then has no complement and the statement no speaker. The noun phrase up to
the comma before the cue's subject is the content when it holds no other
predicate (a finite verb or auxiliary outside the participle's subtree).

Class *closing cue split off as a sentence of its own*: the parser ends
the sentence before ", officials said Monday." (a long lead with a
dateline, "NASSAU (Wire) — A patrol fired on a boat …, killing a woman,
officials said"); the cue's sentence opens with the comma, and the
statement is the sentence before it.

Its sibling, class *the reported clause read as a relative clause of the
dateline*: "DAKAR (Wire) — A police unit fired on a crowd …, witnesses
said" — the parser makes the dateline's place a noun the clause modifies
(``relcl``/``acl``); the clause after the dateline is the content.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.nlp.sentences import sent_of
from eventwire.stages.attribution.marks import dateline_end, trimmed

_PAST = ("VBD", "VBN")
_FINITE = ("VBD", "VBZ", "VBP", "MD")


def _closing_subject(verb: Token) -> Token | None:
    """The cue's subject when the cue closes the sentence's statement:
    "…, officials said" (subject right after a comma, no verb after the cue,
    cue with no clause, object or subordinator of its own; "told" keeps its
    addressee)."""
    if any(c.dep_ in ("ccomp", "xcomp", "mark", "csubj") or
           (c.dep_ == "dobj" and verb.lemma_ != "tell") for c in verb.children):
        return None
    rest = verb.doc[verb.i + 1:sent_of(verb).end]
    if any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None  # "A report released on Monday, officials said, showed …"
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    subject = subjects[-1] if subjects else None  # the nearest: a misread NP may be one too
    if subject is None or subject.left_edge.i < 2:
        return None
    return subject if verb.doc[subject.left_edge.i - 1].text == "," else None


def relative_read_predicate(verb: Token) -> Span | None:
    """The content of a closing cue whose reported verb the parser read as a
    reduced relative (module docstring); None when the clause before the
    comma has a predicate of its own or no such participle."""
    subject = _closing_subject(verb)
    if subject is None:
        return None
    doc, comma = verb.doc, subject.left_edge.i - 1
    start = sent_of(verb).start
    if comma == start:  # the parser split the cue off: the statement before
        before = sent_of(doc[start - 1])
        if any("\n" in t.text for t in doc[before.start:start]):
            return None
        return trimmed(doc, before.start, comma - 1)
    acl = next((t for t in doc[start:comma] if _misread(t)), None)
    if acl is None or acl.head.dep_ in ("pobj", "dobj", "attr"):
        return None
    inside = {t.i for t in acl.subtree}
    if any(t.tag_ in _FINITE and t.i not in inside for t in doc[start:comma]):
        return None
    return trimmed(doc, acl.head.left_edge.i, comma - 1)


def _misread(tok: Token) -> bool:
    """A past verb read as a modifier of the noun before it: a participle of
    a noun phrase, or any clause of the dateline's place."""
    head = tok.head
    if head.i >= tok.i or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ == "acl" and tok.tag_ in _PAST:
        return True
    after = dateline_end(tok.doc, head.idx)
    return (tok.dep_ in ("acl", "relcl") and tok.tag_ in _FINITE and after is not None
            and head.idx < after <= tok.idx)
