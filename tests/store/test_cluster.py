"""The de-duplication rule (docs/STORE.md, "Deduplication"), on hand-made mentions."""

from __future__ import annotations

import random
from datetime import date

from detente.store.cluster import compute, group, interval


def m(eid: str, when: str | None, precision: str = "day", *, article: str = "a", sentence: int = 0,
      cameo: str = "161", report: str | None = None) -> dict:
    d = date.fromisoformat(when) if when else None
    return {"event_id": eid, "article_id": article, "sentence_index": sentence, "event_date": d,
            "date_precision": precision, "report_date": date.fromisoformat(report) if report else d,
            "cameo": cameo, "cameo_root": cameo[:2], "goldstein": -4.0, "quad_class": 3, "plover": "SANCTION",
            "source_code": "CAN", "source_country": "CAN", "source_text": "Canada",
            "target_code": "CHNGOV", "target_country": "CHN", "target_text": "a Chinese diplomat", "publisher": None}


def ids(clusters: list[list[dict]]) -> list[list[str]]:
    return sorted(sorted(x["event_id"] for x in c) for c in clusters)


def test_intervals_by_precision():
    d = date(2023, 5, 10)
    assert interval(d, "day") == (date(2023, 5, 9), date(2023, 5, 11))
    assert interval(date(2023, 5, 8), "week") == (date(2023, 5, 7), date(2023, 5, 15))
    assert interval(date(2023, 5, 1), "month") == (date(2023, 5, 1), date(2023, 5, 31))
    assert interval(date(2023, 12, 1), "month") == (date(2023, 12, 1), date(2023, 12, 31))
    assert interval(date(2023, 1, 1), "year") == (date(2023, 1, 1), date(2023, 12, 31))
    assert interval(d, "report") == (date(2023, 5, 3), d)
    assert interval(None, "report") is None


def test_same_event_reported_days_apart_and_vaguely_is_one_cluster():
    ms = [m("e1", "2023-05-08", article="a1"), m("e2", "2023-05-09", article="a2"),
          m("e3", "2023-05-10", "report", article="a3"), m("e4", "2023-05-01", "month", article="a4"),
          m("e5", "2023-01-01", "year", article="a5")]
    rows, assign = compute("CAN>CHN|16|f", ms)
    assert len(rows) == 1 and len(set(assign.values())) == 1
    row = rows[0]
    assert (row["mentions"], row["sentences"], row["articles"]) == (5, 5, 5)
    assert row["event_date"] == date(2023, 5, 8) and row["date_precision"] == "day"  # the most precise mention
    assert row["date_lo"] <= date(2023, 5, 8) <= row["date_hi"]
    assert row["first_report"] == date(2023, 1, 1)


def test_events_far_apart_stay_apart_and_chains_do_not_stretch_a_cluster():
    far = [m("e1", "2023-05-08"), m("e2", "2023-05-20")]
    assert ids(group(far)) == [["e1"], ["e2"]]
    chain = [m("d1", "2023-05-01"), m("d3", "2023-05-03"), m("d5", "2023-05-05"), m("d7", "2023-05-07")]
    clusters = group(chain)
    for c in clusters:  # every member of a cluster shares a possible day with every other
        days = [interval(x["event_date"], "day") for x in c]
        assert max(lo for lo, _ in days) <= min(hi for _, hi in days)
    assert len(clusters) == 2


def test_a_year_mention_joins_only_one_cluster_and_undated_mentions_stay_alone():
    ms = [m("e1", "2023-03-01"), m("e2", "2023-09-01"), m("y", "2023-01-01", "year"), m("n1", None), m("n2", None)]
    clusters = ids(group(ms))
    assert ["n1"] in clusters and ["n2"] in clusters
    assert sum("y" in c for c in clusters) == 1 and len(clusters) == 4


def test_result_does_not_depend_on_input_order():
    ms = [m(f"e{i}", f"2023-05-{d:02d}", p) for i, (d, p) in
          enumerate([(8, "day"), (9, "day"), (10, "report"), (1, "month"), (20, "day"), (22, "report"), (1, "year")])]
    want = compute("CAN>CHN|16|f", ms)
    for seed in range(5):
        shuffled = ms[:]
        random.Random(seed).shuffle(shuffled)
        assert compute("CAN>CHN|16|f", shuffled) == want


def test_reciprocal_cluster_sides_and_counts():
    a = m("r1", "2024-01-11", cameo="040", sentence=2)
    b = dict(m("r2", "2024-01-11", cameo="040", sentence=2), source_code="CANGOV", source_country="CAN",
             source_text="Joly", target_code="CHNGOV", target_country="CHN", target_text="Wang")
    a.update(source_code="CHNGOV", source_country="CHN", source_text="Wang", target_code="CANGOV",
             target_country="CAN", target_text="Joly")
    rows, _ = compute("CAN<>CHN|04|f", [a, b])
    assert len(rows) == 1
    row = rows[0]
    assert row["reciprocal"] and (row["source_key"], row["target_key"]) == ("CAN", "CHN")
    assert (row["source_country"], row["target_country"]) == ("CAN", "CHN")
    assert (row["mentions"], row["sentences"], row["articles"]) == (2, 1, 1)


def test_cluster_ids_come_from_key_and_anchor():
    rows1, _ = compute("CAN>CHN|16|f", [m("e1", "2023-05-08"), m("e2", "2023-05-09")])
    rows2, _ = compute("CAN>CHN|16|f", [m("e2", "2023-05-09"), m("e1", "2023-05-08")])
    rows3, _ = compute("CAN>CHN|17|f", [m("e1", "2023-05-08"), m("e2", "2023-05-09")])
    assert rows1[0]["cluster_id"] == rows2[0]["cluster_id"] != rows3[0]["cluster_id"]
