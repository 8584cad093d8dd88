"""Class *a lead-in line ending in a colon*: a line that is only an
attribution ("PTI reports:", "The ministry said in a statement:",
"According to reports in a local newspaper:") introduces the lines after
it, which have no cue of their own. By the guide (annotation.md, "PTI
reports:" before a paragraph of non-speech acts) its source is the speaker
of every following line up to the next such lead-in; a statement inside
those lines keeps its own, smaller, source (``chains`` takes the smallest
content holding an event)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.models import Quote
from eventwire.nlp.extensions import text_of
from eventwire.stages.attribution.marks import text_span, tok_span
from eventwire.stages.attribution.phrases import noun_phrase
from eventwire.stages.attribution.speakers import (
    SPEECH_VERBS,
    actor_index,
    make_quote,
    statement_body,
)

MAX_TOKENS = 14  # a lead-in is a short line, not a sentence ending in a list
RELAY_PREPS = ("in", "from", "on")  # "reports in a local newspaper"


def _lead_in_lines(doc: Doc) -> list[Span]:
    """The lines (after the first, the headline) that end in a colon and
    hold at most ``MAX_TOKENS`` tokens."""
    text = text_of(doc)
    lines, start = [], text.find("\n") + 1
    while 0 < start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].rstrip()
        if line.endswith(":") and end < len(text):
            span = doc.char_span(start, start + len(line), alignment_mode="expand")
            if span is not None and len(span) <= MAX_TOKENS:
                lines.append(span)
        start = end + 1
    return lines


def _according(doc: Doc, line: Span, content: Span) -> Quote | None:
    """"According to X:" — X (with the outlet it appeared in as relay)."""
    if len(line) < 3 or line[0].lower_ != "according" or line[1].lower_ != "to":
        return None
    obj = next((c for c in line[1].children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    body = statement_body(obj)
    speaker = tok_span(noun_phrase(body) if body.i != obj.i else doc[obj.i:obj.i + 1])
    relays = [tok_span(noun_phrase(o)) for p in obj.children
              if p.dep_ == "prep" and p.lower_ in RELAY_PREPS and body.i == obj.i
              for o in p.children if o.dep_ == "pobj"]
    return Quote(content=text_span(doc, content.start_char, content.end_char), speaker=speaker,
                 cue=text_span(doc, line[0].idx, line[1].idx + 2), relays=relays[:1],
                 speaker_actor=actor_index(doc, body), kind="according_to", rule="lead_in")


def _said(doc: Doc, line: Span, content: Span) -> Quote | None:
    """"X reports:" / "X said in a statement:" — a speech verb heads the line."""
    root: Token = line.root
    if root.lemma_.lower() not in SPEECH_VERBS or any(c.dep_ in ("ccomp", "dobj")
                                                      for c in root.children):
        return None
    quote = make_quote(doc, root, text_span(doc, content.start_char, content.end_char),
                       "indirect")
    if quote is not None:
        quote.rule = "lead_in"
    return quote


def lead_in_quotes(doc: Doc, quotes: list[Quote]) -> None:
    """Add a statement for each lead-in line, its content the lines after it
    up to the next lead-in (or the end); inserted in text order."""
    lines = _lead_in_lines(doc)
    for k, line in enumerate(lines):
        end = lines[k + 1].start if k + 1 < len(lines) else len(doc)
        if line.end >= end:
            continue
        content = doc[line.end:end]
        while len(content) > 1 and content[0].is_space:
            content = content[1:]
        while len(content) > 1 and content[-1].is_space:
            content = content[:-1]
        quote = _according(doc, line, content) or _said(doc, line, content)
        if quote is None:
            continue
        at = next((i for i, q in enumerate(quotes) if q.content.start > quote.content.start),
                  len(quotes))
        quotes.insert(at, quote)
