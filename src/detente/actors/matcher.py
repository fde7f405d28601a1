"""Find actor words in a parsed Doc: one PhraseMatcher over every surface string of the
actor tables. Matching only; what a phrase means is decided in ``actors.coding``."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .tables import ADJECTIVE_SENSES, CASE_SENSITIVE, ActorRecord, ActorTables, fold


@dataclass(frozen=True)
class ActorMatch:
    start: int  # token index
    end: int  # token index, exclusive
    key: str  # folded surface string
    records: tuple[ActorRecord, ...]

    def first(self, *kinds: str) -> ActorRecord | None:
        for r in self.records:
            if r.kind in kinds:
                return r
        return None


class ActorMatcher:
    def __init__(self, vocab: Vocab, tables: ActorTables) -> None:
        self.tables = tables
        self._lower = PhraseMatcher(vocab, attr="LOWER")
        self._orth = PhraseMatcher(vocab, attr="ORTH")
        from spacy.lang.en import English

        tokenizer = English().tokenizer  # patterns need tokens only; this avoids a parse per pattern
        lower_docs, orth_docs = [], []
        for key, recs in tables.entries.items():
            case_sensitive = any(r.case_sensitive for r in recs) or key in CASE_SENSITIVE
            for surface in tables.surfaces.get(key, {key}):
                if case_sensitive:
                    if surface != key or surface.isupper():
                        orth_docs.append(tokenizer(surface))
                else:
                    lower_docs.append(tokenizer(surface))
        self._lower.add("ACTOR", lower_docs)
        self._orth.add("ACTOR", orth_docs)

    def __call__(self, doc: Doc) -> list[ActorMatch]:
        spans = [(s, e) for _, s, e in self._lower(doc)] + [(s, e) for _, s, e in self._orth(doc)]
        # Longest match wins; ties go to the leftmost.
        spans.sort(key=lambda se: (-(se[1] - se[0]), se[0]))
        taken = [False] * len(doc)
        out: list[ActorMatch] = []
        for s, e in spans:
            if any(taken[s:e]):
                continue
            key = fold(doc[s:e].text)
            recs = self.tables.entries.get(key)
            if not recs:
                continue
            if e - s == 1 and key in ADJECTIVE_SENSES and doc[s].pos_ == "ADJ" and doc[s].dep_ == "amod":
                continue  # "a general strike": an adjective, not an officer
            for i in range(s, e):
                taken[i] = True
            out.append(ActorMatch(s, e, key, tuple(recs)))
        out.sort(key=lambda m: m.start)
        return out

    def index(self, doc: Doc) -> dict[int, ActorMatch]:
        """Token index -> the match covering it."""
        out: dict[int, ActorMatch] = {}
        for m in self(doc):
            for i in range(m.start, m.end):
                out[i] = m
        return out
