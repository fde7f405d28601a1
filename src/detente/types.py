"""The records that flow through detente: articles in, events out.

Every stage reads and writes these plain dataclasses; ``Event.to_dict`` gives the
JSON Lines output contract written down in ``docs/event.schema.json``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

Precision = Literal["day", "week", "month", "year", "report"]
Modality = Literal["asserted", "reported", "future", "hypothetical", "conditional"]


@dataclass
class Article:
    """One news story as read from a file or record.

    ``text`` is the text that all character offsets point into: for the seed
    format the body after the header line, for JSONL/CSV the ``text`` field.
    """

    id: str
    text: str
    report_date: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None  # where it was read from: "path:line" or "path"


@dataclass
class ReadError:
    """A record that could not be read. The run goes on without it."""

    where: str  # "path:line" or "path" or "<stdin>:line"
    code: str  # e.g. "DT201"
    message: str

    def __str__(self) -> str:
        return f"{self.where}: [{self.code}] {self.message}"


@dataclass
class Actor:
    """An actor mention: its exact text span and what it was coded as."""

    text: str
    start: int
    end: int
    code: str | None = None  # CAMEO-style: "CHNGOV", "USAMIL", "IGOUNO"
    country: str | None = None  # ISO3, or "IGO"/"UNO"/"EUR"/"NGO"/"MNC"
    sector: str | None = None  # PLOVER sector code: GOV, MIL, COP, REB, ...
    name: str | None = None  # a person's or organisation's canonical name


@dataclass
class Span:
    text: str
    start: int
    end: int


@dataclass
class Location:
    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None


@dataclass
class Event:
    article_id: str
    report_date: str | None
    sentence_index: int
    sentence: str
    source: Actor
    target: Actor | None
    cameo: str
    cameo_root: str
    goldstein: float
    quad_class: int
    plover: str
    plover_mode: str | None
    event_date: str | None
    date_precision: Precision
    trigger: Span
    negated: bool = False
    modality: Modality = "asserted"
    location: Location | None = None
    confidence: float = 0.5
    coder: str = ""
    reciprocal: bool = False
    group: str | None = None
    contexts: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
