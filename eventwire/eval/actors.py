"""``eventwire eval actors``: actor recognition and coding on the PLOVER
gold-standard records (``source[]``/``target[]`` with ``actorText``,
``code`` = CAMEO country or root, ``sector``).

Two views:
* **mentions** (role-free): each gold actor text is located in the sentence
  and matched to the system's actor mention that overlaps it. Coverage = share
  of gold actors with a matching mention that carries a country or sector;
  country accuracy over gold actors with a country code; sector accuracy over
  gold actors with a sector (gold sector among the predicted sectors);
* **roles**: the main event's actor vs gold ``source[0]`` and its recipient vs
  ``target[0]``: country and sector accuracy of each role.

CAMEO country codes that are not ISO 3166 alpha-3 are mapped (``JAP`` ->
``JPN``, …); roots IGO/NGO/IMG count as the "country" part, as CAMEO does,
and the system's sectors are searched for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from eventwire.eval import plover
from eventwire.models import ActorMention, Article

NAME = "actors"
# the PLOVER evaluator's records, gold fields and components (one source, tidy64)
DEFAULT_PATH = plover.DEFAULT_PATH
STRIP_FIELDS = plover.STRIP_FIELDS
COMPONENTS = plover.COMPONENTS
CAMEO_TO_ISO = {"JAP": "JPN", "ROM": "ROU", "GER": "DEU", "DRC": "COD", "ZAI": "COD",
                "SER": "SRB", "MNT": "MNE", "TMP": "TLS", "BUR": "MMR", "KSV": "XKX"}
ROOTS = {"IGO", "NGO", "IMG", "MNC", "UIS", "UAF"}


def code_of(m: ActorMention | None) -> str | None:
    if m is None:
        return None
    head = m.country or next((s for s in m.sectors if s in ROOTS), "")
    rest = [s for s in m.sectors if s != head]
    return (head + "".join(rest)) or None


def _mention_dict(m: ActorMention) -> dict[str, Any]:
    return {"actorText": m.text, "code": code_of(m), "country": m.country,
            "sectors": list(m.sectors), "actor_id": m.actor_id, "start": m.start, "end": m.end}


def predict(records: Sequence[dict[str, Any]], pipeline: Any) -> list[dict[str, Any]]:
    from eventwire.stages.events.actor_chooser import plover_source
    from eventwire.stages.events.component import main_event
    from eventwire.stages.events.targets import plover_target

    arts = [Article(text=r["text"], id=str(r["id"])) for r in records]
    out = []
    for art, doc, _reject in pipeline.docs(arts, keep_caches=True):
        mentions = list(doc._.actor_mentions or []) if doc is not None else []
        main = main_event(list(doc._.events or [])) if doc is not None else None
        # PLOVER codes the place an act is done in when no actor is acted on
        span = doc.char_span(main.trigger.start, main.trigger.end, alignment_mode="expand") \
            if main else None
        target = plover_target(doc, span.root, main.recipient) if main and span else \
            (main.recipient if main else None)
        out.append({
            "id": art.id,
            "source": [_mention_dict(source)] if main and (source := plover_source(doc, main))
            else [],
            "target": [_mention_dict(target)] if target else [],
            "mentions": [_mention_dict(m) for m in mentions if m.rule != "pronoun"],
        })
    return out


def gold_country(a: dict[str, Any]) -> str | None:
    code = str(a.get("code") or "")[:3]
    return CAMEO_TO_ISO.get(code, code) or None


def gold_sector(a: dict[str, Any]) -> str | None:
    sector = str(a.get("sector") or "")[:3].upper()
    return sector if sector.isalpha() and sector != "***" else None


def _pred_country(p: dict[str, Any]) -> str | None:
    return p.get("country") or next((s for s in p.get("sectors", []) if s in ROOTS), None)


def _find(text: str, needle: str) -> tuple[int, int] | None:
    at = text.find(needle)
    return (at, at + len(needle)) if at >= 0 else None


def _ratio(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


class _Coding:
    """Country and sector accuracy over the gold actors that have each."""

    def __init__(self) -> None:
        self.c_total = self.c_hit = self.s_total = self.s_hit = 0

    def add(self, gold: dict[str, Any], pred: dict[str, Any]) -> None:
        if gold_country(gold):
            self.c_total += 1
            self.c_hit += int(_pred_country(pred) == gold_country(gold))
        if gold_sector(gold):
            self.s_total += 1
            self.s_hit += int(gold_sector(gold) in pred.get("sectors", []))

    def accuracies(self) -> dict[str, float | None]:
        return {"country_accuracy": _ratio(self.c_hit, self.c_total),
                "sector_accuracy": _ratio(self.s_hit, self.s_total)}


def score_mentions(gold: Sequence[dict[str, Any]], preds: dict[str, dict[str, Any]]
                   ) -> dict[str, Any]:
    n = covered = 0
    coding = _Coding()
    for record in gold:
        mentions = preds.get(str(record["id"]), {}).get("mentions", [])
        for a in record["source"] + record["target"]:
            where = _find(record["text"], a["actorText"])
            if where is None:
                continue
            n += 1
            match: dict[str, Any] = next(
                (m for m in mentions if m["start"] < where[1] and where[0] < m["end"]), {})
            if match and (match.get("country") or match.get("sectors")):
                covered += 1
            coding.add(a, match)
    return {"gold_actors": n, "coverage": _ratio(covered, n), **coding.accuracies()}


def score_roles(gold: Sequence[dict[str, Any]], preds: dict[str, dict[str, Any]]
                ) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for role in ("source", "target"):
        coding = _Coding()
        for record in gold:
            if not record[role]:
                continue
            predicted = preds.get(str(record["id"]), {}).get(role) or [{}]
            coding.add(record[role][0], predicted[0])
        out[role] = {**coding.accuracies(), "n": coding.c_total}
    return out


def score(gold: Sequence[dict[str, Any]], predictions: Sequence[dict[str, Any]]
          ) -> dict[str, Any]:
    preds = {str(p["id"]): p for p in predictions}
    return {"mentions": score_mentions(gold, preds), "roles": score_roles(gold, preds)}


def render(metrics: dict[str, Any]) -> str:
    m = metrics["mentions"]

    def pct(x: float | None) -> str:
        return "n/a" if x is None else f"{100 * x:.1f}%"

    lines = [f"gold actor mentions: {m['gold_actors']}",
             f"  coverage (resolved to a country or sector): {pct(m['coverage'])}",
             f"  country accuracy: {pct(m['country_accuracy'])}",
             f"  sector accuracy:  {pct(m['sector_accuracy'])}",
             "roles of the main event (actor = gold source, recipient = gold target):"]
    for role, v in metrics["roles"].items():
        lines.append(f"  {role:7} country {pct(v['country_accuracy'])}, sector "
                     f"{pct(v['sector_accuracy'])} (n={v['n']})")
    return "\n".join(lines)
