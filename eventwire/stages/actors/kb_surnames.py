"""Class *a known person named only by title and surname, or by a surname
the knowledge base holds once*: news names a head of government in full once
per story at most, and often never ("President Xi pledged", "Prime Minister
Modi visited Dhaka", "Chancellor Scholz said", "Erdogan threatened"). The
KB holds the full names ("narendra modi"); the surname alone matched
nothing, and the person then took the story's country from the places
around him (Modi in Dhaka became Bangladeshi).

A one-word person mention the KB does not know takes the identity of the
KB person whose name ends (or, for surname-first names, begins) with that
word when that person is unambiguous:

* after a title ("President", "Prime Minister", "Gen."): exactly one
  person with that surname holds a dated role on the publication day, or
  exactly one person in the whole KB has that surname ("former President
  Trump" in 2023 is still the American);
* with no title (an NER PERSON): exactly one person in the whole KB has
  that surname, a dated role of his is in force on the publication day, and
  the text names his country elsewhere (so "Johnson", "Khan" or "Lee",
  shared by many, are left alone, and so are a surname whose only holder
  left office long before the story and a namesake in another country's
  news: a "Costello" in an Italian story is not Australia's treasurer).

A country the text itself gives ("Pakistani Prime Minister Sharif") wins:
the KB person is taken only when he has that country. Mentions with a full
name in the text are :mod:`surnames`' work (run after this step).
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from eventwire.models import ActorMention
from eventwire.nlp.extensions import text_of
from eventwire.stages.actors.kb import Actor, KnowledgeBase, normalise, split_code
from eventwire.stages.actors.surnames import full_names, name_words
from eventwire.stages.actors.titles import is_title, title_before

RULE = "+kbsurname"


def _keys(alias: str) -> set[str]:
    """An alias's surname keys: its last word, and its first word (a
    surname-first name: "xi jinping") when that is no title word."""
    words = [w for w in alias.split() if w != "-"]
    if len(words) < 2:
        return set()
    keys = {words[-1]}
    if not is_title(words[0]):
        keys.add(words[0])
    return keys


def surname_index(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Surname -> the ids of the KB persons with an alias of two or more
    words that ends (or starts) with it; built once per KB
    (:meth:`KnowledgeBase.surname_index`)."""
    return kb.surname_index(_keys)


def in_office(actor: Actor, when: date | None) -> bool:
    """A dated role of the person is in force on ``when``."""
    return when is not None and bool(actor.dated_roles_at(when))


def known_person(kb: KnowledgeBase, word: str, when: date | None,
                 titled: bool) -> Actor | None:
    """The one KB person ``word`` names (see the module docstring), or None."""
    ids = surname_index(kb).get(normalise(word), frozenset())
    people = [kb.actors[i] for i in sorted(ids)]
    if titled:
        serving = [a for a in people if in_office(a, when)]
        if len(serving) == 1:
            return serving[0]
        return people[0] if len(people) == 1 and not serving else None
    return people[0] if len(people) == 1 and in_office(people[0], when) else None


def _candidate_word(m: ActorMention) -> str | None:
    """The surname of a one-word person mention the KB left unknown."""
    if m.kind != "person" or m.actor_id:
        return None
    words = name_words(m.text.strip())
    if len(words) != 1 or not words[0][:1].isupper() or is_title(words[0]):
        return None
    return words[0]


def known_surnames(doc: Doc, mentions: list[ActorMention], kb: KnowledgeBase) -> None:
    """Give one-word person mentions the identity of the KB person their
    surname names, in place (rule ``+kbsurname``)."""
    text, when = text_of(doc), doc._.published
    named = {m.country for m in mentions if m.country}
    in_full = full_names(mentions)  # the text's own full names decide (surnames.py)
    for m in mentions:
        word = _candidate_word(m)
        if word is None or word in in_full:
            continue
        titled = title_before(text, m.start) is not None
        if not titled and not m.rule.startswith("ner-PERSON"):
            continue
        actor = known_person(kb, word, when, titled)
        if actor is None:
            continue
        country, sectors = split_code(actor.code_at(when)[0] or "")
        if (m.country and country != m.country) or (not titled and country not in named):
            continue
        m.actor_id, m.name, m.country = actor.id, actor.name, country
        m.sectors = sectors or list(m.sectors)
        m.rule += RULE
