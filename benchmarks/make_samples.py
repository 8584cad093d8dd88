"""Build the bundled sample articles from the shared development data.

    python benchmarks/make_samples.py ../shared

Writes eventwire/data/samples/wikinews.jsonl (CC BY 4.0 Wikinews articles via
MEANTIME) and iqna-kataib-hezbollah-2020-11.jsonl (the running example). The
package ships the result; it never reads ../shared itself.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "eventwire" / "data" / "samples"
PER_CORPUS = 10


def wikinews(shared: Path) -> list[dict[str, object]]:
    records = [json.loads(line) for line in open(shared / "data/meantime/dev.jsonl")]
    out: list[dict[str, object]] = []
    for corpus in sorted({r["corpus"] for r in records}):
        chosen = [r for r in records if r["corpus"] == corpus and r.get("dct")]
        for r in sorted(chosen, key=lambda r: r["doc_id"])[:PER_CORPUS]:
            title, _, body = r["text"].partition("\n")
            out.append({"id": f"wikinews-{r['doc_id']}", "url": r.get("url"),
                        "outlet": "Wikinews", "published": str(r["dct"])[:10],
                        "title": title.strip(), "lang": "en", "text": body.strip()})
    return out


def example(shared: Path) -> dict[str, object]:
    text = (shared / "examples/iqna-kataib-hezbollah-2020-11.txt").read_text(encoding="utf-8")
    return {"id": "iqna-2020-11-14-kh", "outlet": "IQNA", "published": "2020-11-14",
            "lang": "en", "title": "Kata'ib Hezbollah warns US forces", "text": text}


def main(shared: Path) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "wikinews.jsonl", "w", encoding="utf-8") as fh:
        for rec in wikinews(shared):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(OUT / "iqna-kataib-hezbollah-2020-11.jsonl", "w", encoding="utf-8") as fh:
        fh.write(json.dumps(example(shared), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared"))
