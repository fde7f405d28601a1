"""Report dates: fast exact forms first, dateparser only as a slow fallback.

``parse_date`` never fills a missing day, month or year from today's date and
never reads relative expressions ("yesterday", "2 days ago"): those return None.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ]\d)")
_YMD_SLASH = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_WEEKDAY = re.compile(
    r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+",
    re.IGNORECASE,
)
_FORMATS = (
    "%d %B %Y",  # 12 January 2024
    "%d %b %Y",  # 12 Jan 2024
    "%B %d %Y",  # January 12 2024 (commas removed)
    "%b %d %Y",  # Jan 12 2024
    "%d %B, %Y",
    "%B %d, %Y",
)
_DATEPARSER_SETTINGS = {
    "STRICT_PARSING": True,  # day, month and year must all be in the string
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["custom-formats", "absolute-time"],  # no relative dates, no timestamps
    "RETURN_AS_TIMEZONE_AWARE": False,
}
# A fixed set of common news languages: detecting among all of dateparser's
# ~200 locales costs seconds on the first failing string.
_DATEPARSER_LANGUAGES = ["en", "fr", "de", "es", "pt", "it", "nl", "ru", "uk", "pl", "tr", "ar", "id", "hi", "zh", "ja"]


def _ymd(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def parse_date(value: object) -> date | None:
    """Return the date in ``value`` or None when it cannot be read exactly."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s or len(s) > 100:
        return None
    m = _ISO.match(s)
    if m:  # "2024-01-12", "2024-01-12T08:00:00Z": the date as written, no tz shift
        return _ymd(*m.groups())
    for rx in (_YMD_SLASH, _COMPACT):
        m = rx.match(s)
        if m:
            return _ymd(*m.groups())
    plain = _WEEKDAY.sub("", s)
    plain = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", plain)
    plain = re.sub(r"\s+", " ", plain.replace(",", " ")).strip()
    for fmt in _FORMATS:
        try:
            return datetime.strptime(plain, fmt).date()
        except ValueError:
            continue
    try:  # RFC 2822: "Fri, 12 Jan 2024 08:00:00 GMT"
        return parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError):
        pass
    if not re.search(r"(?<!\d)\d{4}(?!\d)", s):
        # no four-digit year: not a full date ("yesterday", "2 days ago"), and
        # dateparser's language detection on such strings costs seconds
        return None
    return _dateparser(s)


def _dateparser(s: str) -> date | None:
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser is a declared dependency
        return None
    try:
        dt = dateparser.parse(s, languages=_DATEPARSER_LANGUAGES, settings=_DATEPARSER_SETTINGS)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    return dt.date() if dt is not None else None
