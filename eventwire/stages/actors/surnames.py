"""Class *a surname repeats the full name, wherever it stands*: once the
text names "Colombia's Defence Minister Guillermo Botero", a bare "Botero"
(which the NER often misses: "Botero denied ...") is the same person, and
so is a surname in the headline above the full name ("Tokayev orders
troops to shoot" before "Kazakh President Kassym-Jomart Tokayev"). The
bare surname gets the full name's identity: country, sectors, KB id.
Two full names that share a surname make the surname ambiguous: it is
then left alone.

Class *surname-first names*: Chinese, Korean, Vietnamese, Cambodian and
Hungarian names put the family name first ("Tsai Ing-wen" ... "Tsai",
"Yoon Suk Yeol" ... "Yoon", "Hun Manet" ... "Hun"); the first word of a
full name is therefore a key too, after the last words (a last word wins a
clash) and only when it is no title or state ("US President"), for a name the
NER found or one the knowledge base knows ("Yoon Suk Yeol", a leader). Class
*possessive names*: "President Javier Milei's reform" names "Milei".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.arrays import where_text
from eventwire.nlp.extensions import ents_of
from eventwire.nlp.spans import SpanIndex

# rules whose identity is only a default guess for an unknown one-word name
GUESSED = ("+private", "+home")


def name_words(text: str) -> list[str]:
    """The words of a name, a possessive "'s" dropped ("Milei's" -> "Milei")."""
    words = text.split()
    if words and words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]
    return words


def _keys(mentions: list[ActorMention], first: bool) -> dict[str, ActorMention]:
    """Last (or, with ``first``, first) word -> the person named in full with
    a country or KB id; a word two different full names share is dropped."""
    found: dict[str, ActorMention] = {}
    clash: set[str] = set()
    for m in mentions:
        words = name_words(m.text)
        if m.kind != "person" or len(words) < 2 or not (m.country or m.actor_id):
            continue
        key = words[0] if first else words[-1]
        if first and not ((m.rule.startswith("ner-PERSON") or m.actor_id) and
                          _given_or_family(key)):
            continue
        if key in found and name_words(found[key].text) != words:
            clash.add(key)
        found.setdefault(key, m)
    return {k: v for k, v in found.items() if k not in clash}


def _given_or_family(word: str) -> bool:
    """A first word that can be a name: capitalised, not an acronym ("US"),
    not a title word ("President", "Minister")."""
    from eventwire.stages.actors.titles import is_title

    return len(word) > 1 and word[:1].isupper() and not word.isupper() and \
        word.replace("-", "").isalpha() and not is_title(word)


def full_names(mentions: list[ActorMention]) -> dict[str, ActorMention]:
    """Surname -> the person named in full: last words first, then the first
    words of surname-first names that no last word claims."""
    names = _keys(mentions, first=False)
    firsts = _keys(mentions, first=True)
    for key, full in firsts.items():
        names.setdefault(key, full)
    return names


def _bare(tok: Token) -> bool:
    """A capitalised name standing alone, not part of a longer name."""
    def name(t: Token | None) -> bool:
        return t is not None and t.pos_ == "PROPN"
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and not name(before) \
        and not name(after)


def _misread(m: ActorMention) -> bool:
    """Class *a surname the NER reads as a place or an organisation*: "Arce
    ordered him", "Police detained Zuniga", "Mnangagwa said": a one-word
    ORG, GPE or NORP mention the KB does not know, equal to the surname of a person
    the text named in full, is that person."""
    misread = m.rule.split("+")[0] in ("ner-ORG", "ner-GPE", "ner-NORP")
    return misread and len(m.text.split()) == 1 and (
        not m.country or m.rule.endswith("+home"))


def _copy(full: ActorMention, start: int, end: int, text: str) -> ActorMention:
    return ActorMention(start=start, end=end, text=text, actor_id=full.actor_id,
                        name=full.name or full.text, kind=full.kind, country=full.country,
                        sectors=list(full.sectors), confidence=round(full.confidence * 0.9, 3),
                        rule="surname")


def repeated_surnames(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """Give bare surnames their full name's identity: one-word person
    mentions whose identity is missing or guessed are updated in place,
    and surnames no mention covers are returned as new mentions."""
    names = full_names(mentions)
    if not names:
        return []
    for m in mentions:
        full = names.get(" ".join(name_words(m.text.strip())))
        if full is None or m is full:
            continue
        if m.actor_id and m.actor_id == full.actor_id:
            m.sectors = list(full.sectors)  # the office the full name was given
            continue
        if m.actor_id or not (m.kind == "person" or _misread(m)):
            continue
        if not m.country or any(g in m.rule for g in GUESSED):
            m.kind = "person"
            m.country, m.sectors, m.actor_id = full.country, list(full.sectors), full.actor_id
            m.rule += "+surname"
    covered = SpanIndex([(m.start, m.end) for m in mentions])
    found = (doc[i] for i in where_text(doc, names))  # no Token for the other words
    return [_copy(names[t.text], t.idx, t.idx + len(t.text), t.text) for t in found
            if _bare(t) and not covered.overlapping(t.idx, t.idx + len(t.text))]


def drop_name_prefixes(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """Class *a given name that is also a country or another person*: the
    knowledge base matches "Germán" (German), "Jordan", "Israel" or "Hassan"
    (a king) at the start of a longer person's name ("Germán Martínez",
    "Jordan Bardella", "Israel Katz", "President Hassan Sheikh Mohamud").
    A one-word knowledge-base match (no title: "US President Joe Biden"
    keeps its title) that is only a strict prefix of a PERSON entity of two
    or more words is dropped, so that the whole name is kept as the
    person (the NER fallback) and takes its own title or apposition.
    Class *a middle name that is another person* (actors27): the same for a
    one-word match inside the entity, neither its first word nor its last
    ("President Omar Hassan al-Bashir": not Jordan's Prince Hassan; "Ali
    Hussein Kamil", "Maria Isabel Duarte"); a last word is kept (a surname
    the KB knows: "Joe Biden")."""
    people = [e for e in ents_of(doc) if e.label_ == "PERSON" and len(e) >= 2]
    if not people:
        return mentions
    index = SpanIndex([(e.start_char, e.end_char) for e in people])

    def prefix(m: ActorMention) -> bool:
        from eventwire.stages.actors.titles import is_title

        if not m.rule.startswith("kb") or len(m.text.split()) != 1 or is_title(m.text):
            return False
        return any(people[i].start_char <= m.start and m.end < people[i].end_char
                   for i in index.overlapping(m.start, m.end))
    return [m for m in mentions if not prefix(m)]


def _final_code(mentions: list[ActorMention], i: int) -> ActorMention:
    """The mention along ``i``'s antecedent chain that carries its code."""
    seen = {i}
    cur = mentions[i]
    while cur.antecedent is not None and cur.antecedent not in seen and _is_copy(cur):
        seen.add(cur.antecedent)
        cur = mentions[cur.antecedent]
    return cur


def _is_copy(m: ActorMention) -> bool:
    return m.kind == "person" and (m.rule == "surname" or "+surname" in m.rule
                                   or m.rule.endswith("+repeat"))


def refresh_copies(mentions: list[ActorMention]) -> None:
    """Class *a repeated name keeps its full name's final code*: a surname
    ("Mujahid", "Botero", "Kurti") copies its full name's country and
    sectors when the mentions are built, but rules that run later (a
    spokesman speaking for his body: "Taliban spokesman Zabihullah
    Mujahid") recode the full name after the copy was taken. A pronoun
    bound to the surname then stops at the stale copy. Run after the last
    rule that recodes a person, each copy takes its full name's code."""
    for i, m in enumerate(mentions):
        if m.antecedent is None or not _is_copy(m):
            continue
        full = _final_code(mentions, i)
        if full is m or full.kind != "person" or not (full.country or full.actor_id):
            continue
        if (full.country, full.sectors, full.actor_id) != (m.country, m.sectors, m.actor_id):
            m.country, m.sectors, m.actor_id = full.country, list(full.sectors), full.actor_id
            m.rule += "+refreshed"
