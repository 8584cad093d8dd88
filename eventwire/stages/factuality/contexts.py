"""Sentence contexts that change an event's polarity or certainty after the
clause rules of ``factuality_for_token`` (issue #12). Each function names the
linguistic class it covers; the cue words come from ``data/cues.yaml``.

- yes/no questions: "Will the cabinet resign?" — neither the author nor anyone
  else commits: certainty and polarity underspecified (a wh-question, "Who
  fired the shots?", presupposes its event and is left alone);
- indirect questions ("asked if the plant would close", "did not say
  whether …"): certainty and polarity underspecified;
- negative contexts: "left without paying", "talks ended without a deal",
  "kept the crowd from entering", "stopped short of naming" — the event did
  not happen: negative, certain;
- negated belief (neg-raising): "do not expect prices to fall" says the
  source thinks they probably will not, and so does "doubt that …":
  negative, probable;
- hedging predicates: "is unlikely to pass", "it is possible that …",
  "a deal is unlikely" — the adjective sets the certainty (and "unlikely"
  the polarity);
- called-off events: "the flight was delayed", "halted production", "a
  postponed summit", "ceased trading", "a delay in delivery", "brought the
  talks to an end" — MEANTIME marks the event that did not take place (as
  planned) negative, certain: polarity turns (a negated "did not cancel the
  trip" leaves it positive);
- rejected proposals: "rejected the proposal", "dismissed the offer" — the
  proposal was made; only a rejected *claim*'s content is negative;
- epistemic perfect modals: "must have misread", "should have arrived by
  now" — an inference about the past: probable.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.models import Factuality
from eventwire.nlp.cues import default_cues
from eventwire.nlp.sentences import sent_of
from eventwire.stages.factuality.clauses import PROBABLE_GOVERNORS, lemma_names
from eventwire.stages.factuality.nominal import nominal_certainty

_CUES = default_cues()
WH_WORDS = _CUES.words("wh_words")
BLOCKING_VERBS = _CUES.words("blocking_verbs")
BELIEF_GOVERNORS = PROBABLE_GOVERNORS | _CUES.words("belief_verbs")
DOUBT_VERBS = _CUES.words("doubt_verbs")
CALL_OFF_VERBS = _CUES.words("call_off_verbs")
STOP_VERBS = _CUES.words("stop_verbs")
CALL_OFF_NOUNS = _CUES.words("call_off_nouns")
REJECT_VERBS = _CUES.words("reject_verbs")
HEDGE_PREDICATES = _CUES.labels("hedge_predicates")
INQUIRY_WORDS = _CUES.words("inquiry_words")
NEGATIVE_HEDGE_PREDICATES = _CUES.words("negative_hedge_predicates")
# parser labels by which an event is the main predicate of its question
QUESTION_LINKS = {"xcomp", "conj", "ccomp", "acomp", "attr"}


def _yes_no_question(tok: Token) -> bool:
    """Is ``tok`` the predicate (or an infinitive/conjunct of it) of a direct
    yes/no question — a sentence ending in "?" whose first word is an
    auxiliary or modal, not a wh-word?"""
    sent = sent_of(tok)
    doc = tok.doc
    # the "?" first: most sentences end without one, and then no word is read
    if not any(doc[i].text == "?" for i in range(max(sent.start, sent.end - 3), sent.end)):
        return False
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words:
        return False
    first = words[0]
    if first.lower_ in WH_WORDS or not (first.tag_ == "MD" or first.pos_ == "AUX"):
        return False
    cur = tok
    for _ in range(4):
        if cur == sent.root:
            return True
        # "Are prices about to fall?": the prospective "about to" carries it
        about = cur.dep_ == "prep" and cur.lower_ == "about"
        if cur.dep_ not in QUESTION_LINKS and not about \
                and not (cur.dep_ == "nsubj" and cur.pos_ == "NOUN"):
            return False
        cur = cur.head
    return cur == sent.root


def _indirect_question(tok: Token) -> bool:
    """"asked if the plant would close", "did not say whether he will stay":
    an if/whether clause that is a verb's complement (ccomp) is an indirect
    question (also under "ask", which is otherwise a demand verb); an
    adverbial if-clause (advcl) is a condition."""
    cur = tok
    for _ in range(8):
        if cur.dep_ in ("advcl", "ccomp") and any(
                c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless")
                for c in cur.children):
            return (cur.dep_ == "ccomp" or _inquiry_if(cur)) and any(
                c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in cur.children)
        if cur.head == cur:
            break
        cur = cur.head
    return False


def _inquiry_if(clause_head: Token) -> bool:
    """"did not establish if the pilots had been trained", "unsure if it
    will last": an if-clause the parser hangs as an adverbial clause is
    still an indirect question when it follows a verb or adjective of
    knowing or asking (a fronted "If …," stays a condition)."""
    head = clause_head.head
    if clause_head.dep_ != "advcl" or clause_head.i < head.i:
        return False
    # "it is / remains unclear if …": the clause hangs on the verb, the
    # adjective beside it
    words = [head] + [c for c in head.children if c.dep_ == "acomp"]
    return any(lemma_names(w) & INQUIRY_WORDS for w in words)


def _either_way(tok: Token) -> bool:
    """"may or may not attend", "might or might not be": the source leaves
    both polarities open."""
    doc = tok.doc
    for aux in tok.children:
        if aux.dep_ == "aux" and aux.tag_ == "MD" and aux.i >= 2 and \
                doc[aux.i - 1].lower_ == "or" and doc[aux.i - 2].lower_ == aux.lower_ and \
                any(c.dep_ == "neg" for c in tok.children):
            return True
    return False


def _negative_context(tok: Token) -> Token | None:
    """The word that says ``tok`` did not happen: "without" ("without paying",
    "without a deal"), "from" under a blocking verb ("kept them from
    entering", "refrained from voting"), or "short of" ("stopped short of
    naming")."""
    if tok.dep_ not in ("pobj", "pcomp"):
        return None
    prep = tok.head
    if prep.lower_ == "without":
        return prep
    if prep.lower_ == "from" and lemma_names(prep.head) & BLOCKING_VERBS:
        return prep
    if prep.lower_ == "of" and prep.head.lower_ == "short":
        return prep.head
    return None


def _negated_belief(tok: Token) -> bool:
    """"Analysts do not expect rates to rise"; "doubt that it will work"."""
    if tok.dep_ not in ("xcomp", "ccomp"):
        return False
    head = tok.head
    if lemma_names(head) & DOUBT_VERBS:
        return not any(c.dep_ == "neg" for c in head.children)
    return bool(lemma_names(head) & BELIEF_GOVERNORS) and any(
        c.dep_ == "neg" for c in head.children)


def _hedge_predicate(tok: Token) -> Token | None:
    """The hedging adjective that governs ``tok``: its infinitive or clause
    ("unlikely to pass", "possible that it spread"), through "it is … that";
    or, for a noun subject, the adjective it is said to be ("a deal is
    unlikely")."""
    head = tok.head
    if tok.dep_ in ("xcomp", "ccomp"):
        if head.lower_ in HEDGE_PREDICATES:
            return head
        if head.lemma_ == "be":
            return next((c for c in head.children
                         if c.dep_ == "acomp" and c.lower_ in HEDGE_PREDICATES), None)
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN" and head.lemma_ == "be":
        if any(c.dep_ in ("xcomp", "ccomp") for c in head.children):
            return None
        return next((c for c in head.children
                     if c.dep_ == "acomp" and c.lower_ in HEDGE_PREDICATES), None)
    return None


def _last_part(tok: Token) -> str:
    """"now-cancelled" -> "cancel"-like lemma check on its last part."""
    return tok.lemma_.lower().rsplit("-", 1)[-1]


def _called_off(tok: Token) -> Token | None:
    """The word that calls the event off: a verb whose object or passive
    subject it is, a participle modifying it, "stop"/"cease" above its
    gerund, a noun it completes ("delay in delivery"), or "bring … to an
    end"."""
    head = tok.head
    cue: Token | None = None
    call_off = _last_part(head) in CALL_OFF_VERBS or (
        head.lemma_ == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in head.children))
    if tok.dep_ in ("dobj", "nsubjpass") and call_off:
        cue = head
    elif tok.dep_ == "xcomp" and tok.tag_ == "VBG" and _last_part(head) in STOP_VERBS:
        cue = head
    elif tok.dep_ == "pobj" and head.lower_ in ("in", "of", "to") \
            and head.head.lemma_.lower() in CALL_OFF_NOUNS and head.head.pos_ == "NOUN":
        cue = head.head
    elif tok.pos_ == "NOUN":
        cue = next((c for c in tok.children if c.dep_ == "amod" and c.tag_ == "VBN"
                    and _last_part(c) in CALL_OFF_VERBS), None)
        if cue is None and tok.dep_ == "dobj" and head.lemma_ == "bring":
            cue = next((p for p in head.children if p.dep_ == "prep" and p.lower_ == "to"
                        and any(o.lemma_ in CALL_OFF_NOUNS for o in p.children)), None)
    return cue


def _epistemic_perfect(tok: Token) -> bool:
    """"must have taken", "should have arrived": modal + have + participle."""
    words = [c.lower_ for c in tok.children if c.dep_ == "aux"]
    return tok.tag_ == "VBN" and "have" in words and bool({"must", "should"} & set(words))


def refine(tok: Token, fact: Factuality) -> Factuality:
    """``fact`` (the clause rules' answer) adjusted for the contexts above."""
    if fact.modality == "denied":
        if tok.dep_ == "dobj" and lemma_names(tok.head) & REJECT_VERBS:
            return replace(fact, polarity="positive", modality="asserted")
        return fact
    if _yes_no_question(tok):
        return replace(fact, polarity="underspecified", certainty="underspecified",
                       modality="hypothetical")
    if _indirect_question(tok):
        return replace(fact, polarity="underspecified", certainty="underspecified",
                       modality="hypothetical")
    if _either_way(tok):
        return replace(fact, polarity="underspecified", modality="hypothetical")
    if _negative_context(tok) is not None:
        return replace(fact, polarity="negative", certainty="certain", modality="negated")
    if _negated_belief(tok):
        return replace(fact, polarity="negative", certainty="probable", modality="negated")
    cue = _called_off(tok)
    if cue is not None:
        negated = any(c.dep_ == "neg" for c in cue.children)
        if not negated and fact.polarity == "positive":
            return replace(fact, polarity="negative", modality="negated")
        if negated and fact.polarity == "negative":
            return replace(fact, polarity="positive", modality="asserted")
    hedge = _hedge_predicate(tok)
    if hedge is not None:
        negative = hedge.lower_ in NEGATIVE_HEDGE_PREDICATES
        polarity = fact.polarity
        if negative and polarity != "underspecified":
            polarity = "positive" if polarity == "negative" else "negative"
        modality = "negated" if polarity == "negative" else fact.modality
        return replace(fact, polarity=polarity, certainty=HEDGE_PREDICATES[hedge.lower_],
                       modality=modality)
    if _epistemic_perfect(tok) and fact.certainty == "certain":
        return replace(fact, certainty="probable")
    return nominal_certainty(tok, fact)
