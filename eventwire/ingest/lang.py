"""Language detection with lingua, restricted to common news languages.

The detector is built once per process (building it is the slow part) and
looks at the first 2,000 characters only: enough to tell languages apart,
cheap next to the parse. Returns an ISO 639-1 code, or None when lingua is
not confident (short or mixed text is then given the benefit of the doubt).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

_LANGUAGES = ("ENGLISH", "FRENCH", "GERMAN", "SPANISH", "PORTUGUESE", "ITALIAN", "DUTCH",
              "RUSSIAN", "UKRAINIAN", "POLISH", "TURKISH", "ARABIC", "PERSIAN", "URDU",
              "HINDI", "CHINESE", "JAPANESE", "KOREAN", "INDONESIAN", "SWAHILI", "HEBREW")


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, name) for name in _LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*langs).with_minimum_relative_distance(
        0.1).build()


def detect_language(text: str) -> str | None:
    language = _detector().detect_language_of(text[:2000])
    if language is None:
        return None
    return str(language.iso_code_639_1.name).lower()
