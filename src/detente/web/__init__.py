"""The web layer: a FastAPI dashboard and JSON API over the Store, and shareable reports.

    >>> from detente.web import create_app, write_report
    >>> app = create_app(db="events.duckdb")                    # uvicorn-ready ASGI app
    >>> write_report(store, "CHN", "CAN", "report.html")        # one offline HTML file

See docs/WEB.md. Modules: ``app`` (assembly), ``security`` (token, host, body size,
headers), ``api`` (JSON), ``pages`` (HTML), ``queries`` (what each view asks the Store),
``charts`` (plotly figures), ``highlight`` (escaped highlighting), ``report``, ``server``.
"""

from __future__ import annotations

from .app import create_app
from .report import build_report, write_report
from .server import resolve_token, serve

__all__ = ["build_report", "create_app", "resolve_token", "serve", "write_report"]
