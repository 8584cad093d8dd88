"""Place names no shipped gazetteer holds, made places by their context
(issue 13, branch geo28: toponym recall).

cities500 lacks villages, hamlets, old or respelled divisions and many
suburbs; the NER model tags such a name a person or an organisation, or
nothing. ``context.typed_unknown`` already takes one typed by its own noun
("the village of Cellardyke", "the Gondra district"). Three more classes,
each a linguistic frame that only a place fills; the name gets no id and no
candidate, and ``vicinity`` gives it the point of its sentence or of the
article's main country:

* **defined as a place** (``defined_unknown``): the subject of "be" whose
  complement is a settlement or division noun, or a name with such an
  apposition — "Tarnby is a rural township in the north", "Kelvale, a suburb
  east of the capital, ran dry", "the pupils came from Ostrava Nova, a
  farming town near the border";
* **a member of a typed list** (``typed_list_member``): a list that
  "<type> of", "<types>:" opens or a plural type word closes governs every
  member, known or not — "the hamlets of Ardo, Belvue and Corran", "three
  villages: Ardo, Belvue, Corran and Duna", "the Ardo and Belvue districts";
* **a member of a list of places** (``listed_with_places``): in a list of
  three or more names where two others are recognised places and the rest
  are names the gazetteer holds (one unknown other allowed per five), an
  unknown member is one too — "Mombasa, Voi and Kwatu", "cases in Leeds,
  York, Harrowby and Hull", "Quito, Cuenca, and Ambato-Viejo" — unless the
  actor stage took it for an organisation, an agent, an armed group or a
  body its knowledge base holds ("Israel, Egypt and Hezbollah").

A type word also names a place after "called"/"named" ("a town called
Ravnby", "the village named Kellsdorf", "a district known as Oruvale"):
``called_place`` (known names too: the NER model tags such names persons).
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from eventwire.nlp.arrays import column
from eventwire.nlp.extensions import get_list
from eventwire.stages.geo.context import PLURAL_TYPES
from eventwire.stages.geo.coordination import LIST_WORDS
from eventwire.stages.geo.gazetteer import gazetteer
from eventwire.stages.geo.name_extent import NAME_CONNECTORS

# nouns that define an unknown name as a settlement or division: "X is a
# town", "X, a suburb of Y" (not "area", "state", "region", "community",
# "country": "Acme is a state-owned firm", "Dogwood, a community group")
UNKNOWN_DEFINING = {"village", "town", "township", "hamlet", "suburb", "district", "province",
                    "municipality", "commune", "settlement", "neighbourhood", "neighborhood",
                    "county", "parish", "city", "island", "port", "prefecture", "governorate"}
# a list that these open ("the villages of A, B and C", "four villages: A,
# B, C and D") or close ("the A and B districts") types every member
LIST_TYPES = PLURAL_TYPES - {"states", "departments"} | {
    "hamlets", "townships", "communes", "suburbs", "settlements", "governorates"}
# "a town called Ravnby", "the village named Kellsdorf"
CALLED_TYPES = UNKNOWN_DEFINING | {"region", "area", "valley"}
CALLING = {"called", "named"}
_CALLING_IDS = frozenset(get_string_id(w) for w in CALLING | {"known"})
_AS, _KNOWN = get_string_id("as"), get_string_id("known")
# words that open a second object of "named"/"called" ("named X its chief",
# "called X a hero")
SECOND_OBJECT_TAGS = {"DT", "PRP$"}
TIME_TYPES = {"DATE", "TIME"}
# the actor stage's kinds that a list member must not be ("Israel, Egypt
# and Hezbollah", "Russia, China and Gazprom"); any other kind but a state
# is excluded too when the knowledge base holds the name
ACTOR_KINDS = {"organisation", "agent", "armed_group"}
MIN_LIST_PLACES = 2
# one other member of a list may be no recognised place per five others
# ("..., Vest-Agder, and Aust-Agder" in a list of fourteen counties)
OTHERS_PER_STRAY = 5


def defined_unknown(span: Span) -> bool:
    """"Tarnby is a rural township", "Kelvale, a suburb east of the capital":
    the name's head is the subject of "be" with a settlement noun as its
    attribute, or has such a noun in apposition."""
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        return any(c.dep_ == "attr" and c.lemma_.lower() in UNKNOWN_DEFINING
                   for c in root.head.children)
    return any(c.dep_ == "appos" and c.lemma_.lower() in UNKNOWN_DEFINING
               for c in root.children)


def called_place(span: Span) -> bool:
    """"a town called Ravnby", "the village named Kellsdorf", "a district
    known as Oruvale": a lower-case type noun, then "called"/"named"/"known
    as", then the name; not when the type noun is the one that names or
    calls (:func:`_second_object`)."""
    doc, i = span.doc, span.start
    # the words before are read on the LOWER column; Tokens only after a
    # calling word (speed29: ~20k Tokens per 200 articles, most spans have none)
    lowers = column(doc, LOWER)
    if i >= 3 and lowers[i - 1] == _AS and lowers[i - 2] == _KNOWN:
        i -= 1
    return i >= 2 and lowers[i - 1] in _CALLING_IDS and \
        doc[i - 2].lower_ in CALLED_TYPES and doc[i - 2].text.islower() and \
        not (doc[i - 1].lower_ in CALLING and _second_object(span, doc[i - 1].i))


def _second_object(span: Span, verb: int) -> bool:
    """The calling verb has a second object after the name, so the type noun
    before it is the verb's subject and the name a person it names: "The
    city named Ahmed Bello its new police chief", "the district called Mira
    Tosk a hero", "the province named Keltra Vos as its envoy" (review43)."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if nxt.lower_ == "as":
        return nxt.head.i == verb
    return nxt.tag_ in SECOND_OBJECT_TAGS and nxt.ent_type_ not in TIME_TYPES and \
        nxt.head.head.i == verb and nxt.head.dep_ in ("oprd", "dobj", "attr")


def in_list(span: Span) -> bool:
    """A separator stands right before or after the name: the cheap test
    that spares most names the list scans below."""
    doc = span.doc
    return (span.start > 0 and doc[span.start - 1].lower_ in LIST_WORDS) or (
        span.end < len(doc) and doc[span.end].lower_ in LIST_WORDS)


def _list_item(doc: Doc, i: int, proper: list[bool]) -> bool:
    """A word a list of names is made of: a name word, a name connector
    inside a name ("Ceamurlia de Jos"), a hyphen, a separator, "the", or a
    possessive (so that a shop's name "Ralph's" is a member of its own, no
    bare "Ralph")."""
    tok = doc[i]
    if tok.ent_type_ in TIME_TYPES:
        return False  # "and Ambalavo on Sunday": a day is no name
    if tok.text in NAME_CONNECTORS:
        return 0 < i < len(doc) - 1 and proper[i - 1] and proper[i + 1] and \
            doc[i + 1].ent_type_ not in TIME_TYPES
    return proper[i] or tok.lower_ in LIST_WORDS or tok.lower_ == "the" or \
        tok.text == "-" or tok.tag_ == "POS"


def list_bounds(doc: Doc, span: Span, proper: list[bool]) -> tuple[int, int]:
    """The token range of the list of names around ``span`` (the span alone
    when no separator joins it to another name)."""
    start, end = span.start, span.end
    while start > 0 and _list_item(doc, start - 1, proper):
        start -= 1
    while end < len(doc) and _list_item(doc, end, proper):
        end += 1
    while start < span.start and not proper[start]:
        start += 1  # a list starts and ends on a name
    while end > span.end and not proper[end - 1]:
        end -= 1
    return start, end


def members(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The names of the list ``doc[start:end]``, split at its separators."""
    out, first = [], start
    for i in range(start, end + 1):
        if i == end or doc[i].lower_ in LIST_WORDS:
            while first < i and doc[first].lower_ == "the":
                first += 1
            if i > first:
                out.append((first, i))
            first = i + 1
    return out


def typed_list_member(span: Span, proper: list[bool]) -> bool:
    """A member of a list of two or more names that "<type> of" or
    "<types>:" opens, or a plural type word closes: "the hamlets of Ardo,
    Belvue and Corran", "three villages: Ardo, Belvue and Duna", "the Ardo
    and Belvue districts"."""
    doc = span.doc
    start, end = list_bounds(doc, span, proper)
    if len(members(doc, start, end)) < 2:
        return False
    before = doc[start - 1] if start > 0 else None
    opener = doc[start - 2] if start > 1 else None
    if before is not None and opener is not None and before.text in ("of", ":") and \
            opener.text.islower() and (opener.lower_ in LIST_TYPES or
                                       before.text == "of" and opener.lower_ in UNKNOWN_DEFINING):
        return True
    closer = doc[end] if end < len(doc) else None
    return closer is not None and closer.text.islower() and closer.lower_ in LIST_TYPES


def actor_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the actor stage's mentions that are no place: an
    organisation, agent or armed group, any mention but a state that the
    knowledge base resolved ("the Palestinian Authority"), or a person's
    full name (:func:`_full_name`)."""
    return [(m.start, m.end) for m in get_list(doc, "actor_mentions")
            if m.kind in ACTOR_KINDS or m.actor_id is not None and m.kind != "state"
            or _full_name(m.kind, m.text)]


def _full_name(kind: str, text: str) -> bool:
    """A person of two capitalised words or more, a given name and a
    surname, that ends a list of places: "sent to Spain, Portugal and
    Marisol Ventaja", "teams from Ghana, Togo and Kofi Mensavi", "ministers
    from France, Italy and Tobias Wendler" (review43)."""
    words = text.split()
    return kind == "person" and len(words) >= 2 and all(w[:1].isupper() for w in words)


def listed_with_places(span: Span, taken: set[int], proper: list[bool],
                       actors: list[tuple[int, int]]) -> bool:
    """A whole member of a list of three names or more whose other members
    are places: two at least recognised (tokens in ``taken``), the rest
    recognised or names the gazetteer holds, but for one in five others
    (a long list may hold a second unknown name): "Mombasa, Voi and
    Kwatu", "Leeds, York, Harrowby and Hull" (not a list of brands or
    diseases where a name or two read as towns). Not a
    name the actor stage took (``actors``: :func:`actor_spans`)."""
    if any(s < span.end_char and span.start_char < e for s, e in actors):
        return False
    doc = span.doc
    names = members(doc, *list_bounds(doc, span, proper))
    if len(names) < 3 or (span.start, span.end) not in names:
        return False  # the name is a whole member, not part of one
    others = [(s, e) for s, e in names if (s, e) != (span.start, span.end)]
    places = sum(1 for s, _e in others if s in taken)
    gaz = gazetteer()  # a known name not yet taken ("Hull", tagged a person) is no stray
    strays = sum(1 for s, e in others if s not in taken and not gaz.candidates(doc[s:e].text))
    return places >= MIN_LIST_PLACES and strays <= len(others) // OTHERS_PER_STRAY
