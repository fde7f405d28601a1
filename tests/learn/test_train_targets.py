"""Training the target ranker (learn/targets.py) on a small plv_train-like file of our own
sentences; needs scikit-learn (the train extra)."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("sklearn")
pytestmark = pytest.mark.slow

ROWS = [
    ("Kenya's foreign ministry gave five million dollars for shelters for those displaced by floods in Somalia.", "Kenya's foreign ministry", "Somalia", "AID"),
    ("The ministry sent medics and drugs to help Afghanistan.", "The ministry", "Afghanistan", "AID"),
    ("Norway's aid agency gave two million dollars for tents for those displaced by the storm in Haiti.", "Norway's aid agency", "Haiti", "AID"),
    ("The health ministry sent nurses and vaccines to help Malawi.", "The health ministry", "Malawi", "AID"),
    ("Japan's relief agency gave four million dollars for blankets for those displaced by the quake in Nepal.", "Japan's relief agency", "Nepal", "AID"),
    ("The foreign ministry sent engineers and pumps to help Chad.", "The foreign ministry", "Chad", "AID"),
    ("Chad expelled the French ambassador.", "Chad", "the French ambassador", "SANCTION"),
    ("Peru expelled the Chilean consul.", "Peru", "the Chilean consul", "SANCTION"),
]


def _write(folder):
    with open(folder / "plv_train.jsonl", "w", encoding="utf-8") as fh:
        for n, (text, s, t, label) in enumerate(ROWS):
            a, b = text.index(s), text.index(t)
            fh.write(json.dumps({"id": f"t{n}", "text": text, "source": {"text": s, "start": a, "end": a + len(s)},
                                 "target": {"text": t, "start": b, "end": b + len(t)}, "plover": label}) + "\n")


def test_train_ranker_writes_a_loadable_ranker_with_fold_figures(tmp_path):
    from detente import Coder
    from detente.events.ranking import TargetRanker
    from detente.learn.targets import train_ranker

    _write(tmp_path)
    out = tmp_path / "ranker"
    meta = train_ranker(tmp_path, out, folds=2, progress=lambda msg: None, own=False)
    assert (out / "model.json").exists() and sorted(p.name for p in (out / "folds").iterdir()) == ["fold0.json", "fold1.json"]
    assert meta["events_with_target_among_phrases"] >= 6
    cv = meta["cv"]
    assert cv["all"]["n"] == len(ROWS) and cv["dev"]["n"] + cv["heldout"]["n"] == len(ROWS)
    # The rules miss the aid rows' targets; rankers trained on the other fold find some of them.
    assert cv["all"]["pair_recall_ranked"] > cv["all"]["pair_recall_rules"]
    ranker = TargetRanker.load(out)
    assert ranker.weights and json.loads((out / "meta.json").read_text())["weights"] == len(ranker.weights)
    text = "The interior ministry sent medics and tents to help Mali."
    assert not any(e.cameo == "073" and e.target is not None for e in Coder(ranker=None).code(text))
    evs = Coder(ranker=out).code(text)
    assert any(e.cameo == "073" and e.target is not None and e.target.country == "MLI" and ":ranked-target:" in e.coder for e in evs)


def test_eval_scores_each_sentence_with_its_own_folds_ranker_as_training_did(tmp_path):
    from detente.eval.ranker import ranked_pair_recall
    from detente.learn.targets import train_ranker

    _write(tmp_path)
    out = tmp_path / "ranker"
    meta = train_ranker(tmp_path, out, folds=2, progress=lambda msg: None, own=False)
    got = ranked_pair_recall(tmp_path, out)
    for half in ("all", "dev", "heldout"):
        assert got[half]["pair_recall_rules"] == pytest.approx(meta["cv"][half]["pair_recall_rules"], abs=1e-4)
        assert got[half]["pair_recall_ranker"] == pytest.approx(meta["cv"][half]["pair_recall_ranked"], abs=1e-4)
    assert "ranker" in got["text"] and "heldout" in got["text"]


def test_own_sentences_are_read_with_acts_that_have_no_target_and_bad_records_are_named(tmp_path):
    from detente.learn.targets import own_rows

    path = tmp_path / "mine.jsonl"
    lines = [json.dumps({"text": "Peru expelled the Chilean consul.", "source": "Peru", "target": "the Chilean consul", "plover": "SANCTION"}),
             json.dumps({"text": "Greek farmers marched in Madrid.", "source": "Greek farmers", "target": None, "plover": "PROTEST"}),
             json.dumps({"text": "Chad recalled its envoy.", "source": "Niger", "target": None, "plover": "SANCTION"}),
             "not json",
             json.dumps({"text": "Mali conceded.", "source": "Mali", "target": None, "plover": "CONCEDE"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    said = []
    rows = own_rows(path, warn=said.append)
    assert [r["target"] for r in rows] == [(14, 32), None, None]
    assert rows[0]["source"] == (0, 4) and rows[2]["label"] == "YIELD"  # CONCEDE and RETREAT train as plv_train's YIELD
    assert len(said) == 2 and any("mine.jsonl:3" in m for m in said) and any("mine.jsonl:4" in m for m in said)


def test_acts_without_a_target_teach_the_ranker_what_is_no_target():
    from detente.learn.targets import fit_ranker

    lists = [[({"near": 1.0}, 1), ({"far": 1.0}, 0)]] * 4 + [[({"near": 1.0}, 0), ({"far": 1.0}, 1)]]
    without = [[({"place": 1.0, "near": 1.0}, 0)]] * 6
    plain = fit_ranker(lists)
    taught = fit_ranker(lists, none_lists=without)
    assert "place" not in plain.weights and taught.weights["place"] < 0
    assert taught.score({"near": 1.0, "place": 1.0}) < plain.score({"near": 1.0, "place": 1.0})


def test_train_ranker_trains_on_our_own_sentences_beside_plv_train(tmp_path):
    from detente.learn.targets import train_ranker

    _write(tmp_path)
    mine = tmp_path / "mine.jsonl"
    mine.write_text("\n".join(json.dumps(r) for r in [
        {"text": "The trade ministry sent engineers and pumps to help Niger.", "source": "The trade ministry", "target": "Niger", "plover": "AID"},
        {"text": "Greek farmers held a march in Madrid on Tuesday.", "source": "Greek farmers", "target": None, "plover": "PROTEST"}]) + "\n",
        encoding="utf-8")
    meta = train_ranker(tmp_path, tmp_path / "r1", folds=0, progress=lambda msg: None, own=mine)
    assert meta["own_sentences"]["with_target"] == 1 and meta["own_sentences"]["without_target"] == 1
    alone = train_ranker(tmp_path, tmp_path / "r2", folds=0, progress=lambda msg: None, own=False)
    assert alone["own_sentences"]["with_target"] == 0 and alone["own_sentences"]["file"] is None


def test_the_shipped_own_sentences_read_cleanly():
    from detente.learn.targets import default_own_sentences, own_rows

    said = []
    rows = own_rows(default_own_sentences(), warn=said.append)
    assert not said and len(rows) > 500
    assert sum(r["target"] is None for r in rows) > 100 and sum(r["target"] is not None for r in rows) > 100
