"""Empty files, a 5 MB article, a folder of 10,000 small files: right output, bounded memory.

Memory here is a correctness bound measured with tracemalloc (Python allocations), not a
timing; the process's peak RSS for the same inputs is measured by bench/memory_inputs.py.
"""

from __future__ import annotations

import json
import tracemalloc
from datetime import date

import pytest
from reliability_helpers import pairs, read

from detente.readers import read_articles

FIVE_MB = 5 * 1024 * 1024


def _story(n_bytes: int) -> str:
    """Plain English paragraphs (our own words), about ``n_bytes`` long."""
    para = (
        "The foreign minister of Canada met her counterpart from China in Geneva on Tuesday. "
        "Both sides said the talks on trade and consular cases were frank. "
    ) * 4
    k = n_bytes // (len(para) + 2) + 1
    return "\n\n".join(f"{para}Paragraph {i}." for i in range(k))


@pytest.mark.parametrize("ext", [".txt", ".jsonl", ".json", ".csv", ".tsv", ".html", ""])
def test_empty_file_is_one_error(tmp_path, ext):
    p = tmp_path / f"empty{ext}"
    p.write_bytes(b"")
    articles, errors = read(p)
    assert articles == [] and pairs(errors) == [("DT206", str(p))]


def test_empty_folder_is_one_error(tmp_path):
    articles, errors = read(tmp_path)
    assert articles == [] and pairs(errors) == [("DT213", str(tmp_path))]


def test_five_megabyte_article_in_each_format(tmp_path):
    story = _story(FIVE_MB)
    assert len(story.encode()) >= FIVE_MB
    seed = tmp_path / "big.txt"
    seed.write_text(f"date 2024-01-12 Long read\n\n{story}", encoding="utf-8")
    jl = tmp_path / "big.jsonl"
    jl.write_text(json.dumps({"id": "j", "text": story, "date": "2024-01-12"}) + "\n" + json.dumps({"id": "k", "text": "Next."}) + "\n")
    cs = tmp_path / "big.csv"
    cs.write_text('id,text,date\nc,"' + story.replace('"', '""') + '",2024-01-12\nd,Next.,\n', encoding="utf-8", newline="")
    one_line = tmp_path / "one_line.txt"  # no line break at all
    one_line.write_text(story.replace("\n", " "), encoding="utf-8")
    articles, errors = read(seed, jl, cs, one_line)
    assert errors == []
    assert [(a.id, len(a.text), a.report_date) for a in articles] == [
        ("big", len(story), date(2024, 1, 12)),
        ("j", len(story), date(2024, 1, 12)),
        ("k", 5, None),
        ("c", len(story), date(2024, 1, 12)),
        ("d", 5, None),
        ("one_line", len(story), None),
    ]
    assert articles[0].text == articles[1].text == articles[3].text == story
    assert articles[5].text == story.replace("\n", " ")


def test_folder_of_ten_thousand_files_is_streamed(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    body = "Iran and Iraq held talks on water sharing in Baghdad. " * 60  # ~3 KB each
    n = 10_000
    for i in range(n):
        (folder / f"a{i:05d}.txt").write_text(f"date 2024-01-12 Story {i}\n\n{body}{i}\n", encoding="utf-8")
    total_text = n * len(body)  # ~33 MB of text if all were held at once
    # Read one file first, so lazy imports and caches of the readers are not counted below.
    list(read_articles([folder / "a00000.txt"], on_error=lambda e: None))

    tracemalloc.start()
    try:
        count, last_id = 0, None
        errors = []
        for a in read_articles([folder], on_error=errors.append):
            count += 1
            assert a.id == f"a{count - 1:05d}" and a.text.endswith(f"{count - 1}\n")
            last_id = a.id
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert errors == [] and count == n and last_id == "a09999"
    # streaming: the peak is the folder listing (with CPython 3.11's interning of path
    # parts, ~4-9 MB for 10,000 names, more when run after other tests) plus one file, not the
    # whole folder (which alone would be over 32 MB)
    assert peak < total_text / 2, f"peak {peak / 1e6:.1f} MB for {total_text / 1e6:.1f} MB of text"
