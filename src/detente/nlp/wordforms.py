"""Find the tokens of a doc whose lower-case form is one of a set of words, by hash in one array
pass: only the few tokens found are touched in Python. Used by the prefilter (possible
triggers), the lemma fixes and the amounts component."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc


class WordForms:
    def __init__(self, forms: Iterable[str]) -> None:
        self.forms = frozenset(forms)
        self.hashes = np.fromiter((hash_string(f) for f in self.forms), dtype=np.uint64, count=len(self.forms))
        self.hashes.sort()

    def positions(self, doc: Doc) -> np.ndarray:
        """Indices of the tokens of ``doc`` whose lower-case form is one of ``forms``."""
        if not len(doc):
            return np.zeros(0, dtype=np.int64)
        lower = doc.to_array(LOWER).astype(np.uint64)
        return np.flatnonzero(np.isin(lower, self.hashes))
