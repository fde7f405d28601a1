"""Commands for speed and scale: bench (the Dask engine runs behind `ingest --engine dask`)."""

from __future__ import annotations

import json
import sys
from typing import Optional

import typer

from ..errors import DetenteError
from . import _fail, app


@app.command("bench")
def bench_cli(
    corpus: Optional[list[str]] = typer.Argument(None, help="Corpus files or folders (default: the shipped sample corpus)."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only the first N articles."),
    repeat: int = typer.Option(1, "--repeat", min=1, help="Stream the corpus N times (e.g. to reach 10,000 articles)."),
    processes: int = typer.Option(1, "--processes", min=1, help="Also code in N worker processes."),
    bare: bool = typer.Option(True, "--bare/--no-bare", help="Time a bare spaCy parse of the same texts."),
    prefilter: bool = typer.Option(True, "--prefilter/--no-prefilter", help="Skip text that cannot hold an event."),
    classifier: bool = typer.Option(False, "--classifier", help="Also time detente with the opt-in learned classifier."),
    dask_workers: Optional[str] = typer.Option(None, "--dask-workers", help="Also time the Dask engine, e.g. 1,2."),
    components: bool = typer.Option(False, "--components", help="Also time each pipeline component."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """Articles/s, sentences/s, tokens/s, peak memory, and the ratio to a bare spaCy parse."""
    from dataclasses import asdict

    from ..data import DATA_DIR
    from ..scale.bench import run_bench

    try:
        workers = [int(w) for w in dask_workers.split(",")] if dask_workers else None
    except ValueError:
        _fail(ValueError(f"--dask-workers takes whole numbers separated by commas, got {dask_workers!r}"))
    try:
        res = run_bench(corpus or [str(DATA_DIR / "corpus")], limit=limit, repeat=repeat, processes=processes,
                        bare=bare, prefilter=prefilter, classifier="default" if classifier else None,
                        dask_workers=workers, components=components, echo=lambda s: typer.echo(s, err=True))
    except DetenteError as exc:
        _fail(exc)
    if as_json:
        json.dump(asdict(res), sys.stdout, indent=1, default=str)
        typer.echo()
    else:
        typer.echo("\n".join(res.lines()))
