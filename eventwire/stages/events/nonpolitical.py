"""Acts with no political side (issue #12, third events pass): the guide
(docs/annotation.md) labels no event between companies, consumers, teams or
players unless a government acts. Word lists in
``eventwire/data/events/curated.yaml``.

* **business actors** — a company acting on another company, a consumer or
  nobody ("Samsung sued Apple", "the carmaker attacked its rival", "Microsoft
  invaded the market"): the actor's sector is business (BUS, MNC) and the
  recipient is no political actor;
* **sport and games** — a player, coach or club as the subject ("the
  striker shot the ball", "the coach blasted the referee");
* **products and jobs** — a product shown or released ("Apple
  demonstrated the features", "this release includes 200 features",
  "released the iPhone"), a job lost ("was fired from the company");
* **dates** — a month name read as a verb or noun ("March 28, 2006");
* **market and sport patients** — a force verb whose object is a market,
  a title or a ball ("captured the title", "attacked its rivals' market
  share", "invaded the mobile market"): the force is a figure of speech.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.models import ActorMention
from eventwire.stages.events.alert_levels import is_hazard_level_change
from eventwire.stages.events.appointments import is_appointment
from eventwire.stages.events.arrivals import is_private_arrival
from eventwire.stages.events.business_exits import is_executive_exit
from eventwire.stages.events.contamination import is_contamination
from eventwire.stages.events.contests import is_contest_won
from eventwire.stages.events.culls import is_cull, is_cull_ordered
from eventwire.stages.events.emergency_calls import is_emergency_call
from eventwire.stages.events.event_doers import is_event_compulsion
from eventwire.stages.events.finding_out import finds_out
from eventwire.stages.events.fire_damage import is_no_doer_damage
from eventwire.stages.events.hazard_warnings import is_hazard_warning
from eventwire.stages.events.hosted_things import is_hosted_thing
from eventwire.stages.events.line_outages import is_line_outage
from eventwire.stages.events.market_wars import is_market_war_act
from eventwire.stages.events.medical_checks import is_medical_check
from eventwire.stages.events.mention_lookup import child
from eventwire.stages.events.mishaps import is_mishap
from eventwire.stages.events.natural_doers import has_natural_doer
from eventwire.stages.events.nonevents import word_classes
from eventwire.stages.events.physical_cuts import is_physical_cut
from eventwire.stages.events.place_visits import is_place_visit
from eventwire.stages.events.private_suits import is_private_suit
from eventwire.stages.events.product_acts import is_product_act
from eventwire.stages.events.product_acts import words as product_words
from eventwire.stages.events.quantity_cuts import is_quantity_cut
from eventwire.stages.events.released_things import is_released_thing
from eventwire.stages.events.rescue_work import is_rescue_work
from eventwire.stages.events.rewards import is_reward_offer
from eventwire.stages.events.road_accidents import is_road_accident
from eventwire.stages.events.sports import game_only
from eventwire.stages.events.thing_enablers import is_thing_enabler
from eventwire.stages.events.threat_dangers import is_threat_danger
from eventwire.stages.events.traffic_deaths import is_traffic_death

BUSINESS_SECTORS = {"BUS", "MNC"}
POLITICAL_SECTORS = {"GOV", "MIL", "REB", "LEG", "JUD", "COP", "OPP", "IGO", "NGO", "UAF",
                     "SPY", "INS", "SEP", "PTY", "ELI", "IMG", "RAD"}
POLITICAL_KINDS = {"state", "armed_group", "igo", "government"}
FORCE_TYPES = {"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION"}


def _political(actor: ActorMention | None) -> bool:
    if actor is None:
        return False
    return bool(set(actor.sectors) & POLITICAL_SECTORS) or actor.kind in POLITICAL_KINDS


def is_business_act(actor: ActorMention | None, recipient: ActorMention | None) -> bool:
    """A company acting where no government, armed group or other political
    actor is its recipient. The knowledge base gives BUS to economic blocs
    (ECOWAS) and trade ministers too: an actor with any political sector is
    never a company here."""
    if actor is None or not set(actor.sectors) & BUSINESS_SECTORS or _political(actor):
        return False
    return not _political(recipient)


def is_company_paid(tok: Token, actor: ActorMention | None,
                    recipient: ActorMention | None) -> bool:
    """A company compensated or reimbursed by no political payer ("the
    airline will be compensated for the delays", "the insurer reimbursed
    the shipping firm"): the guide labels a company's compensation as
    business (docs/annotation.md, "Villagers and companies"); a government
    compensating victims stays AID."""
    if tok.lemma_.lower() not in product_words()["payment_words"] or _political(actor):
        return False
    return recipient is not None and bool(set(recipient.sectors) & BUSINESS_SECTORS) \
        and not _political(recipient)


def _subject(tok: Token) -> Token | None:
    cur = tok
    for _ in range(3):
        subj = child(cur, {"nsubj"})  # the children table, no Token per child (speed48)
        if subj is not None or cur.dep_ not in ("conj", "xcomp") or cur.head == cur:
            return subj
        cur = cur.head
    return None


def has_sports_subject(tok: Token) -> bool:
    """"The striker shot the ball", "the coach blasted the referee"."""
    if tok.pos_ != "VERB":
        return False
    subj = _subject(tok)
    words = word_classes()["sports_subjects"]
    return subj is not None and (subj.lower_ in words or subj.lemma_.lower() in words)


def has_market_patient(tok: Token) -> bool:
    """A verb whose object is a market, title, ball or forecast."""
    if tok.pos_ != "VERB":
        return False
    words = word_classes()["market_patients"]
    obj = child(tok, {"dobj", "nsubjpass"})
    return obj is not None and obj.ent_type_ == "" and (
        obj.lower_ in words or obj.lemma_.lower() in words)


PRODUCT_ENTS = {"PRODUCT", "WORK_OF_ART"}


def is_product_or_job(tok: Token) -> bool:
    """Showing or releasing a product; losing a job; "release" as a noun
    with nobody whose release it is."""
    words = word_classes()
    lemma = tok.lemma_.lower()
    obj = child(tok, {"dobj"})
    if tok.pos_ == "VERB":
        if lemma in words["intransitive_events"] and obj is not None:
            return True
        if lemma in ("release", "launch", "unveil") and obj is not None and \
                obj.ent_type_ in PRODUCT_ENTS:
            return True
        return lemma == "fire" and any(
            g.lemma_.lower() in words["job_nouns"] for p in tok.children
            if p.dep_ == "prep" and p.lower_ == "from" for g in p.children if g.dep_ == "pobj")
    if lemma == "release" and tok.pos_ == "NOUN":
        whose = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                    for c in tok.children)
        return not whose
    return False


def no_political_side(tok: Token) -> bool:
    """Any of the word classes above, harm nobody meant or a dismissal
    (``mishaps.py``), a game told as a battle (``sports.py``), information
    released or a trip cut short (``released_things.py``), a warning of a
    hazard (``hazard_warnings.py``), animals culled (``culls.py``), an
    executive leaving a company (``business_exits.py``), a product released
    or goods taken off sale (``product_acts.py``), a consumer suing a
    company (``private_suits.py``), a visit to a bare place
    (``place_visits.py``), a germ, a named disease or the waters as the
    doer (``natural_doers.py``), private people arriving (``arrivals.py``),
    a contest won (``contests.py``), a count, price or rate cut
    (``quantity_cuts.py``), contamination no one did (``contamination.py``),
    a medical or laboratory check (``medical_checks.py``), an injury, a
    line broken or a place cut off with no doer (``physical_cuts.py``), a
    reward offered to the public (``rewards.py``), a hazard's alert level
    changed (``alert_levels.py``), finding out (``finding_out.py``), a road
    vehicle or its driver striking someone (``road_accidents.py``), a
    collision told as a killing or a blow (``traffic_deaths.py``), an event
    or a condition compelling, stopping or endangering something
    (``event_doers.py``),
    companies fighting for a market (``market_wars.py``), a call for
    emergency help (``emergency_calls.py``), a thing or an event hosted
    (``hosted_things.py``), a thing helping or enabling
    (``thing_enablers.py``), a threat that is a danger with no maker
    (``threat_dangers.py``), a service outage told as a line's failure
    with no doer (``line_outages.py``), a post offered, accepted or a
    candidate approached (``appointments.py``), a rescue service's work at
    a scene or first aid (``rescue_work.py``), a fire's damage or a thing
    burning (``fire_damage.py``); the actor class
    needs the roles and is applied in ``component``."""
    return (tok.ent_type_ == "DATE" or has_sports_subject(tok) or has_market_patient(tok)
            or is_product_or_job(tok) or is_mishap(tok) or game_only(tok)
            or is_released_thing(tok) or is_hazard_warning(tok) or is_cull(tok)
            or is_cull_ordered(tok)
            or is_executive_exit(tok) or is_product_act(tok) or is_private_suit(tok)
            or is_place_visit(tok) or has_natural_doer(tok) or is_private_arrival(tok)
            or is_contest_won(tok) or is_quantity_cut(tok) or is_contamination(tok)
            or is_medical_check(tok) or is_physical_cut(tok) or is_reward_offer(tok)
            or is_hazard_level_change(tok) or finds_out(tok) or is_road_accident(tok)
            or is_traffic_death(tok)
            or is_event_compulsion(tok) or is_market_war_act(tok) or is_emergency_call(tok)
            or is_hosted_thing(tok) or is_thing_enabler(tok) or is_threat_danger(tok)
            or is_line_outage(tok) or is_appointment(tok) or is_rescue_work(tok)
            or is_no_doer_damage(tok))
