"""The JSON API under /api (OpenAPI at /api/openapi.json, docs at /api/docs).

Plain ``def`` endpoints: FastAPI runs them in its threadpool, so the blocking Store calls
never stall the event loop. Page sizes are capped (``limit`` <= 500); request bodies are
capped by the guard (413 past ``max_body``).
"""

from __future__ import annotations

import json
from typing import Any, Optional

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ..errors import Errors, WebError
from . import queries as q
from .periods import FREQS, check_freq, parse_day
from .templating import templates

router = APIRouter(prefix="/api", tags=["api"])

Limit = Query(q.PAGE_SIZE, ge=1, le=q.MAX_PAGE, description=f"page size, at most {q.MAX_PAGE}")
Offset = Query(0, ge=0, le=10_000_000)
FreqQ = Query("month", description="one of " + ", ".join(FREQS))


def _store(request: Request) -> Any:
    return request.app.state.store


def _filters(freq: str, start: Optional[str], end: Optional[str], direction: str, quad: Optional[int],
             root: Optional[str], plover: Optional[str]) -> q.DyadFilters:
    return q.DyadFilters(freq=freq, start=start, end=end, direction=direction, quad=quad, root=root,
                         plover=plover).checked()


@router.get("/docs", include_in_schema=False, response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """Swagger UI, served from the files of the fastapi-offline package."""
    return templates.TemplateResponse(request, "apidocs.html", {})


@router.get("/events", summary="Query events (one row per event mention, with its evidence)")
def api_events(
    request: Request,
    a: Optional[str] = Query(None, description="with b: events between these two countries"),
    b: Optional[str] = Query(None),
    actor: Optional[str] = Query(None, description="actor code as source or target, e.g. CHNGOV"),
    country: Optional[str] = Query(None, description="ISO3 country as source or target"),
    cameo: Optional[str] = Query(None, pattern=r"^\d{2,4}$"),
    root: Optional[str] = Query(None, pattern=r"^\d{2}$"),
    quad: Optional[int] = Query(None, ge=1, le=4),
    plover: Optional[str] = Query(None, pattern=r"^[A-Za-z_-]{2,40}$"),
    start: Optional[str] = Query(None, description="YYYY-MM-DD"),
    end: Optional[str] = Query(None, description="YYYY-MM-DD"),
    text: Optional[str] = Query(None, max_length=200, description="words in the evidence sentence"),
    article_id: Optional[str] = Query(None, max_length=500),
    cluster_id: Optional[str] = Query(None, max_length=200),
    limit: int = Limit,
    offset: int = Offset,
) -> dict[str, Any]:
    filters: dict[str, Any] = {
        "actor": q.check_code(actor) if actor else None, "country": q.check_code(country) if country else None,
        "cameo": cameo, "root": root, "quad": quad, "plover": plover.upper() if plover else None,
        "start": _day(start, "start"), "end": _day(end, "end"), "text": text or None,
        "article_id": article_id, "cluster_id": cluster_id,
    }
    if a or b:
        if not (a and b):
            raise WebError(Errors.DT806.format(value=a or b, field="a/b", expected="give both a and b"), 400)
        filters["dyad"] = (q.check_code(a), q.check_code(b))
    rows = q.json_events(q.events(_store(request), limit=limit, offset=offset, **filters))
    return {"events": rows, "limit": limit, "offset": offset, "count": len(rows)}


def _day(value: Optional[str], field: str) -> Optional[str]:
    d = parse_day(value, field)
    return d.isoformat() if d else None


@router.get("/dyads/{a}/{b}/series", summary="A dyad's time series: the same list as `detente dyad A B --json`")
def api_series(
    request: Request, a: str, b: str, freq: str = FreqQ,
    start: Optional[str] = Query(None), end: Optional[str] = Query(None),
    direction: str = Query("both", pattern="^(both|ab|ba)$", description="both, ab (a->b) or ba (b->a)"),
    count: str = Query("clusters", pattern="^(clusters|mentions)$", description="clusters (de-duplicated) or mentions"),
    span: int = Query(3, ge=1, le=120, description="EWMA span of the index in periods (1 = raw)"),
) -> list[dict[str, Any]]:
    f = _filters(freq, start, end, direction, None, None, None)
    f.count, f.span = count, span
    return q.series(_store(request), q.check_code(a), q.check_code(b), f)


@router.get("/dyads/{a}/{b}/events", summary="The events of one period of a dyad's series (what a chart click shows)")
def api_period_events(
    request: Request, a: str, b: str, period: str = Query(..., max_length=40), freq: str = FreqQ,
    start: Optional[str] = Query(None), end: Optional[str] = Query(None),
    direction: str = Query("both", pattern="^(both|ab|ba)$"),
    quad: Optional[int] = Query(None, ge=1, le=4), root: Optional[str] = Query(None),
    plover: Optional[str] = Query(None), limit: int = Limit, offset: int = Offset,
) -> dict[str, Any]:
    f = _filters(freq, start, end, direction, quad, root, plover)
    rows = q.period_events(_store(request), q.check_code(a), q.check_code(b), f, period, limit=limit, offset=offset)
    return {"period": period, "freq": f.freq, "events": q.json_events(rows), "limit": limit, "offset": offset,
            "count": len(rows)}


@router.get("/relations", summary="Dyads with their latest relations index")
def api_relations(request: Request, limit: int = Query(50, ge=1, le=q.MAX_PAGE), freq: str = FreqQ) -> list[dict[str, Any]]:
    check_freq(freq)
    return q.to_records(_store(request).relations(limit=limit, freq=freq))


@router.get("/alerts", summary="Dyads whose relations changed sharply")
def api_alerts(request: Request, freq: str = FreqQ, threshold: Optional[float] = Query(None, ge=0, le=100),
               a: Optional[str] = Query(None), b: Optional[str] = Query(None)) -> list[dict[str, Any]]:
    check_freq(freq)
    kw: dict[str, Any] = {"freq": freq}
    if threshold is not None:
        kw["threshold"] = threshold
    if a and b:
        kw["dyad"] = (q.check_code(a), q.check_code(b))
    return q.to_records(_store(request).alerts(**kw))


@router.get("/articles/{article_id:path}", summary="One article with its text and coded events")
def api_article(request: Request, article_id: str) -> dict[str, Any]:
    art = _store(request).article(article_id)
    if not art:
        raise WebError(Errors.DT805.format(value=article_id), 404)
    return q.to_records([art])[0]


@router.get("/stats", summary="Counts of what the store holds")
def api_stats(request: Request) -> dict[str, Any]:
    return q.to_records([_store(request).stats()])[0]


@router.post("/code", summary="Code a text: text and optional date in, events out",
             responses={413: {"description": "body over the size limit (DT802)"}})
def api_code(request: Request, body: dict[str, Any]) -> dict[str, Any]:
    text = body.get("text")
    if not isinstance(text, str) or not text.strip():
        raise WebError(Errors.DT808.format(detail='"text" must be a non-empty string'), 400)
    date = body.get("date")
    if date is not None:
        d = parse_day(str(date), "date")
        date = d.isoformat() if d else None
    coder = request.app.state.coder.get()
    events = coder.code(text, date=date)
    out = [ev.to_dict() for ev in events]
    json.dumps(out)  # fail here, not halfway through the response, if anything is not JSON
    return {"events": out, "count": len(out)}
