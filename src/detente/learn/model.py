"""The shipped event-type classifier at run time: onnxruntime + tokenizers, no torch.

A model folder holds ``model.onnx``, ``tokenizer.json`` and ``meta.json``; ``default_model_dir()``
is the one shipped in ``detente/data/models/event_type/``.
"""

from __future__ import annotations

import json
import math
import multiprocessing
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..data import DATA_DIR
from ..errors import DetenteError, Errors
from .features import Featurizer, PairInput


def default_model_dir() -> Path:
    return DATA_DIR / "models" / "event_type"


@dataclass
class Prediction:
    """The classifier's answer for one pair: calibrated probabilities over the labels."""

    label: str
    probability: float
    probs: dict[str, float]
    cameo_root: str


class EventTypeModel:
    """Loads a model folder once; ``predict`` answers for a batch of marked pairs."""

    def __init__(self, folder: str | Path | None = None, *, threads: int | None = None) -> None:
        """``threads``: ONNX Runtime's threads per batch. By default, in the main process, the
        machine's cores up to four: coding in one process, the rules leave the other cores idle. In a
        worker process of a parallel run (``scale.local``, dask) one thread, as every core codes."""
        self.folder = Path(folder) if folder else default_model_dir()
        main = multiprocessing.current_process().name == "MainProcess"
        self.threads = threads if threads else max(1, min(4, os.cpu_count() or 1)) if main else 1
        for name in ("model.onnx", "tokenizer.json", "meta.json"):
            if not (self.folder / name).exists():
                raise DetenteError(Errors.DT901.format(path=self.folder / name))
        try:
            import onnxruntime as ort

            self.meta: dict[str, Any] = json.loads((self.folder / "meta.json").read_text(encoding="utf-8"))
            self.labels: list[str] = list(self.meta["labels"])
            self.cameo_root: dict[str, str] = dict(self.meta["cameo_root"])
            self.temperature = float(self.meta.get("temperature", 1.0))
            self.featurizer = Featurizer(self.folder / "tokenizer.json", max_len=int(self.meta.get("max_len", 128)))
            opts = ort.SessionOptions()
            opts.intra_op_num_threads = self.threads
            opts.inter_op_num_threads = 1
            self.session = ort.InferenceSession(str(self.folder / "model.onnx"), opts,
                                                providers=["CPUExecutionProvider"])
        except (KeyError, ValueError, OSError) as exc:
            raise DetenteError(Errors.DT902.format(path=self.folder, detail=exc)) from None
        except Exception as exc:  # onnxruntime's own load errors have no common base class
            raise DetenteError(Errors.DT902.format(path=self.folder, detail=f"{type(exc).__name__}: {exc}")) from None
        self.input_names = {i.name for i in self.session.get_inputs()}

    def calibrate(self, temperature: float, lexicon_bins: list[Any]) -> None:
        """Use this temperature and lexicon calibration from now on (cross-validation fits them
        per fold after the model is loaded; ``learn.export.write_meta`` keeps the folder in step)."""
        self.temperature = float(temperature)
        self.meta = {**self.meta, "temperature": float(temperature), "lexicon_calibration": lexicon_bins}

    def __reduce__(self) -> tuple[Any, ...]:
        # Worker processes get the folder and load the model themselves (sessions do not pickle);
        # outside the main process that takes one thread (``__init__``).
        return (EventTypeModel, (self.folder,))

    def logits(self, items: list[PairInput], *, batch_size: int = 32) -> list[list[float]]:
        """Raw (uncalibrated) scores, one list per item, in ``self.labels`` order."""
        import numpy as np

        # Batches of similar length: less padding.
        order = sorted(range(len(items)), key=lambda i: len(items[i].text))
        out: list[list[float]] = [[] for _ in items]
        for b in range(0, len(order), batch_size):
            part = order[b:b + batch_size]
            enc = self.featurizer.encode([items[i] for i in part])
            feed = {k: np.asarray(getattr(enc, k), dtype=np.int64) for k in
                    ("input_ids", "attention_mask", "token_type_ids", "src_pos", "tgt_pos") if k in self.input_names}
            for i, z in zip(part, self.session.run(["logits"], feed)[0].tolist()):
                out[i] = z
        return out

    def predict(self, items: list[PairInput], *, batch_size: int = 32) -> list[Prediction]:
        return [self.prediction(z) for z in self.logits(items, batch_size=batch_size)]

    def prediction(self, logits: list[float]) -> Prediction:
        probs = softmax(logits, self.temperature)
        i = max(range(len(probs)), key=probs.__getitem__)
        lab = self.labels[i]
        return Prediction(lab, probs[i], dict(zip(self.labels, probs)), self.cameo_root.get(lab, ""))


def softmax(z: list[float], temperature: float = 1.0) -> list[float]:
    t = temperature if temperature > 0 else 1.0
    m = max(z)
    e = [math.exp((v - m) / t) for v in z]
    s = sum(e)
    return [v / s for v in e]
