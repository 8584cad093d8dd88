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
built from the noun phrase. The verb side (subject, controllers, the
recipient candidates of a clause) lives in ``verb_roles.py``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.stages.events.actor_chooser import choose_actor, store_choice
from eventwire.stages.events.agents import (
    evaluated_event,
    in_story_country,
    perpetrator_of_event,
    possessor_undergoes,
)
from eventwire.stages.events.aimed import aimed_targets, fired_noun_targets, into_targets
from eventwire.stages.events.bare_options import addressed_bare, bare_objects
from eventwire.stages.events.burned_property import burned_property
from eventwire.stages.events.call_parties import call_head, told_in_call
from eventwire.stages.events.condition_parties import condition_fill, threat_condition_party
from eventwire.stages.events.conjunct_undergoers import stand_in_recipient
from eventwire.stages.events.court_defendants import court_defendant, defendant_bare
from eventwire.stages.events.crowd_answers import answered_crowd
from eventwire.stages.events.crowd_nationalities import crowd_nationality
from eventwire.stages.events.defence_bodies import is_defence_body
from eventwire.stages.events.diplomatic_notes import note_roles
from eventwire.stages.events.downed_aircraft import downed_aircraft
from eventwire.stages.events.dropped_options import (
    dropped,
    dropped_site,
    forum_appealed_to,
    given_content,
)
from eventwire.stages.events.hosted_meetings import host_of, meeting_noun
from eventwire.stages.events.issued_orders import issuing_verb, order_document, passive_issuer
from eventwire.stages.events.label_speakers import label_caller, labelling_verb, pointed_label_verb
from eventwire.stages.events.mention_lookup import child, pobj
from eventwire.stages.events.nominal_patients import own_patient
from eventwire.stages.events.nominals import (
    RECEIVE_VERBS,
    between_parties,
    gerund_between,
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
from eventwire.stages.events.participants import actor_mention
from eventwire.stages.events.passive_threats import vower
from eventwire.stages.events.passives import RELATIVE
from eventwire.stages.events.protest_seats import protest_seat
from eventwire.stages.events.reacted_doers import reacted_doer
from eventwire.stages.events.recipient_codes import recipient_codes
from eventwire.stages.events.recipient_options import store_plover
from eventwire.stages.events.recipients import (
    choose_recipient,
    first_choice,
    found_mentions,
    ranking,
)
from eventwire.stages.events.stranded_agents import by_agent, done_by, stranded_agent
from eventwire.stages.events.suffered_acts import suffered_party
from eventwire.stages.events.target_tokens import (
    FORCE_ACTS,
    clause_addressees,
    conditioned,
    light_verb_targets,
    outcome_victims,
    patient_possessor,
    purpose_objects,
    summoned,
    under_custody,
)
from eventwire.stages.events.targets import TARGETED_TYPES, nested_target, target_in_clause
from eventwire.stages.events.threatened_parties import threatened_parties
from eventwire.stages.events.toponym_parties import toponym_party
from eventwire.stages.events.under_attack import under_attack
from eventwire.stages.events.verb_roles import (
    NOUN_RECIPIENT_PREPS,
    RECIPIENT_PREPS,
    pobjs,
    subject_of,
    verb_role_candidates,
)

AFFECT_VERBS = {"await", "hit", "target", "strike", "face", "confront", "kill", "wound",
                "destroy", "damage", "threaten", "affect"}


# the medium a call is named by: "a phone call with X" (the trigger's first word);
# acts' talk media less the call itself and the one-word "videoconference"
def noun_roles(noun: Token) -> tuple[Token | None, Token | None]:
    """Actor and recipient tokens of a noun trigger; the one who issues a
    written order or labels an act outranks the clause's other readings
    (``issued_orders``, ``label_speakers``, actors38); a sent diplomatic note
    takes its verb's sender and addressee (``diplomatic_notes``, types44)."""
    if (note := note_roles(noun)) is not None:
        return note
    actor, recipient = _clause_noun_roles(noun)
    issuer = _issuer(noun)
    if issuer is not None:
        document = order_document(noun)
        held = pobj(document, {"for", "against"}) if document is not None else None
        return issuer, recipient or held
    labeller = _labeller(noun)
    return (labeller if labeller is not None else actor), recipient


def _issuer(noun: Token) -> Token | None:
    """"a court issued an arrest warrant": the issuing verb's subject or agent."""
    verb = issuing_verb(noun)
    return None if verb is None else passive_issuer(verb) or subject_of(verb)


def _labeller(noun: Token) -> Token | None:
    """"called the arrest a coup", ""This is a coup," X said": who labels."""
    verb = labelling_verb(noun)
    if verb is not None:
        return subject_of(verb) or label_caller(verb)
    said = pointed_label_verb(noun)
    return subject_of(said) if said is not None else None


def _clause_noun_roles(noun: Token) -> tuple[Token | None, Token | None]:
    noun = call_head(noun)
    if (outbreak := outbreak_actor(noun))[0]:  # "violence erupted" (outbreak.py)
        # the by-phrase, else a modifier naming the doers ("Palestinian riots"),
        # never the clause's subject; "battles with police": the recipient
        return outbreak[1] or named_by_modifier(noun), pobj(noun, NOUN_RECIPIENT_PREPS)
    # "his arrest", "Wine's arrest": the possessor undergoes it (targets' and
    # agents' classes); the clause then lends no actor ("upon her release")
    patient = patient_possessor(noun) or possessor_undergoes(noun) \
        or court_defendant(noun)  # "Hiller's hearing", "awaits arraignment" (recip49)
    if patient is None and (attack := under_attack(noun)) is not None:
        # "the convoy came under fire from militants"; "under attack by pirates"
        # with the by-phrase hung on the verb above (actors45)
        return attack[0] or stranded_agent(noun), attack[1]
    held = under_custody(noun) if patient is None else None
    if held is not None:  # "placed X under arrest": the placer acts; "X is under arrest": none
        return pobj(noun, {"by"}) or (subject_of(held.head) if held.dep_ == "dobj" else None), held
    # "raids by police" with the by-phrase hung on the verb above (actors45)
    # not a means, place or time: "held talks by phone" (review96)
    doer = by_agent(noun)
    actor = doer if patient is not None else child(noun, {"poss"}) or doer
    recipient = patient or told_in_call(noun) or pobj(noun, NOUN_RECIPIENT_PREPS)
    if patient is not None:
        return actor, recipient
    if actor is None and (host := host_of(noun)) is not None:
        # a meeting hosted for others: the host acts, a party at most receives
        return host, recipient or between_parties(meeting_noun(noun))[0]
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
        recipient = recipient or subject_of(noun.head)
        return pobj(noun, {"from"}) or pobj(noun.head, {"from"}), recipient
    if actor is None and (evaluated_event(noun) or not_its_doer(noun)):
        # "condemned the attack", "repelled the attack", "after the shooting"
        return None, recipient
    carrier = measure_of(noun) if actor is None else None
    if carrier is not None:  # "began three days of talks", "days of riots by youths"
        lends = not (evaluated_event(carrier) or not_its_doer(carrier))
        return measured_doer(carrier, subject_of(carrier.head), lends), recipient
    if actor is None and noun.dep_ in ("dobj", "attr") and noun.head.pos_ == "VERB":
        actor = subject_of(noun.head)  # "X launched an attack on Y"
    if actor is None and noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
        actor = subject_of(noun.head.head)
    if actor is None and noun.pos_ == "ADJ":
        actor = _speaker_of_predicate(noun)
    return actor, recipient


def _speaker_of_predicate(adj: Token) -> Token | None:
    """Class *the speaker of a denial*: "the ministry said the allegations
    were baseless" -- a predicate adjective in the content clause of a
    speech verb is the speaker's act."""
    clause = adj.head if adj.dep_ == "acomp" else adj
    if clause.dep_ == "ccomp" and clause.head.pos_ == "VERB":
        return subject_of(clause.head)
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
    # "urged both to end the dispute": the parser makes the addressee "both" the
    # preconjunction of the demanded verb (pairs.py); not when it coordinates two
    # demanded verbs (review46: "urged Uganda both to withdraw ... and to reopen ...")
    out += [p for c in verb.children if c.dep_ == "xcomp"
            and not any(x.dep_ == "conj" for x in c.children)
            for p in c.children if p.dep_ == "preconj" and p.lower_ == "both"]
    what = child(verb, {"dobj"})
    source = pobj(verb, {"from"}) or (pobj(what, {"from"}) if what is not None else None)
    return out + ([source] if source is not None else [])


# acts done for someone: "support for X", "aid for X"
BENEFIT_TYPES = {"SUPPORT", "AID", "COOPERATE"}


def roles_for(doc: Doc, trigger: Token, nominal: bool, kind: str | None = None
              ) -> tuple[ActorMention | None, ActorMention | None]:
    """Actor and recipient mentions. Of the recipient candidates the first
    resolved actor (an id or a country) wins, then the first generic agent
    ("offered its troops to Lebanon's president": the president, not the
    troops); with none, the first candidate that is not a date or number is
    kept as an unresolved mention."""
    if nominal or gerund_between(trigger):
        actor_tok, recipient_tok = noun_roles(trigger)
        if actor_tok is None and kind != "AGREE":  # "talks mediated by Qatar" (actors45)
            actor_tok = done_by(trigger)
        if crowd_nationality(doc, trigger, actor_tok, kind):  # "Greek riots" (actors63)
            actor_tok = None
        if kind == "PROTEST" and participants_of(trigger, recipient_tok):
            if actor_tok is None or actor_mention(doc, actor_tok) is None:
                actor_tok = recipient_tok
            recipient_tok = None
        candidates = noun_recipients(trigger, recipient_tok)
    else:
        actor_tok, candidates = verb_role_candidates(trigger)
        if kind == "REQUEST":
            candidates = _addressees(trigger) + summoned(trigger) + candidates
        elif kind == "THREATEN":
            candidates = candidates + threatened_parties(trigger) + conditioned(trigger)
            actor_tok = actor_tok or vower(trigger)  # "X will be prosecuted," Y said
        elif kind in FORCE_ACTS:
            candidates = candidates + purpose_objects(trigger)
            if kind == "ASSAULT":
                candidates = candidates + outcome_victims(trigger)
        # "pointed a gun [at them]"; a headline's "police fire tear gas [at X]"
        candidates = candidates + aimed_targets(trigger) + fired_noun_targets(trigger) \
            + into_targets(trigger)  # "fired into the crowd"
    if nominal and kind in BENEFIT_TYPES:
        candidates = candidates + pobjs(trigger, {"for"})
    candidates = candidates + clause_addressees(trigger, kind)  # "a probe into X"
    actor = in_story_country(doc, actor_mention(doc, actor_tok) if actor_tok is not None else None)
    if actor is not None and kind in FORCE_TYPES:
        actor = armed_state(actor, is_defence_body(doc, actor))
    store_choice(doc, trigger, actor, choose_actor(doc, trigger, kind, nominal, actor,
                                                   lambda m: _finish_actor(doc, m, kind)))
    # a conditional threat is aimed at the one its condition asks to act (relabel53)
    party = threat_condition_party(doc, trigger, kind, actor) or \
        toponym_party(doc, trigger, actor) or \
        reacted_doer(doc, trigger, kind, actor) or \
        suffered_party(doc, trigger, nominal, actor)  # "workers died in an attack" (recip52)
    if party is not None:
        return actor, recipient_codes(doc, actor, party, kind)
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
        recipient = recipient or stand_in_recipient(doc, trigger, candidates, actor, kind) \
            or condition_fill(doc, trigger, kind, actor) or protest_seat(doc, trigger, kind) \
            or burned_property(doc, trigger) or answered_crowd(doc, trigger, kind)
        return actor, recipient_codes(doc, actor, recipient, kind)
    found = found_mentions(doc, candidates, actor, kind)
    # what is given or sent is passed over for whom it goes to ("delivered two
    # combat helicopters to the Malian army"), and kept as evidence if none is
    given = [m for m in found if given_content(doc, m, kind)]
    found = [m for m in found if m not in given]
    target = target_in_clause(doc, trigger, actor) if kind in TARGETED_TYPES else None
    nested = nested_target(doc, trigger, actor)
    rule = first_choice(found) or target or nested
    # a site only named, the forum a case is brought to: kept as evidence
    site = rule if rule is not None and (dropped_site(doc, rule, kind) or forum_appealed_to(
        doc, rule, kind, trigger)) else None
    if rule is None and given:
        site = given[0]
    verdicts = _DroppedVerdicts(doc, kind, trigger)
    if rule is not None and verdicts.dropped(rule):
        rule = None
    options = [("cand", i, m) for i, m in enumerate(found)] + [
        (src, 0, m) for src, m in (("target", target), ("nested", nested)) if m is not None]
    if rule is None:  # only an empty slot is ever filled (``recipients.fill``)
        options += [("bare", i, m) for i, m in enumerate(bare_objects(doc, candidates, [],
                                                                        actor))]
    options = [o for o in options if not verdicts.dropped(o[2])]
    addressed = None if rule is not None else (own_patient(trigger, options) or defendant_bare(
        trigger, options)) if nominal else (
        addressed_bare(doc, trigger, kind, options) or downed_aircraft(trigger, kind, options))
    recipient = addressed or choose_recipient(doc, trigger, kind, nominal, actor, options, rule) \
        or stand_in_recipient(doc, trigger, candidates, actor, kind) \
        or condition_fill(doc, trigger, kind, actor) \
        or protest_seat(doc, trigger, kind) \
        or burned_property(doc, trigger) \
        or answered_crowd(doc, trigger, kind)  # "outside parliament", "torched cars", recip64
    if recipient is None and site is not None:  # PLOVER's view and the act's evidence keep it
        store_plover(doc, trigger, site, True)  # ("blocked the Osh-Bishkek highway": site_names)
    return actor, recipient_codes(doc, actor, recipient, kind)


class _DroppedVerdicts:
    """``dropped_options.dropped`` of one trigger's options, each mention
    asked once (speed48): the rules' choice is one of the options, and the
    filter asked it a second time (~630 of ~2,100 calls per 200 articles).
    Keyed by the mention object, which the caller holds alive."""

    def __init__(self, doc: Doc, kind: str | None, trigger: Token) -> None:
        self.doc, self.kind, self.trigger = doc, kind, trigger
        self.seen: dict[int, tuple[ActorMention, bool]] = {}

    def dropped(self, m: ActorMention) -> bool:
        kept = self.seen.get(id(m))
        if kept is None:
            kept = self.seen[id(m)] = (m, dropped(self.doc, m, self.kind, self.trigger))
        return kept[1]


def _finish_actor(doc: Doc, m: ActorMention | None, kind: str | None) -> ActorMention | None:
    """What the rules do to their actor, for the chooser's other candidates."""
    m = in_story_country(doc, m)
    return armed_state(m, is_defence_body(doc, m)) if m is not None and kind in FORCE_TYPES \
        else m


# a state uses force through its armed forces
FORCE_TYPES = {"ASSAULT", "MOBILIZE"}


def armed_state(actor: ActorMention, defence_body: bool = False) -> ActorMention:
    """Class *states using force*: a state named as the agent of an attack or
    a military mobilisation ("Israel resumed its airstrikes", "Russia
    launched a counter-offensive", "it scrambled jets") acts through its
    military: MIL joins the government sector CAMEO gives a country noun.
    ``defence_body``: the same for a defence ministry or its "it" ("the
    defence ministry said it had scrambled jets"; ``defence_bodies.py``)."""
    if actor.kind != "state" and not defence_body or not actor.country \
            or "MIL" in actor.sectors:  # defence_bodies.py: "the defence ministry ... it"
        return actor
    return replace(actor, sectors=[*actor.sectors, "MIL"])
