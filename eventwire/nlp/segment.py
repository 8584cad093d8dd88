"""``eventwire_line_breaks``: sentence boundaries at line breaks that end a
sentence, set before the parser (which keeps boundaries already set).

News text puts the headline on its own line without a full stop, and the
parser then glues it to the first sentence ("Aeroflot negotiates purchase
… \\nRussian flag carrier Aeroflot has negotiated …" became one sentence,
with "negotiated" a conjunct of the headline's verb). A line break starts a
sentence when:

* it is a paragraph break (an empty line), or
* the line before it ends with sentence-final punctuation, or
* the line before it is short (a headline: at most ``HEADLINE_TOKENS``
  tokens) and the next line starts with a capital letter or a digit.

Hard-wrapped prose (a line break inside a sentence, next line in lower case
or the line before long) is left to the parser.
"""

from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

HEADLINE_TOKENS = 20
FINAL = {".", "!", "?", ":", "”", "\"", "’", "'", ")", "»"}


def _line_before(doc: Doc, newline: Token) -> list[Token]:
    """The tokens of the line before (at most ``HEADLINE_TOKENS`` + 2 of its
    last ones: enough to tell a headline from prose)."""
    out: list[Token] = []
    for i in range(newline.i - 1, max(-1, newline.i - HEADLINE_TOKENS - 3), -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            break
        out.append(doc[i])
    return list(reversed(out))


def _starts_sentence(doc: Doc, newline: Token, nxt: Token) -> bool:
    if newline.text.count("\n") >= 2:
        return True
    line = [t for t in _line_before(doc, newline) if not t.is_space]
    if not line:
        return True
    if line[-1].text in FINAL:
        return True
    return len(line) <= HEADLINE_TOKENS and (nxt.text[:1].isupper() or nxt.text[:1].isdigit())


@Language.component("eventwire_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    starts = [tok.i + 1 for tok in doc[:-1]
              if tok.is_space and "\n" in tok.text and not doc[tok.i + 1].is_space
              and _starts_sentence(doc, tok, doc[tok.i + 1])]
    if starts:
        # one array write: ``Token.is_sent_start = True`` scans the whole doc
        # on every call (spaCy checks for a parse), quadratic in the length
        values = doc.to_array([SENT_START]).reshape(-1, 1)
        values[starts, 0] = 1
        doc.from_array([SENT_START], values)  # type: ignore[arg-type]
    return doc
