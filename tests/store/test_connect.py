"""Short-lived connections: waiting for another process's lock; schema versions and migrations."""

from __future__ import annotations

import subprocess
import sys
import time

import duckdb
import pytest
from store_helpers import small_pairs

from detente.errors import StoreError
from detente.store import Store, schema

HOLD = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
con.close()
"""


def hold_lock(path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(path), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_a_locked_file_is_waited_for_then_read_and_written(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).load_events(small_pairs()[:2])
    proc = hold_lock(path, 1.0)
    try:
        t0 = time.monotonic()
        assert Store(path, read_only=True, lock_timeout=15).stats()["articles"] == 2
        assert time.monotonic() - t0 > 0.3  # it had to wait for the other process
    finally:
        proc.wait()
    proc = hold_lock(path, 0.8)
    try:
        report = Store(path, lock_timeout=15).load_events(small_pairs())
        assert report.articles_new == 3
    finally:
        proc.wait()


def test_a_lock_held_too_long_gives_dt701(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).load_events(small_pairs()[:1])
    proc = hold_lock(path, 3.0)
    try:
        t0 = time.monotonic()
        with pytest.raises(StoreError, match=r"DT701.*in use by another process"):
            Store(path, read_only=True, lock_timeout=0.4).events()
        assert time.monotonic() - t0 < 2.5
    finally:
        proc.kill()
        proc.wait()


def test_the_store_holds_no_connection_between_operations(tmp_path):
    path = tmp_path / "s.duckdb"
    store = Store(path)
    store.load_events(small_pairs())
    store.events()
    con = duckdb.connect(str(path))  # would fail with a lock error if the Store kept the file open
    con.close()


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).migrate()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="DT703"):
        Store(path).events()


def test_not_a_store(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t (x INT)")
    con.close()
    with pytest.raises(StoreError, match="DT710"):
        Store(path, read_only=True).events()


def test_migration_path(tmp_path, monkeypatch):
    path = tmp_path / "s.duckdb"
    Store(path).load_events(small_pairs()[:1])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(schema, "MIGRATIONS", {2: ["ALTER TABLE articles ADD COLUMN language VARCHAR DEFAULT 'en'"]})
    with pytest.raises(StoreError, match="DT704"):
        Store(path, read_only=True).events()
    assert len(Store(path).events()) == 1  # a writable Store migrates on first use
    assert Store(path).migrate() == 2  # and again is a no-op
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT language FROM articles").fetchall() == [("en",)]
    con.close()


def test_a_failed_migration_changes_nothing(tmp_path, monkeypatch):
    path = tmp_path / "s.duckdb"
    Store(path).load_events(small_pairs()[:1])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(schema, "MIGRATIONS", {2: ["ALTER TABLE articles ADD COLUMN x INT", "NOT SQL AT ALL"]})
    with pytest.raises(duckdb.Error):
        Store(path).migrate()
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT value FROM meta").fetchall() == [("1",)]
    assert "x" not in [r[0] for r in con.execute("DESCRIBE articles").fetchall()]
    con.close()
