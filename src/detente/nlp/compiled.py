"""Faster stand-ins for two rule-based components of spaCy's English pipelines, with the same output.

``attribute_ruler`` runs a generic Matcher with ~180 token patterns over every token and then
sets attributes one Span at a time; ``lemmatizer`` builds a MorphAnalysis per token to find
its cache key. Together they cost about a seventh of a full ``en_core_web_sm`` parse. Their
rules only look at a token's TAG, LOWER, DEP, ... so the answer for a token is a function of
those few values: we compute it once per distinct combination and write whole columns back
with ``Doc.from_array``. Values no rule names (most words) share one cache entry, so the
cache stays small and warms up in a few articles.

  detente_compiled_attribute_ruler_v1   same patterns, same precedence (later rules win)
  detente_cached_lemmatizer_v1          same lemmas (misses go to the wrapped lemmatizer)

``compile_pipeline(nlp)`` adds them after the stock components and disables those (they stay
loaded, and ``nlp.enable_pipe`` brings them back). A pattern the compiler does not understand
leaves the stock component in place. tests/nlp/test_compiled.py checks token-for-token
equality with the stock pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, NORM, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

# Token attributes a compiled pattern may test, with how to read the value back as the
# Matcher sees it (strings for string attributes, booleans for flags).
_READABLE = {"TAG": TAG, "LOWER": LOWER, "ORTH": ORTH, "NORM": NORM, "DEP": DEP, "IS_SPACE": IS_SPACE}
_FLAGS = {"IS_SPACE"}
_WRITABLE = {POS, TAG, MORPH, LEMMA, DEP}

Predicate = Callable[[Any], bool]
OTHER = 2**64 - 1  # stands for every value no rule names (a hash no string has in practice)
OTHER_TEXT = "\x00other"


class NotCompilable(ValueError):
    """A pattern uses a feature the compiler does not handle; keep the stock component."""


def _predicate(attr: str, spec: Any) -> Predicate:
    if isinstance(spec, dict):
        if len(spec) != 1:
            raise NotCompilable(f"{attr}: {spec}")
        (op, arg), = spec.items()
        if op == "IN":
            s = frozenset(arg)
            return _accepting(s, lambda v: v in s)
        if op == "NOT_IN":
            s = frozenset(arg)
            return lambda v: v not in s
        if op == "REGEX":
            rx = re.compile(arg)
            return lambda v: isinstance(v, str) and rx.search(v) is not None
        raise NotCompilable(f"{attr}: {op}")
    if isinstance(spec, bool):
        if attr not in _FLAGS:
            raise NotCompilable(f"{attr}: {spec}")
        return lambda v: v is spec
    if isinstance(spec, str):
        if attr in _FLAGS:
            raise NotCompilable(f"{attr}: {spec}")
        return _accepting(frozenset((spec,)), lambda v: v == spec)
    raise NotCompilable(f"{attr}: {spec!r}")


def _accepting(values: frozenset[str], test: Predicate) -> Predicate:
    """Mark a predicate with the only (string) values it accepts, for indexing."""
    test.values = values  # type: ignore[attr-defined]
    return test


class _TokenSpec:
    """One token of a Matcher pattern: all predicates must hold."""

    def __init__(self, spec: dict[str, Any], names: list[str]) -> None:
        if not spec:
            raise NotCompilable("empty token pattern")
        self.tests: list[tuple[int, Predicate]] = []
        for attr, value in spec.items():
            name = attr.upper() if isinstance(attr, str) else None
            if name not in _READABLE:
                raise NotCompilable(f"attribute {attr}")
            self.tests.append((names.index(name), _predicate(name, value)))

    def __call__(self, values: tuple[Any, ...]) -> bool:
        return all(test(values[k]) for k, test in self.tests)

    def required(self) -> list[tuple[int, str]] | None:
        """(column, value) pairs one of which any matching token must have, or None."""
        for k, test in self.tests:
            need = getattr(test, "values", None)
            if need is not None:
                return [(k, v) for v in need]
        return None


class CompiledAttributeRuler:
    """Applies an AttributeRuler's patterns with per-value caching instead of a Matcher."""

    def __init__(self, ruler: Any) -> None:
        self.vocab = ruler.vocab
        self.stock = ruler
        self._singles: list[tuple[int, _TokenSpec, dict[int, int]]] = []
        self._multis: list[tuple[int, list[_TokenSpec], int, dict[int, int]]] = []
        patterns = _patterns(ruler)
        used = {str(a).upper() for p in patterns for alt in p for t in alt for a in t}
        if used - set(_READABLE):
            raise NotCompilable(f"attributes {sorted(used - set(_READABLE))}")
        # Only the attributes the patterns test make up a token's cache key.
        self._names = [n for n in _READABLE if n in used]
        for rule, (pattern, attrs, index) in enumerate(zip(patterns, ruler.attrs, ruler.indices)):
            if any(a not in _WRITABLE for a in attrs):
                raise NotCompilable(f"rule {rule} writes {sorted(attrs)}")
            for alternative in pattern:
                specs = [_TokenSpec(t, self._names) for t in alternative]
                if len(specs) == 1:
                    if index not in (0, -1):
                        raise NotCompilable(f"rule {rule}: index {index}")
                    self._singles.append((rule, specs[0], attrs))
                else:
                    if not -len(specs) <= index < len(specs):
                        raise NotCompilable(f"rule {rule}: index {index}")
                    self._multis.append((rule, specs, index % len(specs), attrs))
        self._columns = [_READABLE[n] for n in self._names]
        # Index single-token rules by a value they require (TAG or LOWER equal to / in a set),
        # so a new combination of values is checked against a handful of rules, not all.
        self._by_value: dict[tuple[int, str], list[int]] = {}
        self._always: list[int] = []
        for n, (_, spec, _) in enumerate(self._singles):
            keys = spec.required()
            if keys is None:
                self._always.append(n)
            for k in keys or ():
                self._by_value.setdefault(k, []).append(n)
        self._strings = self.vocab.strings
        self._mentioned: dict[str, set[str]] = {n: set() for n in self._names}
        self._regexes: dict[str, list[re.Pattern[str]]] = {n: [] for n in self._names}
        for p in patterns:
            for alt in p:
                for tok in alt:
                    for attr, spec in tok.items():
                        _mention(str(attr).upper(), spec, self._mentioned, self._regexes)
        if any(rx.search(OTHER_TEXT) for rxs in self._regexes.values() for rx in rxs):
            raise NotCompilable("a REGEX pattern matches the placeholder for other values")
        self._canon_maps: list[dict[int, int]] = [{} for _ in self._names]
        self._cache: dict[tuple[int, ...], tuple[dict[int, int], list[tuple[int, int]], tuple[Any, ...]]] = {}

    def _entry(self, key: tuple[int, ...]) -> tuple[dict[int, int], list[tuple[int, int]], tuple[Any, ...]]:
        """For one combination of attribute values: the merged attributes of the matching
        single-token rules, the (multi-rule, position) specs it satisfies, and the values."""
        values = tuple(bool(v) if n in _FLAGS else OTHER_TEXT if v == OTHER else self._strings[v] if v else ""
                       for n, v in zip(self._names, key))
        merged: dict[int, int] = {}
        for _, attrs in self._single_matches(values):
            merged.update(attrs)
        firsts = [(m, k) for m, (_, specs, _, _) in enumerate(self._multis)
                  for k, spec in enumerate(specs) if spec(values)]
        entry = (merged, firsts, values)
        if len(self._cache) < 200_000:
            self._cache[key] = entry
        return entry

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        # Per token, the values the rules can tell apart (others become OTHER), then the
        # distinct combinations in this doc; rules are looked up once per combination.
        cols = doc.to_array(self._columns).reshape(n, -1)
        canon = np.empty_like(cols)
        for c in range(cols.shape[1]):
            uniq, inv = np.unique(cols[:, c], return_inverse=True)
            cmap = self._canon_maps[c]
            mapped = [cmap.get(v) for v in uniq.tolist()]
            mapped = [m if m is not None else self._canon(c, v) for m, v in zip(mapped, uniq.tolist())]
            canon[:, c] = np.asarray(mapped, dtype=np.uint64)[inv.reshape(-1)]
        ukeys, kinv = np.unique(canon, axis=0, return_inverse=True)
        kinv = kinv.reshape(-1)
        cache = self._cache
        entries = [cache.get(k) or self._entry(k) for k in map(tuple, ukeys.tolist())]
        out = doc.to_array([POS, TAG, MORPH, LEMMA])
        changed = False
        for j, attr in enumerate((POS, TAG, MORPH, LEMMA)):
            has = np.fromiter((attr in e[0] for e in entries), dtype=bool, count=len(entries))
            if not has.any():
                continue
            vals = np.fromiter((e[0].get(attr, 0) for e in entries), dtype=np.uint64, count=len(entries))
            mask = has[kinv]
            out[mask, j] = vals[kinv][mask]
            changed = True
        dep_sets: list[tuple[int, int]] = []
        for u, e in enumerate(entries):
            if DEP in e[0]:
                dep_sets += [(i, e[0][DEP]) for i in np.flatnonzero(kinv == u).tolist()]
        # Multi-token patterns (rare): the tokens they hit get all their rules merged again.
        if self._multis:
            starts = [u for u, e in enumerate(entries) if any(k == 0 for _, k in e[1])]
            extra: dict[int, list[tuple[int, dict[int, int]]]] = {}
            for i in (np.flatnonzero(np.isin(kinv, starts)).tolist() if starts else ()):
                for m, k in entries[kinv[i]][1]:
                    rule, specs, index, attrs = self._multis[m]
                    if k != 0 or i + len(specs) > n:
                        continue
                    if all((m, j) in entries[kinv[i + j]][1] for j in range(1, len(specs))):
                        extra.setdefault(i + index, []).append((rule, attrs))
            for i, rules in extra.items():
                merged = self._merge_with(entries[kinv[i]][2], rules)
                for j, attr in enumerate((POS, TAG, MORPH, LEMMA)):
                    if attr in merged:
                        out[i, j] = merged[attr]
                        changed = True
                if DEP in merged:
                    dep_sets.append((i, merged[DEP]))
        if changed:
            doc.from_array([POS, TAG, MORPH, LEMMA], out)
        for i, value in dep_sets:
            doc[i].dep = value
        return doc

    def _canon(self, column: int, value: int) -> int:
        """``value`` itself if some rule can tell it from others, else OTHER."""
        name = self._names[column]
        if name in _FLAGS:
            keep = True
        else:
            text = self._strings[value] if value else ""
            keep = text in self._mentioned[name] or any(rx.search(text) for rx in self._regexes[name])
        result = value if keep else OTHER
        if len(self._canon_maps[column]) < 500_000:
            self._canon_maps[column][value] = result
        return result

    def _single_matches(self, values: tuple[Any, ...]) -> list[tuple[int, dict[int, int]]]:
        """The single-token rules that match, as (rule number, attributes), in rule order."""
        cands = set(self._always)
        for k, v in enumerate(values):
            cands.update(self._by_value.get((k, v), ()) if isinstance(v, str) else ())
        out = []
        for n in sorted(cands):
            rule, spec, attrs = self._singles[n]
            if spec(values):
                out.append((rule, attrs))
        return sorted(out, key=lambda ra: ra[0])

    def _merge_with(self, values: tuple[Any, ...], extra: list[tuple[int, dict[int, int]]]) -> dict[int, int]:
        rules = self._single_matches(values) + extra
        merged: dict[int, int] = {}
        for _, attrs in sorted(rules, key=lambda ra: ra[0]):
            merged.update(attrs)
        return merged


def _mention(name: str, spec: Any, mentioned: dict[str, set[str]], regexes: dict[str, list[re.Pattern[str]]]) -> None:
    """Record the string values (and regexes) a pattern compares attribute ``name`` with."""
    if isinstance(spec, str):
        mentioned[name].add(spec)
    elif isinstance(spec, dict):
        for op, arg in spec.items():
            if op in ("IN", "NOT_IN"):
                mentioned[name].update(str(a) for a in arg)
            elif op == "REGEX":
                regexes[name].append(re.compile(arg))


def _patterns(ruler: Any) -> list[list[list[dict[str, Any]]]]:
    return [ruler.matcher.get(str(i))[1] for i in range(len(ruler.attrs))]


class CachedLemmatizer:
    """Wraps a spaCy Lemmatizer: one call per distinct (word, POS, morphology), not per token."""

    def __init__(self, lemmatizer: Any) -> None:
        if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
            raise NotCompilable("only a rule-mode lemmatizer that keeps existing lemmas")
        self.stock = lemmatizer
        self.vocab = lemmatizer.vocab
        self._cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if not self.stock._validated:
            self.stock._validate_tables()
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        todo = np.flatnonzero(arr[:, 3] == 0)
        if not len(todo):
            return doc
        cache = self._cache
        strings = self.vocab.strings
        lemmas = arr[:, 3].copy()
        rows = arr[todo, :3].tolist()
        for i, key in zip(todo.tolist(), map(tuple, rows)):
            h = cache.get(key)
            if h is None:
                h = strings.add(self.stock.lemmatize(doc[i])[0])
                if len(cache) < 500_000:
                    cache[key] = h
            lemmas[i] = h
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


@Language.factory("detente_compiled_attribute_ruler_v1", default_config={"source": "attribute_ruler"})
def _make_ruler(nlp: Language, name: str, source: str) -> CompiledAttributeRuler:
    return CompiledAttributeRuler(nlp.get_pipe(source))


@Language.factory("detente_cached_lemmatizer_v1", default_config={"source": "lemmatizer"})
def _make_lemmatizer(nlp: Language, name: str, source: str) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.get_pipe(source))


def compile_pipeline(nlp: Language) -> list[str]:
    """Swap the stock attribute_ruler and lemmatizer for their compiled twins, in place.
    Returns the names of the components swapped (none when a pattern is not understood)."""
    swapped = []
    for stock, factory in (("attribute_ruler", "detente_compiled_attribute_ruler_v1"),
                           ("lemmatizer", "detente_cached_lemmatizer_v1")):
        if stock not in nlp.pipe_names:
            continue
        try:
            nlp.add_pipe(factory, name=f"{stock}_compiled", after=stock, config={"source": stock})
        except NotCompilable:
            continue
        nlp.disable_pipe(stock)
        swapped.append(stock)
    return swapped


__all__ = ["CachedLemmatizer", "CompiledAttributeRuler", "NotCompilable", "compile_pipeline"]
