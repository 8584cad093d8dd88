"""Class *headline "content: Source"* (issue #12, branch speakers8): a wire
headline that names its source after the claim — "Suspended worker kills 2
in factory shooting: Police", "Russia returns 248 servicemen - Defence
Ministry", "Sudan's sides agree to truce, US and Saudis say". The source is
the speaker of the headline (docs/annotation.md: a headline "Source:
content" has the words before the colon as speaker and no cue; the tail
form is the same statement written the other way round)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from eventwire.models import Quote
from eventwire.models import Span as TextSpan
from eventwire.nlp.extensions import get_list, text_of
from eventwire.stages.attribution.boundaries import HEADLINE_LABELS
from eventwire.stages.attribution.marks import text_span
from eventwire.stages.attribution.speakers import MEDIA_HINTS

# "…: Police", "… - Defence Ministry" (a spaced dash: "pro-Kremlin" is no break)
TAIL_RX = re.compile(r"(\S[^\n]{10,}?)(?::|\s[-–—])\s+([A-Z][\w'’.\- ]{1,40}?)\s*$")
# "…, US and Saudis say"
SAY_TAIL_RX = re.compile(r"(\S[^\n]{10,}?),\s+([A-Z][\w'’.\- ]{1,40}?)\s+says?\s*$")


CLAIM_TAGS = {"VBZ", "VBP", "VBD", "VBN", "MD"}


def headline_tail(doc: Doc) -> Quote | None:
    """The headline's statement when its source closes it: the first line,
    no final full stop, a source of at most four words that the actor stage
    knows (not a country alone, not a medium — "… - BBC News" is the site's
    name — and not a rubric), after a claim with a verb."""
    text = text_of(doc)
    line_end = text.find("\n")
    if line_end <= 0 or text[:line_end].rstrip().endswith("."):
        return None
    for rx, cue in ((SAY_TAIL_RX, True), (TAIL_RX, False)):
        m = rx.match(text, 0, line_end)
        if m is not None and _source_like(doc, m.start(2), m.end(2)) and _claims(doc, m.end(1)):
            cue_span = _say_word(doc, m.end(2), line_end) if cue else None
            return Quote(content=text_span(doc, m.start(1), m.end(1)),
                         speaker=text_span(doc, m.start(2), m.end(2)), cue=cue_span,
                         kind="headline", rule="headline:tail")
    return None


def _source_like(doc: Doc, start: int, end: int) -> bool:
    words = text_of(doc)[start:end]
    if len(words.split()) > 4 or words.lower() in HEADLINE_LABELS or MEDIA_HINTS.search(words):
        return False
    mentions = get_list(doc, "actor_mentions")
    return any(m.start >= start and m.end == end and m.kind not in ("state", "media")
               for m in mentions)


def _claims(doc: Doc, end: int) -> bool:
    """The part before the source states something: it has a finite verb or
    a headline participle ("40 killed"), not only a modifier ("the coming
    winter")."""
    return any(t.tag_ in CLAIM_TAGS and t.dep_ != "amod" for t in doc if t.idx < end)


def _say_word(doc: Doc, start: int, line_end: int) -> TextSpan | None:
    tok = next((t for t in doc if start <= t.idx < line_end and t.lower_ in ("say", "says")),
               None)
    return text_span(doc, tok.idx, tok.idx + len(tok.text)) if tok is not None else None
