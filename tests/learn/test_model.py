"""The shipped ONNX classifier: it loads with onnxruntime alone and answers with a probability
distribution over the 15 types. Skipped in an install without the model folder."""

from __future__ import annotations

import json

import pytest

from detente.errors import DetenteError
from detente.learn.features import PairInput
from detente.learn.labels import CAMEO_ROOT, LABELS
from detente.learn.model import EventTypeModel, default_model_dir

SHIPPED = default_model_dir()
needs_model = pytest.mark.skipif(not (SHIPPED / "model.onnx").exists(), reason="no shipped model in this install")


@needs_model
def test_shipped_model_is_small_and_described():
    assert (SHIPPED / "model.onnx").stat().st_size < 30e6
    meta = json.loads((SHIPPED / "meta.json").read_text())
    assert meta["labels"] == list(LABELS) and meta["cameo_root"] == CAMEO_ROOT
    assert meta["temperature"] > 0


@needs_model
def test_shipped_model_gives_a_distribution():
    m = EventTypeModel()
    text = "Russian forces shelled the Ukrainian city of Kharkiv on Monday."
    s, t = (0, 14), (text.index("the Ukrainian"), text.index(" on"))
    preds = m.predict([PairInput(text, s, t, "assault shelled"), PairInput(text, s, t)])
    for p in preds:
        assert abs(sum(p.probs.values()) - 1) < 1e-5
        assert 0 < p.probability <= 1 and p.label in LABELS and p.cameo_root == CAMEO_ROOT[p.label]
    assert preds[0].label == "ASSAULT"


def test_missing_folder_is_a_coded_error(tmp_path):
    with pytest.raises(DetenteError, match="DT901"):
        EventTypeModel(tmp_path)


def test_broken_model_file_is_a_coded_error(tmp_path):
    (tmp_path / "model.onnx").write_bytes(b"not a model")
    (tmp_path / "tokenizer.json").write_text("{}")
    (tmp_path / "meta.json").write_text(json.dumps({"labels": list(LABELS), "cameo_root": CAMEO_ROOT}))
    with pytest.raises(DetenteError, match="DT90[12]"):
        EventTypeModel(tmp_path)


def _threads_of(model: EventTypeModel) -> int:
    return model.threads


@needs_model
def test_threads_use_idle_cores_in_one_process_and_one_in_a_worker():
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    m = EventTypeModel()
    assert m.threads == max(1, min(4, os.cpu_count() or 1))
    assert EventTypeModel(threads=1).threads == 1
    # A copy sent to a worker process of a parallel run takes one thread: every core already codes.
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        assert pool.submit(_threads_of, m).result() == 1
