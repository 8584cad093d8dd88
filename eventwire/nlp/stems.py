"""A whole-text regular expression screened by the words its matches hold
(issue #12, speed51).

``re.search`` of a case-insensitive pattern that opens with ``\\b`` and an
alternation of words finds no fixed prefix to jump to, so it tries every
character of the article (~0.1-0.2 ms per article for the actor stage's
"names a crime group / an armed story" scans, the two dearest single calls
of that stage). When every match of the pattern holds one of a few
lower-case ASCII *stems* ("militia" for "militias?|militiam[ae]n"), a text
whose lower case holds none of them has no match, and substring tests
answer that in C at a fraction of the cost.

Why lower case answers for the pattern: with ``re.IGNORECASE`` a pattern's
ASCII letter matches the characters whose simple lower case is that letter,
plus the dotless i and the long s (``ı``, ``ſ``); ``str.lower`` gives each of
them that letter, one character for one, except ``İ`` (its simple lower case
is "i", its full one "i" and a combining dot) and the two extra folds. A
text holding one of those three is therefore always handed to the pattern.
"""

from __future__ import annotations

# characters IGNORECASE matches to an ASCII letter that str.lower does not
# turn into that one letter, each with the letter it matches ("İ" lowers to
# two characters, "ı" and "ſ" stay themselves; the Kelvin sign lowers to "k")
ASCII_FOLDS = {"\u0130": "i", "\u0131": "i", "\u017f": "s"}
_UNFOLDED = tuple(ASCII_FOLDS)


def may_hold(text: str, stems: tuple[str, ...]) -> bool:
    """False only when no match of a case-insensitive pattern whose every
    match holds one of ``stems`` (lower-case ASCII letters, spaces and
    punctuation that IGNORECASE leaves alone) can be in ``text``."""
    if any(c in text for c in _UNFOLDED):
        return True
    lowered = text.lower()
    return any(stem in lowered for stem in stems)
