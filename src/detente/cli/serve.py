"""Commands for the web layer: serve, report. Each wraps one call into ``detente.web``."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..errors import DetenteError
from . import _fail, app

DB_HELP = "The event store (made by `detente ingest`). Default: $DETENTE_DB, else ./detente.duckdb."


@app.command("serve")
def serve_cli(
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind. Anything but loopback needs a token."),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    token: Optional[str] = typer.Option(None, "--token", envvar="DETENTE_TOKEN",
                                        help="Access token required on every request (or env DETENTE_TOKEN)."),
) -> None:
    """Serve the dashboard and the JSON API (/api, docs at /api/docs) for the store at --db."""
    from ..web import serve

    try:
        serve(db=db, host=host, port=port, token=token)
    except DetenteError as exc:
        _fail(exc)


@app.command("report")
def report_cli(
    a: str = typer.Argument(..., help="First country (ISO3), e.g. CHN."),
    b: str = typer.Argument(..., help="Second country (ISO3), e.g. CAN."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    output: Path = typer.Option(Path("report.html"), "-o", "--output", help="The HTML file to write."),
    freq: str = typer.Option("month", "--freq", help="day, week, month, quarter or year."),
    start: Optional[str] = typer.Option(None, "--start", help="First day, YYYY-MM-DD."),
    end: Optional[str] = typer.Option(None, "--end", help="Last day, YYYY-MM-DD."),
) -> None:
    """Write one self-contained HTML report (chart and evidence) for the dyad A-B; it opens without a server."""
    from ..web import write_report
    from ..web.app import open_store

    try:
        store = open_store(db)
        path = write_report(store, a, b, output, freq=freq, start=start, end=end)
    except DetenteError as exc:
        _fail(exc)
    typer.echo(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)", err=True)
