"""Actor country of sentences naming a leader of 2015-2025 by title and
surname, or by surname alone (``tests/data/leaders_blind.tsv``: publication
day, sentence, trigger, gold actor country; 24 sentences written and
labelled before eventwire ran on them, the project's own, CC BY 4.0).

    PYTHONPATH=. python tools/eval_leaders.py

Why: the PETRARCH2 dictionaries end around 2015; this set measures what
``leaders.yaml`` and ``kb_surnames.py`` bring on text they were not written
from (section "lead13" of docs/BENCHMARKS.md).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "leaders_blind.tsv"


def main() -> None:
    from eventwire.models import Article
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.settings import Settings

    rows = [line.rstrip("\n").split("\t") for line in DATA.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    arts = [Article(text=text, id=f"l{i}", published=date.fromisoformat(day), outlet="Wire")
            for i, (day, text, _, _) in enumerate(rows)]
    right = 0
    for (_, _doc, events), (_, text, trigger, gold) in zip(
            Pipeline(Settings(progress=False)).extract(arts), rows, strict=True):
        ev = next((e.mention for e in events if e.mention.trigger.text == trigger), None)
        got = ev.actor.country if ev is not None and ev.actor is not None else None
        right += got == gold
        print("ok " if got == gold else "XX ", gold, got, text[:70])
    print(f"actor country right: {right}/{len(rows)}")


if __name__ == "__main__":
    main()
