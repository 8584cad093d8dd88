"""Classes where the lexicon's reading of a word is wrong because of the
clause around it (word lists in ``eventwire/data/events/curated.yaml``):

* **de-escalation read as force** — stopping one's own violence ("would
  halt their military operations", "stopped the shelling", "suspended air
  strikes") is RETREAT (mode ``ceasefire``), and the violence noun is its
  content, not a second event;
* **denials of allegations** — "called the allegations baseless",
  "dismissed the claims as propaganda", "the accusations are false" are
  REJECT; the allegation noun is the content;
* **the event inside a clause** — a legislature that "passed a bill
  mandating the expulsion of troops" acts by voting: the vote is the event,
  typed by what the bill orders, and the ordered act is its content; the
  same when the bill's own verb is the act ("adopted a resolution
  condemning the coup", "approved a law banning the party") and when the
  vote is on an infinitive ("voted to expel the ambassador");
* **headline present tense** — "Plane bombs camp", "Rebels seize town":
  a headline verb the tagger read as a plural noun (``events.headlines``);
* **denials of a named act** — "X denied (that) Y did Z" is one event, Z,
  with modality ``denied`` (docs/annotation.md, batches b, c, d and g): the
  denial verb is no REJECT of its own when its complement holds an act
  ("denied that its troops had fired", "denies targeting civilians",
  "denied its forces had crossed the border"); a denial with no act in it
  ("denied the allegations", "denied any involvement") stays a REJECT,
  and so does one whose act no later check kept ("denied that its stewards
  were at the scene": ``unanswered_denials``).
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from functools import lru_cache

from spacy.tokens import Token

from eventwire.nlp.cues import default_cues
from eventwire.nlp.spans import patient_child as _obj
from eventwire.stages.events.nonevents import word_classes

DENIAL_VERBS = {"deny"}
# the complement of a denial verb: a clause, an infinitive, a gerund object; a
# participle clause ("denied the allegations, calling them a pretext") is no complement
DENIAL_COMPLEMENTS = {"ccomp", "xcomp", "pcomp", "dobj"}  # not a "saying ..." clause


def denies_an_act(verb: Token, triggers: set[int]) -> bool:
    """A denial verb whose complement holds another verb trigger
    (``triggers``: token indices of the sentence's candidates): the denied
    act carries the denial, and the verb is no event. A noun object ("denied
    the allegations", "denied the attack") leaves the REJECT. The denier's
    own statement hung on the complement as a conjunct is not denied
    (``_denied_part``, events39); once it is set apart, a noun trigger left
    in a clausal complement still carries the denial ("denied that its
    members took part in the raid and accused the governor of lying")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in DENIAL_VERBS:
        return False
    comps = [c for c in verb.children if c.dep_ in DENIAL_COMPLEMENTS]
    if not any(t.i in triggers and t.i != verb.i and t.pos_ == "VERB"
               for c in comps for t in c.subtree):
        return False
    return any(t.i in triggers and t.i != verb.i and (t.pos_ == "VERB" or c.dep_ in CLAUSAL)
               for c in comps for t in _denied_part(c))


# a clause the denial governs: an act noun in it is denied too ("denied that its
# guards took part in the beating"); a noun object is the REJECT's content
CLAUSAL = {"ccomp", "xcomp", "pcomp"}


def names_an_act(verb: Token, nouns: Container[int]) -> bool:
    """The denial's complement holds a noun trigger (``nouns``: the token
    indices of the sentence's noun candidates): "denied that its guards
    took part in the beating" denies the beating, whatever became of it,
    so the denial is never a REJECT of its own."""
    return any(t.i in nouns for c in verb.children if c.dep_ in DENIAL_COMPLEMENTS
               for t in _denied_part(c))


def _denied_part(comp: Token) -> list[Token]:
    """The tokens of a denial's complement ``comp`` without the denier's own
    statement the parser hung on it as a conjunct: class *a statement joined
    to the denied clause* (events39) — "denied that its stewards were at
    the scene and accused the police of arresting them", "denied that his
    deputies had encouraged violence and called for calm", "denied that the
    port had been sold and blamed smugglers for the rumour": a speech or blame
    verb with no subject of its own is the denier's next act, not part of
    what is denied."""
    cut = [t for t in comp.subtree if t.dep_ == "conj" and t.i != comp.i and
           _own_statement(t)]
    if not cut:
        return list(comp.subtree)
    dropped = {d.i for t in cut for d in t.subtree}
    return [t for t in comp.subtree if t.i not in dropped]


def _own_statement(tok: Token) -> bool:
    return tok.pos_ == "VERB" and tok.lemma_.lower() in _statement_verbs() and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


@lru_cache(maxsize=1)
def _statement_verbs() -> frozenset[str]:
    """Speech and blame verbs (the attribution cues), less those that can
    themselves be the denied act: the commissives ("denied that troops
    threatened and beat them", "… vowed and sworn revenge") and "post"
    ("denied that the army had posted and armed guards there")."""
    cues = default_cues()
    words = cues.words("speech_act_verbs") | cues.words("speech_verbs")
    return frozenset(words - {"threaten", "vow", "pledge", "promise", "swear", "post"})


def unanswered_denials(denials: Iterable[Token], kept: Iterable[int]) -> list[Token]:
    """Class *a denial whose denied act was not kept* (events39): "denied
    that its stewards were at the scene", "denied that it had paid the
    hackers", "denied that the deals contained security provisions". ``denies_an_act``
    drops the denial verb for the act its complement holds, but when no
    event of the complement survives the sentence's later checks
    (``kept``: the character offsets of the document's kept triggers),
    nothing carries the denial: the records label such a denial a REJECT
    ("a denial whose sentence holds no PLOVER act", docs/annotation.md,
    "Denials"), so the verb is given back. A negated denial denies nothing
    and is not given back (``negated_denial``, review78)."""
    starts = set(kept)
    return [verb for verb in denials if not negated_denial(verb)
            and not any(t.idx in starts for c in verb.children
                        if c.dep_ in DENIAL_COMPLEMENTS for t in _denied_part(c))]


def negated_denial(verb: Token) -> bool:
    """Class *a negated denial* (review78): "never denied that the city had
    paid", "could not deny that the agency paid", "nobody denied that …",
    "did not confirm or deny that …" (the negation on the first conjunct),
    "neither confirmed nor denied …": no denial took place, and the guide
    labels none ("neither confirmed nor denied the attacks" is not
    labelled, docs/annotation.md)."""
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    for head in heads:
        for c in head.children:
            if c.dep_ == "neg" or c.dep_ == "preconj" and c.lower_ == "neither":
                return True
            if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _negative_subjects():
                return True
    return False


@lru_cache(maxsize=1)
def _negative_subjects() -> frozenset[str]:
    return frozenset(default_cues().words("negative_subjects"))


ADVERB_PARTICLES = {"back", "down", "off"}


def _particle(tok: Token) -> str:
    """"scale back" (prt, or an adverb the parser did not call a particle)."""
    prt = next((c.lower_ for c in tok.children if c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES and c.i == tok.i + 1)), None)
    return f"{tok.lemma_.lower()} {prt}" if prt else tok.lemma_.lower()


@lru_cache(maxsize=1)
def _stop_verb_starts() -> frozenset[str]:
    """Every stop verb and every start of one that ends before a space
    ("call" of "call off"): a lemma outside it is no stop verb, with or
    without its particle."""
    return frozenset(e[:i] for e in word_classes()["deescalation_verbs"]
                     for i in range(len(e) + 1) if i == len(e) or e[i] == " ")


def is_deescalation(verb: Token) -> bool:
    """A stop verb whose object is one's own violence."""
    words = word_classes()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _stop_verb_starts():
        return False  # (the particle is read only for a verb that may take one)
    if _particle(verb) not in words["deescalation_verbs"] and \
            verb.lemma_.lower() not in words["deescalation_verbs"]:
        return False
    obj = _obj(verb)
    if obj is None:
        return False
    if obj.lemma_.lower() in ("operation", "campaign"):  # only military ones
        return any(c.lower_ in words["military_words"] for c in obj.children)
    return obj.lower_ in words["violence_objects"] or obj.lemma_.lower() in words[
        "violence_objects"]


def _dismissive(tok: Token) -> bool:
    words = word_classes()["dismissive_words"]
    return any(t.lower_ in words or t.lemma_.lower() in words for t in tok.subtree)


def is_denial(tok: Token) -> bool:
    """"called/described the allegations (as) false", "dismissed the claims",
    or an allegation noun as the subject of "be" + a dismissive word."""
    words = word_classes()
    if tok.pos_ == "VERB" and tok.lemma_.lower() in words["labelling_verbs"]:
        obj = _obj(tok)
        if obj is None or obj.lemma_.lower() not in words["allegation_nouns"] and \
                obj.lower_ not in words["allegation_nouns"]:
            return False
        if tok.lemma_.lower() == "dismiss":
            return True
        rest = [c for c in tok.children if c.i != obj.i and c.dep_ in (
            "oprd", "xcomp", "ccomp", "prep", "acomp", "advcl", "dobj", "attr")]
        return any(_dismissive(c) for c in rest) or _dismissive(obj)
    if tok.dep_ == "acomp" or (tok.pos_ == "ADJ" and tok.dep_ in ("ROOT", "ccomp")):
        head = tok.head if tok.dep_ == "acomp" else tok
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        return subj is not None and tok.lower_ in words["dismissive_words"] and (
            subj.lemma_.lower() in words["allegation_nouns"] or subj.lower_ in words[
                "allegation_nouns"])
    return False


def denied_allegation(tok: Token) -> bool:
    """The allegation noun a denial is about ("the allegations" in "called the
    allegations baseless"): content, not an ACCUSE of its own."""
    words = word_classes()
    if tok.lemma_.lower() not in words["allegation_nouns"] and \
            tok.lower_ not in words["allegation_nouns"]:
        return False
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and is_denial(head):
        return True
    if tok.dep_ == "nsubj":
        return any(c.dep_ == "acomp" and is_denial(c) for c in head.children)
    return False


def vote_content(verb: Token) -> Token | None:
    """"passed a bill [mandating] the expulsion", "[voted] to [expel]": the
    participle or infinitive that says what the voted text orders."""
    words = word_classes()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["vote_verbs"]:
        return None
    if verb.lemma_.lower() == "vote":
        inf = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if inf is not None:
            return inf
    obj = _obj(verb)
    if obj is None or obj.lemma_.lower() not in words["vote_objects"]:
        return None
    for acl in (c for c in obj.children if c.dep_ in ("acl", "relcl")):
        return acl
    return None


def names_a_vote(tokens: Iterable[Token]) -> bool:
    """Some token is a vote verb. Every vote class (``vote_content``,
    ``is_vote_content``, ``voted_in``) needs one in the token's sentence
    (the sentence is one parse tree, its heads never leave it): a sentence
    without one skips them, and ``voted_in`` climbs four heads per word."""
    verbs = word_classes()["vote_verbs"]
    return any(t.pos_ == "VERB" and t.lemma_.lower() in verbs for t in tokens)


def is_vote_content(tok: Token) -> bool:
    """``tok`` is the voted text's own verb ("condemning" in "adopted a
    resolution condemning the coup", "expel" in "voted to expel")."""
    head = tok.head
    if tok.dep_ == "xcomp":
        content = vote_content(head)
    elif tok.dep_ in ("acl", "relcl") and head.dep_ in ("dobj", "nsubjpass"):
        content = vote_content(head.head)
    else:
        return False
    return content is not None and content.i == tok.i


def voted_in(tok: Token) -> Token | None:
    """The vote verb whose bill's clause holds ``tok`` ("the expulsion" in
    "passed a bill mandating the expulsion"), or None."""
    cur = tok
    for _ in range(4):  # each ``.head`` builds a Token: read it once per step
        head = cur.head
        if head.i == cur.i:
            return None
        cur = head
        if cur.dep_ in ("acl", "relcl"):
            noun = cur.head
            if noun.dep_ in ("dobj", "nsubjpass"):
                vote = noun.head
                return vote if vote_content(vote) is not None else None
    return None
