"""`detente eval --classifier`: the learned classifier's figures.

- Cross-validation (from the model folder's ``cv_oof.jsonl``, written by ``detente train``):
  macro-F1, accuracy and quad accuracy of lexicon, classifier and combination; the confusion
  table; calibration (ECE and reliability); end-to-end pair recall with the right type.
- Marked pairs in our own sentences that hold two differently typed pairs, the main one and an
  embedded one (``data/eval/embedded_pairs.jsonl``, written for detente, never trained on): does
  each coder type the marked pair, or the sentence's main event? (``pair_test``)
- Cost per sentence of each coder, measured here on the first ``bench`` plv_train rows:
  lexicon ``classify``, the classifier alone, the combination, and ``code`` with and without it.

The shipped model was trained on all of plv_train, so its own answers on plv_train are not
evaluation figures; only the out-of-fold ones are.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from ..data import DATA_DIR
from ..errors import DetenteError, Errors
from .cv import load_oof
from .cv_score import format_confusion, format_cv, format_reliability, plv_order, score_cv


def cost_per_sentence(data: Path, model: Any, *, bench: int = 200) -> dict[str, float]:
    """Milliseconds per plv_train sentence for each coder (one sentence at a time, as ``classify``)."""
    from .. import Coder
    from ..learn.dataset import plv_rows, read_jsonl
    from ..learn.features import PairInput

    rows = plv_rows(read_jsonl(data / "plv_train.jsonl"))[:bench]
    lex = Coder(classifier=None)
    both = Coder(classifier=model)
    n = max(1, len(rows))

    def clock(fn: Any) -> float:
        t0 = time.perf_counter()
        for r in rows:
            fn(r)
        return 1000 * (time.perf_counter() - t0) / n

    clock(lambda r: both.classify(r["text"], source=r["source"], target=r["target"]))  # warm up both
    from ..readers import read_articles

    corpus = sorted(str(p) for p in (DATA_DIR / "corpus").glob("*.txt"))
    for c in (lex, both):  # warm up: the first articles pay for loading what coding needs (prefilter, tables)
        sum(1 for _ in c.code_articles(read_articles(corpus[:5])))
    speed = {}
    for name, c in (("lexicon", lex), ("combined", both)):
        t0 = time.perf_counter()
        n_ev = sum(len(evs) for _, evs in c.code_articles(read_articles(corpus)))
        speed[f"corpus_articles_per_s_{name}"] = len(corpus) / (time.perf_counter() - t0)
        speed[f"corpus_events_{name}"] = n_ev
    return {**speed,
        "n": len(rows),
        "classify_lexicon": clock(lambda r: lex.classify(r["text"], source=r["source"], target=r["target"])),
        "classify_classifier_only": clock(lambda r: model.predict([PairInput(r["text"], r["source"], r["target"])])),
        "classify_combined": clock(lambda r: both.classify(r["text"], source=r["source"], target=r["target"])),
        "code_lexicon": clock(lambda r: lex.code(r["text"])),
        "code_combined": clock(lambda r: both.code(r["text"])),
    }


PAIR_TEST = DATA_DIR / "eval" / "embedded_pairs.jsonl"


def pair_test(model: Any, path: Path = PAIR_TEST) -> dict[str, Any]:
    """Accuracy on main and embedded pairs: ``classify`` given the pair (lexicon, combined) and
    ``code`` end to end (the pair found with the right type; lexicon alone, with the classifier)."""
    from .. import Coder
    from ..learn.dataset import read_jsonl
    from . import plover_hit, YIELD

    rows = read_jsonl(path)
    coders = {"lexicon": Coder(classifier=None), "combined": Coder(classifier=model)}
    out: dict[str, Any] = {}
    for kind in ("main", "embedded"):
        part = [{"text": r["text"], "source": tuple(r["source"]), "target": tuple(r["target"]), "label": r["plover"]}
                for r in rows if r["pair"] == kind]
        n = max(1, len(part))
        res: dict[str, Any] = {"n": len(part)}
        for name, c in coders.items():
            got = [c.classify(g["text"], source=g["source"], target=g["target"]) for g in part]
            res[f"classify_{name}"] = sum(YIELD.get(x.plover, x.plover) == g["label"] for x, g in zip(got, part)) / n
            res[f"code_{name}"] = sum(plover_hit(c, g) for g in part) / n
        out[kind] = res
    return out


def run_classifier_eval(data: Path, model_dir: Path | None = None, *, bench: int = 200) -> dict[str, Any]:
    from ..learn.model import EventTypeModel, default_model_dir

    folder = Path(model_dir) if model_dir else default_model_dir()
    model = EventTypeModel(folder)
    oof_path = folder / "cv_oof.jsonl"
    if not oof_path.exists():
        raise DetenteError(Errors.DT902.format(path=folder, detail="no cv_oof.jsonl: train it with --folds 5"))
    cv = score_cv(load_oof(oof_path), plv_order(data))
    cost = cost_per_sentence(data, model, bench=bench)
    pairs = pair_test(model)
    lines = [format_cv(cv), "", "Confusion of the combined answer (out-of-fold, all rows; rows gold, columns predicted)",
             format_confusion(cv["confusion_combined"]), "",
             "Reliability of the combined confidence (out-of-fold)", format_reliability(cv["calibration"]["combined"]["reliability"]),
             "", f"Cost per sentence (first {cost['n']} plv_train rows, one at a time): "
             f"classify lexicon {cost['classify_lexicon']:.1f} ms, classifier alone {cost['classify_classifier_only']:.1f} ms, "
             f"combined {cost['classify_combined']:.1f} ms; code lexicon {cost['code_lexicon']:.1f} ms, "
             f"code with classifier {cost['code_combined']:.1f} ms "
             f"(speed ratio {cost['code_lexicon'] / cost['code_combined']:.2f}); sample corpus ({cost['corpus_events_combined']} events): "
             f"{cost['corpus_articles_per_s_lexicon']:.1f} articles/s without the classifier, "
             f"{cost['corpus_articles_per_s_combined']:.1f} with it", "",
             "Main and embedded pairs in our own two-event sentences (data/eval/embedded_pairs.jsonl): "
             "right type given the pair (classify) and found with the right type (code)"]
    for kind, r in pairs.items():
        lines.append(f"  {kind:9} n={r['n']:3}  classify lexicon {r['classify_lexicon']:.3f}, combined "
                     f"{r['classify_combined']:.3f}; code lexicon {r['code_lexicon']:.3f}, with classifier {r['code_combined']:.3f}")
    return {"cv": cv, "cost_ms": cost, "pair_test": pairs, "model": str(folder), "temperature": model.temperature, "text": "\n".join(lines)}
