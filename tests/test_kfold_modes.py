"""tools/kfold_modes.py: a cache built before the ``real`` flag (modes20)
is refused with a message, not a ZeroDivisionError after every fold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tools.kfold_modes import topic_clean


def test_topics_refuses_a_cache_without_the_real_flag(tmp_path: Path) -> None:
    cache = tmp_path / "modes_cache.json"
    cache.write_text(json.dumps([{"article": "1", "set": "rec_a", "gold": None,
                                  "type": "ASSAULT", "final": None}]), encoding="utf-8")
    with pytest.raises(SystemExit, match="build"):
        topic_clean(cache, 3.0)
