"""Class *a group of states or a bloc's members named as one body* (issue
#12, branch actors35; the class review80 left open).

"Western governments urged Kenya to ...", "Neighbouring states condemned
the coup", "Arab states called on Israel to ...", "EU member states called
for an inquiry", "NATO allies pledged more air defence": the phrase names
several states, and the record guide codes such a group with no country
(GOV, or IGO for a bloc: "Western countries", "NATO allies", "Twenty EU
member states", "neighbouring countries" in the record sets). A bare plural
agent noun took the story's country (``home.py``: "troops" in a story about
one state are that state's), so the group, or the bloc's name or the region
word the parser cut from it ("Arab", "European", "EU"), was coded as one
state's body — often the very state the group acts on.

A mention is such a group when its head is a plural common noun for
states ("countries", "nations", "powers" — always), or "states",
"governments", "allies", "members", "partners", "neighbours" with a region,
bloc or foreignness word before it ("Gulf states", "foreign governments",
"member states", "NATO allies"); or when the mention is that word itself,
the modifier of such a noun. Its country is dropped. Look-alikes kept:
"the United States" (a proper noun, not a common plural), "Russia's
allies" (the possessor is its own mention, not the group), "his allies in
Congress" (no region or bloc word), "successive governments" of one
state (no region word), "the Australian states of New South Wales" (a
nation's own adjective: a federation's parts; found on c2, where the
rule first took any NORP word and "Australian" lost its country), and
"regional" on "states" or "governments": it names one nation's own
regions there ("Spain's regional governments imposed curfews", "Italy's
regional governments", "Ethiopia's regional states"), while "regional
allies", "regional partners" and "regional powers" are other states
(review85).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention, EventMention
from eventwire.nlp.arrays import char_span, per_doc, where_lower

# plural nouns that name states whatever stands before them
STATE_PLURALS = frozenset({"countries", "nations", "powers"})
# plural nouns that name states only with a region, bloc or foreignness word
GROUP_PLURALS = frozenset({"states", "governments", "allies", "members", "partners",
                           "neighbours", "neighbors"})
REGION_WORDS = frozenset({
    "western", "foreign", "member", "neighbouring", "neighboring", "donor", "regional",
    "gulf", "arab", "african", "european", "asian", "latin", "nordic", "baltic", "balkan",
    "sahel", "allied", "nato", "eu", "asean", "g7", "g20", "brics", "opec", "ecowas",
    "sadc", "caribbean", "pacific", "muslim", "islamic"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
# a region word that on these nouns names one nation's own regions
DIVISION_WORDS = frozenset({"regional"})
DIVISION_PLURALS = frozenset({"states", "governments"})


def _region_word(tok: Token) -> bool:
    """A region, bloc or foreignness word. A nation's own adjective is not
    one: "the Australian states of New South Wales and Queensland", "Nigerian
    governments" are one federation's parts or one state's governments."""
    return tok.lower_ in REGION_WORDS


def is_state_group(head: Token) -> bool:
    """Is ``head`` a plural common noun naming several states?"""
    if head.tag_ != "NNS" or head.pos_ != "NOUN":
        return False
    if head.lower_ in STATE_PLURALS:
        return True
    return head.lower_ in GROUP_PLURALS and any(
        c.dep_ in MODIFIER_DEPS and c.i < head.i and _region_word(c)
        and not _names_a_division(c, head) for c in head.children)


def _names_a_division(word: Token, head: Token) -> bool:
    """ "regional governments", "regional states": one nation's regions
    (module docstring)."""
    return word.lower_ in DIVISION_WORDS and head.lower_ in DIVISION_PLURALS


def _group_of(root: Token) -> bool:
    """The mention's root is the group noun, or the region or bloc word
    hung on it ("Arab" of "Arab states", "EU" of "EU member states")."""
    if is_state_group(root):
        return True
    if not _region_word(root):
        return False
    tok = root
    for _ in range(2):  # "EU" -> "member" -> "states"
        if tok.dep_ not in MODIFIER_DEPS:
            return False
        tok = tok.head
        if is_state_group(tok):
            return True
    return False


MODIFIER_REACH = 40  # characters from a region word to its group noun ("EU member states")
GROUP_NOUNS = STATE_PLURALS | GROUP_PLURALS
# doc.user_data key of the ranges of :func:`_group_reach`
_REACH_KEY = "eventwire_state_group_reach"


def _group_reach(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges a group mention must touch: each group noun and the
    stretch before it where its modifiers stand (one array scan, kept for
    the actor and the event stage, neither of which changes the tokens:
    ``arrays.per_doc``, speed36)."""
    return per_doc(doc, _REACH_KEY, lambda d: [
        (t.idx - MODIFIER_REACH, t.idx + len(t))
        for t in (d[i] for i in where_lower(d, GROUP_NOUNS))])


def _drop_country(doc: Doc, m: ActorMention, reach: list[tuple[int, int]]) -> None:
    if m.country is None or not any(a <= m.end and b >= m.start for a, b in reach):
        return
    span = char_span(doc, m.start, m.end, alignment_mode="expand")
    if span is not None and _group_of(span.root):
        m.country = None


def stateless_groups(doc: Doc, mentions: list[ActorMention]) -> None:
    """Drop the country of every mention of a group of states (module
    docstring). The group nouns are found by one array scan first, and a
    mention that touches none of them is skipped before its span is built."""
    reach = _group_reach(doc)
    for m in mentions if reach else []:
        _drop_country(doc, m, reach)


def stateless_event_groups(doc: Doc, events: list[EventMention]) -> None:
    """The same for the actors and recipients the event stage built from
    the parse or placed by the story ("Neighbouring states" is no mention of
    the actor stage; "Arab" of "Arab states" took the story's country there)."""
    reach = _group_reach(doc)
    for event in events if reach else []:
        for m in (event.actor, event.recipient):
            if m is not None:
                _drop_country(doc, m, reach)
