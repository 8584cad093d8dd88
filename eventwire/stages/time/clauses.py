"""Clause boundaries that decide which date an event may take (issue #12, branch dates2).

Two classes of the anchoring stage (:mod:`eventwire.stages.time.anchoring`):

* *a date inside a clause describing a noun* — a relative clause or a
  participle clause on a noun has its own time, which is not the time of
  the clause around it: "soldiers, who have been deployed since 2021,
  repelled the insurgents on Tuesday" (the repelling is Tuesday, not 2021);
  "Prayuth, who first seized power in a 2014 coup, said he would not
  resign" (the refusal is not 2014); "protesters, who blocked roads on
  Tuesday, say they will keep up the blockades" (the blockades to come are
  not Tuesday's).
* *attempt or purpose of a dated past act* (branch dates3) — a
  to-infinitive under a verb of trying ("tried to storm the building",
  "attempted to seize the bridge") or the purpose clause of a past act
  ("went on radio on Wednesday to condemn the bombing", "fired tear gas on
  Friday to break up the crowd") is part of that act: it takes the act's
  date, where the future reading of a bare infinitive would leave it
  undated (:func:`attempt_host`). Branch dates44 adds the act of a past
  obligation, ability or attempt noun ("had to use a Taser", "were able to
  disarm her", "foiled an attempt to storm", "trying to disperse").
* *modal future* (branch dates3) — an event under "will"/"would"/"shall"
  has not happened when it is told: a date of the statement that reports
  it is not its date ("said on Wednesday they would appeal", "told the
  radio on Monday: we will not negotiate"); only a date after the modal,
  in its own clause, is ("will deploy troops next week")
  (:func:`modal_future`, :func:`own_future_date`).
* *reported past perfect* — in indirect speech the past perfect is the
  backshifted past of the statement (sequence of tenses), not a
  recollection: "the ministry said its units had targeted only military
  objects", "police denied that officers had used live ammunition",
  "he told a news conference that he had stepped down". Such an event is
  part of the news the statement reports, so it is dated like a past simple
  in the same place (the statement's date, its sentence's date, or the
  undated decision), never forced to ``unknown`` as an undated pluperfect
  recollection is ("the group had once controlled the town"). A negated
  one stays undated ("saying the group had not been consulted": no event
  to date).
* *naming in a free relative* (branch dates5) — "in what the president
  called a coup attempt", "to crush what he called a terrorist uprising",
  "fired on what they described as rioters": the naming verb
  characterises the act around it and has no time of its own (the guide
  leaves it undated), though its sentence gives a date
  (:func:`naming_relative`).
* *"has since" + verb* (branch dates24) — "suspects have since been
  arrested": an act after an earlier one at no stated time is unknown
  (:func:`perfect_since`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.nlp.sentences import sent_of
from eventwire.nlp.spans import doc_index, self_and_heads
from eventwire.stages.factuality.clauses import to_infinitive

NOUN_CLAUSE_DEPS = {"relcl", "acl"}
# verbs whose clausal complement is a report: its past perfect is backshifted
REPORT_LEMMAS = {"say", "tell", "announce", "deny", "claim", "add", "report", "state",
                 "confirm", "insist", "acknowledge", "admit", "allege", "declare", "explain",
                 "note", "reveal", "write", "show", "indicate", "testify", "accuse"}
MAX_CLAUSE_HOPS = 8
# verbs of trying: the attempt is the act, dated with it
CONATIVE_LEMMAS = {"try", "attempt", "manage", "rush", "move", "scramble", "struggle"}
# nouns of trying whose to-infinitive is the attempted act ("an attempt to storm")
ATTEMPT_NOUNS = {"attempt", "bid"}
MODAL_FUTURE = {"will", "would", "shall", "'ll", "wo", "'d"}


def noun_clause_of(tok: Token) -> Token | None:
    """The relative or participle clause on a noun that holds ``tok`` (its
    verb), if any, found by walking up the parse."""
    for cur in self_and_heads(tok, MAX_CLAUSE_HOPS):
        if cur.dep_ in NOUN_CLAUSE_DEPS and cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def in_other_noun_clause(head: Token, trigger: Token) -> bool:
    """The date's token sits in a clause describing another noun, closed
    before the trigger (a subject's clause: "soldiers, who were deployed in
    2020, withdrew"): the date is that clause's. A clause after the trigger
    is left alone ("arrested 23 pirates who threatened a ship on Saturday":
    the parser often hangs the sentence's date on the object's clause), and
    so is a clause on the trigger itself ("a meeting planned for next
    month")."""
    clause = noun_clause_of(head)
    return clause is not None and trigger not in clause.subtree \
        and clause.head != trigger and clause.right_edge.i < trigger.i


def in_set_off_clause_after(head: Token, trigger: Token) -> bool:
    """Class *a set-off description after the act* (branch dates27): the
    date's token sits in a relative or participle clause on another noun
    that opens after the trigger behind a comma — a description added to
    that noun, whose time is its own: "held a vigil in the square, where a
    student was beaten by police on Friday"; "marched in memory of a
    miner, killed in a shaft collapse on Sunday"; "freed the hostages, who
    had been seized on the coast on Monday". A restrictive clause with no
    comma is left alone ("arrested 23 pirates who threatened a ship on
    Saturday": the parser often hangs the sentence's date there)."""
    clause = noun_clause_of(head)
    if clause is None or trigger in clause.subtree or clause.head == trigger \
            or clause.left_edge.i <= trigger.i:
        return False
    before = clause.left_edge.i - 1
    return before >= 0 and clause.doc[before].text == ","


def reported_past_perfect(doc: Doc, trigger: Token) -> bool:
    """The trigger (a past perfect) is inside a statement's content: a quote
    found by the attribution stage, or the clausal complement of a report
    verb ("denied that officers had beaten anyone")."""
    if doc_index(doc, "quotes", "content").containing(trigger.idx):
        return True
    cur = trigger
    for _ in range(3):
        if cur.head == cur:
            return False
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in REPORT_LEMMAS:
            return True
        if cur.dep_ not in ("conj", "xcomp", "advcl"):
            return False
        cur = cur.head
    return False


def relation_clause(word: Token) -> Token:
    """The complement of "after"/"before" in "N units after X": the word
    itself when it heads a prepositional complement ("a day after the
    raid"), the clause it marks ("two days after rebels seized the town"),
    or — class *signal parsed as the verb's preposition* — the verb it
    hangs on when it has no object of its own ("two days after a militant
    attack killed seven soldiers", "hours before police opened fire": the
    parser attaches "after" to the clause's verb)."""
    if word.dep_ == "mark":
        return word.head
    if word.dep_ == "prep" and word.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("pobj", "pcomp") for c in word.children):
        return word.head
    return word


# a word that opens a clause of its own inside the noun phrase ("a day after
# the march in which police fired", "the vote that ousted him"): its verb is
# not the complement's
CLAUSE_OPENERS = {"WDT", "WP", "WP$", "WRB"}
BOUNDARY_PUNCT = {",", ";", ":", "—", "–", "-", "--"}


def subject_as_object_verb(word: Token) -> Token | None:
    """Class *the complement's subject parsed as the signal's object*: in
    "a day after artillery shelling struck a resort", "two days after
    officers of the security service searched the office", "hours before
    a car bomb wrecked the market" the parser makes the complement's subject
    the object of "after"/"before" and hangs its verb elsewhere (a conjunct
    or an adverbial clause of the main verb). The complement's verb is the
    first verb after the signal when only that noun phrase stands between
    them (no comma, dash or relative word) and it is told in the past
    simple; None otherwise (a reduced relative, "a day after a train
    hijacked by rebels", is the noun's, not a clause).

    Measured (records_by_origin, dates64_r2 vs m116, 40 sets): date +4 / -0
    events, own texts of rec_f and rec_am; real texts and every other field
    unchanged."""
    if word.dep_ != "prep" or not any(c.dep_ == "pobj" for c in word.children):
        return None
    doc = word.doc
    inside = set(word.subtree)
    for tok in doc[word.i + 1:sent_of(word).end]:
        if tok.text in BOUNDARY_PUNCT or tok.tag_ in CLAUSE_OPENERS:
            return None
        if tok.pos_ in ("VERB", "AUX") and tok.tag_ != "VBG":  # "rebel shelling killed"
            return tok if past_simple_tag(tok) and tok not in inside else None
    return None


def past_simple_tag(tok: Token) -> bool:
    """VBD, or a clause-heading VBN with no auxiliary (the tagger's misreading
    of a past simple: "hundreds of migrants rushed to cross", "Thousands of
    people protested"); the undated policy's bulletin lead reads it too."""
    return tok.tag_ == "VBD" or (tok.tag_ == "VBN" and tok.dep_ in ("ROOT", "conj") and not any(
        c.dep_ in ("aux", "auxpass") for c in tok.children))


def attempt_host(trigger: Token) -> Token | None:
    """Class *attempt or purpose of a dated past act*: the past-simple verb
    whose attempt ("tried to storm") or purpose ("went on radio to condemn")
    the trigger, a to-infinitive, is; None otherwise. A plan, a promise or a
    demand ("vowed to retake", "called on them to leave") is not an
    attempt: its infinitive has not happened."""
    if trigger.tag_ != "VB" or not to_infinitive(trigger) or trigger.head == trigger:
        return None
    host = trigger.head
    carrier = _carrier(trigger, host)
    if carrier is not None:  # class *act of a past obligation, ability or attempt*
        return carrier
    if not past_simple_tag(host):
        return None
    if trigger.dep_ == "xcomp" and host.lemma_.lower() in CONATIVE_LEMMAS:
        return host
    if trigger.dep_ == "advcl" and not any(c.dep_ == "mark" for c in trigger.children):
        return host
    return None


def _carrier(trigger: Token, host: Token) -> Token | None:
    """Class *act of a past obligation, ability or attempt* (branch dates44):
    the past verb that carries the to-infinitive act when the act was done,
    not planned — "officers had to use a Taser" (the verb "had"), "guards
    were able to disarm him" ("were"), "foiled an attempt to storm the
    building" (the verb the attempt noun hangs from), "riot police, trying
    to disperse the crowd" (the -ing verb of trying, itself an adjunct of a
    past act). None otherwise: "has to", "will have to", "were unable to",
    "an attempt to negotiate next week" under a future verb are not past
    acts (the returned verb is checked for a past simple by the callers),
    nor is "accused the rebels of trying to seize": an accusation's content
    (the guide's "Event dates" rule 2)."""
    lemma = host.lemma_.lower()
    if trigger.dep_ == "xcomp" and lemma == "have" and host.tag_ == "VBD" and not any(
            c.dep_ == "aux" for c in host.children):
        return host
    if trigger.dep_ == "xcomp" and lemma == "able" and host.dep_ == "acomp" \
            and host.head.tag_ == "VBD" and not any(c.dep_ == "neg" for c in host.head.children):
        return host.head
    if trigger.dep_ == "acl" and lemma in ATTEMPT_NOUNS and host.pos_ == "NOUN":
        verb = next((a for a in host.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return verb if verb is not None and past_simple_tag(verb) else None
    if trigger.dep_ == "xcomp" and host.tag_ == "VBG" and lemma in CONATIVE_LEMMAS \
            and not (host.dep_ == "pcomp" and host.head.lower_ == "of"):
        return host  # not "accused X of trying to": the content of a charge
    return None


def modal_future(trigger: Token) -> Token | None:
    """The modal auxiliary ("will", "would", "shall", "won't") of the
    trigger's verb, None when it has none."""
    return next((c for c in trigger.children
                 if c.dep_ == "aux" and c.lower_ in MODAL_FUTURE), None)


def own_future_date(doc: Doc, modal: Token, trigger: Token, start: int) -> bool:
    """A date at character ``start`` dates the modal-future trigger only when
    it comes after the modal in the trigger's own clause ("will deploy 700
    troops next week"), not before it (the statement's "said on Tuesday it
    will deploy")."""
    return modal.idx < start <= trigger.right_edge.idx


NAMING_LEMMAS = {"call", "describe", "term", "dub", "label", "brand", "characterize",
                 "characterise"}


def naming_relative(trigger: Token) -> bool:
    """A naming verb whose object is the free relative "what" ("what X
    called Y", "what X described as Y")."""
    return trigger.lemma_.lower() in NAMING_LEMMAS and any(
        c.lower_ == "what" and c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")
        for c in trigger.children)


def perfect_since(trigger: Token) -> bool:
    """Class *"has since" + verb* (branch dates24): the adverb "since" (no
    object of its own) on a verb in the perfect says the act came at some
    time between an earlier event and now, without saying when ("three
    suspects have since been arrested", "government forces have since
    bombed the towns", "a judge has since ordered him held"). The guide
    leaves such acts unknown: neither the sentence's or statement's date nor
    the publication day is theirs. A date of the verb's own clause ("have
    since arrested two men on Monday") is read before this class."""
    return any(c.dep_ == "advmod" and c.lower_ == "since" and not any(c.children)
               for c in trigger.children) and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in trigger.children)


EARLIER_ADVERBS = {"recently", "previously", "already", "formerly"}
EARLIER_ADJECTIVES = {"previous", "prior", "former", "earlier"}
PAST_TAGS = {"VBD", "VBN"}  # "already operates" is a state of now, not an earlier act


def marked_earlier(trigger: Token) -> bool:
    """Class *an act its own word marks as earlier* (branch dates27): an
    adverb on the verb ("pirates recently seized a tanker", "a man who was
    previously convicted of fraud", "the junta had already banned rallies")
    or an adjective on the noun ("on probation for a previous arrest", "a
    prior conviction", "an earlier raid on the camp") says the act lies
    before the news at a time the text does not give. The guide leaves such
    an act unknown (rule 2: "an act 'recently' done"); neither the
    sentence's, the statement's nor the publication day is its. A date of
    the act's own clause ("previously closed the border in 2015") is read
    before this class. A verb in the present is not the class: "the airline
    already operates six jets" is a state of now."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        return any(c.dep_ == "amod" and c.lower_ in EARLIER_ADJECTIVES
                   for c in trigger.children)
    return trigger.tag_ in PAST_TAGS and any(
        c.dep_ == "advmod" and c.lower_ in EARLIER_ADVERBS for c in trigger.children)
