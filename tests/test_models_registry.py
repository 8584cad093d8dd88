"""Every learned model shipped in eventwire/data is registered in docs/models.md."""

from __future__ import annotations

import re
from pathlib import Path

from eventwire.paths import DATA_DIR

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = ROOT / "docs" / "models.md"
# Data files that are lexicons or gazetteer inputs, not learned weights.
NOT_MODELS = {"events/lexicon.json", "actors/kb.json.gz"}


def _model_files() -> set[str]:
    """JSON files carrying weights or coefficients, and NumPy archives."""
    found = set()
    for path in DATA_DIR.rglob("*"):
        rel = path.relative_to(DATA_DIR).as_posix()
        if rel in NOT_MODELS or not path.is_file():
            continue
        if path.suffix == ".npz":
            found.add(rel)
        elif path.suffix == ".json":
            head = path.read_text(encoding="utf-8")[:200_000]
            if re.search(r'"(weights|coef|model|stage1|embeddings)"\s*:', head) \
                    or rel.startswith("factuality/"):
                found.add(rel)
    return found


def _registry_rows() -> dict[str, str]:
    rows = {}
    for line in REGISTRY.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\| `([^`]+)` \|", line)
        if match:
            rows[match.group(1)] = line
    return rows


def test_every_model_file_is_registered() -> None:
    files = _model_files()
    assert files, "no model files found: the detection pattern is broken"
    missing = files - set(_registry_rows())
    assert not missing, f"add a row to docs/models.md for {sorted(missing)}"


def test_registered_models_exist_and_name_real_tools() -> None:
    for rel, line in _registry_rows().items():
        assert (DATA_DIR / rel).is_file(), f"docs/models.md lists missing {rel}"
        tools = re.findall(r"tools/([a-z_]+\.py)", line)
        assert tools, f"{rel}: the row names no training script"
        for tool in tools:
            assert (ROOT / "tools" / tool).is_file(), f"{rel}: tools/{tool} does not exist"
