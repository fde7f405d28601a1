"""The CAMEO code table and the CAMEO -> PLOVER mapping, both read from data/cameo/."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..data import DATA_DIR, read_csv

# Quad classes by CAMEO root, as GDELT assigns them (GDELT Event Codebook 2.0, QuadClass):
# verbal cooperation 01-05, material cooperation 06-09, verbal conflict 10-14, material
# conflict 15-20. (Phoenix instead puts 01-02 in a neutral class and 09/14 one class later.)
_QUAD = {
    "01": 1, "02": 1, "03": 1, "04": 1, "05": 1,
    "06": 2, "07": 2, "08": 2, "09": 2,
    "10": 3, "11": 3, "12": 3, "13": 3, "14": 3,
    "15": 4, "16": 4, "17": 4, "18": 4, "19": 4, "20": 4,
}


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    root: str
    quad_class: int
    plover: str | None
    plover_mode: str | None
    plover_context: str | None


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    """All CAMEO codes by code string ("161"), with Goldstein, quad class and PLOVER type."""
    plover: dict[str, tuple[str, str, str]] = {}
    for row in read_csv(DATA_DIR / "cameo" / "cameo_to_plover.csv"):
        # 08 is listed twice (CONCEDE, RETREAT); the code-level rows decide, the root keeps the first.
        plover.setdefault(row["code"], (row["plover"], row["mode"], row["context"]))
    table: dict[str, CameoCode] = {}
    for row in read_csv(DATA_DIR / "cameo" / "cameo_codes.csv"):
        code = row["code"]
        p = _plover_for(code, plover)
        table[code] = CameoCode(
            code=code,
            name=row["name"],
            goldstein=float(row["goldstein"]),
            root=row["root"],
            quad_class=_QUAD[row["root"]],
            plover=p[0] if p else None,
            plover_mode=(p[1] or None) if p else None,
            plover_context=(p[2] or None) if p else None,
        )
    return table


def _plover_for(code: str, plover: dict[str, tuple[str, str, str]]) -> tuple[str, str, str] | None:
    # Walk up from the 4-digit code to its parents: 0841 -> 084 -> 08.
    for n in range(len(code), 1, -1):
        hit = plover.get(code[:n])
        if hit:
            return hit
    return None


def lookup(code: str) -> CameoCode:
    try:
        return cameo_table()[code]
    except KeyError:
        raise KeyError(f"[DT401] Unknown CAMEO code {code!r}. Use a code from data/cameo/cameo_codes.csv.") from None


@lru_cache(maxsize=1)
def _modal_table() -> dict[str, tuple[str, str]]:
    return {row["code"]: (row["future"], row["refused"]) for row in read_csv(DATA_DIR / "cameo" / "intent.csv")}


def modal_code(code: str, *, modality: str, negated: bool, failed: bool = False) -> tuple[str, bool]:
    """The code an announced, refused or failed action takes, and whether it is still negated.

    CAMEO codes "will meet" as intent to meet (036), "will impose sanctions" as a threat (1312),
    and "will not lift sanctions" or "failed to reach agreement" as a refusal (1244, 127);
    see data/cameo/intent.csv.
    """
    if failed and not negated:
        return modal_code(code, modality="future", negated=True)
    if modality != "future":
        return code, negated
    table = _modal_table()
    for n in range(len(code), 1, -1):
        row = table.get(code[:n])
        if row:
            future, refused = row
            if negated:
                return (refused, False) if refused else (code, True)
            return (future or code), False
    return code, negated
