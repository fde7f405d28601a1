"""`detente eval --ranker`: end-to-end pair recall with the target ranker, out of fold.

The shipped ranker (``events.ranking``) was trained on all of plv_train, so its own answers on
plv_train are no evaluation. Its folder keeps the k fold rankers that ``detente train-targets``
trained (``folds/fold{k}.json``, each on the other folds' sentences); here every plv_train
sentence is coded with the ranker of its own fold (``eval.cv.assign_folds``, as in training).

With ``classifier_folds`` (a folder of fold models kept by ``detente train --keep-folds``) each
sentence is also coded with its fold's calibrated classifier: the figure of the full system,
classifier and ranker together, with neither having seen the sentence.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import DetenteError, Errors


def fold_rankers(folder: Path) -> list[Any]:
    from ..events.ranking import TargetRanker

    paths = sorted((Path(folder) / "folds").glob("fold*.json"), key=lambda p: int(p.stem[4:]))
    if not paths:
        raise DetenteError(Errors.DT908.format(path=folder, detail="no folds/fold*.json: train it with --folds 5"))
    return [TargetRanker.load(p) for p in paths]


def ranked_pair_recall(data: Path, ranker_dir: Path | None = None, classifier_folds: Path | None = None) -> dict[str, Any]:
    """Pair recall (the marked pair found with the marked type) on all rows and both halves: the
    rules alone, with the fold rankers, and (with ``classifier_folds``) with the fold classifiers
    too. The halves are those of ``cv_score.halves`` (by position in the file, as ``run_eval`` takes them)."""
    from .. import Coder
    from ..events.ranking import default_ranker_dir
    from ..learn.dataset import plv_rows, read_jsonl
    from ..learn.model import EventTypeModel
    from . import plover_hits
    from .cv import assign_folds
    from .cv_score import halves, plv_order

    folder = Path(ranker_dir) if ranker_dir else default_ranker_dir()
    rankers = fold_rankers(folder)
    rows = plv_rows(read_jsonl(Path(data) / "plv_train.jsonl", keep_places=True), warn=lambda msg: None)
    fold_of = assign_folds(rows, len(rankers))
    classifiers = None
    if classifier_folds is not None:
        classifiers = [EventTypeModel(Path(classifier_folds) / f"fold{k}") for k in range(len(rankers))]
    coder = Coder(classifier=None, ranker=None)
    hits: dict[str, dict[str, bool]] = {}
    for r in rows:
        k = fold_of[r["id"]]
        h = {}
        coder.classifier, coder.ranker = None, None
        h["rules"] = plover_hits(coder, r)[0]
        coder.ranker = rankers[k]
        h["ranker"] = plover_hits(coder, r)[0]
        if classifiers is not None:
            coder.classifier, coder.ranker = classifiers[k], None
            h["classifier"] = plover_hits(coder, r)[0]
            coder.ranker = rankers[k]
            h["classifier_ranker"] = plover_hits(coder, r)[0]
        hits[r["id"]] = h
    out: dict[str, Any] = {"folds": len(rankers), "ranker": str(folder), "classifier_folds": str(classifier_folds) if classifier_folds else None}
    parts = halves(rows, plv_order(data))
    for name, part in parts.items():
        ids = [r["id"] for r in part]
        n = max(1, len(ids))
        out[name] = {"n": len(ids), **{f"pair_recall_{how}": sum(hits[i][how] for i in ids) / n for how in hits[ids[0]]},
                     **{f"rows_{how}": sum(hits[i][how] for i in ids) for how in hits[ids[0]]}} if ids else {"n": 0}
    lines = [f"Target ranker, {len(rankers)}-fold out-of-fold end-to-end pair recall ({folder})"]
    for name in parts:
        r = out[name]
        if not r["n"]:
            continue
        parts = [f"{how.replace('_', ' + ')} {r['pair_recall_' + how]:.3f} ({r['rows_' + how]})" for how in hits[rows[0]["id"]]]
        lines.append(f"  {name:8} n={r['n']:4}  " + ", ".join(parts))
    out["text"] = "\n".join(lines)
    return out
