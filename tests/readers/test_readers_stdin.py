from __future__ import annotations

import io
import json
import sys
from datetime import date

from detente.readers import read_articles


class FakeStdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def _read_stdin(monkeypatch, data: bytes):
    monkeypatch.setattr(sys, "stdin", FakeStdin(data))
    errors = []
    return list(read_articles(["-"], on_error=errors.append)), errors


def test_stdin_jsonl_with_bad_line(monkeypatch):
    data = (json.dumps({"id": "s1", "text": "One."}) + "\nnot json\n" + json.dumps({"text": "Two."}) + "\n").encode()
    articles, errors = _read_stdin(monkeypatch, data)
    assert [a.id for a in articles] == ["s1", "stdin:3"]
    assert [(e.code, e.where) for e in errors] == [("DT203", "<stdin>:2")]
    assert articles[0].origin == "<stdin>:1"


def test_stdin_seed(monkeypatch):
    articles, errors = _read_stdin(monkeypatch, b"date 2024-01-12 Piped\n\nBody text.\n")
    assert errors == []
    (a,) = articles
    assert (a.id, a.report_date, a.title, a.text) == ("stdin", date(2024, 1, 12), "Piped", "Body text.\n")


def test_stdin_long_jsonl_beyond_sample(monkeypatch):
    lines = [json.dumps({"id": str(i), "text": "x" * 500 + " \u201cq\u201d"}) for i in range(400)]  # > 64 KiB
    articles, errors = _read_stdin(monkeypatch, ("\n".join(lines) + "\n").encode())
    assert errors == [] and len(articles) == 400 and articles[-1].text.endswith("\u201cq\u201d")


def test_stdin_empty(monkeypatch):
    articles, errors = _read_stdin(monkeypatch, b"")
    assert articles == [] and [(e.code, e.where) for e in errors] == [("DT206", "<stdin>")]
