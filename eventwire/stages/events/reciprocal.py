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
# giving is done together for a third party ("Japan and Korea sent rescue teams",
# "Chile, Peru send aid"), not to each other: no second party as recipient
# unless the sentence says so ("helped each other"); see is_reciprocal
GIVING_TYPES = {"AID"}


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


# verbs of trading something between the parties ("swap prisoners", "exchange
# envoys", "trade detainees"), in any tense: the object is what is traded
EXCHANGE_LEMMAS = {"swap", "exchange", "trade"}
# a phrase naming a third party of a joint act ("signed a deal with Ghana")
THIRD_PARTY_PREPS = {"with", "between", "against"}


def _each_after_object(trigger: Token) -> bool:
    """A distributive "each" right after the verb's object ("expelled two
    diplomats each", "freed ten soldiers each"): each party did it to the other."""
    doc = trigger.doc
    for obj in (c for c in trigger.children if c.dep_ == "dobj"):
        after = doc[obj.i + 1:min(obj.right_edge.i + 2, len(doc))]  # appos or next word
        if any(t.lower_ == "each" and t.dep_ != "det" for t in after):
            return True
    return False


def _third_party(doc: Doc, named: ActorMention) -> bool:
    """Whether the named recipient is the object of a third-party phrase."""
    span = char_span(doc, named.start, named.end, alignment_mode="expand")
    if span is None:
        return True  # cannot tell: keep what the roles found
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in THIRD_PARTY_PREPS


def _renames(doc: Doc, partner: ActorMention) -> bool:
    """Whether the partner is an apposition ("the Governor of Alaska, Sarah
    Palin"): a second name for the actor, not a second party."""
    span = char_span(doc, partner.start, partner.end, alignment_mode="expand")
    return span is None or span.root.dep_ == "appos"


def partner_over_named(trigger: Token, kind: str, named: ActorMention | None,
                       partner: ActorMention) -> bool:
    """Class *the object of a reciprocal act is no party* (recip41): when
    coordinated parties act on each other, what the roles named as the
    recipient is the thing traded or agreed on, or a place, not the second
    party -- "Chad and Sudan swap prisoners" (the prisoners), "Rome and
    Tunis expelled two diplomats each" (the diplomats), "Peru and Chile
    agreed to reopen the Chacalluta crossing" (the crossing), "the two
    presidents met at the emir's palace" (the emir). The record guide makes
    the second conjunct the recipient (docs/annotation.md, "Reciprocal
    actors"); gold never gives a joint CONSULT / AGREE / COOPERATE of
    coordinated parties a third recipient (tools/reciprocal_census.py).
    So the partner wins over a named recipient for a verb of trading
    (``EXCHANGE_LEMMAS``), a distributive "each" after the object, and a
    joint type -- unless the recipient stands in a third-party phrase
    ("signed a deal with Ghana": ``THIRD_PARTY_PREPS``) or the partner only
    renames the actor (an apposition)."""
    if named is None or _third_party(trigger.doc, named) or _renames(trigger.doc, partner):
        return False
    if trigger.lemma_.lower() in EXCHANGE_LEMMAS or _each_after_object(trigger):
        return True
    return kind in JOINT_TYPES


def is_reciprocal(sentence_text: str, kind: str, co_actors: list[ActorMention],
                  recipient: ActorMention | None, trigger: Token | None = None) -> bool:
    """Class *reciprocal and joint acts*: several actors act on each other
    ("Iran and Iraq met", "signed a deal with each other", "India and
    Pakistan accused each other", "traded accusations"). A joint act of the
    reciprocal types with no other recipient, or any act marked "each
    other" / "one another".

    Class *joint giving* (recip41): coordinated donors of an AID act
    ("Norway and Denmark sent field hospitals", "Chile, Peru send aid",
    "Ghanaian and Nigerian medics arrived") give together to a third
    party, named or not, never to each other -- the record guide's joint
    actor ("a coordinated non-reciprocal actor ... is one span"), so
    ``GIVING_TYPES`` are reciprocal only when the sentence says so."""
    if not co_actors:
        return False
    if any(w in sentence_text.lower() for w in RECIPROCAL_WORDS):
        return True
    if kind in RECIPROCAL_TYPES and kind not in GIVING_TYPES and recipient is None:
        return True
    return trigger is not None and partner_over_named(trigger, kind, recipient, co_actors[0])


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
