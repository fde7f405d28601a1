"""Calibration: temperature scaling for the classifier, binned accuracy for the lexicon, and the
expected calibration error (ECE) with its reliability table. Pure Python (no torch, no numpy)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from .model import softmax


def nll(logits: Sequence[Sequence[float]], gold: Sequence[int], temperature: float) -> float:
    total = 0.0
    for z, g in zip(logits, gold):
        p = softmax(list(z), temperature)[g]
        total -= math.log(max(p, 1e-12))
    return total / max(1, len(gold))


def fit_temperature(logits: Sequence[Sequence[float]], gold: Sequence[int], *, lo: float = 0.05, hi: float = 10.0) -> float:
    """The temperature minimising the negative log-likelihood (golden-section search on log T)."""
    if not gold:
        return 1.0
    a, b = math.log(lo), math.log(hi)
    phi = (math.sqrt(5) - 1) / 2
    c, d = b - phi * (b - a), a + phi * (b - a)
    fc, fd = nll(logits, gold, math.exp(c)), nll(logits, gold, math.exp(d))
    for _ in range(40):
        if fc < fd:
            b, d, fd = d, c, fc
            c = b - phi * (b - a)
            fc = nll(logits, gold, math.exp(c))
        else:
            a, c, fc = c, d, fd
            d = a + phi * (b - a)
            fd = nll(logits, gold, math.exp(d))
    return round(math.exp((a + b) / 2), 4)


def reliability(conf: Sequence[float], correct: Sequence[bool], *, bins: int = 10) -> list[dict[str, float]]:
    """Per confidence bin: how many answers, their mean confidence and their accuracy."""
    rows = []
    for k in range(bins):
        lo, hi = k / bins, (k + 1) / bins
        idx = [i for i, c in enumerate(conf) if lo <= c < hi or (k == bins - 1 and c >= hi)]
        if not idx:
            continue
        rows.append({"lo": lo, "hi": hi, "n": len(idx),
                     "confidence": sum(conf[i] for i in idx) / len(idx),
                     "accuracy": sum(bool(correct[i]) for i in idx) / len(idx)})
    return rows


def ece(conf: Sequence[float], correct: Sequence[bool], *, bins: int = 10) -> float:
    """Expected calibration error: the count-weighted gap between confidence and accuracy."""
    n = max(1, len(conf))
    return sum(r["n"] * abs(r["confidence"] - r["accuracy"]) for r in reliability(conf, correct, bins=bins)) / n


def lexicon_bins(conf: Sequence[float], correct: Sequence[bool], *,
                 edges: Sequence[float] = (0.0, 0.15, 0.4, 0.55, 0.7, 0.8, 1.01)) -> list[dict[str, float]]:
    """The lexicon's accuracy per confidence band (smoothed: (right + 0.5) / (n + 1); an empty
    band says 0, no evidence), used as its calibrated confidence by the combination rule."""
    out = []
    for lo, hi in zip(edges, edges[1:]):
        idx = [i for i, c in enumerate(conf) if lo <= c < hi]
        acc = (sum(bool(correct[i]) for i in idx) + 0.5) / (len(idx) + 1) if idx else 0.0
        out.append({"lo": lo, "hi": hi, "n": len(idx), "accuracy": round(acc, 4)})
    return out
