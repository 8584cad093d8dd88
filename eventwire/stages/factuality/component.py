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

from eventwire.models import Condition, EventMention, Factuality, Quote
from eventwire.models import Span as TextSpan
from eventwire.nlp.extensions import get_list, register_extensions, text_of

POSSIBLE = {"may", "might", "could", "can", "ca"}
HYPOTHETICAL = POSSIBLE
FUTURE = {"will", "shall", "'ll", "wo"}
PLAN_VERBS = {"plan", "expect", "intend", "aim", "prepare", "schedule", "hope", "seek",
              "promise", "pledge", "vow", "agree", "decide"}
# governors that lower the source's commitment (MEANTIME's certainty scale):
# "expects to cut", "is believed to be" -> probable ("plans to" stays certain:
# MEANTIME marks announced plans as the source's firm commitment);
# "is allowed to bid", "attempted to address", "options to exercise" -> possible;
# "wants to know" states a wish, not the event -> underspecified
PROBABLE_GOVERNORS = {"expect", "intend", "schedule", "believe", "anticipate",
                      "predict", "forecast", "project", "likely"}
POSSIBLE_GOVERNORS = {"attempt", "try", "seek", "aim", "hope", "option", "negotiate",
                      "consider", "propose", "appear", "seem", "possibility"}
# "offered to mediate" is a possibility; "offers funding" is the offer itself
INFINITIVE_POSSIBLE_GOVERNORS = {"offer", "volunteer"}
# "refused to comment", "failed to agree", "has yet to confirm": the
# complement did not happen
NEGATIVE_IMPLICATIVES = {"refuse", "fail", "decline"}
# "has not ruled out an operation": a negated exclusion is a possibility
EXCLUDE_VERBS = {"rule", "exclude"}
COMPARISON_VERBS = {"compare", "contrast"}
WISH_GOVERNORS = {"want", "wish"}
GOVERNED_DEPS = {"xcomp", "ccomp", "dobj", "acl", "conj", "acomp", "attr"}
PREDICATE_DEPS = {"xcomp", "acomp", "attr", "conj"}
PERMISSION_GOVERNORS = {"allow", "permit", "authorize", "authorise"}
# "are said to be", "is reported to want": evidential passives -> possible
EVIDENTIAL_PASSIVES = {"say", "report", "rumour", "rumor"}
# an infinitive under these is no future: "is said to control", "refused to
# comment", "seems to be"
NON_FUTURE_GOVERNORS = EVIDENTIAL_PASSIVES | NEGATIVE_IMPLICATIVES | {
    "believe", "think", "seem", "appear", "claim", "know", "manage", "yet"}
DEMAND_VERBS = {"urge", "demand", "call", "ask", "appeal", "request", "press", "order"}
THREAT_VERBS = {"threaten", "warn", "vow"}
DENY_VERBS = {"deny", "dismiss", "reject", "refute"}
SPEECH_VERBS = {"say", "state", "quote", "tell", "add", "stress", "announce", "report",
                "write", "translate", "explain", "note"}
HEDGES = {"reportedly": "probable", "allegedly": "possible", "apparently": "probable",
          "possibly": "possible", "probably": "probable", "likely": "probable",
          "perhaps": "possible", "presumably": "probable", "purportedly": "possible"}
CONDITION_MARKS = {"if", "unless", "providing", "provided", "once"}
# events inside these clauses are the condition itself ("as long as the ban
# stays" and "once" clauses are presupposed, so they stay certain)
ANTECEDENT_MARKS = {"if", "unless", "whether"}
# dependencies that open a new clause: modals and conditions above them do not
# reach the trigger ("when the iPod was released" is not under "may have")
CLAUSE_DEPS = {"advcl", "relcl", "ccomp", "csubj", "acl", "parataxis", "nsubj", "nsubjpass",
               "appos", "ROOT"}


def _chain(tok: Token, limit: int = 6) -> list[Token]:
    """The trigger and the verbs above it within its sentence, nearest first,
    stopping at the clause boundary of a speech/threat verb (its content)."""
    out = [tok]
    cur = tok
    for _ in range(limit):
        if cur.head == cur or cur.dep_ in ("ROOT",):
            break
        cur = cur.head
        out.append(cur)
        if cur.lemma_.lower() in THREAT_VERBS | DEMAND_VERBS | DENY_VERBS | {"say", "stress"}:
            break
    return out


def _clause(tok: Token, limit: int = 4) -> list[Token]:
    """The trigger and the heads it shares a clause with: an object, an
    infinitive or a conjunct takes the modals of its head, a new clause or a
    subject does not, nor a conjunct with auxiliaries of its own ("can fly
    … and has been named")."""
    out = [tok]
    cur = tok
    for _ in range(limit):
        if cur.dep_ in CLAUSE_DEPS or cur.head == cur:
            break
        if cur.dep_ == "conj" and any(c.dep_ in ("aux", "auxpass") for c in cur.children):
            break
        cur = cur.head
        out.append(cur)
    return out


def _children(tokens: list[Token], deps: set[str]) -> list[Token]:
    return [c for t in tokens for c in t.children if c.dep_ in deps]


def _should_inversion(clause_head: Token) -> bool:
    """"Should the talks collapse, …": the clause opens with its own "should"."""
    first = next(clause_head.subtree)
    return first.lower_ == "should" and first.dep_ == "aux" and first.head == clause_head


def _condition_mark(clause_head: Token, marks: set[str]) -> bool:
    """Is ``clause_head`` the verb of an if/unless/…/should clause?"""
    first = next(clause_head.subtree)
    if first.lower_ in ("providing", "provided") and first.lower_ in marks:
        return True
    return _should_inversion(clause_head) or any(
        c.dep_ == "mark" and c.lower_ in marks for c in clause_head.children)


def _as_long_as(clause_head: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "as" and c.i >= 1 and
               clause_head.doc[c.i - 1].lower_ == "long" for c in clause_head.children)


def _has_subject(clause_head: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause_head.children)


def _condition(tok: Token) -> Condition | None:
    """The if/unless/should clause that conditions the trigger's own clause;
    subjectless ones ("if compared to", "if needed") are not conditions, and a
    speech verb is not conditioned by a clause of what it reports."""
    if tok.lemma_.lower() in SPEECH_VERBS:
        return None
    doc = tok.doc
    for head in _clause(tok):
        for c in head.children:
            inverted = c.dep_ == "ccomp" and next(c.subtree).lower_ == "should"
            if c.dep_ != "advcl" and not inverted:
                continue
            if not _has_subject(c) and next(c.subtree).lower_ not in ("providing", "provided"):
                continue
            if not (_condition_mark(c, CONDITION_MARKS) or _as_long_as(c)):
                continue
            sub = list(c.subtree)
            if c.head.lower_ == "long":  # "as long as …": keep the whole marker
                sub = list(c.head.subtree)
            if sub[-1].is_punct:
                sub = sub[:-1]
            start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
            return Condition(text_of(doc)[start:end], start, end)
    return None


def _antecedent_mark(tok: Token) -> str | None:
    """The if/unless/whether of the clause holding the trigger (the condition
    or the indirect question, not the consequence), or None. Its certainty is
    underspecified; under "whether" its polarity too."""
    cur = tok
    for _ in range(8):
        if cur.dep_ in ("advcl", "ccomp") and not (_names(cur) & COMPARISON_VERBS):
            marks = [c.lower_ for c in cur.children
                     if c.dep_ == "mark" and c.lower_ in ANTECEDENT_MARKS]
            if marks:
                return marks[0]
            if _should_inversion(cur):
                return "if"
        if cur.head == cur:
            break
        cur = cur.head
    return None


def _negations(tok: Token, clause: list[Token]) -> list[Token]:
    """Negation cues of the trigger: "not"/"never" on it or its head, "no"
    on the trigger noun or on the subject ("No soldiers were injured",
    "Neither side has violated"), and negative implicatives above an
    infinitive ("refused to comment", "has yet to confirm")."""
    negs = _children(clause[:2], {"neg"})
    negs += [c for c in tok.children if c.dep_ == "det" and c.lower_ in ("no", "never")]
    for subj in _children(clause[:1], {"nsubj", "nsubjpass"}):
        negs += [c for c in subj.children if c.dep_ == "det" and c.lower_ in ("no", "neither")]
    if tok.dep_ == "xcomp":
        head = tok.head
        if _names(head) & NEGATIVE_IMPLICATIVES:
            negs.append(head)
        if _has_yet_to(tok):
            negs += [c for c in head.children if c.dep_ == "advmod" and c.lower_ == "yet"]
    return negs


def _has_yet_to(tok: Token) -> bool:
    """"has yet to confirm": the infinitive has not happened (yet)."""
    head = tok.head
    return tok.dep_ == "xcomp" and head.lemma_ in ("have", "be") and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)


def _not_ruled_out(tok: Token) -> bool:
    """"has not ruled out an operation" / "did not exclude talks"."""
    head = tok.head
    if tok.dep_ != "dobj" or not (_names(head) & EXCLUDE_VERBS):
        return False
    return any(c.dep_ == "neg" for c in head.children)


def _cue(tok: Token) -> TextSpan:
    return TextSpan(tok.text, tok.idx, tok.idx + len(tok.text))


def _names(tok: Token) -> set[str]:
    """The lemma and, against lemmatiser slips ("hopes" -> "hop"), the
    lower-cased form without a final -s."""
    lower = tok.lower_
    return {tok.lemma_.lower(), lower, lower[:-1] if lower.endswith("s") else lower}


def _governing_lemmas(chain: list[Token]) -> set[str]:
    """Lemmas of the verbs above the trigger (a noun "order" is no demand)."""
    return {n for t in chain[1:] if t.pos_ in ("VERB", "AUX") for n in _names(t)}


def _has_object(head: Token) -> bool:
    return any(c.dep_ == "dobj" for c in head.children)


def _governor_lemma_certainty(head: Token, link: str) -> str | None:
    """Certainty a governing word gives its complement.

    An infinitive is the verb's own complement only when the verb has no
    direct object: "offered to mediate" is an offer, "offers funding to
    search" is a purpose of the funding; and "allow" with an infinitive but
    no object can only be a (headline) passive: "Boeing allowed to bid"."""
    names = _names(head)
    passive = any(c.dep_ == "auxpass" for c in head.children)
    bare_infinitive = link == "xcomp" and not _has_object(head)
    if names & EVIDENTIAL_PASSIVES and passive and link == "xcomp":
        return "possible"
    if names & PERMISSION_GOVERNORS and (passive or bare_infinitive):
        return "possible"
    if names & INFINITIVE_POSSIBLE_GOVERNORS and bare_infinitive:
        return "possible"
    if names & PROBABLE_GOVERNORS:
        return "probable"
    if names & POSSIBLE_GOVERNORS:
        return "possible"
    if names & WISH_GOVERNORS:
        return "underspecified"
    return None


# "was set to land", "was due to fly": an arrangement, not a commitment ->
# underspecified (MEANTIME)
ARRANGED_GOVERNORS = {"set", "due"}


def _arranged(tok: Token) -> bool:
    if tok.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    # ("is to be held" is a schedule and stays certain; MEANTIME is split
    # on "were to take delivery", so "be to" is left alone)
    return tok.head.lower_ in ARRANGED_GOVERNORS


def _raised_subject_certainty(tok: Token) -> str | None:
    """"The deliveries are scheduled to …": the subject of a raising verb is
    as sure as the verb says."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    head = tok.head
    if not any(c.dep_ == "xcomp" for c in head.children):
        return None
    return "probable" if _names(head) & PROBABLE_GOVERNORS else None


def _reduced_when_clause(tok: Token) -> bool:
    """"calls dropped when held in a certain way": a subjectless when-clause
    states a generic condition."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBN" and not _has_subject(tok) and any(
        c.lower_ in ("when", "whenever") for c in tok.children)


def _governor_certainty(tok: Token) -> str | None:
    """Certainty set by the word the trigger is the infinitive, that-clause or
    object of ("expects to cut", "it is expected that …", "negotiated the
    purchase"); a predicate ("is believed to be worth") climbs one link more,
    an object of an object does not ("attempted to address reports")."""
    if tok.dep_ not in GOVERNED_DEPS or tok.head == tok:
        return None
    found = _governor_lemma_certainty(tok.head, tok.dep_)
    head = tok.head
    if found is None and tok.dep_ == "xcomp" and head.lemma_ == "have":
        # "have options to exercise": the parser hangs the infinitive on
        # "have"; it belongs to the object noun
        found = next((c for c in (_governor_lemma_certainty(o, "acl") for o in head.children
                                  if o.dep_ == "dobj") if c), None)
    if found is None and tok.dep_ in PREDICATE_DEPS and head.dep_ in ("xcomp", "ccomp", "conj"):
        found = _governor_lemma_certainty(head.head, head.dep_)
    return found


def factuality_for_token(doc: Doc, index: int, quotes: list[Quote],
                         event_type: str | None = None) -> Factuality:
    """Factuality of the event whose trigger head is ``doc[index]``.

    Certainty follows MEANTIME's definition — the source's commitment to the
    (possibly modal) proposition: "will deliver" and the consequence of a
    conditional are certain; "may", "can" and "could" are possible; "expects
    to" probable ("plans to" stays certain, as in MEANTIME); an event inside
    the if-clause itself is underspecified."""
    tok = doc[index]
    chain = _chain(tok)
    clause = _clause(tok)
    above = _governing_lemmas(chain)
    negs = _negations(tok, clause)
    excluded = _not_ruled_out(tok)
    if excluded:
        negs = []
    auxes = _children(clause, {"aux", "auxpass"})
    aux_words = {a.lower_ for a in auxes}
    hedges = [c for c in _children(clause[:2], {"advmod"}) if c.lower_ in HEDGES]
    condition = _condition(tok)
    in_quote = any(q.content.start <= tok.idx < q.content.end for q in quotes)
    cues = [_cue(t) for t in negs + auxes + hedges]
    antecedent = _antecedent_mark(tok)

    if above & DENY_VERBS:
        return Factuality("negative", "certain", "denied", condition, cues)
    polarity = "negative" if negs else "positive"
    if negs:
        modality, certainty = "negated", "certain"
    elif event_type == "THREATEN" or above & THREAT_VERBS:
        modality, certainty = "threatened", "possible"
    elif event_type == "REQUEST" or above & DEMAND_VERBS:
        modality, certainty = "demanded", "certain"
    elif antecedent is not None:
        modality, certainty = "hypothetical", "underspecified"
        polarity = "underspecified" if antecedent == "whether" else polarity
    elif condition is not None:
        modality = "conditional"
        certainty = "possible" if aux_words & POSSIBLE else "certain"
    elif aux_words & HYPOTHETICAL or excluded:
        modality, certainty = "hypothetical", "possible"
    elif "would" in aux_words and not in_quote and not above & SPEECH_VERBS \
            and not any(c.lower_ in ("like", "love") for c in clause):
        # an unconditioned "would" outside reported speech ("the deal would
        # allow inspectors") is a possibility; "said it would" is future
        modality, certainty = "hypothetical", "possible"
    elif aux_words & (FUTURE | {"would"}) or above & PLAN_VERBS or "going" in above:
        # "will deliver" is a certain future event, not a probable one
        modality, certainty = "future", "certain"
    elif in_quote:
        modality, certainty = "reported", "certain"
    else:
        modality, certainty = "asserted", "certain"
    if modality in ("future", "reported", "asserted", "conditional"):
        certainty = _governor_certainty(tok) or _raised_subject_certainty(tok) or certainty
        if _arranged(tok) or _reduced_when_clause(tok):
            certainty = "underspecified"
    if hedges:
        certainty = HEDGES[hedges[0].lower_]
        modality = "reported" if modality == "asserted" else modality
    if modality == "negated" and aux_words & POSSIBLE:
        certainty = "possible"
    return Factuality(polarity, certainty, modality, condition, cues)


def is_future(doc: Doc, index: int) -> bool:
    """Future (or future-in-the-past) reading: will/shall/would/going to,
    may/might/could (not "might have"), a to-infinitive ("plans to deliver",
    "agreed to buy") unless it reports a state or a past ("is said to
    control", "is believed to have supplied", "refused to comment"), a plan,
    demand or threat verb above, or the present tense of an if-clause ("if
    they refuse")."""
    tok = doc[index]
    chain = _chain(tok)
    auxes = _children(chain[:1], {"aux"})
    aux_words = {a.lower_ for a in auxes}
    perfect = bool(aux_words & {"have", "has", "had", "'ve"})
    if aux_words & (FUTURE | {"would"}):
        return True
    if aux_words & (HYPOTHETICAL - {"can", "ca"}) and not perfect:
        return True
    if _antecedent_mark(tok) in ("if", "unless") and not perfect:
        return True
    if _not_ruled_out(tok):
        return True
    infinitive = any(a.lower_ == "to" and a.tag_ == "TO" for a in auxes)
    if infinitive and not perfect and not _names(tok.head) & NON_FUTURE_GOVERNORS \
            and not _has_yet_to(tok):
        return True
    return bool(_governing_lemmas(chain[:2]) & (PLAN_VERBS | DEMAND_VERBS | {"going", "threaten"}))


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
