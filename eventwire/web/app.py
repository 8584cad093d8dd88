"""The web app: REST API (``/api``, OpenAPI at ``/docs``) and server-rendered
UI (Jinja2 + htmx, vendored) over one store.

``create_app(settings)`` builds it; ``serve`` runs it with uvicorn. The
write endpoints need the token from ``EVENTWIRE_TOKEN`` (or ``token=``); with
none the server is read-only. The token is not a ``Settings`` field on
purpose: settings are recorded in the ``runs`` table, a secret must not be.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventwire import __version__
from eventwire.errors import Errors, EventwireError
from eventwire.settings import Settings, load_settings
from eventwire.store import SQLStore, open_store
from eventwire.web.limits import MAX_BODY, BodyLimit, internal_error

HERE = Path(__file__).parent
STATUS: dict[str, int] = {"EW304": 404, "EW807": 404, "EW808": 404, "EW801": 403,
                          "EW806": 401, "EW810": 422, "EW812": 413, "EW315": 503}
# Store failures the client cannot fix (damaged, unreadable, missing tables):
# 500 EW813 with a reference; the code and the driver's words go to the log.
SERVER_SIDE = frozenset({"EW302", "EW303", "EW305", "EW306", "EW307", "EW308"})


class WebState:
    """What the routes share: settings, token, one store per thread (SQLite
    connections stay in their thread), and the pipeline, loaded on first
    ingest."""

    def __init__(self, settings: Settings, token: str | None) -> None:
        self.settings = settings
        self.token = token or None
        self._local = threading.local()
        self._lock = threading.Lock()
        self._pipeline: Any = None

    def store(self) -> SQLStore:
        store: SQLStore | None = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.settings.store_url)
            self._local.store = store
        return store

    @property
    def ingest_lock(self) -> threading.Lock:
        """Held while an article is ingested: one at a time, one pipeline."""
        return self._lock

    def pipeline_unlocked(self) -> Any:
        """The pipeline, loaded on first use; call with ``ingest_lock`` held."""
        if self._pipeline is None:
            from eventwire.nlp.pipeline import Pipeline

            self._pipeline = Pipeline(self.settings.with_overrides(progress=False))
        return self._pipeline


def _error_response(request: Request, code: str, message: str, status: int) -> Response:
    if request.url.path.startswith("/api"):
        return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
    from eventwire.web.views import render_error

    return render_error(request, code, message, status)


def create_app(settings: Settings | None = None, token: str | None = None,
               max_body: int = MAX_BODY) -> FastAPI:
    """The FastAPI app over ``settings.store_url``; ``token`` defaults to
    ``$EVENTWIRE_TOKEN``; request bodies over ``max_body`` bytes get 413."""
    from eventwire.web import api, views

    settings = settings or load_settings()
    if token is None:
        token = os.environ.get("EVENTWIRE_TOKEN")
    app = FastAPI(title="eventwire", version=__version__,
                  description="Political event records with their evidence: browse, export, "
                              "review. Errors are `{error: {code, message}}` with an EW code.")
    app.state.web = WebState(settings, token)
    open_store(settings.store_url).close()  # fail at start, not at the first request

    @app.exception_handler(EventwireError)
    async def coded(request: Request, exc: EventwireError) -> Response:
        if exc.code in SERVER_SIDE:  # the server's store, not the request: details to the log
            code, message = internal_error(exc, request.url.path)
            return _error_response(request, code, message, 500)
        return _error_response(request, exc.code, exc.message,
                               STATUS.get(exc.code, 400))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        detail = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}"
                           for e in exc.errors())
        err = EventwireError(Errors.E810, detail=detail)
        return _error_response(request, err.code, err.message, 422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        err = EventwireError(Errors.E811, detail=str(exc.detail), path=request.url.path)
        return _error_response(request, err.code, err.message, exc.status_code)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        code, message = internal_error(exc, request.url.path)
        return _error_response(request, code, message, 500)

    @app.middleware("http")
    async def headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if isinstance(response, HTMLResponse) or response.headers.get(
                "content-type", "").startswith("text/html"):
            response.headers.setdefault(
                "Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
                "style-src 'self'; script-src 'self'; frame-ancestors 'none'")
        return response

    app.add_middleware(BodyLimit, limit=max_body)
    app.include_router(api.router)
    app.include_router(views.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    return app


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000) -> int:
    import uvicorn

    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
    return 0
