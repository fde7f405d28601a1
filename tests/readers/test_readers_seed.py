from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

SEED = Path("/work/shared/seed/2024-01-12-china-canada.txt")

BODY = "In a bid to mend ties, China and Canada talked.\n\nWang Yi met Melanie Joly.\n"


def test_seed_header_and_exact_body(tmp_path, read):
    p = tmp_path / "2024-01-12-china-canada.txt"
    p.write_text(" date 2024-01-12 China and Canada Pledge Talks\n\n\n" + BODY, encoding="utf-8")
    (a,), errors = read(p)
    assert errors == []
    assert a.id == "2024-01-12-china-canada"
    assert a.report_date == date(2024, 1, 12)
    assert a.title == "China and Canada Pledge Talks"
    assert a.text == BODY  # leading blank lines gone, internal newlines kept
    start = a.text.index("Wang Yi")
    assert a.text[start : start + 7] == "Wang Yi"
    assert a.origin == str(p)


def test_seed_with_bom_and_crlf(tmp_path, read):
    p = tmp_path / "s.txt"
    p.write_bytes(b"\xef\xbb\xbfdate 2024-01-12 Title here\r\n\r\nBody line one.\r\nLine two.\r\n")
    (a,), errors = read(p)
    assert errors == []
    assert a.title == "Title here"
    assert a.report_date == date(2024, 1, 12)
    assert a.text == "Body line one.\r\nLine two.\r\n"


def test_seed_header_without_title(tmp_path, read):
    p = tmp_path / "s.txt"
    p.write_text("date 2024-01-12\nBody.", encoding="utf-8")
    (a,), errors = read(p)
    assert errors == [] and a.title is None and a.text == "Body."


def test_seed_header_but_no_body(tmp_path, read):
    p = tmp_path / "s.txt"
    p.write_text("date 2024-01-12 Title\n\n   \n", encoding="utf-8")
    articles, errors = read(p)
    assert articles == []
    assert [e.code for e in errors] == ["DT206"]


def test_plain_txt_whole_text(tmp_path, read):
    p = tmp_path / "story.txt"
    text = "Date of the meeting was not set.\nIran and Iraq met in Geneva.\n"
    p.write_text(text, encoding="utf-8")
    (a,), errors = read(p)
    assert errors == []
    assert a.id == "story" and a.text == text and a.report_date is None and a.title is None


@pytest.mark.skipif(not SEED.exists(), reason="shared seed file not present")
def test_shared_seed_file(read):
    (a,), errors = read(SEED)
    assert errors == []
    assert a.report_date == date(2024, 1, 12)
    assert a.title.startswith("China and Canada")
    assert a.text.startswith("In a bid to mend")
    raw = SEED.read_text(encoding="utf-8")
    assert raw.endswith(a.text)
