"""Commands for the learned models: train (event-type classifier), train-targets (target ranker)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..errors import DetenteError
from . import _fail, app


@app.command("train")
def train_cli(
    data: Path = typer.Option(Path("../shared/data"), "--data", help="Folder with plv_train.jsonl and synthetic_plover.jsonl."),
    out: Path = typer.Option(Path("event_type_model"), "-o", "--out", help="Model folder to write (model.onnx, tokenizer.json, meta.json)."),
    folds: int = typer.Option(5, "--folds", help="Cross-validation folds on plv_train before the final model (0 or 1: none)."),
    epochs: int = typer.Option(5, "--epochs", help="Training epochs (each fold and the final model)."),
    synthetic: int = typer.Option(40, "--synthetic-per-type", help="Synthetic lead sentences per type (0: none)."),
    corpus: bool = typer.Option(True, "--corpus/--no-corpus", help="Add the sample corpus's lexicon events as weak labels."),
    other_pairs: bool = typer.Option(True, "--other-pairs/--no-other-pairs", help="Add the lexicon's events on the other pairs of each plv_train sentence as weak labels."),
    multi_pairs: int = typer.Option(200, "--multi-pairs", help="Pairs from synthetic-story sentences in which the lexicon finds several event types (0: none; docs/MODEL_CARD.md)."),
    members: int = typer.Option(2, "--members", help="Models with different seeds averaged into one (they share the frozen layers)."),
    rows_cache: Optional[Path] = typer.Option(None, "--rows-cache", help="Reuse (or write) the built training rows here (JSON Lines)."),
    dev_hints: bool = typer.Option(False, "--dev-hints/--no-dev-hints", help="Train plv_train's dev-half rows (the ones the lexicon rules were written from) with the lexicon's hint too (off: they train on the sentence alone)."),
    keep_folds: Optional[Path] = typer.Option(None, "--keep-folds", help="Also keep each CV fold's model folder here (fold0, fold1 ...)."),
    seed: int = typer.Option(13, "--seed", help="Seed of the first ensemble member (the others count up from it); another seed measures the run-to-run spread."),
) -> None:
    """Train the event-type classifier (needs the train extra: pip install 'detente[train]').

    Use the folder with Coder(classifier=OUT); copy it to detente/data/models/event_type to ship it."""
    from ..learn import train_classifier

    say = lambda msg: typer.echo(msg, err=True)  # noqa: E731
    try:
        meta = train_classifier(data, out, folds=folds, epochs=epochs, synthetic_per_type=synthetic, corpus=corpus,
                                other_pairs=other_pairs, multi_pairs=multi_pairs, members=members, rows_cache=rows_cache,
                                seed=seed, dev_hints=dev_hints, keep_folds=keep_folds, progress=say)
    except DetenteError as exc:
        _fail(exc)
    cv = meta.get("cv")
    if cv:
        a = cv["all"]
        typer.echo(f"{cv['folds']}-fold CV on plv_train (n={cv['n']}): macro-F1 classifier {a['classifier']['macro_f1']:.3f}, "
                   f"combined {a['combined']['macro_f1']:.3f}; quad accuracy {a['combined']['quad_accuracy']:.3f}; "
                   f"temperature {meta['temperature']}")
    typer.echo(f"model written to {out}")


@app.command("train-targets")
def train_targets_cli(
    data: Path = typer.Option(Path("../shared/data"), "--data", help="Folder with plv_train.jsonl."),
    out: Path = typer.Option(Path("target_ranker"), "-o", "--out", help="Folder to write (model.json, folds/, meta.json)."),
    folds: int = typer.Option(5, "--folds", help="Cross-validation folds on plv_train (0 or 1: none)."),
    own: Optional[Path] = typer.Option(None, "--own", help="Our own training sentences (JSON Lines; default: the shipped data/train/target_sentences.jsonl)."),
    use_own: bool = typer.Option(True, "--own-sentences/--no-own-sentences", help="Train on our own sentences beside plv_train (off: plv_train alone)."),
) -> None:
    """Train the target ranker (needs scikit-learn, in the train extra); about two minutes.

    Use the folder with Coder(ranker=OUT); copy it to detente/data/models/target_ranker to ship it."""
    from ..learn.targets import train_ranker

    say = lambda msg: typer.echo(msg, err=True)  # noqa: E731
    try:
        meta = train_ranker(data, out, folds=folds, progress=say, own=(own or None) if use_own else False)
    except DetenteError as exc:
        _fail(exc)
    for name, r in meta.get("cv", {}).items():
        if isinstance(r, dict):
            typer.echo(f"{meta['cv']['folds']}-fold CV, {name} (n={r['n']}): end-to-end pair recall {r['pair_recall_rules']:.3f} "
                       f"with the rules alone, {r['pair_recall_ranked']:.3f} with the ranker ({r['gained']} gained, {r['lost']} lost)")
    typer.echo(f"ranker written to {out}")
