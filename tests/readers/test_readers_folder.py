from __future__ import annotations

import json


def test_folder_recursive_sorted_and_unknown_ext(tmp_path, read):
    root = tmp_path / "in"
    (root / "b_sub").mkdir(parents=True)
    (root / ".hidden_dir").mkdir()
    (root / "a.txt").write_text("Story A.")
    (root / "c.txt").write_text("Story C.")
    (root / "b_sub" / "b.jsonl").write_text(json.dumps({"id": "b", "text": "Story B."}) + "\n")
    (root / ".DS_Store").write_bytes(b"\x00\x01")
    (root / ".hidden_dir" / "h.txt").write_text("hidden")
    (root / "notes.pdf").write_bytes(b"%PDF-1.4")
    (root / "more.pdf").write_bytes(b"%PDF-1.4")
    (root / "x.docx").write_bytes(b"PK")
    articles, errors = read(root)
    assert [a.id for a in articles] == ["a", "c", "b"]  # a folder's files, then its subfolders
    assert sorted((e.code, e.message.split(":")[0]) for e in errors) == [
        ("DT212", "Unsupported file type '.docx'"),
        ("DT212", "Unsupported file type '.pdf'"),
    ]
    pdf = next(e for e in errors if "'.pdf'" in e.message)
    assert "2 file(s)" in pdf.message and pdf.where == str(root)


def test_folder_without_readable_files(tmp_path, read):
    (tmp_path / "only.pdf").write_bytes(b"%PDF")
    (tmp_path / ".DS_Store").write_bytes(b"x")
    articles, errors = read(tmp_path)
    assert articles == []
    assert [e.code for e in errors] == ["DT213"]
    assert ".pdf" in errors[0].message


def test_empty_folder(tmp_path, read):
    articles, errors = read(tmp_path)
    assert articles == [] and [(e.code, e.where) for e in errors] == [("DT213", str(tmp_path))]


def test_single_file_unknown_extension_is_sniffed(tmp_path, read):
    j = tmp_path / "feed.dat"
    j.write_text(json.dumps({"id": "j", "text": "JSON story."}) + "\n")
    s = tmp_path / "seed.story"
    s.write_text("date 2024-01-12 Seed title\n\nSeed body.")
    t = tmp_path / "README"
    t.write_text("Just text.")
    articles, errors = read(j, s, t)
    assert errors == []
    assert [(a.id, a.text) for a in articles] == [("j", "JSON story."), ("seed", "Seed body."), ("README", "Just text.")]
    assert articles[1].title == "Seed title"


def test_reading_is_lazy(tmp_path):
    from detente.readers import read_articles

    (tmp_path / "a.txt").write_text("A.")
    (tmp_path / "b.txt").write_text("B.")
    it = read_articles([tmp_path, tmp_path / "missing"], on_error=lambda e: None)
    assert next(it).id == "a"  # nothing else needs to be read yet
