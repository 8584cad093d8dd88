"""Actor and recipient of a trigger, from the dependency parse.

Verbs: actor = subject (``nsubj``), or the ``by`` agent of a passive;
recipient = the first *actor* among the indirect object, direct object,
passive subject, the object of against / on / with / to / at, an object of
the direct object (``verb_recipients``); dates are never recipients. A
relative pronoun subject ("a statement by the Commission, which warned …")
is replaced by the noun it refers to; a controlled verb ("agreed to
cooperate", "urged X to preserve", "is ready to contribute") takes its
controller.
Nouns: actor = possessor ("Washington's assassination of X") or ``by``;
recipient = ``of`` / ``against`` / ``on`` / ``with`` objects.

A role found in the parse is matched to the actor mentions by character
overlap (resolved through coreference); otherwise an unresolved mention is
built from the noun phrase.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.stages.events.actor_chooser import choose_actor, store_choice
from eventwire.stages.events.agents import (
    displaced_agent,
    evaluated_event,
    in_story_country,
    perpetrator_of_event,
    possessor_undergoes,
    reported_conjunct,
)
from eventwire.stages.events.aimed import aimed_targets
from eventwire.stages.events.clauses import (
    headline_object,
    headline_subject,
    vote_content,
)
from eventwire.stages.events.nominals import (
    RECEIVE_VERBS,
    agent_compound,
    between_parties,
    named_by_modifier,
    participants_of,
)
from eventwire.stages.events.not_the_doer import not_its_doer
from eventwire.stages.events.noun_doers import (
    behind_act,
    measure_of,
    measured_doer,
)
from eventwire.stages.events.outbreak import outbreak_actor
from eventwire.stages.events.participants import (
    actor_mention,
    child,
    pobj,
)
from eventwire.stages.events.passives import (
    RELATIVE,
    misparsed_passive,
    object_hosting,
    participle_subject_object,
    passive_controller,
    reduced_passive,
    resolve_relative,
    shared_agent,
    shared_passive,
)
from eventwire.stages.events.recipient_codes import recipient_codes
from eventwire.stages.events.recipient_options import bare_objects
from eventwire.stages.events.recipients import (
    choose_recipient,
    dropped,
    first_choice,
    found_mentions,
    ranking,
)
from eventwire.stages.events.targets import (
    FORCE_ACTS,
    TARGETED_TYPES,
    clause_addressees,
    conditioned,
    headline_compound_targets,
    light_verb_targets,
    nested_target,
    patient_possessor,
    purpose_objects,
    shared_object,
    target_in_clause,
    under_custody,
)
from eventwire.stages.events.under_attack import under_attack

RECIPIENT_PREPS = {"against", "on", "with", "to", "at", "toward", "towards", "upon", "over"}
NOUN_RECIPIENT_PREPS = {"of", "against", "on", "with", "to", "upon", "over", "around"}
# whose demand is met: "accepted demands [from the rebels]"
DEMAND_NOUNS = {"demand", "request", "condition", "call", "appeal", "plea"}
AFFECT_VERBS = {"await", "hit", "target", "strike", "face", "confront", "kill", "wound",
                "destroy", "damage", "threaten", "affect"}


# "accused X of killing", "blamed X for starting", "stopped X from entering":
# the object of the governing verb does the act of the gerund
OBJECT_CONTROL_PREPS = {"of", "for", "from"}


def _gerund_controller(gerund: Token) -> Token | None:
    """Class *gerund complements*: a gerund after a preposition ("after
    rescuing the ship", "responded by expelling", "since agreeing a deal")
    is done by the subject of the verb the preposition attaches to, or by
    its object after of/for/from ("accused Israel of killing")."""
    prep = gerund.head
    if prep.dep_ == "conj" and prep.head.dep_ == "prep":
        prep = prep.head  # "accused X of violating ... and of bombing"
    verb = prep.head
    if verb.pos_ in ("NOUN", "PROPN") and prep.lower_ in OBJECT_CONTROL_PREPS:
        return object_hosting(verb)
    if verb.pos_ not in ("VERB", "AUX") or verb == prep:
        return None
    obj = child(verb, {"dobj"})
    if prep.lower_ in OBJECT_CONTROL_PREPS and obj is not None:
        return obj
    undergoer = passive_controller(verb, prep)
    return undergoer if undergoer is not None else _subject(verb)


def _subject(verb: Token) -> Token | None:
    cur = verb
    for _ in range(3):
        subj = child(cur, {"nsubj"})
        if subj is not None:
            return None if misparsed_passive(cur) else resolve_relative(subj)
        if cur.dep_ == "pcomp" and cur.tag_ == "VBG":
            return _gerund_controller(cur)
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.pos_ in ("NOUN", "PROPN") \
                and vote_content(cur.head.head) != cur:
            return cur.head  # "people rallying outside parliament", "gunmen firing"
        if cur.dep_ == "conj" and (said := reported_conjunct(cur)) is not None:
            return resolve_relative(said)  # "said S and accused Y": the speaker
        if cur.dep_ in ("xcomp", "conj", "advcl", "acomp") and cur.head != cur:
            # "urged the government to preserve": the object controls xcomp;
            # "is expected to sign", "was ordered to leave": the passive subject
            if cur.dep_ == "xcomp":
                obj = child(cur.head, {"dobj"}) or child(cur.head, {"nsubjpass"})
                if obj is not None:
                    return resolve_relative(obj)
            cur = cur.head
            continue
        if cur.dep_ == "relcl":
            return cur.head
        vc = vote_content(cur.head.head) if cur.dep_ == "acl" else None
        if vc is not None and vc.i == cur.i:
            cur = cur.head.head  # "passed a resolution calling for X": the voters call
            continue
        break
    return None


def _objects_of_object(obj: Token | None) -> list[Token]:
    """"military aid [to Mozambique]", "a ban [on the party]"."""
    if obj is None:
        return []
    preps = NOUN_RECIPIENT_PREPS | ({"from"} if obj.lemma_.lower() in DEMAND_NOUNS else set())
    return [g for c in obj.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def pobjs(tok: Token, preps: set[str]) -> list[Token]:
    """Class *a recipient after another prepositional phrase*: every object
    of the verb's to/on/against/... phrases in order, not only the first
    ("called on Sunday on the council", "turned on Friday to the court",
    "fired at dawn at the convoy")."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def _possessor_of_act(obj: Token | None) -> list[Token]:
    """Class *the party whose act is the object*: "demanded the minister's
    resignation", "condemned Britain's seizure of the tanker", "welcomed
    Hamas's release of the hostages": the possessor of the act is whom the
    demand or the condemnation is aimed at (after the object itself). The
    act's ``by`` agent is its possessor too ("demanded an admission by
    Moscow", "condemned the detention of activists by the police",
    "rejected a proposal by the opposition")."""
    if obj is None:
        return []
    owner = child(obj, {"poss"}) or pobj(obj, {"by"})
    return [owner] if owner is not None and owner.pos_ in ("NOUN", "PROPN") else []


def verb_recipients(verb: Token) -> list[Token]:
    """Recipient candidates of a verb, most likely first: the indirect object
    ("give [Tanzania] a grant"), the direct object, a to/against/on/with
    object, an object of the direct object ("offered troops [to Lebanon]",
    "lifted a ban [on the front]"), and the objects of a content clause
    ("warned that a confrontation awaits [US forces]"). ``roles_for`` adds a
    locative "in" object last, except for meetings ("met in Baghdad")."""
    dobj = child(verb, {"dobj"})
    out = [t for t in (child(verb, {"dative"}), dobj) if t] + pobjs(verb, RECIPIENT_PREPS)
    out += _objects_of_object(dobj)
    out += _possessor_of_act(dobj)
    content = child(verb, {"ccomp", "xcomp"})
    if content is not None:
        inner = child(content, {"dobj"})
        out += [t for t in (inner, pobj(content, RECIPIENT_PREPS)) if t]
        out += _objects_of_object(inner)  # "promised to continue aid [to Mozambique]"
    out = out or shared_object(verb)  # "beat and arrested [dozens]"
    if (doer := participle_subject_object(verb)) is not None:  # "ambushed [soldiers] searching"
        out.append(doer)
    return [resolve_relative(t) if t.lower_ in RELATIVE else t for t in out]


def verb_actor(verb: Token) -> Token | None:
    """The subject, or the ``by`` agent of a passive. Class *passive
    agents*: a ``by`` agent is the actor whatever the clause looks like —
    full passive ("was shelled by the army"), reduced relative ("the school
    bombed by X on Tuesday") or a participle after a noun ("convoys hit by
    drones")."""
    agent = pobj(verb, {"by"})
    if agent is not None and (child(verb, {"nsubjpass", "auxpass"}) is not None
                              or verb.tag_ == "VBN"):
        return agent
    if (shared := shared_agent(verb)) is not None:
        return shared
    if child(verb, {"nsubjpass"}) is not None or reduced_passive(verb) or \
            misparsed_passive(verb) or shared_passive(verb) is not None:
        return displaced_agent(verb)
    subject = _subject(verb)
    if subject is None and verb.dep_ in ("pobj", "dobj", "nsubj"):
        return agent_compound(verb)  # a gerund used as a noun: "after the police shooting"
    return subject


def verb_role_candidates(verb: Token) -> tuple[Token | None, list[Token]]:
    if verb.pos_ in ("NOUN", "PROPN"):  # a headline verb tagged as a noun ("Plane bombs camp")
        obj = headline_object(verb)  # "police fire tear gas at [crowds]": the object's at-phrase
        return headline_subject(verb), ([obj] if obj is not None else []) \
            + headline_compound_targets(verb)
    passive = child(verb, {"nsubjpass"})
    if passive is None and reduced_passive(verb):
        passive = verb.head
    if passive is None and misparsed_passive(verb):
        passive = child(verb, {"nsubj"})
    if passive is None:
        passive = shared_passive(verb)
    recipients = [resolve_relative(passive)] if passive is not None else verb_recipients(verb)
    return verb_actor(verb), recipients


def noun_roles(noun: Token) -> tuple[Token | None, Token | None]:
    if (outbreak := outbreak_actor(noun))[0]:  # "violence erupted" (outbreak.py)
        return outbreak[1], None
    # "his arrest", "Wine's arrest": the possessor undergoes it (targets' and
    # agents' classes); the clause then lends no actor ("upon her release")
    patient = patient_possessor(noun) or possessor_undergoes(noun)
    if patient is None and (attack := under_attack(noun)) is not None:
        return attack  # "the convoy came under fire from militants"
    held = under_custody(noun) if patient is None else None
    if held is not None:  # "placed X under arrest": the placer acts; "X is under arrest": none
        return pobj(noun, {"by"}) or (_subject(held.head) if held.dep_ == "dobj" else None), held
    actor = pobj(noun, {"by"}) if patient is not None else \
        child(noun, {"poss"}) or pobj(noun, {"by"})
    recipient = patient or pobj(noun, NOUN_RECIPIENT_PREPS)
    if patient is not None:
        return actor, recipient
    if actor is None:
        first, second = between_parties(noun)
        if first is not None:
            actor, recipient = first, recipient or second
    if recipient is None and noun.dep_ == "nsubj" and noun.head.lemma_ in AFFECT_VERBS:
        # "a confrontation awaits US forces", "the strike hit the convoy"
        recipient = child(noun.head, {"dobj"}) or pobj(noun.head, RECIPIENT_PREPS)
    if actor is None:
        actor = named_by_modifier(noun) or perpetrator_of_event(noun) or behind_act(noun)
    if actor is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in RECEIVE_VERBS:
        # "X drew criticism from Y": Y criticises X; with no from-phrase, X
        # is still the one criticised, and no actor is named
        recipient = recipient or _subject(noun.head)
        return pobj(noun, {"from"}) or pobj(noun.head, {"from"}), recipient
    if actor is None and (evaluated_event(noun) or not_its_doer(noun)):
        # "condemned the attack", "repelled the attack", "after the shooting"
        return None, recipient
    carrier = measure_of(noun) if actor is None else None
    if carrier is not None:  # "began three days of talks", "days of riots by youths"
        lends = not (evaluated_event(carrier) or not_its_doer(carrier))
        return measured_doer(carrier, _subject(carrier.head), lends), recipient
    if actor is None and noun.dep_ in ("dobj", "attr") and noun.head.pos_ == "VERB":
        actor = _subject(noun.head)  # "X launched an attack on Y"
    if actor is None and noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
        actor = _subject(noun.head.head)
    if actor is None and noun.pos_ == "ADJ":
        actor = _speaker_of_predicate(noun)
    return actor, recipient


def _speaker_of_predicate(adj: Token) -> Token | None:
    """Class *the speaker of a denial*: "the ministry said the allegations
    were baseless" -- a predicate adjective in the content clause of a
    speech verb is the speaker's act."""
    clause = adj.head if adj.dep_ == "acomp" else adj
    if clause.dep_ == "ccomp" and clause.head.pos_ == "VERB":
        return _subject(clause.head)
    return None


def noun_recipients(noun: Token, first: Token | None) -> list[Token]:
    """Recipient candidates of a noun trigger: its own of/against/… object,
    then the indirect or to-object of the verb it is the object of ("give
    [Tanzania] a grant", "offered aid [to Lebanon]")."""
    out = [first] if first is not None else []
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        # "staged rallies against the president": the verb's against-object
        dative = child(noun.head, {"dative"})
        out += ([dative] if dative is not None else []) + light_verb_targets(noun)
    return out


def _addressees(verb: Token) -> list[Token]:
    """Class *the addressee of a demand*: "demanded that the US cancel the
    sale", "insisted that Hamas renounce violence" -- the subject of the
    demanded clause is asked to act; "demanded autonomy from Serbian
    authorities" -- the one it is demanded from."""
    out = [s for c in verb.children if c.dep_ == "ccomp"
           for s in [child(c, {"nsubj", "nsubjpass"})]
           if s is not None and s.lower_ not in RELATIVE]
    what = child(verb, {"dobj"})
    source = pobj(verb, {"from"}) or (pobj(what, {"from"}) if what is not None else None)
    return out + ([source] if source is not None else [])


# what the threatened party is told it will undergo
SUFFER_VERBS = {"face", "suffer", "pay", "regret", "receive", "bear", "feel", "meet"}
# acts done for someone: "support for X", "aid for X"
BENEFIT_TYPES = {"SUPPORT", "AID", "COOPERATE"}


def _threatened(verb: Token) -> list[Token]:
    """Class *the threatened party of a warning*: "warned that the occupying
    troops would face more strikes", "said the invaders will pay a heavy
    price", "vowed that the traitors would regret it": the subject of a
    content clause whose verb is one of undergoing (``SUFFER_VERBS``), or
    the passive subject of the content clause ("warned that anyone who
    breaks the curfew will be arrested", "said looters would be shot")."""
    out = [s for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in SUFFER_VERBS
           for s in [child(c, {"nsubj"})]
           if s is not None and s.pos_ in ("NOUN", "PROPN")]
    return out + [s for c in verb.children if c.dep_ == "ccomp"
                  for s in [child(c, {"nsubjpass"})] if s is not None]


def roles_for(doc: Doc, trigger: Token, nominal: bool, kind: str | None = None
              ) -> tuple[ActorMention | None, ActorMention | None]:
    """Actor and recipient mentions. Of the recipient candidates the first
    resolved actor (an id or a country) wins, then the first generic agent
    ("offered its troops to Lebanon's president": the president, not the
    troops); with none, the first candidate that is not a date or number is
    kept as an unresolved mention."""
    if nominal:
        actor_tok, recipient_tok = noun_roles(trigger)
        if kind == "PROTEST" and participants_of(trigger, recipient_tok):
            if actor_tok is None or actor_mention(doc, actor_tok) is None:
                actor_tok = recipient_tok
            recipient_tok = None
        candidates = noun_recipients(trigger, recipient_tok)
    else:
        actor_tok, candidates = verb_role_candidates(trigger)
        if kind == "REQUEST":
            candidates = _addressees(trigger) + candidates
        elif kind == "THREATEN":
            candidates = candidates + _threatened(trigger) + conditioned(trigger)
        elif kind in FORCE_ACTS:
            candidates = candidates + purpose_objects(trigger)
        candidates = candidates + aimed_targets(trigger)  # "pointed a gun [at them]"
    if nominal and kind in BENEFIT_TYPES:
        candidates = candidates + pobjs(trigger, {"for"})
    candidates = candidates + clause_addressees(trigger, kind)  # "a probe into X"
    actor = in_story_country(doc, actor_mention(doc, actor_tok) if actor_tok is not None else None)
    if actor is not None and kind in FORCE_TYPES:
        actor = armed_state(actor)
    store_choice(doc, trigger, actor, choose_actor(doc, trigger, kind, nominal, actor,
                                                   lambda m: _finish_actor(doc, m, kind)))
    # the place an act is done in is no recipient (the record guide: an actor
    # or nothing); PLOVER's view codes it (``targets.plover_target``)
    if not ranking():  # the rules alone: later sources only when earlier ones give none
        recipient = first_choice(found_mentions(doc, candidates, actor, kind))
        if recipient is None and kind in TARGETED_TYPES:
            recipient = target_in_clause(doc, trigger, actor)
        if recipient is None:
            recipient = nested_target(doc, trigger, actor)
        if recipient is not None and dropped(doc, recipient, kind, trigger):
            recipient = None
        return actor, recipient_codes(doc, actor, recipient, kind)
    found = found_mentions(doc, candidates, actor, kind)
    target = target_in_clause(doc, trigger, actor) if kind in TARGETED_TYPES else None
    nested = nested_target(doc, trigger, actor)
    rule = first_choice(found) or target or nested
    if rule is not None and dropped(doc, rule, kind, trigger):
        rule = None
    options = [("cand", i, m) for i, m in enumerate(found)] + [
        (src, 0, m) for src, m in (("target", target), ("nested", nested)) if m is not None]
    if rule is None:  # only an empty slot is ever filled (``recipients.fill``)
        options += [("bare", i, m) for i, m in enumerate(bare_objects(doc, candidates, [],
                                                                        actor))]
    options = [o for o in options if not dropped(doc, o[2], kind, trigger)]
    recipient = choose_recipient(doc, trigger, kind, nominal, actor, options, rule)
    return actor, recipient_codes(doc, actor, recipient, kind)


def _finish_actor(doc: Doc, m: ActorMention | None, kind: str | None) -> ActorMention | None:
    """What the rules do to their actor, for the chooser's other candidates."""
    m = in_story_country(doc, m)
    return armed_state(m) if m is not None and kind in FORCE_TYPES else m


# a state uses force through its armed forces
FORCE_TYPES = {"ASSAULT", "MOBILIZE"}


def armed_state(actor: ActorMention) -> ActorMention:
    """Class *states using force*: a state named as the agent of an attack or
    a military mobilisation ("Israel resumed its airstrikes", "Russia
    launched a counter-offensive", "it scrambled jets") acts through its
    military: MIL joins the government sector CAMEO gives a country noun."""
    if actor.kind != "state" or not actor.country or "MIL" in actor.sectors:
        return actor
    return replace(actor, sectors=[*actor.sectors, "MIL"])
