"""The one shape of every eventwire pipeline component.

Each stage declares its component as a subclass of :class:`StageComponent`
with the factory's name and what it reads and writes as class keywords::

    class PlaceFinder(StageComponent, factory="eventwire_places",
                      requires=["doc.ents"], assigns=["doc._.place_mentions"]):

which registers the class as spaCy's ``Language.factory(name, requires=...,
assigns=..., default_config=...)``. spaCy builds it with ``nlp``, ``name``
and the factory's config as keyword arguments, so the component's data (a
KB's paths, a lexicon's extra files, the factuality model) comes in through
its constructor, and a user overrides it in the pipeline config
(``default_config`` names the keys and their defaults).

What the base gives every component:

* ``__init__`` registers the ``Doc._`` extensions (:mod:`eventwire.nlp.extensions`);
* ``__call__`` runs :meth:`StageComponent.process` on one Doc and returns it;
* ``initialize`` (spaCy's ``nlp.initialize()``): rule components learn
  nothing from examples, so it does nothing unless a stage overrides it;
* ``to_disk``/``from_disk``: the component's data (:attr:`StageComponent.cfg`,
  JSON) next to the pipeline's own files, so ``nlp.to_disk`` keeps, for
  example, the framing terms a user added, and a reloaded pipeline needs
  no longer the files they came from.

There is deliberately no ``pipe``: the pipeline runs a component with
``pipe`` on a whole batch and, when the batch fails, again doc by doc
(:meth:`eventwire.nlp.pipeline.Pipeline._run`). Components write into the
Docs as they go, so a batch that failed halfway would have written the
first Docs twice; without ``pipe`` every Doc goes through ``__call__``
once and only the failing article is rejected.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.nlp.extensions import register_extensions

CFG_FILE = "cfg.json"


class StageComponent:
    """Base of the eventwire components; subclasses implement :meth:`process`."""

    def __init_subclass__(cls, *, factory: str | None = None, requires: Sequence[str] = (),
                          assigns: Sequence[str] = (),
                          default_config: dict[str, Any] | None = None,
                          **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if factory is not None:
            Language.factory(factory, requires=list(requires), assigns=list(assigns),
                             default_config=default_config or {}, func=cls)

    def __init__(self, nlp: Language | None = None, name: str = "") -> None:
        register_extensions()
        self.name = name
        self.cfg: dict[str, Any] = {}

    def process(self, doc: Doc) -> None:
        """Read what earlier components wrote on ``doc._`` and add this stage's part."""
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        self.process(doc)
        return doc

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *,
                   nlp: Language | None = None) -> None:
        """Nothing to learn: the stages' data comes from their config."""

    def restore(self, cfg: dict[str, Any]) -> None:
        """Take the data read back by :meth:`from_disk` (a stage with data
        rebuilds what it derives from it, e.g. a compiled pattern)."""
        self.cfg = cfg

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        out = Path(path)
        out.mkdir(parents=True, exist_ok=True)
        (out / CFG_FILE).write_text(json.dumps(self.cfg, ensure_ascii=False, indent=1),
                                    encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> StageComponent:
        self.restore(json.loads((Path(path) / CFG_FILE).read_text(encoding="utf-8")))
        return self
