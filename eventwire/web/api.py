"""REST API under ``/api`` (JSON; OpenAPI at ``/openapi.json``, docs at
``/docs``). Every HTML page has its twin here (see ``views.TWINS``)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from eventwire.store.browse import SORTS
from eventwire.web import data
from eventwire.web.deps import PRINTABLE, Filters, State, Store, require_token
from eventwire.web.stream import export_response


class ApiError(BaseModel):
    error: dict[str, str] = Field(description="{code: 'EW###', message: what to do}")


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ApiError} for code in (400, 401, 403, 404, 422)}


class EventPage(BaseModel):
    items: list[dict[str, Any]] = Field(description="event records (docs/formats.md) with "
                                                    "canonical_id and sources")
    next_cursor: str | None = Field(description="pass as cursor= for the next page")
    limit: int
    sort: str


class Facets(BaseModel):
    total: int
    type: list[dict[str, Any]]
    modality: list[dict[str, Any]]
    country: list[dict[str, Any]]
    outlet: list[dict[str, Any]]


class Listing(BaseModel):
    items: list[dict[str, Any]]
    next_offset: int | None = None


class Timeline(BaseModel):
    bucket: str
    types: list[str]
    periods: list[str]
    counts: list[dict[str, Any]]


class ArticleIn(BaseModel):
    text: str = Field(min_length=1, max_length=1_000_000)
    id: str | None = Field(None, max_length=200)
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    outlet: str | None = Field(None, max_length=200)
    published: str | None = Field(None, max_length=40, description="YYYY-MM-DD")
    lang: str | None = Field(None, max_length=20)


class Ingested(BaseModel):
    article_id: str
    stored: bool = Field(description="false: the same text was already stored")
    events: int


class ReviewIn(BaseModel):
    verdict: Literal["accept", "correct", "reject"]
    reviewer: str = Field(min_length=1, max_length=100, description="who reviews")
    field: str | None = Field(None, max_length=40, description="the corrected field "
                              "(gold record of docs/annotation.md), for 'correct'")
    value: Any = Field(None, description="its new value in the gold shape")
    note: str | None = Field(None, max_length=2000)


router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)
Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]


@router.get("/events", response_model=EventPage)
def list_events(store: Store, filters: Filters,
                sort: Annotated[str, Query(description="one of " + ", ".join(SORTS),
                                           pattern=r"^-?(published|date|confidence)$")
                                ] = "-published",
                cursor: Annotated[str | None, Query(max_length=400)] = None,
                limit: Limit = 50) -> dict[str, Any]:
    """Events matching the filters, one page at a time (cursor pagination)."""
    items, nxt = store.event_page(filters, sort=sort, cursor=cursor, limit=limit)
    return {"items": items, "next_cursor": nxt, "limit": limit, "sort": sort}


@router.get("/events/facets", response_model=Facets)
def event_facets(store: Store, filters: Filters) -> dict[str, Any]:
    """How many matching events per type, modality, actor country, outlet."""
    return store.facets(filters)


@router.get("/events/{event_id}")
def get_event(store: Store, state: State, event_id: str) -> dict[str, Any]:
    """One event with its evidence spans, article, canonical event and reviews."""
    return data.event_detail(store, event_id)


@router.post("/events/{event_id}/review", status_code=201,
             dependencies=[Depends(require_token)])
def review_event(store: Store, event_id: str, review: ReviewIn) -> dict[str, Any]:
    """Accept, correct one field of, or reject an event. Stored apart: the
    machine output is never changed. Needs the token."""
    return data.add_review(store, event_id, review.verdict, review.reviewer, review.field,
                           review.value, review.note)


@router.get("/articles/{article_id:path}")
def get_article(store: Store, article_id: str) -> dict[str, Any]:
    """The article text, its events and every evidence span."""
    return data.article_detail(store, article_id)


@router.post("/articles", status_code=201, response_model=Ingested,
             dependencies=[Depends(require_token)])
def ingest_article(state: State, article: Annotated[ArticleIn, Body()],
                   dedup: bool = False) -> dict[str, Any]:
    """Extract events from one article and store them (needs the token).
    ``dedup=true`` also rebuilds the canonical events (slow on big stores)."""
    return data.ingest(state, article.model_dump(exclude_none=True), dedup=dedup)


@router.get("/canonical", response_model=Listing)
def list_canonical(store: Store, type: Annotated[str | None, Query(max_length=40)] = None,
                   min_reports: Annotated[int, Query(ge=1, le=100000)] = 1,
                   disagreeing: bool = False, limit: Limit = 50,
                   offset: Offset = 0) -> dict[str, Any]:
    """Canonical events (one per real-world event), most reported first."""
    items = store.canonical_events(type=type, min_reports=min_reports, disagreeing=disagreeing,
                                 limit=limit + 1, offset=offset)
    return {"items": items[:limit], "next_offset": offset + limit if len(items) > limit
            else None}


@router.get("/canonical/{canonical_id}")
def get_canonical(store: Store, canonical_id: str) -> dict[str, Any]:
    """A canonical event, its reports, and field-by-field (dis)agreement."""
    return data.canonical_detail(store, canonical_id)


@router.get("/actors", response_model=Listing)
def list_actors(store: Store,
                q: Annotated[str | None, Query(max_length=200, pattern=PRINTABLE)] = None,
                limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """Actors seen in events, with how often they act and are acted on."""
    items = store.actor_counts(q=q, limit=limit + 1, offset=offset)
    return {"items": items[:limit], "next_offset": offset + limit if len(items) > limit
            else None}


@router.get("/places", response_model=Listing)
def list_places(store: Store, filters: Filters) -> dict[str, Any]:
    """Places of the matching events with counts (the data of the map)."""
    return {"items": store.place_counts(filters), "next_offset": None}


@router.get("/timeline", response_model=Timeline)
def timeline(store: Store, filters: Filters,
             bucket: Literal["year", "month", "day"] = "month") -> dict[str, Any]:
    """Matching events counted per period (of the event's date) and type."""
    return data.timeline(store, filters, bucket)


@router.get("/export", response_class=StreamingResponse,
            responses={200: {"content": {"application/x-ndjson": {}, "text/csv": {},
                                         "application/geo+json": {},
                                         "application/vnd.apache.parquet": {}}}})
def export(request: Request, state: State, filters: Filters,
           format: Literal["jsonl", "csv", "parquet", "geojson"] = "jsonl") -> Any:
    """All matching events, streamed (GeoJSON: located events only)."""
    return export_response(state, filters, format)

