"""Passives and controlled gerunds: which noun does an act the parse
does not give a plain subject (``verb_roles.verb_actor`` and
``verb_roles.subject_of`` use them). Each function names the linguistic class it covers."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.hung_main_verbs import parenthesised_subject
from eventwire.stages.events.mention_lookup import child, covering_actor, pobj
from eventwire.stages.events.participants import is_person_noun

RELATIVE = {"which", "who", "that", "whom"}


def resolve_relative(tok: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ("the
    jurors, who convicted him": the jurors)."""
    if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


# acts whose verb needs its object: with none, the subject undergoes them
# (recip59: "accuse" -- a headline's "Farmer accused of poisoning cattle")
OBJECT_VERBS = {"arrest", "detain", "charge", "convict", "sentence", "jail", "imprison",
                "indict", "rape", "kidnap", "abduct", "deport", "extradite", "expel",
                "execute", "behead", "injure", "wound", "kill", "murder", "capture", "free",
                "release", "rescue", "sack", "oust", "summon", "fine", "ban", "shoot", "stab",
                "accuse", "beat", "torch", "loot"}
# the participles, for lemmas the tagger misreads ("raped" -> "rap")
PARTICIPLES = {v + ("d" if v.endswith("e") else "ed") for v in OBJECT_VERBS} | {
    "shot", "stabbed", "banned", "kidnapped", "beaten"}
# "police charged at the crowd", "fired into the crowd": an active verb of motion
MOTION_PREPS = {"at", "into", "toward", "towards", "through"}


def bare_passive(verb: Token) -> bool:
    """Class *a passive without its auxiliary*: a verb of an act that needs
    an object, with a subject but no auxiliary, object or particle of its
    own, is a passive whose "be" the text left out -- headlines ("Man
    charged with murdering mother", "Opposition leader detained as
    crackdown widens", "Teen arrested in shooting"), a conjunct sharing an
    earlier passive auxiliary ("shops were looted and 200 people
    arrested"), "with X arrested", a reported clause ("says women raped
    as they fled"); its subject undergoes it. Pronoun subjects stay
    active ("they killed": the object is only left unsaid)."""
    subj = child(verb, {"nsubj"})
    if subj is None or subj.pos_ == "PRON" or verb.tag_ not in ("VBN", "VBD") \
            or not (verb.lemma_.lower() in OBJECT_VERBS or verb.lower_ in PARTICIPLES):
        return False
    if child(verb, {"aux", "auxpass", "dobj", "dative", "prt", "xcomp"}) is not None or \
            any(c.dep_ == "ccomp" and not _earlier_headline_clause(c) for c in verb.children):
        return False
    if any(c.dep_ == "conj" and child(c, {"dobj"}) is not None for c in verb.children):
        return False  # "officers shot and wounded a man": the object is shared
    return not any(c.dep_ == "prep" and c.lower_ in MOTION_PREPS for c in verb.children)


def _earlier_headline_clause(clause: Token) -> bool:
    """Class *a headline's earlier clause hung on a later participle*
    (actors61): "Rebels ambush patrol in Kivu; 2 soldiers killed", "Police
    clear camp in Lima; organisers arrested", "Troops repel raid on posts,
    envoy summoned" -- the parser makes the clause before the semicolon or
    comma a complement (``ccomp``) of the bare participle after it. Such a
    clause stands before the participle with the punctuation between; it is
    no complement of the participle and leaves it a passive without its
    auxiliary (not "officials confirmed two soldiers were killed", whose
    complement follows its verb)."""
    verb = clause.head
    return clause.i < verb.i and any(
        t.text in (";", ",", ":") for t in clause.doc[clause.right_edge.i + 1:verb.i])


def adverbial_passive(verb: Token) -> bool:
    """Class *a passive participle as an adverbial clause* (actors61): "if
    convicted, he faces life in prison", "the army vowed to strike back if
    attacked", "once released, the men will be deported", "Convicted of
    fraud, the mayor resigned" -- a past participle hung on the main verb
    (``advcl``) with no subject, auxiliary or object of its own is a
    reduced passive whose understood subject, the main clause's subject,
    undergoes it: that subject is not its doer. Not the elliptical "as"
    clause ("withdrew as agreed", "as planned": no patient), not a
    participle with its own object or auxiliary ("having killed", "if
    convicted them")."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if child(verb, {"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "expl"}) is not None:
        return False
    return all(c.lower_ not in ("as", "than") for c in verb.children if c.dep_ == "mark")


def misparsed_passive(verb: Token) -> bool:
    """Class *a reduced passive read as the main verb*: "two officers
    charged over the shooting appeared in court", "the men detained last
    week were released": a past participle with a subject but no auxiliary
    of its own is a participle modifying that noun, which undergoes it;
    and :func:`bare_passive`."""
    if bare_passive(verb):
        return True
    if verb.tag_ != "VBN" or verb.dep_ in ("conj", "xcomp") or \
            child(verb, {"nsubj"}) is None or child(verb, {"aux", "auxpass", "dobj"}) is not None:
        return False
    return _main_verb_after(verb)


FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _main_verb_after(verb: Token) -> bool:
    """The garden path's sign: a finite verb later in the sentence with no
    subject of its own and no coordination to share one ("officers charged
    over the shooting [prepared] to appear") -- the real main verb, whose
    subject the participle took. A participle that is the only verb of its
    clause ("people protested in Goma", tagged VBN by mistake) stays active."""
    return any(t.tag_ in FINITE and t.dep_ not in ("conj", "aux", "auxpass") and
               child(t, {"nsubj", "nsubjpass", "expl"}) is None
               for t in verb.sent if t.i > verb.i)


def reduced_passive(verb: Token) -> bool:
    """A participle modifying the noun it acts on: "the school [bombed] by
    jets", "villagers [kidnapped] last week". Class *a participle with its
    own object is active* (recips15): the parser also hangs a main verb on
    its subject as a participle when a parenthesis comes between ("The
    attack, claimed by the group, [killed] 25 soldiers", "The strike,
    carried out at dawn, [hit] a school"): a passive has no direct object.
    A bare count is such a noun too ("Three killed in bank fire", recips22).
    Class *a main verb after a parenthesis about its subject* (actors30,
    ``hung_main_verbs``): "The African Union, which has monitors there,
    called on both camps" is active. Class *a headline's topic and its
    news* (recip59): "Bank Robbery: Lena Holt Charged With Theft" -- the
    parser hangs the participle on the topic noun yet gives it the name as
    subject; the subject, not the topic, undergoes it (:func:`bare_passive`)."""
    return verb.dep_ == "acl" and (verb.tag_ == "VBN" or _titled_participle(verb)) \
        and child(verb, {"dobj", "nsubj"}) is None \
        and (verb.head.pos_ in ("NOUN", "PROPN") or verb.head.like_num) \
        and parenthesised_subject(verb) is None


def _titled_participle(verb: Token) -> bool:
    """Class *a title-case headline participle tagged as a past tense*
    (recip59): "Yvonne Hiller Charged With Murder", "Farmer Detained In
    Raid" -- a capitalised "-ed" form of an object verb the parser hangs on
    the noun before it (``acl``) but tags VBD; an ``acl`` is a participle."""
    return verb.tag_ == "VBD" and verb.text[:1].isupper() and verb.i > verb.sent.start \
        and (verb.lemma_.lower() in OBJECT_VERBS or verb.lower_ in PARTICIPLES)


def participle_subject_object(verb: Token) -> Token | None:
    """Class *the people doing something when acted on*: "rebels ambushed
    [soldiers] searching for him", "troops shot [civilians] fleeing the
    town", "gunmen attacked [police] guarding the site" -- the parser reads
    the object as the subject of a gerund clause (``ccomp``) under the
    trigger; with no direct object of its own, that subject is the act's
    object."""
    if child(verb, {"dobj"}) is not None:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VBG"), None)
    subject = child(clause, {"nsubj"}) if clause is not None else None
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


def _bare_passive_conjunct(verb: Token) -> bool:
    """A passive participle coordinated with no subject or auxiliary of its
    own: "killed" in "was shot and killed"."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and \
        child(verb, {"nsubj", "nsubjpass", "aux", "auxpass"}) is None


def shared_agent(verb: Token) -> Token | None:
    """Class *coordinated passives share their agent*: "was shot and killed
    by police", "were beaten and detained by soldiers", "was arrested by
    police and charged": two participles under one passive auxiliary have
    one ``by`` agent, wherever the parser hung it (on the last conjunct, or
    on the first). Only participles with no subject or auxiliary of their
    own share it."""
    if verb.tag_ != "VBN":
        return None
    if child(verb, {"auxpass"}) is not None or reduced_passive(verb):
        for conj in verb.children:
            if conj.dep_ == "conj" and _bare_passive_conjunct(conj) and \
                    (agent := pobj(conj, {"by"})) is not None:
                return agent
    if _bare_passive_conjunct(verb) and (
            child(verb.head, {"auxpass"}) is not None or reduced_passive(verb.head)):
        return pobj(verb.head, {"by"})
    return None


def object_hosting(noun: Token) -> Token | None:
    """Class *object control with the gerund hung on the object*: "accused
    the army of bombing", "accused soldiers and militias of burning",
    "blamed the rebels for starting": the parser attached the of/for/from
    phrase to the verb's object (or its last conjunct); the object does the
    act, the first conjunct standing for the coordination."""
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    if first.dep_ != "dobj" or first.head.pos_ != "VERB":
        return None
    # an actor, not a thing: "raised the cost of fighting" names no one
    return first if is_person_noun(first) or covering_actor(first.doc, first) else None


def passive_controller(verb: Token, prep: Token) -> Token | None:
    """Class *a gerund under a passive verb*: "was accused of shooting",
    "the officer charged with killing", "was arrested after opening fire",
    "a man convicted of murdering": the passive verb's patient (its passive
    subject, or the noun a reduced passive modifies) does the gerund's act
    -- the counterpart of "accused Israel of killing". Not after "by" ("was
    caught by tapping the phones": the hidden agent taps)."""
    if prep.lower_ == "by" or not (verb.tag_ == "VBN" or bare_passive(verb)):
        return None
    subj = child(verb, {"nsubjpass"}) or (child(verb, {"nsubj"}) if bare_passive(verb) else None)
    if subj is not None:
        return resolve_relative(subj)
    return verb.head if reduced_passive(verb) else None


def shared_passive(verb: Token) -> Token | None:
    """Class *a passive conjunct's shared subject is its patient*: "the
    bishop refused to leave and was sentenced", "he fled but was caught",
    "two men were stopped and searched": the subject the conjunct shares
    undergoes it (returned), it does not do it. Also when the conjunct
    shares the auxiliary too (recips13): "was arrested on Tuesday and
    charged with sedition", "were detained and beaten" -- a bare
    participle joined to a passive verb; and :func:`passive_after`,
    :func:`raised_passive`, :func:`participle_complement`."""
    if verb.dep_ == "pcomp":
        return passive_after(verb)
    if verb.dep_ in ("xcomp", "acomp", "oprd"):
        return raised_passive(verb) or participle_complement(verb)
    if verb.dep_ != "conj" or child(verb, {"nsubj", "nsubjpass", "dobj"}) is not None:
        return None
    if child(verb, {"auxpass"}) is None and not (
            verb.tag_ == "VBN" and child(verb.head, {"auxpass"}) is not None):
        return None
    subj = child(verb.head, {"nsubj", "nsubjpass"})
    return resolve_relative(subj) if subj is not None else None


def passive_after(verb: Token) -> Token | None:
    """Class *a passive gerund after a preposition* (recips13): "went on
    hunger strike hours after being arrested", "fled abroad before being
    charged", "died a week after being beaten by soldiers" -- the subject of
    the clause the phrase modifies undergoes the act; its actor is the
    by-agent, if any (``verb_roles.verb_actor``)."""
    if not _bare_passive_participle(verb):
        return None
    prep = verb.head
    if prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    subj = child(prep.head, {"nsubj", "nsubjpass"})
    return resolve_relative(subj) if subj is not None else None


def raised_passive(verb: Token) -> Token | None:
    """Class *a passive infinitive whose subject is raised* (recips13): "one
    protester is believed to have been arrested", "three miners are reported
    to have been killed", "two students are thought to have been detained by
    the secret police", "he wants to be released" -- the subject of the verb
    above undergoes the act (the parse made it the actor); its actor is the
    by-agent, if any (``verb_roles.verb_actor``)."""
    if not _bare_passive_participle(verb):
        return None
    subj = child(verb.head, {"nsubj", "nsubjpass"})
    return resolve_relative(subj) if subj is not None else None


def _bare_passive_participle(verb: Token) -> bool:
    """A passive participle with no subject or object of its own ("being
    arrested", "to have been killed"): its patient stands elsewhere."""
    return verb.tag_ == "VBN" and child(verb, {"auxpass"}) is not None and \
        child(verb, {"nsubj", "nsubjpass", "dobj"}) is None



# verbs whose past-participle complement tells the state their object or subject
# was found or left in: "was seen shot", "found him stabbed", "remain detained"
STATE_HEADS = frozenset({"find", "see", "leave", "remain", "stay", "lie", "keep", "appear",
                         "seem", "become", "report", "confirm", "believe", "fear", "feel"})


def participle_complement(verb: Token) -> Token | None:
    """Class *a participle complement of a verb of finding, seeing or
    remaining* (actors61): "a woman was seen shot in the leg", "the two men
    were found stabbed to death", "the border will remain sealed off",
    "police found him beaten", "three miners were reported killed" -- a bare
    past participle (no subject, auxiliary or object of its own) completing
    such a verb (``STATE_HEADS``) is a passive: the head's object, else its
    subject, undergoes it (returned) and does not do it. Not a causative or
    wish ("had him arrested", "wants them jailed": their subject acts), nor a
    "to" infinitive ("was ordered to leave": :func:`raised_passive` and the
    controller rules)."""
    if verb.tag_ != "VBN" or verb.head.lemma_.lower() not in STATE_HEADS or \
            child(verb, {"nsubj", "nsubjpass", "aux", "auxpass", "dobj"}) is not None:
        return None
    patient = child(verb.head, {"dobj"}) or child(verb.head, {"nsubjpass", "nsubj"})
    return resolve_relative(patient) if patient is not None else None
