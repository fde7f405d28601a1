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
        return self.positions_in(lower_hashes(doc))

    def positions_in(self, lower: np.ndarray) -> np.ndarray:
        """The same, given the doc's ``lower_hashes`` (for callers that test them more than once)."""
        return np.flatnonzero(np.isin(lower, self.hashes))


def lower_hashes(doc: Doc) -> np.ndarray:
    """The hash of each token's lower-case form, in one array."""
    return doc.to_array(LOWER).astype(np.uint64) if len(doc) else np.zeros(0, dtype=np.uint64)
