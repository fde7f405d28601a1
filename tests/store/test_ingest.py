"""Ingest and load: idempotent, independent of batch boundaries, errors kept and the run goes on."""

from __future__ import annotations

import json

import pytest
from store_helpers import dump, event, small_pairs

from detente.errors import StoreError
from detente.store import Store
from detente.types import Article


def counts(store: Store) -> dict:
    s = store.stats()
    return {k: s[k] for k in ("articles", "events", "clusters", "actors", "errors")}


def test_loading_twice_changes_nothing(small_store):
    before = counts(small_store)
    assert before == {"articles": 5, "events": 8, "clusters": 6, "actors": 12, "errors": 0}
    report = small_store.load_events(small_pairs(), batch_size=3)
    assert (report.articles_new, report.articles_skipped, report.events) == (0, 5, 0)
    assert counts(small_store) == before


def test_same_text_with_other_layout_and_id_is_the_same_article(small_store):
    (art, evs), *_ = small_pairs()
    copy = dict(art, id="a1-copy", text=art["text"].replace(" ", "  ") + "\n")
    report = small_store.load_events([(copy, [])])
    assert report.articles_skipped == 1 and counts(small_store)["articles"] == 5


def test_database_does_not_depend_on_batch_size_or_order(tmp_path):
    dumps = []
    for n, (size, pairs) in enumerate([(1, small_pairs()), (3, small_pairs()), (100, small_pairs()[::-1])]):
        path = tmp_path / f"s{n}.duckdb"
        Store(path).load_events(pairs, batch_size=size)
        dumps.append(dump(path))
    assert dumps[0] == dumps[1] == dumps[2]


def test_clusters_merge_mentions_across_articles(small_store):
    c = small_store.clusters(dyad="CAN-CHN")
    expel = c[(c.cluster_key == "CAN>CHN|16|f")].iloc[0]
    assert (expel.mentions, expel.articles, expel.sources) == (2, 2, 2)
    talks = c[c.cluster_key == "CAN<>CHN|04|f"].iloc[0]
    assert (talks.mentions, talks.sentences, talks.articles, bool(talks.reciprocal)) == (2, 1, 1, True)
    ev = small_store.events(cluster_id=expel.cluster_id)
    assert sorted(ev.article_id) == ["a1", "a2"]


def test_a_clashing_article_id_gets_a_hash_suffix(small_store):
    t = "Something else entirely happened."
    small_store.load_events([({"id": "a1", "text": t, "report_date": "2024-02-02"}, [])])
    ids = sorted(small_store.stats() and small_store.events().article_id.unique())
    assert "a1" in ids
    arts = [a for a in ("a1",) if small_store.article(a)]
    assert arts == ["a1"] and small_store.article("a1")["text"].startswith("Canada")
    store_ids = small_store.content_hashes()
    assert len(store_ids) == 6


def test_bad_records_go_to_the_errors_table_and_the_run_goes_on(tmp_path):
    store = Store(tmp_path / "e.duckdb")
    good = small_pairs()[0]
    t = "Canada expelled a Chinese diplomat."
    broken = event(t, ("Canada", "CAN"), ("a Chinese diplomat", "CHNGOV"), "161", "2023-05-08")
    broken["event_date"] = "the eighth of May"
    report = store.load_events([("not a pair",), ({"id": "bad", "text": t}, [broken]), good])
    assert report.articles_new == 1 and report.errors == 2
    assert report.error_counts == {"DT707": 1, "DT712": 1}
    errors = store.errors()
    assert set(errors.code) == {"DT707", "DT712"}
    assert "bad" in set(errors.article_id.dropna())
    again = store.load_events([("not a pair",), ({"id": "bad", "text": t}, [broken]), good])
    assert again.errors == 2 and len(store.errors()) == 2  # stored once
    assert "DT707" in report.summary()


class FakeCoder:
    """Codes 'X expelled Y' sentences; raises on any text containing BOOM (to test recovery)."""

    def code_articles(self, articles):
        for art in articles:
            if "BOOM" in art.text:
                raise RuntimeError("parser exploded")
            evs = []
            if "Canada expelled" in art.text:
                evs.append(event(art.text, ("Canada", "CAN"), ("a Chinese diplomat", "CHNGOV"), "161",
                                 art.report_date.isoformat() if art.report_date else None))
            yield art, evs


def test_ingest_paths_with_read_and_coding_errors(tmp_path):
    src = tmp_path / "in.jsonl"
    rows = [{"id": "ok1", "text": "Canada expelled a Chinese diplomat.", "date": "2023-05-09"},
            {"id": "boom", "text": "BOOM goes the parser.", "date": "2023-05-09"},
            {"id": "ok2", "text": "Canada expelled a Chinese diplomat again, officials said.", "date": "2023-05-11"}]
    src.write_text("\n".join(json.dumps(r) for r in rows[:2]) + "\n{broken\n" + json.dumps(rows[2]) + "\n", encoding="utf-8")
    seen = []
    store = Store(tmp_path / "i.duckdb")
    progress = []
    report = store.ingest([str(src), str(tmp_path / "missing.txt")], coder=FakeCoder(), batch_size=1,
                          on_error=seen.append, on_progress=lambda r: progress.append(r.articles_read))
    assert (report.articles_read, report.articles_new, report.events) == (3, 2, 2)
    assert sorted(report.error_counts) == ["DT201", "DT203", "DT706"]
    assert {e.code for e in seen} == {"DT201", "DT203", "DT706"}
    assert progress and max(progress) == 3
    assert set(store.errors().code) == {"DT201", "DT203", "DT706"}
    assert store.errors().set_index("code").loc["DT706", "article_id"] == "boom"
    again = store.ingest([str(src), str(tmp_path / "missing.txt")], coder=FakeCoder())
    assert again.articles_new == 0 and again.articles_skipped == 2
    assert len(store.errors()) == 3


def test_ingest_accepts_articles(tmp_path):
    store = Store(tmp_path / "a.duckdb")
    arts = [Article(id="x", text="Canada expelled a Chinese diplomat.")]
    assert store.ingest(arts, coder=FakeCoder()).articles_new == 1
    assert store.ingest(arts, coder=FakeCoder()).articles_skipped == 1


def test_read_only_store_refuses_to_write(tmp_path):
    path = tmp_path / "r.duckdb"
    Store(path).load_events(small_pairs())
    ro = Store(path, read_only=True)
    with pytest.raises(StoreError, match="DT705"):
        ro.load_events(small_pairs())
    with pytest.raises(StoreError, match="DT705"):
        ro.ingest([], coder=FakeCoder())
    assert ro.stats()["articles"] == 5


def test_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="DT702"):
        Store(tmp_path / "nope.duckdb").events()
    with pytest.raises(StoreError, match="DT702"):
        Store(tmp_path / "nope.duckdb", read_only=True).stats()
    assert Store(tmp_path / "nope.duckdb").content_hashes() == set()


def test_article_lookup(small_store):
    a = small_store.article("a4")
    assert a["report_date"].isoformat() == "2024-01-12" and len(a["events"]) == 2
    assert all(e["article_id"] == "a4" for e in a["events"])
    assert small_store.article("nope") is None


def test_actors_table(small_store):
    actors = small_store.actors(country="CAN")
    row = actors[actors.name == "Canada"].iloc[0]
    assert row.code == "CAN" and row.mentions == 1 and row.first_seen.date().isoformat() == "2023-05-09"
    assert "Canada expelled" in row.evidence
    assert set(small_store.actors(name="joly").code) == {"CANGOV"}
