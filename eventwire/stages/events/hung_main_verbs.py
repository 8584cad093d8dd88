"""Main verbs the parser hung under another word, and whose subject they have
(actors30, issue #12). Both classes left the act with no actor, or gave its
subject to the recipient slot:

* **a main verb after a parenthesis about its subject** — "The African
  Union, which has monitors in the country, called on both camps to stay
  calm", "The Andean Council, which meets in Lima, called for talks", "The
  Farmers' Front, a coalition of twelve unions, called on members to
  march", "The Tenants' Bloc, the largest renters' group, called on the
  council to freeze rents and said ...": after a relative clause or an
  apposition closed by a comma, the parser at times makes the main verb a
  participle (``acl``) on the noun or on a word inside the parenthesis,
  read as a reduced passive ("villagers kidnapped last week"), so the
  subject became the recipient. A verb after
  that closing comma with its own direct object or complement, or the
  phrasal "call on / call for", is active: the noun is its subject. A bare
  participle stays passive ("Two soldiers, who were on patrol, killed in
  blast"), as does one with a "by" agent;
* **two comma-joined verbs of one subject** (headlines mostly) — "Chile
  says it stopped a smuggling ring, accuses Peru of sheltering the
  leaders", "Ghana insists its troops stayed home, blames Togo for the
  clash", "Minister says talks failed, warns unions of a lockout": the
  parser makes the first verb a complement clause of the second, which is
  left with no subject; the first verb's subject does both;
* **a subject with its participle phrase read as a clausal subject**
  (actors31) — "The Tanzanian navy patrolling the channel on Monday
  seized a dhow", "The Nigerian army patrolling the forest on Tuesday
  freed twelve hostages", "The Ghanaian coast guard patrolling the gulf on
  Monday captured a tanker": the parser makes the participle the main verb's clausal subject
  (``csubj``) with the noun as the participle's own subject, so the main
  verb had none; the noun does both. The participle must have its own
  object (a patrol of somewhere): a headline's "Boss Vying For Top Slot
  Found Hanging" is no such phrase.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.mention_lookup import child, children_of, pobj

PARENTHESES = {"relcl", "appos"}
COMPLEMENTS = {"dobj", "dative", "ccomp", "xcomp"}
PHRASAL_ACTIVE = {"call": frozenset({"on", "for"})}
FINITE = {"VBD", "VBZ", "VBP"}


def _after_comma(verb: Token) -> bool:
    return verb.i > 0 and verb.doc[verb.i - 1].text == ","


def _active(verb: Token) -> bool:
    """A participle with its own object or complement, or "call on/for"."""
    if child(verb, COMPLEMENTS) is not None:
        return True
    preps = PHRASAL_ACTIVE.get(verb.lemma_.lower(), frozenset())
    return any(dep in ("prep", "prt") and lower in preps for dep, _, lower in children_of(verb))


def _parenthesised_noun(tok: Token, verb: Token) -> bool:
    """``tok`` has a relative clause or apposition between it and ``verb``."""
    return tok.pos_ in ("NOUN", "PROPN") and any(
        dep in PARENTHESES and tok.i < i < verb.i for dep, i, _ in children_of(tok))


def _subject_slot(noun: Token, verb: Token) -> bool:
    """The noun is the sentence's root, or the subject of a verb after
    ``verb`` ("The Bloc, the main alliance, called on X and said S")."""
    return noun.dep_ == "ROOT" or (noun.dep_ == "nsubj" and noun.head.i > verb.i)


def parenthesised_subject(verb: Token) -> Token | None:
    """The subject noun of a main verb parsed as a participle after a
    comma-closed relative clause or apposition of that noun, hung on the
    noun or on a word inside the parenthesis (the module's first class)."""
    if verb.dep_ != "acl" or not _after_comma(verb) or pobj(verb, {"by"}) is not None \
            or not (verb.tag_ in FINITE or _active(verb)):
        return None
    for tok in (verb.head, *verb.head.ancestors):
        if _parenthesised_noun(tok, verb):
            return tok if _subject_slot(tok, verb) else None
    return None


def comma_joined_subject(verb: Token) -> Token | None:
    """The subject of the first of two comma-joined verbs, for the second,
    which the parser made the first one's head, or a second complement of
    the first (the module's second class). When the first verb is a saying
    and the second has the tense of what it reports, not its own, the second
    goes on with the report and takes the report's subject ("Army says
    rebels attacked a convoy, killed five soldiers", also parsed as a
    conjunct of the saying: "Police say gunmen stormed a hotel, killed four
    guards": the gunmen killed;
    "Chile says it stopped a ring, accuses Peru": Chile accuses)."""
    if verb.tag_ not in FINITE or not _after_comma(verb) or \
            child(verb, {"nsubj", "nsubjpass", "expl"}) is not None:
        return None
    head = verb.head
    if verb.dep_ in ("ccomp", "conj") and head.i < verb.i:
        report = next((verb.doc[i] for dep, i, _ in children_of(head)
                       if dep == "ccomp" and head.i < i < verb.i), None)
        if report is not None and verb.dep_ == "conj":  # "Police say gunmen stormed a
            return _report_subject(verb, head, report)  # hotel, killed guards"
        if report is not None:  # "Poland says S, accuses Y": two complements of "says"
            return _sharer(verb, head, report)
    first = next((i for dep, i, _ in children_of(verb) if dep == "ccomp" and i < verb.i), None)
    if first is None:
        return None
    speaker = verb.doc[first]
    return _sharer(verb, speaker, child(speaker, {"ccomp"}))


def _sharer(verb: Token, first: Token, report: Token | None) -> Token | None:
    """The subject ``verb`` shares: the report's when ``verb`` has the
    report's tense and not the first verb's, else the first verb's."""
    return _report_subject(verb, first, report) or child(first, {"nsubj"})


def _report_subject(verb: Token, first: Token, report: Token | None) -> Token | None:
    """The report's subject when ``verb`` has the report's tense and not
    the saying's (``first``), else None."""
    if report is not None and verb.tag_ == report.tag_ != first.tag_:
        return child(report, {"nsubj"})
    return None


def participle_subject(verb: Token) -> Token | None:
    """Class *a subject with its participle phrase read as a clausal
    subject* (module docstring): the ``-ing`` clausal subject's own
    subject, before it, is the verb's."""
    clause = child(verb, {"csubj"})
    if clause is None or clause.tag_ != "VBG" or clause.i > verb.i \
            or child(clause, {"dobj"}) is None:  # "Boss Vying For Slot Found ...": a headline
        return None
    subj = child(clause, {"nsubj"})
    return subj if subj is not None and subj.i < clause.i else None
