"""Guards around every request: a body size limit (413 EW812, checked on
``Content-Length`` before anything is read, and again while a chunked body
streams in) and a coded answer instead of a stack trace for unexpected
errors (500 EW813 with a reference; the traceback goes to the server log
only)."""

from __future__ import annotations

import json
import logging
import uuid

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventwire.errors import Errors, EventwireError

LOG = logging.getLogger("eventwire.web")
MAX_BODY = 8 * 1024 * 1024  # 1,000,000 characters of article text, JSON-escaped, fit


async def _send_too_large(send: Send, limit: int) -> None:
    err = EventwireError(Errors.E812, limit=limit)
    body = json.dumps({"error": {"code": err.code, "message": err.message}}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413 EW812."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await _send_too_large(send, self.limit)
            return
        await self._counted(scope, receive, send)

    async def _counted(self, scope: Scope, receive: Receive, send: Send) -> None:
        """A chunked body is counted as it arrives; past the limit the app
        sees a disconnect, whatever it answers is dropped, and 413 is sent."""
        seen, over, started = 0, False, False

        async def counted() -> Message:
            nonlocal seen, over
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                over = True
                return {"type": "http.disconnect"}
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            if over:
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except Exception:
            if not over:
                raise
        if over and not started:
            await _send_too_large(send, self.limit)


def internal_error(exc: Exception, path: str) -> tuple[str, str]:
    """Log ``exc`` with a fresh reference; the client's code and message."""
    ref = uuid.uuid4().hex[:12]
    LOG.error("EW813 %s on %s", ref, path, exc_info=exc)
    err = EventwireError(Errors.E813, ref=ref)
    return err.code, err.message
