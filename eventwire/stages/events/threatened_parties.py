"""The threatened party of a warning, split from ``roles.py`` along its seam
(the content clauses of a warning verb are read here, nowhere else).

Class *the threatened party of a warning*: "warned that the occupying
troops would face more strikes", "said the invaders will pay a heavy
price", "warned of consequences for the junta". ``roles.roles_for`` adds
these to a threat's recipient candidates.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.mention_lookup import child

# what the threatened party is told it will undergo
SUFFER_VERBS = {"face", "suffer", "pay", "regret", "receive", "bear", "feel", "meet"}
# what a warning says will fall on someone: "consequences for X", "a price for X"
CONSEQUENCE_NOUNS = {"consequence", "consequences", "price", "repercussion", "repercussions",
                     "punishment", "retribution"}
# pronouns that name a party only when restricted: "those behind the violence"
RESTRICTABLE = {"those", "anyone", "anybody", "whoever", "everyone"}
# participles that restrict a wrongdoer by where he is come upon: "anyone found
# with a weapon", "anyone caught looting"
FINDING_VERBS = {"find", "catch"}
# what the vowed act is told with: a modal of the future, obligation or possibility
VOW_MODALS = {"will", "would", "shall", "must", "'ll", "can", "could", "may"}


def _content_clauses(verb: Token) -> list[Token]:
    """A warning's content clauses, with those joined to the first ("warned
    that the army was ready and that Pakistan would bear the consequences")."""
    first = [c for c in verb.children if c.dep_ == "ccomp"]
    return first + [g for c in first for g in c.children
                    if g.dep_ == "conj" and g.pos_ in ("VERB", "AUX")]


def _named_party(tok: Token) -> bool:
    """A noun, or a pronoun restricted to some people ("those behind the
    violence", "anyone who joins"): a bare "it" or "they" is left to the
    other rules."""
    return tok.pos_ in ("NOUN", "PROPN") or (tok.lower_ in RESTRICTABLE and any(
        c.dep_ in ("prep", "relcl", "acl", "amod") for c in tok.children))


def _vowed(clause: Token) -> bool:
    """A content clause that vows an act with no subject of its own: "[anyone
    found ...] will be arrested", "... would face the full force of the law"
    (a modal, no negation, a passive or an undergoing verb)."""
    kids = list(clause.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "neg") for c in kids):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in VOW_MODALS for c in kids):
        return False
    return any(c.dep_ == "auxpass" for c in kids) or clause.lemma_.lower() in SUFFER_VERBS


def _bare_finding(clause: Token) -> bool:
    """A "found"/"caught" with no auxiliary, clause or negation of its own:
    the participle of "anyone found with a weapon" parsed as a verb (the
    parser tags it VBD, so the tag is no guard)."""
    return clause.lemma_.lower() in FINDING_VERBS and not any(
        c.dep_ in ("aux", "auxpass", "ccomp", "neg") for c in clause.children)


def restricted_by_finding(tok: Token) -> bool:
    """``tok`` ("anyone", "those") is the subject of a bare finding
    participle, so restricted as "anyone found ..." is (recip65; read by
    ``recipients.no_one``, which keeps only a restricted "anyone")."""
    return tok.dep_ == "nsubj" and _bare_finding(tok.head)


def found_wrongdoers(verb: Token) -> list[Token]:
    """Class *a wrongdoer restricted by a finding participle, misparsed as its
    own clause* (recip65): in "warned that anyone found with a weapon would be
    arrested", "anyone caught looting will be shot", "warned that anyone found
    to have taken part will face the law", the parser makes "found"/"caught"
    the content clause with "anyone" its subject and the vowed act a second,
    subjectless content clause of the warning verb. The subject of the
    participle is the party the vowed act falls on. Guards: the participle
    has no auxiliary of its own (not "warned that police had found arms and
    would seize them"), its subject is a restricted pronoun or a noun, and a
    later sibling clause vows a passive or undergoing act under a modal with
    no subject and no negation (``_vowed``). Measured (recip65_r2 vs m116,
    40 sets): recipient +2/-1, all own (rec_s-22, rec_x-21; the loss rec_q-27
    is the same construction with no recipient in gold, see the report);
    rec_ao 0.769 -> 0.772 (rec_ao-21)."""
    first = [c for c in verb.children if c.dep_ == "ccomp"]
    out: list[Token] = []
    for clause in first:
        if not _bare_finding(clause):  # a finite "found" has a tense auxiliary or a clause
            continue
        subject = child(clause, {"nsubj"})
        if subject is None or not (subject.lower_ in RESTRICTABLE or subject.pos_ == "NOUN"):
            continue
        # ... or an object, unless its subject is a pronoun only a restriction
        # gives a referent ("anyone caught looting shops": "shops" hung on "caught")
        if subject.lower_ not in RESTRICTABLE and child(clause, {"dobj"}) is not None:
            continue
        if any(later.i > clause.i and _vowed(later) for later in first):
            out.append(subject)
    return out


def _consequence_for(verb: Token, clauses: list[Token]) -> list[Token]:
    """"warned of consequences for those who did", "said provocations would
    have consequences for the Maduro government": the one a consequence
    noun is for."""
    nouns = [g for h in (verb, *clauses) for c in h.children
             for g in ([c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "pobj"]
                       if c.dep_ == "prep" and c.lower_ == "of" else [])]
    return [x for n in nouns if n.lower_ in CONSEQUENCE_NOUNS
            for p in n.children if p.dep_ == "prep" and p.lower_ == "for"
            for x in p.children if x.dep_ == "pobj" and _named_party(x)]


def threatened_parties(verb: Token) -> list[Token]:
    """Class *the threatened party of a warning*: "warned that the occupying
    troops would face more strikes", "said the invaders will pay a heavy
    price", "vowed that the traitors would regret it": the subject of a
    content clause whose verb is one of undergoing (``SUFFER_VERBS``), or
    the passive subject of the content clause ("warned that anyone who
    breaks the curfew will be arrested", "said looters would be shot").
    recips24: also a content clause joined to the first, a restricted
    pronoun ("warned that those behind the attack will pay"), and the one
    a consequence is for ("warned of consequences for the junta")."""
    clauses = _content_clauses(verb)
    out = [s for c in clauses if c.lemma_.lower() in SUFFER_VERBS
           for s in [child(c, {"nsubj"})] if s is not None and _named_party(s)]
    return out + [s for c in clauses for s in [child(c, {"nsubjpass"})] if s is not None] \
        + _consequence_for(verb, clauses) + found_wrongdoers(verb)
