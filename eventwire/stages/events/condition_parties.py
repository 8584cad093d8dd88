"""The recipient of a conditional threat: the party its condition asks to
act (issue #12, branch threats53; docs/annotation.md "Questions decided
(relabel53, 2026-12-06)").

Class *the party a threat's condition asks to act*: a threat is a speech
act aimed at moving the one who can meet its condition, so the subject of
its if / unless / until clause is its recipient, even when the threatened
act has an object of its own (which is then the threat's content):

* "the militia said it would shell the airport if the army did not leave"
  -> the army (not the airport);
* "unless the council reverses the fare rise, we will block every depot"
  -> the council;
* "vowed to keep the border closed until Accra hands the men over" -> Accra;
* "if they attack again, we will respond" -> they (a pronoun stays one).

The condition is the one the modality stage finds (``clauses.condition_of``
on the trigger and on the threatened act of a threat verb; an until-clause
as ``conditions.until_clause_head`` reads it): its span is not parsed
again, only its subject is read. No party, no rule (the other rules keep
their choice): a passive ("if the men are not freed"), the speaker's own
side ("if we are attacked"), an event, a thing or the weather ("if the
ceasefire collapses", "if the rain stops"). A threat verb's own
addressee ("warned the council that ... if ...") is the recipient: the same
party by the guide, or its first choice when the condition names none.
A conditional COERCE or ASSAULT with no object of its own takes the
condition's party as the one it would hit ("if the crowd does not
disperse, the police will open fire" -> the crowd).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention, Condition
from eventwire.stages.events.mention_lookup import child
from eventwire.stages.events.participants import actor_mention, agent_sector, is_person_noun
from eventwire.stages.factuality.clauses import condition_of
from eventwire.stages.factuality.conditions import UNTIL_MARKS, until_clause_head

# the speaker's own side and relative pronouns ask nothing of anyone
OWN_SIDE = {"i", "we", "me", "us", "which", "who", "that", "whom", "there", "this"}
# verbs whose own object is the threat's addressee: "warned the council that ..."
# ("threatened force", "threatened sanctions": the object of "threaten" is content)
ADDRESSING_VERBS = {"warn", "tell", "caution", "give"}
ADDRESSEE_DEPS = {"dobj", "dative"}
# pronouns of people the actor stage may leave unresolved: a party all the same
PEOPLE_PRONOUNS = {"you", "they", "he", "she"}
CONDITIONED_ACTS = {"COERCE", "ASSAULT"}
FUTURE_MODALS = {"will", "would", "'ll", "shall", "wo"}
COND_MARKS = {"if", "unless"} | UNTIL_MARKS
# verbs naming the party a coordinated warning is about: "accused X ... and warned"
ACCUSING_VERBS = {"accuse", "blame", "summon"}
# bodies able to comply the knowledge base's agent nouns leave out
BODY_NOUNS = {"council", "country", "state", "nation", "group", "administration", "committee",
              "board", "coalition", "alliance", "movement", "company", "firm", "operator",
              "cabinet", "ministry", "leadership", "side", "body", "organisation",
              "organization", "party"}


def _hosts(trigger: Token) -> list[Token]:
    """The trigger and the threatened acts under it ("warned that it would
    [suspend] ...", "threatened to [march] ..."): where a condition hangs."""
    hosts = [trigger] + [c for c in trigger.children if c.dep_ in ("ccomp", "xcomp")]
    hosts += [g for h in hosts[1:] for g in h.children if g.dep_ in ("ccomp", "xcomp")]
    if trigger.dep_ in ("dobj", "pobj") and trigger.head.pos_ in ("VERB", "ADP"):
        hosts.append(trigger.head if trigger.dep_ == "dobj" else trigger.head.head)
    return hosts


def _span_head(doc: Doc, cond: Condition) -> Token | None:
    """The verb heading a condition span: its token whose head lies outside.
    A concessive "even if" ("even if he had a gun, he would not point it")
    conditions nothing: no head."""
    inside = [t for t in doc if cond.start <= t.idx < cond.end]
    if inside and (inside[0].lower_ == "even" or inside[0].i > 0
                   and doc[inside[0].i - 1].lower_ == "even"):
        return None
    tops = [t for t in inside if not cond.start <= t.head.idx < cond.end or t.head == t]
    return next((t for t in tops if t.pos_ in ("VERB", "AUX")), tops[0] if tops else None)


def _until_clause(host: Token) -> Token | None:
    """"would keep attacking *until the council resigns*": the until-clause
    of a stance still to come, as the modality stage reads it."""
    for c in host.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in UNTIL_MARKS
                                     for m in c.children) and until_clause_head(c) == host:
            return c
    return None


def condition_heads(doc: Doc, trigger: Token) -> list[Token]:
    """The verbs of the conditions of the trigger and of its threatened acts."""
    out = []
    for host in _hosts(trigger):
        cond = condition_of(host)
        head = _span_head(doc, cond) if cond is not None else _until_clause(host)
        if head is not None and head not in out:
            out.append(head)
    return out


def _bare_party(subj: Token) -> ActorMention | None:
    """A subject the actor stage leaves without a mention: a pronoun of
    people ("if you take up arms", "if they attack") or an adjective used as
    a noun ("if the military continues")."""
    people = subj.pos_ == "PRON" and subj.lower_ in PEOPLE_PRONOUNS
    noun_adj = subj.pos_ == "ADJ" and any(c.dep_ == "det" for c in subj.children)
    if not (people or noun_adj):
        return None
    span = subj.doc[subj.left_edge.i:subj.i + 1]
    if span[0].pos_ == "DET":
        span = span[1:]
    sector = agent_sector(subj)  # "the military": MIL
    return ActorMention(start=span.start_char, end=span.end_char, text=span.text,
                        confidence=0.2, sectors=[sector] if sector else [], rule="parse")


def _points_back(subj: Token) -> bool:
    """"would impose sanctions on Rwanda if its troops did not leave": a
    subject owned by a pronoun stands for a party the sentence has named
    already (the same party, whose labelled mention stays: the guide).
    Also no party: a noun before an -ing event ("if the Quran burning went
    ahead", "if the flag burning goes on"), an event, not someone."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON"
               or c.i == subj.i + 1 and c.tag_ == "VBG" for c in subj.children)


def _is_party(subj: Token, m: ActorMention) -> bool:
    """A known actor, a place standing for its state, a name, a pronoun of
    people or a noun of people or of a body: not the weather, an event or a
    thing ("if the rain stops", "if the strike continues")."""
    word = subj.lemma_.lower()
    if is_person_noun(subj) or word in BODY_NOUNS:
        return True
    if not m.start <= subj.idx < m.end:
        return False  # "if the Quran burning goes ahead": a name inside an event's phrase
    return m.actor_id is not None or m.country is not None or m.rule == "pronoun" \
        or subj.pos_ in ("PROPN", "PRON", "ADJ")


def condition_party(doc: Doc, head: Token, actor: ActorMention | None) -> ActorMention | None:
    """The subject of a condition's verb when it is a party able to comply
    (active subject, not the speaker's side, not the threat's own actor)."""
    subj = child(head, {"nsubj"})
    if subj is None or subj.lower_ in OWN_SIDE or _points_back(subj):
        return None
    m = actor_mention(doc, subj) or _bare_party(subj)
    if m is None or not _is_party(subj, m):
        return None
    if actor is not None and ((m.start, m.end) == (actor.start, actor.end)
                              or m.actor_id is not None and m.actor_id == actor.actor_id):
        return None  # "it will act if it is provoked": its own conduct
    return m


def _addressee(doc: Doc, trigger: Token) -> ActorMention | None:
    """"warned the council that ... if ...": the threat verb's own addressee,
    the recipient whatever the condition says (the same party, or the first
    choice when the condition names none)."""
    if trigger.lemma_.lower() not in ADDRESSING_VERBS:
        return None
    return next((m for c in trigger.children if c.dep_ in ADDRESSEE_DEPS
                 for m in [actor_mention(doc, c)] if m is not None), None)


def threat_condition_party(doc: Doc, trigger: Token, kind: str | None,
                           actor: ActorMention | None, pronoun: bool = False
                           ) -> ActorMention | None:
    """The recipient of a conditional THREATEN: the threat verb's own
    addressee, else its condition's party named by a noun; with
    ``pronoun``, only one named by a pronoun ("if they return"), which
    mostly points back to a party the rules find in the sentence ("the
    occupation forces will face strikes if they do not leave": the same
    party, the labelled one stays), so the caller asks for it only to fill
    an empty slot."""
    if kind != "THREATEN":
        return None
    heads = condition_heads(doc, trigger)
    if heads and not pronoun and (addressee := _addressee(doc, trigger)) is not None:
        return addressee
    for head in heads:
        party = condition_party(doc, head, actor)
        if party is not None:
            subj = child(head, {"nsubj"})
            by_pronoun = subj is not None and subj.pos_ == "PRON" and subj.lower_ != "you"
            return party if by_pronoun == pronoun else None
    return None if pronoun or not _has_condition(trigger) else _accused_beside(doc, trigger)


def _has_condition(trigger: Token) -> bool:
    """An if / unless / until clause under the threat, with or without a
    subject ("if attacked", "if such incidents were repeated")."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in COND_MARKS
                                         for m in c.children)
               for h in _hosts(trigger) for c in h.children)


def _accused_beside(doc: Doc, trigger: Token) -> ActorMention | None:
    """Class *the accused of a warning's sentence* (relabel53, B): "accused
    Tallinn of piracy and warned that Moscow would act if such incidents
    were repeated", "summoned the envoy and warned it could respond if
    attacked": with no party in the condition, the one the sentence accuses
    or summons in the verb the warning is coordinated with."""
    if trigger.dep_ != "conj":
        return None
    first = trigger.head
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    obj = child(first, {"dobj"}) if first.lemma_.lower() in ACCUSING_VERBS else None
    return actor_mention(doc, obj) if obj is not None else None


def condition_fill(doc: Doc, trigger: Token, kind: str | None,
                   actor: ActorMention | None) -> ActorMention | None:
    """What fills an empty recipient slot: a conditional threat's pronoun
    party, a conditional COERCE's or ASSAULT's party."""
    return threat_condition_party(doc, trigger, kind, actor, pronoun=True) \
        or hit_condition_party(doc, trigger, kind, actor)


def _still_to_come(verb: Token) -> bool:
    """A verb with a modal of the future ("will open fire", "would be
    banned"): an act still to come, not a past act a condition's clause
    happens to sit near ("claimed the attack ... if ...")."""
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children)


def hit_condition_party(doc: Doc, trigger: Token, kind: str | None,
                        actor: ActorMention | None) -> ActorMention | None:
    """A conditional COERCE or ASSAULT with no recipient of its own: the
    condition's party ("if the crowd does not disperse, police will open
    fire" -> the crowd). The caller gives it only an empty slot."""
    if kind not in CONDITIONED_ACTS or not _still_to_come(trigger):
        return None
    cond = condition_of(trigger)
    head = _span_head(doc, cond) if cond is not None else None
    return condition_party(doc, head, actor) if head is not None else None
