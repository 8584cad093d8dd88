"""Class *a quotation over several paragraphs*: by press convention a
quotation that runs on into the next paragraph has no closing mark at the
end of its paragraph, and the next paragraph opens with a mark again
(“The warship altered course. / “Two skiffs got away, ” the officer
said.). The sentence-level finder pairs marks within a line, so the lines
in between had no statement. Their speaker is the cue on the line where
the quotation opens or closes, else the speaker of the statement on the
line before."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.models import Quote
from eventwire.nlp.extensions import text_of
from eventwire.stages.attribution.marks import text_span

MARKS = ('"', "“", "”", "``", "''")
OPENING = ('"', "“", "``")
MAX_LINES = 5  # a run of paragraphs longer than this is a stray mark, not a quotation


def _marks(line: str) -> int:
    return sum(line.count(m) for m in MARKS)


def _lines(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for part in text.split("\n"):
        out.append((start, start + len(part)))
        start += len(part) + 1
    return out


def _runs(text: str) -> list[tuple[int, int]]:
    """(first line, last line) of each quotation left open at a line's end."""
    lines, runs, k = _lines(text), [], 0
    while k < len(lines):
        s, e = lines[k]
        if _marks(text[s:e]) % 2 == 0:
            k += 1
            continue
        j = k + 1
        while j < len(lines) and j - k <= MAX_LINES:
            line = text[lines[j][0]:lines[j][1]].strip()
            count = _marks(line) - (1 if line.startswith(OPENING) else 0)
            if count % 2 == 1:
                break
            if not line.startswith(OPENING):
                j = len(lines)  # a paragraph that does not reopen: no run
            else:
                j += 1
        if j < len(lines) and j - k <= MAX_LINES:
            runs.append((lines[k][0], lines[j][1]))
            k = j + 1
        else:
            k += 1
    return runs


def _source(quotes: list[Quote], start: int, end: int, before: int) -> Quote | None:
    """The statement whose cue stands in the run, else the last with a
    speaker on the line before the run."""
    cued = [q for q in quotes if q.speaker is not None and q.cue is not None
            and start <= q.cue.start < end]
    if cued:
        return cued[0]
    earlier = [q for q in quotes if q.speaker is not None and before <= q.content.start < start]
    return earlier[-1] if earlier else None


def open_paragraph_quotes(doc: Doc, quotes: list[Quote]) -> None:
    """Add one statement per quotation run over paragraphs, its content the
    run from its first mark, with the source :func:`_source` gives."""
    text = text_of(doc)
    for start, end in _runs(text):
        first = min(i for i in (text.find(m, start, end) for m in OPENING) if i >= 0)
        before = text.rfind("\n", 0, max(start - 1, 0)) + 1
        source = _source(quotes, start, end, before)
        if source is None or source.speaker is None:
            continue
        quote = Quote(content=text_span(doc, first + 1, end), speaker=source.speaker, cue=None,
                      speaker_actor=source.speaker_actor, kind="continuation",
                      rule="open_paragraph", relays=list(source.relays))
        at = next((i for i, q in enumerate(quotes) if q.content.start > quote.content.start),
                  len(quotes))
        quotes.insert(at, quote)
