"""Knowledge files shipped with detente (actor tables, lexicons, CAMEO tables, sample corpus).

Everything here is data, read by one small loader per concern; see README files beside them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

DATA_DIR = Path(__file__).parent


def read_csv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a CSV file whose leading lines starting with '#' are comments (sources)."""
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.lstrip().startswith("#")]
    for row in csv.DictReader(io.StringIO("".join(lines))):
        yield {k.strip(): (v or "").strip() for k, v in row.items() if k is not None}
