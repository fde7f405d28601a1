"""Country numbers for exports: ISO3 -> name, Correlates of War (COW) and Gleditsch–Ward (GW).

Read from maintained tables, not typed in: countrycode (``cown``, ``gwn``) first, then
country_converter's ``GWcode`` where countrycode has no GW number (microstates), then the
cited corrections in data/countries/state_code_fixes.csv. Codes that are not countries
(IGO, UNO, EUR, NGO, ...) get none.
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from typing import NamedTuple

from ..data import DATA_DIR, read_csv


class StateCodes(NamedTuple):
    name: str | None
    cow: int | None
    gw: int | None


def _int(v: object) -> int | None:
    try:
        f = float(v)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if f != f else int(f)


@lru_cache(maxsize=1)
def table() -> dict[str, StateCodes]:
    import country_converter as coco
    from countrycode import countrycode

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        data = coco.CountryConverter().data
        iso = [str(x) for x in data["ISO3"].tolist()]
        cow = countrycode(iso, origin="iso3c", destination="cown")
        gwn = countrycode(iso, origin="iso3c", destination="gwn")
    out: dict[str, StateCodes] = {}
    for code, name, c, g, cc_gw in zip(iso, data["name_short"].tolist(), cow, gwn, data["GWcode"].tolist()):
        gw = _int(g)
        out[code] = StateCodes(str(name), _int(c), gw if gw is not None else _int(cc_gw))
    for row in read_csv(DATA_DIR / "countries" / "state_code_fixes.csv"):
        old = out.get(row["iso3"], StateCodes(None, None, None))
        out[row["iso3"]] = StateCodes(old.name or row["note"].split(":")[0], _int(row["cow"]), _int(row["gw"]))
    return out


def lookup(iso3: str | None) -> StateCodes:
    if not iso3:
        return StateCodes(None, None, None)
    return table().get(iso3, StateCodes(None, None, None))
