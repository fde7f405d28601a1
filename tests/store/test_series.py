"""Store.series / relations / alerts, the `dyad` command's JSON, and the sample-corpus acceptance checks."""

from __future__ import annotations

import json

import pytest
from store_helpers import corpus_paths, small_pairs
from typer.testing import CliRunner

from detente.cli import app
from detente.errors import StoreError
from detente.store import Store

KEYS = ["period", "events", "goldstein_sum", "goldstein_mean", "quad1", "quad2", "quad3", "quad4", "index"]
runner = CliRunner()


def test_series_counts_clusters_by_default_and_mentions_on_request(shared_store):
    rows = shared_store.series("CHN", "CAN", freq="month")
    assert all(list(r) == KEYS for r in rows)
    may = next(r for r in rows if r["period"] == "2023-05")
    # clusters: Canada's expulsion (2 mentions) and China's (material conflict), China's protest (verbal)
    assert (may["events"], may["quad3"], may["quad4"]) == (3, 1, 2) and may["index"] < 0
    may_m = next(r for r in shared_store.series("CHN", "CAN", count="mentions") if r["period"] == "2023-05")
    assert may_m["events"] == 4
    jan = next(r for r in rows if r["period"] == "2024-01")
    assert jan["events"] == 1 and jan["quad1"] == 1  # both directions of the talks are one cluster
    assert rows[0]["period"] == "2023-05" and rows[-1]["period"] == "2024-01" and len(rows) == 9


def test_directed_series_and_code_prefix_sides(shared_store):
    can_to_chn = shared_store.series("CAN", "CHN", directed=True, freq="year")
    chn_to_can = shared_store.series("CHN", "CAN", directed=True, freq="year")
    assert [(r["period"], r["events"]) for r in can_to_chn] == [("2023", 1), ("2024", 1)]  # talks count both ways
    assert [(r["period"], r["events"]) for r in chn_to_can] == [("2023", 2), ("2024", 1)]
    gov = shared_store.series("CHNGOV", "CANGOV", freq="year", count="mentions")
    assert [r["events"] for r in gov] == [1, 2]


def test_series_rejects_bad_options(shared_store):
    for kwargs in ({"freq": "hour"}, {"count": "tweets"}, {"start": "yesterday"}):
        with pytest.raises(StoreError, match="DT708"):
            shared_store.series("CHN", "CAN", **kwargs)


def test_relations_and_alerts_from_the_store(shared_store):
    rel = shared_store.relations()
    assert [r["dyad"] for r in rel] == ["CAN-CHN", "RUS-UKR"]
    assert rel[0]["events"] == 4
    assert shared_store.relations(by="change", window=1)[0]["dyad"] == "RUS-UKR"
    assert shared_store.alerts() == []  # too little history for an alert


def test_dyad_json_prints_exactly_the_series(tmp_path):
    db = tmp_path / "s.duckdb"
    Store(db).load_events(small_pairs())
    for args, kwargs in ((["--freq", "month"], {"freq": "month"}),
                         (["--freq", "week", "--directed", "--count", "mentions"],
                          {"freq": "week", "directed": True, "count": "mentions"})):
        result = runner.invoke(app, ["dyad", "CHN", "CAN", "--db", str(db), "--json", *args])
        assert result.exit_code == 0, result.output
        assert result.stdout.strip() == json.dumps(Store(db, read_only=True).series("CHN", "CAN", **kwargs))


@pytest.mark.slow
def test_sample_corpus_may_2023_conflict_and_january_2024_cooperation(corpus_db):
    """Acceptance: `detente dyad CHN CAN --freq month --json` on the sample corpus."""
    result = runner.invoke(app, ["dyad", "CHN", "CAN", "--freq", "month", "--json", "--db", str(corpus_db)])
    assert result.exit_code == 0, result.output
    rows = {r["period"]: r for r in json.loads(result.stdout)}
    may, jan = rows["2023-05"], rows["2024-01"]
    assert may["events"] >= 2 and may["quad3"] + may["quad4"] > may["quad1"] + may["quad2"]
    assert may["index"] < 0 and may["goldstein_sum"] < 0
    assert jan["events"] >= 1 and jan["quad1"] + jan["quad2"] > jan["quad3"] + jan["quad4"]
    assert jan["index"] > 0


@pytest.mark.slow
def test_ingesting_the_sample_corpus_twice_changes_no_count(corpus_db, coder):
    store = Store(corpus_db)
    before = store.stats()
    assert before["articles"] == len(corpus_paths()) and before["events"] > 300 and before["errors"] == 0
    report = store.ingest(corpus_paths(), coder=coder)
    assert (report.articles_new, report.articles_skipped, report.events) == (0, len(corpus_paths()), 0)
    after = store.stats()
    assert {k: after[k] for k in ("articles", "events", "clusters", "actors", "errors")} == \
        {k: before[k] for k in ("articles", "events", "clusters", "actors", "errors")}
    assert after["clusters"] < after["events"]  # mentions of one event were merged
