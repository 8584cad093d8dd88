"""In-article coreference, only for what event coding needs.

* Pronouns (he/she/him/her -> last person; they/them -> last group, i.e. an
  organisation, armed group, state or plural agent) within the last three
  sentences become mentions with ``antecedent`` set; an object pronoun
  never takes its own clause's subject (``binding``), "they"/"them" prefer
  a plural agent (``agreement``).
* A short name repeats a longer one ("Mohi" after "Muhammad Mohi") when it is
  that name's last word: same person. Two different full names that share a
  surname are never merged.
* Nominals: "the group", "the militia", "the organisation" -> last group;
  "the <Org> spokesman" -> the last person who speaks for that organisation.
* Spokespeople: "<Org> spokesman <Person>" and "<Person>, (a) spokesman
  for/of <Org>" set ``speaks_for`` on the person (module ``speaks_for``).
"""

from __future__ import annotations

from spacy.attrs import DEP, IDX
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.arrays import column, where_dep, where_lower
from eventwire.nlp.extensions import text_of
from eventwire.nlp.sentences import sent_of, sentence_chars
from eventwire.nlp.spans import SpanIndex
from eventwire.stages.actors.agentive_it import agentive_it
from eventwire.stages.actors.agreement import (
    common_plural,
)
from eventwire.stages.actors.binding import (
    hostile_owner_mentions,
    own_object_mentions,
    own_subject_mentions,
    owned_by_another,
    subject_phrase_mentions,
)
from eventwire.stages.actors.coref_index import (
    WINDOW_SENTENCES,
    MentionIndex,
    fits,
    pronoun_mention,
)
from eventwire.stages.actors.first_person import link_first_person
from eventwire.stages.actors.force_pronouns import bare_force_mention, force_antecedent
from eventwire.stages.actors.partitives import partitive_pronouns
from eventwire.stages.actors.person_nouns import subject_person_pronoun
from eventwire.stages.actors.placed_names import placed_names
from eventwire.stages.actors.repeat_names import repeat_names
from eventwire.stages.actors.speaks_for import (
    SPOKES,
    is_spokes,
    link_speakers,
    spokes_for_nominals,
)

PERSON_PRONOUNS = {"he", "she", "him", "her"}
GROUP_PRONOUNS = {"they", "them"}
ANY_PRONOUN = frozenset(PERSON_PRONOUNS | GROUP_PRONOUNS | {"it"})  # built once, not per token
# possessive determiners stand for an owner: "its forces" -> it, "their fighters" -> they
POSSESSIVES = {"its": "it", "their": "they", "his": "he", "her": "she"}
PRONOUN_FORMS = ANY_PRONOUN | set(POSSESSIVES)  # every word ``_pronouns`` reads
SINGULAR_NEUTER = frozenset({"it", "its"})  # never a plural agent (``singular_candidates``)
GROUP_NOMINALS = {"group", "militia", "organisation", "organization", "movement", "faction"}
_SUBJECT_DEPS = frozenset(get_string_id(d) for d in ("nsubj", "nsubjpass"))


def _sentence_index(doc: Doc) -> tuple[list[int], list[int]]:
    """Sentence number of every character offset's token start, and the
    first character of every sentence."""
    size = len(text_of(doc))
    index = [0] * (size + 1)
    starts = []
    for n, (start_char, end_char) in enumerate(sentence_chars(doc)):  # no Span each (speed38)
        starts.append(start_char)
        index[start_char:min(end_char, size) + 1] = \
            [n] * (min(end_char, size) + 1 - start_char)
    return index, starts


def _subject_starts(doc: Doc, mentions: list[ActorMention]) -> set[int]:
    """Start offsets of mentions that contain a clause subject's head (its
    first character read on the IDX column, not a Token per subject:
    speed57)."""
    index, idx = SpanIndex([(m.start, m.end) for m in mentions]), column(doc, IDX)
    return {mentions[i].start for k in where_dep(doc, ("nsubj", "nsubjpass"))
            for i in index.containing(idx[k])}


def _pronouns(doc: Doc, by_start: MentionIndex) -> None:
    mentions = by_start.mentions
    subjects = _subject_starts(doc, mentions)
    places = placed_names(doc, mentions)  # towns tagged PERSON: no he/she (coref67)
    for tok in (doc[k] for k in where_lower(doc, PRONOUN_FORMS)):  # the rest are skipped below
        low = tok.lower_
        if low == "it" and not agentive_it(tok):
            continue
        if low in POSSESSIVES and tok.tag_ == "PRP$":
            low = POSSESSIVES[low]  # "its air force", "their fighters": the owner
        elif low not in ANY_PRONOUN or tok.tag_ != "PRP":
            continue
        ante = _antecedent(tok, low, by_start, subjects, nouns=False, places=places)
        if ante is None and subject_person_pronoun(tok):
            # a person noun ("a gunman") only when no named person fits
            ante = _antecedent(tok, low, by_start, subjects, nouns=True, places=places)
        if tok.dep_ not in ("nsubj", "nsubjpass"):  # "a brick hit him" after "an officer"
            ante = force_antecedent(
                tok, mentions, by_start.starting(sent_of(tok).start_char, tok.idx), ante,
                lambda t, floor: _add_bare_force(t, floor, by_start))
        if ante is None:
            continue
        # pronouns are never antecedents: appended without indexing
        by_start.pronoun_at[tok.idx] = len(mentions)
        mentions.append(pronoun_mention(tok, mentions, ante))


def _add_bare_force(tok: Token, floor: int, by_start: MentionIndex) -> int | None:
    """A force noun no mention covers, added as one (``force_pronouns``)."""
    m = bare_force_mention(tok, floor, by_start.covers, by_start.mentions)
    if m is None:
        return None
    by_start.add(m)
    return len(by_start.mentions) - 1


def _antecedent(tok: Token, low: str, by_start: MentionIndex, subjects: set[int],
                nouns: bool, places: frozenset[int] = frozenset()) -> int | None:
    """The mention a pronoun stands for: the matrix subject, else the last
    fitting mention (``MentionIndex.last``); ``nouns`` lets a person noun fit;
    a he/she never stands for one of ``places`` (``placed_names``)."""
    mentions = by_start.mentions
    want_person = low in PERSON_PRONOUNS
    plural = low in GROUP_PRONOUNS
    ante = _matrix_subject(tok, by_start, want_person, plural, nouns)
    if ante is None:
        earlier = by_start.starting(0, tok.idx) if tok.tag_ == "PRP" else []
        excluded = own_subject_mentions(tok, mentions, earlier)
        if want_person:
            excluded |= places
        if earlier and tok.dep_ in ("nsubj", "nsubjpass"):
            later = by_start.starting(tok.idx + 1, sent_of(tok).end_char)
            excluded |= own_object_mentions(tok, mentions, earlier, later)
        if low == "it" and tok.dep_ == "dobj":  # the party addressed (agentive_it)
            excluded |= subject_phrase_mentions(tok, mentions, earlier)
        doers = frozenset[int]()
        if tok.tag_ == "PRP$" and owned_by_another(tok, mentions):
            doers = hostile_owner_mentions(tok, mentions, by_start.starting(0, tok.idx))
        ante = by_start.last(tok.idx, want_person, subjects, plural=plural,
                             excluded=excluded | doers, nouns=nouns, topic=_main_subject(tok),
                             singular=low == "it")
        if ante is None and doers:  # review46: no other owner named ("Iran arrested its citizens")
            ante = by_start.last(tok.idx, want_person, subjects, plural=plural,
                                 excluded=excluded, nouns=nouns, topic=_main_subject(tok),
                                 singular=low == "it")
    return ante


def _main_subject(tok: Token) -> bool:
    """The pronoun (or the possessive's noun: "Their relatives accuse")
    is the first subject of its sentence ("They are demanding ..., said a
    diplomat": the reported clause's subject comes first)."""
    subject = tok.head if tok.tag_ == "PRP$" else tok
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    deps = column(subject.doc, DEP)  # the labels, not a Token per word (speed24)
    return not any(deps[k] in _SUBJECT_DEPS for k in range(sent_of(subject).start, subject.i))


def _matrix_subject(tok: Token, by_start: MentionIndex, want_person: bool, plural: bool,
                    nouns: bool = False) -> int | None:
    """Class *subject pronouns in embedded clauses*: the subject (or the
    subject's possessive) of a reported, adverbial or relative clause
    refers to the subject of the clause it is embedded in, even when
    another fitting name stands closer ("Taiwan's ministry said it had
    detected Chinese ships and that it had scrambled jets"; "India
    expelled an official it accused of spying"; "Merkel, who met
    Medvedev, said she would travel"): the nearest such subject before the
    pronoun that fits it."""
    subject = tok.head if tok.tag_ == "PRP$" else tok
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    cur, clause = subject.head, subject
    for _ in range(6):
        if cur == clause or cur.head == cur:
            return None
        clause, cur = cur, cur.head
        if cur.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i >= tok.i:
            continue
        chained = _through_pronoun(subj, by_start, want_person, plural, nouns)
        if chained is not None:
            return chained
        for j in by_start.starting(subj.left_edge.idx, subj.idx + 1):
            m = by_start.mentions[j]
            if m.rule == "pronoun" and m.antecedent is not None:
                j, m = m.antecedent, by_start.mentions[m.antecedent]  # "it said ... it had"
            if m.end > subj.idx and fits(m, want_person, plural, nouns) and \
                    not (tok.lower_ in SINGULAR_NEUTER and common_plural(m)):
                return j
    return None


def _through_pronoun(subj: Token, by_start: MentionIndex, want_person: bool, plural: bool,
                     nouns: bool) -> int | None:
    """Class *a pronoun under a pronoun subject*: when the clause a pronoun
    is embedded in has a pronoun subject, already resolved, the embedded one
    takes the same referent ("It denied that its personnel had attacked
    anyone"; "He said his government would suspend ties"; "They said their
    troops had withdrawn")."""
    j = by_start.pronoun_at.get(subj.idx)
    if j is None:
        return None
    ante = by_start.mentions[j].antecedent
    if ante is None or not fits(by_start.mentions[ante], want_person, plural, nouns):
        return None
    return ante


def _definite(doc: Doc, m: ActorMention) -> bool:
    """"the spokesman", "The Hezbollah spokesman", "the Front's spokesman"."""
    before = text_of(doc)[max(0, m.start - 60):m.start].split()
    return m.speaks_for is not None or bool(before) and before[-1].lower() == "the"


def _role_antecedent(mentions: list[ActorMention], i: int, sent_of: list[int]) -> int | None:
    """Class *role nouns*: a definite role noun ("the spokesman", "the
    official", "the commander") re-mentions the nearest earlier holder of
    that role, within ``WINDOW_SENTENCES``: a person who speaks for the same
    body, else a mention with the same role word and a compatible body."""
    m = mentions[i]
    role = m.text.lower().split()[-1]
    owner = mentions[m.speaks_for].actor_id if m.speaks_for is not None else None
    for j in range(i - 1, -1, -1):
        prev = mentions[j]
        if sent_of[m.start] - sent_of[prev.start] > WINDOW_SENTENCES:
            return None
        sf = prev.speaks_for
        prev_owner = mentions[sf].actor_id if sf is not None else None
        if owner is not None and prev_owner is not None and prev_owner != owner:
            continue
        if prev.kind == "person" and sf is not None:
            return j
        if prev.kind == "agent" and prev.text.lower().split()[-1] == role and prev.rule != \
                "pronoun":
            # "spokesman Jawad al-Talibawi": the named holder of the title
            titled = j + 1 < i and mentions[j + 1].kind == "person" and \
                mentions[j + 1].start - prev.end <= 1
            return j + 1 if titled else j
    return None


def _nominals(doc: Doc, by_start: MentionIndex) -> None:
    mentions, sent_of = by_start.mentions, by_start.sent_of
    for i, m in enumerate(mentions):
        words = m.text.lower().split()
        if not (is_spokes(m) and words[-1] in SPOKES and m.antecedent is None
                and _definite(doc, m)):
            continue
        ante = _role_antecedent(mentions, i, sent_of)
        if ante is not None:
            m.antecedent = ante
            if m.speaks_for is None and mentions[ante].speaks_for is not None:
                m.speaks_for = mentions[ante].speaks_for
    for tok in (doc[k] for k in where_lower(doc, GROUP_NOMINALS)):
        if tok.i > 0 and doc[tok.i - 1].lower_ == "the" and not _of_complement(doc, tok):
            # class *definite group nominals*: "the group" re-mentions a group
            # that was named ("Kataib Hezbollah, one of the factions ... the
            # group": Kataib Hezbollah, not "factions"); a bare one otherwise
            ante = by_start.last(tok.idx, False, named=True, states=False)
            if ante is None:
                ante = by_start.last(tok.idx, False)
            if ante is not None and not by_start.covers(tok.idx):
                start = doc[tok.i - 1].idx
                by_start.add(ActorMention(start=start, end=tok.idx + len(tok.text),
                                          text=text_of(doc)[start:tok.idx + len(tok.text)],
                                          kind=mentions[ante].kind, antecedent=ante,
                                          confidence=0.5, rule="nominal"))


def _of_complement(doc: Doc, tok: Token) -> bool:
    """Class *a group noun with its own "of"* (actors27): "the movement of
    goods", "restrictions on the movement of workers", "the organisation of
    the vote", "the group of seven men" name an act or a new set by their
    complement, and re-mention no group named before."""
    return tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of"


def _sort_and_remap(mentions: list[ActorMention]) -> None:
    """Sort by position; indices held in ``antecedent``/``speaks_for`` follow."""
    order = sorted(range(len(mentions)), key=lambda k: (mentions[k].start, -mentions[k].end))
    new_index = {old: new for new, old in enumerate(order)}
    mentions[:] = [mentions[k] for k in order]
    for m in mentions:
        if m.antecedent is not None:
            m.antecedent = new_index[m.antecedent]
        if m.speaks_for is not None:
            m.speaks_for = new_index[m.speaks_for]


def link_coreference(doc: Doc, mentions: list[ActorMention]) -> None:
    sent_of, sent_starts = _sentence_index(doc)
    repeat_names(mentions)
    link_speakers(doc, mentions)
    _nominals(doc, MentionIndex(mentions, sent_of, sent_starts))
    _sort_and_remap(mentions)
    spokes_for_nominals(doc, mentions)
    _pronouns(doc, MentionIndex(mentions, sent_of, sent_starts))
    partitive_pronouns(doc, mentions, sent_starts)  # "some threw stones" (actors31)
    link_first_person(doc, mentions)
    _sort_and_remap(mentions)
