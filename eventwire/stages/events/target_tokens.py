"""Recipient tokens the grammar of the act names outside its own slots,
found on the parse alone (``roles.py`` and ``verb_roles.py`` turn them into
mentions): the party a threat's condition is put on ("... unless the junta
restores order"), whom force is used to move ("fired tear gas to disperse
the crowd"), the object coordinated verbs share ("beat and arrested"), the
possessor of an arrest ("his detention"), who is under custody, the target
of an act noun given on its light verb or of a headline verb parsed as a
compound, and whom an inquiry or a call is about (``clause_addressees``).

Split from ``targets.py`` (fixes21) when it reached the size limit: this
half reads only tokens, ``targets.py`` the actor mentions.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.mention_lookup import child
from eventwire.stages.events.passives import resolve_relative

# conditions put on the threatened party: "if X attacks", "unless X leaves"
CONDITION_MARKS = {"if", "unless"}
# no party of its own: the threatener itself, a relative pronoun
NOT_CONDITIONED = {"i", "we", "me", "us", "which", "who", "that", "whom"}


def conditioned(verb: Token) -> list[Token]:
    """Class *the party a threat's condition is put on*: "warned it would
    reimpose sanctions if Caracas did not release the data", "threatened
    strikes unless the junta restores order", "said the army would respond
    if the rebels attacked again": the subject of an if/unless clause of
    the threat, or of the threatened act (its content clause), is whom the
    threat is aimed at."""
    hosts = [verb] + [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    hosts += [g for h in hosts[1:] for g in h.children if g.dep_ in ("ccomp", "xcomp")]
    out = []
    for host in hosts:
        for clause in (c for c in host.children if c.dep_ == "advcl"):
            if not any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                       for m in clause.children):
                continue
            subj = child(clause, {"nsubj"})  # an actor acting: "if India's games were moved" no
            if subj is not None and subj.lower_ not in NOT_CONDITIONED:
                out.append(subj)
    return out


# force used for a purpose: "fired tear gas to disperse the crowd"
FORCE_ACTS = {"ASSAULT", "COERCE"}


def purpose_objects(verb: Token) -> list[Token]:
    """Class *whom force is used to move*: "fired tear gas to disperse the
    crowd", "used water cannon to push back the marchers", "fired warning
    shots to drive the fishermen away": when the force's own object is the
    instrument, the object of its purpose infinitive is whom it hits."""
    return [obj for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for obj in [child(c, {"dobj"})] if obj is not None]


# what an attack's outcome clause does to people: "opened fire, killing two"
HARM_LEMMAS = {"kill", "wound", "injure", "hurt", "maim"}


def outcome_victims(verb: Token) -> list[Token]:
    """Class *the harmed of an attack's outcome clause* (recips24): an
    attack verb that names no one hit ("opened fire", "exploded", "fired")
    followed by a participle or a coordinated verb of harm of the same
    subject ("opened fire at the party, killing one man", "a bomb exploded
    at the bank, killing two officers", "opened fire and wounded three
    guards"): whom that clause harms is whom the attack hit."""
    return [obj for c in verb.children
            if c.lemma_.lower() in HARM_LEMMAS and (
                (c.dep_ == "advcl" and c.tag_ == "VBG")
                or (c.dep_ == "conj" and child(c, {"nsubj", "nsubjpass"}) is None))
            for obj in [child(c, {"dobj"})] if obj is not None]


def shared_object(verb: Token) -> list[Token]:
    """Class *coordinated verbs share their object*: a verb with no object
    of its own, joined by "and"/"or" to the next verb of the same subject
    that has one, acts on that object ("police beat and arrested hundreds of
    lawyers", "officers shot and wounded a man", "he shot and killed the
    judge", "crowds stormed and looted the residence")."""
    if child(verb, {"dobj", "dative", "nsubjpass", "ccomp", "xcomp"}) is not None:
        return []
    doc = verb.doc
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.i > verb.i):
        # only "V and V": "was fighting inside Congo and accused X" is two acts
        if conj.pos_ != "VERB" or conj.i != verb.i + 2 or doc[verb.i + 1].dep_ != "cc" \
                or child(conj, {"nsubj", "nsubjpass"}) is not None:
            return []
        obj = child(conj, {"dobj"})
        return [obj] if obj is not None else []
    return []


# acts whose possessor undergoes them: "his arrest", "her detention"
PATIENT_NOUNS = {"arrest", "detention", "kidnapping", "abduction", "killing", "execution",
                 "assassination", "torture", "imprisonment", "deportation", "expulsion",
                 "extradition", "conviction", "sentencing", "trial", "jailing",
                 "arraignment", "indictment"}  # recip35: "his arraignment"
PERSONAL_POSSESSIVES = {"his", "her", "their"}


def patient_possessor(noun: Token) -> Token | None:
    """Class *the possessor of an arrest is the arrested*: a personal
    possessive on a noun of custody or harm ("since his arrest", "before
    her detention", "his kidnapping violated the truce", "their
    deportation") names who undergoes it, not who does it (returned);
    a named possessor is left to the actor rules ("Washington's
    assassination of X")."""
    poss = child(noun, {"poss"})
    if poss is None or poss.lower_ not in PERSONAL_POSSESSIVES \
            or noun.lemma_.lower() not in PATIENT_NOUNS:
        return None
    return poss


# custody and inquiry one is put under or taken into: "under house arrest"
CUSTODY_NOUNS = {"arrest", "detention", "custody", "investigation", "surveillance", "guard",
                 "interrogation", "questioning", "inquiry", "probe", "quarantine"}
CUSTODY_PREPS = {"under", "into", "in"}
# a trial one is on, is put on or stands (roles32): "went on trial", "stood trial"
TRIAL_NOUNS = {"trial", "retrial"}
TRIAL_VERBS = {"stand", "face", "await"}
# every noun of a court proceeding that tries someone (recip49's list and
# not_the_doer's, kept once here: review95)
COURT_NOUNS = frozenset(TRIAL_NOUNS | {"arraignment", "hearing"})
# a proceeding's own phrase that names whom it tries or what it hears: "the
# trial of the three men", "the trial against the mayor", "a hearing of their
# complaints" -- then the subject of "await" / "face" is someone who waits
# for it, not the one tried (review95: "relatives are awaiting the trial of")
OWN_PARTY_PREPS = {"of", "against"}
# verbs that put or keep one on trial: "went / was / remains / was brought on trial"
# (review57: "testified against the men on trial" hangs "on trial" on "testified")
TRIAL_HOSTS = {"be", "go", "put", "place", "remain", "stay", "bring", "appear", "come"}
# custody one leaves: "escaped from house arrest", "was freed from detention"
LEFT_CUSTODY = {"arrest", "detention", "custody"}


def under_custody(noun: Token) -> Token | None:
    """Class *who is under arrest*: a noun of custody or inquiry after
    under / into / in names its patient outside its own phrase -- the
    object of the verb that puts someone there ("police placed the
    journalist under arrest", "took two men into custody"), else the
    clause's subject ("the former president remains under house arrest",
    "five suspects were taken into custody", "he is under investigation"),
    else, in a headline with no verb, the noun the phrase hangs on
    ("Opposition leader under house arrest"). recips27: a relative pronoun
    stands for its noun ("Bolsonaro, who has been under house arrest
    since August"), and custody one leaves names its patient as well ("the
    opposition leader escaped from house arrest", "was freed from
    detention")."""
    if noun.dep_ == "compound":  # the trigger "house arrest" starts on "house"
        noun = noun.head
    prep = noun.head
    if on_trial(noun):
        if noun.dep_ == "pobj":
            return _held(prep.head)
        accused = child(prep, {"nsubj", "nsubjpass"})  # "will stand trial": the subject
        if accused is None and prep.dep_ == "xcomp":  # "was ordered to stand trial"
            return _held(prep.head)
        return resolve_relative(accused) if accused is not None else None
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in CUSTODY_NOUNS or not (
            prep.lower_ in CUSTODY_PREPS
            or prep.lower_ == "from" and noun.lemma_.lower() in LEFT_CUSTODY):
        return None
    return _held(prep.head)


def on_trial(noun: Token) -> bool:
    """Class *who is on trial* (roles32): a trial noun after "on" ("the two
    men went on trial on Monday", "he was on trial for fraud", "prosecutors
    put the general on trial") or the object of "stand" / "face" / "await"
    ("the mayor will stand trial", "she awaits trial in Lagos") names the
    accused outside its own phrase, as custody does: the object of the
    verb that puts someone there, else the clause's subject. review57: the
    "on" phrase counts only on a verb that puts or keeps one there
    (``TRIAL_HOSTS``; not "testified against the men on trial"), and "stand
    trial" under a controlling verb ("was ordered to stand trial", "is
    expected to face trial") takes that verb's object or subject."""
    if noun.lemma_.lower() not in TRIAL_NOUNS:
        return False
    if noun.dep_ == "pobj":
        host = noun.head.head
        return noun.head.lower_ == "on" and (host.pos_ in ("NOUN", "PROPN") or host.pos_ in (
            "VERB", "AUX") and host.lemma_.lower() in TRIAL_HOSTS)
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in TRIAL_VERBS \
        and not names_own_party(noun)


def names_own_party(noun: Token) -> bool:
    """The proceeding's own "of" / "against" phrase or its possessor names
    whom it tries or what it hears (``OWN_PARTY_PREPS``): the subject of the
    verb that awaits or faces it is then not the one tried ("families await
    the trial of the two officers", "relatives await Okafor's trial"; "he
    awaits his trial" is read through the possessor)."""
    return child(noun, {"poss"}) is not None or any(
        c.dep_ == "prep" and c.lower_ in OWN_PARTY_PREPS and child(c, {"pobj"}) is not None
        for c in noun.children)


def _held(host: Token) -> Token | None:
    """Who the custody or trial phrase on ``host`` holds (:func:`under_custody`)."""
    if host.pos_ in ("NOUN", "PROPN", "PRON"):
        return host if host.dep_ in ("ROOT", "nsubj", "appos") else None
    held = child(host, {"dobj"}) or child(host, {"nsubjpass", "nsubj"})
    return resolve_relative(held) if held is not None else None


# verbs that only carry an act noun: "launched air strikes on rebel-held villages"
LIGHT_TARGET_PREPS = {"on", "against", "upon", "to"}


def light_verb_targets(noun: Token) -> list[Token]:
    """Class *the target of an act noun given on its light verb*: an act
    noun that is the object of a verb, whose target phrase the parse hangs
    on the verb ("launched air strikes on rebel-held villages", "launched
    fresh raids against rebel positions",
    "staged protests against the government", "conducted drone attacks on
    the convoy"): every on / against / upon / to object of the verb, in
    order ("at" is left out: "put the crowd at 30,000")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return []
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ in LIGHT_TARGET_PREPS
            for g in c.children if g.dep_ == "pobj"]


# where a headline's act is aimed: "police fire tear gas at crowds"
HEADLINE_TARGET_PREPS = {"at", "on", "against", "upon"}


def headline_compound_targets(noun: Token) -> list[Token]:
    """Class *a headline verb parsed as a compound*: in a verbless headline
    the act's verb is read as a noun modifying its own object ("Kenyan
    police [fire] tear gas at students", "Troops [fire] shells on border
    village", "Serbian police [fire] rubber bullets at fans"): the at / on /
    against objects of that object, the root of the headline, are the
    act's."""
    head = noun.head
    if noun.dep_ != "compound" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return []
    return [g for c in head.children if c.dep_ == "prep" and c.lower_ in HEADLINE_TARGET_PREPS
            for g in c.children if g.dep_ == "pobj"]


# inquiries: "an investigation into X", "will investigate whether X broke"
INQUIRY_LEMMAS = {"investigation", "investigate", "probe", "inquiry", "enquiry"}
# verbs that bring an envoy in to be told something
SUMMON_LEMMAS = {"summon", "summons"}
WHETHER_MARKS = {"whether", "if"}


def _whether_subject(clause: Token) -> Token | None:
    if not any(m.dep_ == "mark" and m.lower_ in WHETHER_MARKS for m in clause.children):
        return None
    return child(clause, {"nsubj", "nsubjpass"})


def clause_addressees(trigger: Token, kind: str | None) -> list[Token]:
    """Two classes of a recipient named inside a clause of the act:

    * *whom an inquiry is into*: the into-object of an investigation or
      probe, on the noun or on its light verb ("opened an investigation
      into the mayor"), or the subject of the whether-clause it asks about
      ("a probe into whether the firm abused its position", "will
      investigate whether the platform broke the rules");
    * *the one a call is for* (REQUEST): the subject of a "for X to do"
      clause ("renewed calls for the education minister to resign", "an appeal
      for the rebels to lay down their arms")."""
    out: list[Token] = []
    if trigger.lemma_.lower() in INQUIRY_LEMMAS:
        hosts = [trigger] + ([trigger.head] if trigger.dep_ == "dobj" else [])
        for prep in (c for h in hosts for c in h.children
                     if c.dep_ == "prep" and c.lower_ == "into"):
            out += [g for g in prep.children if g.dep_ == "pobj"]
            out += [s for g in prep.children if g.dep_ == "pcomp"
                    for s in [_whether_subject(g)] if s is not None]
        out += [s for c in trigger.children if c.dep_ in ("ccomp", "advcl")
                for s in [_whether_subject(c)] if s is not None]
    if kind == "REQUEST":
        out += [s for c in trigger.children if c.dep_ in ("advcl", "acl", "ccomp")
                and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                for s in [child(c, {"nsubj"})] if s is not None]
    return out


def summoned(trigger: Token) -> list[Token]:
    """Class *the one summoned to hear a demand* (recips27): a demand made by
    summoning an envoy or official ("summoned the British envoy to demand an
    apology", "summoned Tokyo's deputy ambassador to demand that the books
    be withdrawn", "summoned the charge d'affaires and demanded an end to the
    raids") is addressed to the one summoned, the object of "summon", when
    the demand is the purpose clause or the conjunct of that verb. Asked
    right after the demanded clause's subject (``roles._addressees``), before
    the demand's own objects ("to demand the release of its traders")."""
    head = trigger.head
    if trigger.dep_ not in ("advcl", "xcomp", "conj") or head.lemma_.lower() not in SUMMON_LEMMAS:
        return []
    return [c for c in head.children if c.dep_ == "dobj"]
