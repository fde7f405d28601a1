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


# -- long names spelt another way ------------------------------------------------------------
# Transliterated and misspelt names of organisations and people ("Ahlu Sunna Waljama'a" /
# "Ahlu Sunnah Wal-Jamaa", "Muammar Qaddafi" / "Gaddafi") differ by a few letters spread over a
# long string, beyond the one-edit rule above. Names are compared as letters only; a name of at
# least NAME_MIN_LETTERS letters matches a table name when rapidfuzz's normalised Indel similarity
# is at least NAME_MIN_SCORE and every name that close points to the same country.

NAME_MIN_LETTERS = 12
NAME_MIN_SCORE = 90.0


def letters(text: str) -> str:
    return "".join(c for c in text if c.isalpha())


class NameIndex:
    """Long actor names (folded) -> the table name a near spelling stands for."""

    def __init__(self, names: dict[str, tuple[str, int]]) -> None:
        # names: folded table name -> (country, number of words)
        self.names: dict[str, tuple[str, str, int]] = {}
        for name, (country, words) in names.items():
            key = letters(name)
            if len(key) >= NAME_MIN_LETTERS:
                self.names.setdefault(key, (name, country, words))
        self.keys = list(self.names)

    def lookup(self, name: str) -> str | None:
        """The folded table name ``name`` is a spelling of, or None."""
        from rapidfuzz import fuzz, process

        key = letters(name)
        if len(key) < NAME_MIN_LETTERS:
            return None
        words = len(name.split())
        hits = [self.names[k] for k, _, _ in process.extract(key, self.keys, scorer=fuzz.ratio,
                                                              score_cutoff=NAME_MIN_SCORE, limit=5)]
        hits = [h for h in hits if h[2] == words]  # "National Guard" is not "US National Guard"
        if not hits or len({h[1] for h in hits}) > 1:
            return None
        return hits[0][0]  # the closest (process.extract sorts best first)
