"""Clause structure for factuality: the verbs that govern a trigger, its
clause, conditions, antecedents and negations; the cue lists they use come
from ``eventwire/data/cues.yaml``."""


from __future__ import annotations

from collections.abc import Set as AbstractSet

from spacy.tokens import Token

from eventwire.models import Condition
from eventwire.nlp.cues import default_cues
from eventwire.nlp.extensions import text_of
from eventwire.nlp.subtrees import first_in_subtree
from eventwire.stages.events.mention_lookup import children_of
from eventwire.stages.factuality.conditions import inside_condition_phrase, phrase_condition

_CUES = default_cues()
POSSIBLE = _CUES.words("possible_modals")
HYPOTHETICAL = POSSIBLE
FUTURE = _CUES.words("future_modals")
PLAN_VERBS = _CUES.words("plan_verbs")
PROBABLE_GOVERNORS = _CUES.words("probable_governors")
POSSIBLE_GOVERNORS = _CUES.words("possible_governors")
INFINITIVE_POSSIBLE_GOVERNORS = _CUES.words("infinitive_possible_governors")
NEGATIVE_IMPLICATIVES = _CUES.words("negative_implicatives")
NEGATIVE_IMPLICATIVE_NOUNS = _CUES.words("negative_implicative_nouns")
EXCLUDE_VERBS = _CUES.words("exclude_verbs")
COMPARISON_VERBS = _CUES.words("comparison_verbs")
WISH_GOVERNORS = _CUES.words("wish_governors")
PERMISSION_GOVERNORS = _CUES.words("permission_governors")
EVIDENTIAL_PASSIVES = _CUES.words("evidential_passives")
NON_FUTURE_GOVERNORS = EVIDENTIAL_PASSIVES | NEGATIVE_IMPLICATIVES | _CUES.words("non_future_extra")
DEMAND_VERBS = _CUES.words("demand_verbs")
INTENT_NOUN_VERBS = _CUES.labels("intent_noun_verbs")
THREAT_VERBS = _CUES.words("threat_verbs")
DENY_VERBS = _CUES.words("deny_verbs")
REPORTING_VERBS = _CUES.words("reporting_verbs")
HEDGES = _CUES.labels("hedges")
CONDITION_MARKS = _CUES.words("condition_marks")
ANTECEDENT_MARKS = _CUES.words("antecedent_marks")
ARRANGED_GOVERNORS = _CUES.words("arranged_governors")
INVERSION_WORDS = _CUES.words("inversion_words")
NEGATIVE_SUBJECTS = _CUES.words("negative_subjects")
CONTENT_NOUNS = _CUES.words("content_nouns")
# Parser labels, not words: they stay in code.
GOVERNED_DEPS = {"xcomp", "ccomp", "dobj", "acl", "conj", "acomp", "attr"}
PREDICATE_DEPS = {"xcomp", "acomp", "attr", "conj"}
# dependencies that open a new clause: modals and conditions above them do not
# reach the trigger ("when the iPod was released" is not under "may have")
CLAUSE_DEPS = {"advcl", "relcl", "ccomp", "csubj", "acl", "parataxis", "nsubj", "nsubjpass",
               "appos", "ROOT"}


def lemma_names(tok: Token) -> set[str]:
    """The lemma and, against lemmatiser slips ("hopes" -> "hop"), the
    lower-cased form without a final -s."""
    lower = tok.lower_
    return {tok.lemma_.lower(), lower, lower[:-1] if lower.endswith("s") else lower}


def verb_chain(tok: Token, limit: int = 6) -> list[Token]:
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


# links by which a word is *beside* its head's proposition, not inside it: a
# relative clause, an adverbial clause or an apposition is no content of the
# verb above ("the town, which was shelled, ..." is not denied)
SCOPE_BREAKS = {"relcl", "advcl", "appos", "parataxis", "npadvmod", "dep"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
CHAIN_STOPS = {"say", "stress"}
SCOPE_GOVERNORS = THREAT_VERBS | DEMAND_VERBS | DENY_VERBS | PLAN_VERBS | CHAIN_STOPS
# a prepositional phrase of time or circumstance on the verb is an adverbial,
# not its content ("threatens strikes after shelling an island")
ADVERBIAL_PREPS = _CUES.words("adverbial_preps")
PRESUPPOSING_PREPS = _CUES.words("presupposing_preps")
CAUSE_PREP_HEADS = _CUES.words("cause_prep_heads")
PAST_ABILITY_MODALS = _CUES.words("past_ability_modals")


def to_infinitive(tok: Token) -> bool:
    """A verb with its infinitive "to" ("is due *to* rule", "is *to* be
    sentenced"): the one test of the stage (``schedule`` used a copy of its
    own, mends24). The parser hangs "to" as ``aux``, or ``auxpass`` before a
    passive; the tag is not asked (a preposition "to" is never aux)."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in tok.children)


def _breaks_scope(tok: Token) -> bool:
    """Does the link from ``tok`` to its head leave the head's content?

    Scope class (issue #12): a denial, threat, demand or plan scopes over its
    complement — an object, an infinitive or that-clause, a coordinated
    complement, the "of"-phrase of the verb ("warned of war") or of a content
    noun ("denied reports of an attack") — and not over a relative clause
    ("the convoy that crossed the river"), an adverbial clause ("warns of war
    after rebels bomb a camp"; a purpose infinitive stays inside), a reduced
    relative ("prisoners detained after the riot") or a phrase of any other
    noun ("an inquiry into the raid", "revenge for the bombing")."""
    head, dep = tok.head, tok.dep_
    if _naming_call(tok) or _fronted_clause(tok):
        return True
    if dep == "prep" and tok.lower_ in ADVERBIAL_PREPS:
        return True
    if dep == "advcl":
        return not to_infinitive(tok) or any(c.dep_ == "mark" for c in tok.children)
    if dep in SCOPE_BREAKS:
        return True
    if dep in SUBJECT_DEPS:
        # the subject of the governor itself is no content ("the shelling
        # prompted warnings"); the subject of a content clause is ("denies
        # those strikes took place")
        return bool(lemma_names(head) & SCOPE_GOVERNORS)
    content = head.lemma_.lower() in CONTENT_NOUNS or head.lower_ in CONTENT_NOUNS
    if dep == "acl":
        return not (content or to_infinitive(tok)
                    or any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children))
    if dep == "prep" and head.pos_ in ("NOUN", "PROPN"):
        return not content
    return False


def _naming_call(tok: Token) -> bool:
    """"called the riot an assault": "call" with an object and a second noun
    or adjective names the object; it demands nothing."""
    head = tok.head
    return tok.dep_ == "dobj" and head.lemma_ == "call" and any(
        c.i > tok.i and c.dep_ in ("oprd", "xcomp", "ccomp", "dobj", "attr")
        and c.pos_ in ("NOUN", "PROPN", "ADJ") for c in head.children)


def _fronted_clause(tok: Token) -> bool:
    """"Rebels seize town, government vows to respond": a clause before the
    verb is that verb's content only when the verb has no complement of its
    own ("We will fight back, the group vowed" is one)."""
    head = tok.head
    return tok.dep_ == "ccomp" and tok.i < head.i and any(
        c.dep_ in ("xcomp", "dobj", "ccomp") and c.i > head.i for c in head.children)


def scope_chain(tok: Token, limit: int = 6) -> list[Token]:
    """The trigger and the words whose content it is, nearest first: like
    :func:`verb_chain`, but the walk stops where :func:`_breaks_scope` says the
    trigger leaves the content, and a verb the trigger is coordinated with
    ("denied the charge and accused …") is a sibling, not a governor."""
    out = [tok]
    cur = tok
    for _ in range(limit):
        if cur.head == cur or _breaks_scope(cur):
            break
        head = cur.head
        sibling = cur.dep_ == "conj" and head.pos_ in ("VERB", "AUX")
        if not sibling:
            out.append(head)
        cur = head
        if not sibling and head.lemma_.lower() in (
                THREAT_VERBS | DEMAND_VERBS | DENY_VERBS | CHAIN_STOPS):
            break
    return out


def clause_of(tok: Token, limit: int = 4) -> list[Token]:
    """The trigger and the heads it shares a clause with: an object, an
    infinitive or a conjunct takes the modals of its head, a new clause or a
    subject does not, nor a conjunct with auxiliaries of its own ("can fly
    … and has been named")."""
    out = [tok]
    cur = tok
    for _ in range(limit):
        if cur.dep_ in CLAUSE_DEPS or cur.head == cur or (
                len(out) > 1 and out[-2].dep_ == "pobj" and _adverbial_phrase(cur)):
            break
        if cur.dep_ == "conj" and any(c.dep_ in ("aux", "auxpass") for c in cur.children):
            break
        cur = cur.head
        out.append(cur)
    return out


def _adverbial_phrase(tok: Token) -> bool:
    """Is ``tok`` the preposition of a phrase of cause or of an earlier
    circumstance ("after the fire", "amid fears", "because of the floods",
    "due to the drought")? The event its noun names is presupposed: the
    modal of the verb it hangs on does not reach it ("may close after the
    fire"). Only a noun object is cut off (``clause_of`` checks), and never
    by "before / until / during", whose event may be still to come ("will be
    available two days before the phone launches" stays future)."""
    if tok.dep_ not in ("prep", "pcomp"):
        return False
    return tok.lower_ in PRESUPPOSING_PREPS | CAUSE_PREP_HEADS or (
        tok.head.lower_ in CAUSE_PREP_HEADS and tok.head.dep_ in ("prep", "amod", "advmod"))


def children_with(tokens: list[Token], deps: set[str]) -> list[Token]:
    """The children of ``tokens`` whose ``dep_`` is in ``deps``, in order:
    read on the per-token children table the event stage has mostly filled
    for the same words (``mention_lookup.children_of``), a Token built only
    for a child that matches (speed31)."""
    return [t.doc[i] for t in tokens for dep, i, _ in children_of(t) if dep in deps]


def _should_inversion(clause_head: Token) -> bool:
    """"Should the talks collapse, …": the clause opens with its own "should"."""
    first = first_in_subtree(clause_head)
    return first.lower_ == "should" and first.dep_ == "aux" and first.head == clause_head


def _inverted_condition(clause_head: Token) -> bool:
    """"Were the bank to fail, …", "Had the pilots known, …": a fronted
    adverbial clause that opens with its own were/had (the parser makes the
    auxiliary the clause head) is a condition, like "should" inversion."""
    first = first_in_subtree(clause_head)
    return (clause_head.dep_ == "advcl" and first == clause_head
            and clause_head.lower_ in INVERSION_WORDS and clause_head.i < clause_head.head.i
            and any(c.dep_ in ("ccomp", "xcomp", "nsubj", "dobj") for c in clause_head.children))


def _in_case(clause_head: Token) -> bool:
    """"… will pay out in case the harvest fails": the parser leaves "in
    case" as a prepositional phrase before the clause it introduces."""
    first = first_in_subtree(clause_head).i
    doc = clause_head.doc
    inside = first + 1 < len(doc) and doc[first].lower_ == "in" and doc[first + 1].lower_ == "case"
    return inside or first >= 2 and doc[first - 2].lower_ == "in" \
        and doc[first - 1].lower_ == "case"


def _condition_mark(clause_head: Token, marks: AbstractSet[str]) -> bool:
    """Is ``clause_head`` the verb of an if/unless/…/should clause?"""
    first = first_in_subtree(clause_head)
    if first.lower_ in ("providing", "provided") and first.lower_ in marks:
        return True
    return _should_inversion(clause_head) or any(
        c.dep_ == "mark" and c.lower_ in marks for c in clause_head.children)


def _as_long_as(clause_head: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "as" and c.i >= 1 and
               clause_head.doc[c.i - 1].lower_ == "long" for c in clause_head.children)


def has_subject(clause_head: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause_head.children)


def condition_of(tok: Token) -> Condition | None:
    """The if/unless/should clause that conditions the trigger's own clause;
    subjectless ones ("if compared to", "if needed") are not conditions, and a
    speech verb is not conditioned by a clause of what it reports. Clauses
    the parser builds otherwise ("provided that", "on condition that", "only
    after", a fronted "Unless …,") are found by ``conditions.py``."""
    if tok.lemma_.lower() in REPORTING_VERBS:
        return None
    doc = tok.doc
    for head in clause_of(tok):
        for c in head.children:
            inverted = c.dep_ == "ccomp" and first_in_subtree(c).lower_ == "should"
            if _inverted_condition(c) or c.dep_ in ("advcl", "ccomp") and _in_case(c):
                return _clause_condition(c)
            if c.dep_ != "advcl" and not inverted:
                continue
            if not has_subject(c) and first_in_subtree(c).lower_ not in ("providing", "provided"):
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
    return phrase_condition(clause_of(tok), CONDITION_MARKS)


def _clause_condition(clause_head: Token) -> Condition:
    """The span of an inverted or "in case" condition clause (with "in
    case"), without its closing punctuation."""
    doc = clause_head.doc
    sub = list(clause_head.subtree)
    first = sub[0].i
    if _in_case(clause_head) and sub[0].lower_ != "in":
        first -= 2
    while sub[-1].is_punct and len(sub) > 1:
        sub = sub[:-1]
    start, end = doc[first].idx, sub[-1].idx + len(sub[-1].text)
    return Condition(text_of(doc)[start:end], start, end)


def antecedent_mark(tok: Token) -> str | None:
    """The if/unless/whether of the clause holding the trigger (the condition
    or the indirect question, not the consequence), or None. Its certainty is
    underspecified; under "whether" its polarity too. A "provided that" or
    "on condition that" clause counts as an if-clause."""
    if inside_condition_phrase(tok):
        return "if"
    cur = tok
    for _ in range(8):
        if cur.dep_ in ("xcomp", "pcomp", "csubj") and any(
                c.dep_ == "mark" and c.lower_ == "whether" for c in cur.children):
            return "whether"  # "decide whether to sell", "Whether it lasts …": open
        if cur.dep_ in ("advcl", "ccomp") and not (lemma_names(cur) & COMPARISON_VERBS):
            marks = [c.lower_ for c in cur.children
                     if c.dep_ == "mark" and c.lower_ in ANTECEDENT_MARKS]
            if marks:
                return marks[0]
            if _should_inversion(cur) or _inverted_condition(cur) or _in_case(cur):
                return "if"
        if cur.head == cur:
            break
        cur = cur.head
    return None


def negations_of(tok: Token, clause: list[Token]) -> list[Token]:
    """Negation cues of the trigger: "not"/"never" on it or its head, "no"
    on the trigger noun or on the subject ("No soldiers were injured",
    "Neither side has violated"), and negative implicatives above an
    infinitive ("refused to comment", "has yet to confirm") or their nouns
    over one ("his refusal to resign", "the failure to pay")."""
    negs = [n for n in children_with(clause[:2], {"neg"}) if not _not_until(n)]
    negs += [c for c in tok.children if c.dep_ == "det" and c.lower_ in ("no", "never")]
    for subj in children_with(clause[:1], {"nsubj", "nsubjpass"}):
        negs += [c for c in subj.children if c.dep_ == "det" and c.lower_ in ("no", "neither")]
        if subj.lower_ in NEGATIVE_SUBJECTS:  # "Nobody was hurt", "none survived"
            negs.append(subj)
    if tok.dep_ == "xcomp":
        head = tok.head
        if lemma_names(head) & NEGATIVE_IMPLICATIVES:
            negs.append(head)
        if has_yet_to(tok):
            negs += [c for c in head.children if c.dep_ == "advmod" and c.lower_ == "yet"]
    if tok.dep_ == "acl" and to_infinitive(tok) and \
            tok.head.lemma_.lower() in NEGATIVE_IMPLICATIVE_NOUNS:
        negs.append(tok.head)
    return negs


def _not_until(neg: Token) -> bool:
    """"did not reopen until May", "was not found until Tuesday": in a
    past or present statement "not … until" negates the earlier time, not
    the event, which did happen. With a modal ("will not lay down their arms
    until the troops leave") it is a refusal with a condition: still
    negated."""
    if neg.lower_ not in ("not", "n't") or any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in neg.head.children):
        return False
    return any(c.lower_ in ("until", "till") and (
        c.dep_ == "prep" and any(o.dep_ == "pobj" for o in c.children)
        or c.dep_ == "advcl") or c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("until", "till") for m in c.children)
        for c in neg.head.children)


def has_yet_to(tok: Token) -> bool:
    """"has yet to confirm": the infinitive has not happened (yet)."""
    head = tok.head
    return tok.dep_ == "xcomp" and head.lemma_ in ("have", "be") and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)


def not_ruled_out(tok: Token) -> bool:
    """"has not ruled out an operation" / "did not exclude talks"."""
    head = tok.head
    if tok.dep_ != "dobj" or not (lemma_names(head) & EXCLUDE_VERBS):
        return False
    return any(c.dep_ == "neg" for c in head.children)


def intent_noun_verb(tok: Token) -> set[str]:
    """Class *a noun of intent over a to-infinitive* (fixes19): "announced
    plans to deploy", "made a promise to free", "its threat to strike" —
    the act is as far from done as under the verb ("plans to deploy",
    "promised to free", "threatened to strike"), so the noun lends the
    verb's lemma to the cues read above the trigger. {} for other nouns
    ("the right to protest"; "a decision to sack" names the act taken) and
    other links."""
    if tok.dep_ != "acl" or tok.tag_ != "VB" or tok.head == tok or not to_infinitive(tok):
        return set()
    verb = INTENT_NOUN_VERBS.get(tok.head.lower_)
    return {verb} if verb is not None else set()
