"""The learned event-type classifier beside the lexicon.

  features.py   marker insertion and token ids (tokenizers; no torch)
  labels.py     the 15 types (YIELD = CONCEDE + RETREAT), their CAMEO roots and quad classes
  model.py      the shipped ONNX model at run time (onnxruntime)
  combine.py    lexicon + classifier: the combination rule, event re-typing
  calibrate.py  temperature scaling, lexicon calibration bins, ECE
  dataset.py    training rows from plv_train, synthetic stories and the sample corpus
  encoder.py    a minimal BERT in torch for MiniLM-L6 (train extra)
  train.py      fine-tuning (train extra)
  export.py     ONNX export with int8 quantisation (train extra)
  pipeline.py   ``train_classifier``: rows -> cross-validation -> final model -> model folder
  targets.py    ``train_ranker``: the target ranker of ``events.ranking`` (scikit-learn, train extra)
"""

from __future__ import annotations

from .model import EventTypeModel, Prediction, default_model_dir
from .pipeline import train_classifier

__all__ = ["EventTypeModel", "Prediction", "default_model_dir", "train_classifier"]
