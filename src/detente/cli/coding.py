"""Commands that code text: code, classify, eval, demo."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Optional

import typer

from ..errors import DetenteError, Errors
from . import _fail, app


@app.command("code")
def code_cli(
    paths: list[str] = typer.Argument(..., help="Files or folders (seed .txt, .txt, .jsonl, .csv, .html) or - for stdin."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write JSON Lines here (default: stdout)."),
    pretty: bool = typer.Option(False, "--pretty", help="Print a readable summary instead of JSON Lines."),
    persons: Optional[Path] = typer.Option(None, "--persons", help="Your own person table (CSV) besides the shipped one."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="No progress or summary on stderr."),
    classifier: bool = typer.Option(False, "--classifier", help="Re-type events with the learned classifier (docs/MODEL_CARD.md)."),
    ranker: bool = typer.Option(False, "--ranker", help="Aim events the rules left without a coded target with the learned target ranker (docs/EVALUATION.md)."),
) -> None:
    """Code events in PATHS and write one JSON event per line."""
    from .. import Coder
    from ..readers import ErrorLog, read_articles
    from ..analysis.summary import format_event

    try:
        coder = Coder(persons=persons, classifier="default" if classifier else None, ranker="default" if ranker else None)
    except DetenteError as exc:
        _fail(exc)
    log = ErrorLog(echo=True)
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    n_art = n_ev = 0
    t0 = time.perf_counter()
    try:
        for art, events in coder.code_articles(read_articles(paths, on_error=log)):
            n_art += 1
            n_ev += len(events)
            if pretty:
                out.write(f"\n== {art.id} ({art.report_date or 'no date'}) {art.title or ''}\n")
                for ev in events:
                    out.write(format_event(ev) + "\n")
            else:
                for ev in events:
                    out.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
            if not quiet and n_art % 100 == 0:
                rate = n_art / (time.perf_counter() - t0)
                typer.echo(f"  {n_art} articles, {n_ev} events ({rate:.1f} articles/s)", err=True)
    finally:
        if output:
            out.close()
    secs = time.perf_counter() - t0
    if not quiet:
        typer.echo(f"{n_art} articles, {n_ev} events, {log.total} read errors in {secs:.1f}s "
                   f"({n_art / secs if secs else 0:.1f} articles/s)", err=True)
    if n_art == 0:
        typer.echo(f"error: {Errors.DT102.format(where=', '.join(paths))}", err=True)
        raise typer.Exit(1)


@app.command("classify")
def classify_cli(
    path: str = typer.Argument(..., help="JSON Lines of {id, text, source: {start, end}, target: {start, end}}, or -."),
    output: Optional[Path] = typer.Option(None, "-o", "--output"),
    classifier: bool = typer.Option(False, "--classifier", help="Lexicon and learned classifier combined (docs/MODEL_CARD.md)."),
) -> None:
    """What did the marked source do to the marked target? Writes {id, plover, cameo, quad_class, confidence}."""
    from .. import Coder
    from ..eval.classify import classify_records

    try:
        coder = Coder(classifier="default" if classifier else None)
    except DetenteError as exc:
        _fail(exc)
    src = sys.stdin if path == "-" else open(path, encoding="utf-8")
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    bad = 0
    for rec in classify_records(coder, src, where=path):
        if "error" in rec:
            bad += 1
            typer.echo(rec["error"], err=True)
            continue
        out.write(json.dumps(rec) + "\n")
    if output:
        out.close()
    if bad:
        typer.echo(f"{bad} records could not be classified (see above)", err=True)


@app.command("eval")
def eval_cli(
    data: Path = typer.Option(Path("../shared/data"), "--data", help="Folder with plv_train.jsonl and actors.jsonl."),
    split: str = typer.Option("all", "--split", help="all | dev | heldout (plv_train rows with even / odd index)."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N rows of plv_train (quick look)."),
    json_out: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    classifier: bool = typer.Option(False, "--classifier", help="Also the learned classifier: cross-validated figures, calibration, cost per sentence."),
    model_dir: Optional[Path] = typer.Option(None, "--model", help="Classifier folder (default: the shipped one)."),
    ranker: bool = typer.Option(False, "--ranker", help="Also the target ranker: end-to-end pair recall with each sentence's fold ranker."),
    classifier_folds: Optional[Path] = typer.Option(None, "--classifier-folds", help="With --ranker: fold models kept by `detente train --keep-folds`, to score classifier and ranker together out of fold."),
) -> None:
    """Accuracy on the evaluation data: actors (country, sector) and PLOVER types (classify, end to end)."""
    from .. import Coder
    from ..eval import run_eval

    try:
        # The rules' figures: the shipped classifier and ranker saw plv_train, so they are off here
        # (see --classifier and --ranker).
        report = run_eval(Coder(classifier=None, ranker=None), data, split=split, limit=limit)
        if classifier:
            from ..eval.classifier import run_classifier_eval

            report["classifier"] = run_classifier_eval(data, model_dir)
            report["text"] += "\n\nLearned classifier\n" + report["classifier"]["text"]
        if ranker:
            from ..eval.ranker import ranked_pair_recall

            report["ranker"] = ranked_pair_recall(data, classifier_folds=classifier_folds)
            report["text"] += "\n\n" + report["ranker"]["text"]
    except DetenteError as exc:
        _fail(exc)
    typer.echo(json.dumps(report, indent=2) if json_out else report["text"])


@app.command("demo")
def demo_cli(
    paths: Optional[list[str]] = typer.Argument(None, help="Defaults to the sample corpus shipped with detente."),
    top: int = typer.Option(6, "--top", help="How many dyads to show."),
) -> None:
    """Code the sample corpus and print the busiest dyads with their events and evidence."""
    from .. import Coder
    from ..data import DATA_DIR
    from ..readers import ErrorLog, read_articles
    from ..analysis.summary import summary

    coder = Coder()
    log = ErrorLog(echo=True)
    src = paths or sorted(str(p) for p in (DATA_DIR / "corpus").glob("*.txt"))
    t0 = time.perf_counter()
    pairs = list(coder.code_articles(read_articles(src, on_error=log)))
    secs = time.perf_counter() - t0
    typer.echo(summary(pairs, top=top, seconds=secs))

