"""What the article says a named person is, wherever it says it (issue #12).

A person the knowledge base does not know and whom no title or office
precedes was coded a civilian (``titles.private_people``), even when the
article says elsewhere what he or she is. Two classes fill the sector from
the article's own words, before that default:

* *a role noun apposed to the name or predicated of it*: "Jose Orozco, 27,
  a known gang member" (UAF), "Ortiz, a gang enforcement officer" (COP),
  "Tom Lee, a soldier with the 82nd Airborne" (MIL), "Jerry Ortiz was a
  corrections officer" (COP), "Ana Ruiz is a lawmaker" (LEG), also in a
  relative clause ("Kevin Marsh, who is a corrections officer,"). The role is an
  agent noun the lexicon already codes (its mention's sectors); its country
  is left to the story (``home.py``), as for a bare agent noun. Look-alikes
  that do not count: a *former* or *retired* role ("Tom Brown, a former
  soldier"), a relative ("Mary Smith, the officer's wife": the apposition's
  head is "wife", no agent), a role the person acts on ("Smith, who shot an
  officer": no apposition, no copula).
* *the same person named again*: the role given to one mention of a
  surname ("Ortiz, a gang enforcement officer") holds for every other
  mention of it the text did not code ("Jerry Ortiz", "Mr Ortiz") when the
  text gives that surname one role only.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.models import ActorMention
from eventwire.nlp.arrays import char_span, where_text
from eventwire.nlp.spans import SpanIndex
from eventwire.stages.actors.surnames import name_words
from eventwire.stages.actors.titles import is_title

# modifiers that say the role is no longer held
_PAST = frozenset({"former", "retired", "ex", "ex-", "erstwhile", "onetime", "one-time",
                   "late"})
# heads whose sector is their compound's ("a gang member", "a cartel member")
_MEMBER_HEADS = frozenset({"member", "members", "associate", "associates"})
ROLE_RULE = "+role"
_BODY_PREPS = frozenset({"of", "with", "to"})
# sectors that say nothing of a person's own role ("X of Acme Corp")
_NOT_BODIES = frozenset({"BUS", "MNC", "CVL"})


def _agent_at(tok: Token, mentions: list[ActorMention], index: SpanIndex
              ) -> ActorMention | None:
    found = [mentions[i] for i in index.containing(tok.idx)]
    agents = [m for m in found if m.kind == "agent" and m.sectors and not m.actor_id]
    return agents[-1] if agents else None


def _role(head: Token, mentions: list[ActorMention], index: SpanIndex
          ) -> list[str] | None:
    """The sectors of a role noun ``head`` ("officer", "gang member"), or
    None when it is no coded agent or no longer held ("a former soldier")."""
    if any(c.lower_ in _PAST for c in head.children if c.dep_ in ("amod", "compound", "advmod")):
        return None
    role = _agent_at(head, mentions, index)
    if role is None and head.lower_ in _MEMBER_HEADS:
        role = next((r for c in head.children if c.dep_ == "compound"
                     if (r := _agent_at(c, mentions, index)) is not None), None)
    return None if role is None else list(role.sectors)


def _described(span: Span) -> list[Token]:
    """The role nouns the text gives the person: appositions of the name
    (also after an age: "Orozco, 27, a gang member") and the attribute of
    a copula whose subject the name is ("Ortiz was a corrections officer")."""
    root = span.root
    heads = [c for c in root.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")
             and _next_to(span, c)]
    copulas = [root.head] if root.dep_ in ("nsubj", "nsubjpass") else []
    # "Kevin Marsh, who is a corrections officer,": a relative clause's copula
    copulas += [c for c in root.children if c.dep_ == "relcl"
                and any(s.dep_ == "nsubj" and s.lower_ in ("who", "that") for s in c.children)]
    for cop in (c for c in copulas if c.lemma_ == "be"):
        heads += [c for c in cop.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    return heads


def _next_to(span: Span, appos: Token) -> bool:
    """An apposition that follows the name with only commas and an age
    between ("Orozco, 27, a gang member"): the parser also hangs a list's
    items far along the sentence on a name ("Nichols was spared ... the
    murders of a judge, a court reporter")."""
    between = span.doc[span.end:appos.left_edge.i]
    return appos.i > span.end and all(t.is_punct or t.like_num for t in between)


def _surname(m: ActorMention) -> str:
    words = name_words(m.text.strip())
    return words[-1] if words else ""


def described_people(doc: Doc, mentions: list[ActorMention]) -> None:
    """Fill the sectors of uncoded people from their apposed or predicated
    role, then share each surname's one role with its uncoded mentions."""
    index = SpanIndex([(m.start, m.end) for m in mentions])
    uncoded = [m for m in mentions if m.kind == "person" and not m.actor_id and not m.sectors]
    if not uncoded:
        return
    roles: dict[str, list[list[str]]] = {}
    for m in uncoded:
        span = char_span(doc, m.start, m.end, alignment_mode="expand")
        found = None if span is None else _role_of(span, mentions, index)
        if found is not None:
            m.sectors = found
            m.rule += ROLE_RULE
            roles.setdefault(_surname(m), []).append(found)
    surnames = {_surname(m) for m in uncoded if len(name_words(m.text)) > 1}
    for tok in (doc[i] for i in where_text(doc, surnames)):
        # a bare surname the NER did not tag: "Orozco, 27, a known gang member"
        if tok.pos_ == "PROPN" and not index.containing(tok.idx):
            found = _role_of(doc[tok.i:tok.i + 1], mentions, index)
            if found is not None:
                roles.setdefault(tok.text, []).append(found)
    _share_roles(mentions, roles)


def _role_of(span: Span, mentions: list[ActorMention], index: SpanIndex) -> list[str] | None:
    heads = _described(span)
    found = next((s for h in heads if (s := _role(h, mentions, index))), None)
    if found is None:
        found = next((s for h in [span.root, *heads] if (s := _body(h, mentions, index))), None)
    return found


def _body(head: Token, mentions: list[ActorMention], index: SpanIndex) -> list[str] | None:
    """Class *a person of a force or body*: "Capt. Tom Tennant of the
    Woodburn Police Department", "Ana Diaz, a technician with the state
    police", "Lee Park, an aide to the senate committee": the sectors of the
    body after "of"/"with"/"to" (a state is no body: "John Smith of Texas";
    nor a company, whose employees act as private people)."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in _BODY_PREPS):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            # the word itself or a name word before it ("Police Department")
            found = [mentions[i] for t in (obj, *obj.lefts) for i in index.containing(t.idx)]
            bodies = [b for b in found if b.kind in ("agent", "organisation") and b.sectors]
            if bodies and not set(bodies[0].sectors) & _NOT_BODIES:
                return list(bodies[0].sectors)
    return None


# courtesy titles before a name: "Mr Abbas", "Ms. Ardern", "Dr Mensah" (also repeat_names)
COURTESY = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame",
                      "mister", "madam", "madame"})


def _bare_name(m: ActorMention) -> tuple[str, ...]:
    """The words of a person's name without courtesy titles and titles of
    office before it ("Mr Abbas" -> ("Abbas",), "Senator Ruth Kaye" ->
    ("Ruth", "Kaye"))."""
    words = name_words(m.text.strip())
    while len(words) > 1 and (words[0].lower() in COURTESY or is_title(words[0])):
        words = words[1:]
    return tuple(words)


def _share_roles(mentions: list[ActorMention], roles: dict[str, list[list[str]]]) -> None:
    """Class *the same person named again*: a surname given one role only is
    shared by the bare surname ("Mr Orozco", "Orozco") and by the same full
    name, never by another full name ("His brother Luis Orozco" is not the
    gang member Jose Orozco); with two full names of one surname in the
    article a bare surname is ambiguous and takes nothing. A role found on
    a bare surname the NER missed holds for the article's one full name."""
    single = {k: v[0] for k, v in roles.items() if k and all(s == v[0] for s in v)}
    if not single:
        return
    full: dict[str, set[tuple[str, ...]]] = {}
    for m in mentions:
        words = _bare_name(m)
        if m.kind == "person" and len(words) > 1:
            full.setdefault(words[-1], set()).add(words)
    coded = {_bare_name(m) for m in mentions
             if m.kind == "person" and m.rule.endswith(ROLE_RULE)}
    for m in mentions:
        if m.kind != "person" or m.actor_id or m.sectors:
            continue
        words = _bare_name(m)
        found = single.get(_surname(m))
        names = full.get(_surname(m), set())
        # a role found on a bare surname token holds for the article's one full name
        if len(words) == 1:
            same = len(names) <= 1
        else:
            same = words in coded or (len(names) <= 1 and not names & coded)
        if found is not None and same:
            m.sectors = list(found)
            m.rule += ROLE_RULE + "-surname"
