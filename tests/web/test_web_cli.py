"""`detente serve` refuses an open address without a token, and a missing store, before starting."""

from __future__ import annotations

from typer.testing import CliRunner

from detente.cli import app as cli


def test_serve_on_a_public_address_without_a_token_is_refused(tmp_path, monkeypatch):
    monkeypatch.delenv("DETENTE_TOKEN", raising=False)
    res = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--db", str(tmp_path / "x.duckdb")])
    assert res.exit_code != 0 and "[DT801]" in res.output


def test_serve_without_a_store_says_how_to_make_one(tmp_path, monkeypatch):
    monkeypatch.delenv("DETENTE_TOKEN", raising=False)
    res = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "x.duckdb")])
    assert res.exit_code != 0 and "[DT702]" in res.output and "detente ingest" in res.output
