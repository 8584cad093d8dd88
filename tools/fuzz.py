"""Coverage-guided fuzzing with atheris (issue 18). Every input must be
ingested or refused with a coded error: any other exception, a 500 from the
API, or a hang (libFuzzer's -timeout) is a crash and atheris stops with the
input that caused it.

    python tools/fuzz.py readers -max_total_time=60      # one target, 60 s
    EVENTWIRE_FUZZ_SECONDS=600 make fuzz                 # every target, 600 s each

Targets: ``readers`` (bytes as .txt/.jsonl/.html/.xml/.warc through the
ingest checks), ``query`` (a query string on the event filters), ``kb``
(a user actor file and a user gazetteer file, YAML or CSV), ``review`` (a
review payload, JSON body and form).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import atheris

with atheris.instrument_imports():
    from eventwire.errors import EventwireError
    from eventwire.ingest import iter_inputs
    from eventwire.models import Article, Reject
    from eventwire.settings import Settings

TMP = Path(tempfile.mkdtemp(prefix="ew-fuzz-"))
SUFFIXES = (".txt", ".jsonl", ".html", ".xml", ".warc")
API_OK = {200, 201, 303, 400, 401, 403, 404, 405, 413, 422}


def fuzz_readers(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    path = TMP / f"in{SUFFIXES[fdp.ConsumeIntInRange(0, len(SUFFIXES) - 1)]}"
    path.write_bytes(fdp.ConsumeBytes(fdp.remaining_bytes()))
    for item in iter_inputs([path], settings=Settings(progress=False, lang_check=False)):
        assert isinstance(item, Article | Reject), item
        if isinstance(item, Article):
            assert item.text.strip(), "an article without text"


def fuzz_kb(data: bytes) -> None:
    from eventwire.stages.actors.kb import read_user_file
    from eventwire.stages.geo.places import read_places

    fdp = atheris.FuzzedDataProvider(data)
    path = TMP / ("user.csv" if fdp.ConsumeBool() else "user.yaml")
    path.write_bytes(fdp.ConsumeBytes(fdp.remaining_bytes()))
    for read in (read_user_file, read_places):
        try:
            read(path)
        except EventwireError:
            pass


_CLIENT: list[Any] = []


def client() -> Any:
    if not _CLIENT:
        from fastapi.testclient import TestClient

        from eventwire.web import create_app

        url = f"sqlite:///{TMP / 'fuzz.db'}"
        app = create_app(Settings(store_url=url, progress=False), token="fuzz-token")
        _CLIENT.append(TestClient(app, raise_server_exceptions=False))
    return _CLIENT[0]


def fuzz_query(data: bytes) -> None:
    from urllib.parse import quote

    query = quote(data, safe="=&")
    for route in ("/api/events", "/api/events/facets", "/api/timeline", "/api/actors"):
        r = client().get(route + "?" + query)
        assert r.status_code in API_OK, (route, query, r.status_code, r.text[:300])


def fuzz_review(data: bytes) -> None:
    auth = {"Authorization": "Bearer fuzz-token"}
    fdp = atheris.FuzzedDataProvider(data)
    event = fdp.ConsumeUnicodeNoSurrogates(40) or "e"
    body = fdp.ConsumeBytes(fdp.remaining_bytes())
    from urllib.parse import quote

    url = "/api/events/" + quote(event, safe="") + "/review"
    r = client().post(url, content=body, headers={**auth, "content-type": "application/json"})
    assert r.status_code in API_OK, (url, body[:200], r.status_code, r.text[:300])
    r = client().post(url[4:], content=body, headers={
        **auth, "content-type": "application/x-www-form-urlencoded"})
    assert r.status_code in API_OK, (url, body[:200], r.status_code, r.text[:300])


TARGETS: dict[str, Callable[[bytes], None]] = {
    "readers": fuzz_readers, "query": fuzz_query, "kb": fuzz_kb, "review": fuzz_review}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: fuzz.py {{{','.join(TARGETS)}}} [libFuzzer flags]")
    target = TARGETS[sys.argv[1]]
    atheris.Setup([sys.argv[0], *sys.argv[2:]], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
