"""Parse ahead: the spaCy parse of batch k+1 in a helper thread while
eventwire's components run on batch k (``Settings.overlap``; issue #12,
docs/BENCHMARKS.md "speed50").

Why a thread helps at all, and how little: parts of the parse (thinc's
matrix products, the parser's and the NER's transition loops) run in
compiled code that releases the GIL, while eventwire's components are pure
Python. speed50 measured the parse free of the GIL only ~20-30 % of its
time, so on a machine with a second idle core the overlap can hide at most
a part of the components' ~30 % of the parse: four idle on/off pairs at
the thirty-fourth session's end gave no consistent gain (two ~8 % faster,
two ~8 % slower, with 2-4 s more CPU from the hand-overs).
CPU time is not saved: on a machine whose cores are already busy
(``eventwire run``'s worker processes, one per core) the overlap gains
nothing, which is why it is a setting, off by default.

Why the order and the memory stay as without it: batches are pulled from
the input in the caller's thread (an input may read the store), the helper
parses them strictly in order, one at a time, and at most two batches are
in our hands at any moment -- the one the caller is working on and the one
being parsed. The helper only ever touches docs the caller does not hold,
and only its tokenizer creates lexemes: the components read the vocabulary
and add strings (``StringStore.add`` runs no Python code, so no other thread
can run inside it). A batch's time budget (EW203) counts from the start of
its parse, as without the overlap; a parsed batch waiting for the caller
spends it too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from eventwire.models import Article

W = TypeVar("W")


def parse_ahead(batches: Iterable[list[Article]],
                parse: Callable[[list[Article]], W]) -> Iterator[W]:
    """``parse(batch)`` for each batch, in order, each computed in one helper
    thread while the caller works on the previous result.

    An exception raised by ``parse`` is raised here, in the caller, when its
    batch's turn comes (every earlier batch has been handed out), with a
    note naming the batch's articles; never swallowed. Closing the generator
    early (the caller stops, or raises) waits for the batch being parsed
    and then stops the thread: no thread outlives the run."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="eventwire-parse") as pool:
        pending: tuple[list[Article], Future[W]] | None = None
        try:
            for batch in batches:
                future = pool.submit(parse, batch)
                if pending is not None:
                    yield _result(*pending)
                pending = (batch, future)
            if pending is not None:
                yield _result(*pending)
                pending = None
        finally:
            if pending is not None:
                pending[1].cancel()


def _result(batch: list[Article], future: Future[W]) -> W:
    """The batch's parse, or its exception raised again with the batch's
    article ids attached (the thread's traceback is kept)."""
    try:
        return future.result()
    except BaseException as exc:
        ids = ", ".join(str(a.id) for a in batch)
        exc.add_note(f"while parsing ahead the batch of article(s) {ids}")
        raise
