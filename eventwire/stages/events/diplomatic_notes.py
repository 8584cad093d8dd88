"""A diplomatic note sent to a state, and a summons that carries one (issue #12,
branch types44); asked by ``triggers._candidate`` before the protest classes.

docs/annotation.md "Questions decided (relabel57)":

* **(a)** a note a state sends, hands or delivers to another ("sent a
  diplomatic note to Hanoi", "handed a note to the chargé", "sends note
  verbale to Delhi") is one event **on the noun**; the verb is a light verb
  (as for a lodged protest, ``state_protests.py``). Its type is what the
  text says the note does: a protest or an objection, or nothing told (a
  note in a dispute) is ACCUSE `disapprove`; a request ("asking",
  "seeking", "saying that we want her back") is REQUEST. The participle
  that says what the note does is that same act, not a second event. A note
  whose content is no PLOVER act ("a note setting out the programme")
  carries no event.
* **(d)** a summons that carries a note ("summoned the envoy and handed him
  a protest note", "invited the ambassador … to hand him a note of
  protest") is one ACCUSE `disapprove` on the summons: the note is the
  protest the summons delivers, so neither the note nor its "protest" is an
  event; a participle carrying another act ("a note demanding the release")
  keeps its own event (the REQUEST on "demanding").

* **relabel61 (d)** a note received ("said it had received Cambodia's
  note", "had received Belize's protest note") is the sender's act on the
  same noun: "received" is the other side's light verb, the sender (the
  note's possessor or its "from" phrase) the actor, the receiver (the
  verb's subject) the recipient (``note_roles``; branch rules61).

Not: "took note", "said in a note" (no sent note), "rejected the note" (no
new note), a note one person passes another ("slipped her a note") — the
sender or the addressee must be a state or a government body, or the note
called diplomatic or a note verbale.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.nlp.arrays import where_lower
from eventwire.nlp.extensions import doc_cache
from eventwire.stages.events.mention_lookup import prep_objects
from eventwire.stages.events.state_protests import FORMAL, NOTES, state_mention

ACCUSE, REQUEST, DISAPPROVE = "ACCUSE", "REQUEST", "disapprove"
RULE = "curated+diplomatic-note"
# light verbs that put a note in the other state's hands
# ("issued a note" is as often a press note as a diplomatic one: not here)
SEND_VERBS = frozenset({"send", "hand", "deliver", "convey", "transmit", "submit", "give",
                        "lodge"})
# the light verb of the note's addressee: roles swap (relabel61 (d))
RECEIVE_VERBS = frozenset({"receive"})
FROM, OF = frozenset({"from"}), frozenset({"of"})
SUMMONS_VERBS = frozenset({"summon", "invite"})
# what the note does, told by a participle of the note or of its verb
PROTEST_WORDS = frozenset({"protest", "object", "complain", "condemn", "denounce", "oppose"})
REQUEST_WORDS = frozenset({"ask", "seek", "request", "demand", "urge", "call", "press",
                           "want"})
SAYING = frozenset({"say", "state", "stress"})
# a note's content that is no PLOVER act (relabel57 (a))
PLAIN_WORDS = frozenset({"set", "acknowledge", "confirm", "inform", "notify", "outline",
                         "detail", "thank", "announce", "list", "explain"})
# a note "of" a courtesy is no PLOVER act either ("a note of thanks", review96;
# condolences are not labelled: docs/annotation.md)
COURTESY_NOUNS = frozenset({"thanks", "thank", "gratitude", "appreciation", "congratulation",
                            "congratulations", "condolence", "condolences", "sympathy",
                            "sympathies", "goodwill", "greeting", "greetings"})
PARTICIPLE_DEPS = frozenset({"acl", "advcl", "xcomp"})


def note_type(tok: Token) -> tuple[str, str | None] | None:
    """The (type, mode) of the note at ``tok`` ("note" of "a diplomatic note",
    "a note verbale"), or None when it is no sent note, sits in a summons (the
    summons is the act) or tells a content that is no PLOVER act."""
    head = _note_head(tok)
    if head is None or tok.i != _trigger_token(head).i or _protest_compound(head):
        return None  # a "protest note" is the ACCUSE on "protest" (state_protests.py)
    verb = _send_verb(head)
    if verb is None or not _diplomatic(head, verb) or in_summons(verb):
        return None
    told = _told_act(head, verb)
    if told == "plain":
        return None
    return (REQUEST, None) if told == REQUEST else (ACCUSE, DISAPPROVE)


def note_end(tok: Token) -> int:
    """Where the trigger ends: after "verbale" in "note verbale"."""
    doc = tok.doc
    nxt = tok.i + 1
    return nxt + 1 if nxt < len(doc) and doc[nxt].lower_ == "verbale" else nxt


def names_a_note(doc: Doc) -> bool:
    """Some word of ``doc`` is a note's (``NOTES``). Without one
    :func:`note_type` is None and :func:`silenced_by_note` False for every
    token (each reads a note word: ``_note_head``, whose "verbale" needs a
    note compound too), so the trigger scan skips both (speed48: asked of
    ~11.5k words per 200 articles, a handful of which stand near a note).
    Read once per document, kept in ``doc.user_data``."""
    found: bool | None = doc.user_data.get(_NOTES_KEY)
    if found is None:
        found = doc.user_data[_NOTES_KEY] = bool(where_lower(doc, NOTES))
    return found


_NOTES_KEY = doc_cache("eventwire.events.names_a_note")


def silenced_by_note(tok: Token) -> bool:
    """``tok`` is the light verb of a sent diplomatic note, the participle
    saying what the note does, or a note (or its "protest") that a summons
    carries: no event of its own (module docstring)."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in SEND_VERBS:
        return any(_note_head(c) is c and _diplomatic(c, tok) for c in tok.children
                   if c.dep_ in ("dobj", "nsubjpass"))
    head = _carrying_note(tok)
    if head is not None:
        verb = _send_verb(head)
        if verb is None:
            return False
        if in_summons(verb):
            return True  # the summons is the act (relabel57 (d))
        # "a note of protest" sent alone: the note carries the ACCUSE; a "protest
        # note" sent alone keeps it on "protest" (state_protests.py, relabel56 (b))
        return tok.dep_ == "pobj" and _diplomatic(head, verb)
    return _note_participle(tok)


def note_roles(noun: Token) -> tuple[Token | None, Token | None] | None:
    """(actor, recipient) tokens of a sent note's event: the sender (the
    verb's subject or its "by" agent) and the addressee (its "to" phrase or
    its indirect object: "handed the chargé a note"); None for any other noun.
    Why: the note carries the event but the parse hangs both on the verb."""
    head = _note_head(noun) or _received_protest(noun)
    if head is None:
        return None
    verb = _send_verb(head)
    if verb is None:
        return None
    if verb.lemma_.lower() in RECEIVE_VERBS:
        return _received_roles(head, verb)
    sender = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if sender is None:
        sender = next((g for c in verb.children if c.dep_ == "agent" for g in c.children
                       if g.dep_ == "pobj"), None)
    told = _addressees(verb) or [c for c in verb.children if c.dep_ in ("dative", "iobj")
                                 and c.lower_ != "to"]
    return sender, (told[0] if told else None)


def _received_protest(noun: Token) -> Token | None:
    """The note or protest a state received that ``noun`` names: "Belize's
    protest note" ("protest" compound), "any protest from Estonia" (the
    noun itself); None elsewhere (a sent protest keeps its clause's roles)."""
    if noun.lemma_.lower() != "protest" or noun.pos_ != "NOUN":
        return None
    head = noun.head if noun.dep_ == "compound" and noun.head.lower_ in NOTES else noun
    if head.dep_ == "dobj" and head.head.lemma_.lower() in RECEIVE_VERBS:
        return head
    return None


def _received_roles(head: Token, verb: Token) -> tuple[Token | None, Token | None]:
    """A received note's sender (its possessor, or the "from" phrase of the
    note or of the verb) and its addressee (the verb's subject)."""
    sender = next((c for c in head.children if c.dep_ == "poss"), None)
    if sender is None:
        sender = next((g for t in (head, verb) for g in prep_objects(t, FROM)), None)
    receiver = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return sender, receiver


def summons_with_note(tok: Token) -> bool:
    """"invited the ambassador … to hand him a note of protest": the
    invitation is a summons, one ACCUSE `disapprove` (relabel57 (d))."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "invite":
        return False
    for c in tok.children:
        if c.dep_ in PARTICIPLE_DEPS and c.lemma_.lower() in SEND_VERBS:
            if any(_protest_note(o) for o in c.children if o.dep_ == "dobj"):
                return True
    return False


def in_summons(verb: Token) -> bool:
    """The note's verb is part of a summons: "summoned X and handed him …"
    (a conjunct), "invited X … to hand him …" (its purpose)."""
    if verb.dep_ == "conj" or verb.dep_ in PARTICIPLE_DEPS:
        return verb.head.lemma_.lower() in SUMMONS_VERBS and verb.head.pos_ == "VERB"
    return False


def _note_head(tok: Token) -> Token | None:
    """The noun a light verb takes: "note", "notes", or "verbale" of "note verbale"."""
    low = tok.lower_
    if low in NOTES and tok.pos_ in ("NOUN", "PROPN"):
        if tok.dep_ == "compound" and tok.head.lower_ == "verbale":
            return tok.head
        if tok.dep_ == "compound":
            return None  # "note" inside another noun
        return tok
    if low == "verbale" and any(c.dep_ == "compound" and c.lower_ in NOTES for c in tok.children):
        return tok
    return None


def _trigger_token(head: Token) -> Token:
    """The "note" word of a "note verbale" whose head is "verbale"."""
    if head.lower_ == "verbale":
        for c in head.children:
            if c.dep_ == "compound" and c.lower_ in NOTES:
                return c
    return head


def _send_verb(head: Token) -> Token | None:
    """The light verb whose object (or passive subject, or participle) the note is."""
    if head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in SEND_VERBS:
        return head.head
    if head.dep_ == "dobj" and head.head.lemma_.lower() in RECEIVE_VERBS:
        return head.head  # "had received Cambodia's note" (relabel61 (d))
    for c in head.children:
        if c.dep_ == "acl" and c.lemma_.lower() in SEND_VERBS:
            return c
    return None


def _diplomatic(head: Token, verb: Token) -> bool:
    """A state's note: called diplomatic or a note verbale, or sent by or to a
    state or a government body."""
    if head.lower_ == "verbale" or any(c.dep_ == "amod" and c.lower_ in FORMAL
                                       for c in head.children):
        return True
    if any(c.dep_ == "poss" and official(c) for c in head.children):
        return True  # "Cambodia's note"
    for c in verb.children:
        if c.dep_ in ("nsubj", "dative", "iobj") and official(c):
            return True
        if c.dep_ in ("prep", "dative", "agent") and c.lower_ in ("to", "by"):
            if any(g.dep_ == "pobj" and official(g) for g in c.children):
                return True
    return False


def _participles(head: Token, verb: Token) -> list[Token]:
    """Words that say what the note does: its participle ("a note demanding"),
    the verb's ("sends note verbale to Delhi seeking …")."""
    found = [c for c in head.children if c.dep_ in PARTICIPLE_DEPS]
    found += [c for c in verb.children if c.dep_ in PARTICIPLE_DEPS and c.tag_ == "VBG"]
    return found + [c for c in _addressees(verb) for c in c.children
                    if c.dep_ == "acl" and c.tag_ == "VBG"]


def _addressees(verb: Token) -> list[Token]:
    """The objects of the verb's "to" ("to the Indian embassy"): the parser
    hangs the note's participle there."""
    return [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for g in c.children if g.dep_ == "pobj"]


def _told_act(head: Token, verb: Token) -> str:
    """REQUEST, ACCUSE or "plain" (no PLOVER act) from what the note is said to do."""
    if any(g.lower_ in COURTESY_NOUNS for g in prep_objects(head, OF)):
        return "plain"  # "a note of thanks"
    for part in _participles(head, verb):
        lemma = part.lemma_.lower()
        if lemma in SAYING:
            lemma = next((c.lemma_.lower() for c in part.children if c.dep_ == "ccomp"), lemma)
        if lemma in REQUEST_WORDS:
            return REQUEST
        if lemma in PLAIN_WORDS:
            return "plain"
    return ACCUSE


def _note_participle(tok: Token) -> bool:
    """``tok`` says what a sent diplomatic note outside a summons does
    ("… protesting the seizure", "… seeking her return"): the note's act."""
    if tok.dep_ not in PARTICIPLE_DEPS or tok.lemma_.lower() not in PROTEST_WORDS | REQUEST_WORDS:
        return False
    head = tok.head
    if _note_head(head) is head:
        verb = _send_verb(head)
        return verb is not None and _diplomatic(head, verb) and not in_summons(verb)
    if tok.tag_ != "VBG":
        return False
    if tok.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ == "to":
        head = head.head.head  # "handed a note to the embassy protesting against …"
    if head.lemma_.lower() not in SEND_VERBS:
        return False
    return any(_note_head(c) is c and _diplomatic(c, head) and not in_summons(head)
               for c in head.children if c.dep_ in ("dobj", "nsubjpass"))


def _carrying_note(tok: Token) -> Token | None:
    """The note ``tok`` is or names the protest of: "a protest note", "a note
    of protest", "the note"."""
    head = _note_head(tok)
    if head is not None:
        return head
    if tok.lemma_.lower() != "protest" or tok.pos_ != "NOUN":
        return None
    if tok.dep_ == "compound" and tok.head.lower_ in NOTES:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in NOTES:
        return tok.head.head
    return None


def _protest_compound(head: Token) -> bool:
    """"a protest note": the noun "protest" carries the event (relabel56 (b))."""
    return any(c.dep_ == "compound" and c.lemma_.lower() == "protest" for c in head.children)


def _protest_note(obj: Token) -> bool:
    """"a note of protest", "a protest note", "a protest"."""
    if obj.lemma_.lower() == "protest":
        return True
    return obj.lower_ in NOTES and any(
        t.lemma_.lower() == "protest" for t in obj.subtree if t.i != obj.i)


def official(tok: Token) -> bool:
    """A state or a government actor ("Hanoi", "the foreign ministry", "the
    Russian charge d'affaires", "it" for one); not a people ("Ukrainians").
    Unlike a protesting state (``state_protests._state``) any GOV actor
    counts: an envoy or a chargé hands or receives notes."""
    m = state_mention(tok.doc, tok)
    return m is not None and (m.kind == "state" or "GOV" in m.sectors)
