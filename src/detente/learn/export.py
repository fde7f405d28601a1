"""Write a trained classifier as a model folder: ``model.onnx`` (int8 dynamic quantisation),
``tokenizer.json`` and ``meta.json`` (labels, CAMEO roots, temperature, how it was trained).
Needs the ``train`` extra (torch, onnx); reading the folder needs only onnxruntime and tokenizers."""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
import warnings
from pathlib import Path
from typing import Any

from ..errors import DetenteError, Errors
from .features import MAX_LEN, Featurizer, PairInput
from .labels import CAMEO_ROOT, LABELS

INPUTS = ("input_ids", "attention_mask", "token_type_ids", "src_pos", "tgt_pos")


def export_model(model: Any, out: Path, *, tokenizer: Path, meta: dict[str, Any], quantize: bool = True) -> Path:
    import torch

    try:
        from onnxruntime.quantization import QuantType, quantize_dynamic
    except ImportError as exc:
        raise DetenteError(Errors.DT903.format(detail=exc)) from None
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(tokenizer, out / "tokenizer.json")
    feat = Featurizer(out / "tokenizer.json")
    enc = feat.encode([PairInput("China accused Canada of spying.", (0, 5), (14, 20), "accuse accused"),
                       PairInput("Canada and China talked on Friday about trade.", (0, 6), (11, 16), "none")])
    args = tuple(torch.tensor(getattr(enc, k)) for k in INPUTS)
    model.eval()
    with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the exporter's deprecation and indexing notes
        raw = Path(tmp) / "raw.onnx"
        torch.onnx.export(
            model, args, str(raw), input_names=list(INPUTS), output_names=["logits"],
            dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
                          "token_type_ids": {0: "batch", 1: "seq"}, "src_pos": {0: "batch"},
                          "tgt_pos": {0: "batch"}, "logits": {0: "batch"}},
            opset_version=17, dynamo=False,
        )
        if quantize:
            logging.disable(logging.WARNING)  # "consider pre-processing": not needed for a transformer
            try:
                quantize_dynamic(str(raw), str(out / "model.onnx"), weight_type=QuantType.QInt8)
            finally:
                logging.disable(logging.NOTSET)
        else:
            shutil.copy(raw, out / "model.onnx")
    info = {"labels": list(LABELS), "cameo_root": CAMEO_ROOT, "max_len": MAX_LEN, "temperature": 1.0,
            "inputs": list(INPUTS)}
    info.update(meta)
    write_meta(out, info)
    return out


def write_meta(out: Path, meta: dict[str, Any]) -> None:
    (out / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
