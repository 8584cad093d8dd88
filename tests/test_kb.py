"""speed32: the bundled knowledge base read with ``_kb_object`` as the
``json`` hook gives the actors the old reading gave (parse the whole file,
then build each actor), on the bundled file and on rows written here."""

from __future__ import annotations

import gzip
import json
from typing import Any

from eventwire.stages.actors.kb import (
    KB_PATH,
    Actor,
    KnowledgeBase,
    Role,
    _kb_object,
    packaged_kb,
)


def _old_actor(raw: dict[str, Any]) -> Actor:
    return Actor(id=raw["id"], name=raw.get("name") or raw["id"],
                 kind=raw.get("kind", "organisation"),
                 aliases=list(raw["aliases"]), roles=[Role(**r) for r in raw.get("roles", [])],
                 source=raw.get("source", "petrarch2"))


ROWS = json.dumps({"version": 3, "actors": [
    {"id": "x:harbour_board", "name": "Harbour Board", "kind": "organisation",
     "aliases": ["harbour board", "the board"], "roles": [{"code": "GOV"}], "source": "curated"},
    {"id": "x:ana_ruiz", "name": "", "kind": "person", "aliases": ["ana ruiz"],
     "roles": [{"code": "CHLGOV", "start": "2019-03-11", "end": None},
               {"code": "CHLLEG", "start": None, "end": "2019-03-10"}], "source": "petrarch2"},
    {"id": "x:valley_front", "aliases": ["valley front"], "roles": []},
], "agents": [{"phrase": "harbour pilot", "sectors": ["BUS"]}],
    "attribution": {"note": "rows written for this test"}})


def test_the_hook_builds_what_the_old_reading_built() -> None:
    old = json.loads(ROWS)
    new = json.loads(ROWS, object_hook=_kb_object)
    assert new["actors"] == [_old_actor(a) for a in old["actors"]]
    assert new["agents"] == old["agents"] and new["attribution"] == old["attribution"]
    assert all(type(r) is Role for a in new["actors"] for r in a.roles)


def test_the_bundled_file_reads_the_same() -> None:
    with gzip.open(KB_PATH, "rt", encoding="utf-8") as fh:
        old = json.load(fh)
    actors, agents = packaged_kb()
    assert actors == [_old_actor(a) for a in old["actors"]]
    assert agents == old["agents"]


def test_actors_have_no_instance_dict_and_search_rows_keep_roles() -> None:
    actors = json.loads(ROWS, object_hook=_kb_object)["actors"]
    assert not hasattr(actors[1], "__dict__") and not hasattr(actors[1].roles[0], "__dict__")
    kb = KnowledgeBase(actors, [])
    (row,) = kb.search("ana ruiz")
    assert row["roles"] == [{"code": "CHLGOV", "start": "2019-03-11", "end": None},
                            {"code": "CHLLEG", "start": None, "end": "2019-03-10"}]
    assert row["name"] == "x:ana_ruiz"  # an empty name falls back to the id


def _normalise_by_nfkd(text: str) -> str:
    """``normalise`` as it read before speed40: every text through NFKD."""
    import unicodedata

    from eventwire.stages.actors.kb import _APOSTROPHES

    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _APOSTROPHES.sub("", text.lower())
    return " ".join(text.replace("-", " - ").split())


def test_normalise_skips_nfkd_for_ascii_with_the_same_answer() -> None:
    from eventwire.stages.actors.kb import normalise

    ascii_texts = [chr(i) for i in range(128)] + [
        "Kataib Hezbollah", "O'Brien", "al-Shabaab  fighters", "U.S.", "`Quoted`", "A - B", ""]
    accented = ["Kata’ib", "São Paulo", "Ñuñoa", "naïve", "Đà Nẵng", "ﬁre", "Ⅻ", "Zürich-Nord"]
    for text in ascii_texts + accented:
        assert normalise.__wrapped__(text) == _normalise_by_nfkd(text), repr(text)
    assert normalise("Zürich-Nord") == "zurich - nord"
    assert normalise("Kata’ib") == normalise("Kataib") == "kataib"
