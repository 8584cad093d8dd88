"""tools/bench_scale.py's `vary`: copies of real articles that the run does not
skip as duplicates (issue #15: "real ones with dates and names varied")."""

from __future__ import annotations

import hashlib
import importlib.util
import random
from pathlib import Path
from types import ModuleType

TOOL = Path(__file__).resolve().parents[1] / "tools" / "bench_scale.py"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_scale", TOOL)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TEXT = "Talking to reporters in Paris, Anna Berg said Berg would visit Oslo. police said."
ARTICLE = {"id": "x", "text": TEXT, "published": "2012-06-01",
           "names": [(24, 29, "place"), (31, 40, "person"), (46, 50, "person"),
                     (63, 67, "place"), (69, 75, "place")]}


def test_copy_zero_is_the_article_itself() -> None:
    row = _tool().varied(ARTICLE, 0, random.Random(1))
    assert row["text"] == TEXT and row["published"] == "2012-06-01"


def test_copies_shift_the_date_swap_names_and_differ_in_hash() -> None:
    tool = _tool()
    rng = random.Random(15)
    copies = [tool.varied(ARTICLE, k, rng) for k in range(1, 6)]
    assert [c["published"] for c in copies] == [
        "2012-06-04", "2012-06-07", "2012-06-10", "2012-06-13", "2012-06-16"]
    for c in copies:
        body = c["text"].split(" — ", 1)[1]
        assert "Paris" not in body and "Anna Berg" not in body and "Oslo" not in body
        assert "police said." in body  # a lower-case mention stays as it is
        assert c["published"][:4] in c["text"]  # the dateline carries the date
    hashes = {hashlib.sha256(c["text"].encode()).hexdigest() for c in copies}
    assert len(hashes) == len(copies) and len({c["id"] for c in copies}) == len(copies)


def test_copies_are_deterministic_with_a_seed() -> None:
    tool = _tool()
    first = [tool.varied(ARTICLE, k, random.Random(3)) for k in range(1, 4)]
    again = [tool.varied(ARTICLE, k, random.Random(3)) for k in range(1, 4)]
    assert first == again
