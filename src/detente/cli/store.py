"""Commands over the event store: ingest, events, dyad, relations, alerts, export, migrate.

Each opens ``detente.Store`` (``--db``, else $DETENTE_DB, else ./detente.duckdb), makes one
call and prints the result; see docs/STORE.md.
"""

from __future__ import annotations

import json
import math
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any, Optional

import typer

from ..errors import DetenteError, Errors, StoreError
from . import _fail, app

DB_HELP = "The event store (DuckDB file). Default: $DETENTE_DB, else ./detente.duckdb."
FREQ_HELP = "day, week, month, quarter or year."


def _store(db: Optional[Path], *, read_only: bool = True) -> Any:
    from ..store import Store

    return Store(db, read_only=read_only)


def _plain(value: Any) -> Any:
    """A value from a DataFrame row as plain JSON."""
    if value is None:
        return None
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, datetime):
        return None if value != value else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "tolist"):
        return _plain(value.tolist())
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if type(value).__name__ in {"NaTType", "NAType"}:
        return None
    return value


# -- ingest ---------------------------------------------------------------------------------
@app.command("ingest")
def ingest_cli(
    paths: list[str] = typer.Argument(None, help="Files or folders (seed .txt, .txt, .jsonl, .csv, .html) or - for stdin."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    batch_size: int = typer.Option(50, "--batch-size", min=1, help="Articles per transaction."),
    engine: str = typer.Option("local", "--engine", help="local (this process) or dask (detente.scale)."),
    workers: Optional[int] = typer.Option(None, "--workers", help="Dask workers (engine dask)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (engine dask)."),
    persons: Optional[Path] = typer.Option(None, "--persons", help="Your own person table (CSV) besides the shipped one."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="No progress on stderr (errors and summary still shown)."),
) -> None:
    """Code PATHS and store the events; articles already stored (same text) are skipped."""
    from ..store import Store

    try:
        store = Store(db)
        if not paths:
            store.migrate()
            typer.echo(f"{store.path}: schema ready; nothing to ingest (give files or folders).", err=True)
            return
        if engine == "dask":
            report = _dask(paths, store, workers, scheduler)
        elif engine == "local":
            from .. import Coder

            coder = Coder(persons=persons)
            report = _local(store, paths, coder, batch_size, quiet)
        else:
            raise StoreError(Errors.DT708.format(name="engine", value=engine, expected="local or dask"))
    except DetenteError as exc:
        _fail(exc)
    typer.echo(report.summary(), err=True)
    stats = store.stats()
    typer.echo(f"{store.path}: {stats['articles']} articles, {stats['events']} events, {stats['clusters']} event "
               f"clusters, {stats['actors']} actors, {stats['errors']} problems recorded", err=True)
    if report.articles_read == 0 and report.errors:
        raise typer.Exit(1)


def _local(store: Any, paths: list[str], coder: Any, batch_size: int, quiet: bool) -> Any:
    def echo_error(err: Any) -> None:
        typer.echo(str(err), err=True)

    if quiet:
        return store.ingest(paths, coder=coder, batch_size=batch_size, on_error=echo_error)
    if not sys.stderr.isatty():
        seen = [0]

        def plain(r: Any) -> None:
            if r.batches != seen[0]:
                seen[0] = r.batches
                typer.echo(f"  batch {r.batches}: {r.articles_read} articles read, {r.articles_new} new, "
                           f"{r.events} events ({r.rate:.1f} articles/s)", err=True)

        return store.ingest(paths, coder=coder, batch_size=batch_size, on_progress=plain, on_error=echo_error)
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=console,
                  transient=True) as bar:
        task = bar.add_task("reading…")

        def show(r: Any) -> None:
            bar.update(task, description=f"{r.articles_read} articles ({r.articles_new} new, {r.articles_skipped} "
                                         f"skipped), {r.events} events stored, {r.rate:.1f} articles/s")

        def rich_error(err: Any) -> None:
            console.print(str(err), markup=False, highlight=False)

        return store.ingest(paths, coder=coder, batch_size=batch_size, on_progress=show, on_error=rich_error)


def _dask(paths: list[str], store: Any, workers: Optional[int], scheduler: Optional[str]) -> Any:
    try:
        from ..scale.dask_engine import ingest_dask, progress_printer  # type: ignore[import-not-found]
    except ImportError as exc:
        raise StoreError(Errors.DT711.format(detail=str(exc))) from exc
    return ingest_dask(paths, store=store, workers=workers, scheduler=scheduler,
                       on_error=lambda err: typer.echo(str(err), err=True),
                       on_progress=progress_printer(lambda line: typer.echo(line, err=True)))


@app.command("migrate")
def migrate_cli(db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Create the store's tables, or bring an older store file to this version's schema."""
    try:
        store = _store(db, read_only=False)
        version = store.migrate()
    except DetenteError as exc:
        _fail(exc)
    typer.echo(f"{store.path}: schema version {version}", err=True)


# -- events ---------------------------------------------------------------------------------
TABLE_COLUMNS = ["event_date", "source_code", "target_code", "cameo", "plover", "quad_class", "goldstein",
                 "cluster_id", "sentence"]


@app.command("events")
def events_cli(
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    dyad: Optional[str] = typer.Option(None, "--dyad", help="Two sides, e.g. CHN-CAN (both directions)."),
    directed: bool = typer.Option(False, "--directed", help="Only the first side of --dyad acting on the second."),
    actor: Optional[str] = typer.Option(None, "--actor", help="Actor code prefix (CHNGOV) or part of a name (Joly)."),
    country: Optional[str] = typer.Option(None, "--country", help="Either actor's country (ISO3)."),
    cameo: Optional[list[str]] = typer.Option(None, "--cameo", help="CAMEO code or prefix (repeatable)."),
    root: Optional[list[str]] = typer.Option(None, "--root", help="CAMEO root 01-20 (repeatable)."),
    quad: Optional[list[int]] = typer.Option(None, "--quad", help="Quad class 1-4 (repeatable)."),
    plover: Optional[list[str]] = typer.Option(None, "--plover", help="PLOVER type (repeatable)."),
    start: Optional[str] = typer.Option(None, "--start", help="First event date, YYYY-MM-DD."),
    end: Optional[str] = typer.Option(None, "--end", help="Last event date, YYYY-MM-DD."),
    text: Optional[str] = typer.Option(None, "--text", help="Words in the sentence or the title."),
    article: Optional[str] = typer.Option(None, "--article", help="Only this article id."),
    limit: Optional[int] = typer.Option(None, "--limit", help="At most N rows (table default: 50)."),
    fmt: str = typer.Option("table", "--format", help="table, jsonl or csv."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write here instead of stdout."),
) -> None:
    """Event mentions matching the filters, as a table, JSON Lines or CSV."""
    if fmt not in ("table", "jsonl", "csv"):
        _fail(StoreError(Errors.DT708.format(name="format", value=fmt, expected="table, jsonl or csv")))
    try:
        frame = _store(db).events(dyad=dyad, directed=directed, actor=actor, country=country, cameo=cameo or None,
                                  root=root or None, quad=quad or None, plover=plover or None, start=start, end=end,
                                  text=text, article_id=article,
                                  limit=limit if limit is not None else (50 if fmt == "table" else None))
    except DetenteError as exc:
        _fail(exc)
    out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt == "csv":
            frame.assign(contexts=frame["contexts"].map(lambda v: ";".join(v) if v is not None else "")).to_csv(out, index=False)
        elif fmt == "jsonl":
            for row in frame.to_dict("records"):
                out.write(json.dumps({k: _plain(v) for k, v in row.items()}, ensure_ascii=False) + "\n")
        else:
            _events_table(frame, out)
    finally:
        if output:
            out.close()


def _events_table(frame: Any, out: Any) -> None:
    from rich.table import Table

    table = Table(show_lines=False)
    heads = {"event_date": "date", "source_code": "source", "target_code": "target", "quad_class": "quad",
             "goldstein": "G", "cluster_id": "cluster"}
    for col in TABLE_COLUMNS:
        table.add_column(heads.get(col, col), no_wrap=col != "sentence", ratio=1 if col == "sentence" else None)
    for row in frame[TABLE_COLUMNS].to_dict("records"):
        cells = [_plain(row[c]) for c in TABLE_COLUMNS]
        cells[7] = (cells[7] or "")[:8]
        sentence = " ".join(str(cells[8] or "").split())
        cells[8] = sentence if len(sentence) <= 100 else sentence[:99] + "…"
        table.add_row(*["" if c is None else str(c) for c in cells])
    _console(out).print(table)
    print(f"{len(frame)} event mentions", file=sys.stderr)


def _console(out: Any = None) -> Any:
    """A rich console; wide when the output is not a terminal (a file or a pipe)."""
    from rich.console import Console

    stream = out or sys.stdout
    return Console(file=stream, width=None if stream.isatty() else 160)


# -- relations --------------------------------------------------------------------------------
def _bar(value: Optional[float], width: int = 10) -> str:
    """A two-sided bar for an index in [-1, 1]: conflict to the left of │, cooperation to the right."""
    if value is None:
        return " " * width + "│" + " " * width
    n = round(abs(value) * width)
    left = " " * (width - n) + "█" * n if value < 0 else " " * width
    right = "█" * n + " " * (width - n) if value > 0 else " " * width
    return left + "│" + right


@app.command("dyad")
def dyad_cli(
    a: str = typer.Argument(..., help="First side: country (CHN) or actor code prefix (CHNGOV)."),
    b: str = typer.Argument(..., help="Second side."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    freq: str = typer.Option("month", "--freq", help=FREQ_HELP),
    directed: bool = typer.Option(False, "--directed", help="Only A acting on B (reciprocal events count both ways)."),
    count: str = typer.Option("clusters", "--count", help="clusters (de-duplicated events) or mentions."),
    start: Optional[str] = typer.Option(None, "--start", help="First day, YYYY-MM-DD."),
    end: Optional[str] = typer.Option(None, "--end", help="Last day, YYYY-MM-DD."),
    span: int = typer.Option(3, "--span", min=1, help="EWMA span of the index in periods (1 = no smoothing)."),
    as_json: bool = typer.Option(False, "--json", help="Print the series as JSON."),
) -> None:
    """Relations between A and B per period: counts by quad class, Goldstein, cooperation–conflict index."""
    try:
        rows = _store(db).series(a, b, freq=freq, directed=directed, count=count, start=start, end=end, span=span)
    except DetenteError as exc:
        _fail(exc)
    if as_json:
        typer.echo(json.dumps(rows))
        return
    from rich.table import Table

    arrow = "→" if directed else "–"
    table = Table(title=f"{a.upper()} {arrow} {b.upper()} by {freq} ({count}); index: conflict -1 … +1 cooperation")
    for col in ("period", "events", "q1", "q2", "q3", "q4", "G sum", "G mean", "index"):
        table.add_column(col, justify="left" if col == "period" else "right", no_wrap=True)
    table.add_column("conflict │ coop", no_wrap=True)
    empty: list[dict[str, Any]] = []

    def flush_empty() -> None:
        if len(empty) == 1:
            add(empty[0])
        elif empty:
            table.add_row(f"{empty[0]['period']} … {empty[-1]['period']}", "0", "", "", "", "", "", "",
                          f"{empty[-1]['index']:+.2f}" if empty[-1]["index"] is not None else "", "(no events)")
        empty.clear()

    def add(r: dict[str, Any]) -> None:
        mean = "" if r["goldstein_mean"] is None else f"{r['goldstein_mean']:+.2f}"
        idx = "" if r["index"] is None else f"{r['index']:+.2f}"
        table.add_row(r["period"], str(r["events"]), str(r["quad1"]), str(r["quad2"]), str(r["quad3"]),
                      str(r["quad4"]), f"{r['goldstein_sum']:+.1f}", mean, idx, _bar(r["index"]))

    for r in rows:
        if r["events"] == 0:
            empty.append(r)
            continue
        flush_empty()
        add(r)
    flush_empty()
    _console().print(table)
    if not rows:
        typer.echo(f"No dated, factual events between {a} and {b} in the store.", err=True)


@app.command("relations")
def relations_cli(
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    limit: int = typer.Option(20, "--limit", help="Dyads per ranking."),
    freq: str = typer.Option("month", "--freq", help=FREQ_HELP),
    window: int = typer.Option(3, "--window", min=1, help="Recent = the last N periods, compared with the N before."),
    count: str = typer.Option("clusters", "--count", help="clusters or mentions."),
    as_json: bool = typer.Option(False, "--json", help="Print {by_volume: [...], by_change: [...]} as JSON."),
) -> None:
    """Country dyads ranked by volume and by recent change."""
    try:
        store = _store(db)
        by_volume = store.relations(limit=limit, freq=freq, window=window, by="volume", count=count)
        by_change = store.relations(limit=limit, freq=freq, window=window, by="change", count=count)
    except DetenteError as exc:
        _fail(exc)
    if as_json:
        typer.echo(json.dumps({"by_volume": by_volume, "by_change": by_change}))
        return
    from rich.table import Table

    console = _console()
    for title, rows in ((f"Dyads by volume ({count})", by_volume),
                        (f"Dyads by change: last {window} {freq}s vs the {window} before", by_change)):
        table = Table(title=title)
        for col in ("dyad", "events", "goldstein_mean", "index", "recent", "previous", "change", "index_change", "last_period"):
            table.add_column(col, justify="left" if col in ("dyad", "last_period") else "right", no_wrap=True)
        for r in rows:
            table.add_row(r["dyad"], str(r["events"]), f"{r['goldstein_mean']:+.2f}", _fmt(r["index"]), str(r["recent"]),
                          str(r["previous"]), f"{r['change']:+d}", _fmt(r["index_change"]), r["last_period"])
        console.print(table)


def _fmt(x: Optional[float]) -> str:
    return "" if x is None else f"{x:+.2f}"


@app.command("alerts")
def alerts_cli(
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    freq: str = typer.Option("month", "--freq", help=FREQ_HELP),
    threshold: float = typer.Option(2.0, "--threshold", help="Alert when |z| of a period's index against the dyad's history reaches this."),
    dyad: Optional[str] = typer.Option(None, "--dyad", help="Only this dyad, e.g. CHN-CAN."),
    min_history: int = typer.Option(3, "--min-history", help="Earlier periods with events needed before alerting."),
    min_events: int = typer.Option(2, "--min-events", help="Events a period needs to raise an alert."),
    count: str = typer.Option("clusters", "--count", help="clusters or mentions."),
    as_json: bool = typer.Option(False, "--json", help="Print the alerts as JSON."),
) -> None:
    """Periods in which a dyad's cooperation–conflict index falls or rises sharply, with the events behind them."""
    try:
        store = _store(db)
        found = store.alerts(freq=freq, threshold=threshold, dyad=dyad, count=count, min_history=min_history,
                             min_events=min_events)
        evidence = {}
        ids = [i for a in found for i in a["event_ids"][:3]]
        if ids and not as_json:
            frame = store.events(cluster_id=[c for a in found for c in a["cluster_ids"]])
            evidence = {r["event_id"]: r for r in frame.to_dict("records") if r["event_id"] in set(ids)}
    except DetenteError as exc:
        _fail(exc)
    if as_json:
        typer.echo(json.dumps(found))
        return
    if not found:
        typer.echo(f"No alerts at threshold {threshold} ({freq}).", err=True)
        return
    for a in found:
        typer.echo(f"{a['period']}  {a['dyad']}  {a['direction'].upper():4}  index {a['index']:+.2f} vs {a['baseline']:+.2f} "
                   f"(z {a['z']:+.1f}, {a['events']} events)")
        for eid in a["event_ids"][:3]:
            r = evidence.get(eid)
            if r:
                sent = " ".join(str(r["sentence"]).split())
                typer.echo(f"    {r['source_code']} -> {r['target_code']} CAMEO {r['cameo']}: “{sent[:120]}”")


@app.command("export")
def export_cli(
    fmt: str = typer.Option(..., "--format", help="parquet (folder, by month), csv, gdelt, icews (tab-separated) or plover (JSONL)."),
    output: Path = typer.Option(..., "-o", "--output", help="File to write (a folder for parquet)."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Export the store in a standard format; columns are listed in docs/STORE.md."""
    try:
        info = _store(db).export(fmt, output)
    except DetenteError as exc:
        _fail(exc)
    typer.echo(f"wrote {info['rows']} rows ({len(info['columns'])} columns) to {info['path']}", err=True)
