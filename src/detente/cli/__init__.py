"""The `detente` command: one module per concern, each wrapping the Python API.

  coding.py  code, classify, eval, demo
  store.py   ingest, events, dyad, relations, alerts, export
  serve.py   serve, report
  learn.py   train
  scale.py   bench (and the Dask engine behind `ingest --engine dask`)
"""

from __future__ import annotations

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Political event data from raw news text (CAMEO and PLOVER, with evidence).")


def _fail(exc: Exception, code: int = 2) -> None:
    """Print a one-line error and leave with ``code``."""
    typer.echo(f"error: {exc}", err=True)
    raise typer.Exit(code)


from . import coding, learn, scale, serve, store  # noqa: E402,F401  (they register commands)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
