from __future__ import annotations

import io
import json

from detente.errors import Errors
from detente.readers import ErrorLog, read_articles


def test_binary_file(tmp_path, read):
    p = tmp_path / "img.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    articles, errors = read(p)
    assert articles == [] and [(e.code, e.where) for e in errors] == [("DT202", str(p))]
    assert "Not a text file" in errors[0].message


def test_empty_file(tmp_path, read):
    p = tmp_path / "e.txt"
    p.write_bytes(b"")
    w = tmp_path / "w.txt"
    w.write_text("  \n\n\t")
    articles, errors = read(p, w)
    assert articles == [] and [(e.code, e.where) for e in errors] == [("DT206", str(p)), ("DT206", str(w))]


def test_bad_date_keeps_article(tmp_path, read):
    j = tmp_path / "d.jsonl"
    j.write_text(json.dumps({"id": "1", "text": "Kept.", "date": "sometime soon"}) + "\n")
    s = tmp_path / "s.txt"
    s.write_text("date 2024-13-45 Bad month\n\nKept too.")
    articles, errors = read(j, s)
    assert [(a.id, a.report_date) for a in articles] == [("1", None), ("s", None)]
    assert [(e.code, e.where) for e in errors] == [("DT207", f"{j}:1"), ("DT207", f"{s}:1")]
    assert "'sometime soon'" in errors[0].message


def test_missing_path(tmp_path, read):
    missing = tmp_path / "nope.jsonl"
    (tmp_path / "ok.txt").write_text("Fine.")
    articles, errors = read(missing, tmp_path / "ok.txt")
    assert [a.id for a in articles] == ["ok"]
    assert [(e.code, e.where) for e in errors] == [("DT201", str(missing))]


def test_default_on_error_prints_to_stderr(tmp_path, capsys):
    assert list(read_articles([tmp_path / "nope"])) == []
    err = capsys.readouterr().err
    assert "[DT201]" in err and "nope" in err
    assert err.count("[DT201]") == 1  # the code is not shown twice


def test_error_log_collects_and_echoes(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text('{"text": "ok"}\nbad\n{"x": 1}\n')
    out = io.StringIO()
    log = ErrorLog(echo=True, stream=out)
    articles = list(read_articles([p, tmp_path / "missing"], on_error=log))
    assert len(articles) == 1
    assert len(log) == 3 and log.counts == {"DT203": 1, "DT205": 1, "DT201": 1}
    assert out.getvalue().count("\n") == 3
    assert "3 input problems" in log.summary()
    quiet = ErrorLog(echo=False)
    assert not quiet and quiet.summary() == "No input problems."


def test_every_reader_code_is_defined_with_a_fix():
    codes = [n for n in vars(Errors) if n.startswith("DT2")]
    assert len(codes) >= 15
    for name in codes:
        assert getattr(Errors, name).startswith(f"[{name}] ")


def test_pdf_given_directly_is_not_text(tmp_path, read):
    p = tmp_path / "report.pdf"
    p.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" * 10)
    articles, errors = read(p)
    assert articles == [] and [e.code for e in errors] == ["DT202"] and "PDF" in errors[0].message


def test_binary_stdin(monkeypatch):
    import sys

    class FakeStdin:
        buffer = io.BytesIO(b"\x00\x01\x02\x03garbage\x00\xff")

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    errors = []
    assert list(read_articles(["-"], on_error=errors.append)) == []
    assert [(e.code, e.where) for e in errors] == [("DT202", "<stdin>")]
