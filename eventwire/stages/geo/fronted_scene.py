"""Class *a fronted scene-setting locative* (place36, docs/BENCHMARKS.md "place36").

A locative phrase that opens the sentence and is set off by a comma ("In
Portugal, fishermen staged a strike over fuel taxes", "In Osh, students
marched to the mayor's office and riot police looked on", "At the border
crossing near Rafah, aid workers handed out food") sets the scene of the
clause it heads: the writer names the place first so that what follows
happens there. When the event-place rules have picked such a place (basis
trigger, clause or sentence), the learned chooser (``place_chooser``) must
not trade it for another candidate: on m45 it traded three of these,
each right by gold, for no place (rec_h, rec_m, rec_r), and never one that
gold leaves unplaced or puts elsewhere (docs/BENCHMARKS.md "place36").

Only a preposition of ``recognize.STRICT_LOCATIVE`` counts ("in", "at",
"across", "near", ...): "From Paris, the envoy flew on" names an origin, and
"On Monday, ..." no place. The phrase must be the sentence's first words
(an opening quotation mark aside) and end at a comma; the rules'
place must be its object, alone or as the head of a place phrase ("In the
Kenyan capital Nairobi, ..."). The event must be that clause's -- its
head, a conjunct or a word the head governs -- and not an act reported
inside it ("In Washington, officials said Russian forces had shelled
civilians": Washington is where it was said, not where the shelling was;
review87). Flag ``place_scope.VARIANTS["fronted_scene"]``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import PlaceMention
from eventwire.nlp.arrays import char_span
from eventwire.nlp.sentences import sent_of
from eventwire.stages.geo.place_scope import VARIANTS
from eventwire.stages.geo.recognize import STRICT_LOCATIVE

STATED = ("trigger", "clause", "sentence")
OPENERS = {'"', "'", "“", "‘", "-", "—"}


def fronted_scene(doc: Doc, rule: PlaceMention | None, trigger: Token | None) -> bool:
    """The rules' place is the object of a fronted locative whose clause the
    event at ``trigger`` belongs to (module docstring)."""
    if not VARIANTS["fronted_scene"] or rule is None or rule.basis not in STATED \
            or trigger is None:
        return False
    span = char_span(doc, rule.start, rule.end, alignment_mode="expand")
    if span is None:
        return False
    prep = _locative_prep(span.root)
    return prep is not None and _opens_sentence(prep) and _ends_at_comma(prep) \
        and _in_clause(trigger, prep.head)


def _in_clause(trigger: Token, head: Token) -> bool:
    """``trigger`` is ``head`` or below it, with no reported clause
    (``ccomp``) between: "officials said forces had *shelled*" is no act of
    the scene the fronted phrase sets for "said" (review87)."""
    cur = trigger
    while cur.i != head.i:
        if cur.dep_ == "ccomp" or cur.head.i == cur.i:
            return False
        cur = cur.head
    return True


def _locative_prep(tok: Token) -> Token | None:
    """The strict locative preposition whose object phrase holds ``tok``:
    up through appositions, compounds and names it modifies, at most three
    heads."""
    cur = tok
    for _ in range(3):
        if cur.dep_ == "pobj":
            return cur.head if cur.head.lower_ in STRICT_LOCATIVE else None
        if cur.dep_ not in ("appos", "compound", "poss", "conj") or cur.head == cur:
            return None
        cur = cur.head
    return None


def _opens_sentence(prep: Token) -> bool:
    """The preposition is the sentence's first word (quotes and dashes aside)
    and hangs on a verb of the sentence (an adjunct, not a noun's modifier)."""
    sent = sent_of(prep)
    first = next((t for t in sent if t.text not in OPENERS and not t.is_space), None)
    return first is not None and first.i == prep.i and prep.head.pos_ in ("VERB", "AUX")


def _ends_at_comma(prep: Token) -> bool:
    """The phrase is set off: the token after its right edge is a comma."""
    after = prep.right_edge.i + 1
    return after < len(prep.doc) and prep.doc[after].text == ","
