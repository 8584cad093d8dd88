"""Long texts are parsed in pieces, then joined back into one Doc.

spaCy's memory grows with the length of a Doc, and one 1M-character Doc
holds every intermediate array at once. A text longer than
``settings.parse_chunk_chars`` is cut at a paragraph break (else a line
break, a sentence end, a space) into pieces of at most that size, each piece
is parsed alone, and ``Doc.from_docs`` joins them: the joined Doc has exactly
the article's text, so every character offset is unchanged. A cut falls where
a new sentence starts anyway, so articles below the limit — nearly all news —
are parsed exactly as before.
"""

from __future__ import annotations

BREAKS = ("\n\n", "\n", ". ", " ")


def _cut(text: str, start: int, size: int) -> int:
    """Where the piece starting at ``start`` ends: after the last break in
    its second half (and the whitespace after it), else at ``size``."""
    end = start + size
    for mark in BREAKS:
        at = text.rfind(mark, start + size // 2, end)
        if at >= 0:
            cut = at + len(mark)
            while cut < len(text) and cut < end + 100 and text[cut].isspace():
                cut += 1
            return cut
    return end


def split_text(text: str, size: int) -> list[str]:
    """Pieces of at most about ``size`` characters whose concatenation is ``text``."""
    pieces = []
    start = 0
    while len(text) - start > size:
        cut = _cut(text, start, size)
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces
