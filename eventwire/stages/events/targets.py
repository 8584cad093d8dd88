"""Recipients found deeper than the trigger's own slots (``roles.py`` tries
those first): targets named further on in the act's clause.

Four classes:

* **targets named deeper in the clause** (``target_in_clause``): for acts
  aimed at someone (PROTEST, THREATEN, REJECT, SANCTION, ACCUSE, COERCE),
  the first actor with a country after the trigger in its own clause;
* **targets in a chain of phrases** (``nested_target``): for any act still
  without a recipient, the object of an against / on / to / toward / with /
  at phrase that hangs on a noun of the act's own phrase rather than on the
  verb ("mobilised reservists for a war [against Iraq]", "called for
  sanctions [against Nigeria]", "vowed to keep up the pressure on
  [Belgrade]"), when that object is an actor with a country or an
  international body;
* **the party a threat's condition is put on** (``conditioned``) and
  **whom force is used to move** (``purpose_objects``): subjects of if /
  unless clauses, objects of purpose infinitives (branch recipients4) --
  these and the other recipients found on the parse alone are in
  ``target_tokens.py`` (split off by fixes21).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.arrays import char_span
from eventwire.nlp.extensions import get_list
from eventwire.nlp.spans import doc_index
from eventwire.stages.events.mention_lookup import resolved
from eventwire.stages.events.non_recipients import named_place
from eventwire.stages.events.participants import recipient_mention
from eventwire.stages.events.recipient_options import plover_kept

# acts aimed at someone: with no recipient in the usual slots, the first
# named actor deeper in the act's own clause is its target
TARGETED_TYPES = {"PROTEST", "THREATEN", "REJECT", "SANCTION", "ACCUSE", "COERCE"}


def _same_clause(tok: Token, trigger: Token) -> bool:
    """Whether ``tok`` belongs to the trigger's own clause: the path up to
    the trigger crosses no clause with a subject of its own ("marched, a
    day after police broke up a rally": the police are another event's)
    and no coordinated verb."""
    cur = tok
    for _ in range(12):
        if cur == trigger:
            return True
        if cur.head == cur:
            return False
        if cur.pos_ in ("VERB", "AUX") and (cur.dep_ == "conj" or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in cur.children)):
            return False
        cur = cur.head
    return False


def target_in_clause(doc: Doc, trigger: Token, actor: ActorMention | None
                     ) -> ActorMention | None:
    """Class *targets named deeper in the clause*: "staged a hunger strike in
    protest against Algerian security forces", "blocked streets in defiance
    of Chinese authorities", "threatened to resume attacks in Israel",
    "refused to deploy peacekeepers in Iraq": the first actor with a country
    (or an international body) after the trigger, inside the trigger's own
    subtree, that is not the actor."""
    mentions = get_list(doc, "actor_mentions")
    lo, hi = trigger.idx + len(trigger.text), trigger.right_edge.idx + len(trigger.right_edge)
    for i in sorted(doc_index(doc, "actor_mentions").overlapping(lo, hi),
                    key=lambda k: mentions[k].start):
        m = mentions[i]
        if m.start < lo or m.end > hi or m.rule.endswith("+dateline"):
            continue
        head = char_span(doc, m.start, m.end, alignment_mode="expand")
        if head is None or not _same_clause(head.root, trigger):
            continue
        found = resolved(mentions, i)
        if not (found.country or {"IGO", "NGO"} & set(found.sectors)):
            continue
        if actor is not None and (found.country, found.actor_id) == (actor.country,
                                                                     actor.actor_id):
            continue
        return found
    return None


# prepositions that point an act at someone ("war against", "sanctions on",
# "aid to", "ties with", "hostility toward", "fired at")
TARGET_PREPS = {"against", "on", "upon", "to", "toward", "towards", "with", "at"}
MAX_DEPTH = 6  # edges: verb > object > prep > noun > prep > object


def _chain_objects(trigger: Token, preps: set[str] = TARGET_PREPS, direct: bool = False
                   ) -> list[Token]:
    """Objects of ``preps`` inside the trigger's phrase, nearest first
    (breadth first), through nouns, prepositions and infinitive
    complements, never into a clause with a subject of its own; the
    trigger's own prepositions only when ``direct``."""
    out: list[Token] = []
    frontier = [trigger]
    for _ in range(MAX_DEPTH):
        nxt: list[Token] = []
        for tok in frontier:
            for c in tok.children:
                if c.dep_ in ("nsubj", "nsubjpass", "advcl", "relcl", "conj", "cc", "punct"):
                    continue
                if c.pos_ in ("VERB", "AUX") and any(
                        g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                    continue  # another clause, another act
                if c.dep_ == "pobj" and tok.dep_ == "prep" and tok.lower_ in preps \
                        and (direct or tok.head != trigger):
                    out.append(c)
                nxt.append(c)
        frontier = nxt
    return out


def nested_target(doc: Doc, trigger: Token, actor: ActorMention | None
                  ) -> ActorMention | None:
    """Class *targets in a chain of phrases*: the act's target named in a
    phrase hanging on a noun of the act rather than on its verb
    ("Britain mobilised reservists for a possible war against Iraq",
    "the archbishop called for sanctions against Nigeria", "the council
    voted for new talks with Kabul", "agreed to re-open its
    borders to UN observers"); only an actor with a country or an
    international body counts, never the act's own actor."""
    for tok in _chain_objects(trigger):
        m = recipient_mention(doc, tok)
        if m is None or not (m.country or {"IGO", "NGO"} & set(m.sectors)):
            continue
        if actor is not None and (m.country, m.actor_id) == (actor.country, actor.actor_id):
            continue
        return m
    return None


# law enforcement: who arrests, detains or tries people does so at home
CUSTODY_SECTORS = {"COP", "GOV", "JUD"}


def held_where_holder_is(actor: ActorMention | None, recipient: ActorMention | None,
                         kind: str | None) -> ActorMention | None:
    """Class *the arrested are where the arresting authority is*: people a
    country's police, government or courts arrest, detain or put on trial
    ("Saudi authorities arrested Samar Badawi", "the Kazakh ministry said
    3,000 people were detained", "a Tehran court sentenced the activist")
    are in that country; a country the recipient got only from the story
    (an unknown name, a bare noun: rule ``+home``, ``+story``, ``unnamed``) gives way to
    the holder's. Armies are left out: they also detain abroad."""
    if kind != "COERCE" or actor is None or recipient is None or not actor.country:
        return recipient
    guessed = "+home" in recipient.rule or "+story" in recipient.rule \
        or recipient.rule == "unnamed"
    if not guessed or not CUSTODY_SECTORS & set(actor.sectors) or \
            recipient.country == actor.country:
        return recipient
    return replace(recipient, country=actor.country)


# where an act is done or aimed: "arrived in Amman", "troops on alert in the
# West Bank", "a state of siege in Haiti", "sent experts to Bosnia"
PLACE_PREPS = {"in", "into", "inside", "to", "across", "throughout"}


def _act_head(trigger: Token) -> Token:
    """The verb an event noun hangs on ("stayed [on alert]", "launched an
    [offensive]"), whose place phrases are the act's; else the trigger."""
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("pobj", "dobj"):
        verb = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
        if verb.pos_ in ("VERB", "AUX"):
            return verb
    return trigger


def plover_target(doc: Doc, trigger: Token, recipient: ActorMention | None
                  ) -> ActorMention | None:
    """PLOVER's target of an act: its recipient, else the country it is
    done in or aimed at. Class *the place stands for the target* (PLOVER's
    coding, not the record guide's): with no actor acted on, PLOVER codes
    the state or capital the act happens in or is sent to, a place noun
    seen through to its name ("blocked roads in the capital city of
    Algiers", branch recipients5) ("Saddam Hussein
    arrived in Amman" -> Jordan, "Israeli troops remained on alert in the
    West Bank" -> Palestine, "declared a state of siege in Haiti", "opened
    an embassy in Tehran"). The record guide leaves such events without a
    recipient, so only the PLOVER-coded view (``eval actors``) uses it."""
    recipient = recipient or plover_kept(doc, trigger, True)
    if recipient is not None:
        return recipient
    for tok in _chain_objects(_act_head(trigger), PLACE_PREPS, direct=True):
        m = recipient_mention(doc, named_place(tok))
        if m is not None and m.kind == "state" and m.country:
            return m
    return _place_of_act(doc, trigger) or plover_kept(doc, trigger, False)


# a meeting's or a deployment's place is only where it happens ("met in
# Geneva", "troops deployed in Mali")
VENUE_LEMMAS = {"meet", "meeting", "talk", "talks", "summit", "deploy", "deployment", "visit"}


def _place_of_act(doc: Doc, trigger: Token) -> ActorMention | None:
    """Class *the place of the act's object stands for its people* (PLOVER's
    coding): the "in" place of the act, of the noun that names it ("a
    curfew [in Cizre]", "a force in Liberia") or of the verb's object
    ("imposed a curfew [in Kirkuk]"), when it names a country; not for
    meetings and deployments, whose place is only a venue."""
    if trigger.lemma_.lower() in VENUE_LEMMAS:
        return None
    hosts = [trigger] if trigger.pos_ in ("NOUN", "PROPN") else [
        trigger, next((c for c in trigger.children if c.dep_ == "dobj"), None)]
    for host in hosts:
        place = None if host is None else next(
            (g for c in host.children if c.dep_ == "prep" and c.lower_ in ("in", "inside")
             for g in c.children if g.dep_ == "pobj"), None)
        m = None if place is None else recipient_mention(doc, place)
        if m is not None and m.country:
            return m
    return None
