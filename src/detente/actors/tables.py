"""Actor knowledge: country names (from pycountry and country_converter, plus our own
demonyms, capitals and abbreviations), metonyms, international bodies, national
organisations, sector words and the person table. One loader for all of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..data import DATA_DIR, read_csv
from ..errors import DataError

if TYPE_CHECKING:
    from .fuzzy import FuzzyIndex, NameIndex

ACTOR_DIR = DATA_DIR / "actors"

# Words that name a country only when capitalised ("Turkey" the country, "turkey" the bird).
CASE_SENSITIVE = frozenset(
    {"us", "chad", "turkey", "georgia", "jordan", "niger", "guinea", "nauru", "mali", "togo",
     "wales", "may", "march", "who",
     "un", "eu", "ira", "it", "in", "is", "me", "am", "as", "at", "be", "do", "no", "so", "or",
     "an", "to", "we", "he", "pa", "ma", "ok", "co", "de", "la", "al", "dr", "ci", "cd", "ad",
     "bo", "er", "se", "mt", "ha", "pr", "id", "sa", "ps", "st", "ag", "ca", "nc", "ga", "sc",
     "the west",
     "nia", "cia", "ani", "sun", "post", "mint", "nation", "union", "congress", "washington",
     "polish", "poles", "swedes", "danes", "finns", "amal", "lega", "globo", "telegram"}
)

# Title words that, as an adjective before a noun, mean something else: "a general strike", "the
# general public" (a general is an officer; "Secretary General" and "General Milley" stay titles).
ADJECTIVE_SENSES = frozenset({"general", "public"})


def unaccented(text: str) -> str:
    """Accents stripped, case kept: 'Erdoğan' -> 'Erdogan'."""
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Lowercase and strip accents: 'Mélanie' -> 'melanie'."""
    return unaccented(text).lower().replace("’", "'")


# Kinds of body_descriptions.csv rows: which named bodies a description may stand for.
BODY_KINDS = frozenset({"international", "alliance", "armed"})
ARMED_SECTORS = frozenset({"REB", "PRM", "UAF", "SEP"})


@dataclass(frozen=True)
class ActorRecord:
    """What a surface string means. ``kind``: name, abbrev, adjective, demonym, capital,
    metonym, international, organization, person, title, noun, modifier."""

    kind: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    name: str | None = None
    start: date | None = None  # persons: term of office
    end: date | None = None
    case_sensitive: bool = False


def _parse_date(value: str, *, end: bool = False) -> date | None:
    value = value.strip()
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31) if end else date(parts[0], 1, 1)
    if len(parts) == 2:
        if end:
            nxt = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1)
        return date(parts[0], parts[1], 1)
    return date(parts[0], parts[1], parts[2])


class ActorTables:
    """Surface string (folded) -> list of ActorRecords."""

    def __init__(self) -> None:
        self.entries: dict[str, list[ActorRecord]] = {}
        self.surfaces: dict[str, set[str]] = {}  # folded key -> the spellings seen in the tables
        self._fuzzy: "FuzzyIndex | None" = None  # built on first use
        self._names: "NameIndex | None" = None
        self.halves: dict[str, list[str]] = {}  # "north" -> countries "the North" may stand for (halves.csv)
        self.descriptions: dict[str, list[str]] = {}  # "island" -> countries "the island" may stand for (descriptions.csv)
        # ("militant", "group") -> "armed": bodies "the militant group" may stand for (body_descriptions.csv)
        self.body_descriptions: dict[tuple[str, ...], str] = {}
        self.region_adjectives: dict[str, ActorRecord] = {}  # "Western" alone -> WST (region_adjectives.csv)
        self.short_names: dict[str, tuple[str, str]] = {}  # "congo" -> (COD, COG): default first (short_names.csv)
        # folded name -> story's country -> the body the name stands for there (story_senses.csv)
        self.story_senses: dict[str, dict[str, ActorRecord]] = {}

    def add(self, text: str, record: ActorRecord) -> None:
        text = text.strip()
        if not text:
            return
        key = fold(text)
        self.surfaces.setdefault(key, set()).update((text, key))
        recs = self.entries.setdefault(key, [])
        if record not in recs:
            recs.append(record)

    def get(self, text: str) -> list[ActorRecord]:
        return self.entries.get(fold(text), [])

    # -- loading -------------------------------------------------------------
    @classmethod
    def load(cls, folder: Path = ACTOR_DIR, *, persons: Path | None = None) -> "ActorTables":
        t = cls()
        t._load_country_names()
        loaders = {
            "countries.csv": t._load_countries,
            "metonyms.csv": t._load_metonyms,
            "regions.csv": t._load_metonyms,  # same columns: a region stands for its states
            "international.csv": t._load_international,
            "organizations.csv": t._load_organizations,
            "sectors.csv": t._load_sectors,
            "persons.csv": t._load_persons,
            "surnames.csv": t._load_surnames,  # after persons.csv: it names its people
            "halves.csv": t._load_halves,
            "descriptions.csv": t._load_descriptions,
            "body_descriptions.csv": t._load_body_descriptions,
            "short_names.csv": t._load_short_names,
            "region_adjectives.csv": t._load_region_adjectives,
            "story_senses.csv": t._load_story_senses,
        }
        for name, loader in loaders.items():
            path = folder / name
            if path.exists():
                loader(path)
        if persons is not None:
            if not persons.exists():
                raise DataError(f"[DT301] Person table {persons} not found. Pass a CSV with columns name,aliases,country,sector,role,start,end,source.")
            t._load_persons(persons)
        return t

    def _load_surnames(self, path: Path) -> None:
        """Bare names news uses alone ("Putin"), each for every row of a person in persons.csv;
        matched only capitalised, with or without accents."""
        for n, row in enumerate(_rows(path, ("surname", "name")), 2):
            recs = [r for r in self.get(row["name"]) if r.kind == "person" and r.name == row["name"]]
            if not row["surname"] or not recs:
                raise DataError(f"[DT304] {path.name} row {n}: {row['name']!r} is no name in the person table "
                                "(or the row has no surname). Use a name as persons.csv spells it.")
            for surface in dict.fromkeys((row["surname"], unaccented(row["surname"]))):
                for rec in recs:
                    self.add(surface, replace(rec, case_sensitive=True))

    def _load_halves(self, path: Path) -> None:
        for row in _rows(path, ("word", "country")):
            self.halves.setdefault(fold(row["word"]), []).append(row["country"].strip())

    def _load_descriptions(self, path: Path) -> None:
        for n, row in enumerate(_rows(path, ("word", "country")), 2):
            word, code = row["word"].strip().lower(), row["country"].strip()
            if not word or len(code) != 3 or not code.isupper():
                raise DataError(f"[DT306] {path.name} row {n}: needs a word and an ISO3 country code (word,country,note).")
            self.descriptions.setdefault(word, []).append(code)

    def _load_body_descriptions(self, path: Path) -> None:
        for n, row in enumerate(_rows(path, ("text", "kind")), 2):
            words, kind = tuple(row["text"].lower().split()), row["kind"].strip()
            if not words or kind not in BODY_KINDS:
                raise DataError(f"[DT307] {path.name} row {n}: needs a text and a kind, one of {', '.join(sorted(BODY_KINDS))}.")
            self.body_descriptions[words] = kind

    def _load_region_adjectives(self, path: Path) -> None:
        """A region's adjective as a whole actor phrase ("Western" in "Western sanctions"); kept
        apart from the matcher, so it never colours a longer phrase ("Western Ukraine")."""
        for n, row in enumerate(_rows(path, ("text", "country")), 2):
            text, code = row["text"].strip(), row["country"].strip()
            if not text or len(code) != 3:
                raise DataError(f"[DT303] {path.name} row {n} has no text or no three-letter region code. "
                                "See data/actors/README.md for the columns.")
            self.region_adjectives[text] = ActorRecord("metonym", country=code, code=code, name=row.get("name") or None)

    def _load_short_names(self, path: Path) -> None:
        """A name two countries share ("Congo"): the country it stands for alone, then the other."""
        for n, row in enumerate(_rows(path, ("text", "country", "other")), 2):
            pair = (row["country"].strip().upper(), row["other"].strip().upper())
            if not row["text"] or not all(len(iso) == 3 for iso in pair):
                raise DataError(f"[DT305] {path.name} row {n}: needs a name and two ISO3 codes (text,country,other).")
            self.short_names[fold(row["text"])] = pair
            self.add(row["text"], ActorRecord("name", country=pair[0], code=pair[0]))

    def _load_story_senses(self, path: Path) -> None:
        for n, row in enumerate(_rows(path, ("text", "story_country", "country", "sector")), 2):
            if not row["text"] or not row["story_country"]:
                raise DataError(f"[DT303] {path.name} row {n} has no text or no story_country. "
                                "See data/actors/README.md for the columns.")
            self.story_senses.setdefault(fold(row["text"]), {})[row["story_country"]] = ActorRecord(
                "organization", country=row["country"].strip() or None, sector=row["sector"].strip() or None,
                name=row.get("name") or None)

    def story_senses_of(self, text: str) -> dict[str, ActorRecord]:
        """What a bare name ("the Congress") stands for, by the country of the story it is in
        (``story_senses.csv``); empty for a name the table does not list."""
        return self.story_senses.get(fold(text).removeprefix("the "), {})

    def _load_country_names(self) -> None:
        import country_converter as coco
        import pycountry

        for c in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(c, attr, None)
                if value:
                    self.add(value, ActorRecord("name", country=c.alpha_3, code=c.alpha_3))
                    if ", " in value:  # "Iran, Islamic Republic of" -> "Islamic Republic of Iran"
                        a, b = value.split(", ", 1)
                        self.add(f"{b} {a}", ActorRecord("name", country=c.alpha_3, code=c.alpha_3))
        data = coco.CountryConverter().data
        for _, row in data.iterrows():
            iso3 = row["ISO3"]
            if isinstance(iso3, str) and len(iso3) == 3 and isinstance(row["name_short"], str):
                self.add(row["name_short"], ActorRecord("name", country=iso3, code=iso3))

    def _load_countries(self, path: Path) -> None:
        for row in _rows(path, ("iso3", "text", "kind")):
            kind = row["kind"] or "name"
            iso3 = row["iso3"].upper()
            sector = "GOV" if kind in ("capital", "seat") else None
            cs = kind == "abbrev" or fold(row["text"]) in CASE_SENSITIVE
            self.add(row["text"], ActorRecord(kind, country=iso3, sector=sector, code=iso3 + (sector or ""), case_sensitive=cs))

    def _load_metonyms(self, path: Path) -> None:
        for row in _rows(path, ("text", "country", "sector")):
            self.add(row["text"], ActorRecord("metonym", country=row["country"] or None, sector=row["sector"] or None,
                                              code=(row["country"] or "") + (row["sector"] or ""), name=row.get("name") or None))

    def _load_international(self, path: Path) -> None:
        for row in _rows(path, ("text", "country", "code")):
            text = row["text"]
            cs = text.isupper() and len(text) <= 5 or fold(text) in CASE_SENSITIVE
            self.add(text, ActorRecord("international", country=row["country"] or None, sector=row.get("sector") or None,
                                       code=row["code"] or None, name=row.get("name") or None, case_sensitive=cs))

    def _load_organizations(self, path: Path) -> None:
        for row in _rows(path, ("text", "country", "sector")):
            text = row["text"]
            cs = text.isupper() and len(text) <= 5 or fold(text) in CASE_SENSITIVE
            self.add(text, ActorRecord("organization", country=row["country"] or None, sector=row["sector"] or None,
                                       code=(row["country"] or "") + (row["sector"] or "") or None,
                                       name=row.get("name") or None, case_sensitive=cs))

    def _load_sectors(self, path: Path) -> None:
        for row in _rows(path, ("text", "sector", "kind")):
            self.add(row["text"], ActorRecord(row["kind"] or "noun", sector=row["sector"] or None))

    def _load_persons(self, path: Path) -> None:
        for n, row in enumerate(_rows(path, ("name", "country")), 2):
            try:
                rec = ActorRecord("person", country=row["country"] or None, sector=row.get("sector") or None,
                                  code=(row["country"] or "") + (row.get("sector") or ""), name=row["name"],
                                  start=_parse_date(row.get("start", "")), end=_parse_date(row.get("end", ""), end=True))
            except ValueError as exc:
                raise DataError(f"[DT302] Bad date in person table {path}, row {n}: {exc}. Use YYYY-MM-DD, YYYY-MM or YYYY.") from exc
            self.add(row["name"], rec)
            for alias in (row.get("aliases") or "").split("|"):
                self.add(alias, rec)

    # -- places ---------------------------------------------------------------
    def place_country(self, name: str, *, cities: bool = True, prefer: tuple[str, ...] = ()) -> str | None:
        """The country of a named place: a first-level subdivision (ISO 3166-2, via pycountry)
        whose name is unambiguous, else a city or region from the gazetteer (a city of the name
        in a country of ``prefer`` first: ``Gazetteer.lookup``)."""
        key = fold(name).removeprefix("the ")
        if not key or key in CASE_SENSITIVE or key in GENERIC_PLACE_WORDS:
            return None  # "the North" is no town in Utah (a gazetteer's alternate name)
        iso = _subdivisions().get(key)
        if iso or not cities:
            return iso
        from ..resolve.places import default_gazetteer

        place = default_gazetteer().lookup(name, prefer)
        return place.country if place else None

    def region_country(self, name: str) -> str | None:
        """The country of a region of our own table (``data/places/regions.csv``: Tigray, Darfur,
        Donbas ...), by its whole name; None for a name it lacks or a region of no one country."""
        from ..resolve.places import fold as place_fold, region_index

        place = region_index().get(place_fold(name).removeprefix("the "))
        return place.country if place else None

    def misspelt_country(self, word: str) -> str | None:
        """The country a word one typo away from a country name, adjective, demonym or capital
        stands for ("Kazahks" -> KAZ); None when no such word or more than one country fits."""
        if self._fuzzy is None:
            from .fuzzy import FuzzyIndex

            kinds = ("name", "adjective", "demonym", "capital")
            words: dict[str, str] = {}
            for key, recs in self.entries.items():
                countries = {r.country for r in recs if r.kind in kinds and r.country}
                if " " not in key and len(countries) == 1:  # a word shared by two countries is no clue
                    words[key] = countries.pop()
            self._fuzzy = FuzzyIndex(words)
        return self._fuzzy.lookup(fold(word))

    def similar_name(self, text: str) -> ActorRecord | None:
        """The record of the organisation, body or person whose long name ``text`` spells
        another way ("Ahlu Sunnah Wal-Jamaa"); None when no name, or names of two countries, fit."""
        if self._names is None:
            from .fuzzy import NameIndex

            names: dict[str, tuple[str, int]] = {}
            for key, recs in self.entries.items():
                countries = {r.country for r in recs if r.kind in _NAMED_KINDS and r.country}
                if " " in key and len(countries) == 1:
                    names[key] = (countries.pop(), len(key.split()))
            self._names = NameIndex(names)
        key = self._names.lookup(fold(text))
        if key is None:
            return None
        return next(r for r in self.entries[key] if r.kind in _NAMED_KINDS and r.country)

    # -- queries -------------------------------------------------------------
    def person(self, text: str, on: date | None) -> ActorRecord | None:
        """The person record for a name, preferring the term of office that covers ``on``."""
        recs = [r for r in self.get(text) if r.kind == "person"]
        if not recs:
            return None
        if on is not None:
            for r in recs:
                if (r.start is None or r.start <= on) and (r.end is None or on <= r.end):
                    return r
            # Out of every listed term: the country holds, the office does not. After a term
            # has ended the person is a former office-holder, CAMEO's ELI (elites); before the
            # first term begins there is no sector to give.
            nearest = min(recs, key=lambda r: abs(((r.start or on) - on).days))
            former = any(r.end is not None and r.end < on for r in recs)
            return ActorRecord("person", country=nearest.country, sector="ELI" if former else None,
                               code=nearest.country, name=nearest.name)
        return max(recs, key=lambda r: r.start or date.min)


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, str]:
    """Folded subdivision name -> ISO3, for names that belong to one country only."""
    import pycountry

    seen: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        iso3 = pycountry.countries.get(alpha_2=sub.country_code)
        if iso3 is None:
            continue
        for name in {sub.name, sub.name.split(" (")[0]}:
            seen.setdefault(fold(name), set()).add(iso3.alpha_3)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and len(k) > 3 and k not in GENERIC_PLACE_WORDS}


# Kinds of record with a long proper name that news may spell another way (``similar_name``).
_NAMED_KINDS = ("organization", "international", "person")


# Subdivisions and towns named by a plain word that news capitalises for other reasons ("South"
# is a region of Cameroon, "Centre" one of France, "North" another name of a town in Utah, "Gulf"
# a province of Papua New Guinea, not the Persian Gulf of "sent a carrier to the Gulf"):
# never a clue to the country on their own.
GENERIC_PLACE_WORDS = frozenset(
    {"north", "south", "east", "west", "centre", "center", "central", "northern", "southern", "eastern",
     "western", "north-west", "north-east", "south-west", "south-east", "northwest", "northeast",
     "southwest", "southeast", "littoral", "capital", "coast", "islands", "lakes", "upper", "lower",
     "plateau", "valley", "mountain", "highlands", "lowlands", "interior", "border", "frontier", "gulf", "midlands",
     # seas and shores that share a region's name: a ship "in the Red Sea" is at sea, not in Sudan's
     # Red Sea state; "the West Coast" of news is seldom New Zealand's
     "red sea", "west coast", "bay"}
)


def _rows(path: Path, required: tuple[str, ...]):
    rows = read_csv(path)
    for n, row in enumerate(rows, 2):
        missing = [c for c in required if c not in row]
        if missing:
            raise DataError(f"[DT303] {path.name} lacks column(s) {', '.join(missing)} (row {n}). See data/actors/README.md for the columns.")
        yield row


NAME_HEAD_PREPOSITIONS = ("of", "for", "from")


@lru_cache(maxsize=1)
def name_heads(path: Path = ACTOR_DIR / "name_heads.csv") -> dict[str, frozenset[str]]:
    """Head nouns whose phrase after "of", "for" or "from" belongs to the actor's name
    ("members of the army", "a spokesman for Hamas", "troops from Chad"): preposition -> lemmas."""
    heads: dict[str, set[str]] = {prep: set() for prep in NAME_HEAD_PREPOSITIONS}
    for n, row in enumerate(_rows(path, ("word", "preposition")), 2):
        word, prep = row["word"].lower(), row["preposition"].lower()
        if not word or prep not in heads:
            raise DataError(f"[DT308] {path.name} row {n}: needs a word and a preposition, one of "
                            f"{', '.join(NAME_HEAD_PREPOSITIONS)} (word,preposition,note).")
        heads[prep].add(word)
    return {prep: frozenset(words) for prep, words in heads.items()}


@lru_cache(maxsize=1)
def named_place_heads(path: Path = ACTOR_DIR / "named_places.csv") -> frozenset[str]:
    """Nouns that end the name of a place named after a person ("Abdul Kalam Island",
    "Nelson Mandela Square"): lemmas."""
    words = set()
    for n, row in enumerate(_rows(path, ("word",)), 2):
        word = row["word"].strip().lower()
        if not word or " " in word:
            raise DataError(f"[DT309] {path.name} row {n}: needs one word, a lowercase lemma (word,note).")
        words.add(word)
    return frozenset(words)


@lru_cache(maxsize=4)
def default_tables(persons: str | None = None) -> ActorTables:
    return ActorTables.load(persons=Path(persons) if persons else None)
