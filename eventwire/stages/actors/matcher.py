"""Find actor mentions: knowledge-base aliases, agent nouns, compounds, NER.

Matching runs over *units*: spaCy tokens normalised with
:func:`~eventwire.stages.actors.kb.normalise`, where a token that starts with an
apostrophe is glued to the one before ("Kata" + "’ib" -> "kataib"), except the
possessive "'s". Longest match wins, left to right; at most ``MAX_WORDS``
words per phrase, so the cost is a few dict look-ups per token.

Precision guards:
* a KB actor (not an agent noun) must start with a capitalised token — names
  are capitalised, and "us", "chad", "turkey" in lower case are not actors;
  a lower-case Arabic article before a hyphen and a capitalised word
  ("al-Shabab", "al-Qaeda") counts as the name's start;
* a one-word match of three letters or fewer must be all upper case
  ("US", "UN", "PMU"), so the pronoun "us" never becomes the United States;
* "Americans", "Iraqis": a plural demonym is looked up without its "s".
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import LOWER, ORTH, SPACY
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc

from eventwire.nlp.arrays import column, remember
from eventwire.stages.actors.kb import Actor, KnowledgeBase, normalise

MAX_WORDS = 8


@dataclass(slots=True)  # one per word of every article: slots make it cheap
class Unit:
    norm: str
    first: int  # first token index
    last: int  # last token index (inclusive)
    possessive: bool = False  # the unit is a possessive "'s" (read from the LOWER column)


@dataclass
class Match:
    first: int
    last: int  # inclusive token index
    actors: list[Actor] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    rule: str = "kb"


# A token's normal form is a pure function of its text, and news repeats its
# words: memoised, ``units_of`` costs one dict look-up for most tokens.
_token_norm = lru_cache(maxsize=1 << 16)(normalise)


APOSTROPHES = "’'`ʼ"
_POSSESSIVES = frozenset(get_string_id(s) for s in ("'s", "’s"))
# a word's string id -> (normal form, starts with an apostrophe): both pure
# functions of the text, so most words skip the string look-up altogether
# (a ``remember`` memo)
_ORTH_UNIT: dict[int, tuple[str, bool]] = {}


def _orth_unit(strings: StringStore, orth: int) -> tuple[str, bool]:
    found = _ORTH_UNIT.get(orth)
    if found is None:
        text = strings[orth]
        found = remember(_ORTH_UNIT, orth, (_token_norm(text), text[:1] in APOSTROPHES))
    return found


class Units:
    """The doc's units as four parallel lists (speed34: one ``Unit`` object
    per word cost a dataclass ``__init__`` per word of every article; the
    matcher reads the lists): unit ``k`` is ``norms[k]``, its first and
    last token ``firsts[k]`` / ``lasts[k]``, and whether it is a possessive
    "'s" ``possessive[k]``."""

    __slots__ = ("norms", "firsts", "lasts", "possessive")

    def __init__(self) -> None:
        self.norms: list[str] = []
        self.firsts: list[int] = []
        self.lasts: list[int] = []
        self.possessive: list[bool] = []

    def __len__(self) -> int:
        return len(self.norms)


def unit_lists(doc: Doc) -> Units:
    """The doc's units. Each word's text, lower case and trailing space are
    read from ``Doc.to_array`` (no Token object per word); a token glues to
    the one before when it starts with an apostrophe, is not the possessive
    "'s" and nothing separates them."""
    units = Units()
    if not len(doc):
        return units
    norms, firsts, lasts, possessive = units.norms, units.firsts, units.lasts, units.possessive
    strings = doc.vocab.strings
    space_before = True
    # the columns kept per document, which the stages read anyway (the char
    # table SPACY, where_lower LOWER, where_text and case_bits ORTH): no
    # to_array of the three read here alone (speed57)
    for i, (orth, lower, space) in enumerate(zip(column(doc, ORTH), column(doc, LOWER),
                                                 column(doc, SPACY), strict=True)):
        norm, apostrophe = _ORTH_UNIT.get(orth) or _orth_unit(strings, orth)
        if norms and apostrophe and lower not in _POSSESSIVES and not space_before:
            norms[-1] += norm
            lasts[-1] = i
        elif norm:
            norms.append(norm)
            firsts.append(i)
            lasts.append(i)
            possessive.append(lower in _POSSESSIVES)
        space_before = bool(space)
    return units


def units_of(doc: Doc) -> list[Unit]:
    """The doc's units as ``Unit`` objects (:func:`unit_lists`)."""
    units = unit_lists(doc)
    return [Unit(*unit) for unit in zip(units.norms, units.firsts, units.lasts,
                                         units.possessive, strict=True)]


# Arabic articles written in lower case before a hyphen: "al-Shabab", "el-Sisi"
_ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ul"})


def _lower_article(doc: Doc, at: int) -> bool:
    """Class *a name after a lower-case article* (recips26): "al-Shabab",
    "al-Qaeda", "el-Sisi" start with a lower-case article, hyphen and a
    capitalised word; the name is capitalised after the hyphen."""
    return doc[at].lower_ in _ARTICLES and at + 2 < len(doc) and doc[at + 1].text == "-" \
        and doc[at + 2].text[:1].isupper()


def _actor_ok(doc: Doc, start: int, n: int) -> bool:
    """A KB actor's phrase of ``n`` units may start at token ``start``."""
    first = doc[start]
    if not first.text[:1].isupper() and not (n > 1 and _lower_article(doc, first.i)):
        return False
    if n == 1 and len(first.text) <= 3 and not first.text.isupper():
        return False
    return True


def _lookup(kb: KnowledgeBase, phrase: str) -> list[Actor]:
    found = kb.lookup(phrase)
    if not found and phrase.endswith("s") and len(phrase) > 4:
        found = [a for a in kb.lookup(phrase[:-1]) if a.kind == "state"]
    return found


def find_matches(doc: Doc, kb: KnowledgeBase) -> list[Match]:
    units = unit_lists(doc)
    norms, prefixes = units.norms, kb.prefixes
    # the units that are a possessive "'s", in order: ``_longest`` glues one
    # only when one lies in its window (a bisect, not a scan per unit)
    possessives = [k for k, p in enumerate(units.possessive) if p]
    hyphens = [k for k, norm in enumerate(norms) if norm == "-"]  # ``_unhyphenated_phrases``
    matches: list[Match] = []
    possessive, phrases, agents = units.possessive, kb.phrases, kb.agents
    last = len(norms) - 1
    i = 0
    while i < len(norms):
        # a unit no KB phrase starts with matches nothing (``_prefix_phrases``
        # would stop at once): two thirds of the units of news text. Nor does
        # one that is no phrase itself (nor the plural of one) when no phrase
        # goes on with the next unit, no hyphen follows (the unhyphenated
        # phrases) and no "'s" is among the next two units (the glued ones):
        # ``_longest`` returns None for it after building and looking up its
        # phrases -- "the", "a", "new" before most words; five in six of its
        # calls per 200 articles (speed49)
        norm = norms[i]
        hit = _longest(doc, kb, units, i, possessives, hyphens) \
            if norm in prefixes and not (
                norm not in phrases and norm not in agents
                and (norm[-1:] != "s" or norm[:-1] not in phrases)
                and (i == last or f"{norm} {norms[i + 1]}" not in prefixes
                     and norms[i + 1] != "-" and not possessive[i + 1]
                     and (i + 1 == last or not possessive[i + 2]))) else None
        if hit is None:
            i += 1
            continue
        n, match = hit
        matches.append(match)
        i += n
    return matches


def _longest(doc: Doc, kb: KnowledgeBase, units: Units, i: int,
             possessives: list[int] | None = None, hyphens: list[int] | None = None
             ) -> tuple[int, Match] | None:
    firsts, lasts = units.firsts, units.lasts
    top = min(MAX_WORDS, kb.longest_from(units.norms[i].partition(" ")[0]), len(units) - i)
    after = bisect_right(possessives, i) if possessives else 0
    near = possessives is not None and after < len(possessives) and \
        possessives[after] <= i + top
    for phrase, n in reversed(_glued_phrases(kb, units, i, top + 1) if near else []):
        # the exact phrase of a name of several words: no plural fallback
        # ("Kosovo's" is no "Kosovos"), no one-word possessive
        actors = kb.lookup(phrase) if " " in phrase else []
        if actors and _actor_ok(doc, firsts[i], n):
            return n, Match(firsts[i], lasts[i + n - 1], actors=actors)
    nxt = bisect_right(hyphens, i) if hyphens else 0
    if hyphens and nxt < len(hyphens) and hyphens[nxt] == i + 1:
        for phrase, n in reversed(_unhyphenated_phrases(kb, units, i, top + 2)):
            actors = kb.lookup(phrase)
            if actors and _actor_ok(doc, firsts[i], n):
                return n, Match(firsts[i], lasts[i + n - 1], actors=actors)
    phrases = _prefix_phrases(kb, units, i, top)
    for n in range(len(phrases), 0, -1):
        phrase = phrases[n - 1]
        first, last = firsts[i], lasts[i + n - 1]
        actors = _lookup(kb, phrase)
        if actors and _actor_ok(doc, firsts[i], n):
            return n, Match(first, last, actors=actors)
        sectors = kb.agents.get(phrase)
        end = _word_end(doc, first, last)
        if sectors and (doc[end].pos_ in ("NOUN", "PROPN") or _argument_adjective(doc, end)):
            return n, Match(first, end, sectors=list(sectors), rule="agent")
    return None


# the slots an adjective cannot fill: a word tagged ADJ there is a noun misread
ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "dative"})


def _argument_adjective(doc: Doc, i: int) -> bool:
    """Class *an agent noun the tagger read as an adjective* (recip57): a
    word of the agent lexicon tagged ADJ that heads an argument slot -- the
    object, subject or a preposition's object ("Police use Taser to arrest
    hit-and-run suspect", where "suspect" came out ADJ) -- is the noun, as
    no adjective stands there alone; an ADJ modifying a noun ("a suspect
    package") or after a copula ("he was suspect") is no agent. Measured on
    the 36 development sets (recip57_r5 vs r4): recipient +2 (2 real), actor
    +1 (1 real), nothing lost."""
    tok = doc[i]
    return tok.pos_ == "ADJ" and tok.dep_ in ARGUMENT_DEPS


def _word_end(doc: Doc, first: int, last: int) -> int:
    """Class *a plural possessive agent* (actors49): "the rebels' positions",
    "the militants' hideout", "the soldiers' barracks" -- the bare "'" of a
    plural possessive is glued to its noun's unit (it starts with an
    apostrophe and is no "'s"), so the unit's last token is the "'" (a
    PART), not the noun. The token whose part of speech tells an agent
    noun is the one before that "'", and the mention ends there: its text is
    the bare noun's ("rebels"), so the rules that read an agent's words
    (outsiders, home, owners) treat it as the bare noun."""
    if last > first and doc[last].text in APOSTROPHES:
        return last - 1
    return last


def _glued_phrases(kb: KnowledgeBase, units: Units, i: int, top: int
                   ) -> list[tuple[str, int]]:
    """Class *a name with a possessive inside* (actors27): "Democratic
    People's Republic of Korea", "the People's Liberation Army", "Lord's
    Resistance Army" are KB phrases written without the apostrophe
    ("peoples liberation army"), but "'s" is a unit of its own (so that
    "Iraq's army" keeps "Iraq"). The phrases from ``i`` with each possessive
    glued to the word before, with the number of units each covers; only
    the phrases past a glued possessive (the others are ``_prefix_phrases``'
    business), and none when the next units hold no possessive."""
    window, possessive = units.norms[i:i + top], units.possessive[i:i + top]
    if not any(possessive[1:]):
        return []
    out: list[tuple[str, int]] = []
    phrase, glued, k = "", False, 0
    while k < len(window):
        word = window[k]
        if k + 1 < len(window) and possessive[k + 1]:
            word, step, glued = word + "s", 2, True
        else:
            step = 1
        phrase = f"{phrase} {word}" if phrase else word
        if phrase not in kb.prefixes:
            break
        k += step
        if glued:
            out.append((phrase, k))
    return out


def _prefix_phrases(kb: KnowledgeBase, units: Units, i: int, top: int) -> list[str]:
    """The phrases of 1..n units from ``i`` while each is still the start of
    some KB phrase: a longer one cannot be in the KB ("the" starts 8-word
    aliases, "the first" none), so it is never built or looked up."""
    out: list[str] = []
    for norm in units.norms[i:i + top]:
        phrase = f"{out[-1]} {norm}" if out else norm
        if phrase not in kb.prefixes:
            break
        out.append(phrase)
    return out


def _unhyphenated_phrases(kb: KnowledgeBase, units: Units, i: int, top: int
                          ) -> list[tuple[str, int]]:
    """Class *a name written with a hyphen that the KB writes with a space*
    (actors31): "Timor-Leste" was "Timor" (Indonesia's island, IDN),
    "Guinea-Bissau" was "Guinea" (GIN), "Bosnia-Herzegovina" "Bosnia": the
    KB holds "timor leste", "guinea bissau", but the text's hyphen is a
    unit of its own. The phrases from ``i`` with each hyphen between two
    words dropped, with the number of units each covers; only those past a
    dropped hyphen (read only when the unit after ``i`` is a hyphen)."""
    window = units.norms[i:i + top]
    out: list[tuple[str, int]] = []
    phrase, dropped, k = window[0], False, 1
    while k < len(window):
        if window[k] == "-" and k + 1 < len(window):
            k, dropped = k + 1, True
        phrase = f"{phrase} {window[k]}"
        if phrase not in kb.prefixes:
            break
        k += 1
        if dropped:
            out.append((phrase, k))
    return out
