from __future__ import annotations

import json

TEXT_1252 = "The minister\u2019s \u201cfinal offer\u201d \u2014 rejected by Qu\u00e9bec on Friday.\n"


def _reads_back(tmp_path, read, text: str, encoding: str, name: str = "t.txt") -> None:
    """A plain-text file in ``encoding`` reads back as ``text``, with no error."""
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    (a,), errors = read(p)
    assert errors == [] and a.text == text


def test_cp1252_curly_quotes(tmp_path, read):
    _reads_back(tmp_path, read, TEXT_1252, "cp1252")


def test_latin1_accents(tmp_path, read):
    _reads_back(tmp_path, read, "Le ministre a rencontr\u00e9 son homologue \u00e0 Montr\u00e9al et \u00e0 Gen\u00e8ve.\n", "latin-1")


def test_utf16_with_bom(tmp_path, read):
    text = "date 2024-01-12 Talks\n\nIran and Iraq met in Gen\u00e8ve \u201ctoday\u201d.\n"
    p = tmp_path / "u.txt"
    p.write_bytes(text.encode("utf-16"))  # writes a BOM
    (a,), errors = read(p)
    assert errors == [] and a.title == "Talks" and a.text == "Iran and Iraq met in Gen\u00e8ve \u201ctoday\u201d.\n"


def test_utf16_jsonl(tmp_path, read):
    p = tmp_path / "u.jsonl"
    p.write_bytes((json.dumps({"id": "1", "text": "Gen\u00e8ve"}, ensure_ascii=False) + "\n").encode("utf-16"))
    (a,), errors = read(p)
    assert errors == [] and a.text == "Gen\u00e8ve"


def test_utf8_bom_is_stripped(tmp_path, read):
    p = tmp_path / "b.txt"
    p.write_bytes(b"\xef\xbb\xbf" + "Caf\u00e9 talks.".encode())
    (a,), errors = read(p)
    assert errors == [] and a.text == "Caf\u00e9 talks."
    c = tmp_path / "b.csv"
    c.write_bytes(b"\xef\xbb\xbfid,text\n1,Hello\n")
    (b,), errors = read(c)
    assert errors == [] and b.id == "1"


def test_cp1252_csv_and_jsonl(tmp_path, read):
    c = tmp_path / "w.csv"
    c.write_bytes(("id,text\n1," + TEXT_1252.strip() + "\n").encode("cp1252"))
    j = tmp_path / "w.jsonl"
    j.write_bytes((json.dumps({"id": "2", "text": TEXT_1252}, ensure_ascii=False) + "\n").encode("cp1252"))
    (a, b), errors = read(c, j)
    assert errors == [] and a.text == TEXT_1252.strip() and b.text == TEXT_1252


def test_mostly_utf8_with_stray_cp1252_late_in_stream(tmp_path, read):
    good = [json.dumps({"id": str(i), "text": "caf\u00e9 " * 50}, ensure_ascii=False) for i in range(300)]
    bad = b'{"id": "late", "text": "the minister\x92s plan"}'
    p = tmp_path / "mixed.jsonl"
    p.write_bytes(("\n".join(good) + "\n").encode() + bad + b"\n")
    articles, errors = read(p)
    assert errors == [] and len(articles) == 301
    assert articles[-1].text == "the minister\u2019s plan"


def test_mojibake_is_kept(tmp_path, read):
    p = tmp_path / "m.txt"
    p.write_text("Indiaâ€™s talks", encoding="utf-8")
    (a,), _ = read(p)
    assert a.text == "Indiaâ€™s talks"


def test_very_short_legacy_text(tmp_path, read):
    # charset-normalizer alone guesses UTF-16 or cp1250 for inputs this short
    for i, text in enumerate(["Caf\u00e9", "na\u00efve r\u00e9sum\u00e9", "He said \u201cno\u201d.", "\u00a35 and \u20ac3"]):
        _reads_back(tmp_path, read, text, "cp1252", f"s{i}.txt")


def test_cyrillic_cp1251_is_not_forced_to_cp1252(tmp_path, read):
    text = "\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u0438\u043d\u043e\u0441\u0442\u0440\u0430\u043d\u043d\u044b\u0445 \u0434\u0435\u043b \u0437\u0430\u044f\u0432\u0438\u043b \u043e \u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u0430\u0445."
    _reads_back(tmp_path, read, text, "cp1251")


def test_ascii_with_a_stray_nul_and_junk_byte_is_not_utf16(tmp_path, read):
    # Found by the fuzz test: charset-normalizer took these bytes for BOM-less UTF-16, garbling the
    # header; the good record must be read and the junk line reported by its number.
    p = tmp_path / "junk.csv"
    p.write_bytes(b"id,text\nh,Head.\n\n\x00\x01\x01\x01\x8d")
    articles, errors = read(p)
    assert [(a.id, a.text) for a in articles] == [("h", "Head.")]
    assert errors and all(e.where.endswith(":4") for e in errors)
