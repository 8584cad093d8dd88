"""Class *a person named with a rank police and armies share* (recip54):
"Sgt. Ana Ruiz", "Capt. Tom Tennant", "Lt. Gregg Hastings", "Cpl. Dan
Kwan", "Sergeant X", "Captain X", "Inspector X" (police; a weapons
inspector is no force). ``titles.yaml`` leaves these ranks out
because the rank alone does not say the force; the words around it do:

* the title phrase or the phrase after the name names the force
  ("Woodburn Police Department Capt. X", "Troy police Lt. X", "Sheriff's
  Deputy Sgt. X", "Sgt. X of the Bloomington Police Department", "regional
  army spokesman Captain X", "Captain X, Chief PRO (Defence)");
* else the article's focus: a text that speaks of police and not of armies
  (or the reverse) gives its ranks that force.

With neither (a team's "Captain X scored", a ship's master) the person
takes no force: the bare rank agent's guess (the lexicon codes "Captain"
MIL) is withdrawn, and the civilian default follows. A rank word the NER
tagged as a person of its own ("Sgt" before "Hoyt Teasley") takes the
name's force, so that either span carries it. docs/annotation.md: a person
is coded by the role they act in (police ranks COP, military ranks MIL).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.extensions import text_of

POLICE, MILITARY = "COP", "MIL"
# a shared rank right before the name ("Sgt. ", "Lt ", "Captain ")
_RANK_BEFORE = re.compile(
    r"\b(?:Sgt|Sergeant|Capt|Captain|Lt|Lieutenant|Cpl|Corporal|Maj|Major|Insp|Inspector)"
    r"\.?\s+$")
# the rank word alone, as the NER sometimes tags it ("Sgt")
_RANK_WORD = re.compile(
    r"^(?:Sgt|Sergeant|Capt|Captain|Lt|Lieutenant|Cpl|Corporal|Maj|Major|Insp|Inspector)\.?$")
# a capitalised name right after a rank word the NER tagged alone
_NAME_AFTER = re.compile(r"\.?[ \t]+[A-Z][\w'’-]+")
_POLICE_WORDS = re.compile(
    r"\b(?:police|policing|sheriff(?:'s|’s)?|deputy|deputies|patrol|precinct|homicide|"
    r"constabulary|troopers?|detectives?|NYPD|LAPD|LASD|CHP|OSP|garda|gendarmes?|"
    r"gendarmerie)\b", re.IGNORECASE)
_MILITARY_WORDS = re.compile(
    r"\b(?:army|armies|navy|naval|marines?|military|air force|defen[cs]e|troops?|"
    r"soldiers?|battalion|regiment|brigade|infantry|junta)\b", re.IGNORECASE)
# the phrase around the name read for the force: the title phrase before the
# rank and the phrase after the name, within its line
_REACH = 70
# the article's focus: one force named this many times more than the other
_FOCUS_MARGIN = 2


def _force(police: int, military: int, margin: int) -> str | None:
    """COP or MIL when one force's words outnumber the other's by ``margin``."""
    if police and police >= margin * max(military, 1) and police > military:
        return POLICE
    if military and military >= margin * max(police, 1) and military > police:
        return MILITARY
    return None


def _line_window(text: str, start: int, end: int) -> str:
    """The text ``_REACH`` characters around [start, end), within its line."""
    lo, hi = max(0, start - _REACH), end + _REACH
    line_start, line_end = text.rfind("\n", lo, start), text.find("\n", end, hi)
    return text[line_start + 1 if line_start != -1 else lo:line_end if line_end != -1 else hi]


class _Focus:
    """The article's force, counted once and only when a rank asks for it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: tuple[str | None] | None = None

    def force(self) -> str | None:
        if self.found is None:
            self.found = (_force(len(_POLICE_WORDS.findall(self.text)),
                                 len(_MILITARY_WORDS.findall(self.text)), _FOCUS_MARGIN),)
        return self.found[0]


def _rank_force(text: str, m: ActorMention, rank_start: int, focus: _Focus) -> str | None:
    """The force of the rank before ``m``: its phrase's words, else the focus."""
    window = _line_window(text, rank_start, m.end)
    local = _force(len(_POLICE_WORDS.findall(window)), len(_MILITARY_WORDS.findall(window)), 1)
    return local or focus.force()


def _bare_rank_guess(m: ActorMention) -> bool:
    """The person's code is only the rank agent's guess ("Captain" MIL)."""
    return "title" in m.rule.split("+") and not m.actor_id


def ranked_people(doc: Doc, mentions: list[ActorMention]) -> None:
    """Give a person after a shared rank the force its words or the story
    name; withdraw the rank agent's guess when nothing names a force."""
    text = text_of(doc)
    focus = _Focus(text)
    for i, m in enumerate(mentions):
        if m.kind != "person" or m.actor_id or (m.sectors and not _bare_rank_guess(m)):
            continue
        if _RANK_WORD.match(m.text.strip()) and _NAME_AFTER.match(text, m.end):
            force = _rank_force(text, m, m.start, focus)  # "Sgt" + a name the NER left
            if force is not None:
                m.sectors, m.rule = [force], m.rule + "+rank"
            continue
        found = _RANK_BEFORE.search(text, max(0, m.start - 12), m.start)
        if found is None:
            continue
        force = _rank_force(text, m, found.start(), focus)
        if force is None:
            if _bare_rank_guess(m):
                m.sectors = []  # the civilian default follows (titles.private_people)
                m.rule += "+rank-none"
            continue
        m.sectors = [force]
        m.rule += "+rank"
        _rank_alone(mentions, i, found.start(), force)


def _rank_alone(mentions: list[ActorMention], i: int, rank_start: int, force: str) -> None:
    """"Sgt" tagged a person of its own right before the name: the same force."""
    if i == 0:
        return
    prev = mentions[i - 1]
    if prev.kind == "person" and not prev.actor_id and prev.start == rank_start \
            and _RANK_WORD.match(prev.text.strip()):
        prev.sectors = [force]
        prev.rule += "+rank"


# the force sectors a title agent before a bare name gives it (police, armies, courts)
_FORCE_TITLES = frozenset({POLICE, MILITARY, "JUD"})


def titled_name_sectors(doc: Doc, tok: Token) -> list[str] | None:
    """Class *a titled name the NER missed* (recip54): "Deputy Ortiz was
    shot", "killed Officer Brandt": a proper noun right after a capitalised
    title agent ("Deputy" COP, "Officer" COP/MIL, "Judge" JUD) is that
    officer, not the unnamed civilian a bare option defaults to. None when
    the word before is no such title."""
    if tok.pos_ != "PROPN" or tok.i == 0 or not tok.text[:1].isupper():
        return None
    prev = doc[tok.i - 1]
    if not prev.text[:1].isupper() or prev.is_sent_start:
        return None
    for m in doc._.actor_mentions:
        if m.start <= prev.idx < m.end:
            if m.kind == "agent" and m.end <= tok.idx and m.sectors \
                    and set(m.sectors) <= _FORCE_TITLES:
                return list(m.sectors)
            return None
    return None
