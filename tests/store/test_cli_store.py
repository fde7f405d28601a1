"""The store commands wrap the API: run them, then check what they printed against Store calls."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from store_helpers import small_pairs
from typer.testing import CliRunner

from detente.cli import app
from detente.store import Store

runner = CliRunner()


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).load_events(small_pairs())
    return path


def test_events_jsonl_csv_and_table(db, tmp_path):
    out = runner.invoke(app, ["events", "--db", str(db), "--dyad", "CHN-CAN", "--root", "16", "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    want = Store(db, read_only=True).events(dyad="CHN-CAN", root="16")
    assert [r["event_id"] for r in rows] == list(want.event_id)
    assert rows[0]["event_date"] == "2023-05-08" and rows[0]["contexts"] == []
    csv_path = tmp_path / "e.csv"
    out = runner.invoke(app, ["events", "--db", str(db), "--quad", "4", "--format", "csv", "-o", str(csv_path)])
    assert out.exit_code == 0, out.output
    frame = pd.read_csv(csv_path, dtype={"cameo": str})
    assert sorted(frame.cameo) == ["161", "161", "161", "190"]  # expulsions (16) and an attack (19) are material conflict
    out = runner.invoke(app, ["events", "--db", str(db), "--actor", "joly"])
    assert out.exit_code == 0 and "CANGOV" in out.stdout and "talks" in out.stdout


def test_env_var_names_the_default_database(db, monkeypatch):
    monkeypatch.setenv("DETENTE_DB", str(db))
    out = runner.invoke(app, ["events", "--country", "UKR", "--format", "jsonl"])
    assert out.exit_code == 0 and len(out.stdout.splitlines()) == 2


def test_relations_alerts_and_dyad_table(db):
    out = runner.invoke(app, ["relations", "--db", str(db), "--json"])
    data = json.loads(out.stdout)
    store = Store(db, read_only=True)
    assert data == {"by_volume": store.relations(by="volume"), "by_change": store.relations(by="change")}
    out = runner.invoke(app, ["alerts", "--db", str(db), "--json", "--threshold", "1.5"])
    assert json.loads(out.stdout) == store.alerts(threshold=1.5)
    out = runner.invoke(app, ["dyad", "CHN", "CAN", "--db", str(db)])
    assert out.exit_code == 0 and "2023-05" in out.stdout and "█" in out.stdout
    out = runner.invoke(app, ["relations", "--db", str(db)])
    assert out.exit_code == 0 and "CAN-CHN" in out.stdout


def test_export_and_migrate(db, tmp_path):
    out = runner.invoke(app, ["export", "--db", str(db), "--format", "gdelt", "-o", str(tmp_path / "g.tsv")])
    assert out.exit_code == 0, out.output
    assert len(pd.read_csv(tmp_path / "g.tsv", sep="\t")) == len(Store(db).clusters(factual=True))
    out = runner.invoke(app, ["migrate", "--db", str(tmp_path / "new.duckdb")])
    assert out.exit_code == 0 and Store(tmp_path / "new.duckdb").stats()["articles"] == 0


def test_errors_are_one_line_and_exit_non_zero(db, tmp_path):
    out = runner.invoke(app, ["events", "--db", str(tmp_path / "missing.duckdb")])
    assert out.exit_code == 2 and "DT702" in out.output and "Traceback" not in out.output
    out = runner.invoke(app, ["events", "--db", str(db), "--quad", "9"])
    assert out.exit_code == 2 and "DT708" in out.output
    out = runner.invoke(app, ["export", "--db", str(db), "--format", "xml", "-o", str(tmp_path / "x")])
    assert out.exit_code == 2 and "DT709" in out.output


def test_progress_summary_names_errors():
    from detente.store import IngestReport

    report = IngestReport(articles_read=3, articles_new=2, events=5, errors=1, seconds=1.0, batches=1,
                          error_counts={"DT203": 1}, error_samples=["in.jsonl:2: [DT203] bad line"])
    text = report.summary()
    assert "3 articles read" in text and "DT203 x1" in text and "in.jsonl:2" in text
    assert io.StringIO(text).read()
