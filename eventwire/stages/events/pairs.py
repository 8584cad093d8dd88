"""Class *a pair named by "both" or "the two" alone* (recips29): "urged both
to end the border dispute", "the two agreed to hold talks", "called
on both to return to the table" -- the bare quantifier is a participant,
the two parties the text has just named; with no noun it gives no sector
of its own, so it takes the pair's: two states (or their governments) are
GOV with no single country (docs/annotation.md: coordinated states are one
span, ``country: null``); two parties of one country keep that country.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.extensions import get_list

# "preconj": "urged both to end the dispute", parsed as "both ... and" on the verb
PAIR_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "dative", "preconj")


def _bare_pair(tok: Token) -> bool:
    """"both" with no noun of its own, or "the two" with none."""
    if tok.dep_ not in PAIR_DEPS or any(c.dep_ in ("prep", "compound") for c in tok.children):
        return False
    if tok.lower_ == "both":
        return tok.pos_ in ("DET", "PRON")
    return tok.lower_ == "two" and any(c.lower_ == "the" and c.dep_ == "det"
                                       for c in tok.children)


def _doers(tok: Token) -> list[tuple[int, int]]:
    """The character spans of the subjects of the verbs the pair hangs
    from, itself excepted, up to their head words ("Opposition lawmakers",
    "Ethiopia's foreign minister"; not a relative clause after them): the
    one who acts on the pair is not one of it ("Kenya urged both")."""
    return [(c.left_edge.idx, c.idx + len(c)) for a in tok.ancestors for c in a.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i]


def _named_before(doc: Doc, tok: Token) -> list[ActorMention]:
    """The actor mentions of the pair's sentence and the one before it,
    before the pair, that it can stand for: not pronouns, and not the doer
    of the pair's own verb (review46: "Sudan's army and the RSF clashed
    again. Kenya urged both" -- the pair is Sudanese; "Armenia and
    Azerbaijan traded fire. Russia called on both"; "Serbia ... Belgrade
    ... Kosovo" are two countries)."""
    sent = tok.sent
    lo = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    doers = _doers(tok)
    return [m for m in get_list(doc, "actor_mentions")
            if lo <= m.start and m.end <= tok.idx and m.rule != "pronoun"
            and not any(lo_d <= m.start and m.end <= hi_d for lo_d, hi_d in doers)]


def named_pair(doc: Doc, tok: Token) -> ActorMention | None:
    """The mention of a bare "both" / "the two" (:func:`_bare_pair`), coded
    from the two parties named before it; None when it is not bare or
    fewer than two parties are named (review46: then it counts things)."""
    if not _bare_pair(tok):
        return None
    named = _named_before(doc, tok)
    if len(named) < 2:  # review46: "the senate approved both" (two bills): things
        return None
    span = doc[tok.left_edge.i:tok.i + 1]
    parties = list({m.country: m for m in named if m.country}.values())  # one per country
    country, sectors = None, []
    if len(parties) == 1:
        country = parties[0].country
    elif len(parties) > 1 and all(m.kind == "state" or "GOV" in m.sectors for m in parties):
        sectors = ["GOV"]
    return ActorMention(start=span.start_char, end=span.end_char, text=span.text, kind="agent",
                        country=country, sectors=sectors, confidence=0.3, rule="pair")
