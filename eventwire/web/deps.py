"""Request dependencies shared by the API and the HTML views: the store, the
event filters (same names in both), and the token check for writes."""

from __future__ import annotations

import hmac
from datetime import date
from typing import Annotated, Any, cast

from fastapi import Depends, Query, Request

from eventwire.errors import Errors, EventwireError
from eventwire.store import SQLStore
from eventwire.store.browse import EventFilters, parse_bbox
from eventwire.web.app import WebState

COOKIE = "eventwire_token"


def web_state(request: Request) -> WebState:
    state: WebState = request.app.state.web
    return state


class _ThreadStore:
    """The store of whichever thread uses it: FastAPI may resolve a
    dependency in one worker thread and run the route in another, and an
    SQLite connection must stay in the thread that opened it."""

    def __init__(self, state: WebState) -> None:
        self._state = state

    def __getattr__(self, name: str) -> Any:
        return getattr(self._state.store(), name)


def get_store(state: Annotated[WebState, Depends(web_state)]) -> SQLStore:
    return cast(SQLStore, _ThreadStore(state))


Store = Annotated[SQLStore, Depends(get_store)]
State = Annotated[WebState, Depends(web_state)]


# No control characters in text filters: SQLite cuts a LIKE pattern at NUL,
# which would turn "contains X\0..." into "contains anything".
PRINTABLE = r"^[^\x00-\x1f\x7f]*$"


def _text(description: str) -> object:
    return Query(description=description, max_length=200, pattern=PRINTABLE)


DAY = r"^([0-9]{4}-[0-9]{2}-[0-9]{2})?$"
NUMBER = r"-?[0-9]{1,3}(\.[0-9]{1,8})?"
BBOX = rf"^({NUMBER},{NUMBER},{NUMBER},{NUMBER})?$"


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise EventwireError(Errors.E810, detail=f"'{value}' is not a day (YYYY-MM-DD)") from exc


def event_filters(
    type: Annotated[str | None, _text("PLOVER type, e.g. THREATEN")] = None,
    actor: Annotated[str | None, _text("actor id or name (actor or recipient)")] = None,
    country: Annotated[str | None, _text("ISO3 country of actor or recipient")] = None,
    date_from: Annotated[str | None, Query(description="events on/after this day (YYYY-MM-DD)",
                                           pattern=DAY)] = None,
    date_to: Annotated[str | None, Query(description="events on/before this day (YYYY-MM-DD)",
                                         pattern=DAY)] = None,
    modality: Annotated[str | None, _text("asserted, reported, threatened, ...")] = None,
    speaker: Annotated[str | None, _text("who says so (substring)")] = None,
    outlet: Annotated[str | None, _text("publishing outlet")] = None,
    text: Annotated[str | None, _text("substring of the trigger or sentence")] = None,
    article_id: Annotated[str | None, _text("only events of this article")] = None,
    new_only: Annotated[bool, Query(description="leave out background events")] = False,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat",
                                      pattern=BBOX)] = None,
    min_sources: Annotated[str | None, Query(pattern=r"^[0-9]{0,6}$", description=(
        "reported at least N times (reports of its canonical event)"))] = None,
) -> EventFilters:
    """The filters; an empty value (as an HTML form sends) is no filter."""
    return EventFilters(type=type or None, actor=actor or None, country=country or None,
                        date_from=_day(date_from), date_to=_day(date_to),
                        modality=modality or None,
                        speaker=speaker or None, outlet=outlet or None, text=text or None,
                        article_id=article_id or None, new_only=new_only,
                        min_confidence=min_confidence, bbox=parse_bbox(bbox),
                        min_sources=int(min_sources) if min_sources else None)


Filters = Annotated[EventFilters, Depends(event_filters)]


def token_of(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return request.cookies.get(COOKIE)


def signed_in(request: Request, state: WebState) -> bool:
    given = token_of(request)
    return bool(state.token and given and hmac.compare_digest(given.encode(),
                                                              state.token.encode()))


def require_token(request: Request, state: State) -> None:
    """Writes need the server's token; without one the server is read-only."""
    if not state.token:
        raise EventwireError(Errors.E801)
    if not signed_in(request, state):
        raise EventwireError(Errors.E806)


Writer = Depends(require_token)
