"""Acceptance on the project's example article (../shared/seed) and on our own article of the
same story in the sample corpus (which ships with detente, so this half always runs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.data import DATA_DIR
from detente.readers import read_articles

pytestmark = pytest.mark.slow


def _check(events):
    def has(src, tgt, root, date_prefix=None):
        return any(e.source.country == src and e.target is not None and e.target.country == tgt
                   and e.cameo_root == root and not e.negated
                   and (date_prefix is None or (e.event_date or "").startswith(date_prefix)) for e in events)

    assert has("CAN", "CHN", "11", "2023"), "CAN->CHN accuse dated 2023"
    assert has("CHN", "CAN", "16", "2023-05"), "CHN->CAN expel in May 2023"
    assert has("CAN", "CHN", "16", "2023-05"), "CAN->CHN expel in May 2023"
    assert has("CHN", "CAN", "11", "2023-10"), "CHN->CAN complaint in October 2023"
    assert has("CHN", "CAN", "04") and has("CAN", "CHN", "04"), "CHN<->CAN consult"
    assert not any(e.source.country == "CHN" and e.plover == "ACCUSE" and "meddl" in e.sentence.lower()
                   and e.target is not None and e.target.country == "CAN" for e in events), "no CHN->CAN meddling accusation"


def _persons(events):
    seen = {}
    for e in events:
        for a in (e.source, e.target):
            if a is not None and a.name:
                seen[a.name] = a.code
    return seen


def test_seed_article(coder, shared_dir):
    art = next(read_articles([shared_dir / "seed" / "2024-01-12-china-canada.txt"]))
    events = next(coder.code_articles([art]))[1]
    _check(events)
    people = _persons(events)
    assert people.get("Wang Yi") == "CHNGOV"
    assert any(n.replace("é", "e") == "Melanie Joly" and c == "CANGOV" for n, c in people.items())
    for e in events:
        assert art.text[e.source.start:e.source.end] == e.source.text
        assert e.target is None or art.text[e.target.start:e.target.end] == e.target.text
        assert art.text[e.trigger.start:e.trigger.end] == e.trigger.text


def test_sample_corpus_is_coded_with_exact_offsets(coder):
    arts = list(read_articles(sorted((DATA_DIR / "corpus").glob("*.txt"))))
    assert len(arts) >= 40
    n = 0
    for art, events in coder.code_articles(arts):
        for e in events:
            n += 1
            assert art.text[e.source.start:e.source.end] == e.source.text
            assert e.target is None or art.text[e.target.start:e.target.end] == e.target.text
            assert art.text[e.trigger.start:e.trigger.end] == e.trigger.text
            assert e.coder.count(":") >= 2  # version, rule, lexicon entry
    assert n > 100
