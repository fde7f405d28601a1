"""Acronyms of known bodies, shown to the tagger and parser as the proper nouns they are.

The small English model reads a capitalised name it never saw by its spelling: "ECOWAS" ends like
"was" and is tagged a verb, so "ECOWAS imposed sanctions on Niger" loses its subject and its act.
The model's words are embedded from four features of each word (its normal form, first letter,
last three letters and shape). For the all-capital names of our actor tables we give the first
three those of "NATO", an acronym the model knows as a name; the shape (XXXX) and the text stay
the word's own, so nothing downstream sees a different string. Names of three letters or fewer
("UN", "EU", "US") are left as they are: the model knows them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

TEMPLATE = "NATO"


def acronyms(surfaces: Iterable[str]) -> list[str]:
    """The all-capital, all-letter names of four letters or more among ``surfaces``."""
    return sorted({s for s in surfaces if len(s) >= 4 and s.isalpha() and s.isupper()})


def show_as_names(vocab: Any, names: Iterable[str]) -> int:
    """Give each name's lexeme the template's normal form and affixes; returns how many."""
    model = vocab[TEMPLATE]
    n = 0
    for name in names:
        if name == TEMPLATE:
            continue
        lex = vocab[name]
        lex.norm_, lex.prefix_, lex.suffix_ = model.norm_, model.prefix_, model.suffix_
        n += 1
    return n
