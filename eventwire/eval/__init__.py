"""Evaluation: one scorer module per dataset, all with the same contract
(:mod:`eventwire.eval.contract`: required ``NAME``, ``STRIP_FIELDS``,
``predict``, ``score``, ``render``; optional members with documented
defaults). ``SCORERS`` maps names to modules; :mod:`eventwire.eval.runner`
loads data, strips labels, predicts, scores and writes ``--predictions``.
"""

from __future__ import annotations

SCORERS: dict[str, str] = {
    "plover_gsr": "eventwire.eval.plover",
    "actors": "eventwire.eval.actors",
    "factuality": "eventwire.eval.factuality",
    "timex": "eventwire.eval.timex",
    "geo": "eventwire.eval.geo",
    "attribution": "eventwire.eval.attribution",
    "event_dates": "eventwire.eval.event_dates",
    "ecbplus": "eventwire.eval.ecbplus",
    "records": "eventwire.eval.records",
    "dedup_records": "eventwire.eval.dedup_records",
    "participants": "eventwire.eval.participants",
}
