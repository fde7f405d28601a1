from __future__ import annotations

from datetime import date


def test_csv_good_with_quoted_newlines(tmp_path, read):
    p = tmp_path / "n.csv"
    p.write_text(
        'ID,Text,Date,Title\n'
        'a1,"Iran, Iraq met.\nThen ""talks"" began.",2024-01-12,First\n'
        'a2,Second story.,,\n',
        encoding="utf-8",
        newline="",
    )
    (a, b), errors = read(p)
    assert errors == []
    assert a.id == "a1" and a.text == 'Iran, Iraq met.\nThen "talks" began.'
    assert a.report_date == date(2024, 1, 12) and a.title == "First"
    assert a.origin == f"{p}:2"
    assert b.id == "a2" and b.report_date is None and b.title is None
    assert b.origin == f"{p}:4"  # line numbers count the embedded newline


def test_csv_bad_row_and_empty_text(tmp_path, read):
    p = tmp_path / "n.csv"
    p.write_text("id,text\na,One.\nb,Two,extra\nc,\nd,Four.\n", encoding="utf-8")
    articles, errors = read(p)
    assert [a.id for a in articles] == ["a", "d"]
    assert [(e.code, e.where) for e in errors] == [("DT208", f"{p}:3"), ("DT206", f"{p}:4")]


def test_tsv_and_missing_id(tmp_path, read):
    p = tmp_path / "n.tsv"
    p.write_text("text\tsource\nA story, with commas.\tReuters\n", encoding="utf-8")
    (a,), errors = read(p)
    assert errors == [] and a.id == "n:2" and a.source == "Reuters" and a.text == "A story, with commas."


def test_csv_without_text_column(tmp_path, read):
    p = tmp_path / "n.csv"
    p.write_text("id,body\n1,x\n", encoding="utf-8")
    articles, errors = read(p)
    assert articles == [] and [e.code for e in errors] == ["DT209"]


def test_csv_huge_field(tmp_path, read):
    p = tmp_path / "n.csv"
    big = "word " * 100_000
    p.write_text(f'id,text\nbig,"{big}"\n', encoding="utf-8")
    (a,), errors = read(p)
    assert errors == [] and a.text == big


def test_csv_bad_quoting_is_reported_and_reading_goes_on(tmp_path, read):
    p = tmp_path / "q.csv"
    p.write_text('id,text\n1,One.\n2,"Two" oops\n3,Three.\n4,"never closed\n5,Five.\n', encoding="utf-8")
    articles, errors = read(p)
    assert [a.id for a in articles] == ["1", "3", "5"]  # the row after the unclosed quote is read again
    assert [(e.code, e.where) for e in errors] == [("DT210", f"{p}:3"), ("DT210", f"{p}:5")]
