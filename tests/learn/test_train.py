"""Training on a tiny made-up set with a tiny random encoder, export to ONNX, load it back.
Skipped where the train extra (torch, onnx) is not installed."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow  # trains and exports (a tiny encoder): a few seconds, more with torch import

torch = pytest.importorskip("torch")
pytest.importorskip("onnx")

from detente.learn.export import export_model  # noqa: E402
from detente.learn.features import Featurizer, PairInput  # noqa: E402
from detente.learn.labels import LABELS  # noqa: E402
from detente.learn.model import EventTypeModel, default_model_dir  # noqa: E402
from detente.learn.train import torch_logits, train_model  # noqa: E402

TINY = {"vocab_size": 30522, "hidden_size": 32, "num_hidden_layers": 2, "num_attention_heads": 2,
        "intermediate_size": 64, "max_position_embeddings": 512, "type_vocab_size": 2,
        "layer_norm_eps": 1e-12, "hidden_dropout_prob": 0.1}

SENTENCES = [
    ("Russia attacked Ukraine overnight.", "Russia", "Ukraine", "ASSAULT", "assault attacked"),
    ("Japan and Korea held talks in Seoul.", "Japan", "Korea", "CONSULT", "consult talks"),
    ("France condemned Iran for the arrests.", "France", "Iran", "ACCUSE", "accuse condemned"),
    ("Chile sent food aid to Peru.", "Chile", "Peru", "AID", "none"),
]


def _rows(n: int = 24):
    out = []
    for i in range(n):
        text, s, t, lab, hint = SENTENCES[i % len(SENTENCES)]
        a, b = text.index(s), text.index(t)
        out.append({"id": f"t{i}", "group": "plv", "text": text, "source": (a, a + len(s)),
                    "target": (b, b + len(t)), "label": lab, "hint": hint, "weight": 1.0})
    return out


@pytest.fixture(scope="module")
def tokenizer_file():
    tok = default_model_dir() / "tokenizer.json"
    if not tok.exists():
        try:
            from detente.learn.train import encoder_dir

            tok = encoder_dir() / "tokenizer.json"
        except Exception:
            pytest.skip("no tokenizer available")
    return tok


@pytest.fixture
def enc(tmp_path):
    """A tiny random encoder: its config and no weights."""
    folder = tmp_path / "enc"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps(TINY))
    return folder


def test_train_export_and_load(tmp_path, tokenizer_file, enc):
    feat = Featurizer(tokenizer_file)
    rows = _rows()
    model = train_model(rows, feat, epochs=2, lr=1e-3, batch_size=8, frozen_layers=1, encoder=enc, progress=lambda m: None)
    out = tmp_path / "model"
    export_model(model, out, tokenizer=tokenizer_file, meta={"temperature": 1.5}, quantize=False)
    clf = EventTypeModel(out)
    assert clf.labels == list(LABELS) and clf.temperature == 1.5
    items = [PairInput(r["text"], r["source"], r["target"], r["hint"]) for r in rows[:4]]
    # The ONNX graph computes what the torch model computes.
    ref = torch_logits(model, feat, items)
    got = clf.logits(items)
    assert max(abs(a - b) for za, zb in zip(ref, got) for a, b in zip(za, zb)) < 1e-3
    preds = clf.predict(items)
    for p in preds:
        assert p.label in LABELS and abs(sum(p.probs.values()) - 1) < 1e-6
        assert p.cameo_root


def test_quantized_export_is_smaller(tmp_path, tokenizer_file, enc):
    feat = Featurizer(tokenizer_file)
    model = train_model(_rows(8), feat, epochs=1, batch_size=8, frozen_layers=1, encoder=enc, progress=lambda m: None)
    export_model(model, tmp_path / "q", tokenizer=tokenizer_file, meta={})
    export_model(model, tmp_path / "f", tokenizer=tokenizer_file, meta={}, quantize=False)
    assert (tmp_path / "q" / "model.onnx").stat().st_size < (tmp_path / "f" / "model.onnx").stat().st_size
    assert len(EventTypeModel(tmp_path / "q").predict([PairInput("Chile sent aid to Peru.", (0, 5), (18, 22))])) == 1


def test_an_ensemble_averages_its_members_and_exports_as_one_graph(tmp_path, tokenizer_file, enc):
    feat = Featurizer(tokenizer_file)
    rows = _rows()
    ens = train_model(rows, feat, epochs=1, lr=1e-3, batch_size=8, frozen_layers=1, encoder=enc, members=2,
                      progress=lambda m: None)
    assert len(ens.members) == 2
    items = [PairInput(r["text"], r["source"], r["target"], r["hint"]) for r in rows[:4]]
    a, b = (torch_logits(m, feat, items) for m in ens.members)
    assert a != b  # two seeds, two models
    mean = [[(x + y) / 2 for x, y in zip(za, zb)] for za, zb in zip(a, b)]
    got = torch_logits(ens, feat, items)
    assert max(abs(p - q) for zp, zq in zip(mean, got) for p, q in zip(zp, zq)) < 1e-5
    out = tmp_path / "model"
    export_model(ens, out, tokenizer=tokenizer_file, meta={}, quantize=False)
    onnx_logits = EventTypeModel(out).logits(items)
    assert max(abs(p - q) for zp, zq in zip(got, onnx_logits) for p, q in zip(zp, zq)) < 1e-3


def test_the_seed_makes_a_run_repeatable_and_another_seed_a_different_run(tokenizer_file, enc):
    feat = Featurizer(tokenizer_file)
    rows = _rows(8)
    items = [PairInput(r["text"], r["source"], r["target"], r["hint"]) for r in rows[:2]]

    def run(seed: int):
        model = train_model(rows, feat, epochs=1, batch_size=8, frozen_layers=1, encoder=enc, seed=seed,
                            progress=lambda m: None)
        return torch_logits(model, feat, items)

    first, again, other = run(13), run(13), run(31)
    assert first == again
    assert first != other
