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
  unless clauses, objects of purpose infinitives (branch recipients4).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.extensions import get_list
from eventwire.nlp.spans import doc_index
from eventwire.stages.events.non_recipients import named_place
from eventwire.stages.events.participants import child, recipient_mention, resolved
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
        head = doc.char_span(m.start, m.end, alignment_mode="expand")
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


# conditions put on the threatened party: "if X attacks", "unless X leaves"
CONDITION_MARKS = {"if", "unless"}
# no party of its own: the threatener itself, a relative pronoun
NOT_CONDITIONED = {"i", "we", "me", "us", "which", "who", "that", "whom"}


def conditioned(verb: Token) -> list[Token]:
    """Class *the party a threat's condition is put on*: "warned it would
    reimpose sanctions if Caracas did not release the data", "threatened
    strikes unless the junta restores order", "said the army would respond
    if the rebels attacked again": the subject of an if/unless clause of
    the threat, or of the threatened act (its content clause), is whom the
    threat is aimed at."""
    hosts = [verb] + [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    hosts += [g for h in hosts[1:] for g in h.children if g.dep_ in ("ccomp", "xcomp")]
    out = []
    for host in hosts:
        for clause in (c for c in host.children if c.dep_ == "advcl"):
            if not any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                       for m in clause.children):
                continue
            subj = child(clause, {"nsubj"})  # an actor acting: "if India's games were moved" no
            if subj is not None and subj.lower_ not in NOT_CONDITIONED:
                out.append(subj)
    return out


# force used for a purpose: "fired tear gas to disperse the crowd"
FORCE_ACTS = {"ASSAULT", "COERCE"}


def purpose_objects(verb: Token) -> list[Token]:
    """Class *whom force is used to move*: "fired tear gas to disperse the
    crowd", "used water cannon to push back the marchers", "fired warning
    shots to drive the fishermen away": when the force's own object is the
    instrument, the object of its purpose infinitive is whom it hits."""
    return [obj for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for obj in [child(c, {"dobj"})] if obj is not None]


def shared_object(verb: Token) -> list[Token]:
    """Class *coordinated verbs share their object*: a verb with no object
    of its own, joined by "and"/"or" to the next verb of the same subject
    that has one, acts on that object ("police beat and arrested hundreds of
    lawyers", "officers shot and wounded a man", "he shot and killed the
    judge", "crowds stormed and looted the residence")."""
    if child(verb, {"dobj", "dative", "nsubjpass", "ccomp", "xcomp"}) is not None:
        return []
    doc = verb.doc
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.i > verb.i):
        # only "V and V": "was fighting inside Congo and accused X" is two acts
        if conj.pos_ != "VERB" or conj.i != verb.i + 2 or doc[verb.i + 1].dep_ != "cc" \
                or child(conj, {"nsubj", "nsubjpass"}) is not None:
            return []
        obj = child(conj, {"dobj"})
        return [obj] if obj is not None else []
    return []


# acts whose possessor undergoes them: "his arrest", "her detention"
PATIENT_NOUNS = {"arrest", "detention", "kidnapping", "abduction", "killing", "execution",
                 "assassination", "torture", "imprisonment", "deportation", "expulsion",
                 "extradition", "conviction", "sentencing", "trial", "jailing"}
PERSONAL_POSSESSIVES = {"his", "her", "their"}


def patient_possessor(noun: Token) -> Token | None:
    """Class *the possessor of an arrest is the arrested*: a personal
    possessive on a noun of custody or harm ("since his arrest", "before
    her detention", "his kidnapping violated the truce", "their
    deportation") names who undergoes it, not who does it (returned);
    a named possessor is left to the actor rules ("Washington's
    assassination of X")."""
    poss = child(noun, {"poss"})
    if poss is None or poss.lower_ not in PERSONAL_POSSESSIVES \
            or noun.lemma_.lower() not in PATIENT_NOUNS:
        return None
    return poss


# custody and inquiry one is put under or taken into: "under house arrest"
CUSTODY_NOUNS = {"arrest", "detention", "custody", "investigation", "surveillance", "guard",
                 "interrogation", "questioning", "inquiry", "probe"}
CUSTODY_PREPS = {"under", "into", "in"}


def under_custody(noun: Token) -> Token | None:
    """Class *who is under arrest*: a noun of custody or inquiry after
    under / into / in names its patient outside its own phrase -- the
    object of the verb that puts someone there ("police placed the
    journalist under arrest", "took two men into custody"), else the
    clause's subject ("the former president remains under house arrest",
    "five suspects were taken into custody", "he is under investigation"),
    else, in a headline with no verb, the noun the phrase hangs on
    ("Opposition leader under house arrest")."""
    if noun.dep_ == "compound":  # the trigger "house arrest" starts on "house"
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in CUSTODY_NOUNS \
            or prep.lower_ not in CUSTODY_PREPS:
        return None
    host = prep.head
    if host.pos_ in ("NOUN", "PROPN", "PRON"):
        return host if host.dep_ in ("ROOT", "nsubj", "appos") else None
    return child(host, {"dobj"}) or child(host, {"nsubjpass", "nsubj"})


# verbs that only carry an act noun: "launched air strikes on rebel-held villages"
LIGHT_TARGET_PREPS = {"on", "against", "upon", "to"}


def light_verb_targets(noun: Token) -> list[Token]:
    """Class *the target of an act noun given on its light verb*: an act
    noun that is the object of a verb, whose target phrase the parse hangs
    on the verb ("launched air strikes on rebel-held villages", "launched
    fresh raids against rebel positions",
    "staged protests against the government", "conducted drone attacks on
    the convoy"): every on / against / upon / to object of the verb, in
    order ("at" is left out: "put the crowd at 30,000")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return []
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ in LIGHT_TARGET_PREPS
            for g in c.children if g.dep_ == "pobj"]


# where a headline's act is aimed: "police fire tear gas at crowds"
HEADLINE_TARGET_PREPS = {"at", "on", "against", "upon"}


def headline_compound_targets(noun: Token) -> list[Token]:
    """Class *a headline verb parsed as a compound*: in a verbless headline
    the act's verb is read as a noun modifying its own object ("Kenyan
    police [fire] tear gas at students", "Troops [fire] shells on border
    village", "Serbian police [fire] rubber bullets at fans"): the at / on /
    against objects of that object, the root of the headline, are the
    act's."""
    head = noun.head
    if noun.dep_ != "compound" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return []
    return [g for c in head.children if c.dep_ == "prep" and c.lower_ in HEADLINE_TARGET_PREPS
            for g in c.children if g.dep_ == "pobj"]


# inquiries: "an investigation into X", "will investigate whether X broke"
INQUIRY_LEMMAS = {"investigation", "investigate", "probe", "inquiry", "enquiry"}
WHETHER_MARKS = {"whether", "if"}


def _whether_subject(clause: Token) -> Token | None:
    if not any(m.dep_ == "mark" and m.lower_ in WHETHER_MARKS for m in clause.children):
        return None
    return child(clause, {"nsubj", "nsubjpass"})


def clause_addressees(trigger: Token, kind: str | None) -> list[Token]:
    """Two classes of a recipient named inside a clause of the act:

    * *whom an inquiry is into*: the into-object of an investigation or
      probe, on the noun or on its light verb ("opened an investigation
      into the mayor"), or the subject of the whether-clause it asks about
      ("a probe into whether the firm abused its position", "will
      investigate whether the platform broke the rules");
    * *the one a call is for* (REQUEST): the subject of a "for X to do"
      clause ("renewed calls for the education minister to resign", "an appeal
      for the rebels to lay down their arms")."""
    out: list[Token] = []
    if trigger.lemma_.lower() in INQUIRY_LEMMAS:
        hosts = [trigger] + ([trigger.head] if trigger.dep_ == "dobj" else [])
        for prep in (c for h in hosts for c in h.children
                     if c.dep_ == "prep" and c.lower_ == "into"):
            out += [g for g in prep.children if g.dep_ == "pobj"]
            out += [s for g in prep.children if g.dep_ == "pcomp"
                    for s in [_whether_subject(g)] if s is not None]
        out += [s for c in trigger.children if c.dep_ in ("ccomp", "advcl")
                for s in [_whether_subject(c)] if s is not None]
    if kind == "REQUEST":
        out += [s for c in trigger.children if c.dep_ in ("advcl", "acl", "ccomp")
                and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                for s in [child(c, {"nsubj"})] if s is not None]
    return out
