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
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.nlp.spans import doc_index

NOUN_CLAUSE_DEPS = {"relcl", "acl"}
# verbs whose clausal complement is a report: its past perfect is backshifted
REPORT_LEMMAS = {"say", "tell", "announce", "deny", "claim", "add", "report", "state",
                 "confirm", "insist", "acknowledge", "admit", "allege", "declare", "explain",
                 "note", "reveal", "write", "show", "indicate", "testify", "accuse"}
MAX_CLAUSE_HOPS = 8


def noun_clause_of(tok: Token) -> Token | None:
    """The relative or participle clause on a noun that holds ``tok`` (its
    verb), if any, found by walking up the parse."""
    cur = tok
    for _ in range(MAX_CLAUSE_HOPS):
        if cur.dep_ in NOUN_CLAUSE_DEPS and cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.head == cur:
            return None
        cur = cur.head
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
