"""The analyst's workbench: REST API and web UI over a store
(``eventwire serve``). Needs the ``web`` extra (FastAPI, uvicorn, Jinja2)."""

from __future__ import annotations

from eventwire.web.app import create_app, serve

__all__ = ["create_app", "serve"]
