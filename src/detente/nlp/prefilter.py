"""Which part of an article needs parsing at all: a cheap test on the tokenizer's output.

An event needs a trigger, a word whose lemma is in the event lexicon. Before the parser, we
know each token's lower-case form; the lemma the pipeline will give it is either that form,
an inflection undone by the lemmatizer's suffix rules, an irregular form from its exception
table, or a lemma the attribute ruler assigns. ``TriggerWords`` inverts those tables once,
giving every word form that could end up with a lexicon lemma, as a hash set.

What can be skipped without changing any event:

* whole chunks (paragraphs) after the last chunk holding a possible trigger: chunks are parsed
  on their own, and article memory (who "he" is) only flows forward, into sentences that
  have no trigger;
* inside the last such chunk, the sentences after the one holding its last possible trigger,
  keeping ``margin`` tokens of whole sentences after it, so that the parser and the entity
  recogniser see the same neighbourhood. ``Coder.code_articles`` re-parses the whole chunk
  when the parser's sentence runs into that margin (``Prefilter.confirm``).

Earlier sentences are never skipped: a sentence without a trigger can still teach the article
memory a name or a country, and the number of sentences before an event is its
``sentence_index``. On news text the saving is therefore modest (see docs/PERFORMANCE.md).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np
from spacy.strings import hash_string
from spacy.tokens import Doc

from .wordforms import WordForms, lower_hashes

SENT_END = frozenset({".", "!", "?", "...", "…", "!?", "?!"})
CLOSERS = frozenset({'"', "'", ")", "]", "”", "’", "»"})


class TriggerWords:
    """Every lower-case word form whose lemma could be one of ``lemmas``."""

    def __init__(self, nlp: Any, lemmas: frozenset[str]) -> None:
        forms: set[str] = set(lemmas)
        self.complete = True
        lemmatizer = _component(nlp, "lemmatizer")
        if lemmatizer is not None:
            rules = lemmatizer.lookups.get_table("lemma_rules", {})
            exc = lemmatizer.lookups.get_table("lemma_exc", {})
            for table in rules.values():
                for old, new in table:
                    for lemma in lemmas:
                        if lemma.endswith(new):
                            forms.add(lemma[: len(lemma) - len(new)] + old)
            for table in exc.values():
                for word, lems in table.items():
                    if any(lem in lemmas for lem in lems):
                        forms.add(word.lower())
        fixes = _component(nlp, "lemma_fixes")
        if fixes is not None:  # "raped" is given the lemma rape after the lemmatizer
            forms.update(form for form, by_pos in fixes.table.items() if set(by_pos.values()) & lemmas)
        ruler = _component(nlp, "attribute_ruler")
        if ruler is not None:
            self.complete = _ruler_forms(ruler, lemmas, forms)
        self._index = WordForms(forms)
        self._hyphen = hash_string("-")
        self.forms = self._index.forms

    def positions(self, doc: Doc) -> np.ndarray:
        """Indices of the tokens of ``doc`` that could be triggers. A word the tokenizer split at
        its hyphen ("sit-in" -> sit, -, in) is looked up whole, as the event rules look it up,
        and found at its last part."""
        lower = lower_hashes(doc)
        found = self._index.positions_in(lower)
        joined = [i + 1 for i in np.flatnonzero(lower == self._hyphen)
                  if 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not doc[i].whitespace_
                  and doc[i - 1].lower_ + doc[i + 1].lower_ in self.forms]
        return np.union1d(found, np.asarray(joined, dtype=np.int64)) if joined else found


def _component(nlp: Any, name: str) -> Any:
    for n, proc in nlp.components:
        if n == name:
            return proc
    return None


def _ruler_forms(ruler: Any, lemmas: frozenset[str], forms: set[str]) -> bool:
    """Add the words the attribute ruler gives a lexicon lemma. False when a rule could give
    one to any word (no LOWER test we can read), so no word can be ruled out."""
    for i, attrs in enumerate(ruler._attrs_unnormed):
        lemma = attrs.get("LEMMA")
        if lemma is None or str(lemma).lower() not in lemmas:
            continue
        index = ruler.indices[i]
        for alternative in ruler.matcher.get(str(i))[1]:
            spec = alternative[index]
            low = spec.get("LOWER", spec.get("ORTH"))
            if isinstance(low, str):
                forms.add(low.lower())
            elif isinstance(low, dict) and set(low) == {"IN"}:
                forms.update(str(w).lower() for w in low["IN"])
            else:
                return False
    return True


class Prefilter:
    """Decides, per article, which chunks to parse and where to cut the last one."""

    def __init__(self, nlp: Any, lemmas: frozenset[str], *, margin: int = 12) -> None:
        self.words = TriggerWords(nlp, lemmas)
        self.margin = margin
        self.stats: Counter[str] = Counter()

    @property
    def active(self) -> bool:
        return self.words.complete

    def plan(self, docs: list[Doc]) -> tuple[list[int], int]:
        """For an article's tokenized chunks: how many tokens of each to parse (0 = skip), and
        the index, in the last kept chunk, of its last possible trigger (-1 if none)."""
        keep = [len(d) for d in docs]
        self.stats["chunks"] += len(docs)
        self.stats["tokens"] += sum(keep)
        if not self.active:
            return keep, -1
        last_chunk, last_tok = -1, -1
        for k in range(len(docs) - 1, -1, -1):
            pos = self.words.positions(docs[k])
            if len(pos):
                last_chunk, last_tok = k, int(pos[-1])
                break
        for k in range(last_chunk + 1, len(docs)):
            keep[k] = 0
        if last_chunk >= 0:
            keep[last_chunk] = self.cut(docs[last_chunk], last_tok)
        self.stats["chunks_skipped"] += sum(1 for k in keep if k == 0)
        self.stats["tokens_skipped"] += sum(len(d) - k for d, k in zip(docs, keep))
        return keep, last_tok

    def cut(self, doc: Doc, last: int) -> int:
        """Tokens to keep: through the sentence holding token ``last``, then whole sentences
        until ``margin`` more tokens are kept; all of ``doc`` if no such boundary exists."""
        end = _sentence_end(doc, last)
        if end is None:
            return len(doc)
        stop = end
        while stop - end < self.margin:
            nxt = _sentence_end(doc, stop)
            if nxt is None:
                return len(doc)
            stop = nxt
        return stop

    def confirm(self, doc: Doc, last: int) -> bool:
        """After parsing a cut chunk: does the parser's sentence holding the last possible
        trigger end well before the cut? If not, the caller parses the whole chunk."""
        if last < 0 or last >= len(doc):
            return True
        ok = doc[last].sent.end <= len(doc) - self.margin // 2
        if not ok:
            self.stats["reparsed"] += 1
        return ok


def _sentence_end(doc: Doc, start: int) -> int | None:
    """Index just after the first sentence-final punctuation at or after ``start`` (with the
    quotes and brackets closing it), or None if there is no such token before the end."""
    n = len(doc)
    i = start
    while i < n:
        if doc[i].text in SENT_END:
            i += 1
            while i < n and doc[i].text in CLOSERS:
                i += 1
            return i if i < n else None
        i += 1
    return None


__all__ = ["Prefilter", "TriggerWords"]
