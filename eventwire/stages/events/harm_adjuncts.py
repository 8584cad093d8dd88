"""Class *a harm whose weapon is named in its adverbial clause* (modes34):
an ASSAULT with no mode of its own clause takes the first mode cued in a
"when", "as" or "while" clause of its trigger, or in a participle clause
hung on it, which tell how the harm was done:

* "two men were killed when gendarmes opened fire on the crowd",
* "a trader died as soldiers sprayed bullets into the market",
* "pirates attacked the tanker, firing machine guns at the bridge",
* "a boy was wounded while troops shelled the camp".

A clause of another time ("before", "after", "because", "since") tells
another act and is not read; a harm with a mode of its own keeps it. Inside
the clause only its own words are read (review77): a relative, reported
or parenthetic clause nested in it ("..., saying *they had fired rockets*")
or a participle hung on its object ("bringing the number *killed in
airstrikes* to ninety", "stormed a compound *used by rebels for mortar
attacks*") tells another act; a nested adverbial clause is read, as the
cause told with the harm ("killed when the branch went up in flames *after
a protester threw a petrol bomb*"); and a "while"
set off by a comma is the contrast, not the same moment ("killed two men
in the north, *while* in the south rebels shelled a market").

modes57: a harm told with a second harm in a gapped coordination ("two
were killed and three *wounded* ...": the second participle shares the
first's auxiliary) shares the adjunct the parser hangs on the second one
-- its manner clause or its "in"/"during"/"by" phrase:

* "two people were killed and another wounded in a shooting at the plant",
* "a guard was killed and two others injured when gunmen stormed the bank",
* "a teacher was killed and four pupils hurt by gunfire near the school".

A conjunct with its own auxiliary ("were killed, and others *were*
wounded in a shooting") is told as another clause and is not read.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.stages.events.mode_context import OTHER_CLAUSE_DEPS, TARGET_DEPS
from eventwire.stages.events.mode_cues import cue_words, first_mode

# markers of an adverbial clause of the same moment as its head ("killed
# *when* police fired", "died *as* troops shelled", "wounded *while* / *whilst*
# troops shelled"): one list, also read by ``geo.place_scope`` (an event in
# such a clause is not placed by the main clause's place). "whilst" is the
# British spelling of "while" (review of issue #12, refactor36).
SIMULTANEOUS_MARKS = frozenset({"when", "as", "while", "whilst"})
# "while" after a comma is "whereas": the contrast of another act
CONTRAST_MARKERS = {"while", "whilst"}
# clauses of another act inside the adverbial clause (a nested adverbial is
# the cause told with the harm and is read)
NESTED_DEPS = OTHER_CLAUSE_DEPS - {"advcl"}


def _manner_clause(tok: Token) -> bool:
    """An adverbial clause of the same moment: marked by when/as/while, or
    a bare participle ("..., firing machine guns")."""
    if tok.dep_ != "advcl":
        return False
    marks = [c for c in tok.children if c.dep_ in ("mark", "advmod") and c.i < tok.i]
    if not marks:
        return tok.tag_ == "VBG"
    return any(m.lower_ in SIMULTANEOUS_MARKS and not _contrast(m) for m in marks)


def _contrast(mark: Token) -> bool:
    """A "while" set off by a comma ("..., while rebels shelled")."""
    return mark.lower_ in CONTRAST_MARKERS and mark.i > 0 and mark.doc[mark.i - 1].text == ","


def _own_words(top: Token) -> list[Token]:
    """``top``'s subtree without the clauses nested in it and the clauses
    hung on its objects (in text order)."""
    out: list[Token] = []
    stack = [top]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if not _nested(c))
    return sorted(out, key=lambda t: t.i)


def _nested(child: Token) -> bool:
    """Another act's clause: a nested relative, complement or parenthetic
    clause, or a participle on an object ("the number *killed* in ...")."""
    return child.dep_ in NESTED_DEPS or (
        child.dep_ == "acl" and child.head.dep_ in TARGET_DEPS)


# the phrases of a gapped conjunct that tell how both harms were done
SHARED_PREPS = frozenset({"in", "during", "by"})
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})


def _gapped_conjuncts(root: Token) -> list[Token]:
    """Participles after the trigger that share its auxiliary ("were killed
    and three *wounded*"): a past participle conjunct with no auxiliary."""
    return [c for c in root.children if c.dep_ == "conj" and c.i > root.i and c.tag_ == "VBN"
            and not any(g.dep_ in AUXILIARY_DEPS for g in c.children)]


def adjunct_mode(kind: str, trigger: Span) -> str | None:
    """The first mode of ``kind`` cued in a manner clause of the trigger,
    or in a manner clause or a shared phrase of a gapped conjunct."""
    for child in trigger.root.children:
        if _manner_clause(child):
            mode = first_mode(kind, cue_words(_own_words(child)))
            if mode is not None:
                return mode
    for conj in _gapped_conjuncts(trigger.root):
        for child in conj.children:
            if _manner_clause(child) or child.dep_ in ("prep", "agent") and \
                    child.lower_ in SHARED_PREPS:
                mode = first_mode(kind, cue_words(_own_words(child)))
                if mode is not None:
                    return mode
    return None
