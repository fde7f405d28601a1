"""Parquet parts: schemas from the dataclasses, partitions by report month, lossless round trip."""

from __future__ import annotations

from datetime import date

import pytest

from detente.scale.parquet import event_schema, filesystem, has_parts, read_pairs, write_part
from detente.types import Actor, Article, Event, Location, Span


def _event(article_id: str, report: str | None, i: int, *, target: bool = True) -> Event:
    return Event(
        article_id=article_id, report_date=report, sentence_index=i, sentence=f"Sentence {i}.",
        source=Actor("Beijing", 0, 7, "CHNGOV", "CHN", "GOV", None),
        target=Actor("a Canadian diplomat", 17, 36, "CANGOV", "CAN", "GOV", "Zhao Wei") if target else None,
        cameo="161", cameo_root="16", goldstein=-4.0, quad_class=3, plover="SANCTION", plover_mode="withdraw",
        event_date=report, date_precision="day", trigger=Span("expelled", 8, 16), negated=i % 2 == 1,
        location=Location("Shanghai", "Shanghai", "CHN", 31.22222, 121.45806) if i == 0 else None,
        confidence=0.85, coder="lexicon/0.1.0:verb-active:16.jsonl:12", reciprocal=False, group=None,
        contexts=["diplomatic"] if i == 0 else [])


def _pairs() -> list[tuple[Article, list[Event]]]:
    a = Article("a", "text a", date(2023, 5, 9), title="A", url="http://x/a", source="x", origin="f.jsonl:1")
    b = Article("b", "text b", None)
    c = Article("a", "text c, same id as a", date(2023, 6, 1))  # ids may repeat
    d = Article("d", "no events", date(2023, 5, 30))
    return [(a, [_event("a", "2023-05-09", 0), _event("a", "2023-05-09", 1, target=False)]),
            (b, [_event("b", None, 0)]), (c, [_event("a", "2023-06-01", 0)]), (d, [])]


def test_schema_follows_the_event_dataclass() -> None:
    names = event_schema().names
    assert names[:3] == ["article_id", "report_date", "sentence_index"]
    assert event_schema().field("source").type.get_field_index("code") >= 0
    assert str(event_schema().field("contexts").type) == "list<item: string>"


def test_round_trip_by_report_month(tmp_path) -> None:
    fs, root = filesystem(str(tmp_path / "out"))
    months = write_part(fs, root, "part-000000", _pairs())
    assert months == {"2023-05": 2, "2023-06": 1, "unknown": 1}
    assert (tmp_path / "out" / "events" / "report_month=2023-05" / "part-000000.parquet").exists()
    assert has_parts(fs, root)
    back = {(a["text"]): evs for a, evs in read_pairs(str(tmp_path / "out"))}
    for art, events in _pairs():
        assert back[art.text] == [e.to_dict() for e in events]


def test_duckdb_reads_the_parts_in_place(tmp_path) -> None:
    duckdb = pytest.importorskip("duckdb")
    fs, root = filesystem(str(tmp_path))
    write_part(fs, root, "part-000000", _pairs())
    rows = duckdb.sql(
        f"SELECT report_month, source.code AS s, count(*) AS n FROM read_parquet('{tmp_path}/events/*/*.parquet', "
        "hive_partitioning = true) GROUP BY ALL ORDER BY report_month").fetchall()
    assert rows == [("2023-05", "CHNGOV", 2), ("2023-06", "CHNGOV", 1), ("unknown", "CHNGOV", 1)]


def test_unknown_protocol_is_a_coded_error() -> None:
    from detente.errors import DetenteError

    with pytest.raises(DetenteError, match=r"\[DT952\]"):
        filesystem("nosuchprotocol://bucket/x")
