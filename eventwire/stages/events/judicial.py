"""Acts of courts and custody named by general words (issue #12, branch events15).

Found in the missed gold events of real outlets' crime and court copy
across rec_c..rec_n (several stories each); word lists are in
``eventwire/data/events/detection.yaml``. Each function names its class:

* **a court trial named by its noun** — "went on trial", "will face trial",
  "the murder trial of two men", "the trial resumes" (ACCUSE ``allege``,
  docs/annotation.md "Trials"); not "a clinical trial";
* **a court proceeding as the setting of another act** (branch relabel50) —
  "testified at the trial", "during Wednesday's hearing", "After the
  hearing, she was ordered held" (ACCUSE ``allege``): the records labelled
  them in some copies and not in others until docs/annotation.md "Court and
  police procedure words" decided them events; ``court_trial`` leaves them
  to this class;
* **facing charges** — "will face murder and kidnapping charges", "faces two
  counts of murder", "faced more than 50 charges" (ACCUSE ``allege``, the
  trigger spans the verb to the charge noun, as the records mark either);
* **handed over to the authorities** — "the pirates would be handed over to
  the authorities", "handed the suspects over to the judiciary" (COERCE
  ``arrest``, docs/annotation.md "Piracy"); not captives freed ("prisoners
  of war were handed over", RETREAT);
* **questioned by the police** — "were questioned by a magistrate",
  "detectives questioned the guard" (ACCUSE ``investigate``);
* **a confession** — "admitted killing two coworkers", "confessed the
  murder" (CONCEDE, docs/annotation.md "Courts and crime");
* **a court proceeding named by a verb** (branch events44) — "will appear in
  court on Monday", "was due to appear before the magistrates", "would be
  tried for fraud", "a military court will try the officer", "was arraigned
  on Friday" (ACCUSE ``allege``, docs/annotation.md "Arrests and charges":
  the trial's noun is ``detection.court_trial``). The census of the missed
  gold events of m45 (``tools/missed_fine_census.py``) found 29 of them in
  twelve sets, none found by any rule: "appear" and "try" are no verbs of the
  lexicon ("try" is even a non-event: "tried to flee").
* **a court proceeding scheduled** (branch events47) — "A detention hearing
  is set for Monday", "the trial is scheduled to resume", "a plea hearing
  will be held on 6 May", "an arraignment has been scheduled" (ACCUSE
  ``allege``, docs/annotation.md "Courts"): the noun is the subject of a
  scheduling verb. The census of the missed gold events of m50
  (``tools/missed_cause_census.py``) found the court nouns missed mostly as
  words no rule starts from; the scheduled ones are the subset the records
  label every time (5 of 5; "trial date set" is left out: one outlet
  labels it, another copy of the story does not).
* **custody ordered by a court: remanded** (branch events49) — "was
  remanded in custody until 3 June", "magistrates remanded her in custody",
  "the suspect, remanded by a Nairobi court last week" (COERCE ``arrest``,
  docs/annotation.md "Arrests and charges": a remand with no issuer has no
  actor). The census of the real texts' misses of m54
  (``tools/real_event_census.py``) found the court and police procedure
  words the one real-text class (7.2 % of the real misses against 2.5 % of
  the own); of its sub-classes only the remand is labelled every time the
  verb occurs (6 of 6, in rec_f, rec_o, rec_ab, rec_ac), and no rule read
  it: "remand" is no verb of the lexicon. Not a case, a bill or a proposal
  sent back ("remanded the case to the trial judge"), nor a person
  "remanded on bail" (released on conditions).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp.spans import patient_child as _patient
from eventwire.stages.events.custody_holds import PERSONAL, is_person
from eventwire.stages.events.detection import words
from eventwire.stages.events.detection_words import lemma as _lemma
from eventwire.stages.events.detection_words import listed as _in
from eventwire.stages.events.nonevents import word_classes
from eventwire.stages.events.procedure_states import booked_into_jail, sentence_served


def court_trial(tok: Token) -> bool:
    """"went on trial", "will face trial", "the murder trial of two men",
    "the trial resumes": a court trial a defendant goes through is an
    allegation pressed in court (ACCUSE ``allege``, docs/annotation.md
    "Trials"). A trial that is only the time or place of something else
    ("testified during the trial", "a tape played at trial") is
    ``proceeding_as_setting``'s, and "a clinical trial" is no court."""
    if tok.pos_ != "NOUN" or tok.lower_ not in words()["trial_nouns"]:
        return False
    if non_court_trial(tok):
        return False
    head = tok.head
    if tok.dep_ == "pobj":
        if head.lower_ == "on":  # "went on trial", "was on trial for rape"
            return True
        if head.lower_ in words()["trial_circumstances"]:
            return False
    if tok.dep_ == "dobj" and _in(head, "trial_object_verbs"):
        return True
    if tok.dep_ == "nsubj" and _in(head, "trial_subject_verbs"):
        return True
    return _tries_someone(tok)


def proceeding_as_setting(tok: Token) -> bool:
    """"testified at the trial", "during Wednesday's hearing", "After the
    hearing, she was ordered held", "pleaded guilty at a federal hearing",
    "throughout the investigation and trial": a court trial or hearing that
    is the time or place of another act is the proceeding told again
    (ACCUSE ``allege``, docs/annotation.md "Court and police procedure
    words", relabel50, which decided the split the records had). Not a
    detention's condition ("pending trial", "without trial": no setting
    preposition), a right ("a fair trial"), a legislature's hearing ("at a
    Senate hearing"), a hearing whose sentence names no court, its people or
    its acts (``court_context``: "the board set it at its hearing") nor "a
    clinical trial"."""
    if tok.pos_ != "NOUN" or not _in(tok, "setting_proceedings"):
        return False
    pobj = tok.head if tok.dep_ == "conj" else tok  # "the investigation and trial"
    if pobj.dep_ != "pobj" or not _in(pobj.head, "setting_preps"):
        return False
    if non_court_trial(tok) or any(c.dep_ == "amod" and _in(c, "right_trials")
                                   for c in tok.children):
        return False
    if not _in(tok, "court_words"):
        return True  # a trial
    return court_word_holds(tok) and any(_in(t, "court_context") for t in tok.sent)


def scheduled_proceeding(tok: Token) -> bool:
    """"A detention hearing is set for Monday", "the trial is scheduled to
    resume", "a plea hearing will be held in May", "an arraignment has been
    scheduled": a court proceeding named by its noun and put on a court's
    calendar is the allegation pressed in court, told ahead (ACCUSE
    ``allege``, docs/annotation.md "Courts"). The noun is the subject of a
    scheduling verb (detection.yaml ``scheduling_verbs``); not a
    legislature's hearing ("a Senate hearing is set"), "a clinical trial is
    scheduled", a "trial date" (the records label it in one copy of a story
    and not in another), nor a hearing that is only a time ("at the
    hearing", read by ``court_trial`` for trials and left for hearings)."""
    if tok.pos_ != "NOUN" or not _in(tok, "proceeding_nouns"):
        return False
    if tok.dep_ not in ("nsubj", "nsubjpass") or not _in(tok.head, "scheduling_verbs"):
        return False
    if tok.head.pos_ != "VERB" or any(c.lower_ == "against" for c in tok.head.children):
        return False  # "the set", "the hearing was set against a backdrop of unrest"
    if non_court_trial(tok):
        return False
    return court_word_holds(tok) if _in(tok, "court_words") else True  # "a Senate hearing"


def non_court_trial(tok: Token) -> bool:
    """"a clinical trial", "a phase three trial" (the parser hangs "phase" as
    an ``nmod``: events47's probe), "a trial run": no court's."""
    return any(_in(c, "non_court_trials") for c in tok.children
               if c.dep_ in ("amod", "compound", "nmod"))


def _tries_someone(tok: Token) -> bool:
    """"the trial of two men", "the murder trial for the employee", "the
    trial of Lopez": a particular defendant after "of" / "for" — a name, a
    pronoun, or a noun with a determiner or number; a crime there names the
    charge ("on trial for rape", ``nonevents.is_charge_name``)."""
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in ("of", "for"):
            continue
        for g in c.children:
            if g.dep_ != "pobj" or g.lower_ in word_classes()["charge_crimes"]:
                continue
            named = g.ent_type_ == "PERSON" or g.pos_ == "PROPN" or g.lower_ in PERSONAL
            if named or any(d.dep_ in ("det", "poss", "nummod") for d in g.children):
                return True
    return False


def faced_charges(tok: Token) -> int | None:
    """The end of "face(d) ... charges / counts" (the charge noun's index + 1)
    when ``tok`` is "face" whose object names charges; else None."""
    if tok.pos_ != "VERB" or _lemma(tok) != "face":
        return None
    ends = [t.i for c in tok.children if c.dep_ == "dobj" for t in c.subtree
            if _in(t, "charge_nouns") and t.pos_ == "NOUN"]
    return max(ends) + 1 if ends else None


def sentence_received(tok: Token) -> int | None:
    """The end of "was given two life sentences", "received a sentence of
    life", "gets death sentence" (the sentence noun's index + 1): a court's
    sentence named by a general verb and its object is SANCTION ``convict``
    (docs/annotation.md, rec_k's decisions; recall26). The gold sets put the
    trigger on the verb or on the noun, so it spans both. "Was serving a
    life sentence" is a state the records leave unlabelled nine times in
    eleven (recall26 measured it): not read."""
    if _lemma(tok) not in ("receive", "get", "give"):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is None or not _in(obj, "sentence_nouns"):
        return None
    # a court's sentence has a length or kind ("a five-year", "life", "death",
    # "a sentence of 12 years"); "gave the class a sentence to translate", "a
    # complex sentence", "a sentence of dialogue" are lines of text (review35:
    # any adjective, compound or "of" was read as a court's measure)
    # (a count is no measure: "gave the pupils two sentences to translate")
    return obj.i + 1 if measured_sentence(obj) else None


def measured_sentence(noun: Token, modifiers: tuple[str, ...] = ("amod", "compound")) -> bool:
    """A court's measure among the noun's ``modifiers`` or in its "of" phrase
    ("a five-year sentence", "a sentence of 12 years"; court_outcome_nouns adds nummod)."""
    return any(_measure(c) for c in noun.children if c.dep_ in modifiers) or \
        any(_measure(g) for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj")


def _measure(tok: Token) -> bool:
    """A number or a court's measure word (detection.yaml ``sentence_measures``),
    or one among the word's own modifiers ("20 year", "life imprisonment")."""
    return tok.like_num or _in(tok, "sentence_measures") or any(
        c.like_num or _in(c, "sentence_measures") for c in tok.children
        if c.dep_ in ("nummod", "compound", "amod"))


def handed_to_authorities(tok: Token) -> bool:
    """"would be handed over to the authorities", "handed the suspects over
    to the judiciary": custody passed to those who prosecute. Captives freed
    ("hostages handed over to the Red Cross") are a release; things handed
    over ("the records", "evidence") are no custody at all."""
    if tok.pos_ != "VERB" or _lemma(tok) not in ("hand", "turn"):
        return False
    if not any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children):
        return False
    patient = _patient(tok)
    if patient is not None and (_in(patient, "captive_words") or _in(patient, "handed_things")):
        return False
    return any(_in(g, "custody_authorities") for c in tok.children
               if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj")


def questioned_by_authorities(tok: Token) -> bool:
    """"were questioned by a magistrate", "detectives questioned the guard":
    people questioned by police, prosecutors or a judge are investigated
    ("questioned the official result" is a challenge, read elsewhere)."""
    if tok.pos_ != "VERB" or _lemma(tok) not in ("question", "interrogate"):
        return False
    agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    agents += [c for c in tok.children if c.dep_ == "nsubj"]
    if not any(_in(a, "custody_authorities") or _in(a, "questioning_authorities")
               for a in agents):
        return False
    patient = _patient(tok)
    return patient is not None and _is_person(patient)


def _is_person(tok: Token) -> bool:
    """The patient of a judicial act (questioned, charged): a PERSON name, a
    personal pronoun, a custody or a questioned person noun ("employees",
    "witnesses"). Narrower than ``mode_context.is_person`` on purpose: no
    NORP and no plain people nouns ("men", "civilians"): the judicial
    senses are kept for the nouns seen as their patients."""
    return (tok.ent_type_ == "PERSON" or tok.lower_ in PERSONAL or _in(tok, "custody_people")
            or _in(tok, "questioned_people"))


def confession(tok: Token) -> bool:
    """"admitted killing two coworkers", "finally admitted his ruse",
    "confessed the murder": owning up to a wrong (CONCEDE); not "was admitted
    to hospital" (passive), "admitted 30 patients" (people let in) nor
    "admitted his team had been beaten" (a clause: an opinion as often as a
    confession)."""
    if tok.pos_ != "VERB" or _lemma(tok) not in ("admit", "confess"):
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return False
    return any((c.dep_ == "dobj" and not _let_in(c)) or (c.dep_ == "xcomp" and c.tag_ == "VBG")
               for c in tok.children)


def _let_in(obj: Token) -> bool:
    """"admitted 30 patients", "admitted two new members": people let in (a
    count, or a noun of people admitted), not a wrong owned up to."""
    return _in(obj, "admitted_people") or any(c.dep_ == "nummod" for c in obj.children)


def court_appearance(tok: Token) -> bool:
    """"will appear in court on Monday", "is due to appear before Kitwe
    Magistrates Court", "appeared at a hearing": a defendant brought before
    a court. Not "appeared on television", "appeared in the documents",
    "appeared to be", "appeared before the committee" (no court)."""
    if tok.pos_ != "VERB" or _lemma(tok) not in ("appear", "reappear"):
        return False
    return any(court_word_holds(g) for c in tok.children
               if c.dep_ == "prep" and _in(c, "appearance_preps")
               for g in c.children if g.dep_ == "pobj")


def court_word_holds(tok: Token) -> bool:
    """A court word, but not a legislature's hearing ("a Senate hearing", "a
    hearing of the oversight committee": review86)."""
    if not _in(tok, "court_words"):
        return False
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod")]
    mods += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.subtree]
    return not any(_in(m, "non_court_hearings") for m in mods)


def tried_in_court(tok: Token) -> bool:
    """"would be tried for fraud", "is being tried separately", "will be
    tried by a military court", "a garrison court will try the soldier",
    "was arraigned Wednesday": a person tried or arraigned. Not an attempt
    ("tried to flee", "tried calling"), nor a thing tried ("the method was
    tried", "tried the door"): a passive needs a person or a charge, a court
    or a law after for/under/by/in; an active "try" needs a court subject."""
    if tok.pos_ != "VERB":
        return False
    if _lemma(tok) == "arraign":
        return True
    if _lemma(tok) != "try" or any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
        return False
    if any(c.dep_ == "auxpass" for c in tok.children):
        subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        return (subject is not None and _defendant(subject)) or _tried_prep(tok)
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subject is not None and _in(subject, "court_words") and \
        any(c.dep_ == "dobj" for c in tok.children)


def _defendant(tok: Token) -> bool:
    """A person: a name, a pronoun, a person noun ("the former mayor") or a
    number of people ("Nine of those arrested")."""
    return is_person(tok) or tok.like_num


def _tried_prep(tok: Token) -> bool:
    """"tried for fraud", "tried under Yemeni law" (a charge or a law), or
    "tried by a military court", "tried in fast-track hearings" (a court:
    "tried in several provinces" is a method tried)."""
    for c in tok.children:
        if c.dep_ not in ("prep", "agent") or not _in(c, "tried_preps"):
            continue
        if c.lower_ in ("for", "under") or any(_in(g, "court_words") for g in c.children
                                               if g.dep_ == "pobj"):
            return True
    return False


def remanded_in_custody(tok: Token) -> bool:
    """"was remanded in custody", "remanded the two brothers to the city
    jail", "the suspect, remanded by a Nairobi court", "pleaded not guilty and
    was remanded in custody": a person a court sends to custody. The custody
    is named ("in custody", "to the city jail": detection.yaml
    ``remand_places``) or the one remanded is a person (``is_person``: a name,
    a pronoun, a custody noun); the one remanded is the object, the passive
    subject, the noun a participle modifies or the subject a second conjunct
    shares. Not a case, an appeal, a bill or a proposal sent back ("remanded
    the case to the trial judge"), nor "remanded on bail"."""
    if tok.pos_ != "VERB" or _lemma(tok) != "remand":
        return False
    objects = [g for c in tok.children if c.dep_ == "prep" for g in c.children
               if g.dep_ == "pobj"]
    if any(_in(g, "remand_releases") for g in objects):
        return False
    if any(_in(g, "remand_places") for g in objects):
        return True
    remanded = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")),
                    tok.head if tok.dep_ == "acl" else _shared_subject(tok))
    return remanded is not None and is_person(remanded)


def _shared_subject(tok: Token) -> Token | None:
    """The subject a second conjunct shares with the first ("entered a plea
    and was remanded in custody"), else None."""
    if tok.dep_ != "conj":
        return None
    return next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


# (test, type, mode, rule) of the verb classes above, in order; "+trial" is
# read with its phrase ("try" is a non-event word alone: triggers._read_with_phrase)
VERB_CLASSES = ((handed_to_authorities, "COERCE", "arrest", "handover"),
                (remanded_in_custody, "COERCE", "arrest", "remand"),
                (questioned_by_authorities, "ACCUSE", "investigate", "questioning"),
                (confession, "CONCEDE", None, "confession"),
                (court_appearance, "ACCUSE", "allege", "appearance+trial"),
                (tried_in_court, "ACCUSE", "allege", "tried+trial"),
                (booked_into_jail, "COERCE", "arrest", "booked"))


def judicial_act(tok: Token) -> tuple[str, str | None, str, int] | None:
    """(type, mode, rule, trigger end) of the first verb class ``tok`` heads."""
    if tok.pos_ != "VERB" or _lemma(tok) not in JUDICIAL_LEMMAS:
        return None
    if (end := faced_charges(tok)) is not None:
        return "ACCUSE", "allege", "charges", end
    if (end := sentence_received(tok)) is not None:
        return "SANCTION", "convict", "sentence", end
    if (end := sentence_served(tok)) is not None:  # "serving a life sentence" (events51)
        return "SANCTION", "convict", "served", end
    for test, kind, mode, rule in VERB_CLASSES:
        if test(tok):
            return kind, mode, rule, tok.i + 1
    return None


JUDICIAL_LEMMAS = frozenset({"face", "hand", "turn", "question", "interrogate", "admit",
                             "confess", "receive", "get", "give", "appear", "reappear", "try",
                             "arraign", "remand", "serve", "book"})


