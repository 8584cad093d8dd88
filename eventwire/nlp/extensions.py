"""The ``Doc._`` extensions every eventwire component reads and writes.

Components never share state through globals: everything one component learns
about an article is written here, and later components read it. Lists default
to ``None`` (spaCy shares mutable defaults across docs); read them with
:func:`get_list`, which creates the list on first access.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

DOC_EXTENSIONS: dict[str, Any] = {
    "article_id": None,  # str
    "published": None,  # datetime.date | None: the article's publication date
    "outlet": None,  # str | None: the publishing outlet
    "actor_mentions": None,  # list[ActorMention]   (eventwire_actors)
    "timexes": None,  # list[Timex]                   (eventwire_timex)
    "place_mentions": None,  # list[PlaceMention]     (eventwire_places)
    "toponym_mentions": None,  # list[PlaceMention]: toponyms that place no event (eventwire_places)
    "quotes": None,  # list[Quote]                    (eventwire_quotes)
    "events": None,  # list[EventMention]             (eventwire_events, filled by later ones)
    "framing": None,  # list[Framing]                 (eventwire_framing)
    "timings": None,  # dict[str, float]: seconds per component (for `bench`)
}


def register_extensions() -> None:
    """Idempotent: safe to call from every component factory."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def get_list(doc: Doc, name: str) -> list[Any]:
    """The list stored at ``doc._.<name>``, created empty on first access.

    A list already stored is read straight from ``doc.user_data`` under the
    key spaCy's ``Underscore`` stores it at (``("._.", name, None, None)``
    for a Doc attribute extension): ``doc._`` builds an Underscore object on
    every access, and the stages ask ~150 times per article. Anything else
    (first access, a name that is no extension) takes spaCy's path."""
    stored: dict[Any, Any] = doc.user_data  # typed str-keyed; spaCy keys tuples too
    value = stored.get(("._.", name, None, None))
    if isinstance(value, list):
        return value
    value = getattr(doc._, name)
    if value is None:
        value = []
        setattr(doc._, name, value)
    assert isinstance(value, list), f"doc._.{name} is not a list"
    return value


register_extensions()


_TEXT_KEY = "eventwire_text"


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy rebuilds that string from the tokens
    on every access, which made the actor stage 30x slower in a loop."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return str(text)


def in_first_line(tok: Token) -> bool:
    """No line break in the text before ``tok`` (the headline line, or the
    whole text when it has none); ``find`` stops at the first break instead
    of copying the text up to ``tok``."""
    return text_of(tok.doc).find("\n", 0, tok.idx) == -1


def title_end(doc: Doc) -> int:
    """The character offset of the first line break: the title line is the
    text before it (-1 when the text is one line: no title apart)."""
    return text_of(doc).find("\n")


def span_text(span: Span) -> str:
    """``span.text`` cut from :func:`text_of`: spaCy joins the span's tokens
    on every access (one Token object each), and a sentence's text is read
    once per event in it. Same string: a span ends at its last token's end."""
    return text_of(span.doc)[span.start_char:span.end_char]


def remember_text(doc: Doc, text: str) -> Doc:
    """Store the string ``doc`` was tokenised from as its :func:`text_of`:
    spaCy's tokenizer is non-destructive (``doc.text == text``), so the
    stages need not rebuild it from the tokens (~1% of the parse time)."""
    doc.user_data[_TEXT_KEY] = text
    return doc



_ENTS_KEY = "eventwire_ents"
# doc.user_data keys of per-document caches that hold the doc's own Spans or
# Tokens (each Span or Token refers back to its doc: doc -> user_data ->
# Span -> doc is a reference cycle, so a finished doc waited for the cyclic
# garbage collector instead of being freed when its last user let go: on
# 200 ECB+ articles every doc did, speed30). Each is rebuilt when missing.
_DOC_CACHES: set[str] = {_ENTS_KEY}


def doc_cache(key: str) -> str:
    """Register ``key`` as a per-document cache of the doc's own Spans or
    Tokens, dropped by :func:`release_caches`; returns ``key``."""
    _DOC_CACHES.add(key)
    return key


def release_caches(doc: Doc) -> Doc:
    """Drop the registered per-document caches once the components are done
    with ``doc``, so that it is freed as soon as its user lets it go (as bare
    spaCy's docs are) rather than at the next full garbage collection. The
    caches are rebuilt if a later reader asks again."""
    for key in _DOC_CACHES:
        doc.user_data.pop(key, None)
    return doc


def ents_of(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per document: spaCy builds a new Span for
    every entity on each access, and the actor and place stages read the
    entities eight times per article (~1,650 builds per 200 articles, one
    Span and its tokens each time). No eventwire stage writes the entities
    (``doc.ents`` is set by spaCy's ``ner`` before the first stage runs), so
    the tuple read once is the tuple every later access would build."""
    ents: tuple[Span, ...] | None = doc.user_data.get(_ENTS_KEY)
    if ents is None:
        ents = doc.user_data[_ENTS_KEY] = tuple(doc.ents)
    return ents
