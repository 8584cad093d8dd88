"""The shared component shape (eventwire/nlp/component.py): every stage is a
StageComponent registered as a spaCy factory with what it reads and writes,
and a component with data keeps it through ``to_disk``/``from_disk``."""

from __future__ import annotations

import importlib
from pathlib import Path

from spacy.language import Language
from spacy.util import registry

from eventwire.models import Article
from eventwire.nlp.component import StageComponent
from eventwire.nlp.components import COMPONENTS
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.framing.component import FramingTagger


def test_every_factory_is_a_stage_component_with_its_contract() -> None:
    for factory, module in COMPONENTS:
        importlib.import_module(module)
        made_by = registry.factories.get(factory)
        assert isinstance(made_by, type) and issubclass(made_by, StageComponent), factory
        meta = Language.get_factory_meta(factory)
        assert meta.requires and meta.assigns, factory  # what it reads and what it writes
        assert not hasattr(made_by, "pipe"), factory  # see eventwire/nlp/component.py


def test_pipeline_builds_components_with_their_config(spacy_nlp: Language,
                                                      tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("evaluative: [freedom convoy]\n")
    pipe = Pipeline(components=("eventwire_events", "eventwire_framing"), nlp=spacy_nlp,
                    component_config={"eventwire_framing": {"extra_paths": [str(extra)]}})
    tagger = pipe.nlp.get_pipe("eventwire_framing")
    assert isinstance(tagger, FramingTagger) and tagger.name == "eventwire_framing"
    assert "freedom convoy" in tagger.cfg["terms"]
    pipe.nlp.remove_pipe("eventwire_framing")  # the shared model stays as it was
    pipe.nlp.remove_pipe("eventwire_events")


def test_framing_terms_survive_to_disk_without_their_file(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("evaluative: [freedom convoy, peacekeeping mission]\n")
    saved = FramingTagger(extra_paths=[str(extra)])
    saved.to_disk(tmp_path / "framing")
    extra.unlink()
    loaded = FramingTagger().from_disk(tmp_path / "framing")
    assert isinstance(loaded, FramingTagger)
    assert loaded.cfg == saved.cfg
    for text in ("The Freedom Convoy arrived.", "A peacekeeping mission left.",
                 "The regime fell."):  # user terms and a bundled one
        assert loaded.pattern.search(text), text
    assert not FramingTagger().pattern.search("The Freedom Convoy arrived.")


def test_component_call_returns_the_doc(spacy_nlp: Language) -> None:
    pipe = Pipeline(components=("eventwire_timex",), nlp=spacy_nlp)
    ((_, doc, reject),) = list(pipe.docs([Article(text="They met on 3 May 2021.")]))
    assert reject is None and doc is not None
    assert [t.value for t in doc._.timexes] == ["2021-05-03"]
    pipe.nlp.remove_pipe("eventwire_timex")


def test_depth_counts_the_heads_above_a_token(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """speed24: ``_depth`` climbs head positions; the answer is the number
    of ``tok.head`` steps to the root, for every token of three sentences."""
    from eventwire.stages.events.component import _depth

    for text in ("Rebels who had attacked the convoy said they would free the hostages.",
                 "The minister denied that police beat the students in Nairobi.",
                 "Troops fired.\n\nWitnesses said so."):
        doc = spacy_nlp(text)
        for tok in doc:
            depth, cur = 0, tok
            while cur.head != cur:
                cur, depth = cur.head, depth + 1
            assert _depth(tok) == depth
        assert max(_depth(t) for t in doc) >= 2
