"""How sure: polarity, certainty and modality of every event, with the
condition span for conditionals.

Cues are read from the trigger and the verbs that govern it (up to the
clause that holds it), so "will soon happen" is future and "may not be
able" hypothetical and negated.

Modality, strongest first (documented decision):
1. ``denied`` — the event is the content of "deny"/"reject claims" (not a
   speech act beside the denial: "accused X, a charge Y denies",
   ``denial_scope.py``);
2. ``negated`` — a negation governs the trigger ("did not attack"), except
   inside an if/unless clause ("if they do not withdraw"): hypothetical;
3. ``threatened`` — a THREATEN event, or the content of a threat
   ("warned that a confrontation awaits"); certainty ``possible``;
4. ``demanded`` — a REQUEST event or the content of urge/demand/call
   (not of a labelling "call": "called the raid a crime", ``labelling.py``);
5. ``conditional`` — an if/unless/should/providing clause governs it;
6. ``hypothetical`` — may/might/could/would;
7. ``future`` — will/shall/going to, "plan/expect/intend to", or a
   scheduled act ("is due to rule", "Germany to expel": ``schedule.py``);
8. ``reported`` — inside someone's statement (``doc._.quotes``);
9. ``asserted`` — the outlet states it.
A condition is kept whatever the modality (a threat can be conditional).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.models import EventMention, Factuality, Quote
from eventwire.nlp.component import StageComponent
from eventwire.nlp.extensions import get_list
from eventwire.nlp.spans import expand_root, index_of
from eventwire.stages.events.announced_measures import weighed_measures
from eventwire.stages.factuality.certainty import (
    PERFECT,
    arranged,
    cue,
    epistemic_should,
    governing_lemmas,
    governor_certainty,
    raised_subject_certainty,
    reduced_when_clause,
)
from eventwire.stages.factuality.clauses import (
    DEMAND_VERBS,
    DENY_VERBS,
    FUTURE,
    HEDGES,
    HYPOTHETICAL,
    NON_FUTURE_GOVERNORS,
    PAST_ABILITY_MODALS,
    PLAN_VERBS,
    POSSIBLE,
    REPORTING_VERBS,
    THREAT_VERBS,
    antecedent_mark,
    children_with,
    clause_of,
    condition_of,
    has_yet_to,
    intent_noun_verb,
    lemma_names,
    negations_of,
    not_ruled_out,
    scope_chain,
    verb_chain,
)
from eventwire.stages.factuality.conditions import until_clause_head
from eventwire.stages.factuality.contexts import refine
from eventwire.stages.factuality.denial_scope import outside_denial
from eventwire.stages.factuality.labelling import without_labelling_calls
from eventwire.stages.factuality.schedule import scheduled


def factuality_for_token(doc: Doc, index: int, quotes: list[Quote],
                         event_type: str | None = None) -> Factuality:
    """Factuality of the event whose trigger head is ``doc[index]``.

    Certainty follows MEANTIME's definition — the source's commitment to the
    (possibly modal) proposition: "will deliver" and the consequence of a
    conditional are certain; "may", "can" and "could" are possible; "expects
    to" probable ("plans to" stays certain, as in MEANTIME); an event inside
    the if-clause itself is underspecified."""
    tok = doc[index]
    chain = verb_chain(tok)
    clause = clause_of(tok)
    above = governing_lemmas(chain)
    # a denial, threat or demand reaches only its own content (scope class)
    scope = scope_chain(tok)
    scoped = without_labelling_calls(scope, governing_lemmas(scope) | intent_noun_verb(tok))
    if scoped & DENY_VERBS and outside_denial(scope):
        scoped -= DENY_VERBS
    negs = negations_of(tok, clause)
    excluded = not_ruled_out(tok)
    if excluded:
        negs = []
    auxes = children_with(clause, {"aux", "auxpass"})
    aux_words = {a.lower_ for a in auxes}
    hedges = [c for c in children_with(clause[:2], {"advmod"}) if c.lower_ in HEDGES]
    condition = condition_of(tok)
    in_quote = bool(index_of(doc, "quotes", quotes, "content").containing(tok.idx))
    cues = [cue(t) for t in negs + auxes + hedges]
    antecedent = antecedent_mark(tok)

    if antecedent == "whether":
        # an open question: a negation above it ("has not decided whether to
        # sell") does not reach its content
        negs = []
    if scoped & DENY_VERBS:
        return refine(tok, Factuality("negative", "certain", "denied", condition, cues))
    polarity = "negative" if negs else "positive"
    if negs and antecedent in ("if", "unless"):
        # an act inside a negated if-clause is hypothetical ("if it did not
        # stop its attacks", "unless the hostages are not freed"): it is the
        # condition, not a statement that the act did not happen (modality21)
        modality, certainty = "hypothetical", "underspecified"
    elif negs:
        modality, certainty = "negated", "certain" if antecedent is None else "underspecified"
    elif event_type == "THREATEN" or scoped & THREAT_VERBS:
        modality, certainty = "threatened", "possible"
    elif event_type == "REQUEST" or scoped & DEMAND_VERBS:
        modality, certainty = "demanded", "certain"
    elif antecedent is not None or _awaited(doc, tok):
        modality, certainty = "hypothetical", "underspecified"
        polarity = "underspecified" if antecedent == "whether" else polarity
    elif condition is not None:
        modality = "conditional"
        certainty = "possible" if aux_words & POSSIBLE else "certain"
    elif weighed_measures(tok) is not None:
        # "would consider measures" is hypothetical (docs/annotation.md; events45)
        modality, certainty = "hypothetical", "possible"
    elif aux_words & HYPOTHETICAL or excluded:
        modality, certainty = "hypothetical", "possible"
    elif "would" in aux_words and not in_quote and not above & REPORTING_VERBS \
            and not any(c.lower_ in ("like", "love") for c in clause):
        # an unconditioned "would" outside reported speech ("the deal would
        # allow inspectors") is a possibility; "said it would" is future
        modality, certainty = "hypothetical", "possible"
    elif aux_words & (FUTURE | {"would"}) or scoped & PLAN_VERBS or "going" in scoped \
            or scheduled(tok):
        # "will deliver" is a certain future event, not a probable one
        modality, certainty = "future", "certain"
    elif in_quote:
        modality, certainty = "reported", "certain"
    else:
        modality, certainty = "asserted", "certain"
    if modality in ("future", "reported", "asserted", "conditional"):
        certainty = governor_certainty(tok) or raised_subject_certainty(tok) or certainty
        if certainty == "certain" and epistemic_should(tok, clause,
                                                       get_list(doc, "actor_mentions")):
            certainty = "probable"
        if arranged(tok) or reduced_when_clause(tok):
            certainty = "underspecified"
    if hedges:
        certainty = HEDGES[hedges[0].lower_]
        modality = "reported" if modality == "asserted" else modality
    if modality == "negated" and aux_words & POSSIBLE and antecedent is None \
            and not _past_inability(aux_words, condition):
        certainty = "possible"
    return refine(tok, Factuality(polarity, certainty, modality, condition, cues))


def _awaited(doc: Doc, tok: Token) -> bool:
    """Class *an act awaited in an until-clause* (modality21): "will block
    the road until the minister resigns", "vowed to stay until the
    detainees are released" — the act is the condition that ends a stance
    still to come, so hypothetical like an if-clause (docs/annotation.md,
    "Modality inside a condition"). Under a past act ("ruled until he was
    ousted", "held him until his lawyer arrived") it is plain time."""
    head = until_clause_head(tok)
    if head is None:
        return False
    stance = THREAT_VERBS | DEMAND_VERBS | PLAN_VERBS
    return is_future(doc, head.i) or bool(lemma_names(head) & stance) or (
        head.dep_ in ("xcomp", "conj") and is_future(doc, head.head.i))


def _past_inability(aux_words: set[str], condition: object) -> bool:
    """"could not reach", "couldn't say": a negated past modal of ability,
    with no condition and no perfect ("could not have known" is a guess), is
    a failure that happened, certain like "was unable to"."""
    return condition is None and aux_words & POSSIBLE <= PAST_ABILITY_MODALS \
        and not aux_words & PERFECT


def is_future(doc: Doc, index: int) -> bool:
    """Future (or future-in-the-past) reading: will/shall/would/going to,
    may/might/could (not "might have"), a to-infinitive ("plans to deliver",
    "agreed to buy") unless it reports a state or a past ("is said to
    control", "is believed to have supplied", "refused to comment"), a plan,
    demand or threat verb above, or the present tense of an if-clause ("if
    they refuse")."""
    tok = doc[index]
    chain = verb_chain(tok)
    auxes = children_with(chain[:1], {"aux"})
    aux_words = {a.lower_ for a in auxes}
    perfect = bool(aux_words & {"have", "has", "had", "'ve"})
    if aux_words & (FUTURE | {"would"}):
        return True
    if aux_words & (HYPOTHETICAL - {"can", "ca"}) and not perfect:
        return True
    if antecedent_mark(tok) in ("if", "unless") and not perfect:
        return True
    if not_ruled_out(tok):
        return True
    infinitive = any(a.lower_ == "to" and a.tag_ == "TO" for a in auxes)
    if infinitive and not perfect and not lemma_names(tok.head) & NON_FUTURE_GOVERNORS \
            and not has_yet_to(tok):
        return True
    return bool(governing_lemmas(chain[:2]) & (PLAN_VERBS | DEMAND_VERBS | {"going", "threaten"}))


def _trigger_index(doc: Doc, event: EventMention) -> int | None:
    root = expand_root(doc, event.trigger.start, event.trigger.end)[0]  # speed58
    return None if root < 0 else root


FACTUALITY_MODELS = ("learned", "rules")


class FactualityTagger(StageComponent, factory="eventwire_factuality",
                       requires=["doc._.events", "doc._.quotes"], assigns=["doc._.events"],
                       default_config={"model": "rules"}):
    """``model="rules"``: :func:`factuality_for_token`; ``model="learned"``:
    the rules' modality with the learned certainty and polarity
    (``learned.py``). ``model`` comes first: ``FactualityTagger("learned")``
    also builds one outside a pipeline."""

    def __init__(self, model: str = "rules", nlp: Language | None = None,
                 name: str = "eventwire_factuality") -> None:
        from eventwire.errors import Errors, EventwireError
        from eventwire.stages.factuality.learned import MODEL_PATH, load_model

        super().__init__(nlp, name)
        self.model = load_model() if model == "learned" else None
        if model not in FACTUALITY_MODELS or (model == "learned" and self.model is None):
            raise EventwireError(Errors.E209, model=model, path=MODEL_PATH)

    def factuality(self, doc: Doc, index: int, quotes: list[Quote],
                   event_type: str | None = None) -> Factuality:
        from eventwire.stages.factuality.learned import learned_factuality

        rules = factuality_for_token(doc, index, quotes, event_type)
        if self.model is None:
            return rules
        return learned_factuality(self.model, doc[index], quotes, rules)

    def process(self, doc: Doc) -> None:
        quotes = get_list(doc, "quotes")
        for event in get_list(doc, "events"):
            index = _trigger_index(doc, event)
            if index is not None:
                event.factuality = self.factuality(doc, index, quotes, event.type)
