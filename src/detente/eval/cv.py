"""Cross-validation of the learned classifier on plv_train (k folds, stratified by type).

Each fold's model is trained on the other folds' plv rows and their other pairs, plus every
synthetic and corpus row (never evaluated on), exported to int8 ONNX exactly as shipped, and asked about the held-out
fold. Per plv row we keep the out-of-fold logits, the lexicon's answer and whether end-to-end
coding found the pair with the right type (lexicon only, and with the fold's classifier, calibrated
on the other folds as the shipped one is on all).
``score_cv`` turns these records into figures; temperature and lexicon calibration for fold k
are fitted on the other folds only.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

Progress = Callable[[str], None]


def assign_folds(rows: list[dict[str, Any]], k: int = 5) -> dict[str, int]:
    """Stratified folds: within each type, rows in a fixed hashed order, dealt round-robin."""
    by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by[r["label"]].append(r)
    folds: dict[str, int] = {}
    start = 0
    for lab in sorted(by):
        rs = sorted(by[lab], key=lambda r: hashlib.sha1(str(r["id"]).encode()).hexdigest())
        for i, r in enumerate(rs):
            folds[r["id"]] = (start + i) % k
        start += len(rs)
    return folds


def split_fold(plv: list[dict[str, Any]], extra: list[dict[str, Any]], folds: dict[str, int],
               f: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Training and test rows for fold ``f``. A row drawn from a plv sentence (``parent``) trains
    only while that sentence is not being tested; rows with no parent always train."""
    train = [r for r in plv if folds[r["id"]] != f] + [r for r in extra if folds.get(r.get("parent"), -1) != f]
    return train, [r for r in plv if folds[r["id"]] == f]


def cross_validate(rows: list[dict[str, Any]], coder: Any, *, k: int = 5, epochs: int = 6,
                   only_folds: list[int] | None = None, groups: tuple[str, ...] = ("synthetic", "multi", "corpus", "plv_other"),
                   progress: Progress = print, train_kw: dict[str, Any] | None = None,
                   keep: Path | None = None, order: list[str] | None = None,
                   train_view: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Out-of-fold records for every plv row (see the module docstring). ``keep``: also write
    each fold's model folder there (``fold0``...). ``order``: plv_train's ids in file order, for
    the lexicon calibration (``cv_score.fold_calibration``). ``train_view``: how a row looks when
    it trains (its test-time hint is kept for testing).

    Two passes: first every fold's model and out-of-fold logits; then each fold's model gets the
    temperature and lexicon calibration fitted on the other folds, as the shipped model gets
    them from all folds, and codes its test sentences end to end with them."""
    from ..learn.export import export_model, write_meta
    from ..learn.features import Featurizer, PairInput
    from ..learn.model import EventTypeModel
    from ..learn.train import BottomCache, encoder_dir, new_model, train_model
    from . import plover_hits
    from .cv_score import fold_calibration

    view = train_view or (lambda r: r)
    plv = [r for r in rows if r["group"] == "plv"]
    extra = [r for r in rows if r["group"] in groups]
    folds = assign_folds(plv, k)
    tok = encoder_dir() / "tokenizer.json"
    feat = Featurizer(tok)
    saved = coder.classifier
    kw = dict(train_kw or {})
    if "cache" not in kw:
        kw["cache"] = BottomCache(new_model(frozen_layers=kw.get("frozen_layers", 4)), feat,
                                  plv + extra + [view(r) for r in plv + extra], progress=progress)
    out: list[dict[str, Any]] = []
    tests: dict[int, list[dict[str, Any]]] = {}
    models: dict[int, EventTypeModel] = {}
    with tempfile.TemporaryDirectory() as tmp_dir:
        root = Path(keep) if keep else Path(tmp_dir)
        for f in range(k):
            if only_folds is not None and f not in only_folds:
                continue
            train, test = split_fold(plv, extra, folds, f)
            progress(f"fold {f + 1}/{k}: training on {len(train)} rows, testing on {len(test)}")
            model = train_model([view(r) for r in train], feat, epochs=epochs, progress=progress, **kw)
            export_model(model, root / f"fold{f}", tokenizer=tok, meta={"fold": f})
            del model
            clf = models[f] = EventTypeModel(root / f"fold{f}")
            logits = clf.logits([PairInput(r["text"], tuple(r["source"]), tuple(r["target"]), r["hint"]) for r in test])
            coder.classifier = None
            for r, z in zip(test, logits):
                rec = {"id": r["id"], "fold": f, "gold": r["label"], "logits": [round(v, 4) for v in z],
                       "lexicon": r["lexicon"]["plover"], "lexicon_confidence": r["lexicon"]["confidence"]}
                rec["hit_lexicon"], rec["hit_lexicon_named"] = plover_hits(coder, r)
                out.append(rec)
            tests[f] = test
        progress("coding each fold's sentences with its calibrated model")
        by_id = {rec["id"]: rec for rec in out}
        for f, test in tests.items():
            t, bins, _ = fold_calibration(out, f, order)
            folder = root / f"fold{f}"
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            write_meta(folder, {**meta, "temperature": round(t, 4), "lexicon_calibration": bins})
            models[f].calibrate(round(t, 4), bins)  # the loaded model, as the folder now says
            coder.classifier = models[f]
            for r in test:
                rec = by_id[r["id"]]
                rec["hit_combined"], rec["hit_combined_named"] = plover_hits(coder, r)
        coder.classifier = saved
    return out


def save_oof(records: list[dict[str, Any]], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r) + "\n")


def load_oof(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
