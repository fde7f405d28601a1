"""A bad evaluation record is reported by name and left out; the others are scored, and no row
changes half (``eval.run_eval``, ``learn.dataset.read_jsonl``)."""

from __future__ import annotations

import json

from detente.eval import run_eval
from detente.learn.dataset import read_jsonl


def _plv(text: str, source: str, target: str, plover: str, id_: str) -> dict:
    s, t = text.index(source), text.index(target)
    return {"id": id_, "text": text, "source": {"text": source, "start": s, "end": s + len(source)},
            "target": {"text": target, "start": t, "end": t + len(target)}, "plover": plover}


def _write(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_read_jsonl_names_the_bad_line_and_keeps_the_others(tmp_path):
    path = tmp_path / "rows.jsonl"
    _write(path, ['{"a": 1}', '{"a": 2', "", "[1, 2]", '{"a": 3}'])
    said: list[str] = []
    rows = read_jsonl(path, warn=said.append)
    assert [r["a"] for r in rows] == [1, 3]
    assert len(said) == 2 and "rows.jsonl:2" in said[0] and "rows.jsonl:4" in said[1]
    assert all("DT907" in m for m in said)
    assert [r and r["a"] for r in read_jsonl(path, warn=said.append, keep_places=True)] == [1, None, None, 3]


def test_run_eval_skips_bad_records_and_keeps_the_halves(tmp_path, coder):
    good = [
        _plv("Sylvania condemned Freedonia on Monday.", "Sylvania", "Freedonia", "ACCUSE", "p0"),
        _plv("Freedonia attacked Ruritania.", "Freedonia", "Ruritania", "ASSAULT", "p1"),
        _plv("Ruritania praised Sylvania.", "Ruritania", "Sylvania", "SUPPORT", "p2"),
    ]
    bad_span = dict(good[1], id="p3", source={"text": "x", "start": 40, "end": 90})
    _write(tmp_path / "plv_train.jsonl", ["{not json", json.dumps(good[0]), json.dumps(good[1]), json.dumps(good[2]),
                                          json.dumps(bad_span), json.dumps(_plv("Sylvania met Freedonia.", "Sylvania", "Freedonia", "DANCE", "p4"))])
    _write(tmp_path / "actors.jsonl", [json.dumps({"text": "Sylvanian troops", "country": None, "sector": "MIL"}),
                                       json.dumps({"country": "USA"})])
    said: list[str] = []
    report = run_eval(coder, tmp_path, warn=said.append)
    assert sorted(m.split(":")[0] for m in said) == ["[DT105] Skipped evaluation record actors",
                                                      "[DT105] Skipped evaluation record plv_train",
                                                      "[DT105] Skipped evaluation record plv_train",
                                                      "[DT907] Skipped line plv_train.jsonl"]
    assert any("p3" in m and "outside the text" in m for m in said)
    assert any("p4" in m and "DANCE" in m for m in said)
    plv = report["plover"]
    # By position in the file: the bad line, p1 and the bad p3 are the dev half; p0, p2 and the
    # bad p4 the held-out half. (Dropping the bad line would move every later row to the other half.)
    assert (plv["all"]["n"], plv["dev"]["n"], plv["heldout"]["n"]) == (3, 1, 2)
    assert report["actors"]["sector_n"] == 1
