"""The event trigger lexicon: JSONL files under data/lexicons/events/, one per CAMEO root.

Each entry says which word (lemma + part of speech, optionally a particle and the objects it
needs) signals which CAMEO code, and where to look for the target. See data/lexicons/README.md.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..data import DATA_DIR, read_csv
from ..errors import DataError
from .cameo import cameo_table

LEXICON_DIR = DATA_DIR / "lexicons" / "events"
OBJECT_LISTS = DATA_DIR / "lexicons" / "object_lists.json"


def read_object_lists(path: Path = OBJECT_LISTS) -> dict[str, frozenset[str]]:
    """Named word lists ("@relief") that entries may use in `object`."""
    if not path.exists():
        return {}
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {name: frozenset(w.lower() for w in words) for name, words in raw.items() if not name.startswith("_")}


def _objects(items: list[str], lists: dict[str, frozenset[str]]) -> frozenset[str]:
    out: set[str] = set()
    for item in items:
        item = item.lower()
        if item.startswith("@"):
            if item[1:] not in lists:
                raise ValueError(f"unknown object list {item!r} (lists: {', '.join(sorted(lists))}; see {OBJECT_LISTS.name})")
            out |= lists[item[1:]]
        else:
            out.add(item)
    return frozenset(out)


def _mode(raw: dict) -> str | None:
    value = raw.get("plover_mode")
    if value is None:
        return None
    if not isinstance(value, str) or not re.fullmatch(r"[a-z][a-z_-]*", value):
        raise ValueError(f"plover_mode must be a lowercase word such as \"cyber\", not {value!r}")
    return value


def _flag(raw: dict, key: str) -> bool:
    value = raw.get(key, False)
    if not isinstance(value, bool):
        raise ValueError(f"{key} must be true or false, not {value!r}")
    return value


@dataclass(frozen=True)
class Entry:
    code: str
    name: str
    lemma: str
    pos: str  # VERB | NOUN
    particle: str | None = None
    object: frozenset[str] = frozenset()
    target_prep: tuple[str, ...] = ()
    reciprocal: bool = False
    complement_aux: frozenset[str] = frozenset()  # "said X must go": a modal in the clausal complement
    complement_pred: frozenset[str] = frozenset()  # "said X was responsible": the complement's predicate
    complement_clause: bool = False  # "charged that X had rigged the vote": any clause with a subject
    # True: only with a to-infinitive ("called on X to act", an appeal); False: only without one
    # ("called on the president", a visit); None: either
    infinitive: bool | None = None
    # PLOVER's mode where the CAMEO code has none for it: "cyber" for a cyberattack (CAMEO 170)
    plover_mode: str | None = None
    example: str = ""
    where: str = ""  # file:line, for messages and the `coder` field

    @property
    def specificity(self) -> int:
        return (2 if self.object or self.takes_complement or self.infinitive is not None else 0) + (1 if self.particle else 0)

    @property
    def takes_complement(self) -> bool:
        return bool(self.complement_aux or self.complement_pred or self.complement_clause)


class Lexicon:
    """Entries indexed by (lemma, pos)."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self._by_key: dict[tuple[str, str], list[Entry]] = defaultdict(list)
        for e in entries:
            self._by_key[(e.lemma, e.pos)].append(e)
        for key in self._by_key:
            self._by_key[key].sort(key=lambda e: -e.specificity)
        self.lemmas = frozenset(e.lemma for e in entries)

    def candidates(self, lemma: str, pos: str) -> list[Entry]:
        return self._by_key.get((lemma, pos), [])

    @classmethod
    def from_dir(cls, path: Path = LEXICON_DIR) -> "Lexicon":
        table = cameo_table()
        own = path.parent / OBJECT_LISTS.name  # a lexicon folder of one's own may bring its own lists
        lists = read_object_lists(own if own.exists() else OBJECT_LISTS)
        entries: list[Entry] = []
        files = sorted(path.glob("*.jsonl"))
        if not files:
            raise DataError(f"[DT402] No lexicon files (*.jsonl) in {path}. Reinstall detente or pass a folder of lexicon files.")
        for file in files:
            for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip() or line.lstrip().startswith("//"):
                    continue
                where = f"{file.name}:{n}"
                try:
                    raw = json.loads(line)
                    code = str(raw["code"])
                    if code not in table:
                        raise ValueError(f"unknown CAMEO code {code!r}")
                    entries.append(
                        Entry(
                            code=code,
                            name=raw.get("name", table[code].name),
                            lemma=str(raw["lemma"]).lower(),
                            pos=str(raw.get("pos", "VERB")).upper(),
                            particle=(raw.get("particle") or None),
                            object=_objects(raw.get("object", []), lists),
                            target_prep=tuple(raw.get("target_prep", [])),
                            reciprocal=bool(raw.get("reciprocal", False)),
                            complement_aux=frozenset(a.lower() for a in raw.get("complement_aux", [])),
                            complement_pred=frozenset(a.lower() for a in raw.get("complement_pred", [])),
                            complement_clause=_flag(raw, "complement_clause"),
                            infinitive=_flag(raw, "infinitive") if "infinitive" in raw else None,
                            plover_mode=_mode(raw),
                            example=raw.get("example", ""),
                            where=where,
                        )
                    )
                except (ValueError, KeyError, TypeError) as exc:
                    raise DataError(f"[DT403] Bad lexicon entry at {where}: {exc}. Fix the line (see data/lexicons/README.md).") from exc
        return cls(entries)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return Lexicon.from_dir()


@lru_cache(maxsize=1)
def contexts_table() -> dict[str, str]:
    """keyword (lowercase lemma or phrase) -> PLOVER context."""
    path = DATA_DIR / "lexicons" / "contexts.csv"
    if not path.exists():
        return {}
    return {row["keyword"].lower(): row["context"] for row in read_csv(path) if row.get("keyword")}
