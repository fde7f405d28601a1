"""Worker processes on one machine give the same (article, events) stream, in input order."""

from __future__ import annotations

import pytest

from detente.data import DATA_DIR

pytestmark = pytest.mark.slow


def test_processes_give_the_same_events_in_order(coder) -> None:
    from detente.readers import read_articles

    arts = list(read_articles(sorted((DATA_DIR / "corpus").glob("*.txt"))[:10]))
    one = [(a.id, [e.to_dict() for e in evs]) for a, evs in coder.code_articles(arts)]
    two = [(a.id, [e.to_dict() for e in evs]) for a, evs in coder.code_articles(iter(arts), processes=2)]
    assert two == one


def test_bench_prints_rates_ratio_and_peak_memory() -> None:
    from detente.scale.bench import run_bench

    res = run_bench([str(DATA_DIR / "corpus")], limit=2)
    text = "\n".join(res.lines())
    assert res.articles == 2 and res.tokens > 100 and res.sentences > 5
    assert "ratio detente / bare parse" in text and "peak RSS" in text and "articles/s" in text
    assert res.ratio() is not None and res.ratio() > 0
