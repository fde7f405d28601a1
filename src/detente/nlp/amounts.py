"""Mark amounts of money the small English model leaves unlabelled: "50 million euros" comes out
as a CARDINAL and a plain noun, so the event rules would not know it is money ("pledged 50
million euros to Somalia" is aid). A pipeline component after the entity recognizer; the
currency words are in ``data/lexicons/currencies.csv``."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..data import DATA_DIR, read_csv
from ..errors import DataError
from .wordforms import WordForms

CURRENCIES_PATH = DATA_DIR / "lexicons" / "currencies.csv"


@lru_cache(maxsize=1)
def currency_words() -> frozenset[str]:
    words = set()
    for n, row in enumerate(read_csv(CURRENCIES_PATH), 1):
        word = row.get("word", "").strip().lower()
        if not word or not row.get("code", "").strip():
            raise DataError(f"[DT405] {CURRENCIES_PATH}, row {n}: word and code are both needed. Fix the row.")
        words.add(word)
    return frozenset(words)


class Amounts:
    def __init__(self) -> None:
        self._forms = WordForms(currency_words())

    def __call__(self, doc: Doc) -> Doc:
        found = []
        for i in self._forms.positions(doc):
            tok = doc[int(i)]
            if tok.ent_type_ == "MONEY" or tok.i == 0 or tok.pos_ == "VERB":
                continue
            prev = doc[tok.i - 1]
            if not (prev.like_num or prev.ent_type_ == "CARDINAL"):
                continue
            start = prev.i
            while start > 0 and (doc[start - 1].like_num or doc[start - 1].ent_type_ == "CARDINAL"):
                start -= 1  # "1.5 billion", "about 20 million"
            found.append(Span(doc, start, tok.i + 1, label="MONEY"))
        if found:
            starts = {i for s in found for i in range(s.start, s.end)}
            # An entity the new amount cuts into (the CARDINAL "50 million") gives way to it.
            kept = [e for e in doc.ents if not any(i in starts for i in range(e.start, e.end))]
            doc.ents = filter_spans(kept + found)
        return doc


@Language.factory("detente_amounts_v1")
def _make_amounts(nlp: Language, name: str) -> Amounts:
    return Amounts()


def add_amounts(nlp: Language) -> None:
    """Put the amounts right after the entity recognizer; a pipeline without one is left alone."""
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("detente_amounts_v1", name="amounts", after="ner")
