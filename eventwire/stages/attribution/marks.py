"""Text-level helpers of the attribution stage: quotation marks, wire
datelines, and character spans of the article text."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from eventwire.models import Span as TextSpan
from eventwire.nlp.extensions import span_text, text_of

# ``…'' is the ASCII (LaTeX / old wire) pair, two characters each side
QUOTE_RX = re.compile(r"“[^”]{2,}”|\"[^\"]{2,}\"|«[^»]{2,}»|‘[^’]{8,}’(?!\w)|``[^`\n]{2,}?''")
# a quotation inside a quotation: “… told us ‘we will never retreat’ …”
INNER_QUOTE_RX = re.compile(r"‘[^’]{2,}’(?!\w)|'[^']{2,}'(?!\w)|‹[^›]{2,}›")


def text_span(doc: Doc, start: int, end: int) -> TextSpan:
    return TextSpan(text_of(doc)[start:end], start, end)


def tok_span(tokens: Span | Token) -> TextSpan:
    if isinstance(tokens, Token):
        return TextSpan(tokens.text, tokens.idx, tokens.idx + len(tokens.text))
    # a span's text cut from the document's, not joined from a Token per word (speed24)
    return TextSpan(span_text(tokens), tokens.start_char, tokens.end_char)


def quote_marks(sent: Span) -> list[tuple[int, int]]:
    base = sent.start_char
    return [(base + m.start(), base + m.end()) for m in QUOTE_RX.finditer(span_text(sent))]


def inside_marks(doc: Doc, start: int, end: int) -> TextSpan:
    """The text between the quotation marks at ``start`` and ``end - 1``,
    without trailing punctuation (“…,” — the comma is not content) and
    without the spaces of tokenised copy inside the marks ("“ … ”", as in
    corpora that were tokenised and joined again)."""
    width = 2 if text_of(doc)[start:start + 2] == "``" else 1
    s, e = start + width, end - width
    while s < e and text_of(doc)[s] == " ":
        s += 1  # tokenised copy: "“ and she shot … ”" (class *spaced quotation marks*)
    while e > s and text_of(doc)[e - 1] in ",;:. ":
        e -= 1
    return text_span(doc, s, e)


# "KINSHASA, June 14 (Reuters) - ", "SEOUL (AP) - ", "Tbilisi (AFP) - ", "MUMBAI: ",
# two cities ("NIAMEY/ABUJA, July 31 (Reuters) - "), the agency after the date
# without brackets ("SEOUL, Nov. 24 Kyodo - "), a country or region before
# the agency ("ADDIS ABABA, Ethiopia (AP) — "); class *a dateline in capitals
# with accents* (actors64): "MALÉ – ", "BOGOTÁ, December 6 – ", "SÃO TOMÉ, Dec 4
# (Lusa) - " (the Latin-1 capitals, as geo.datelines reads them)
DATELINE = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ /-]{1,40}"
                      r"(?:,\s*[A-Z][A-Za-z.'’ ]{2,30}(?=\s*\(|,\s*[A-Z][a-z]{2,9}\.?\s+\d))?"
                      r"|[A-Z][\w.'’ -]{1,40}(?=(?:,[^\n(]{0,20})?\s*\())"
                      r"(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:\s+[A-Z][A-Za-z]{1,20})?)?"
                      r"\s*(?:\([^)\n]{1,40}\))?\s*[-–—:]\s")


# doc.user_data key: (the text, {line start: dateline end or None})
_DATELINE_KEY = "eventwire_dateline_ends"


def dateline_end(doc: Doc, offset: int) -> int | None:
    """End of the dateline that opens the line holding ``offset``, if any.
    The answer of each line start is kept per document (speed26): the
    actor stage asks ~5,900 times per 200 articles, mostly of the same few
    lines; the table is read anew for another text (``text_of``'s string)."""
    text = text_of(doc)
    line = text.rfind("\n", 0, offset) + 1
    kept: tuple[str, dict[int, int | None]] | None = doc.user_data.get(_DATELINE_KEY)
    if kept is None or kept[0] is not text:
        kept = doc.user_data[_DATELINE_KEY] = (text, {})
    ends = kept[1]
    if line not in ends:
        m = DATELINE.match(text, line, min(len(text), line + 90))
        ends[line] = m.end() if m is not None else None
    return ends[line]


FOCUS_ADVERBS = {"only", "merely", "simply", "just", "also", "again", "repeatedly"}


def _focus_before_that(doc: Doc, i: int) -> bool:
    """"said only that talks were continuing", "added merely that …": the
    adverb modifies the saying, not the content."""
    return doc[i].lower_ in FOCUS_ADVERBS and i + 1 < len(doc) and doc[i + 1].lower_ == "that"


def trimmed(doc: Doc, first: int, last: int) -> Span | None:
    """Tokens first..last without a leading "that"/punctuation or trailing
    punctuation."""
    after = dateline_end(doc, doc[first].idx) if first < len(doc) else None
    while after is not None and first < last and doc[first].idx < after:
        first += 1  # "BAGHDAD (Wire) - Iraq will …": the dateline is not content
    while first < last and (doc[first].is_punct or doc[first].is_space
                            or doc[first].lower_ == "that" or _focus_before_that(doc, first)):
        first += 1
    while last > first and (doc[last].is_space or doc[last].dep_ == "cc" or doc[last].is_punct
                            and not closes_inner_quote(doc, first, last)):
        last -= 1  # "… the blockade and [warned …]": a dangling conjunction is not content
    return doc[first:last + 1] if first <= last else None


def closes_inner_quote(doc: Doc, first: int, last: int) -> bool:
    """'the attack was “cowardly”': the closing mark belongs to the content."""
    closing = {"”": "“", "’": "‘", '"': '"'}.get(doc[last].text)
    return closing is not None and any(t.text == closing for t in doc[first:last])


def that_clause(noun: Token) -> Span | None:
    """The that-clause hanging from a noun: "reports [that it had used …]"."""
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp", "relcl") and any(
                g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            toks = list(c.subtree)
            return trimmed(noun.doc, toks[0].i, toks[-1].i)
    return None
