"""Run the pipeline on record sets and record, per event, which component of
the time stage decided its date (issue #12, branch dates39).

    PYTHONPATH=. python tools/date_decider_trace.py --out /tmp/trace [--sets rec_z rec_ac]

Why: the saved predictions carry an ``anchor`` (explicit, sentence, speech,
narrative, publication, unknown) but not *which component* set the date:
the anchoring rules (steps 1-5 of :mod:`eventwire.stages.time.anchoring`),
the event told again, the headline, the episode, the undated model
(:mod:`eventwire.stages.time.undated`) or one of its rule classes, the
learned date ranker (:mod:`eventwire.stages.time.date_ranking`), or one of
the story-level revisions (:mod:`eventwire.stages.time.revisions`). A
learned component and a rule need different fixes (a refit against a
rule), so the census :mod:`tools.date_decider_split` reads this trace.

The functions the stage calls are wrapped in the modules' namespaces for
this run only (nothing is written to the package); the pipeline's output is
unchanged. For each article the trace keeps the TIMEXes (offset, value,
rule), the sentence spans and, per event (by trigger offset), every step
that set or changed its date, in order, with the date it gave and the
offset of the TIMEX it came from. Each set's predictions are written beside
the trace (``rec_X.pred.json``), so one run serves both.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tools.topic_folds import SETS

Trace = dict[str, Any]
STEPS_RULES = ("told_before", "rule_time", "headline_time", "headline_statement",
               "episode_time", "undated_time")
STEPS_UNDATED = ("bulletin_lead", "foreground_attack", "perfect_result", "predict_choice")


def _tv(t: Any) -> dict[str, Any]:
    """The parts of a TimeValue the census reads."""
    return {"value": t.value, "gran": t.granularity, "anchor": t.anchor,
            "bg": t.background, "start": t.start}


class Tracer:
    """Wraps the time stage's functions; ``docs`` maps a text to its trace."""

    def __init__(self) -> None:
        self.docs: dict[str, Trace] = {}
        self.last: list[str] = []  # the innermost deciding calls of one time_for
        self.sub: list[str] = []  # the deciding class inside undated_time

    def _mark(self, name: str, stack: list[str]) -> Callable[..., Any]:
        def wrap(fn: Callable[..., Any]) -> Callable[..., Any]:
            def inner(*a: Any, **k: Any) -> Any:
                out = fn(*a, **k)
                if out is not None and out is not False:
                    stack.append(name if name != "predict_choice" else f"model:{out}")
                return out
            return inner
        return wrap

    def install(self) -> None:
        from eventwire.stages.time import anchoring, revisions, undated

        for name in STEPS_RULES:
            setattr(anchoring, name, self._mark(name, self.last)(getattr(anchoring, name)))
        for name in STEPS_UNDATED:
            setattr(undated, name, self._mark(name, self.sub)(getattr(undated, name)))
        anchoring.time_for = self._time_for(anchoring.time_for)
        anchoring.rerank_events = self._pass("ranker", anchoring.rerank_events, 1)
        for name in [n for n in dir(revisions) if n.startswith(("date_", "undate_", "recheck"))]:
            setattr(revisions, name, self._pass(name, getattr(revisions, name), 1))
        anchoring.anchor_events = self._anchor(anchoring.anchor_events)

    def _steps(self, doc: Any) -> dict[int, list[dict[str, Any]]]:
        from eventwire.nlp.extensions import text_of
        return self.docs.setdefault(text_of(doc), {"events": {}})["events"]

    def _time_for(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        def inner(doc: Any, event: Any, *a: Any, **k: Any) -> Any:
            self.last.clear()
            self.sub.clear()
            out = fn(doc, event, *a, **k)
            step = self.last[-1] if self.last else "none"
            if step == "undated_time":
                step = "undated:" + (self.sub[-1] if self.sub else "policy")
            self._steps(doc).setdefault(event.trigger.start, []).append(
                {"step": step, **_tv(out)})
            return out
        return inner

    def _pass(self, name: str, fn: Callable[..., Any], events_arg: int) -> Callable[..., Any]:
        def inner(doc: Any, *a: Any, **k: Any) -> Any:
            events = a[events_arg - 1] if len(a) >= events_arg else k["events"]
            before = {id(e): _tv(e.time) for e in events}
            out = fn(doc, *a, **k)
            steps = self._steps(doc)
            for e in events:
                now = _tv(e.time)
                if before.get(id(e)) != now:
                    steps.setdefault(e.trigger.start, []).append({"step": name, **now})
            return out
        return inner

    def _anchor(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        def inner(doc: Any, *a: Any, **k: Any) -> Any:
            from eventwire.nlp.extensions import get_list, text_of
            out = fn(doc, *a, **k)
            trace = self.docs.setdefault(text_of(doc), {"events": {}})
            trace["timexes"] = [{"start": t.start, "value": t.value, "rule": t.rule}
                                for t in get_list(doc, "timexes")]
            trace["sents"] = [[s.start_char, s.end_char] for s in doc.sents]
            return out
        return inner


def run(sets: list[str], out: Path) -> None:
    from eventwire.eval.records import predict
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.settings import Settings

    tracer = Tracer()
    tracer.install()
    pipe = Pipeline(Settings())
    out.mkdir(parents=True, exist_ok=True)
    for name in sets:
        path = Path(f"tests/data/records/{name}.jsonl")
        gold = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        tracer.docs.clear()
        preds = predict([{k: v for k, v in r.items() if k != "events"} for r in gold], pipe)
        (out / f"{name}.pred.json").write_text(json.dumps(preds), encoding="utf-8")
        traces = {r["id"]: tracer.docs.get(r["text"], {"events": {}}) for r in gold}
        (out / f"{name}.trace.json").write_text(json.dumps(traces), encoding="utf-8")
        print(name, len(traces), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--sets", nargs="*", default=list(SETS))
    args = ap.parse_args()
    run(args.sets, args.out)


if __name__ == "__main__":
    main()
