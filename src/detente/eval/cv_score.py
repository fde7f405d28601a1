"""Figures from cross-validation records (``eval.cv``): type macro-F1, accuracy and quad-class
accuracy for the lexicon, the classifier and the combination; the confusion table; calibration
(ECE and reliability) and end-to-end pair recall. Given plv_train's ids in file order, the dev
half (even positions, the rows whose errors were read while writing lexicons) and the held-out half
(odd positions) are reported beside all rows: the same halves as ``detente eval``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..learn.calibrate import ece, fit_temperature, lexicon_bins, reliability
from ..learn.combine import decide
from ..learn.dataset import read_jsonl
from ..learn.labels import LABELS, QUAD
from ..learn.model import Prediction, softmax
from .metrics import confusion, macro_f1

FALLBACK = "ACCUSE"


def _pred(logits: list[float], t: float) -> Prediction:
    p = softmax(logits, t)
    i = max(range(len(p)), key=p.__getitem__)
    return Prediction(LABELS[i], p[i], dict(zip(LABELS, p)), "")


def _lex_acc(bins: list[dict[str, float]], conf: float) -> float:
    for b in bins:
        if b["lo"] <= conf < b["hi"]:
            return float(b["accuracy"])
    return conf


def disagreement_bins(records: list[dict[str, Any]]) -> list[dict[str, float]]:
    """The lexicon's accuracy per confidence band *where it disagrees with the classifier*: the
    only case in which the combination rule asks for it (its accuracy overall is much higher)."""
    dis = [r for r in records if r["lexicon"] and r["lexicon"] != LABELS[max(range(len(LABELS)), key=r["logits"].__getitem__)]]
    return lexicon_bins([r["lexicon_confidence"] for r in dis], [r["lexicon"] == r["gold"] for r in dis])


def held_out(records: list[dict[str, Any]], order: Sequence[str] | None) -> list[dict[str, Any]]:
    """The records of plv_train's held-out half (odd file positions); all of them without ``order``."""
    return halves(records, order)["heldout"] if order is not None else records


def fold_calibration(records: list[dict[str, Any]], f: int,
                     order: Sequence[str] | None = None) -> tuple[float, list[dict[str, float]], list[dict[str, float]]]:
    """(temperature, lexicon bins where it disagrees with the classifier, lexicon bins overall)
    for fold ``f``, fitted on the other folds' records only. The lexicon's bins come from the
    held-out half when ``order`` is given: on the dev half its rules were written from the
    sentences, so its accuracy there overstates what it does on text it has not seen."""
    ix = {lab: i for i, lab in enumerate(LABELS)}
    others = [r for r in records if r["fold"] != f] or [r for r in records if r["fold"] == f]
    t = fit_temperature([r["logits"] for r in others], [ix[r["gold"]] for r in others])
    unseen = held_out(others, order)
    overall = lexicon_bins([r["lexicon_confidence"] for r in unseen],
                           [(r["lexicon"] or FALLBACK) == r["gold"] for r in unseen])
    return t, disagreement_bins(unseen), overall


def answers(records: list[dict[str, Any]], order: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Per record: the lexicon's, the classifier's (raw and temperature-scaled) and the combined
    answer with confidences; calibration for fold k fitted on the other folds' records only
    (``fold_calibration``)."""
    folds = sorted({r["fold"] for r in records})
    out = []
    for f in folds:
        t, bins, overall = fold_calibration(records, f, order)
        for r in (r for r in records if r["fold"] == f):
            raw = _pred(r["logits"], 1.0)
            cal = _pred(r["logits"], t)
            lex = r["lexicon"]
            lab, conf, who = decide(cal, lex, _lex_acc(bins, r["lexicon_confidence"]))
            out.append({"id": r["id"], "gold": r["gold"], "fold": f, "temperature": t,
                        "lexicon": lex or FALLBACK, "lexicon_conf": _lex_acc(overall, r["lexicon_confidence"]),
                        "classifier": cal.label, "raw_conf": raw.probability, "cal_conf": cal.probability,
                        "combined": lab, "combined_conf": conf, "decided_by": who,
                        "hit_lexicon": r["hit_lexicon"], "hit_combined": r["hit_combined"],
                        # Records from before the by-name figure count by mention only.
                        "hit_lexicon_named": r.get("hit_lexicon_named", r["hit_lexicon"]),
                        "hit_combined_named": r.get("hit_combined_named", r["hit_combined"])})
    return out


def _scores(rows: list[dict[str, Any]], key: str) -> dict[str, float]:
    gold = [r["gold"] for r in rows]
    pred = [r[key] for r in rows]
    n = max(1, len(rows))
    return {"macro_f1": macro_f1(gold, pred, sorted(set(gold))),
            "accuracy": sum(g == p for g, p in zip(gold, pred)) / n,
            "quad_accuracy": sum(QUAD[g] == QUAD[p] for g, p in zip(gold, pred)) / n}


def dev_ids(order: Sequence[str]) -> set[str]:
    """The ids of plv_train's dev half: even positions in the file (``order``: its ids in file
    order), as ``detente eval``'s ``plv[0::2]``. Ids skip numbers, so their parity is not the split."""
    return set(order[0::2])


def halves(rows: list[dict[str, Any]], order: Sequence[str] | None) -> dict[str, list[dict[str, Any]]]:
    """All rows, and (when ``order``, plv_train's ids in file order, is given) the dev and
    held-out halves by position in the file (``dev_ids``)."""
    out = {"all": rows}
    if order is not None:
        dev, known = dev_ids(order), set(order)
        out["dev"] = [r for r in rows if r["id"] in dev]
        out["heldout"] = [r for r in rows if r["id"] in known and r["id"] not in dev]
    return out


def plv_order(data: Path) -> list[str] | None:
    """plv_train's ids in file order (None when the file is not there); a row without an id has
    the one ``learn.dataset.plv_rows`` gives it."""
    path = Path(data) / "plv_train.jsonl"
    if not path.exists():
        return None
    records = read_jsonl(path, keep_places=True, warn=lambda msg: None)  # run_eval and training report bad lines
    return [f"plv-bad-line-{n}" if r is None else r.get("id", f"plv-{n}") for n, r in enumerate(records, 1)]


def score_cv(records: list[dict[str, Any]], order: Sequence[str] | None = None) -> dict[str, Any]:
    """``order``: plv_train's ids in file order, for the dev and held-out halves (omitted without it)."""
    rows = answers(records, order)
    parts = halves(rows, order)
    res: dict[str, Any] = {"n": len(rows), "folds": len({r["fold"] for r in rows}),
                           "temperatures": sorted({r["temperature"] for r in rows})}
    for name, part in parts.items():
        n = max(1, len(part))
        res[name] = {
            "n": len(part),
            "lexicon": _scores(part, "lexicon"),
            "classifier": _scores(part, "classifier"),
            "combined": _scores(part, "combined"),
            "pair_recall_lexicon": sum(r["hit_lexicon"] for r in part) / n,
            "pair_recall_combined": sum(r["hit_combined"] for r in part) / n,
            "pair_recall_lexicon_named": sum(r["hit_lexicon_named"] for r in part) / n,
            "pair_recall_combined_named": sum(r["hit_combined_named"] for r in part) / n,
        }
    gold = [r["gold"] for r in rows]
    res["confusion_combined"] = confusion(gold, [r["combined"] for r in rows], sorted(set(gold)))
    res["decided_by"] = {w: sum(r["decided_by"] == w for r in rows) for w in ("both", "classifier", "lexicon")}
    cal = {}
    for name, conf, key in (("classifier_raw", "raw_conf", "classifier"), ("classifier", "cal_conf", "classifier"),
                            ("lexicon", "lexicon_conf", "lexicon"), ("combined", "combined_conf", "combined")):
        c = [r[conf] for r in rows]
        ok = [r[key] == r["gold"] for r in rows]
        cal[name] = {"ece": ece(c, ok), "reliability": reliability(c, ok)}
    res["calibration"] = cal
    return res


def format_cv(res: dict[str, Any]) -> str:
    lines = [f"{res['folds']}-fold cross-validation on plv_train (n={res['n']}; temperatures {res['temperatures']})"]
    for name in ("all", "dev", "heldout"):
        if name not in res:
            continue
        h = res[name]
        lines.append(f"  [{name}, n={h['n']}]")
        for who in ("lexicon", "classifier", "combined"):
            s = h[who]
            lines.append(f"    {who:<10} macro-F1 {s['macro_f1']:.3f}  accuracy {s['accuracy']:.3f}  "
                         f"quad accuracy {s['quad_accuracy']:.3f}")
        lines.append(f"    end-to-end pair recall with the right type: lexicon {h['pair_recall_lexicon']:.3f}, "
                     f"with classifier {h['pair_recall_combined']:.3f} (by name: {h['pair_recall_lexicon_named']:.3f}, "
                     f"{h['pair_recall_combined_named']:.3f})")
    cal = res["calibration"]
    lines.append("  calibration (ECE, 10 bins): " + ", ".join(f"{k} {v['ece']:.3f}" for k, v in cal.items()))
    lines.append(f"  combined answers decided by: {res['decided_by']}")
    return "\n".join(lines)


def format_confusion(table: dict[str, dict[str, int]]) -> str:
    labs = sorted(table)
    head = "gold\\pred " + " ".join(f"{lab[:5]:>5}" for lab in labs)
    return "\n".join([head] + [f"{g:<9} " + " ".join(f"{table[g].get(p, 0):>5}" for p in labs) for g in labs])


def format_reliability(rows: list[dict[str, float]]) -> str:
    out = ["  bin        n   mean conf  accuracy"]
    for r in rows:
        out.append(f"  {r['lo']:.1f}-{r['hi']:.1f} {r['n']:>5}   {r['confidence']:.3f}      {r['accuracy']:.3f}")
    return "\n".join(out)
