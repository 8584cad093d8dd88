"""The bare-object options of the recipient ranker: the parse's objects
that name no actor mention ("arrested him", "stabbed his wife", "rescued
the ship"), each an unnamed party of the story's country labelled by its
kind (:func:`bare_objects`: a pronoun, a person, a site or a plain noun),
and the one an urging or accusing verb addresses (:func:`addressed_bare`).

Why a module of their own (split94): telling a person or a site from any
other noun (kin and role words, a "who" clause or a personal name, the
patient of a custody verb, goods and nobody) is one purpose with its own
word lists, apart from the relation features and PLOVER's kept target of
``recipient_options.py``; ``roles.py`` asks for these options and
``recipients.py`` decides which kinds may fill an empty slot
(:data:`FILL_RULES`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.sentences import sent_of
from eventwire.stages.events.aimed import aimed_at
from eventwire.stages.events.building_sectors import told_before_sectors
from eventwire.stages.events.lexicon_candidates import MEASURE_NOUNS
from eventwire.stages.events.mention_lookup import NOT_RECIPIENTS, look_through
from eventwire.stages.events.nominal_patients import nominal_patient, patient_pronoun
from eventwire.stages.events.origin_of_things import THING_NOUNS
from eventwire.stages.events.participants import recipient_mention
from eventwire.stages.events.target_sites import is_site, site_sectors

# class *an unnamed person acted on*: people named by kin, role or plain
# person nouns the actor tables do not hold ("stabbed his wife", "shot his
# former co-workers", "killed a pregnant mom")
PERSON_WORDS = frozenset({
    "man", "men", "woman", "women", "person", "people", "child", "children", "kid", "kids",
    "baby", "wife", "husband", "brother", "sister", "mother", "mom", "father", "dad", "son",
    "daughter", "stepchildren", "stepson", "stepdaughter", "relative", "relatives", "friend",
    "friends", "girlfriend", "boyfriend", "neighbor", "neighbour", "neighbors", "neighbours",
    "co-worker", "coworker", "coworkers", "colleague", "colleagues", "victim", "victims",
    "individual", "individuals", "suspect", "suspects", "student", "students", "worker",
    "workers", "employee", "employees",
    # recips30: young people, a ship's or bus's people, those guarding or
    # serving someone, the held ("shot a boy", "kidnapped the crew", "two
    # of his aides were shot dead", "arrested two accomplices")
    "boy", "boys", "girl", "girls", "teen", "teens", "teenager", "teenagers", "crew", "crews",
    "passenger", "passengers", "driver", "drivers", "couple", "aide", "aides", "bodyguard",
    "bodyguards", "guard", "guards", "hostage", "hostages", "accomplice", "accomplices",
    "staff", "staffer", "staffers"})
# the kinds of bare object the ranker may fill an empty slot with (a bare
# common noun never won: "rescued the ship", "searched apartment buildings";
# a site attacked, ``target_sites``, is told apart from other nouns, recips14)
FILL_RULES = frozenset({"bare_person", "bare_pron", "bare_site"})
PERSON_PRONOUNS = frozenset({"him", "her", "them", "you", "us", "me", "he", "she", "they"})


# "whose" marks nothing: things have it too ("a company whose shares fell")
PERSONAL_RELATIVES = frozenset({"who", "whom"})
# "after the hearing, Hiller, 43, was ordered held": a time's noun is no person
TIME_PREPS = frozenset({"after", "before", "during", "since", "until", "following"})


def _name(tok: Token) -> bool:
    """A personal name the tagger found, not a shouted or headline-initial
    word it took for one ("KATHMANDU, March 29 -", "Chaos in Brooklyn as ...")."""
    return tok.ent_type_ == "PERSON" and not tok.is_upper and tok.i != sent_of(tok).start


def _of_object(tok: Token) -> bool:
    """The object of a noun's "of" ("the owner of the car", "the driver of
    a van"): a relative clause after it may belong to the noun before
    ("the owner of the car who fled"), so it marks neither (review68)."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.dep_ == "prep" \
        and tok.head.head.pos_ in ("NOUN", "PROPN")


def marked_person(tok: Token) -> bool:
    """Class *a person the text marks as one*: a noun the tables do not hold
    is a person when the sentence says so -- a relative clause opened by
    "who"/"whom" ("detained a retired bookkeeper who had shouted
    at the judge", "caught a hitchhiker who had stolen a van", "stabbed the
    landlord who had evicted him"), or a personal name as the head or
    in apposition ("detained Archbishop Rafael Ortiz", "questioned
    the bakery's manager, Ingrid Solberg", "fined welder Piotr Nowak"). A
    relative "which"/"that"/"whose" ("raided a firm whose directors had
    fled"), a place name or a noun of time ("after the
    hearing, Nowak was held") marks nothing, nor does a "who" clause after
    a noun's "of" object ("the owner of the car who fled": :func:`_of_object`)."""
    if _name(tok):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in TIME_PREPS:
        return False
    for c in tok.children:
        if c.dep_ == "relcl" and not _of_object(tok) and any(
                w.lower_ in PERSONAL_RELATIVES for w in c.children
                if w.dep_ in ("nsubj", "nsubjpass", "dobj")):
            return True
        if c.dep_ == "appos" and _name(c):
            return True
    return False


# verbs whose patient is a person whatever noun names it ("indicted an
# electrician", "two farmhands were detained", "convicted the landlord")
PERSON_PATIENT_VERBS = frozenset({
    "arrest", "indict", "convict", "sentence", "jail", "imprison", "acquit", "handcuff",
    "interrogate", "detain", "charge", "extradite", "prosecute"})
# the participles of those verbs, for headline capitals the lemmatiser leaves ("ARRESTED")
PERSON_PATIENT_PARTICIPLES = frozenset(
    {v + ("d" if v.endswith("e") else "ed") for v in PERSON_PATIENT_VERBS})
NOBODY = frozenset({"nobody", "none", "noone"})


def person_patient(tok: Token) -> bool:
    """Class *the one a custody or court verb acts on is a person* (recip34):
    the object or passive subject of arrest, indict, convict, sentence,
    detain, charge ... -- "an electrician was indicted in Ohio",
    "police detained two farmhands at a checkpoint", "a plumber has been
    charged in the deaths" -- whatever the noun, these verbs take people
    (a vessel detained is a site: ``_bare_kind`` asks ``is_site`` first).
    Not a negated one: "no one was detained", "nobody has been charged";
    nor a measure or goods ("detained a shipment of rifles", "two tonnes of
    cocaine were detained", "detained the goods": things, review75). recip35:
    also the patient of a noun of harm or custody ("the killing of a
    vendor", "the baker's arrest": ``nominal_patients``)."""
    verb = tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in PERSON_PATIENT_VERBS
    return (verb or headline_patient(tok) or nominal_patient(tok)) and not _negated(tok) \
        and not _goods(tok)


def _custody_verb(verb: Token) -> bool:
    return verb.lemma_.lower() in PERSON_PATIENT_VERBS or verb.lower_ in PERSON_PATIENT_PARTICIPLES


def headline_patient(tok: Token) -> bool:
    """Class *the patient of a custody verb's passive without "be"*
    (recip59): headlines and reduced relatives drop the auxiliary, and the
    parser then makes the patient the subject of a bare participle ("Driver
    Charged", "RECEIVER ARRESTED", "Teen arrested in shooting":
    ``passives.bare_passive``) or the head noun the participle modifies
    ("Texas accountant charged with murder", "a bookkeeper detained last
    week": ``passives.reduced_passive``) -- neither is the dobj/nsubjpass
    :func:`person_patient` asks for, so an unlisted person noun ("accountant",
    "receiver", "gangmember") was left a plain noun and no slot was filled. A
    noun in apposition to such a subject ("Chargers receiver arrested") counts
    as the subject."""
    from eventwire.stages.events.passives import bare_passive, reduced_passive

    if tok.dep_ == "appos" and tok.head.dep_ == "nsubj":
        tok = tok.head
    if tok.dep_ == "nsubj" and _custody_verb(tok.head) and bare_passive(tok.head):
        return True
    return any(c.dep_ == "acl" and _custody_verb(c) and reduced_passive(c) for c in tok.children)


def _goods(tok: Token) -> bool:
    """A measure or a noun of goods (``MEASURE_NOUNS``, ``THING_NOUNS``)."""
    lemma = tok.lemma_.lower()
    return lemma in MEASURE_NOUNS or lemma in THING_NOUNS or tok.lower_ in THING_NOUNS


def _negated(tok: Token) -> bool:
    """"no one", "nobody", "none", "no suspects": a noun that names nobody."""
    return tok.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _bare_kind(tok: Token, pron: bool) -> str:
    """``pron``, ``person`` (a kin/role/person noun, or one the text marks
    as a person: :func:`marked_person`), ``site`` (a place or vehicle that
    stands for its people, ``target_sites``, even with a personal name in
    apposition: a vessel or building named after someone) or ``noun``."""
    if pron:
        return "pron"
    if tok.lemma_.lower() in PERSON_WORDS or tok.lower_ in PERSON_WORDS:
        return "person"
    if is_site(tok):  # "boarded the vessel, Santa Lucia": a site named after a person
        return "site"
    if aimed_at(tok):  # "opened fire on a patrol", "threw bottles at the referees"
        return "person"
    return "person" if marked_person(tok) or person_patient(tok) else "noun"


def bare_objects(doc: Doc, candidates: list[Token], found: list[ActorMention],
                 actor: ActorMention | None) -> list[ActorMention]:
    """Class *an unnamed object acted on*: a candidate of the parse (the
    object of "arrest him", "stabbed his wife", "rescued the ship") that
    names no actor mention -- an option the ranker may fill an empty slot
    with, as an unnamed civilian of the story's country (``rule``
    ``bare_pron``, ``bare_person``, ``bare_site`` or ``bare_noun``: which is
    a feature; a site gets the sector of whom it stands for)."""
    from eventwire.stages.actors.home import story_country

    taken = [(m.start, m.end) for m in found] + (
        [(actor.start, actor.end)] if actor is not None else [])
    out: list[ActorMention] = []
    for cand in candidates:
        tok = look_through(cand)
        if tok.pos_ not in ("NOUN", "PRON", "PROPN") or tok.ent_type_ in NOT_RECIPIENTS \
                or recipient_mention(doc, tok) is not None:
            continue
        pron = tok.pos_ == "PRON"
        if pron and tok.lower_ not in PERSON_PRONOUNS and not patient_pronoun(tok):
            continue
        span = doc[tok.i:tok.i + 1] if pron else doc[tok.left_edge.i:tok.i + 1]
        if any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        taken.append((span.start_char, span.end_char))
        kind = _bare_kind(tok, pron)
        home = out[0].country if out else story_country(doc)
        sectors = (site_sectors(tok) or told_before_sectors(tok)) if kind == "site" \
            else ["CVL"]
        out.append(ActorMention(start=span.start_char, end=span.end_char, text=span.text,
                                kind="agent", country=home, sectors=sectors, confidence=0.2,
                                rule=f"bare_{kind}"))
    return out



# verbs whose object is always the one addressed or accused: "urged X to",
# "called on X to", "accused X of", "blamed X for"
ADDRESS_VERBS = {"REQUEST": {"urge", "ask", "press", "call", "appeal", "encourage"},
                 "ACCUSE": {"accuse", "blame"}}



def addressed_bare(doc: Doc, trigger: Token, kind: str | None,
                   options: list[tuple[str, int, ActorMention]]) -> ActorMention | None:
    """Class *the one urged or accused, named by a common noun* (recips24):
    "urged other members to cut off the funding", "called on aid
    organisations to send help", "accused Western powers of meddling" --
    the object of an urging verb with a "to" complement, or of an accusing
    verb with an "of"/"for" complement, is whom the act addresses even
    when no actor mention covers it (the bare option, an unnamed party of
    the story's country)."""
    verbs = ADDRESS_VERBS.get(kind or "")
    if not verbs or trigger.lemma_.lower() not in verbs:
        return None
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if obj is None and trigger.lemma_.lower() in ("call", "appeal"):
        obj = next((g for c in trigger.children if c.dep_ in ("prep", "prt")
                    and c.lower_ in ("on", "upon", "to") for g in c.children
                    if g.dep_ == "pobj"), None)
    if obj is None or not _addressed(trigger, kind):
        return None
    return next((m for src, _, m in options if src == "bare"
                 and m.start <= obj.idx < m.end), None)


def _addressed(trigger: Token, kind: str | None) -> bool:
    """The verb's complement, on the verb or on its object, says what is
    asked ("to" + verb) or what is blamed ("of" / "for")."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    for c in (c for h in heads for c in h.children):
        if kind == "REQUEST" and c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
            return True
        if kind == "ACCUSE" and c.dep_ == "prep" and c.lower_ in ("of", "for"):
            return True
    return False
