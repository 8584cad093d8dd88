"""Train the trigger re-typer on the PLOVER gold-standard records.

    python tools/train_retyper.py ../shared/data/plover_gsr/dev.jsonl

Examples: every lexicon candidate in a record whose word appears in the
gold ``event_text`` is labelled with the gold type (legacy names mapped to
the 2021 manual); other candidates are not used. L2-regularised
multinomial logistic regression (scikit-learn, fixed seed). Writes
``eventwire/data/events/retyper.json``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from eventwire.stages.events.classifier import MODEL_PATH, fit, labelled, parsed_candidates


def main(path: Path) -> None:
    from eventwire.nlp.pipeline import Pipeline

    records = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    pipe = Pipeline(components=("eventwire_actors",))
    examples = list(labelled(records, parsed_candidates(records, pipe)))
    model = fit(examples)
    MODEL_PATH.write_text(json.dumps(model.to_json(), sort_keys=True), encoding="utf-8")
    print(f"{len(examples)} examples from {len(records)} records, {len(model.weights)} "
          f"features -> {MODEL_PATH}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/plover_gsr/dev.jsonl"))
