"""Train the target ranker (``events.ranking``) from plv_train, cross-validated.

Training examples come from coding each plv_train sentence with the rules alone: for every event
whose source is the marked source, each noun phrase of the sentence is an example, positive when
it is the marked target. Only events where the marked target is among the phrases train (the
ranker cannot learn from the others). A logistic regression (scikit-learn, the ``train`` extra)
learns the weights; at run time they are read without scikit-learn.

News sentences of our own (``data/train/target_sentences.jsonl``, see the README there) train
every fold and the final ranker beside plv_train: sentences with a marked target like plv_train's,
and sentences whose act has no target at all, whose phrases are all negative examples. Without
those the ranker only ever learns which phrase is the target given that one is, and on news it
aims targetless acts (a rally in a capital, a drill near a strait) at whatever is named nearby.

Cross-validation: k folds (``eval.cv.assign_folds``, as for the classifier); the ranker of fold k
is trained on the other folds and codes fold k's sentences end to end. Those out-of-fold figures,
and the fold rankers, are written beside the ranker trained on all rows, so that ``detente eval``
scores every plv_train sentence with a ranker that never saw it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import DetenteError, Errors
from ..events.ranking import Candidate, TargetRanker

YIELD = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}  # plv_train's labels merge the two

Progress = Callable[[str], None]


class _Recorder:
    """Stands in for a ranker while coding: keeps every event's candidate phrases, changes nothing."""

    records = True

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def rank(self, source: Any, target: Any, scored: list[tuple[Candidate, dict[str, float], bool]], offset: int,
             plover: str = "") -> None:
        self.calls.append({"source": (source.start, source.end), "plover": YIELD.get(plover, plover),
                           "cands": [((c.start + offset, c.end + offset), fs) for c, fs, _ in scored]})
        return None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def default_own_sentences() -> Path:
    from ..data import DATA_DIR

    return DATA_DIR / "train" / "target_sentences.jsonl"


def own_rows(path: Path, warn: Callable[[str], None] = print) -> list[dict[str, Any]]:
    """Our own training sentences as rows like ``plv_rows``' (``target`` None: the act has no
    target in the sentence). A bad record is reported by its line and left out."""
    from .dataset import read_jsonl

    out = []
    for n, r in enumerate(read_jsonl(Path(path), keep_places=True, warn=warn), 1):
        if r is None:
            continue
        try:
            text, src, tgt = r["text"], r["source"], r.get("target")
            s = text.index(src)
            t = None if tgt is None else text.index(tgt)
            label = YIELD.get(r["plover"], r["plover"])
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            warn(Errors.DT905.format(where=f"{Path(path).name}:{n}", detail=f"{exc!r} (needs text, source and plover; target a phrase of text or null)"))
            continue
        out.append({"id": f"own-{n}", "text": text, "source": (s, s + len(src)),
                    "target": None if t is None else (t, t + len(tgt)), "label": label})
    return out


def target_examples(coder: Any, rows: list[dict[str, Any]], progress: Progress = print) -> dict[str, list[list[tuple[dict[str, float], int]]]]:
    """Per row id: the candidate lists (features, 1 if the marked target) of the events whose
    source is the marked source and whose type is the marked type: the marked target is whom
    that act is aimed at, not necessarily whom another act of the same doer is. A row whose
    ``target`` is None gives lists with no positive phrase."""
    saved = coder.ranker
    out: dict[str, list[list[tuple[dict[str, float], int]]]] = {}
    try:
        for n, r in enumerate(rows, 1):
            rec = coder.ranker = _Recorder()
            coder.code(r["text"])
            out[r["id"]] = [[(fs, int(r["target"] is not None and _overlap(span, r["target"]))) for span, fs in call["cands"]]
                            for call in rec.calls if _overlap(call["source"], r["source"]) and call["plover"] == r["label"]]
            if n % 200 == 0:
                progress(f"target examples: {n}/{len(rows)} sentences")
    finally:
        coder.ranker = saved
    return out


def fit_ranker(lists: list[list[tuple[dict[str, float], int]]], *, c: float = 1.0, margin: float = 0.2,
               threshold: float = 0.5, none_lists: list[list[tuple[dict[str, float], int]]] = ()) -> TargetRanker:
    """Logistic regression on the candidate lists that hold the marked target, and on
    ``none_lists``, the lists of acts with no target, as negatives."""
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:
        raise DetenteError(Errors.DT903.format(detail=exc)) from None
    xs = [fs for cands in lists if any(y for _, y in cands) for fs, _ in cands]
    ys = [y for cands in lists if any(y for _, y in cands) for _, y in cands]
    xs += [fs for cands in none_lists for fs, _ in cands]
    ys += [0 for cands in none_lists for _ in cands]
    if len(set(ys)) < 2:
        raise DetenteError(Errors.DT905.format(where="target ranker", detail="no sentence with its marked target among the phrases"))
    dv = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=2000).fit(dv.fit_transform(xs), ys)
    weights = {name: round(float(w), 6) for name, w in zip(dv.get_feature_names_out(), model.coef_[0]) if abs(w) > 1e-9}
    return TargetRanker(weights, round(float(model.intercept_[0]), 6), margin=margin, threshold=threshold)


def train_ranker(data: Path, out: Path, *, folds: int = 5, c: float = 1.0, progress: Progress = print,
                 coder: Any = None, own: Path | None | bool = None) -> dict[str, Any]:
    """Fold rankers and their out-of-fold figures, then the ranker on all rows; all written to ``out``
    (``model.json``, ``folds/fold{k}.json``, ``meta.json``). ``own``: our own sentences, which
    train every fold (``default_own_sentences()`` when None; False: plv_train alone)."""
    from ..eval import plover_hits
    from ..eval.cv import assign_folds
    from ..eval.cv_score import halves, plv_order
    from .dataset import plv_rows, read_jsonl

    t0 = time.perf_counter()
    if coder is None:
        from ..coder import Coder

        coder = Coder(classifier=None, ranker=None)
    rows = plv_rows(read_jsonl(Path(data) / "plv_train.jsonl", keep_places=True))
    progress(f"{len(rows)} plv_train sentences")
    own_path = default_own_sentences() if own is None or own is True else None if own is False else Path(own)
    mine = own_rows(own_path, warn=progress) if own_path is not None else []
    progress(f"{len(mine)} sentences of our own ({sum(r['target'] is None for r in mine)} with no target)")
    examples = target_examples(coder, rows + mine, progress)
    with_target = [cands for r in mine if r["target"] is not None for cands in examples[r["id"]]]
    without = [cands for r in mine if r["target"] is None for cands in examples[r["id"]]]
    out = Path(out)
    (out / "folds").mkdir(parents=True, exist_ok=True)
    meta: dict[str, Any] = {"trained_on": "plv_train.jsonl", "sentences": len(rows), "c": c,
                            "events_with_target_among_phrases": sum(1 for r in rows for cands in examples[r["id"]] if any(y for _, y in cands)),
                            "own_sentences": {"file": own_path.name if own_path is not None else None, "with_target": sum(r["target"] is not None for r in mine),
                                              "without_target": sum(r["target"] is None for r in mine),
                                              "events_with_target_among_phrases": sum(1 for cands in with_target if any(y for _, y in cands)),
                                              "events_without_target": len(without)}}
    saved = coder.ranker
    if folds > 1:
        fold_of = assign_folds(rows, folds)
        hits: dict[str, tuple[bool, bool]] = {}
        try:
            for f in range(folds):
                ranker = fit_ranker([cands for r in rows if fold_of[r["id"]] != f for cands in examples[r["id"]]] + with_target,
                                    c=c, none_lists=without)
                (out / "folds" / f"fold{f}.json").write_text(json.dumps(ranker.to_json(fold=f)), encoding="utf-8")
                test = [r for r in rows if fold_of[r["id"]] == f]
                progress(f"fold {f + 1}/{folds}: coding {len(test)} sentences with a ranker trained on the others")
                for r in test:
                    coder.ranker = None
                    before = plover_hits(coder, r)[0]
                    coder.ranker = ranker
                    hits[r["id"]] = (before, plover_hits(coder, r)[0])
        finally:
            coder.ranker = saved
        cv: dict[str, Any] = {"folds": folds}
        for name, part in halves(rows, plv_order(data)).items():
            ids = [r["id"] for r in part]
            n = max(1, len(ids))
            cv[name] = {"n": len(ids), "pair_recall_rules": round(sum(hits[i][0] for i in ids) / n, 4),
                        "pair_recall_ranked": round(sum(hits[i][1] for i in ids) / n, 4),
                        "gained": sum(1 for i in ids if hits[i][1] and not hits[i][0]),
                        "lost": sum(1 for i in ids if hits[i][0] and not hits[i][1])}
        meta["cv"] = cv
        meta["fold_of"] = {"method": "eval.cv.assign_folds", "k": folds}
    full = fit_ranker([cands for r in rows for cands in examples[r["id"]]] + with_target, c=c, none_lists=without)
    (out / "model.json").write_text(json.dumps(full.to_json()), encoding="utf-8")
    meta["weights"] = len(full.weights)
    meta["seconds"] = round(time.perf_counter() - t0, 1)
    (out / "meta.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
    return meta
