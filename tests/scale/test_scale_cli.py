"""`detente bench` wraps run_bench: figures on stdout, progress on stderr, coded errors."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from detente.cli import app


@pytest.mark.slow
def test_bench_command_prints_figures_as_json() -> None:
    from detente.data import DATA_DIR

    res = CliRunner().invoke(app, ["bench", str(DATA_DIR / "corpus"), "--limit", "1", "--no-bare",
                                   "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout[res.stdout.index("{"):])
    assert out["articles"] == 1 and out["phases"]["detente"]["seconds"] > 0


def test_bench_on_an_empty_folder_is_a_coded_error(tmp_path) -> None:
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    res = CliRunner().invoke(app, ["bench", str(tmp_path / "empty.jsonl"), "--no-bare"])
    assert res.exit_code == 2
    assert "[DT956]" in res.output
