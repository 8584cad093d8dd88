from __future__ import annotations

from pathlib import Path

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.framing.component import compile_terms, load_terms


def test_framing_terms_on_events() -> None:
    pipe = Pipeline(components=("eventwire_events", "eventwire_framing"))
    text = ("The regime's forces attacked the martyrs' village. "
            "Iraq's anti-terror group warned the occupation forces.")
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    words = [f.text.lower() for f in doc._.framing]
    assert {"regime", "martyrs", "anti-terror", "occupation"} <= set(words)
    attacked = next(e for e in doc._.events if e.trigger.text == "attacked")
    assert {f.text for f in attacked.framing} == {"regime", "martyrs"}


def test_user_lexicon_extends(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("evaluative: [freedom convoy]\n")
    pattern = compile_terms(load_terms([str(extra)]))
    assert pattern.search("The Freedom Convoy arrived.")
    assert not pattern.search("The convoy of freedom arrived.")
