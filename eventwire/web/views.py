"""HTML pages (Jinja2, autoescaped; htmx for partial updates). Each page
reads the same data as its JSON twin in ``api.py`` (``TWINS``) and links to
it. Article text, titles and outlet names are untrusted: they only ever reach
the page through autoescaped ``{{ }}`` (no ``|safe`` anywhere)."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from eventwire.models import MODALITIES, PLOVER_TYPES
from eventwire.store.browse import SORTS, EventFilters
from eventwire.web import charts, data, render
from eventwire.web.app import HERE
from eventwire.web.deps import COOKIE, PRINTABLE, Filters, State, Store, require_token, signed_in

# page path -> its JSON twin
TWINS: dict[str, str] = {
    "/events": "/api/events", "/events/{event_id}": "/api/events/{event_id}",
    "/articles/{article_id:path}": "/api/articles/{article_id:path}",
    "/canonical": "/api/canonical",
    "/canonical/{canonical_id}": "/api/canonical/{canonical_id}",
    "/timeline": "/api/timeline", "/map": "/api/places", "/places": "/api/places",
    "/actors": "/api/actors",
}

env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True,
                  trim_blocks=True, lstrip_blocks=True)
def http_url(url: Any) -> str | None:
    """Only http(s) links reach an href (no javascript: or data: URLs)."""
    text = str(url or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else None


def seg(value: Any) -> str:
    """A value made safe as one URL path segment or query value."""
    return quote(str(value), safe="")


env.globals.update(http_url=http_url, seg=seg, actor_label=render.actor_label,
                   when_label=render.when_label, where_label=render.where_label,
                   says_label=render.says_label,
                   type_colours=charts.TYPE_COLOURS, plover_types=PLOVER_TYPES,
                   modalities=MODALITIES, sorts=SORTS)
templates = Jinja2Templates(env=env)
router = APIRouter(include_in_schema=False)


def qs(filters: EventFilters, **extra: Any) -> str:
    """Query string of the filters plus ``extra`` (None drops a key)."""
    params = {**filters.query(), **{k: str(v) for k, v in extra.items() if v is not None}}
    for key in [k for k, v in extra.items() if v is None]:
        params.pop(key, None)
    return urlencode(params)


def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    state = request.app.state.web
    context.update(read_only=not state.token, signed_in=signed_in(request, state))
    return templates.TemplateResponse(request, name, context, status_code=status)


def render_error(request: Request, code: str, message: str, status: int) -> Response:
    return page(request, "error.html", status=status, code=code, message=message)


@router.get("/", response_class=HTMLResponse)
@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, store: Store, filters: Filters,
                sort: Annotated[str, Query(max_length=20)] = "-published",
                cursor: Annotated[str | None, Query(max_length=400)] = None,
                limit: Annotated[int, Query(ge=1, le=500)] = 50) -> HTMLResponse:
    items, nxt = store.event_page(filters, sort=sort, cursor=cursor, limit=limit)
    partial = cursor and request.headers.get("hx-request")
    name = "_event_rows.html" if partial else "events.html"
    return page(request, name, items=items, next_cursor=nxt, filters=filters, sort=sort,
                limit=limit, qs=qs, twin="/api/events?" + qs(filters, sort=sort))


@router.get("/events/facets", response_class=HTMLResponse)
def facets_partial(request: Request, store: Store, filters: Filters) -> HTMLResponse:
    return page(request, "_facets.html", facets=store.facets(filters), filters=filters, qs=qs)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, store: Store, event_id: str) -> HTMLResponse:
    detail = data.event_detail(store, event_id)
    return page(request, "event.html", **detail, twin=f"/api/events/{event_id}")


@router.post("/events/{event_id}/review", dependencies=[Depends(require_token)])
def review_form(request: Request, store: Store, event_id: str,
                verdict: Annotated[str, Form(max_length=20)],
                reviewer: Annotated[str, Form(max_length=100)],
                field: Annotated[str | None, Form(max_length=40)] = None,
                value: Annotated[str | None, Form(max_length=100_000)] = None,
                note: Annotated[str | None, Form(max_length=2000)] = None) -> Response:
    """The review form: a correction's value is JSON (a string is taken as
    itself, e.g. a type)."""
    import json

    parsed: Any = None
    if verdict == "correct" and value:
        try:
            parsed = json.loads(value)
        except ValueError:
            parsed = value
    data.add_review(store, event_id, verdict, reviewer, field if verdict == "correct" else None,
                    parsed, note)
    if request.headers.get("hx-request"):
        return page(request, "_reviews.html", reviews=store.reviews_of([event_id]))
    return RedirectResponse(f"/events/{event_id}", status_code=303)


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, store: Store, article_id: str) -> HTMLResponse:
    detail = data.article_detail(store, article_id)
    pieces = render.segments(detail["article"]["text"], detail["spans"])
    return page(request, "article.html", **detail, segments=pieces,
                fields=render.EVIDENCE_FIELDS, twin=f"/api/articles/{seg(article_id)}")


@router.get("/canonical", response_class=HTMLResponse)
def canonical_list(request: Request, store: Store,
                   type: Annotated[str | None, Query(max_length=40)] = None,
                   min_reports: Annotated[int, Query(ge=1)] = 2,
                   disagreeing: bool = False,
                   offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    items = store.canonical_events(type=type or None, min_reports=min_reports,
                                 disagreeing=disagreeing, limit=51, offset=offset)
    args: dict[str, Any] = {"min_reports": min_reports}
    if type:
        args["type"] = type
    if disagreeing:
        args["disagreeing"] = "true"
    return page(request, "canonical_list.html", items=items[:50], more=len(items) > 50,
                offset=offset, args=args, urlencode=urlencode,
                twin="/api/canonical?" + urlencode(args))


@router.get("/canonical/{canonical_id}", response_class=HTMLResponse)
def canonical_page(request: Request, store: Store, canonical_id: str) -> HTMLResponse:
    detail = data.canonical_detail(store, canonical_id)
    return page(request, "canonical.html", **detail, twin=f"/api/canonical/{canonical_id}")


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, store: Store, filters: Filters,
                  bucket: str = "month") -> HTMLResponse:
    line = data.timeline(store, filters, bucket)
    bars, top = charts.stacked_bars(line)
    return page(request, "timeline.html", timeline=line, bars=bars, top=top, bucket=bucket,
                filters=filters, qs=qs, twin="/api/timeline?" + qs(filters, bucket=bucket))


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, store: Store, filters: Filters) -> HTMLResponse:
    places = store.place_counts(filters)
    return page(request, "map.html", countries=charts.countries(),
                markers=charts.markers(places), places=places, filters=filters, qs=qs,
                width=charts.WIDTH, height=charts.HEIGHT, twin="/api/places?" + qs(filters))


@router.get("/places", response_class=HTMLResponse)
def places_page(request: Request, store: Store, filters: Filters) -> HTMLResponse:
    return page(request, "places.html", places=store.place_counts(filters), filters=filters,
                qs=qs, twin="/api/places?" + qs(filters))


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, store: Store,
                q: Annotated[str | None, Query(max_length=200, pattern=PRINTABLE)] = None,
                offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    items = store.actor_counts(q=q, limit=101, offset=offset)
    return page(request, "actors.html", items=items[:100], more=len(items) > 100, q=q or "",
                offset=offset, twin="/api/actors?" + urlencode({"q": q or ""}))


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request) -> HTMLResponse:
    return page(request, "login.html", failed=False)


@router.post("/login")
def login(request: Request, state: State,
          token: Annotated[str, Form(max_length=500)]) -> Response:
    """Keep the token in an HttpOnly, SameSite=Strict cookie (no cross-site
    form can use it)."""
    import hmac

    if not state.token or not hmac.compare_digest(token.encode(), state.token.encode()):
        return page(request, "login.html", status=401, failed=True)
    response = RedirectResponse("/events", status_code=303)
    response.set_cookie(COOKIE, token, httponly=True, samesite="strict",
                        secure=request.url.scheme == "https")
    return response


@router.post("/logout")
def logout() -> Response:
    response = RedirectResponse("/events", status_code=303)
    response.delete_cookie(COOKIE)
    return response
