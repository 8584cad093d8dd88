"""Time the events stage alone (``EventExtractor.process``) per article.

    python tools/time_events_stage.py eventwire/data/samples

Parses every article of the directory's JSONL files once (actors stage
included), then runs only the events stage over the parsed docs three times
and prints the best time per article: the cost of the typing lexicon and
its classes, apart from the parse that dominates ``eventwire bench``.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def main() -> None:
    from eventwire.models import Article
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.stages.events.component import EventExtractor

    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    texts = [json.loads(line)["text"] for path in sorted(Path(args.folder).glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    pipe = Pipeline(components=("eventwire_actors",))
    docs = [doc for _, doc, _ in pipe.docs(Article(text=t, id=str(i))
                                          for i, t in enumerate(texts))]
    stage = EventExtractor(None)
    best = float("inf")
    for _ in range(args.rounds):
        for doc in docs:
            doc._.events = []
        start = time.perf_counter()
        for doc in docs:
            stage.process(doc)
        best = min(best, time.perf_counter() - start)
    print(f"{len(docs)} articles, {sum(len(d) for d in docs)} tokens: events stage "
          f"{1000 * best / len(docs):.1f} ms per article (best of {args.rounds})")


if __name__ == "__main__":
    main()
