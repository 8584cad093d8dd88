"""Classes of trigger words that are not events, and of events the
lexicon reads wrong. Word lists are in ``eventwire/data/events/curated.yaml``.

Each function names its class; ``find_candidates`` drops (or re-types) a
candidate when one applies:

* **event words inside noun phrases** — an event noun or participle that
  only modifies another noun ("aid workers", "riot police", "occupation
  forces", "Iran-backed factions", "the ruling party");
* **perception, state and motion verbs** — "heard an explosion", "a camp
  filled with refugees", "people sheltering", "died";
* **resultative participles** — "fired rockets, killing 12", "leaving 40
  people dead", "forcing the airport to close"; agentless passives of
  injury ("six officers were injured"); and the state a result leaves
  behind ("the blast left six injured and a car destroyed", "left the
  hospital damaged");
* **no political actor** — a natural cause or an accident as the subject
  ("the earthquake killed 20", "floods displaced thousands");
* **figures of speech in business news** — an economic subject ("our
  economy is hurting", "shares hit a high") or "talked about" a product;
* **force on oneself** — "hanged himself in his cell", "shot herself":
  a suicide has no other party (not "blew himself up": the bomb hurts
  others);
* **a crime named only as a charge** — a bare crime noun that a count, a
  charge, a trial, a plea or a record governs ("one count of kidnapping",
  "tried for rape", "on trial for assault", "convictions for robbery");
  docs/annotation.md "Vigils and charges";
* **coming back** — "the sheriff returned to Los Angeles", "she returned
  with a gun", "the jury returned a verdict": no RETREAT (branch events15);
* **asking a question** — "asked how she felt", "asked if he was armed",
  "when asked about the raid": speech, no REQUEST (branch events15);
* **insisting on a claim** — "insisted that his client had no role",
  "insisted on remaining anonymous": a statement, no REQUEST (events15);
* **an arrest sought** — "a reward for information leading to the arrest
  of the bomber": not (yet) an event (events15);
* **an illness** — "suffered a heart attack" (events15);
* **a worker suspended** — "the employee was suspended from her job": an
  employer's discipline, no SANCTION (events15);
* **a force verb in another sense** — an illness caught, a span of time
  taken, an impression ("a striking contrast"), a particle verb with no
  force ("beefed up inspections"): ``figurative_senses.py`` (events30);
* **a setting or a topic** — "spoke at a meeting", "the allegations appear
  baseless", "defended its actions", "were let go": ``backdrops.py`` (events31);
* **an act a rule requires** — "agencies were required to consult":
  ``required_acts.py`` (false60); **a government's own regulation made or
  unmade** — "the administration overturned the rule":
  ``regulation_acts.py`` (real64).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import POS
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Token

from eventwire.datafiles import natural_hazards, word_lists
from eventwire.nlp.arrays import column
from eventwire.nlp.spans import first_conjunct
from eventwire.paths import DATA_DIR
from eventwire.stages.events.backdrops import is_backdrop
from eventwire.stages.events.cause_clauses import clause_causes
from eventwire.stages.events.detection_words import lemma as _lemma
from eventwire.stages.events.figurative_senses import is_figurative_sense
from eventwire.stages.events.mention_lookup import child, children_at, children_of
from eventwire.stages.events.regulation_acts import is_regulation_act
from eventwire.stages.events.required_acts import is_required_act
from eventwire.stages.events.speech_not_request import is_insisted_claim, is_question

CURATED = DATA_DIR / "events" / "curated.yaml"
CLASS_KEYS = ("perception_state", "natural_causes", "economic_subjects", "result_verbs",
              "injury_verbs", "deescalation_verbs", "violence_objects", "military_words",
              "allegation_nouns", "dismissive_words", "labelling_verbs", "vote_verbs",
              "vote_objects", "post_verbs", "post_nouns", "checkpoint_nouns",
              "civilian_post_modifiers",
              "host_verbs", "talk_verbs", "permission_verbs", "protest_nouns", "protest_verbs",
              "protesting_modifiers", "security_words", "sports_subjects", "market_patients",
              "resultative_verbs", "order_verbs",
              "yield_verbs", "demand_nouns", "intransitive_events", "job_nouns",
              "clash_words", "armed_groups", "gather_verbs", "protest_purposes",
              "vow_verbs", "justice_words", "stopping_verbs", "stopping_forces", "raiding_words",
              "hostile_verbs", "hostile_nouns", "help_purposes", "dispatch_verbs",
              "relief_units", "taken_places", "capture_verbs", "gaining_verbs",
              "holding_verbs", "surrounding_verbs", "vessels", "hijackers",
              "envoy_nouns", "rescuing_forces", "charge_crimes", "charge_governors",
              "self_harm_verbs", "returned_things", "sought_outcomes", "medical_attacks",
              "worker_nouns", "office_nouns", "offence_gerunds")


@lru_cache(maxsize=1)
def word_classes() -> dict[str, frozenset[str]]:
    """The curated word classes; ``natural_causes`` adds the natural hazards
    shared with the hazard-warning rule (one list, natural_hazards.yaml)."""
    classes = word_lists(CURATED, CLASS_KEYS)
    classes["natural_causes"] |= natural_hazards()
    return classes


LIGHT_HEADS = {"effort", "mission", "operation", "campaign", "bid", "attempt", "drive"}


def is_modifier(tok: Token) -> bool:
    """An event word that modifies a noun ("aid workers", "Iran-backed
    groups", "the ruling party") names a kind of thing, not an act."""
    if tok.dep_ == "compound":
        # "mediation efforts", "a rescue mission": a light noun carries the act
        return tok.head.pos_ in ("NOUN", "PROPN") and tok.head.lemma_.lower() not in LIGHT_HEADS
    return tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBG", "JJ", "NN")


def is_perception_or_state(tok: Token) -> bool:
    """The verb itself ("heard", "filled", "sheltering", "died"), or an event
    noun that is only what was perceived ("heard an explosion")."""
    words = word_classes()["perception_state"]
    if tok.pos_ == "VERB":
        return _lemma(tok) in words
    return tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and _lemma(tok.head) in words


def is_result(tok: Token) -> bool:
    """"..., killing 12", "leaving 40 dead": a participle clause hung on the
    act that caused it; "six were injured" with no agent."""
    words = word_classes()
    lemma = _lemma(tok)
    if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj") and lemma in words[
            "result_verbs"] and tok.head.pos_ in ("VERB", "NOUN", "AUX"):
        return not any(c.dep_ in ("nsubj", "aux") for c in tok.children)
    if lemma in words["injury_verbs"] and tok.tag_ == "VBN":
        return not any(c.dep_ == "agent" for c in tok.children)
    return False


def is_left_state(tok: Token) -> bool:
    """"left six people injured and a car destroyed", "left the hospital
    damaged": a participle naming the state that "leave"/"render" reports,
    not an act (the parser hangs it as ``acl`` of the object, ``oprd``, or
    a verbless ``conj`` clause)."""
    if tok.tag_ not in ("VBN", "JJ"):
        return False
    head = tok.head
    if tok.dep_ == "acl" and head.dep_ in ("dobj", "conj"):
        while head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN", "NUM"):
            head = head.head
        head = head.head
    elif tok.dep_ == "conj":
        if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            return False
    elif tok.dep_ not in ("oprd", "ccomp", "xcomp"):
        return False
    return _lemma(head) in word_classes()["resultative_verbs"]


RELATIVE_PRONOUNS = {"which", "that"}


def _antecedents(pron: Token) -> list[Token]:
    """The nouns just before a relative pronoun ("crashes in 2007, which
    killed 102"): the parser often hangs the clause on the main verb, so the
    antecedent is read from the words before it."""
    start = max(pron.sent.start, pron.i - 6)
    doc, tags = pron.doc, column(pron.doc, POS)  # a Token only for the nouns (speed24)
    return [doc[k] for k in range(start, pron.i) if tags[k] in (NOUN, PROPN)]


def _subject_word(tok: Token) -> Token | None:
    """The first subject up to three clauses up, else a noun's modifier, read
    from the children table (speed48: no Token per child, ~16k per 200 articles)."""
    cur = tok
    for _ in range(3):
        subj = child(cur, SUBJECT_DEPS)
        if subj is not None:
            return subj
        if cur.dep_ in ("conj", "xcomp", "advcl") and cur.head != cur:
            cur = cur.head
            continue
        break
    if tok.dep_ in ("compound", "poss") or tok.pos_ == "NOUN":
        return child(tok, MODIFIER_DEPS)
    return None


SUBJECT_DEPS, MODIFIER_DEPS = {"nsubj", "nsubjpass"}, {"compound", "poss"}


def has_natural_cause(tok: Token) -> bool:
    """"The earthquake killed 20", "floods displaced thousands", "a plane
    crash killed 30", "200 were killed as the floods spread": no deliberate
    act, no event."""
    natural = word_classes()["natural_causes"]
    causes = [_subject_word(tok)]
    kids, doc = children_of(tok), tok.doc  # the children table (speed48)
    if any(dep in ("nsubjpass", "auxpass") for dep, _, _ in kids):
        # "20 were killed by the flood / in the earthquake / during the storm"
        causes += [doc[j] for dep, i, low in kids if dep in ("agent", "prep") and low in
                   ("by", "in", "during") for dep_g, j, _ in children_at(doc, i) if dep_g == "pobj"]
        causes += clause_causes(tok)  # "killed as diseases spread" (events28)
    for pron in [c for c in causes if c is not None and c.lower_ in RELATIVE_PRONOUNS]:
        causes += _antecedents(pron)
    for cause in (c for c in causes if c is not None):
        words = {_lemma(cause), cause.lower_} | {_lemma(c) for c in cause.children
                                                 if c.dep_ == "compound"}
        if not words.isdisjoint(natural):
            return True
    return False


def is_figurative_business(tok: Token) -> bool:
    """"Our economy is hurting", "we hit a home run", "shares hit a high":
    a force or meeting verb whose subject is an economic abstraction (or a
    first-person speaker in business talk with no political object), or
    "talked about" a product with nobody to talk to."""
    if tok.pos_ != "VERB":
        return False
    subj = _subject_word(tok)
    if _lemma(tok) in ("talk", "speak") and any(
            c.dep_ == "prep" and c.lower_ == "about" for c in tok.children) and not any(
            c.dep_ == "prep" and (c.lower_ in ("with", "to") or any(
                _lemma(g) in ("phone", "telephone") for g in c.children)) for c in tok.children):
        return True
    if subj is None or subj.dep_ != "nsubj" or (
            subj.lower_ not in word_classes()["economic_subjects"]
            and _lemma(subj) not in word_classes()["economic_subjects"]):
        return False
    if subj.lower_ in ("we", "i"):  # "we hit a home run", not "we attacked the convoy"
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        return obj is not None and obj.ent_type_ == "" and _lemma(obj) in {
            "run", "home", "homer", "jackpot", "target", "goal", "ball", "number", "record"}
    return True


REFLEXIVES = {"himself", "herself", "themselves", "myself", "yourself", "ourselves"}


def is_force_on_oneself(tok: Token) -> bool:
    """"hanged himself in his cell", "killed herself", "shot himself": a
    verb of force whose only object is its own subject is a suicide, no
    event between parties (the records never label one: rec_g, i, j, k).
    "shot his wife and then himself" has another object and stays."""
    if tok.pos_ != "VERB" or _lemma(tok) not in word_classes()["self_harm_verbs"]:
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objs) and all(o.lower_ in REFLEXIVES and not any(
        g.dep_ == "conj" for g in o.children) for o in objs)


CHARGE_PREPS = {"of", "for", "with", "on", "to"}


def is_charge_name(tok: Token) -> bool:
    """"one count of kidnapping", "tried for rape", "his rape trial",
    "prior convictions for assault": a crime noun with no determiner or
    possessor that a charge, count, trial, plea or record word governs (or
    modifies) names the charge, not the act; the records leave it
    unlabelled (docs/annotation.md "Vigils and charges"). "The kidnapping of
    the girl", "her rape" keep their determiner or possessor and stay."""
    classes = word_classes()
    if tok.lower_ not in classes["charge_crimes"] or tok.pos_ not in ("NOUN", "VERB"):
        return False  # the tagger reads a listed "kidnapping" as a verb at times
    if any(c.dep_ in ("det", "poss", "dobj") for c in tok.children):
        return False
    first = first_conjunct(tok)  # "murder and kidnapping charges"
    if first.dep_ in ("compound", "nmod"):  # "rape trial", "murder and kidnapping charges"
        return _lemma(first.head) in classes["charge_governors"]
    prep = first.head
    return (first.dep_ == "pobj" and prep.lower_ in CHARGE_PREPS
            and _lemma(prep.head) in classes["charge_governors"])


def is_offence_name(tok: Token) -> bool:
    """"prior convictions for burglary, resisting arrest and assault",
    "charged with evading arrest": an arrest noun under a gerund of
    defiance names the offence in a charge or a record, not an arrest (docs/
    annotation.md "Vigils and charges"). The parser reads the offence as a
    noun phrase ("resisting" an ``amod`` of "arrest"), or the gerund with no
    subject and no auxiliary as the object of a charge word's preposition.
    "He was resisting arrest when ...", "the suspect resisted arrest", "after
    resisting arrest for minutes" keep the act (subject, auxiliary, or no
    charge word). Measured (real67_r1 vs r0): 2 real false arrests gone,
    no gold lost."""
    if _lemma(tok) != "arrest" or tok.pos_ != "NOUN":
        return False
    gerunds = word_classes()["offence_gerunds"]
    if any(c.dep_ == "amod" and c.lower_ in gerunds for c in tok.children):
        return True
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lower_ not in gerunds or any(
            c.dep_ in ("nsubj", "aux", "auxpass") for c in verb.children):
        return False
    prep = first_conjunct(verb).head
    return (first_conjunct(verb).dep_ in ("pobj", "pcomp") and prep.lower_ in CHARGE_PREPS
            and _lemma(prep.head) in word_classes()["charge_governors"])


def is_coming_back(tok: Token) -> bool:
    """"the sheriff returned to Los Angeles", "she returned with a handgun",
    "the jury returned a guilty verdict", "they returned to the old rule": a
    person coming back, or a verdict or rule "returned", is no RETREAT.
    RETREAT's "return" gives back what was taken ("returned 248 servicemen",
    "the prisoners were returned") or takes forces back ("troops are
    returning to their bases"); "return fire" and "return to the streets"
    are read as patterns before this class."""
    if tok.pos_ != "VERB" or _lemma(tok) != "return":
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return False  # "were returned": handed back
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is not None:
        return _lemma(obj) in word_classes()["returned_things"]
    subj = _subject_word(tok)
    if subj is None or subj.lower_ in RELATIVE_PRONOUNS:
        return False  # "forces that returned": the antecedent is not read
    forces = word_classes()["security_words"] | word_classes()["armed_groups"]
    return subj.lower_ not in forces and _lemma(subj) not in forces


def is_sought_arrest(tok: Token) -> bool:
    """"a reward for information leading to the arrest of the bomber": an
    arrest a reward or an appeal hopes for has not happened (rec guide: no
    event); "led to the arrest of two men" (past, a verb) stays."""
    if tok.pos_ != "NOUN" or tok.lower_ not in word_classes()["sought_outcomes"]:
        return False
    first = first_conjunct(tok)
    prep = first.head
    return (first.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "leading"
            and prep.head.dep_ == "acl")


def is_medical_attack(tok: Token) -> bool:
    """"suffered a heart attack", "a panic attack": an illness, no assault."""
    return _lemma(tok) == "attack" and any(
        c.dep_ == "compound" and c.lower_ in word_classes()["medical_attacks"]
        for c in tok.children)


PERSON_PRONOUNS = {"he", "she", "him", "her", "they", "them"}


def _suspended_one(tok: Token) -> Token | None:
    """Who is suspended: the object, the passive subject, or the noun a
    relative pronoun stands for ("a worker who had been suspended")."""
    patient = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if patient is not None and patient.lower_ in ("who", "whom", "that") and \
            tok.dep_ == "relcl":
        return tok.head
    return patient


def is_work_suspension(tok: Token) -> bool:
    """"the employee was suspended from her job", "she was suspended on the
    spot", "a worker who had been suspended": a person suspended with no
    office named is an employer's discipline, not a government act
    (docs/annotation.md: "an employer suspending or escorting out an
    employee is not labelled"). "suspended the governor", "suspended three
    deputy ministers", "suspended the talks" stay."""
    if tok.pos_ != "VERB" or _lemma(tok) != "suspend":
        return False
    who = _suspended_one(tok)
    if who is None:
        return False
    classes = word_classes()
    appos = [a for c in who.children if c.dep_ == "appos" for a in c.subtree]
    worker = _lemma(who) in classes["worker_nouns"] or any(
        _lemma(a) in classes["worker_nouns"] for a in appos)
    # a name alone needs its job: "Hiller was suspended from her job" (the tagger
    # also calls "the Simla Agreement" a person)
    from_job = any(c.dep_ == "prep" and c.lower_ == "from" and any(
        _lemma(g) in classes["job_nouns"] for g in c.children) for c in tok.children)
    if not (who.lower_ in PERSON_PRONOUNS or worker
            or (who.ent_type_ == "PERSON" and from_job)):
        return False
    return not any(_lemma(t) in classes["office_nouns"] for t in [*who.subtree, *appos])


def not_an_event(tok: Token) -> bool:
    """Any of the classes above."""
    return (is_modifier(tok) or is_perception_or_state(tok) or is_result(tok)
            or is_left_state(tok) or has_natural_cause(tok) or is_figurative_business(tok)
            or is_charge_name(tok) or is_offence_name(tok) or is_force_on_oneself(tok)
            or is_coming_back(tok)
            or is_question(tok) or is_insisted_claim(tok) or is_sought_arrest(tok)
            or is_medical_attack(tok) or is_work_suspension(tok)
            or is_figurative_sense(tok) or is_backdrop(tok) or is_required_act(tok)
            or is_regulation_act(tok))
