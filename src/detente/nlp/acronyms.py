"""Acronyms of known bodies, shown to the tagger and parser as the proper nouns they are.

The small English model reads a capitalised name it never saw by its spelling: "ECOWAS" ends like
"was" and is tagged a verb, so "ECOWAS imposed sanctions on Niger" loses its subject and its act.
The model's words are embedded from four features of each word (its normal form, first letter,
last three letters and shape). For the all-capital names of our actor tables we give the first
three those of "NATO", an acronym the model knows as a name; the shape (XXXX) and the text stay
the word's own, so nothing downstream sees a different string. Names of three letters or fewer
("UN", "EU", "US") are left as they are: the model knows them; not those spelt like a common word
("WHO", read as the pronoun "who").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

TEMPLATE = "NATO"
KNOWN_SHORT = frozenset({"US"})  # spelt like "us", but the model reads the country's name well


def acronyms(surfaces: Iterable[str]) -> list[str]:
    """The all-capital, all-letter names of four letters or more among ``surfaces``, and the
    shorter ones spelt like a common English word ("WHO" is read as "who", a pronoun)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return sorted({s for s in surfaces if s.isalpha() and s.isupper() and (
        len(s) >= 4 or len(s) > 1 and s.lower() in STOP_WORDS and s not in KNOWN_SHORT)})


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
