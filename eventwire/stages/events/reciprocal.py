"""Reciprocal and joint acts: the co-actors of a compound subject and who
is the recipient when several parties act on each other
(docs/annotation.md, "Reciprocal actors"; docs/actors.md, "Roles")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention, EventMention
from eventwire.nlp.arrays import char_span
from eventwire.nlp.extensions import span_text
from eventwire.nlp.sentences import sent_of
from eventwire.stages.events.coordinated_mentions import first_conjuncts, joined_in
from eventwire.stages.events.mention_lookup import is_actor
from eventwire.stages.events.participants import actor_mention
from eventwire.stages.events.verb_roles import verb_actor

RECIPROCAL_TYPES = {"CONSULT", "AGREE", "COOPERATE", "ASSAULT", "SUPPORT", "AID"}
# "exchanged / swapped prisoners" (RETREAT release since branch types2) is done by
# each party to the other, like "each other"
RECIPROCAL_WORDS = ("each other", "one another", "exchanged", "swapped")


def _coordinated(tok: Token, actor: ActorMention, joint: bool) -> list[Token]:
    """Tokens coordinated with ``tok`` ("Russia and [China]") and, for a
    noun phrase whose modifier is coordinated ("Hungarian and [Romanian]
    officials"), the modifier's conjuncts -- and the first modifier itself
    when the actor is the phrase of a later one ("[Chilean] and Argentine
    officials": the KB named "Argentine officials"; not "Somali and AU
    troops" read as "troops", one joint actor), only for an act done
    together or to each other (``joint``: "Malian and French troops
    retook the town" is one joint actor)."""
    out = [c for c in tok.conjuncts if c.i != tok.i]
    for mod in (c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")):
        conjuncts = [c for c in mod.conjuncts if c.i != mod.i]
        if joint and any(actor.start <= c.idx < actor.end for c in conjuncts):
            out.append(mod)
        out += conjuncts
    return out


def _listed(tok: Token) -> list[Token]:
    """Class *a headline's comma for "and"*: "Japan, South Korea agree",
    "Venezuela, Guyana agree not to use force", "India, Pakistan expel
    diplomats" -- two names under the same verb (subject or a stray noun
    modifier) with only a comma between them are coordinated."""
    if tok.pos_ != "PROPN":
        return []
    out = []
    near = [s for s in tok.head.children if s.dep_ in ("nsubj", "npadvmod")] + [
        c for c in tok.children if c.dep_ in ("nmod", "npadvmod") and c.i < tok.i]
    for sib in near:
        if sib.i == tok.i or sib.pos_ != "PROPN":
            continue
        lo, hi = sorted((sib, tok), key=lambda t: t.i)
        end = hi.i if lo.head == hi else hi.left_edge.i  # "[Armenia], Azerbaijan" as a modifier
        between = tok.doc[lo.right_edge.i + 1:end]
        if len(between) == 1 and between[0].text == ",":
            out.append(sib)
    return out


# joint acts named by a noun under a light verb ("began talks", "signed a
# deal", "held drills"); not attacks ("kept up their air strikes": allies)
JOINT_NOUNS = {"talk", "talks", "meeting", "negotiation", "consultation", "dialogue",
               "summit", "agreement", "deal", "accord", "treaty", "pact", "exercise",
               "drill", "cooperation", "truce", "ceasefire"}


def _subject_token(doc: Doc, trigger: Token, nominal: bool, actor: ActorMention
                   ) -> Token | None:
    """The token the actor stands on: the verb's subject; for a joint act
    named by the object of a verb ("the two sides began talks",
    ``JOINT_NOUNS``), that verb's subject; when the parse made a wire dateline the subject
    ("BISHKEK (AFP) - Kyrgyz and Tajik forces fought") and the actor was
    found after it, the actor's own head."""
    if nominal and (trigger.dep_ != "dobj" or trigger.lemma_.lower() not in JOINT_NOUNS):
        return None
    verb = trigger.head if nominal else trigger
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = verb_actor(verb)
    span = char_span(doc, actor.start, actor.end, alignment_mode="expand")
    if subj is not None and span is not None and span.start_char > subj.idx \
            and _hangs_on(span.root, verb):
        return span.root  # the dateline took the subject slot
    return subj


def _hangs_on(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` reaches ``verb`` through subjects, appositions and
    modifiers only (not through "of": "hundreds of people")."""
    for _ in range(4):
        if tok.head == verb:
            return tok.dep_ in ("nsubj", "nsubjpass")
        if tok.dep_ not in ("amod", "compound", "appos", "nsubj", "conj"):
            return False
        tok = tok.head
    return False


# acts done together, whoever else they reach
JOINT_TYPES = {"CONSULT", "AGREE", "COOPERATE"}


def says_each_other(trigger: Token) -> bool:
    """Whether the trigger's sentence has a ``RECIPROCAL_WORDS`` phrase; the
    sentence's text is cut once (``span_text``), not rebuilt per phrase."""
    text = span_text(sent_of(trigger)).lower()
    return any(w in text for w in RECIPROCAL_WORDS)


def co_actors_for(doc: Doc, trigger: Token, nominal: bool, actor: ActorMention | None,
                  kind: str | None = None) -> list[ActorMention]:
    """The other actors of a compound subject, each once, actors only."""
    if actor is None:
        return []
    subj = _subject_token(doc, trigger, nominal, actor)
    if subj is None:
        return []
    out: list[ActorMention] = []
    seen = {(actor.start, actor.end)}
    joint = kind in JOINT_TYPES or says_each_other(trigger)
    for tok in _coordinated(subj, actor, joint) + _listed(subj):
        m = actor_mention(doc, tok)
        if m is not None and is_actor(m) and (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append(m)
    if not out and (joint or kind in RECIPROCAL_TYPES):  # the parse hung the first conjunct
        out = [m for m in first_conjuncts(doc, subj, actor) if (m.start, m.end) not in seen]
    return out


def is_reciprocal(sentence_text: str, kind: str, co_actors: list[ActorMention],
                  recipient: ActorMention | None) -> bool:
    """Class *reciprocal and joint acts*: several actors act on each other
    ("Iran and Iraq met", "signed a deal with each other", "India and
    Pakistan accused each other", "traded accusations"). A joint act of the
    reciprocal types with no other recipient, or any act marked "each
    other" / "one another"."""
    if not co_actors:
        return False
    if any(w in sentence_text.lower() for w in RECIPROCAL_WORDS):
        return True
    return kind in RECIPROCAL_TYPES and recipient is None


def reciprocal_partner(co_actors: list[ActorMention]) -> ActorMention | None:
    """The recipient of a reciprocal act: the second party (the first
    co-actor), as the record guide codes it (docs/annotation.md,
    "Reciprocal actors": actor = first conjunct, recipient = second); all
    parties stay in ``co_actors`` and ``reciprocal`` is set, so PLOVER's
    coding (all actors, no target) can be read off the record."""
    return co_actors[0] if co_actors else None


def set_reciprocal(event: EventMention) -> None:
    """Mark a reciprocal act and fill its recipient (:func:`reciprocal_partner`),
    the parties in text order: the first conjunct acts, the second receives
    ("Venezuela, Guyana agree": the parse's subject is Guyana, the record's
    actor Venezuela; "Chilean and Argentine officials": the phrase the KB
    named is the second) -- two parties of different countries; a modifier
    inside one joint actor ("AU" in "Somali and AU troops") does not take
    the actor's place. Two separate mentions joined by "and" or a comma
    swap whatever their countries ("Abiy Ahmed and Somaliland leader Muse
    Bihi Abdi signed": actors26, ``coordinated_mentions``)."""
    event.reciprocal = True
    partner = reciprocal_partner(event.co_actors)
    actor = event.actor
    if actor is not None and partner is not None and partner.start < actor.start \
            and actor.country and partner.country and (
                actor.country != partner.country or joined_in(event.sentence, partner, actor)):
        event.actor, partner = partner, actor
        event.co_actors = [actor, *event.co_actors[1:]]
    event.recipient = partner
