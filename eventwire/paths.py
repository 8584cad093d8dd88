"""Where the package's own data lives (cue lists, lexicons, the actor KB, samples).

One place for the path, so that moving a module never breaks a data file."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
REPO_DIR = PACKAGE_DIR.parent
