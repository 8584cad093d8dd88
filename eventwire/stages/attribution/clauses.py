"""Where a reported clause ends: the parser often hangs the speaker's own
next act on the reported clause ("said [the bill would pass] and accused
…"), and a relay or "according to" phrase may scope over one clause only.
These helpers decide, from the parse, which verb a coordinated verb really
continues and which clause an "according to X" phrase covers."""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from eventwire.nlp.arrays import column
from eventwire.nlp.cues import default_cues
from eventwire.nlp.sentences import sent_of
from eventwire.stages.attribution.marks import trimmed

_CUES = default_cues()
SPEECH_LEMMAS = _CUES.words("speech_verbs")
# stances a speaker takes towards others' acts ("said no vote had taken place
# and [praised] the police"): never the reported clause's own next act
STANCE_ACTS = _CUES.words("speech_act_verbs") - {"claim", "confirm", "admit", "acknowledge",
                                                 "describe", "call", "deny"} | {"reject"}
FINITE_TAGS = ("VBD", "VBZ", "VBP")
# "…, a charge the agency rejected": the outlet's comment on the statement
COMMENT_NOUNS = {"claim", "charge", "allegation", "accusation", "assertion", "assessment"}


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)


def leaves_content(conj: Token) -> bool:
    """Class *the speaker's next act parsed inside the reported clause*: a
    subjectless verb coordinated with the head of a reported clause belongs
    to the speaker's clause when it is itself a speech act ("said the floods
    had destroyed 300 homes and blamed the utility", "said the bill would
    pass and accused rivals of …") or when it is finite while the clause head
    is a bare verb it cannot share auxiliaries with ("demanded that the
    junta reinstate the president and imposed sanctions", "said the vote
    would go ahead and called on observers"); a demand ("alleged that the
    vote had been rigged and called for a recount"); so is a speech participle
    ("said its jets had struck a depot, denying that they had hit homes"); so
    is a stance towards others' acts ("and praised the police", "and
    condemned the raid") and an active verb with an object after a passive
    clause (:func:`_active_after_passive`).
    Only after the cue: before a closing cue ("The minister phoned her
    counterpart and called on Tbilisi to …, the ministry said") every
    coordinated act is reported."""
    head = conj.head
    participle = conj.dep_ == "advcl" and conj.tag_ == "VBG"  # "…, denying that …"
    if not (conj.dep_ == "conj" or participle) or conj.pos_ != "VERB" or _has_subject(conj):
        return False
    speaking = reporting_verb(head)
    if speaking is None or speaking.i > head.i:
        return False  # "A phoned B and called on C, the office said": all reported
    if (conj.lemma_.lower() in SPEECH_LEMMAS and _says_something(conj)) or _calls_for(conj):
        return True
    if participle:
        return False
    if conj.lemma_.lower() in STANCE_ACTS or _active_after_passive(conj, head):
        return True
    return conj.tag_ in FINITE_TAGS and head.tag_ == "VB"


def _says_something(verb: Token) -> bool:
    """A speech verb that leaves the clause says something of its own (a
    clause, an object, an addressee, "for"/"on"/"to"): a bare "and
    responded" after "had come under fire" goes on with the soldiers'
    acts."""
    return any(c.dep_ in ("ccomp", "xcomp", "dobj", "dative", "advcl", "parataxis")
               or (c.dep_ == "prep" and c.lower_ in ("for", "on", "to", "against", "as"))
               for c in verb.children)


def _active_after_passive(conj: Token, head: Token) -> bool:
    """Class *the speaker's act after a passive report*: "said the station had
    been shelled and [ordered an inquiry]", "said the cause had been
    identified and [rejected calls to resign]" — a verb with an object
    cannot share the passive of the reported clause, so it is the speaker's
    next act; one with its own auxiliary ("would not be intimidated but
    would not fire the first shot") is still reported."""
    passive = any(c.dep_ == "auxpass" for c in head.children)
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in conj.children)  # "but would not fire"
    return passive and not own_aux and conj.tag_ == "VBD" and \
        any(c.dep_ == "dobj" for c in conj.children)


def _calls_for(verb: Token) -> bool:
    """"called for a recount", "called on donors to …": a demand, although
    "call" alone is no speech verb ("called him a liar")."""
    return verb.lemma_.lower() == "call" and any(
        c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on") for c in verb.children)


def reporting_verb(clause: Token) -> Token | None:
    """The speech verb whose reported clause ``clause`` heads, if any."""
    if clause.dep_ in ("ccomp", "xcomp") and clause.head.lemma_.lower() in SPEECH_LEMMAS:
        return clause.head
    return None


def trailing_report(clause: Token) -> Token | None:
    """Class *relay clause parsed as the content*: in "X said the talks had
    failed, state television reported" the parser may make "reported" the
    complement of "said" and "failed" its own; the reported clause is the
    one before the comma."""
    if clause.lemma_.lower() not in ("report", "say", "quote"):
        return None
    inner = next((c for c in clause.children if c.dep_ == "ccomp" and c.i < clause.i), None)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if inner is None or subject is None or not inner.i < subject.i < clause.i:
        return None
    return inner if clause.doc[subject.left_edge.i - 1].text == "," else None


def content_last(clause: Token) -> int:
    """Index of the last token of the reported clause headed by ``clause``:
    its subtree, cut before a coordinated verb that :func:`leaves_content`
    (and the "and" / comma before it)."""
    last = clause.right_edge.i
    for conj in clause.children:
        if conj.i > clause.i and leaves_content(conj):
            cut = conj.left_edge.i - 1
            while cut > clause.i and (clause.doc[cut].dep_ == "cc" or clause.doc[cut].is_punct):
                cut -= 1
            last = min(last, cut)
    return before_comment(clause, last)


def listed_last(clause: Token) -> int:
    """Class *a list of reported acts split into sibling complements*
    (branch modality26): spaCy hangs the later members of a list of acts
    on the speech verb as complements of their own ("they say [she forced
    her way in], [walked into the lounge] and …", "cops say [they were able
    to free them], [disarm the woman] …"); a subjectless complement right
    after the reported clause, joined by a comma or "and", goes on with the
    same speaker's list. Index of the list's last token (else
    :func:`content_last`)."""
    last = content_last(clause)
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.i > clause.i or last < clause.right_edge.i:
        return last
    doc = clause.doc
    for sib in verb.children:
        if sib.i <= last or sib.dep_ != "ccomp" or not _listed_act(sib):
            continue
        gap = doc[last:sib.left_edge.i]  # the clause's own trailing comma counts
        if not any(t.text == "," or t.dep_ == "cc" for t in gap) or \
                not all(t.text == "," or t.dep_ == "cc" for t in gap[1:]):
            break
        last = content_last(sib)
    return last


def _listed_act(verb: Token) -> bool:
    """A bare act that can continue a list: a verb with nothing before it
    but auxiliaries and adverbs (no subject, no "though a poll indicates
    …"), no clause of its own, and not itself a speech or stance act ("and
    warned that …": the speaker's next act)."""
    return verb.pos_ == "VERB" and not _has_subject(verb) and \
        verb.lemma_.lower() not in SPEECH_LEMMAS | STANCE_ACTS and \
        not any(c.dep_ in ("mark", "ccomp") for c in verb.children) and \
        all(c.dep_ in ("aux", "neg", "advmod") for c in verb.children if c.i < verb.i)


def before_comment(head: Token, last: int) -> int:
    """Class *the outlet's comment on a statement*: "accused the agency of
    hiding the figures, [a charge the agency rejected]", "said troops had
    fired first, [an allegation the army denied]" — an appositive claim
    noun after a comma is not what the speaker said."""
    doc = head.doc
    window = doc[head.i + 1:last + 1]
    # the labels are read on the DEP column: a Token only for an appositive
    # (speed29: a Token per word of every reported clause, ~10k per 200 articles)
    deps = column(doc, DEP)
    for i in range(window.start, window.end):
        if deps[i] not in _COMMENT_DEPS:
            continue
        tok = doc[i]
        if tok.lemma_.lower() in COMMENT_NOUNS and doc[tok.left_edge.i - 1].text == ",":
            return tok.left_edge.i - 2
    return last


_COMMENT_DEPS = frozenset({get_string_id("appos"), get_string_id("npadvmod")})


def continued_verb(conj: Token) -> Token | None:
    """For a verb that :func:`leaves_content`, the speech verb whose clause
    it continues ("blamed" in "said … and blamed …" continues "said")."""
    return reporting_verb(conj.head) if leaves_content(conj) else None


def object_content_last(verb: Token, dobj: Token) -> int:
    """Class *accusation with its charge*: "accused [the government of
    breaking its promise]" — the object and its "of"/"for" phrase, not what
    follows ("…, a charge the agency rejected", "…, and the employers
    demanded …")."""
    last = dobj.right_edge.i
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for") and prep.i > dobj.i:
            last = max(last, prep.right_edge.i)
    return before_comment(dobj, last)


def scope_head(according: Token) -> Token:
    """The verb an "according to X" phrase modifies (through a noun it hangs
    on: "The death toll, according to officials, rose")."""
    head = according.head
    while head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
    return head


def according_parts(according: Token, sent: Span) -> list[Span]:
    """Class *scope of "according to X"*: the phrase covers the clause it
    modifies, not the whole sentence: "The talks collapsed on Monday and,
    according to diplomats, [will not resume before spring]"; "the town,
    which according to residents [had been shelled overnight], was …"; on
    the main verb, or opening or closing the sentence, it covers the whole
    sentence, in one or two parts ("[The death toll], according to
    officials, [rose to 40]"; "[Washington refused … and deployed …],
    according to lawmakers", however the parser attaches it); closing a
    sentence of clauses with their own subjects, it covers the last one
    (:func:`_last_own_clause`)."""
    doc = according.doc
    head = scope_head(according)
    pp_first, pp_last = according.i, according.right_edge.i
    at_edge = pp_first == sent.start or all(t.is_punct or t.is_space
                                            for t in doc[pp_last + 1:sent.end])
    first, last = (sent.start, sent.end - 1) if head == sent.root or at_edge else \
        (head.left_edge.i, head.right_edge.i)
    closing = pp_first > sent.start and at_edge
    if closing and (clause := _last_own_clause(sent.root, pp_first)) is not None:
        first = clause.left_edge.i  # "A fired …, and six were killed, [according to X]"
    parts = [trimmed(doc, first, pp_first - 1) if pp_first > first else None,
             trimmed(doc, pp_last + 1, last) if pp_last < last else None]
    return [p for p in parts if p is not None
            and not all(t.tag_ in ("WDT", "WP") or t.dep_ == "cc" or t.is_punct or t.is_space
                        for t in p)]


def _last_own_clause(root: Token, before: int) -> Token | None:
    """Class *closing "according to X" after clauses with their own
    subjects*: "Security forces fired tear gas, and at least six people were
    killed, according to a rights group" — the source vouches for the last
    clause only; coordinated verbs sharing one subject ("Washington refused
    … and deployed …, according to lawmakers") stay one clause."""
    clauses = [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
               and c.i < before and _has_subject(c)
               and any(t.dep_ == "cc" for t in root.children if root.i < t.i < c.left_edge.i)]
    return clauses[-1] if clauses else None


TIME_UNITS = _CUES.words("measured_time_units")  # one list with measured.py
SEQUENCE_WORDS = {"after", "before", "since"}
_NPADVMOD = get_string_id("npadvmod")


def _narration_adjuncts(content: Span) -> list[Span]:
    """Measured time relations in ``content``: "hours after the missile
    strike", "a day after its artillery shelled an island"."""
    doc = content.doc
    found = []
    deps = column(doc, DEP)  # a Token only for the npadvmod words (speed24)
    for tok in (doc[i] for i in range(content.start, content.end) if deps[i] == _NPADVMOD):
        if tok.lemma_.lower() not in TIME_UNITS:
            continue
        if any(c.lower_ in SEQUENCE_WORDS and c.dep_ == "prep" for c in tok.children):
            root = tok  # "Hours after the strike": after hangs on "Hours"
        elif tok.head.lower_ in SEQUENCE_WORDS and tok.head.dep_ == "prep":
            root = tok.head  # "Two days after the vote": "days" hangs on after
        elif any(c.lower_ in SEQUENCE_WORDS and c.dep_ == "mark" for c in tok.head.children):
            root = tok.head  # "a day after its artillery shelled": a clause
        else:
            continue
        found.append(doc[root.left_edge.i:root.right_edge.i + 1])
    return found


def without_narration(content: Span, cue_before: bool) -> Span:
    """Class *the outlet's narration hung on a reported sentence*: a measured
    time relation opening the sentence ("[Hours after the missile strike],
    warplanes pounded …, residents said") or closing it after the cue ("The
    army said it had retaken the town, [hours after rebels stormed a base]")
    is the outlet placing the statement in its story, not what the speaker
    said (docs/annotation.md). One inside the sentence, before a closing cue
    ("X resumed strikes, six hours after it had halted fire, witnesses
    said"), stays in the content."""
    doc = content.doc
    first, last = content.start, content.end - 1
    for adjunct in _narration_adjuncts(content):
        if adjunct.start == first == sent_of(content).start and adjunct.end < last and \
                doc[adjunct.end].text == ",":
            first = adjunct.end + 1
        elif cue_before and adjunct.end - 1 == last and adjunct.start > first and \
                doc[adjunct.start - 1].text == ",":
            last = adjunct.start - 2
    return doc[first:last + 1] if (first, last) != (content.start, content.end - 1) and \
        first <= last else content


def first_of_subtree(tok: Token) -> Token:
    """The first token ``tok.subtree`` yields (its first left child's first,
    down to a word with no left child), without building the whole subtree
    (speed29: a Token per word of every reported clause, ~17k per 200
    articles). It is ``left_edge`` in a projective parse."""
    while (left := next(tok.lefts, None)) is not None:
        tok = left
    return tok
