"""Evaluation: one scorer module per dataset, all with the same contract.

A scorer module defines:

* ``NAME``: the dataset name used by ``eventwire eval NAME``;
* ``DEFAULT_PATH``: path relative to the shared data dir (``../shared/data``);
* ``STRIP_FIELDS``: label fields removed before prediction (the system never
  sees them);
* ``predict(records, pipeline) -> list[dict]``: one prediction record per input
  record, keeping its ``id``/``doc_id``, in the dataset's own format;
* ``score(gold, predictions) -> dict``: metrics (floats, nested dicts allowed);
* ``render(metrics) -> str``: a short human-readable report;
* optionally ``strip_record(record)`` and ``has_labels(records)``.

``SCORERS`` maps names to modules; :mod:`eventwire.eval.runner` loads data,
strips labels, predicts, scores and writes ``--predictions``.
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
}
