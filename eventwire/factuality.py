"""How sure: polarity, certainty and modality of every event, with the
condition span for conditionals.

Cues are read from the trigger and the verbs that govern it (up to the
clause that holds it), so "will soon happen" is future and "may not be
able" hypothetical and negated.

Modality, strongest first (documented decision):
1. ``denied`` — the event is the content of "deny"/"reject claims";
2. ``negated`` — a negation governs the trigger ("did not attack");
3. ``threatened`` — a THREATEN event, or the content of a threat
   ("warned that a confrontation awaits"); certainty ``possible``;
4. ``demanded`` — a REQUEST event or the content of urge/demand/call;
5. ``conditional`` — an if/unless/should/providing clause governs it;
6. ``hypothetical`` — may/might/could/would;
7. ``future`` — will/shall/going to, or "plan/expect/intend to";
8. ``reported`` — inside someone's statement (``doc._.quotes``);
9. ``asserted`` — the outlet states it.
A condition is kept whatever the modality (a threat can be conditional).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from .models import Condition, EventMention, Factuality, Quote
from .models import Span as TextSpan
from .nlp.extensions import get_list, register_extensions, text_of

NEGATIONS = {"not", "n't", "never", "no", "neither", "nor", "without"}
POSSIBLE = {"may", "might", "could", "can"}
HYPOTHETICAL = {"might", "could", "may"}
FUTURE = {"will", "shall", "'ll", "wo"}
PLAN_VERBS = {"plan", "expect", "intend", "aim", "prepare", "schedule", "hope", "seek",
              "promise", "pledge", "vow", "agree", "decide"}
DEMAND_VERBS = {"urge", "demand", "call", "ask", "appeal", "request", "press", "order"}
THREAT_VERBS = {"threaten", "warn", "vow"}
DENY_VERBS = {"deny", "dismiss", "reject", "refute"}
HEDGES = {"reportedly": "probable", "allegedly": "possible", "apparently": "probable",
          "possibly": "possible", "probably": "probable", "likely": "probable",
          "perhaps": "possible", "presumably": "probable", "purportedly": "possible"}
CONDITION_MARKS = {"if", "unless", "providing", "provided", "should", "once", "whether"}


def _chain(tok: Token, limit: int = 4) -> list[Token]:
    """The trigger and the verbs above it within its sentence, nearest first,
    stopping at the clause boundary of a speech/threat verb (its content)."""
    out = [tok]
    cur = tok
    for _ in range(limit):
        if cur.head is cur or cur.dep_ in ("ROOT",):
            break
        cur = cur.head
        out.append(cur)
        if cur.lemma_.lower() in THREAT_VERBS | DEMAND_VERBS | DENY_VERBS | {"say", "stress"}:
            break
    return out


def _children(tokens: list[Token], deps: set[str]) -> list[Token]:
    return [c for t in tokens for c in t.children if c.dep_ in deps]


def _condition(chain: list[Token]) -> Condition | None:
    doc = chain[0].doc
    for tok in chain:
        for c in tok.children:
            if c.dep_ not in ("advcl", "ccomp") or c.i < 0:
                continue
            first = next(c.subtree)
            if first.lower_ in CONDITION_MARKS or (first.lower_ == "should" and first.i < c.i):
                sub = list(c.subtree)
                if sub[-1].is_punct:
                    sub = sub[:-1]
                start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
                return Condition(text_of(doc)[start:end], start, end)
        if tok.pos_ == "NOUN":  # "a ceasefire ... providing that …" on a nominal
            continue
    return None


def _cue(tok: Token) -> TextSpan:
    return TextSpan(tok.text, tok.idx, tok.idx + len(tok.text))


def _governing_lemmas(chain: list[Token]) -> set[str]:
    return {t.lemma_.lower() for t in chain[1:]}


def factuality_for_token(doc: Doc, index: int, quotes: list[Quote],
                         event_type: str | None = None) -> Factuality:
    """Factuality of the event whose trigger head is ``doc[index]``."""
    tok = doc[index]
    chain = _chain(tok)
    above = _governing_lemmas(chain)
    negs = [c for c in _children(chain[:2], {"neg"})] + [
        c for c in tok.children if c.dep_ == "det" and c.lower_ in ("no", "never")]
    auxes = _children(chain[:2], {"aux", "auxpass"})
    aux_words = {a.lower_ for a in auxes}
    hedges = [c for c in _children(chain[:2], {"advmod"}) if c.lower_ in HEDGES]
    condition = _condition(chain)
    in_quote = any(q.content.start <= tok.idx < q.content.end for q in quotes)
    cues = [_cue(t) for t in negs + auxes + hedges]

    if above & DENY_VERBS:
        return Factuality("negative", "certain", "denied", condition, cues)
    polarity = "negative" if negs else "positive"
    if negs:
        modality, certainty = "negated", "certain"
    elif event_type == "THREATEN" or above & THREAT_VERBS:
        modality, certainty = "threatened", "possible"
    elif event_type == "REQUEST" or above & DEMAND_VERBS:
        modality, certainty = "demanded", "certain"
    elif condition is not None:
        modality, certainty = "conditional", "possible"
    elif aux_words & HYPOTHETICAL:
        modality, certainty = "hypothetical", "possible"
    elif aux_words & (FUTURE | {"would"}) or above & PLAN_VERBS or "going" in above:
        # certainty is the source's commitment (MEANTIME's definition): "will
        # deliver" is a certain future event, not a probable one
        modality, certainty = "future", "certain"
    elif in_quote:
        modality, certainty = "reported", "certain"
    else:
        modality, certainty = "asserted", "certain"
    if hedges:
        certainty = HEDGES[hedges[0].lower_]
        modality = "reported" if modality == "asserted" else modality
    if modality == "negated" and aux_words & POSSIBLE:
        certainty = "possible"
    return Factuality(polarity, certainty, modality, condition, cues)


def is_future(doc: Doc, index: int) -> bool:
    """Future (or future-in-the-past) reading: will/shall/would/going to, a
    to-infinitive ("plans to deliver", "agreed to buy"), or a plan verb above."""
    chain = _chain(doc[index])
    auxes = _children(chain[:1], {"aux"})
    aux_words = {a.lower_ for a in auxes}
    infinitive = any(a.lower_ == "to" and a.tag_ == "TO" for a in auxes)
    return bool(aux_words & (FUTURE | {"would"})) or infinitive or bool(
        _governing_lemmas(chain[:2]) & (PLAN_VERBS | {"going"}))


def _trigger_index(doc: Doc, event: EventMention) -> int | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root.i if span is not None else None


@Language.factory("eventwire_factuality", requires=["doc._.events", "doc._.quotes"],
                  assigns=["doc._.events"])
def make_factuality(nlp: Language, name: str) -> FactualityTagger:
    return FactualityTagger()


class FactualityTagger:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        quotes = get_list(doc, "quotes")
        for event in get_list(doc, "events"):
            index = _trigger_index(doc, event)
            if index is not None:
                event.factuality = factuality_for_token(doc, index, quotes, event.type)
        return doc
