"""The Dask engine codes the sample corpus into the same events as one process, as Parquet by
report month, and loads them into the store; bad records are reported and the run goes on."""

from __future__ import annotations

import json
import shutil

import pytest

from detente.data import DATA_DIR

pytestmark = pytest.mark.slow


def test_dask_run_equals_single_process_run(coder, tmp_path) -> None:
    pytest.importorskip("distributed")
    from detente.readers import read_articles
    from detente.scale.dask_engine import ingest_dask
    from detente.scale.parquet import read_pairs
    from detente.store import Store

    src = tmp_path / "in"
    src.mkdir()
    for p in sorted((DATA_DIR / "corpus").glob("*.txt")):
        shutil.copy(p, src / p.name)
    (src / "broken.jsonl").write_text('{"id": "ok1", "text": "Canada expelled a Chinese diplomat."}\nnot json\n',
                                      encoding="utf-8")
    store = Store(tmp_path / "events.duckdb")
    seen: list[str] = []
    report = ingest_dask([str(src)], store=store, workers=2, out=str(tmp_path / "pq"), part_size=8,
                         on_error=lambda e: seen.append(e.code))
    assert report.workers == 2 and report.parts >= 8
    assert report.errors == 1 and seen == ["DT203"]  # the bad line, named; the rest went on

    arts = list(read_articles([str(src)], on_error=lambda e: None))
    expected = {(a.id, a.text): [e.to_dict() for e in evs] for a, evs in coder.code_articles(arts)}
    got = {(a["id"], a["text"]): evs for a, evs in read_pairs(str(tmp_path / "pq"))}
    assert got == expected
    n_events = sum(len(v) for v in expected.values())
    assert report.events == n_events > 100
    assert sorted(report.months) == sorted({a.report_date.strftime("%Y-%m") for a in arts if a.report_date}
                                           | ({"unknown"} if any(a.report_date is None for a in arts) else set()))

    assert report.store is not None and report.store.articles_read == len(arts)
    assert store.stats()["events"] == n_events
    assert "Parquet under" in report.summary()


def test_output_folder_in_use_is_refused(tmp_path) -> None:
    from detente.errors import DetenteError
    from detente.scale.dask_engine import ingest_dask
    from detente.scale.parquet import filesystem, write_part
    from detente.types import Article

    fs, root = filesystem(str(tmp_path))
    write_part(fs, root, "part-000000", [(Article("x", "text"), [])])
    with pytest.raises(DetenteError, match=r"\[DT951\]"):
        ingest_dask([str(DATA_DIR / "corpus")], out=str(tmp_path), workers=1)
    with pytest.raises(DetenteError, match=r"\[DT954\]"):
        ingest_dask([str(DATA_DIR / "corpus")], out=str(tmp_path / "new"), workers=0)
