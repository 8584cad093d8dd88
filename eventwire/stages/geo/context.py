"""Toponyms recognised by their context, where the small NER model gives
the name another label (ORG, PERSON, PRODUCT) or none.

Six linguistic classes, each accepted only when the gazetteer knows the
name (a mention here is always resolvable; a name no gazetteer holds is
taken only in the frames of ``typed_unknown`` and ``unknown_names``, with no
candidate, for ``vicinity`` to place):

* **place-type cue**: a name governed by a place-type noun, before it ("the
  Puno region", "Masvingo province", "the Cacuaco district") or after
  "<type> of" ("the village of Cellardyke", "the town of Beitbridge");
* **coordination**: a name conjoined with a recognised place ("Tacloban and
  Babatngon", "Mozambique and Botswana", "Devon and Cornwall"), or ending a
  range it starts ("from Carencro to Youngsville");
* **list before a plural type word**: "the Mashonaland West, Manicaland
  and Midlands provinces", "Kano, Kaduna and Zamfara states";
* **hyphenated compounds**: "the Kisumu-bound trucks", "a Gweru-based
  charity"; a pair of places "the Mombasa-Nairobi railway" (``split_pair``);
* **definition**: "Kasese is a town in western Uganda", "Austin is the
  county seat", "Mbarara, the largest city in the region" (``defined``);
* **local noun**: a name owning or modifying a noun only a place has ("Kyiv's
  mayor", "Columbia police", "a Salem man");
* **inner name**: an NER place span the gazetteer does not know, whose
  leading or trailing part it does ("City of Santa Ana" -> "Santa Ana",
  "Orange County Sanitation District" -> "Orange County"): in
  ``name_extent.py``, with the names the NER model cut in two.

The level a type word gives a recognised name ("Idlib province": the
division) is ``type_levels.py``.

``LOCAL_MODIFIED`` (lists19) is no list of person nouns, though it shares
"man", "woman", "resident" with ``data/actors/person_nouns.yaml``: it is the
nouns that make a modifying name a *place* ("a Salem man", "Columbia
police", "the Dover hospital"), so it holds bodies and buildings and leaves
out people a club, a firm or a school has too ("a Chelsea player", "a
Columbia student", "a Boeing pilot"). The two stay apart, written apart.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.attrs import IS_STOP, LOWER, ORTH, POS, SPACY
from spacy.strings import get_string_id
from spacy.symbols import ADJ, NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from eventwire.nlp.arrays import UPPER_FIRST, case_bits, column
from eventwire.nlp.extensions import span_text
from eventwire.stages.geo.coordination import home_pair
from eventwire.stages.geo.facility import feature_word
from eventwire.stages.geo.gazetteer import Place, gazetteer

# nouns that name a kind of place: "<Name> province", "the village of <Name>"
PLACE_TYPES = {"village", "town", "city", "township", "province", "region", "district",
               "county", "state", "municipality", "parish", "prefecture", "governorate",
               "area", "island", "islands", "valley", "borough", "suburb", "neighbourhood",
               "neighborhood", "community", "settlement", "hamlet", "oblast", "department",
               "territory", "commune", "emirate", "canton", "locality", "barangay"}
# "<noun> of <Name>" where only a place fits: "residents of Dorchester",
# "the outskirts of Kandahar", "north of Baghdad", "the mayor of Yonkers"
OF_CUES = {"provinces", "villages", "towns", "residents", "inhabitants", "outskirts",
           "suburbs", "streets", "mayor", "downtown", "north", "south", "east", "west",
           "northeast", "northwest", "southeast", "southwest", "miles", "kilometres",
           "kilometers", "km"}
# words that end an organisation or facility span around a place name
# words that end a facility span around a place name ("Kigali International
# Airport"); not organisation words ("Justice Department", "Home Office")
TRAILING = {"city", "council", "airport", "hospital", "laboratory", "university", "police",
            "port", "station", "base"}
# a division word ending an unknown span: "Hebei province" -> "Hebei"
DIVISION_TRAILING = {"province", "region", "prefecture", "governorate", "oblast", "state",
                     "district", "county", "department", "emirate"}
SINGLE_MIN_POPULATION = 10_000
# a capital's possession that is the city's own, not its government's
LOCAL_HEADS = {"mayor", "resident", "hospital", "street", "suburb", "outskirt", "airport",
               "centre", "center", "district", "neighbourhood", "neighborhood", "population",
               "citizen", "inhabitant", "council", "police", "river", "port", "old", "market",
               "university", "school", "station", "metro", "subway", "downtown", "skyline"}
# nouns a town name modifies as a local: "Columbia police", "a Salem man"
LOCAL_MODIFIED = {"police", "firefighter", "sheriff", "mayor", "council", "resident", "man",
                  "woman", "boy", "girl", "teenager", "family", "couple", "hospital",
                  "neighborhood", "neighbourhood", "homeowner", "native"}
MAX_WORDS = 4


NAME_POS = frozenset({PROPN, NOUN, ADJ})  # ``Token.pos`` ids: no string look-up per token


def _proper(tok: Token) -> bool:
    return tok.pos in NAME_POS and not tok.is_stop and tok.text[:1].isupper()


def proper_flags(doc: Doc) -> list[bool]:
    """:func:`_proper` of every token, read once per document (the name
    scan runs up to four times per document: ``by_context``, ``neighbours``).
    The POS and stop-word flags come from one ``Doc.to_array`` (no Token per
    word) and the capital from the document's ``case_bits``, all tested on
    the whole array at once (speed34: no string look-up per word)."""
    n = len(doc)
    if not n:
        return []
    pos, stop = doc.to_array([POS, IS_STOP]).reshape(n, 2).T
    # three comparisons: ``np.isin`` costs more on 3 values
    passing = ((pos == PROPN) | (pos == NOUN) | (pos == ADJ)) & (stop == 0)
    flags: list[bool] = (passing & (case_bits(doc) & UPPER_FIRST != 0)).tolist()
    return flags


def name_spans(doc: Doc, taken: set[int], proper: list[bool] | None = None
                ) -> Iterator[Span]:
    """Maximal runs of capitalised words (hyphens inside: "KwaZulu-Natal")
    outside the tokens already taken; ``proper``: :func:`proper_flags`."""
    flags = proper_flags(doc) if proper is None else proper
    # an inner hyphen read on the ORTH / SPACY columns, no Token (speed31)
    orths, spaces = column(doc, ORTH), column(doc, SPACY)
    i, n = 0, len(doc)
    while i < n:
        if i in taken or not flags[i]:
            i += 1
            continue
        j = i + 1
        while j < n and j not in taken and j - i < MAX_WORDS and (
                flags[j] or (j + 1 < n and flags[j + 1] and orths[j] == _HYPHEN
                             and not spaces[j])):
            j += 1
        yield Span(doc, i, j)  # doc[i:j] without spaCy's slice checks (speed33)
        i = j


def _cued(span: Span) -> bool:
    """"the Puno region", "the village of Cellardyke", "residents of
    Dorchester", "20 miles north of Tikrit" (``OF_CUES``)."""
    doc = span.doc
    lowers = column(doc, LOWER)  # Tokens only for a type word after (speed29)
    if span.end < len(doc) and lowers[span.end] in _TYPE_IDS and doc[span.end].text.islower():
        return True
    if span.start >= 2 and lowers[span.start - 1] == _WORD_IDS["of"]:
        return lowers[span.start - 2] in _TYPE_OR_CUE_IDS
    return False


_TYPE_IDS = frozenset(map(get_string_id, PLACE_TYPES))
_TYPE_OR_CUE_IDS = frozenset(map(get_string_id, PLACE_TYPES | OF_CUES))
_WORD_IDS = {w: get_string_id(w) for w in ("of", "to", "from")}
_HYPHEN = get_string_id("-")


# "the province Gauteng": a type word right before a known name, no "of"
TYPE_BEFORE = {"province", "region", "district", "prefecture", "governorate", "oblast",
               "county", "village", "town", "department", "municipality"}


def _type_before(span: Span) -> bool:
    """"the province Gauteng", "the region Kakheti", "the district Sylhet"
    (a known name only: ``by_context`` asks the gazetteer)."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].lower_ in TYPE_BEFORE and \
        doc[span.start - 1].text.islower() and doc[span.start - 2].lower_ == "the"


# type words strong enough to make an UNKNOWN name a place (class *a name no
# data holds, typed by its noun*: "the village of Cellardyke", "the hamlets
# of Sfistofca and Periprava", "the Gondra district"); "area", "state",
# "city", "island" and "valley" are left out ("the Apple area", "the state
# Senate", "the city of Light")
UNKNOWN_OF = {"village", "villages", "town", "towns", "hamlet", "hamlets", "township",
              "district", "districts", "province", "provinces", "region", "county", "parish",
              "municipality", "commune", "communes", "neighbourhood", "neighborhood", "suburb",
              "suburbs", "settlement", "settlements", "oblast", "prefecture", "governorate"}
# labels of dates, times and numbers: never a place's name
NUMERIC = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
NOT_NAMES = NUMERIC | {"NORP", "LANGUAGE", "EVENT"}
UNKNOWN_AFTER = {"district", "province", "region", "township", "county", "parish", "village",
                 "prefecture", "governorate", "oblast", "municipality"}


def typed_unknown(span: Span, unknown: set[int]) -> bool:
    """A name no gazetteer holds that its own type word makes a place: after
    "the <type> of" (``UNKNOWN_OF``), before a lower-case ``UNKNOWN_AFTER``
    word, or a conjunct of such a name (token ids in ``unknown``)."""
    doc = span.doc
    if any(tok.ent_type_ in NOT_NAMES for tok in span):
        return False  # "the Kurdish village", "the neighborhood of Saturday's"
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and \
            doc[span.start - 2].lower_ in UNKNOWN_OF and doc[span.start - 2].text.islower():
        return True
    if span.end < len(doc) and doc[span.end].lower_ in UNKNOWN_AFTER and \
            doc[span.end].text.islower():
        return True
    return bool(unknown) and span.root.dep_ == "conj" and span.root.head.i in unknown


PLURAL_TYPES = {"provinces", "regions", "states", "districts", "counties", "villages", "towns",
                "cities", "islands", "parishes", "municipalities", "prefectures", "departments"}


def _listed_before_type(span: Span) -> bool:
    """A member of a list of names that a plural place-type noun ends:
    "the Mashonaland West, Manicaland and Midlands provinces", "Kano, Kaduna
    and Zamfara states", "in Temryuk and Anapa districts": the type word
    governs every member, whatever the parser attached it to."""
    doc, j, joined = span.doc, span.end, False
    while j < len(doc):  # one Token per word looked at (speed22)
        tok = doc[j]
        proper = _proper(tok)
        if not (tok.text == "," or tok.lower_ in ("and", "or") or proper):
            break
        joined = joined or not proper
        j += 1
    else:
        return False  # the list runs to the end: no type word after it
    return (joined or j == span.end) and tok.lower_ in PLURAL_TYPES and tok.text.islower()


# "<Name>-based", "<Name>-bound": a hyphenated compound whose first part is
# where something is, comes from or goes to
HYPHEN_SUFFIXES = {"based", "born", "bound", "headquartered", "registered", "flagged",
                   "bred", "raised", "area", "region"}


def _hyphen_compound(span: Span) -> bool:
    """"the Kisumu-bound trucks", "a Gweru-based charity", "Quetta-born
    players": the name before "-based", "-born", "-bound" (spaCy splits the
    hyphen off) is a place; the small NER model often leaves it untagged."""
    doc, end = span.doc, span.end
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and doc[end + 1].lower_ in HYPHEN_SUFFIXES


def split_pair(span: Span) -> list[tuple[Span, list[Place]]]:
    """A hyphenated pair of places the gazetteer does not know as one name,
    modifying a noun: "the Mombasa-Nairobi railway", "the Kabul-Kandahar
    highway", "Dhaka-Sylhet flights" — each part a capitalised word of three
    letters or more that is a country, a division or a town of 10,000+ (so
    not "Mercedes-Benz", "Al-Minya", nor a person "Navarro-Valls said")."""
    doc = span.doc
    orths = column(doc, ORTH)  # no Token per word (speed31)
    dashes = [i for i in range(span.start, span.end) if orths[i] == _HYPHEN]
    if len(dashes) != 1 or span.end >= len(doc) or doc[span.end].pos_ != "NOUN" \
            or not doc[span.end].is_lower:
        return []
    gaz, out = gazetteer(), []
    for part in (span.doc[span.start:dashes[0]], span.doc[dashes[0] + 1:span.end]):
        cands = gaz.candidates(part.text) if len(part) >= 1 and len(part.text) >= 3 and \
            part.text[:1].isupper() and part.text.replace(" ", "").isalpha() else []
        if not any(p.feature in ("country", "admin1") or p.population >= SINGLE_MIN_POPULATION
                   for p in cands):
            return []
        out.append((part, cands))
    return out


# nouns that define a name as a place: "Kasese is a town", "Mbarara, the
# largest city in the region"
DEFINING = (PLACE_TYPES - {"area", "community", "state", "territory"}) | {
    "seat", "capital", "port", "resort", "metropolis", "village", "hub", "oasis"}


def defined(span: Span) -> bool:
    """A definition says the name is a place: the subject of "be" whose
    complement is a place noun ("Austin is the county seat of Scott County",
    "Kasese is a town in western Uganda", "Tabora was a small port") or a
    name with such an apposition ("Mbarara, the largest city in the region,
    lies ..."): the prose of gazetteers, encyclopaedias and travel pieces,
    where the small NER model often tags the town a person."""
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        return any(c.dep_ == "attr" and c.lemma_.lower() in DEFINING for c in root.head.children)
    return any(c.dep_ == "appos" and c.lemma_.lower() in DEFINING for c in root.children)


def _conjoined(span: Span, taken: set[int]) -> bool:
    """The span's head and a recognised place are conjuncts, or the span
    ends a range that a place starts ("from Carencro to Youngsville")."""
    root, doc = span.root, span.doc
    if root.dep_ == "conj" and root.head.i in taken:
        return True
    lowers = column(doc, LOWER)  # no Token for the words before (speed29)
    if span.start >= 3 and lowers[span.start - 1] == _WORD_IDS["to"] and span.start - 2 in taken:
        k = span.start - 2
        while k > 0 and k - 1 in taken:
            k -= 1
        if k > 0 and lowers[k - 1] == _WORD_IDS["from"]:
            return True
    return any(child.dep_ == "conj" and child.i in taken for child in root.children)


def local(span: Span) -> bool:
    """"Kyiv's mayor", "Nairobi's hospitals", "Columbia police", "a Salem
    man": a name owning or modifying a noun that only a place has."""
    root = span.root
    if root.dep_ == "poss":
        return root.head.lemma_.lower() in LOCAL_HEADS
    return root.dep_ in ("compound", "amod", "nmod") and root.head.i == span.end and \
        root.head.lemma_.lower() in LOCAL_MODIFIED


def by_context(doc: Doc, taken: set[int], home: set[int] | None = None,
               proper: list[bool] | None = None) -> list[tuple[Span, list[Place]]]:
    """Spans outside ``taken`` that the cue or coordination classes make
    places; conjunctions chain ("Temryuk, Anapa and Krasnodar"), so the
    search repeats until nothing new is found. ``home``: the first-level
    divisions of the places already found (``coordination.home_pair``);
    ``proper``: :func:`proper_flags`, when the caller has them."""
    gaz = gazetteer()
    found: list[tuple[Span, list[Place]]] = []
    proper = proper_flags(doc) if proper is None else proper
    unknown: set[int] = set()  # tokens of names typed_unknown took
    from eventwire.stages.geo.unknown_names import actor_spans  # name_extent cycle

    actors = actor_spans(doc)
    for _ in range(3):
        new = []
        for span in name_spans(doc, taken, proper):
            # ``Span.text`` builds a Token per word: cut from the document's text
            text = span_text(span)
            if gaz.demonym(text) or any(map(str.isdigit, text)) or \
                    len(span) == 1 and feature_word(span[0]):
                continue
            # the gazetteer first (one memo look-up): a name it does not hold
            # never takes the cue classes' branch, so their tests are not run
            # for it (speed49: ~half the spans of news text)
            if cands := gaz.candidates(text):
                if _cue(span, taken, home):
                    new.append((span, cands))
            elif typed_unknown(span, unknown) or _unknown_place(span, taken, proper, actors):
                new.append((span, []))
                unknown.update(range(span.start, span.end))
            else:
                new += split_pair(span)
        if not new:
            break
        for span, _ in new:
            taken.update(range(span.start, span.end))
        found += new
    return found


def _cue(span: Span, taken: set[int], home: set[int] | None) -> bool:
    """A cue or coordination class makes the (known) name a place."""
    from eventwire.stages.geo.unknown_names import called_place  # name_extent cycle

    return (_cued(span) or _type_before(span) or _conjoined(span, taken) or local(span)
            or _listed_before_type(span) or _hyphen_compound(span)
            or defined(span) or home_pair(span, home or set()) or called_place(span))


def _unknown_place(span: Span, taken: set[int], proper: list[bool],
                   actors: list[tuple[int, int]]) -> bool:
    """A name no gazetteer holds that its frame makes a place
    (``unknown_names``): defined as one, called one, a member of a typed
    list or of a list of places."""
    from eventwire.stages.geo.unknown_names import (  # name_extent imports this module
        called_place,
        defined_unknown,
        in_list,
        listed_with_places,
        typed_list_member,
    )

    labels = {tok.ent_type_ for tok in span}
    if labels & (NOT_NAMES - {"NORP"}):
        return False
    if defined_unknown(span) or called_place(span):
        return True  # the frame outweighs a NORP tag on a word no demonym list holds
    return "NORP" not in labels and in_list(span) and (
        typed_list_member(span, proper) or listed_with_places(span, taken, proper, actors))
