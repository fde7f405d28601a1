"""The HTML pages: overview, dyad, event search, article, actor.

Each page asks ``queries`` for its data and renders one template; Jinja2 escapes every
value, and the charts' data go to the browser as JSON in a non-executed script block.
"""

from __future__ import annotations

from typing import Any, Optional
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from . import queries as q
from .templating import cameo_roots, plover_types, templates

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def _page(request: Request, name: str, context: dict[str, Any]) -> HTMLResponse:
    context.setdefault("roots", cameo_roots())
    context.setdefault("plover_types", plover_types())
    return templates.TemplateResponse(request, name, context)


def _blank(value: Optional[str]) -> Optional[str]:
    return value if value not in (None, "") else None


@router.get("/")
def overview(request: Request, freq: str = Query("month")) -> HTMLResponse:
    q.check_freq(freq)
    return _page(request, "overview.html", q.overview_view(request.app.state.store, freq=freq))


@router.get("/dyad/{a}/{b}")
def dyad(request: Request, a: str, b: str, freq: str = "month", start: Optional[str] = None,
         end: Optional[str] = None, direction: str = "both", quad: Optional[str] = None,
         root: Optional[str] = None, plover: Optional[str] = None) -> HTMLResponse:
    quad_n = int(quad) if quad and quad.isdigit() else None
    if quad and quad_n is None:
        quad_n = -1  # rejected by checked() with a coded message
    f = q.DyadFilters(freq=freq, start=_blank(start), end=_blank(end), direction=direction, quad=quad_n,
                      root=_blank(root), plover=_blank(plover)).checked()
    return _page(request, "dyad.html", q.dyad_view(request.app.state.store, q.check_code(a), q.check_code(b), f))


@router.get("/events")
def event_search(request: Request, text: Optional[str] = Query(None, max_length=200),
                 actor: Optional[str] = None, country: Optional[str] = None, cameo: Optional[str] = None,
                 root: Optional[str] = None, quad: Optional[str] = None, plover: Optional[str] = None,
                 start: Optional[str] = None, end: Optional[str] = None,
                 offset: int = Query(0, ge=0, le=10_000_000), limit: int = Query(50, ge=1, le=q.MAX_PAGE)) -> HTMLResponse:
    quad_n = int(quad) if quad and quad.isdigit() and quad in "1234" else None
    filters = {"text": _blank(text), "actor": q.check_code(actor) if _blank(actor) else None,
               "country": q.check_code(country) if _blank(country) else None,
               "cameo": _blank(cameo) if cameo and cameo.isdigit() else None,
               "root": _blank(root) if root and root.isdigit() else None, "quad": quad_n,
               "plover": _blank(plover), "start": _iso(start, "start"), "end": _iso(end, "end")}
    rows = q.events(request.app.state.store, limit=limit, offset=offset, **filters)
    shown = {k: v for k, v in filters.items() if v is not None}
    prev_url = f"/events?{urlencode({**shown, 'offset': max(0, offset - limit), 'limit': limit})}" if offset else None
    next_url = f"/events?{urlencode({**shown, 'offset': offset + limit, 'limit': limit})}" if len(rows) == limit else None
    return _page(request, "events.html", {"events": rows, "q": {**filters, "offset": offset},
                                          "prev_url": prev_url, "next_url": next_url})


def _iso(value: Optional[str], field: str) -> Optional[str]:
    d = q.parse_day(_blank(value), field)
    return d.isoformat() if d else None


@router.get("/article/{article_id:path}")
def article(request: Request, article_id: str) -> HTMLResponse:
    return _page(request, "article.html", q.article_view(request.app.state.store, article_id))


@router.get("/actor/{key}")
def actor(request: Request, key: str, freq: str = "month") -> HTMLResponse:
    """A country (CHN), an actor code (CHNGOV) or a person's name (Wang Yi)."""
    q.check_freq(freq)
    return _page(request, "actor.html", q.actor_view(request.app.state.store, key, freq=freq))
