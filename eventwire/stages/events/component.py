"""The ``eventwire_events`` component: triggers -> typed ``EventMention``s
with actor, recipient and confidence, on ``doc._.events``.

A noun trigger that is the object of a verb trigger is folded into it when
it is that verb's content ("threatened sanctions" is one THREATEN event,
"launched an attack" one ASSAULT), so reports are not double-counted
(``speech_content``).

Confidence is a calibrated score (see ``docs/BENCHMARKS.md``): a base by the
kind of evidence (curated verb > CAMEO pattern > nominal > CAMEO verb) plus
a bonus when the roles resolve. The learned re-typer (``classifier.py``) is
off by default: in 5-fold cross-validation on the PLOVER gold records it does
not beat the lexicon (``docs/BENCHMARKS.md``); turn it on with the component
config ``use_classifier``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.models import EventMention
from eventwire.models import Span as TextSpan
from eventwire.nlp.arrays import head_indices
from eventwire.nlp.component import StageComponent
from eventwire.nlp.extensions import get_list, span_text
from eventwire.nlp.sentences import sentences
from eventwire.nlp.spans import SpanIndex
from eventwire.stages.actors.armed_people import armed_event_people
from eventwire.stages.actors.former_titles import governing_act
from eventwire.stages.actors.gang_doers import gang_event_doers
from eventwire.stages.actors.kin_people import kin_event_people
from eventwire.stages.actors.lone_offenders import lone_event_offenders
from eventwire.stages.actors.record_sectors import with_record_sector
from eventwire.stages.actors.resolver import Resolver, load_resolver, resolve_events
from eventwire.stages.actors.state_groups import stateless_event_groups
from eventwire.stages.actors.titles import removed_from_office
from eventwire.stages.events.actor_chooser import apply_choices, keep_plover_sources
from eventwire.stages.events.acts import trade_protests
from eventwire.stages.events.aggregates import drop_aggregates
from eventwire.stages.events.apology_nouns import RULE as APOLOGY_RULE
from eventwire.stages.events.apology_nouns import SORRY_RULE, drop_given_apologies
from eventwire.stages.events.civilian_blockades import civilian_obstruction, forced_obstruction
from eventwire.stages.events.classifier import Retyper, load_retyper
from eventwire.stages.events.clauses import denies_an_act, names_an_act
from eventwire.stages.events.counterparts import place_counterparts
from eventwire.stages.events.crowd_violence import crowd_riot
from eventwire.stages.events.detection import request_content
from eventwire.stages.events.elaborations import elaborating_participles
from eventwire.stages.events.eventness import (
    EventFilter,
    filter_events,
    load_filter,
)
from eventwire.stages.events.harm_outcomes import harm_outcomes
from eventwire.stages.events.intent import NEGATED_RULE, intent_type
from eventwire.stages.events.intent_heads import intent_host, merge_intent_heads, readiness_word
from eventwire.stages.events.issued_orders import drop_told_orders
from eventwire.stages.events.label_triggers import anchored_labels
from eventwire.stages.events.labour_strikes import labour_strike, walkout
from eventwire.stages.events.lexicon_candidates import Candidate
from eventwire.stages.events.missile_tests import missile_test
from eventwire.stages.events.mode_model import ModeDecider, mode_ranker
from eventwire.stages.events.modes import assign_mode
from eventwire.stages.events.mourned import drop_mourned
from eventwire.stages.events.nonevents import word_classes
from eventwire.stages.events.nonpolitical import POLITICAL_SECTORS, is_business_act, is_company_paid
from eventwire.stages.events.peaceful_stories import drop_peaceful_force
from eventwire.stages.events.preload import preload
from eventwire.stages.events.private_contacts import is_private_contact
from eventwire.stages.events.private_doers import is_private_doer_act
from eventwire.stages.events.private_instructions import is_private_instruction
from eventwire.stages.events.protest_demands import is_protest_demand
from eventwire.stages.events.protest_seats import protest_seat
from eventwire.stages.events.protests import (
    burns_a_symbol,
    gathers_to_protest,
)
from eventwire.stages.events.purposes import purpose_type
from eventwire.stages.events.raids import forces_raid
from eventwire.stages.events.recipient_options import plover_kept
from eventwire.stages.events.reciprocal import co_actors_for, is_reciprocal, set_reciprocal
from eventwire.stages.events.restorations import Standby, restore_denials, restore_negated
from eventwire.stages.events.roles import roles_for
from eventwire.stages.events.speech_content import (
    announced_content,
    folded,
    governing_trigger,
    in_condition,
)
from eventwire.stages.events.trigger_screen import screen_positions
from eventwire.stages.events.triggers import (
    Lexicon,
    find_candidates,
    load_lexicon,
    trigger_positions,
)
from eventwire.stages.events.type_model import TypeDecider, type_ranker
from eventwire.stages.events.withheld_comments import is_withheld_comment

BASE_CONFIDENCE = {"curated-verb": 0.6, "cameo-pattern": 0.55, "verb+particle": 0.55,
                   "nominal": 0.5, "cameo-verb": 0.4}
INTENT_BONUS = 0.05  # an announced act is usually the point of its sentence
# the classes of ``detection.py`` are no announced acts: no bonus (a label such
# as "because of what it called ..." is seldom the point of its sentence)
CONSTRUCTION_RULES = {"characterisation", "exceptional-state", "sending", "retaliation",
                      "custody", "weapon-use", "arson", "barricade", "captive", "solidarity",
                      "dispersal", "weapon-threat", "projectile", "verdict", "consequence",
                      "intrusion"}


# per dependency level; 0.025-0.1 all give plover_gsr macro-F1 0.62-0.63
DEPTH_PENALTY = 0.05


def _depth(tok: Token) -> int:
    """How many heads above the root ``tok`` sits (at most 50), climbed on
    the document's head positions, not a Token per step (speed24)."""
    heads = head_indices(tok.doc)
    i, depth = tok.i, 0
    while heads[i] != i and depth < 50:
        i, depth = heads[i], depth + 1
    return depth


def _confidence(cand: Candidate, has_actor: bool, has_recipient: bool) -> float:
    base, _, retyped = cand.rule.partition("+")
    announced = retyped and retyped.split("+")[0] not in CONSTRUCTION_RULES
    score = BASE_CONFIDENCE.get(base, 0.4) + (INTENT_BONUS if announced else 0.0)
    score += 0.15 if has_actor else 0.0
    score += 0.05 if has_recipient else 0.0
    return round(min(score, 0.95), 3)


def _names(doc: Doc) -> SpanIndex:
    """Character ranges of multi-word actor names from the knowledge base."""
    return SpanIndex([(m.start, m.end) for m in get_list(doc, "actor_mentions")
                      if m.rule.startswith("kb") and " " in m.text])


def _orders_carried_out(cands: list[Candidate]) -> set[int]:
    """**Orders carried out**: "ordered an investigation", "ordered the
    arrest of the leaders", "ordered an assault on the ridge" — the ordered
    act (a noun trigger, the order's object) is the event, typed and
    anchored on its noun, and the order verb is dropped. (A denial of an
    act is such a frame too, ``clauses.denies_an_act``: batch rec_a
    labelled "denied using chemical weapons" as a REJECT *and* the denied
    ASSAULT, every later batch as the denied ASSAULT alone.)"""
    words = word_classes()
    at = {c.token.i: c for c in cands}
    out: set[int] = set()
    for cand in cands:
        tok = cand.token
        if cand.nominal or tok.pos_ != "VERB" or tok.lemma_.lower() not in words["order_verbs"]:
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.i in at and at[obj.i].nominal:
            out.add(tok.i)
    return out


def events_in_sentence(doc: Doc, sent: Span, lex: Lexicon, retyper: Retyper | None,
                       names: SpanIndex, modes: ModeDecider | None = None,
                       positions: list[int] | None = None,
                       types: TypeDecider | None = None,
                       standby: list[Standby] | None = None) -> list[EventMention]:
    """The sentence's events. A denial verb dropped for the act its
    complement holds (``clauses.denies_an_act``) is built all the same and
    put on ``standby``: ``restore_denials`` gives it back when no event of
    its complement is kept at the end and the learned filter keeps it
    (events39, review78)."""
    cands = find_candidates(sent, lex, names, positions)
    triggers = {c.token.i for c in cands}
    denials = [c for c in cands if denies_an_act(c.token, triggers)]
    framing = _orders_carried_out(cands) | {c.token.i for c in denials}
    framing |= {t.i for c in cands if c.rule == "nominal+request"
                for t in request_content(c.token)}  # what a request noun asks for
    shared = (retyper, modes, types, triggers)
    out = _emit(doc, sent, [c for c in cands if c.token.i not in framing], *shared)
    nouns = {c.token.i for c in cands if c.nominal}
    denials = [c for c in denials if not names_an_act(c.token, nouns)]
    if denials and standby is not None:
        at = {c.token.idx: c.token for c in denials}
        standby.extend((at[e.trigger.start], e) for e in _emit(doc, sent, denials, *shared)
                       if e.trigger.start in at)
    return out


def _emit(doc: Doc, sent: Span, cands: list[Candidate], retyper: Retyper | None,
          modes: ModeDecider | None, types: TypeDecider | None,
          triggers: set[int]) -> list[EventMention]:
    verbs = {c.token.i: c for c in cands if not c.nominal}
    # told, not emitted: what the participle governs stays folded into it
    skipped_parts = elaborating_participles((verbs[i].token for i in verbs), triggers)
    skipped_parts |= harm_outcomes((verbs[i].token for i in verbs), triggers)  # "shot and killed"
    skipped_parts |= {i for i, c in verbs.items() if is_protest_demand(c.token)}  # relabel63
    merged, skipped, protest_heads = merge_intent_heads(cands, verbs)
    # a promise dropped for the protest it announces governs nothing
    live = {i: c for i, c in verbs.items() if i not in protest_heads}
    out: list[EventMention] = []
    sent_text = span_text(sent)
    labels = anchored_labels(cands)  # "called the raid 'an outrage'": on the noun
    label_nouns = {t.i for t in labels.values()}
    for cand in cands:
        if folded(cand, verbs) or cand.token.i in skipped or cand.token.i in skipped_parts or \
                cand.nominal and cand.token.i in label_nouns:  # the label's own trigger
            continue
        retyped = merged.get(cand.token.i) or intent_type(intent_host(cand, verbs), cand.type)
        if retyped is not None:
            cand.type, rule = retyped
            kept = rule if rule.startswith(NEGATED_RULE) else rule.split(":")[0]
            cand.rule = f"{cand.rule}+{kept}"
            cand.mode = None
        actor, recipient = roles_for(doc, cand.token, cand.nominal, cand.type)
        if cand.rule.endswith("+checkpoint"):  # types67: the checkpoint set up is no one
            recipient = None
        recipient = removed_from_office(cand.token.lemma_.lower(), recipient)
        actor = governing_act(cand.token.lemma_.lower(), actor, get_list(doc, "actor_mentions"))
        actor, recipient = with_record_sector(actor), with_record_sector(recipient)
        # the evidence of an act is the rules' recipient, even one the ranker left out
        named = recipient or plover_kept(doc, cand.token, True)
        if (is_business_act(actor, named) or is_company_paid(cand.token, actor, named)) and \
                not trade_protests(cand.token):  # "traders protesting taxes looted shops"
            continue
        if is_withheld_comment(cand.token, actor, POLITICAL_SECTORS) or \
                is_private_instruction(cand.token, cand.type, actor, recipient) or \
                is_private_doer_act(cand.token, cand.type, actor, named) or \
                is_private_contact(cand.token, cand.type, actor, named):  # false55, false57
            continue
        if cand.type == "ASSAULT" and (strike := labour_strike(cand.token)):
            cand.type, cand.mode, cand.rule = "PROTEST", strike, f"{cand.rule}+labour-strike"
        elif crowd_riot(cand.type, cand.token, actor):
            riot = "demo" if burns_a_symbol(cand.token) else "riot"  # burning flags
            cand.type, cand.mode, cand.rule = "PROTEST", riot, f"{cand.rule}+{riot}"
            recipient = recipient or protest_seat(doc, cand.token, cand.type)  # recip64
        elif civilian_obstruction(cand.type, cand.token, cand.nominal, actor):  # types67
            cand.type, cand.mode, cand.rule = "PROTEST", "obstruct", f"{cand.rule}+obstruct"
        elif forced_obstruction(cand.type, cand.mode, cand.token, actor):
            cand.type, cand.mode, cand.rule = "COERCE", "restrict", f"{cand.rule}+forced-block"
        elif cand.type == "CONSULT" and not cand.nominal and walkout(cand.token):
            cand.type, cand.mode, cand.rule = "PROTEST", "strike", f"{cand.rule}+walkout"
        elif cand.type == "CONSULT" and gathers_to_protest(cand.token, actor):
            cand.type, cand.mode, cand.rule = "PROTEST", "demo", f"{cand.rule}+demo"
            recipient = recipient or protest_seat(doc, cand.token, cand.type)  # recip64
        elif cand.type == "ASSAULT" and not cand.nominal and missile_test(cand.token):
            cand.type, cand.mode, cand.rule = "MOBILIZE", "weapons", f"{cand.rule}+test"
        elif cand.type == "ASSAULT" and forces_raid(cand.token, actor):
            cand.type, cand.mode, cand.rule = "COERCE", None, f"{cand.rule}+raid"  # police raids
        elif not cand.nominal and (retype := purpose_type(cand.type, cand.token, actor)):
            (cand.type, cand.mode), cand.rule = retype, f"{cand.rule}+purpose"
        has_actor = actor is not None and (actor.actor_id is not None or actor.country is not None)
        has_recipient = named is not None and named.actor_id is not None
        trig = doc[cand.token.i:cand.end]
        if (label := labels.get(cand.token.i)) is not None and cand.type == "ACCUSE":
            trig, cand.rule = doc[label.i:label.i + 1], f"{cand.rule}+noun-label"
        if retyped is not None and (ready := readiness_word(intent_host(cand, verbs))):
            if any(e.trigger.start == ready.idx for e in out):
                continue  # "ready to hold talks and send aid": one offer
            trig = doc[ready.i:ready.i + 1]
        event = EventMention(
            trigger=TextSpan(trig.text, trig.start_char, trig.end_char), type=cand.type,
            sentence=TextSpan(sent_text, sent.start_char, sent.end_char), mode=cand.mode,
            context=list(cand.context), actor=actor, recipient=recipient,
            confidence=_confidence(cand, has_actor, has_recipient), rules=[cand.rule])
        if retyper is not None:
            retyper.apply(event, cand, sent)
        if types is not None:  # the learned type chooser, before the mode
            types.decide(doc, event, cand.token, cand.rule)
        lexicon_mode = cand.mode if event.type == cand.type else None
        event.mode = assign_mode(event.type, sent, trig, lexicon_mode)
        if modes is not None:
            modes.note(event, trig, lexicon_mode)
        # "offered an apology": the apology is the act, not the offer's content (real66)
        governor = None if cand.rule in (APOLOGY_RULE, SORRY_RULE) else \
            governing_trigger(cand.token, live)
        if governor is not None and governor.i < cand.token.i and \
                announced_content(verbs[governor.i]) and not in_condition(cand.token, governor):
            continue
        if governor is not None:
            event.content_of = TextSpan(governor.text, governor.idx,
                                        governor.idx + len(governor.text))
        event.depth = _depth(cand.token)
        event.co_actors = co_actors_for(doc, cand.token, cand.nominal, actor, event.type)
        if is_reciprocal(sent_text, event.type, event.co_actors, named, cand.token):
            set_reciprocal(event)
        out.append(event)
    return out


class EventExtractor(StageComponent, factory="eventwire_events",
                     requires=["token.dep", "token.lemma", "token.pos"], assigns=["doc._.events"],
                     default_config={"use_classifier": False, "mode_model": "learned",
                                     "use_filter": True, "record_features": False,
                                     "record_mode_features": False, "type_model": "rules",
                                     "record_type_features": False}):
    """The trigger lexicon, the learned re-typer when ``use_classifier``, the
    learned mode ranker when ``mode_model`` is ``learned``, and the learned
    event/non-event filter (``eventness.py``) when ``use_filter``. With
    ``record_features`` the filter's features of every detected event are
    kept on the doc where the filter computes them
    (``eventness.recorded_features``): what the filter's dump trains on;
    with ``record_mode_features``, the mode ranker's candidates
    (``mode_model.recorded_mode_features``). The learned type chooser
    (``type_model.py``) runs when ``type_model`` is ``learned``; with
    ``record_type_features`` what it reads is kept on the doc
    (``type_model.recorded_type_info``)."""

    def __init__(self, nlp: Language | None = None, name: str = "eventwire_events",
                 use_classifier: bool = False, mode_model: str = "learned",
                 use_filter: bool = True, record_features: bool = False,
                 record_mode_features: bool = False, type_model: str = "rules",
                 record_type_features: bool = False) -> None:
        super().__init__(nlp, name)
        self.lex: Lexicon = load_lexicon()
        self.retyper: Retyper | None = load_retyper() if use_classifier else None
        self.ranker = mode_ranker(mode_model)
        self.type_ranker = type_ranker(type_model)
        self.record_types = record_type_features
        self.filter: EventFilter | None = load_filter() if use_filter else None
        self.record_features = record_features
        self.record_modes = record_mode_features
        self.resolver: Resolver | None = load_resolver()
        preload()  # the word lists at load time, not on the first article

    def process(self, doc: Doc) -> None:
        events = get_list(doc, "events")
        names = _names(doc)
        modes = ModeDecider(self.ranker, self.record_modes)
        types = TypeDecider(self.type_ranker, self.lex, self.record_types)
        found: list[EventMention] = []
        standby: list[Standby] = []
        # once per document, not per sentence; without the words that cannot trigger (speed32)
        positions = screen_positions(doc, trigger_positions(doc), self.lex)
        for sent in sentences(doc):  # the Spans sent_of hands out (speed59)
            found.extend(events_in_sentence(doc, sent, self.lex, self.retyper, names, modes,
                                            positions, types, standby))
        found = drop_peaceful_force(doc, found)  # force in a story telling no violence
        found = drop_aggregates(doc, found)  # "a wave of killings", "similar attacks"
        if self.filter is not None or self.record_features:
            found = filter_events(doc, found, self.filter, self.record_features)
        screen = None if self.filter is None else (
            lambda back: filter_events(doc, back, self.filter))
        found = restore_denials(found, standby, screen)
        found = drop_told_orders(doc, found)  # "ordered him held": one act, on "held"
        found = drop_given_apologies(doc, found)  # "offered an apology": one act, on "apology"
        modes.keep(found)
        restore_negated(found)
        events.extend(found)
        modes.decide(doc, events)
        shadows = apply_choices(doc, found)  # after the checks that read the rules' actor
        lone_event_offenders(doc, found + shadows)  # before the resolver fills a sector
        kin_event_people(found + shadows)  # a relative is a private person: CVL, not a guess
        if self.resolver is not None:  # codes last: the rules' choices read the rules' codes
            resolve_events(doc, found + shadows, self.resolver)
        armed_event_people(doc, found + shadows)  # after the codes: UAF joins them
        gang_event_doers(doc, found + shadows)  # a gang's man does the crime: UAF joins
        stateless_event_groups(doc, found + shadows)  # before counterparts reads countries
        place_counterparts(doc, found)  # after the codes: it reads the final countries
        keep_plover_sources(doc, shadows)
        drop_mourned(doc, found)  # after the filter, which read the rules' recipient


# verbs of stopping an attack (curated.yaml COERCE, branch events8), as stems
# of the trigger's word ("foiled", "repulsing", "warded off")
STOPPING_STEMS = ("foil", "thwart", "intercept", "repel", "repuls", "ward", "fend")


def _stops_another(event: EventMention, events: list[EventMention]) -> bool:
    """"An attempt to assassinate the governor was thwarted": the foiled act
    happened (docs/annotation.md "Attempts") and is what the sentence
    reports; the foiling is a second event, not the main one."""
    return event.trigger.text.lower().startswith(STOPPING_STEMS) and len(events) > 1


def main_event(events: list[EventMention]) -> EventMention | None:
    """The sentence's main event: not the content of another event ("refused
    to [meet]"), not the foiling of another event, then the most confident
    with a small penalty per level of depth in the parse (the main clause's
    event over a subordinate one), then the earliest."""
    if not events:
        return None
    return max(events, key=lambda e: (e.content_of is None, not _stops_another(e, events),
                                      e.confidence - DEPTH_PENALTY * e.depth,
                                      -e.trigger.start))
