"""Cross-validation folds and scoring from made-up out-of-fold records (no model, no data)."""

from __future__ import annotations

import random

from detente.eval.cv import assign_folds, split_fold
from detente.eval.cv_score import format_confusion, format_cv, halves, score_cv
from detente.learn.labels import LABELS


def test_folds_are_stratified_and_cover_every_row():
    rows = [{"id": f"plv-train-{i}", "label": LABELS[i % 3]} for i in range(60)]
    folds = assign_folds(rows, 5)
    assert set(folds.values()) == set(range(5))
    for f in range(5):
        in_f = [r for r in rows if folds[r["id"]] == f]
        assert len(in_f) == 12
        assert {r["label"] for r in in_f} == set(LABELS[:3])


def _records(n=200, seed=5):
    rng = random.Random(seed)
    recs = []
    for i in range(n):
        g = LABELS[i % 5]
        z = [0.0] * len(LABELS)
        guess = g if rng.random() < 0.8 else LABELS[(i + 1) % 5]
        z[LABELS.index(guess)] = 3.0
        lex = g if rng.random() < 0.6 else None
        recs.append({"id": f"plv-train-{i}", "fold": i % 5, "gold": g, "logits": z, "lexicon": lex,
                     "lexicon_confidence": 0.8 if lex else 0.1, "hit_lexicon": lex is not None and i % 2 == 0,
                     "hit_combined": i % 2 == 0})
    return recs


def test_score_cv_reports_every_coder_and_half():
    res = score_cv(_records(), [f"plv-train-{i}" for i in range(200)])
    assert res["n"] == 200 and res["folds"] == 5
    for half in ("all", "dev", "heldout"):
        for who in ("lexicon", "classifier", "combined"):
            s = res[half][who]
            assert 0.0 <= s["macro_f1"] <= 1.0 and s["quad_accuracy"] >= s["accuracy"] - 1e-9
    assert res["dev"]["n"] + res["heldout"]["n"] == 200
    # the classifier is right 80% of the time here, the lexicon (with ACCUSE fallbacks) less
    assert res["all"]["classifier"]["accuracy"] > res["all"]["lexicon"]["accuracy"]
    assert res["all"]["pair_recall_combined"] == 0.5
    assert set(res["calibration"]) == {"classifier_raw", "classifier", "lexicon", "combined"}
    # temperature scaling never makes the out-of-fold ECE much worse here
    assert res["calibration"]["classifier"]["ece"] <= res["calibration"]["classifier_raw"]["ece"] + 0.05
    assert "macro-F1" in format_cv(res)
    assert format_confusion(res["confusion_combined"]).startswith("gold\\pred")


def test_halves_follow_the_file_position_not_the_id_number():
    # plv_train's ids skip numbers: after a gap, id parity and position parity differ, and only
    # the position is the split `detente eval` uses (dev = even positions).
    recs = _records(20)
    order = [r["id"] for r in recs if r["id"] != "plv-train-3"]
    rows = halves(recs, order)
    assert [r["id"] for r in rows["dev"]][:3] == ["plv-train-0", "plv-train-2", "plv-train-5"]
    assert "plv-train-3" not in {r["id"] for r in rows["dev"] + rows["heldout"]}
    assert len(rows["dev"]) + len(rows["heldout"]) == 19
    # hits on even ids only: by position the held-out half now holds some of them
    res = score_cv(recs, order)
    assert 0.0 < res["heldout"]["pair_recall_combined"] < 1.0
    # without the file's order only "all" is reported
    assert "dev" not in score_cv(recs) and "[dev" not in format_cv(score_cv(recs))


def test_a_row_drawn_from_a_tested_sentence_never_trains():
    plv = [{"id": f"plv-{i}", "label": LABELS[i % 2]} for i in range(10)]
    folds = assign_folds(plv, 5)
    extra = [{"id": "plv-3/1", "parent": "plv-3"}, {"id": "syn-1"}]
    for f in range(5):
        train, test = split_fold(plv, extra, folds, f)
        assert {r["id"] for r in train} & {r["id"] for r in test} == set()
        assert ("plv-3/1" in {r["id"] for r in train}) == (folds["plv-3"] != f)
        assert "syn-1" in {r["id"] for r in train}


def test_plv_order_reads_the_file_order_and_names_rows_without_id_as_training_does(tmp_path):
    import json

    from detente.eval.cv_score import plv_order

    assert plv_order(tmp_path) is None
    lines = [{"id": "plv-train-0"}, {"text": "no id here"}, {"id": "plv-train-3"}]
    (tmp_path / "plv_train.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    assert plv_order(tmp_path) == ["plv-train-0", "plv-2", "plv-train-3"]
