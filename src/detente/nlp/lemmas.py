"""Mend the few lemmas the small English model gets wrong for the event lexicon ("raped" ->
rap, "fined" -> fin, "staged" -> stag; "waters", a sea area, -> water), from
``data/lexicons/lemma_fixes.csv``, so the event lexicon can use the dictionary form. A pipeline
component after the lemmatizer; ``TriggerWords`` reads its table too, so the prefilter keeps
those forms."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..data import DATA_DIR, read_csv
from ..errors import DataError
from .wordforms import WordForms

FIXES_PATH = DATA_DIR / "lexicons" / "lemma_fixes.csv"


@lru_cache(maxsize=1)
def lemma_fixes() -> dict[str, dict[str, str]]:
    """lower-case form -> {part of speech -> lemma}."""
    table: dict[str, dict[str, str]] = {}
    for n, row in enumerate(read_csv(FIXES_PATH), 1):
        form, pos, lemma = row.get("form", "").lower(), row.get("pos", "").upper(), row.get("lemma", "").lower()
        if not (form and pos and lemma):
            raise DataError(f"[DT404] {FIXES_PATH}, row {n}: form, pos and lemma are all needed. Fix the row.")
        table.setdefault(form, {})[pos] = lemma
    return table


class LemmaFixes:
    def __init__(self) -> None:
        self.table = lemma_fixes()
        self._forms = WordForms(self.table)

    def __call__(self, doc: Doc) -> Doc:
        for i in self._forms.positions(doc):
            tok = doc[int(i)]
            fix = self.table.get(tok.lower_, {})
            if tok.pos_ in fix:
                tok.lemma_ = fix[tok.pos_]
        return doc


@Language.factory("detente_lemma_fixes_v1")
def _make_lemma_fixes(nlp: Language, name: str) -> LemmaFixes:
    return LemmaFixes()


def add_lemma_fixes(nlp: Language) -> None:
    """Put the fixes right after the (last) lemmatizer, or at the end when there is none."""
    lemmatizers = [n for n in nlp.pipe_names if n.startswith("lemmatizer")]
    nlp.add_pipe("detente_lemma_fixes_v1", name="lemma_fixes", **({"after": lemmatizers[-1]} if lemmatizers else {}))
