"""Sectors of the states named in an article: a country's name stands for
its government, a demonym on an agent noun takes that noun's sector, a
plural demonym names the country's people (split from ``component.py``)."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Token

from eventwire.datafiles import word_lists
from eventwire.models import ActorMention
from eventwire.nlp.arrays import char_span
from eventwire.paths import DATA_DIR
from eventwire.stages.actors.kb import KnowledgeBase, normalise

DEMONYM_HEADS_PATH = DATA_DIR / "actors" / "demonym_heads.yaml"
# modifiers that make a crew, a drone or its people an armed body's own
MILITARY_MODIFIERS = frozenset({"military", "army", "naval", "navy", "police", "security",
                                "coast", "guard", "air", "militia", "rebel"})


def state_sectors(doc: Doc, mentions: list[ActorMention], kb: KnowledgeBase) -> None:
    """A country used as a noun ("Washington threatened", "talks with Iraq")
    stands for its government (GOV, as CAMEO codes it); a demonym attached to
    an agent noun further away ("Hungarian and Romanian officials") takes that
    noun's sector."""
    for m in mentions:
        if m.kind != "state" or m.sectors:
            continue
        span = char_span(doc, m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ in ("amod", "compound", "conj") or root.pos_ == "ADJ":
            head = root.head
            for _ in range(3):  # "Romanian" -conj-> "Hungarian" -amod-> "officials"
                if head.pos_ in ("NOUN", "PROPN") or head.head == head:
                    break
                head = head.head
            noun = head if head.pos_ in ("NOUN", "PROPN") else None
            if noun is not None and (sectors := kb.agents.get(noun.lower_)
                                     or demonym_head_sectors(noun)):
                m.sectors = list(sectors)
                m.rule += "+agent"
        elif _plural_demonym(m, root):
            m.sectors = ["CVL"]  # "thousands of Georgians marched": people, not the state
            m.rule += "+people"
        elif root.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "pobj", "poss", "appos",
                           "ROOT"):
            m.sectors = ["GOV"]
            m.rule += "+gov"
        if not m.sectors and place_name(m):
            # class *a country's name in any other slot*: "Ukraine and Russia
            # exchanged" (conj), "Cameroon dam release" (compound) name the
            # state; a demonym ("Thai trawler") is left to its noun
            m.sectors = ["GOV"]
            m.rule += "+gov"


@lru_cache(maxsize=1)
def _head_sectors() -> dict[str, str]:
    lists = word_lists(DEMONYM_HEADS_PATH)
    return {noun: sector for sector, nouns in lists.items() for noun in nouns}


def demonym_head_sectors(noun: Token) -> list[str]:
    """Class *a demonym on a noun the agent lexicon lacks*: "Chinese
    nationals", "a Thai crew member", "Sudanese herders" are civilians, "a
    Malian drone" the military, where the knowledge base's agent phrases
    have no such noun and the resolver guessed (BUS, GOV). The noun with its
    compound ("crew member", "combat drone") is looked up before the noun
    alone; a noun another modifier makes an agent ("military crew",
    "police drone") is not this class."""
    heads = _head_sectors()
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    if any(c.lower_ in MILITARY_MODIFIERS for c in mods):
        return []
    compound = [c for c in mods if c.dep_ == "compound" and c.i == noun.i - 1]
    if compound and (sector := heads.get(f"{compound[0].lower_} {noun.lower_}")):
        return [sector]
    sector = heads.get(noun.lower_)
    return [sector] if sector else []


def place_name(m: ActorMention) -> bool:
    """Whether the mention is written as a place's own name ("Cameroon",
    "Almaty", "U.S."), not as a demonym ("Thai", which the gazetteer also
    reads as Thailand)."""
    from eventwire.stages.geo.gazetteer import gazetteer

    letters = m.text.replace(".", "")
    return letters.isupper() or any(c.name.lower() == m.text.lower()
                                    for c in gazetteer().candidates(m.text))


def _plural_demonym(m: ActorMention, root: Token) -> bool:
    """Class *plural demonyms*: "Georgians", "Iraqis", "the Japanese", "the
    British" used as a noun name the country's people (CVL), where a
    country or capital name ("Georgia said", "Paris rejected") stands for
    its government."""
    from eventwire.stages.geo.gazetteer import gazetteer

    if gazetteer().candidates(m.text):
        return False  # a place ("Tunis", "Athens", "the Philippines") is no demonym
    if root.tag_ in ("NNPS", "NNS") or demonym_person(root):
        return True
    prev = root.doc[root.i - 1] if root.i > 0 else None
    return prev is not None and prev.lower_ == "the" and \
        root.text.endswith(("ese", "ish", "ch"))


# slots of a demonym used as a noun that name people acted on, not a speaker
# ("urged Guyanese to vote", "the expulsion of Congolese", "Somalis were detained")
PEOPLE_DEPS = frozenset({"dobj", "pobj", "dative", "nsubjpass"})


def demonym_person(root: Token) -> bool:
    """Class *a demonym used as a noun names people* (recip57), where the
    tagger read it as a singular proper noun: a plural written with an "s"
    on a known demonym ("called on Georgians to vote", "urged Kuwaitis to
    stay home", "Somalis were detained"); a singular after "a" / "an" ("an
    attempt to kill a Bulgarian", "if a Filipino is harmed": one person);
    and an invariant "-ese" plural with no article as whom an act is done to
    ("urged Guyanese to reject division", "the expulsion of Congolese") --
    never the state, which its country's name stands for. A demonym on a
    noun ("Georgian officials") is read by its noun before this. Measured
    on the 36 development sets (recip57_r3 vs recip57_r2): recipient +6 (1
    real) / -0, 6 sets; actor and every other field unchanged."""
    from eventwire.stages.geo.gazetteer import gazetteer

    text = root.text
    if root.pos_ not in ("PROPN", "NOUN"):
        return False
    if text.endswith("s") and gazetteer().demonym(text[:-1]) is not None:
        return True
    if gazetteer().demonym(text) is None:
        return False
    dets = {c.lower_ for c in root.children if c.dep_ == "det"}
    return bool(dets & {"a", "an"}) or (
        not dets and text.endswith("ese") and root.dep_ in PEOPLE_DEPS)


# the Republic of Congo named as such: "Congo-Brazzaville", "Republic of Congo"
# without "Democratic" before it, its capital Brazzaville
BRAZZAVILLE = re.compile(r"brazzaville|(?<!democratic )republic of (?:the )?congo", re.I)
CONGO_SHORT = {"congo", "the congo"}
# the day Zaire took the name Democratic Republic of the Congo: before it,
# "Congo" was the Republic of Congo
ZAIRE_RENAMED = date(1997, 5, 17)


def congo_by_context(text: str, mentions: list[ActorMention],
                     published: date | None = None) -> None:
    """Class *the short name "Congo"*: news outlets write bare "Congo" for
    the Democratic Republic of Congo (Kinshasa, Goma, the M23) and name the
    Republic of Congo in full or by its capital; a bare "Congo" is the DRC
    unless the text names the Republic of Congo so, or the article is from
    the years the DRC was Zaire."""
    # the bare "Congo" mentions first (speed26): most articles have none,
    # and the whole-text search is then not needed (~200 searches per 200
    # articles; the mentions are only read, so the order does not matter)
    short = [m for m in mentions if m.country == "COG" and normalise(m.text) in CONGO_SHORT]
    if not short or BRAZZAVILLE.search(text) or (
            published is not None and published < ZAIRE_RENAMED):
        return
    for m in short:
        m.country = "COD"
        m.actor_id, m.name = "ew:drc", "Democratic Republic of the Congo"
        m.rule += "+drc"
