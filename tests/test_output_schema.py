"""Events as written by `detente code` follow docs/event.schema.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

jsonschema = pytest.importorskip("jsonschema")

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "docs" / "event.schema.json").read_text())


@pytest.mark.slow
def test_events_match_the_schema(coder):
    text = ("China and Canada held talks on Tuesday in Ottawa. Canada accused China of meddling in its elections. "
            "China denied the claim and said it would not expel any diplomats.")
    events = coder.code(text, date="2024-01-12")
    assert events
    for ev in events:
        jsonschema.validate(json.loads(json.dumps(ev.to_dict())), SCHEMA)
