"""The CLI wraps the API: run commands, then check what they wrote."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from detente.cli import app

pytestmark = pytest.mark.slow
runner = CliRunner()


def test_code_jsonl_with_a_bad_line_keeps_going(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": "Beijing expelled a Canadian diplomat.", "date": "2023-05-09"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "b", "text": "Canada and China held talks.", "date": "not a date"}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["code", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in out.read_text().splitlines()]
    assert {e["article_id"] for e in events} == {"a", "b"}
    assert "in.jsonl:2" in result.output  # the malformed line is named
    assert "in.jsonl:3" in result.output  # and so is the bad date (its article is still coded)


def test_code_exits_non_zero_when_nothing_could_be_read(tmp_path):
    result = runner.invoke(app, ["code", str(tmp_path / "missing.txt")])
    assert result.exit_code != 0


def test_classify_command(tmp_path):
    src = tmp_path / "pairs.jsonl"
    text = "Ukraine accused Russia of shelling Kharkiv."
    src.write_text(json.dumps({"id": "x", "text": text, "source": {"start": 0, "end": 7}, "target": {"start": 16, "end": 22}}) + "\n"
                   + "{}\n", encoding="utf-8")
    result = runner.invoke(app, ["classify", str(src)])
    assert result.exit_code == 0
    answers = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert answers == [{"id": "x", "plover": "ACCUSE", "cameo": answers[0]["cameo"], "quad_class": 3,
                        "confidence": answers[0]["confidence"]}]
    assert "DT601" in result.output
