"""The FastAPI app: one Store per app, called per request from FastAPI's threadpool.

    >>> from detente.web import create_app
    >>> app = create_app(db="events.duckdb")            # loopback only
    >>> app = create_app(db="events.duckdb", token="s3cret")   # token on every request

Pages live in ``pages.py``, the JSON API in ``api.py``, the guard (token, host, body size,
security headers) in ``security.py``.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any, Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import DetenteError, Errors, WebError
from .security import Guard
from .templating import templates

STATIC = Path(__file__).parent / "static"
MAX_BODY = 100_000  # bytes: POST /api/code takes one article at a time


def plotly_js_dir() -> Path:
    import plotly

    return Path(plotly.__file__).parent / "package_data"


def swagger_dir() -> Path:
    """Swagger UI's files, as shipped (for offline use) by the fastapi-offline package."""
    import fastapi_offline

    return Path(fastapi_offline.__file__).parent / "static"


class LazyCoder:
    """Loads the Coder (spaCy model) on the first POST /api/code, once per app."""

    def __init__(self, factory: Callable[[], Any] | None = None) -> None:
        self._factory = factory
        self._coder: Any = None
        self._lock = threading.Lock()

    def get(self) -> Any:
        if self._coder is None:
            with self._lock:
                if self._coder is None:
                    if self._factory is None:
                        from .. import Coder

                        self._coder = Coder()
                    else:
                        self._coder = self._factory()
        return self._coder


def open_store(db: str | os.PathLike[str] | None) -> Any:
    """The Store for ``db`` (read-only); a missing file is DT702 at once, not an empty dashboard."""
    from ..errors import StoreError
    from ..store import Store

    store = Store(db, read_only=True)
    if store.path != ":memory:" and not Path(store.path).exists():
        raise StoreError(Errors.DT702.format(path=store.path))
    return store


def create_app(store: Any = None, *, db: str | os.PathLike[str] | None = None, token: str | None = None,
               coder: Any = None, max_body: int = MAX_BODY,
               allowed_hosts: frozenset[str] | None = None) -> FastAPI:
    """The dashboard and API over ``store`` (or the Store opened at ``db``).

    ``token``: when given, every request must carry it. ``coder``: a Coder (or a factory
    returning one) for ``POST /api/code``; by default one is loaded on first use.
    ``max_body``: request bodies over this many bytes get a 413.
    """
    from . import api, pages

    if store is None:
        store = open_store(db)
    app = FastAPI(title="detente", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Political events coded from news text, with the sentence that proves each one.")
    app.state.store = store
    if coder is None or (callable(coder) and not hasattr(coder, "code")):
        app.state.coder = LazyCoder(coder)       # None (load detente.Coder) or a factory
    else:
        app.state.coder = LazyCoder(lambda: coder)  # a ready Coder
    app.state.max_body = max_body
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static/swagger", StaticFiles(directory=swagger_dir()), name="swagger")
    app.mount("/static", _Static(), name="static")
    _error_handlers(app)
    app.add_middleware(Guard, token=token, max_body=max_body, allowed_hosts=allowed_hosts)
    return app


class _Static(StaticFiles):
    """Our static folder, plus plotly.min.js straight from the installed plotly package."""

    def __init__(self) -> None:
        super().__init__(directory=STATIC)
        self._plotly = plotly_js_dir()

    def lookup_path(self, path: str) -> tuple[str, os.stat_result | None]:
        if path == "plotly.min.js":
            full = self._plotly / "plotly.min.js"
            return str(full), os.stat(full)
        return super().lookup_path(path)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or "application/json" in request.headers.get("accept", "")


def _error_handlers(app: FastAPI) -> None:
    def render(request: Request, status: int, message: str, code: str | None = None) -> Response:
        if _wants_json(request):
            return JSONResponse({"code": code, "detail": message}, status_code=status)
        return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                          status_code=status)

    @app.exception_handler(WebError)
    def _web(request: Request, exc: WebError) -> Response:
        msg = str(exc)
        return render(request, exc.status, msg, msg[1:6] if msg.startswith("[DT") else None)

    @app.exception_handler(DetenteError)
    def _detente(request: Request, exc: DetenteError) -> Response:
        msg = str(exc)
        code = msg[1:6] if msg.startswith("[DT") else None
        status = {"DT701": 503, "DT702": 404, "DT710": 500}.get(code or "", 400)
        return render(request, status, msg, code)

    @app.exception_handler(StarletteHTTPException)
    def _http(request: Request, exc: StarletteHTTPException) -> Response:
        return render(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    def _invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg')}"
                             for e in exc.errors())
        msg = Errors.DT806.format(value=problems, field="request", expected="see the API docs at /api/docs")
        if _wants_json(request):
            return JSONResponse({"code": "DT806", "detail": msg, "errors": _plain(exc.errors())}, status_code=422)
        return render(request, 422, msg, "DT806")


def _plain(errors: Any) -> Any:
    from .records import clean

    return [{k: clean(v) for k, v in e.items() if k in {"loc", "msg", "type"}} for e in errors]
