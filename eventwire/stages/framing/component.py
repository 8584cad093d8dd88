"""Framing: evaluative words the outlet uses ("anti-terror", "assassination",
"occupation", "regime", "martyr"), marked on ``doc._.framing`` and on every
event of the same sentence — separate from the event type, so analysts can
compare outlets by their language.

The lexicon is ``eventwire/data/framing.yaml``; users add their own YAML
files (same shape) through the component config ``extra_paths`` (the
pipeline passes ``settings.framing_paths``). Matching is case-insensitive on
whole words, longest first.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.datafiles import load_yaml
from eventwire.models import Framing
from eventwire.nlp.component import StageComponent
from eventwire.nlp.extensions import get_list, text_of
from eventwire.paths import DATA_DIR

LEXICON = DATA_DIR / "framing.yaml"


def load_terms(extra_paths: list[str]) -> list[str]:
    terms: set[str] = set()
    for path in [LEXICON, *map(Path, extra_paths)]:
        data = load_yaml(path.read_text(encoding="utf-8")) or {}
        for kind_terms in data.values():
            terms.update(str(t).lower() for t in kind_terms or [])
    return sorted(terms, key=len, reverse=True)


def compile_terms(terms: list[str]) -> re.Pattern[str]:
    body = "|".join(re.escape(t).replace(r"\-", r"[-‐– ]?") for t in terms)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def find_framing(doc: Doc, pattern: re.Pattern[str]) -> list[Framing]:
    return [Framing(m.group(0), m.start(), m.end(), "evaluative", m.group(0).lower())
            for m in pattern.finditer(text_of(doc))]


class FramingTagger(StageComponent, factory="eventwire_framing", requires=["doc._.events"],
                    assigns=["doc._.framing", "doc._.events"], default_config={"extra_paths": []}):
    """Its data is the merged term list (``cfg["terms"]``): ``nlp.to_disk``
    keeps the user's terms with the pipeline."""

    def __init__(self, nlp: Language | None = None, name: str = "eventwire_framing",
                 extra_paths: list[str] | None = None) -> None:
        super().__init__(nlp, name)
        self.restore({"terms": load_terms(list(extra_paths or []))})

    def restore(self, cfg: dict[str, Any]) -> None:
        super().restore(cfg)
        self.pattern = compile_terms(list(cfg["terms"]))

    def process(self, doc: Doc) -> None:
        found = get_list(doc, "framing")
        found.extend(find_framing(doc, self.pattern))
        for event in get_list(doc, "events"):
            event.framing = [f for f in found
                             if event.sentence.start <= f.start < event.sentence.end]
