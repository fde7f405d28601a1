"""Store rows to plain JSON-safe dicts, and the few fields the pages read from them.

The store returns pandas DataFrames (one row per event mention, actors flattened as
``source_code``, ``target_start``...) and ``article()`` dicts; the API and templates only
ever see the plain dicts made here: dates as ISO strings, NaN/NaT as None, numpy scalars
as Python numbers.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import Any, Iterable

from .highlight import field, sentence_marks  # noqa: F401  (field is re-exported)


def clean(value: Any) -> Any:
    """One value made JSON-safe."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, datetime):  # pandas Timestamp is a datetime
        if value != value:  # NaT
            return None
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean(v) for v in value]
    if hasattr(value, "tolist"):  # numpy scalar or array
        return clean(value.tolist())
    if type(value).__name__ in {"NAType", "NaTType"}:
        return None
    return str(value)


def to_records(frame: Any) -> list[dict[str, Any]]:
    """A DataFrame (or an iterable of dicts) as a list of JSON-safe dicts."""
    if frame is None:
        return []
    rows: Iterable[dict[str, Any]] = frame.to_dict("records") if hasattr(frame, "to_dict") else frame
    return [{str(k): clean(v) for k, v in row.items()} for row in rows]


def event_view(row: dict[str, Any]) -> dict[str, Any]:
    """A store event row with what the pages need added: sentence-relative highlight marks."""
    out = dict(row)
    out["marks"] = sentence_marks(row)
    return out


def event_views(frame: Any) -> list[dict[str, Any]]:
    return [event_view(r) for r in to_records(frame)]
