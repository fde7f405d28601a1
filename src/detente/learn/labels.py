"""The classifier's label set: PLOVER's 16 types with CONCEDE and RETREAT merged into YIELD
(as in plv_train), and for each the CAMEO root the classifier answers with."""

from __future__ import annotations

LABELS = ("ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONSULT", "COOPERATE", "MOBILIZE",
          "PROTEST", "REJECT", "REQUEST", "SANCTION", "SUPPORT", "THREATEN", "YIELD")
MERGE = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}

# The CAMEO root whose events PLOVER files under each type (data/cameo/cameo_to_plover.csv);
# where several roots share a type (ACCUSE: 09 investigate, 11 disapprove; ASSAULT: 18-20),
# the commonest in news: 11 and 18.
CAMEO_ROOT = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07", "YIELD": "08",
    "REQUEST": "10", "ACCUSE": "11", "REJECT": "12", "THREATEN": "13", "PROTEST": "14",
    "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17", "ASSAULT": "18",
}

QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1,
    "COOPERATE": 2, "AID": 2, "YIELD": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}


def to_label(plover: str) -> str:
    """A PLOVER type as a classifier label (CONCEDE/RETREAT -> YIELD); ValueError when unknown."""
    lab = MERGE.get(str(plover).upper(), str(plover).upper())
    if lab not in LABELS:
        raise ValueError(f"unknown PLOVER type {plover!r}")
    return lab
