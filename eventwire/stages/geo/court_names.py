"""A court named by its town (place42): the town inside a court's name.

"Leeds Magistrates' Court", "Fall River District Court", "Carlisle Crown
Court", "the Kabwe Magistrates Court": a local court is named after the
town it sits in, and the NER model tags the whole name an organisation,
so neither the NER labels nor the gazetteer scan (which skips
organisation spans) find the town. The guide places a court step at the
court's seat (docs/annotation.md "A seat named with the actor is the
place"; the court's town in rec_t, rec_u, rec_y, rec_z), and an
appearance, an arraignment or a hearing "at" / "in" / "before" such a
court happens there, so the town is given as a mention of its own; the
event-place rules then decide whether it places an event (a court that
is only the body named, "charged by the Leeds Crown Court prosecutors",
is their call, as for any facility).

Only the leading words before the court's kind ("District", "Crown",
"Magistrates'", "Superior" ...) and "Court" / "Courthouse" / "Tribunal":
not a nation's or a world court ("the Supreme Court", "the International
Court of Justice", "the High Court": no town), not a court named after a
person or a street the gazetteer does not hold as a town, and a single
word only for a town of 1,000+ people (not a hamlet named like a word).
A country or first-level division leading a body's name is read before
this (``recognize._leading_place``).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from eventwire.models import PlaceMention
from eventwire.nlp.arrays import char_span, where_lower
from eventwire.stages.geo.gazetteer import Gazetteer, Place, gazetteer, normalise

COURT_HEADS = {"court", "courthouse", "courts", "tribunal"}
# words naming a court's kind or level between its town and "Court"
COURT_KINDS = {"district", "crown", "magistrates", "magistrates'", "magistrate", "magistrate's",
               "resident", "superior", "county", "municipal", "circuit", "youth", "central",
               "city", "criminal", "civil", "family", "juvenile", "sheriff", "sheriff's",
               "justice", "justices", "main", "local", "regional", "provincial", "'s", "'"}
# leading words that name a court's rank or reach, never its town
NOT_TOWNS = {"supreme", "high", "international", "constitutional", "federal", "appeals",
             "appeal", "military", "special", "administrative", "national", "electoral",
             "european", "general", "the", "a", "an"}
TOWN_FEATURES = {"city", "admin2"}
JURISDICTIONS = {"country", "continent"}  # a state is read by its precision (admin1)
MIN_SINGLE_POPULATION = 1_000
MIN_CUT_POPULATION = 10_000  # one word cut from a longer unknown name


def _court_end(span: Span) -> int | None:
    """The index (in the document) of the court noun closing ``span`` or
    right after it: the NER model often stops before "Court" ("the
    Mamelodi Magistrate's" + "Court")."""
    doc = span.doc
    if span[-1].lower_ in COURT_HEADS:
        return span.end - 1
    i = span.end
    while i < len(doc) and i < span.end + 3 and doc[i].lower_ in COURT_KINDS:
        i += 1
    return i if i < len(doc) and doc[i].lower_ in COURT_HEADS and \
        doc[i].text[:1].isupper() else None


def court_town(span: Span) -> tuple[Span, list[Place]] | None:
    """The town leading an organisation span that names a court, with its
    gazetteer candidates, or None. The longest leading part the gazetteer
    holds as a town: "Stratford" of "Stratford East Magistrates' Court" when
    the borough's name is unknown, then only a town of 10,000+."""
    if len(span) < 1 or (head := _court_end(span)) is None:
        return None
    return _leading_town(span[:min(head, span.end) - span.start])


def _leading_town(words: Span) -> tuple[Span, list[Place]] | None:
    """The town that ``words`` (a court's name up to its head noun) open
    with: its court kind words dropped, at most three capitalised words the
    gazetteer holds as a city or county, never a rank or reach word."""
    end = len(words)
    while end > 0 and words[end - 1].lower_ in COURT_KINDS | COURT_HEADS:
        end -= 1
    if end == 0 or end > 3 or words[0].lower_ in NOT_TOWNS:
        return None
    if not all(t.text[:1].isupper() for t in words[:end]):
        return None
    for size in range(end, 0, -1):
        town = words[:size]
        cands = [p for p in gazetteer().candidates(town.text) if p.feature in TOWN_FEATURES]
        least = MIN_SINGLE_POPULATION if size == end else MIN_CUT_POPULATION
        if cands and (size > 1 or max(p.population for p in cands) >= least):
            return town, cands
    return None


def doer_towns(doc: Doc, taken: set[int]) -> list[tuple[Span, list[Place]]]:
    """Towns named before a court, judge, jury or magistrates that no other
    reading found (place43): "A Norwalk jury", "Leeds court jails", "by
    Barrow magistrates", "A Leeds Crown Court jury" — the NER model leaves
    the town untagged or tags it an organisation. Read as in a court's
    name (:func:`_leading_town`); whether the town places an act is
    :func:`court_doer`'s call."""
    out = []
    for i in where_lower(doc, DOER_NOUNS):  # not a Token per word (speed42)
        noun = doc[i]
        start = noun.i
        while start > noun.sent.start and noun.i - start < 6 and \
                doc[start - 1].dep_ in OWNER_DEPS and doc[start - 1].text[:1].isupper():
            start -= 1
        if start == noun.i or any(i in taken for i in range(start, noun.i)):
            continue
        if (found := _leading_town(doc[start:noun.i])) is not None and \
                not jurisdiction(found[0].text):
            out.append(found)
    return out


def jurisdiction(name: str) -> bool:
    """The name is also a country's or opens one's name, or is a
    nation's adjective ("Georgia", "Sao Tome", "Thai"): a court named so is
    read as the jurisdiction's, not a seat (relabel55 (a))."""
    gaz, key = gazetteer(), normalise(name)
    return gaz.demonym(name) is not None or \
        any(p.feature in JURISDICTIONS for p in gaz.candidates(name)) or \
        key in _country_heads(gaz)


@lru_cache(maxsize=1)
def _country_heads(gaz: Gazetteer) -> frozenset[str]:
    """Every ``key`` that some country's normalised name starts with as
    ``key + " "`` (its leading words before a space: "sao", "sao tome" of
    "sao tome and principe"), read once per gazetteer (speed51: each
    :func:`jurisdiction` call walked the 238 countries, 153k steps per 200
    articles in the event-place stage; a set look-up answers the same)."""
    names = (normalise(c.name) for c in gaz.countries().values())
    return frozenset(n[:i] for n in names for i, ch in enumerate(n) if ch == " ")


# prepositions of a court appearance: "appear at / in / before the X Court"
COURT_PREPS = {"at", "in", "before"}
# verbs that only set a court step down ("a hearing was set for Friday at
# Preston Crown Court"): their locative is the step's, their subject the step
SETTING_VERBS = {"schedule", "set", "fix", "hold", "take", "due"}
OWNER_DEPS = {"compound", "poss", "nmod", "amod"}
HOPS = 4


def court_venue(place: Token, trigger: Token) -> bool:
    """Class *a court step at a court named by its town* (place42): the
    town names a court ("Kabwe" in "the Kabwe Magistrates Court") that is
    the object of "at", "in" or "before" on the trigger ("will appear
    before the Kabwe Magistrates Court", "arraigned in Fall River District
    Court", "charged at the Leeds Crown Court"), or on a verb that only
    sets the trigger down ("a hearing was set for Friday at Carlisle Crown
    Court"): the step happens in that courtroom, so at the town (the
    guide's court seat). Not a court that is the subject or the agent
    ("the Leeds court sentenced": place_scope.court_seat, off), not a
    court of another verb ("charged with the killing, which the Leeds Crown
    Court heard")."""
    cur = place
    for _ in range(HOPS):
        if cur.dep_ not in OWNER_DEPS or cur.head == cur:
            return False
        cur = cur.head
        if cur.lower_ in COURT_HEADS:
            break
    else:
        return False
    if cur.lower_ not in COURT_HEADS or cur.dep_ != "pobj" or cur.head.lower_ not in COURT_PREPS:
        return False
    verb = cur.head.head
    return verb == trigger or (verb.lemma_.lower() in SETTING_VERBS and any(
        c == trigger and c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))


# nouns of a body that rules where it sits (place20, relabel55 (a))
DOER_NOUNS = {"court", "courts", "jury", "judge", "magistrate", "magistrates", "tribunal"}
# verbs a court does its act through: "issued a warrant", "returned a verdict"
LIGHT_VERBS = {"issue", "hand", "return", "deliver", "pass", "reach", "impose", "give"}


def _doer_court(place: Token) -> Token | None:
    """The court, judge, jury or magistrates the town names: "Glasgow" of
    "A Glasgow court" or "Glasgow Sheriff Court jury", "Minsk" of "a court
    in Minsk" (the outermost court noun of the compound), or None."""
    cur, court = place, None
    for _ in range(HOPS + 1):
        if cur.dep_ == "pobj" and cur.head.lower_ == "in" and court is None:
            cur = cur.head.head
        elif cur.dep_ in OWNER_DEPS and cur.head != cur:
            cur = cur.head
        else:
            break
        if cur.lemma_.lower() in DOER_NOUNS or cur.lower_ in DOER_NOUNS:
            court = cur
        elif court is not None:
            break
    return court


def court_doer(place: Token, trigger: Token) -> bool:
    """Class *a court acts at its seat* (place20, decided by relabel55 (a)):
    a court, judge, jury or magistrates named with its town — before the
    noun ("A Glasgow court jailed", the town of "Glasgow Sheriff Court"
    read by :func:`court_town`) or after it ("a judge in Pima County
    ordered") — is the doer of the trigger: its subject, the agent of its
    passive ("remanded by Barrow magistrates"), or the subject of a verb
    that only carries a noun trigger ("issued a warrant", "returned a
    verdict"). The act is done where the court sits. Not a court the act
    is brought before ("sued before a Denver judge"), not a judge's home
    ("a judge from Leeds")."""
    court = _doer_court(place)
    if court is None:
        return False
    if court.dep_ in ("nsubj", "nsubjpass") and court.head == trigger:
        return court.dep_ == "nsubj"
    if court.dep_ == "pobj" and court.head.lower_ == "by":
        return _agent_of(court.head, trigger)
    return court.dep_ == "nsubj" and trigger.dep_ == "dobj" and trigger.head == court.head \
        and court.head.lemma_.lower() in LIGHT_VERBS


def _agent_of(by: Token, trigger: Token) -> bool:
    """"by" marks the agent of the passive trigger, also when the parser
    hangs it on the trigger's own locative ("remanded in custody by Barrow
    magistrates")."""
    if by.dep_ == "agent" or by.head == trigger:
        return by.head == trigger and trigger.tag_ == "VBN"
    return by.head.dep_ == "pobj" and by.head.head.head == trigger and trigger.tag_ == "VBN"


def court_rule(doc: Doc, rule: PlaceMention | None, trigger: Token | None) -> bool:
    """The rules placed the event at a court's town by :func:`court_venue`
    or :func:`court_doer`.
    The learned chooser must not trade it away: it was fitted before such
    towns were found inside a court's name, and a toponym compounded into
    an organisation's name is, in its rows, mostly no venue."""
    if rule is None or rule.basis not in ("trigger", "clause") or trigger is None:
        return False
    span = char_span(doc, rule.start, rule.end, alignment_mode="expand")
    if span is None:
        return False
    return (rule.basis == "trigger" and court_venue(span.root, trigger)) or \
        (rule.basis == "clause" and court_doer(span.root, trigger))
