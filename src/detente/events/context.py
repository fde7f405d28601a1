"""PLOVER contexts of a sentence: keywords from data/lexicons/contexts.csv, plus the context
the CAMEO->PLOVER mapping gives the event's code."""

from __future__ import annotations

from spacy.tokens import Span

from .lexicon import contexts_table


def contexts_for(sent: Span, code_context: str | None = None) -> list[str]:
    table = contexts_table()
    found: set[str] = set()
    if code_context:
        found.update(c.strip() for c in code_context.split(";") if c.strip())
    words = [t.lemma_.lower() for t in sent]
    lowers = [t.lower_ for t in sent]
    for i, w in enumerate(words):
        for key in (w, lowers[i]):
            if key in table:
                found.add(table[key])
        if i + 1 < len(words):
            for key in (f"{w} {words[i + 1]}", f"{lowers[i]} {lowers[i + 1]}"):
                if key in table:
                    found.add(table[key])
    return sorted(found)
