"""Attributions without a speech verb, as political-news attribution corpora
annotate them:

* *belief, knowledge, intention and fear* ("Republicans believe the bill
  can pass", "The White House wants Congress to act", "Unions fear that …")
  and *findings* ("a report by X found that …", "polls show that …"): the
  verb's lists are in ``cues.yaml`` (``stance_verbs``, ``finding_verbs``);
  they count only with a clausal complement that states something, not a
  question ("knows the region well", "knows whether …" are none);
* *stance adjectives*: "X is convinced / confident / aware that Y";
* *nominal cues* with an owner: "X's claim that Y", "her warning that Y",
  "the denial by X that Y" (``nominal_cues``).

The speech-verb cases live in ``quotes.py``; this module gives it the verb
list and the two verbless classes.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from eventwire.models import Quote
from eventwire.nlp.arrays import rows
from eventwire.nlp.cues import default_cues
from eventwire.stages.attribution.boundaries import EXPECTATION_VERBS, cut_root_nominal
from eventwire.stages.attribution.marks import that_clause, tok_span, trimmed
from eventwire.stages.attribution.speakers import (
    BELIEF_VERBS,
    FINDING_VERBS,
    make_quote,
    noun_phrase,
    speaker_mention,
    statement_body,
)

_CUES = default_cues()
STANCE_VERBS = BELIEF_VERBS | FINDING_VERBS | EXPECTATION_VERBS
STANCE_ADJECTIVES = _CUES.words("belief_adjectives")
NOMINAL_CUES = _CUES.words("nominal_cues")
QUESTION_OPENERS = {"whether", "if", "how", "why", "what", "when", "where", "who", "which"}
COPULAS = {"be", "remain", "seem", "appear", "feel", "become", "sound"}


def opens_with_cue(tok: Token) -> bool:
    """A sentence that starts in lower case or with a name ("the host asked",
    "asked the minister", "Smith replied") can be the cue of the quotation
    before it."""
    return tok.is_lower or tok.pos_ == "PROPN"


def stance_content(content: Span) -> bool:
    """A stated proposition, not an embedded question ("knows whether …")."""
    return content[0].lower_ not in QUESTION_OPENERS


def _clause(head: Token) -> Span | None:
    clause = next((c for c in head.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    toks = list(clause.subtree)
    content = trimmed(head.doc, toks[0].i, toks[-1].i)
    return content if content is not None and stance_content(content) else None


def _adjective_quote(doc: Doc, adj: Token) -> Quote | None:
    """"The minister is confident that the treaty will be ratified"."""
    head = adj.head
    if adj.dep_ != "acomp" or head.lemma_.lower() not in COPULAS:
        return None
    content = _clause(adj) or _clause(head)
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if content is None or subject is None:
        return None
    return make_quote(doc, adj, tok_span(content), "stance", subject=subject)


def _owner(noun: Token) -> Token | None:
    """"the governor's claim", "her warning", "the denial by the ministry"."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")):
        found = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if found is not None:
            return found
    return None


def _nominal_quote(doc: Doc, noun: Token) -> Quote | None:
    content = that_clause(noun)
    owner = _owner(noun)
    if content is None or owner is None or not stance_content(content):
        return None
    content = cut_root_nominal(noun, content)
    body = statement_body(owner)
    speaker = doc[body.i:body.i + 1] if body.pos_ == "PRON" else noun_phrase(body)
    return Quote(content=tok_span(content), speaker=tok_span(speaker), cue=tok_span(noun),
                 speaker_actor=speaker_mention(doc, body), kind="nominal",
                 rule=f"nominal:{noun.lemma_.lower()}")


def stance_positions(doc: Doc) -> list[int]:
    """The tokens :func:`stance_quotes` looks at -- a stance adjective
    (``lower_``) or a NOUN whose lower-cased lemma is a nominal cue -- read
    once per document from the attribute arrays, so that each sentence does
    not build a Token for every word to keep one in a hundred."""
    if not len(doc):
        return []
    adjectives = {get_string_id(w) for w in STANCE_ADJECTIVES}
    noun = get_string_id("NOUN")
    strings = doc.vocab.strings
    cue_lemma: dict[int, bool] = {}
    out: list[int] = []
    for i, (lower, pos, lemma) in enumerate(rows(doc, (LOWER, POS, LEMMA))):
        if lower in adjectives:
            out.append(i)
        elif pos == noun:
            hit = cue_lemma.get(lemma)
            if hit is None:
                hit = cue_lemma[lemma] = strings[lemma].lower() in NOMINAL_CUES
            if hit:
                out.append(i)
    return out


def stance_quotes(doc: Doc, sent: Span, found: list[Quote],
                  positions: list[int] | None = None) -> list[Quote]:
    """Stance adjectives and nominal cues of ``sent`` whose content no
    statement in ``found`` already has; ``positions``: the
    :func:`stance_positions` of the doc, when the caller has them."""
    out: list[Quote] = []
    tokens = sent if positions is None else [
        doc[i] for i in positions[bisect_left(positions, sent.start):
                                  bisect_left(positions, sent.end)]]
    for tok in tokens:
        quote = None
        if tok.lower_ in STANCE_ADJECTIVES:
            quote = _adjective_quote(doc, tok)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in NOMINAL_CUES:
            quote = _nominal_quote(doc, tok)
        if quote is not None and not any(q.content == quote.content and q.speaker == quote.speaker
                                         for q in found):
            out.append(quote)
    return out
