"""Temperature scaling, lexicon bins and ECE (pure Python)."""

from __future__ import annotations

import random

from detente.learn.calibrate import ece, fit_temperature, lexicon_bins, nll, reliability


def _overconfident(n=400, seed=3):
    """Logits that are right 60% of the time but say ~95%: a temperature above 1 should fit."""
    rng = random.Random(seed)
    logits, gold = [], []
    for _ in range(n):
        g = rng.randrange(3)
        top = g if rng.random() < 0.6 else (g + 1) % 3
        z = [0.0, 0.0, 0.0]
        z[top] = 4.0
        logits.append(z)
        gold.append(g)
    return logits, gold


def test_fit_temperature_softens_overconfident_logits():
    logits, gold = _overconfident()
    t = fit_temperature(logits, gold)
    assert t > 1.5
    assert nll(logits, gold, t) < nll(logits, gold, 1.0)


def test_ece_and_reliability():
    conf = [0.95] * 10 + [0.55] * 10
    ok = [True] * 6 + [False] * 4 + [True] * 5 + [False] * 5
    rel = reliability(conf, ok)
    assert [r["n"] for r in rel] == [10, 10]
    assert abs(ece(conf, ok) - (0.5 * 0.35 + 0.5 * 0.05)) < 1e-9
    assert ece([0.5, 0.5], [True, False]) == 0.0


def test_lexicon_bins_are_smoothed_accuracies():
    bins = lexicon_bins([0.1, 0.1, 0.9, 0.9, 0.9], [False, False, True, True, False], edges=(0.0, 0.5, 1.01))
    assert bins[0]["n"] == 2 and bins[0]["accuracy"] == round(0.5 / 3, 4)
    assert bins[1]["n"] == 3 and bins[1]["accuracy"] == round(2.5 / 4, 4)
