"""Commands over the event store: ingest, events, dyad, relations, alerts, export."""

from __future__ import annotations

import typer  # noqa: F401

from . import _fail, app  # noqa: F401
