"""Shared by the web tests: a store filled by the real pipeline on the
bundled samples plus one hostile article, and a real uvicorn server."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "eventwire" / "data" / "samples"
TOKEN = "test-token-0123456789"

# Untrusted text in every place an article puts text: each payload, if it ever
# ran, would set window.__xss (or open a dialog); it must show up as text.
HOSTILE_ID = "hostile-<b>1</b>"
HOSTILE: dict[str, Any] = {
    "id": HOSTILE_ID,
    "title": "<script>window.__xss='title'</script>Militants attack",
    "outlet": "\"><img src=x onerror=\"window.__xss='outlet';alert('outlet')\">Daily",
    "url": "javascript:window.__xss='url'",
    "published": "2020-11-15",
    "text": ("BAGHDAD - Kataib Hezbollah <script>window.__xss='text';alert(1)</script> fighters "
             "attacked US forces in Baghdad on Sunday, the Iraqi interior ministry said. "
             "\"We will strike again if they do not leave,\" said Abu Ali "
             "<img src=x onerror=\"window.__xss='attr';alert(2)\"> al-Askari, a spokesman "
             "for the group. The United Nations condemned the attack."),
}
PAYLOADS = ("<script>window.__xss='title'</script>", "<img src=x onerror=",
            "<script>window.__xss='text';alert(1)</script>")


def build_store(folder: Path, pipeline: Any) -> str:
    """Run the real job on the samples and the hostile article; the URL."""
    from eventwire.app.jobs import run_job
    from eventwire.settings import Settings

    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    url = f"sqlite:///{folder / 'web.db'}"
    report = run_job([SAMPLES, hostile], Settings(store_url=url, progress=False),
                     pipeline=pipeline)
    assert report.articles == 22 and report.rejected == 0, report
    return url


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_server(store_url: str, token: str | None = TOKEN) -> Iterator[str]:
    """A real uvicorn server on a free loopback port, in a thread."""
    import uvicorn

    from eventwire.settings import Settings
    from eventwire.web import create_app

    app = create_app(Settings(store_url=store_url, progress=False), token=token)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
