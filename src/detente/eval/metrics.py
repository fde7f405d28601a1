"""Scores: macro-F1 and a confusion table (small enough not to need scikit-learn)."""

from __future__ import annotations

from collections import Counter


def macro_f1(gold: list[str], pred: list[str], labels: list[str]) -> float:
    f1s = []
    for lab in labels:
        tp = sum(g == lab and p == lab for g, p in zip(gold, pred))
        fp = sum(g != lab and p == lab for g, p in zip(gold, pred))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / len(f1s) if f1s else 0.0


def confusion(gold: list[str], pred: list[str], labels: list[str]) -> dict[str, dict[str, int]]:
    table: dict[str, Counter[str]] = {lab: Counter() for lab in labels}
    for g, p in zip(gold, pred):
        table.setdefault(g, Counter())[p] += 1
    return {g: dict(c) for g, c in table.items()}
