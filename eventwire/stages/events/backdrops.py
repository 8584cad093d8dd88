"""Act words that only name the setting or the topic of another act (issue
#12, branch events31).

The lexicon reads "meeting" as CONSULT, "allegation" as ACCUSE, "defend" as
SUPPORT, "let" / "get" with a particle as CONCEDE and "ask" as REQUEST. In
the real outlets' local, crime and business copy these words were false
events in ten classes where the word names no interaction of its own (word lists in
``eventwire/data/events/backdrops.yaml``):

* **a gathering as a setting** — "meeting(s)" as the object of "at",
  "during" or "for": "the mayor spoke at a meeting of county clerks", "two
  reporters were arrested at a meeting of the union", "the club signed the
  striker during the winter meetings", "she was in Ohio for a meeting of
  the sheriffs' association" (a meeting held, begun, planned or attended,
  and "after the meeting", stay events; so do summits and talks, and a
  meeting with or between named sides: "flew to Moscow for a meeting with
  the president", "in Kabul for meetings with tribal leaders");
* **an accusation as a topic** — "allegation(s)" that is not being made:
  "the ministry said the allegations appear to have no merit", "residents
  dispute police allegations that the driver had a knife", "a lawyer
  called them defamatory allegations" (the denial or the dispute is the
  event; an allegation made, levelled or filed stays: "the allegations
  were made by his daughters", "levelled allegations against the mayor";
  so does one whose maker a "by" names, as a subject: "allegations by
  rights groups that guards beat inmates prompted an inquiry");
* **defending one's own act** — "defend" with an act, a decision or a
  policy as its object: "the navy defended its actions", "the minister
  defended the decision to close the border", "the governor defended the
  new tax", "rules that officials defended" (a place or people defended
  stays: "defended its headquarters", "would defend its territory");
* **leaving** — "let go" from a job, "get out", "got away": "five workers
  were let go from the factory", "most of the miners managed to get out",
  "the passengers got away before the fire spread" (permission stays: "let
  the convoy pass"; so does a release by a named side: "the two journalists
  were let go by their captors", "the nurses were let go by the militia");
* **an office offered** — "ask" / "invite" someone to be or serve as
  something: "the president-elect asked a retired admiral to be his
  security adviser", "the board asked the treasurer to serve as interim
  chairman", "I have asked my deputy to be responsible for the ministry"
  (an appointment; a state or an act asked stays: "asked its members to be
  ready", "asked Italy to extradite the suspects"; so does a go-between's
  role or a state or a body asked to take one: "asked the former president
  to serve as mediator", "asked Norway to act as guarantor of the truce",
  "asked the UN to be an observer at the vote");
* **anonymity asked** — "an officer, who asked not to be named, said",
  "the official spoke, asking not to be identified";
* **goods stolen** — a theft of goods that harms no one (the guide: "a
  robbery or ram raid that harms no person is not an event") or of
  something in a figure of speech: "three thieves stole nearly all the
  jewels on display", "a burglar stole $40,000 worth of watches from the
  shop", "they are stealing our dreams" (a weapon taken from a guard stays:
  "stole a guard's pistol", "stole two rifles", "stole $2m worth of
  weapons"; so does any theft by a force or an armed group: "insurgents
  stole cars from the UN mission", "soldiers stole cash from detainees");
* **restraint in an arrest** — handcuffing or blindfolding by the police,
  or with no doer named, is the arrest itself: "police handcuffed the
  suspect", "he was handcuffed and led away", "officers blindfolded the
  detainees" (an inmate or a gunman restraining people is an abduction's
  act, ASSAULT, curated.yaml: "the inmate handcuffed the two guards"; so
  are captives restrained with no doer named: "the hostages were
  blindfolded and driven to a farm");
* **property damaged by a thing** — a passive harm to property whose agent
  is a fire, an arson or a natural thing: "the chapel was badly damaged by
  arson" (the arson is the event), "the depot was destroyed by fire on
  Sunday", "the pipe may have been damaged by tree roots" (a weapon's or a
  party's fire stays: "the tank was destroyed by artillery fire", "a post
  destroyed by Serbian fire", "houses destroyed by fire from army
  helicopters");
* **an effort** — "struggle", "scramble", "strive" with a to-clause: "police
  struggled to control the crowd", "medics scrambled to reach the injured",
  "the council strove to keep the talks alive" (the effort is no act of its
  own; "fought to retake the town" is left to the lexicon).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader, word_list_of
from eventwire.paths import DATA_DIR
from eventwire.stages.events.detection_words import lemma as _lemma
from eventwire.stages.events.mention_lookup import look_through, prep_objects
from eventwire.stages.events.press_requests import is_press_request
from eventwire.stages.events.property_heists import is_property_heist

WORDS = DATA_DIR / "events" / "backdrops.yaml"
FROM = frozenset({"from"})

words = word_list_loader(WORDS)
security_words = word_list_of(DATA_DIR / "events" / "curated.yaml", "security_words")
armed_groups = word_list_of(DATA_DIR / "events" / "curated.yaml", "armed_groups")
captive_words = word_list_of(DATA_DIR / "events" / "detection.yaml", "captive_words")


def _listed(tok: Token, key: str) -> bool:
    """The token's form or lemma is in backdrops.yaml's list ``key``."""
    return tok.lower_ in words()[key] or _lemma(tok) in words()[key]


def _by_party(prep: Token) -> bool:
    """A "by" phrase naming a party, not a time ("by rights groups", not "by
    Friday")."""
    return prep.dep_ in ("prep", "agent") and prep.lower_ == "by" and any(
        g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in prep.children)


def is_gathering_setting(tok: Token) -> bool:
    """"spoke at a meeting", "during the winter meetings", "for a meeting"."""
    w = words()
    return (tok.pos_ == "NOUN" and tok.lower_ in w["gathering_nouns"] and tok.dep_ == "pobj"
            and tok.head.lower_ in w["setting_preps"] and not _has_counterpart(tok))


def _has_counterpart(tok: Token) -> bool:
    """"for a meeting with Putin", "meetings between the two envoys": a
    meeting with a named other side is an interaction, no setting (review54)."""
    return any(c.dep_ == "prep" and c.lower_ in words()["counterpart_preps"]
               for c in tok.children)


def is_topic_accusation(tok: Token) -> bool:
    """"the allegations appear to have no merit", "dispute police allegations";
    not "the allegations were made by", "levelled allegations"."""
    w = words()
    if tok.pos_ != "NOUN" or tok.lower_ not in w["topic_accusations"]:
        return False
    head = tok.head
    return not (tok.dep_ in ("dobj", "nsubjpass") and _lemma(head) in w["making_verbs"]
                or _maker_named(tok))


def _maker_named(tok: Token) -> bool:
    """"allegations by rights groups that police tortured detainees prompted
    an inquiry": the maker named by "by" makes them, the nominal of "were made
    by" (review54); as the object of another act ("its investigation into an
    allegation by the council") it stays a topic."""
    return tok.dep_ in ("nsubj", "nsubjpass", "ROOT") and any(
        _by_party(c) for c in tok.children)


def _defended_object(tok: Token) -> Token | None:
    """The object of "defend", or the noun a relative "that" stands for
    ("rules that officials defended")."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lower_ in words()["relative_pronouns"] and tok.dep_ == "relcl":
        return tok.head
    if obj is None and tok.dep_ == "relcl":
        return tok.head
    return obj


def is_defended_act(tok: Token) -> bool:
    """"defended its actions", "defended the decision to close the border"."""
    w = words()
    if tok.pos_ != "VERB" or _lemma(tok) not in w["defend_verbs"]:
        return False
    obj = _defended_object(tok)
    return obj is not None and _listed(obj, "defended_acts")


def is_leaving(tok: Token) -> bool:
    """"were let go from the factory", "managed to get out", "got away"."""
    w = words()
    if tok.pos_ != "VERB" or _lemma(tok) not in w["leaving_verbs"] or any(
            c.dep_ == "dobj" for c in tok.children) or _released(tok):
        return False
    return any(c.lower_ in w["leaving_particles"] and c.dep_ in ("prt", "xcomp", "advmod", "ccomp")
               and not any(g.dep_ == "dobj" for g in c.children) and len(list(c.children)) <= 2
               for c in tok.children)


def _released(tok: Token) -> bool:
    """"were let go by their captors", "were let go by the militia": people
    let go by a named side are released, not leaving (review54)."""
    return any(c.dep_ == "agent" or _by_party(c) for t in (tok, *tok.children)
               for c in t.children)


def _asked_clause(tok: Token) -> Token | None:
    """The to-clause of "ask" / "invite" ("asked him *to be* ...")."""
    if tok.pos_ != "VERB" or _lemma(tok) not in words()["office_asking_verbs"]:
        return None
    return next((c for c in tok.children if c.dep_ == "xcomp"), None)


def is_office_offered(tok: Token) -> bool:
    """"asked the admiral to be his adviser", "asked her to serve as chair",
    "asked my deputy to be responsible for"; not "asked its members to be
    ready" (a state asked of them)."""
    clause = _asked_clause(tok)
    w = words()
    if clause is None or _lemma(clause) not in w["office_verbs"] or _party_asked(tok):
        return False
    return any(c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") and not _go_between(c)
               or c.dep_ == "prep" and c.lower_ == "as"
               and not any(_go_between(g) for g in c.children if g.dep_ == "pobj")
               or c.dep_ == "acomp" and c.lower_ in w["office_states"]
               for c in clause.children)


def _party_asked(tok: Token) -> bool:
    """"asked the UN to serve as ...", "asked Nigeria to act as ...": a state or
    a body is asked to act, no one is appointed (review54)."""
    return any(c.dep_ == "dobj" and c.ent_type_ in ("GPE", "ORG", "NORP")
               for c in tok.children)


def _go_between(role: Token) -> bool:
    """"to serve as mediator", "to be a guarantor of the deal": a role in
    someone else's dispute is asked as an act, no office (review54)."""
    return _listed(role, "go_between_roles")


def is_anonymity_asked(tok: Token) -> bool:
    """"an officer who asked not to be named", "asking not to be identified"."""
    clause = _asked_clause(tok)
    if clause is None or _lemma(clause) not in words()["anonymity_verbs"]:
        return False
    deps = {c.dep_ for c in clause.children}
    return "neg" in deps and "auxpass" in deps


def is_goods_stolen(tok: Token) -> bool:
    """"thieves stole nearly all the jewels on display", "stole £5m worth of
    watches", "they are stealing our dreams"; not "stole a guard's pistol"."""
    if tok.pos_ != "VERB" or _lemma(tok) not in words()["theft_verbs"] or _armed_doer(tok):
        return False
    objs = [_worth_of(look_through(c)) for c in tok.children if c.dep_ == "dobj"]
    objs += [c for o in objs for c in o.conjuncts]
    return bool(objs) and all(_listed(o, "stolen_goods") for o in objs)


def _worth_of(obj: Token) -> Token:
    """"$2m worth of weapons": the goods, not "worth" (review54)."""
    if obj.lower_ != "worth":
        return obj
    inner = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"), None)
    return obj if inner is None else look_through(inner)


def _armed_doer(tok: Token) -> bool:
    """"insurgents stole cars from the UN mission", "soldiers stole money from
    detainees": a force or an armed group taking goods coerces, no private
    theft (review54)."""
    return any(d.lower_ in armed_groups() or d.lower_ in security_words()
               for d in _doers(tok))


def _doers(tok: Token) -> list[Token]:
    """The subject, or the agent of a passive ("by officers")."""
    out = [c for c in tok.children if c.dep_ == "nsubj"]
    return out + [g for c in tok.children if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj"]


def is_arrest_restraint(tok: Token) -> bool:
    """"police handcuffed the suspect", "he was handcuffed and led away";
    not "the inmate handcuffed the two guards"."""
    if tok.pos_ != "VERB" or _lemma(tok) not in words()["restraint_verbs"]:
        return False
    doers = _doers(tok) or [c for v in tok.conjuncts for c in _doers(v)]
    force = security_words() | words()["arresting_doers"]
    if not doers:  # a passive with no agent: "he was handcuffed and led away"
        return not _captives_restrained(tok) and (
            tok.dep_ == "acomp" or any(c.dep_ in ("nsubjpass", "auxpass")
                                       for c in tok.children))
    return any(d.lower_ in force or _lemma(d) in force for d in doers)


def _captives_restrained(tok: Token) -> bool:
    """"the hostages were blindfolded": captives restrained are held by their
    captors, no one arrested (review54)."""
    verbs = (tok, *tok.conjuncts, *((tok.head,) if tok.dep_ == "acomp" else ()))
    subjects = [c for v in verbs for c in v.children if c.dep_ in ("nsubjpass", "nsubj")]
    return any(c.lower_ in captive_words() for c in subjects)


def _thing_agent(noun: Token) -> bool:
    """"by fire", "by arson", "by tree roots"; not "by Azerbaijani fire", "by
    artillery fire" (a weapon's or a party's fire)."""
    if not _listed(noun, "thing_agents"):
        return False
    return not any(c.dep_ in ("amod", "compound", "poss") and _fire_source(c)
                   for c in noun.children) and not _fired_from(noun)


def _fire_source(word: Token) -> bool:
    """A weapon, a force or a named party as the source of a fire."""
    return (_listed(word, "weapon_fire") or word.lower_ in security_words()
            or word.lower_ in armed_groups() or word.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"))


def _fired_from(noun: Token) -> bool:
    """"by fire from army helicopters", "by fire from government tanks": a
    weapon's fire named by its "from" phrase (review54)."""
    return any(_fire_source(t) for s in prep_objects(noun, FROM)
               for t in [s, *(c for c in s.children if c.dep_ in ("amod", "compound"))])


def is_damaged_by_thing(tok: Token) -> bool:
    """"the church was badly damaged by arson", "damaged by fire on Friday",
    "the pipe may have been damaged by tree roots"."""
    if tok.pos_ != "VERB" or _lemma(tok) not in words()["property_harm_verbs"]:
        return False
    agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    return bool(agents) and all(_thing_agent(a) for a in agents)


def is_effort(tok: Token) -> bool:
    """"police struggled to control the crowd", "medics scrambled to reach the
    injured", "the council strove to keep the talks alive"."""
    return (tok.pos_ == "VERB" and _lemma(tok) in words()["effort_verbs"]
            and any(c.dep_ == "xcomp" for c in tok.children))


def is_backdrop(tok: Token) -> bool:
    """Any of the ten classes of the module docstring, a source's request
    about its own reporting (press_requests.py, false53) and a robbery's force
    on property (property_heists.py, real64)."""
    return (is_gathering_setting(tok) or is_topic_accusation(tok) or is_defended_act(tok)
            or is_leaving(tok) or is_office_offered(tok) or is_anonymity_asked(tok)
            or is_goods_stolen(tok) or is_arrest_restraint(tok) or is_damaged_by_thing(tok)
            or is_effort(tok) or is_press_request(tok) or is_property_heist(tok))
