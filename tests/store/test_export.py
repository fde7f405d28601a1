"""Exports load in pandas and DuckDB with exactly the columns docs/STORE.md lists."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from detente.errors import StoreError

DOC = Path(__file__).resolve().parents[2] / "docs" / "STORE.md"


def documented(fmt: str) -> list[str]:
    m = re.search(rf"<!-- columns:{fmt} -->\s*```\n(.*?)\n```", DOC.read_text(encoding="utf-8"), re.S)
    assert m, f"docs/STORE.md lists no columns for {fmt}"
    return [c.strip() for c in m.group(1).split(",")]


def load_pandas(fmt: str, path: Path) -> pd.DataFrame:
    if fmt == "parquet":
        return pd.read_parquet(path)
    if fmt == "plover":
        return pd.read_json(path, lines=True, dtype=False)
    return pd.read_csv(path, sep="\t" if fmt in ("gdelt", "icews") else ",", dtype=str)


def load_duckdb(fmt: str, path: Path) -> tuple[list[str], int]:
    con = duckdb.connect()
    if fmt == "parquet":
        rel = con.sql(f"SELECT * FROM read_parquet('{path}/**/*.parquet', hive_partitioning = true)")
    elif fmt == "plover":
        rel = con.sql(f"SELECT * FROM read_json('{path}')")
    else:
        rel = con.sql(f"SELECT * FROM read_csv('{path}')")
    return rel.columns, len(rel.fetchall())


@pytest.mark.parametrize("fmt,rows", [("csv", 8), ("parquet", 8), ("gdelt", 6), ("icews", 8), ("plover", 8)])
def test_export_loads_with_documented_columns(shared_store, tmp_path, fmt, rows):
    path = tmp_path / f"out.{fmt}"
    info = shared_store.export(fmt, path)
    want = documented(fmt)
    assert info["columns"] == want and info["rows"] == rows
    frame = load_pandas(fmt, path)
    assert len(frame) == rows
    assert sorted(frame.columns) == sorted(want)
    if fmt != "parquet":  # hive partition columns come last from pandas
        assert list(frame.columns) == want
    cols, n = load_duckdb(fmt, path)
    assert sorted(cols) == sorted(want) and n == rows


def test_gdelt_rows_are_clusters_with_counts_and_state_numbers(shared_store, tmp_path):
    shared_store.export("gdelt", tmp_path / "g.tsv")
    g = pd.read_csv(tmp_path / "g.tsv", sep="\t", dtype={"EventCode": str, "EventRootCode": str, "EventBaseCode": str})
    expel = g[(g.Actor1CountryCode == "CAN") & (g.EventRootCode == "16")].iloc[0]
    assert (expel.NumMentions, expel.NumArticles, expel.NumSources) == (2, 2, 2)
    assert (expel.SQLDATE, expel.EventCode, expel.QuadClass) == (20230508, "161", 4)
    assert (expel.Actor1COW, expel.Actor1GW, expel.Actor2COW, expel.Actor2GW) == (20, 20, 710, 710)
    assert expel.Actor2Type1Code == "GOV" and expel.SOURCEURL == "https://www.example.com/a1"
    assert expel.DATEADDED == 20230509000000
    assert g.GLOBALEVENTID.is_unique


def test_icews_and_plover_fields(shared_store, tmp_path):
    shared_store.export("icews", tmp_path / "i.tsv")
    i = pd.read_csv(tmp_path / "i.tsv", sep="\t", dtype={"CAMEO Code": str})
    row = i[i["Story ID"] == "a5"].sort_values("Sentence Number").iloc[0]
    assert (row["Source Country"], row["Target Country"], row["CAMEO Code"]) == ("Russia", "Ukraine", "190")
    assert (row["Source COW"], row["Target GW"], row["Sentence Number"]) == (365, 369, 1)
    assert row["Event Text"] and row["Intensity"] == -10.0
    shared_store.export("plover", tmp_path / "p.jsonl")
    p = pd.read_json(tmp_path / "p.jsonl", lines=True, dtype=False)
    rec = p[p.storyId == "a1"].iloc[0]
    assert rec.event == "SANCTION" and rec.source[0]["code"] == "CAN" and rec.target[0]["gw"] == 710
    assert rec.text.startswith("Canada expelled")


def test_parquet_is_partitioned_by_month_and_reexport_replaces_it(shared_store, tmp_path):
    out = tmp_path / "pq"
    shared_store.export("parquet", out)
    parts = sorted(str(p.relative_to(out).parent) for p in out.rglob("*.parquet"))
    assert parts == ["year=2023/month=5", "year=2024/month=1", "year=2024/month=8"]
    shared_store.export("parquet", out)
    assert len(pd.read_parquet(out)) == 8
    (out / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="DT713"):
        shared_store.export("parquet", out)


def test_unknown_format_and_bad_path(shared_store, tmp_path):
    with pytest.raises(StoreError, match="DT709"):
        shared_store.export("xml", tmp_path / "x")
    with pytest.raises(StoreError, match="DT713"):
        shared_store.export("csv", tmp_path / "missing" / "x.csv")


def test_state_numbers_follow_the_cited_corrections():
    from detente.store.codes import lookup

    assert lookup("DEU")[1:] == (255, 260)
    assert lookup("YEM")[1:] == (679, 678)
    assert lookup("SRB")[1:] == (345, 340)
    assert lookup("XKX")[1:] == (347, 347)
    assert lookup("USA")[1:] == (2, 2)
    assert lookup("IGO") == (None, None, None)
