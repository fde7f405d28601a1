"""A hostile article for the escaping tests: markup in the text, the title and the URL.

If any of it ran as script, ``window.__pwned`` would be set in the page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

EVIL_TEXT = ('Canada <img src=x onerror="window.__pwned=1"> accused China of spying. '
             'Officials said <script>window.__pwned=2</script> nothing more.')
EVIL_TITLE = "<script>window.__pwned=3</script>Spy row"
EVIL_URL = "javascript:window.__pwned=4"
EVIL_SENTENCE = EVIL_TEXT[:EVIL_TEXT.index("spying.") + len("spying.")]


def _actor(word: str, code: str) -> dict[str, Any]:
    i = EVIL_TEXT.index(word)
    return {"text": word, "start": i, "end": i + len(word), "code": code, "country": code, "sector": None,
            "name": None}


def evil_event() -> dict[str, Any]:
    t = EVIL_TEXT.index("accused")
    return {"article_id": "evil", "report_date": "2023-06-01", "sentence_index": 0, "sentence": EVIL_SENTENCE,
            "source": _actor("Canada", "CAN"), "target": _actor("China", "CHN"), "cameo": "112", "cameo_root": "11",
            "goldstein": -2.0, "quad_class": 3, "plover": "ACCUSE", "plover_mode": None, "event_date": "2023-06-01",
            "date_precision": "report", "trigger": {"text": "accused", "start": t, "end": t + 7}, "negated": False,
            "modality": "asserted", "location": None, "confidence": 0.5, "coder": "test", "reciprocal": False,
            "group": None, "contexts": []}


def build_evil_store(path: Path) -> Path:
    from detente.store import Store

    article = {"id": "evil", "text": EVIL_TEXT, "report_date": "2023-06-01", "title": EVIL_TITLE, "url": EVIL_URL,
               "source": "test"}
    Store(path).load_events([(article, [evil_event()])])
    return path
