"""cross_validate's two passes, with stand-ins for training and the model (no torch, no data):
each fold's model codes its sentences only after it has the temperature and lexicon calibration
fitted on the other folds."""

from __future__ import annotations

import json

import detente.eval as ev
import detente.learn.export as export
import detente.learn.features as features
import detente.learn.model as model
import detente.learn.train as train
from detente.eval.cv import cross_validate
from detente.learn.labels import LABELS


class FakeModel:
    loads: list[str] = []

    def __init__(self, folder):
        FakeModel.loads.append(folder.name)
        self.meta = json.loads((folder / "meta.json").read_text())

    def calibrate(self, temperature, lexicon_bins):
        self.meta = {**self.meta, "temperature": temperature, "lexicon_calibration": lexicon_bins}

    def logits(self, items):
        return [[2.0 if lab == "ACCUSE" else 0.0 for lab in LABELS] for _ in items]


class FakeCoder:
    classifier = None


def _rows(n=20):
    return [{"id": f"plv-train-{i}", "group": "plv", "label": "ACCUSE" if i % 2 else "REJECT", "text": f"s{i}",
             "source": (0, 1), "target": (1, 2), "hint": "none",
             "lexicon": {"plover": "ACCUSE", "confidence": 0.9 if i % 2 else 0.5}} for i in range(n)]


def test_each_fold_codes_with_the_calibration_of_the_other_folds(monkeypatch, tmp_path):
    trained, seen = [], []
    FakeModel.loads = []
    monkeypatch.setattr(features, "Featurizer", lambda tok: None)
    monkeypatch.setattr(train, "encoder_dir", lambda: tmp_path)
    monkeypatch.setattr(train, "train_model", lambda rows, feat, **kw: trained.append([r["hint"] for r in rows]) or "m")
    monkeypatch.setattr(export, "export_model", lambda m, out, tokenizer, meta: (out.mkdir(parents=True, exist_ok=True),
                                                                                (out / "meta.json").write_text(json.dumps(meta))))
    monkeypatch.setattr(model, "EventTypeModel", FakeModel)

    def hits(coder, row):
        meta = coder.classifier.meta if coder.classifier is not None else None
        seen.append((row["id"], meta))
        return (meta is not None and "temperature" in meta, False)

    monkeypatch.setattr(ev, "plover_hits", hits)
    rows = _rows()
    order = [r["id"] for r in rows]
    blank = lambda r: {**r, "hint": "BLANK"} if int(r["id"].rsplit("-", 1)[1]) % 4 == 0 else r  # noqa: E731
    recs = cross_validate(rows, FakeCoder(), k=5, train_kw={"cache": object()}, keep=tmp_path / "folds",
                          order=order, train_view=blank, progress=lambda msg: None)
    assert len(recs) == 20 and all(r["hit_combined"] for r in recs) and not any(r["hit_lexicon"] for r in recs)
    # every fold's model folder is kept and holds its own calibration, fitted without its rows
    temps = {json.loads((tmp_path / "folds" / f"fold{f}" / "meta.json").read_text())["temperature"] for f in range(5)}
    assert len(temps) >= 1 and all(0 < t for t in temps)
    with_model = [m for _, m in seen if m is not None]
    assert len(with_model) == 20 and all("lexicon_calibration" in m and m["fold"] in range(5) for m in with_model)
    # ... and it is the calibration cv_score fits for that fold: the lexicon's bins from the held-out half only
    from detente.eval.cv_score import fold_calibration

    for f in range(5):
        meta = json.loads((tmp_path / "folds" / f"fold{f}" / "meta.json").read_text())
        t, bins, _ = fold_calibration(recs, f, order)
        assert meta["temperature"] == round(t, 4) and meta["lexicon_calibration"] == bins
        assert sum(b["n"] for b in bins) <= sum(1 for r in recs if r["fold"] != f and int(r["id"].rsplit("-", 1)[1]) % 2 == 1)
    # each fold's model is loaded once, for both passes
    assert sorted(FakeModel.loads) == [f"fold{f}" for f in range(5)]
    # the training view is what trains; the test rows keep their own hint
    assert all(sum(h == "BLANK" for h in hs) > 0 for hs in trained)
