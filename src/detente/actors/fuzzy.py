"""Misspelt country words: "Kazahks", "Phillipines", "Dehli".

Scraped news has typos that no table lists. A word that is not in the tables but lies one edit
(insertion, deletion, substitution or swap of neighbours) from exactly one country name,
adjective, demonym or capital takes that country. Only words of 6 letters or more are tried, and
a candidate shared by two countries is dropped, so short or ambiguous words never match.
The index is the symmetric-delete method: every word and its one-letter deletions are keys.
"""

from __future__ import annotations

MIN_LENGTH = 6


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def osa_distance(a: str, b: str) -> int:
    """Optimal-string-alignment edit distance (Levenshtein plus adjacent swaps)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


class FuzzyIndex:
    """Folded word -> country, answering for words one edit away from a known one."""

    def __init__(self, words: dict[str, str]) -> None:
        self.words = {w: c for w, c in words.items() if len(w) >= MIN_LENGTH - 1}
        self.keys: dict[str, set[str]] = {}
        for w in self.words:
            for k in _deletes(w) | {w}:
                self.keys.setdefault(k, set()).add(w)

    def lookup(self, word: str) -> str | None:
        if len(word) < MIN_LENGTH or word in self.words:
            return None
        cands: set[str] = set()
        for k in _deletes(word) | {word}:
            cands |= self.keys.get(k, set())
        countries = {self.words[c] for c in cands if osa_distance(word, c) == 1}
        return countries.pop() if len(countries) == 1 else None
