"""``eventwire_places`` (toponyms -> ``doc._.place_mentions``; those that
place no event -> ``doc._.toponym_mentions``, ``named_only.py``) and
``eventwire_event_place`` (the place of each event).

Recognition is ``recognize.py`` (NER + gazetteer scan, metonymy from the
actor stage), resolution ``resolve.py`` (learned candidate ranking). A
facility ("the Baghdad airport") is placed at the city it names.

The event place (basis trigger, clause, sentence, dateline, scene, focus, or none)
is chosen by the rules of ``event_place.py`` over the toponyms and the
places the text names by a description ("in the capital", "across the
country": ``place_descriptions.py``); where shipped weights exist, a learned
choice among the same candidates (``place_chooser.py``, docs/BENCHMARKS.md
"place11") may override the rules' pick by a fitted margin. Last, an
attack the dateline placed but the article had already put at a scene far
from it takes that scene (basis ``scene``, ``attack_scene.py``, place24);
an attack named again by a definite noun, or a shooting, killing or bombing
told again by a word of its kind, takes the last scene the text gave it
(``told_again.py``, place38 / place62).
"""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.errors import Errors, EventwireError
from eventwire.models import PlaceMention
from eventwire.nlp.component import StageComponent
from eventwire.nlp.extensions import get_list, text_of
from eventwire.nlp.sentences import sentence_chars
from eventwire.stages.actors.scene_victims import victims_at_scene
from eventwire.stages.geo.attack_scene import attack_scenes
from eventwire.stages.geo.capital_names import capital_readings
from eventwire.stages.geo.city_parts import place_city_parts
from eventwire.stages.geo.coordination import LIST_WORDS
from eventwire.stages.geo.dateline_model import MODEL_PATH as DATELINE_MODEL_PATH
from eventwire.stages.geo.dateline_model import load_dateline_model, redecide_datelines
from eventwire.stages.geo.datelines import dateline_match, dateline_place
from eventwire.stages.geo.division_towns import foreign_division_towns, foreign_small_towns
from eventwire.stages.geo.event_place import place_for
from eventwire.stages.geo.gazetteer import gazetteer
from eventwire.stages.geo.named_only import named_features, names_inside_features, toponyms_only
from eventwire.stages.geo.place_chooser import Context, decide_all, load_chooser
from eventwire.stages.geo.place_descriptions import with_descriptions
from eventwire.stages.geo.recognize import Mention, demonym_countries, find_mentions
from eventwire.stages.geo.regions import region_matcher
from eventwire.stages.geo.resolve import list_levels, ranker, resolve
from eventwire.stages.geo.told_again import same_kind_scenes, told_again_scenes
from eventwire.stages.geo.vicinity import place_in_vicinity

PRECISION = {"country": "country", "admin1": "admin1", "admin2": "admin2",
             "continent": "continent", "user": "point", "airport": "point", "region": "region",
             "water": "water"}
# nouns of an apposition that places a name inside the next: "Victoria, the
# capital of the Seychelles", "Gaya, a town in southern Niger"
APPOSITION_HEADS = {"capital", "city", "town", "village", "port", "province", "state", "district",
                    "county", "region", "suburb", "municipality", "island", "seat", "hub"}
DIRECTIONS = {"northern", "southern", "eastern", "western", "central", "northeastern",
              "northwestern", "southeastern", "southwestern", "north", "south", "east", "west",
              "rural", "coastal"}
APPOSITION_MAX = 10
NATIONAL_OFFICES = {"parliament", "president", "minister", "premier", "ambassador", "embassy",
                    "army", "navy", "military", "king", "queen", "cabinet", "ministry",
                    "consulate", "presidency", "monarch"}
STATE_OFFICES = {"governor", "legislature", "statehouse", "lieutenant"}


def seed_countries(doc: Doc) -> Counter[str]:
    """The article's countries before any place is resolved: state actors
    and demonyms."""
    counts = demonym_countries(doc)
    for m in get_list(doc, "actor_mentions"):
        if m.country and m.kind == "state" and not _elsewhere(m.text, m.country):
            counts[m.country] += 1
    return counts


def _elsewhere(text: str, country: str) -> bool:
    """The actor's name is a place whose main bearer lies in another country
    than the actor's ("Santa Ana" listed for El Salvador, said of the
    Californian city): the name is resolved as a place, it seeds nothing."""
    cands = [p for p in gazetteer().candidates(text) if p.feature != "country"]
    return bool(cands) and max(cands, key=lambda p: p.population).country != country


def adjacency(doc: Doc, mentions: list[Mention]) -> list[bool]:
    """Mention i is followed by ", <mention i+1>" ("Springfield, Illinois"),
    ", in <mention i+1>" ("Austin, in Scott County, Indiana") or an
    apposition that places it there ("Victoria, the capital of the
    Seychelles", "Gaya, a town in southern Niger")."""
    return [i + 1 < len(mentions) and doc[m.end].text == "," and (
        mentions[i + 1].start == m.end + 1 or mentions[i + 1].start == m.end + 2
        and doc[m.end + 1].lower_ == "in" or apposed_in(doc, m.end, mentions[i + 1].start))
        for i, m in enumerate(mentions)]


def apposed_in(doc: Doc, end: int, start: int) -> bool:
    """``doc[end:start]`` is ", <a|an|the> [modifiers] <settlement or division
    noun> <in|of> [the] [direction]": ", the capital of the", ", a small town
    in southern", ", the second city of" — words that put the name before
    inside the name after (not ", near", ", on the border with")."""
    gap = doc[end:start]
    if not 4 <= len(gap) <= APPOSITION_MAX or gap[0].text != "," or \
            gap[1].lower_ not in ("a", "an", "the"):
        return False
    words = [t.lower_ for t in gap[2:]]
    while words and (words[-1] == "the" or words[-1] in DIRECTIONS):
        words.pop()
    return len(words) >= 2 and words[-1] in ("in", "of") and \
        words[-2] in APPOSITION_HEADS and all(t.is_alpha for t in gap[2:])


MAX_LIST_GAP = 3  # ", and the": two list words and an article


def list_groups(doc: Doc, mentions: list[Mention]) -> list[int]:
    """Mentions chained only by commas and "and"/"or", an article allowed
    before the next name ("Armenia, Azerbaijan, Georgia, Iraq, and Syria";
    "China, Japan, and the Philippines") share a group number
    (``resolve.list_levels``)."""
    groups = list(range(len(mentions)))
    for i in range(1, len(mentions)):
        # a gap of more than three words ("the" and two list words) cannot
        # chain: it is not read (one Token per word; the gaps between an
        # article's names are mostly whole sentences)
        if mentions[i].start - mentions[i - 1].end > MAX_LIST_GAP:
            continue
        gap = [t.lower_ for t in doc[mentions[i - 1].end:mentions[i].start]]
        if gap and gap[-1] == "the":  # ", and the Philippines", "and the United States"
            gap.pop()
        if 0 < len(gap) <= 2 and all(t in LIST_WORDS for t in gap):
            groups[i] = groups[i - 1]
    return groups


def office_cues(doc: Doc, mentions: list[Mention]) -> dict[int, tuple[str, str | None]]:
    """A name that owns a national office or body ("Georgia's parliament",
    "the Prime Minister of Georgia", "the president of Mexico", "Brazil's
    army") names a country, not a first-level division or a town of that
    name; one that owns a state office ("Georgia's governor", "the
    legislature of Georgia") names a first-level division. Returns mention
    -> that level (``resolve``)."""
    out: dict[int, tuple[str, str | None]] = {}
    for i, m in enumerate(mentions):
        root = doc[m.start:m.end].root
        head = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else \
            root.head if root.dep_ == "poss" else None
        word = head.lower_ if head is not None else ""
        feature = "country" if word in NATIONAL_OFFICES else \
            "admin1" if word in STATE_OFFICES else None
        fit = [c for c in m.candidates if c.feature == feature]
        if fit:
            top = max(fit, key=lambda c: c.population)
            out[i] = (top.feature, top.country if top.feature == "admin1" else None)
    return out


def find_places(doc: Doc) -> list[PlaceMention]:
    mentions = find_mentions(doc)
    groups, seeds = list_groups(doc, mentions), seed_countries(doc)
    adjacent, cues = adjacency(doc, mentions), office_cues(doc, mentions)
    picks = resolve(mentions, seeds, adjacent, groups, cues)
    keep = set(cues) | set(list_levels(mentions, groups))  # the text states the level
    for i, capital in capital_readings(doc, mentions, [best for best, _ in picks], adjacent,
                                       groups, keep).items():
        picks[i] = (capital, picks[i][1])  # "talks in Washington": not the state
    best_picks = [best for best, _ in picks]
    dropped = foreign_division_towns(doc, mentions, best_picks) | \
        foreign_small_towns(doc, mentions, best_picks, groups, set(seeds))
    picks = [(None, 0.0) if i in dropped else pick for i, pick in enumerate(picks)]
    out = []
    for m, (best, conf) in zip(mentions, picks, strict=True):
        span = doc[m.start:m.end]
        if best is None:
            out.append(PlaceMention(span.start_char, span.end_char, span.text))
            continue
        out.append(PlaceMention(span.start_char, span.end_char, span.text, best.geonameid,
                                best.name, best.lat, best.lon, best.country, best.admin1,
                                PRECISION.get(best.feature, "city"), conf))
    place_city_parts(out, text_of(doc))  # doc.text joins every token anew
    if any(p.geonameid is None and p.lat is None for p in out):
        place_in_vicinity(out, sentence_chars(doc))
    return out


def _focus(places: list[PlaceMention]) -> PlaceMention | None:
    """The article's country: the one its resolved places name most often,
    as the country itself (its own id and point), with the span of the
    place that named it, or of its first place in that country."""
    counts = Counter(p.country for p in places if p.country and p.geonameid is not None)
    if not counts:
        return None
    country = counts.most_common(1)[0][0]
    named = next((p for p in places if p.country == country and p.precision == "country"), None)
    if named is not None:
        return named
    record = gazetteer().country(country)
    first = next(p for p in places if p.country == country)
    if record is None:
        return None
    return PlaceMention(first.start, first.end, first.text, record.geonameid, record.name,
                        record.lat, record.lon, country, None, "country", first.confidence)


def article_country(doc: Doc, focus: PlaceMention | None) -> str | None:
    """The country "the capital" and "the country" stand for: the focus,
    else the country the article's state actors and demonyms name most
    ("Peru's government ... the capital")."""
    if focus is not None and focus.country:
        return focus.country
    seeds = seed_countries(doc).most_common(1)
    return seeds[0][0] if seeds else None


class PlaceFinder(StageComponent, factory="eventwire_places", requires=["doc.ents"],
                  assigns=["doc._.place_mentions", "doc._.toponym_mentions"]):
    def __init__(self, nlp: Language | None = None, name: str = "eventwire_places") -> None:
        super().__init__(nlp, name)
        # open (and if needed build) the gazetteer once, at load time, not on
        # the first article; so too its small tables, the region names'
        # matcher and the small models
        gaz = gazetteer()
        gaz.countries()
        gaz.demonyms()
        gaz.capitals()  # a full scan of the places table (~45 ms, speed45)
        ranker()
        if nlp is not None:
            region_matcher(nlp.vocab)

    def process(self, doc: Doc) -> None:
        places = get_list(doc, "place_mentions")
        found = find_places(doc)
        features = named_features(doc)
        inner = {id(p) for p in names_inside_features(found, features)}
        places.extend(p for p in found if id(p) not in inner)
        get_list(doc, "toponym_mentions").extend(toponyms_only(doc, places, features))


class EventPlacer(StageComponent, factory="eventwire_event_place",
                  requires=["doc._.events", "doc._.place_mentions"], assigns=["doc._.events"]):
    def __init__(self, nlp: Language | None = None, name: str = "eventwire_event_place",
                 dateline_model: str = "learned") -> None:
        """``dateline_model``: ``learned`` (the shipped weights, read at load
        time: a broken file is EW211 before any article) or ``rules`` (the
        place before the model: what ``tools/event_place_rows.py
        --dateline-rules`` records for its training tool, review61)."""
        super().__init__(nlp, name)
        if dateline_model not in ("learned", "rules"):
            raise EventwireError(Errors.E211, path=DATELINE_MODEL_PATH,
                                 detail=f"dateline_model is {dateline_model!r}, "
                                        "not learned or rules")
        self.dateline_model = load_dateline_model() if dateline_model == "learned" else None

    def process(self, doc: Doc) -> None:
        ctx = place_context(doc)
        events = get_list(doc, "events")
        for event in events:
            event.place = place_for(doc, event, ctx.places, ctx.focus, ctx.dateline, ctx.header)
        decide_all(doc, events, ctx, load_chooser())
        attack_scenes(events, ctx.dateline)
        victims_at_scene(doc, events)
        if self.dateline_model is not None:
            redecide_datelines(doc, events, ctx, self.dateline_model)
        told_again_scenes(doc, events, ctx.header)
        same_kind_scenes(doc, events, ctx.header)


def place_context(doc: Doc) -> Context:
    """The article's candidates for every event: its toponyms and
    descriptions, focus, dateline place and the dateline header's span."""
    places = get_list(doc, "place_mentions")
    focus, dateline = _focus(places), dateline_place(doc, places)
    m = dateline_match(doc)
    header = m.span() if m is not None else (0, 0)
    return Context(with_descriptions(doc, places, article_country(doc, focus)), focus, dateline,
                   header)
