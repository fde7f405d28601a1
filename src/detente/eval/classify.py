"""`detente classify`: read {id, text, source, target} records, answer with the PLOVER type."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import DetenteError


def classify_records(coder: Any, lines: Iterable[str], *, where: str = "<input>") -> Iterator[dict[str, Any]]:
    """One answer per line; a bad line yields {"error": ...} naming it and the run goes on."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            text = rec["text"]
            s, t = rec["source"], rec["target"]
            c = coder.classify(text, source=(int(s["start"]), int(s["end"])), target=(int(t["start"]), int(t["end"])))
        except (ValueError, KeyError, TypeError, DetenteError) as exc:
            yield {"error": f"{where}:{n}: [DT601] cannot classify this record ({exc}). "
                            "Give {id, text, source: {start, end}, target: {start, end}}."}
            continue
        yield {"id": rec.get("id", f"{where}:{n}"), "plover": c.plover, "cameo": c.cameo,
               "quad_class": c.quad_class, "confidence": c.confidence}
