"""Temporal expressions in one sentence, resolved against the report date.

``find_dates`` runs a handful of compiled regular expressions over the sentence and
turns each match into a :class:`DateMention`: the ISO date of the first day of the
period meant and its precision ("day", "week", "month" or "year").

Rules, in brief:

* Absolute dates ("March 3, 2023", "3 March 2023", "2023-05-08", "October 2023",
  "in 2023", "mid-2023") resolve without a report date.
* Anything that needs the report date ("March 3", "in May", "on Tuesday",
  "yesterday", "last week", "two days ago", ...) is skipped when it is ``None``.
* Month and weekday names must be capitalised; a bare month name also needs a
  preposition or modifier before it ("in May", "last May", "mid-May") so that the
  modal "may" and "a protest march" never match. Text with no capital letter at all
  (feeds that arrive lowercased) is read with its month and weekday names capitalised
  first; there "may" and "march" count only beside a day number or a year, or after a
  preposition that makes them a month ("on 5 may", "march 2002", "in may").
* ``prefer="past"`` (the default: past or present tense) resolves an underspecified
  date to the latest one on or before the report date; ``prefer="future"`` to the
  earliest one on or after it. The report's own month / weekday counts as both, and so
  does a month-day of the report's year within 31 days of it ("the March 15 rally" in a
  report of March 10 is that March 15, whatever the tense).
* A week is given by its Monday; a weekend by its Saturday, with precision "week".

No dateparser: every case here is cheaper and more predictable as a regex.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from detente.errors import Errors

__all__ = ["DateMention", "find_dates"]


@dataclass(frozen=True)
class DateMention:
    text: str
    start: int  # offsets into the string given
    end: int
    date: str  # ISO "YYYY-MM-DD": the first day of the period meant
    precision: str  # "day" | "week" | "month" | "year"
    # "start" after "since", "end" after "until", "till" or "by": the edge of a period around an
    # act, not the act's own date ("held until May 29", "the first visit since 2018", "ordered
    # her to leave by May 13").
    bound: str | None = None


_BOUND_WORDS = {"since": "start", "until": "end", "till": "end", "by": "end"}


def _bound(text: str, start: int) -> str | None:
    """Whether the word just before a mention makes it a period's start or end."""
    words = text[:start].split()
    return _BOUND_WORDS.get(words[-1].lower().strip(",;:")) if words else None


# -- vocabulary ----------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}
# A month-day without a year this close to the report is in the report's year, whatever the tense.
_NEAR_DAYS = 31
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

# Month names as written before a day or year: full names and the usual abbreviations.
_MON = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?\.?|July?\.?"
    r"|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
# Month names that may stand alone ("in May"): full names only (and "Sept").
_MON_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|Sept|October"
    r"|November|December)"
)
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:1[89]|20)\d{2})"

# Cheap gates: most sentences hold no date; these decide which patterns can match at all.
_DIGIT = re.compile(r"\d")
_MONTH_GATE = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_REL_GATE = re.compile(r"(?i)day|night|week|month|year|ago|tomorrow|morning|afternoon|evening")

# Lowercased text: names to capitalise (same length, so offsets hold). Abbreviations only
# before a day number; "may" and "march" only where nothing but a month fits.
_LOWER_NAME = re.compile(
    r"(?<!\w)(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?!\w)"
)
_LOWER_ABBR = (set(_MONTHS) - {"may"}) | {"sept"}
_MONTH_BEFORE = {"in", "of", "by", "since", "until", "till", "during", "mid", "early", "late"}
_NUMBER_AFTER = re.compile(r",?\s+\d")
_DAY_NUMBER_AFTER = re.compile(r"\.?\s*\d")
_DAY_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")
_WORD_BEFORE = re.compile(r"(\w+)[\s-]*$")


def _capitalise_names(text: str) -> str:
    def name(m: re.Match[str]) -> str:
        w = m.group(0)
        after = text[m.end():m.end() + 8]
        if w in _LOWER_ABBR:
            return w.capitalize() if _DAY_NUMBER_AFTER.match(after) else w
        if w in ("may", "march"):
            prev = _WORD_BEFORE.search(text[max(0, m.start() - 12):m.start()])
            word = prev.group(1) if prev else ""
            day = bool(_DAY_NUMBER.fullmatch(word))
            if not (day or word in _MONTH_BEFORE or _NUMBER_AFTER.match(after)):
                return w
        return w.capitalize()

    return _LOWER_NAME.sub(name, text)


_ISO = re.compile(r"(?<![\w./-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w-])")

_MON_DAY = re.compile(
    rf"(?<!\w)(?P<mon>{_MON})(?!\w)\s*{_DAY}(?![\d:]|,\d|\.\d)(?:,?\s+{_YEAR}(?!\w|,\d|\.\d))?"
)
_DAY_MON = re.compile(
    rf"(?<![\w.,$£€])(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})(?!\w)"
    rf"(?:,?\s+{_YEAR}(?!\w|,\d|\.\d))?"
)
_MON_YEAR = re.compile(
    rf"(?<!\w)(?P<mod>(?i:(?:early|late|mid)(?:\s+|-)))?(?P<mon>{_MON})(?!\w)(?:\s+of)?,?\s+{_YEAR}"
    r"(?!\w|,\d|\.\d)"
)
_BARE_MON = re.compile(
    r"(?<!\w)(?:(?P<prep>(?i:in|during|since|until|till|by|through|throughout|from|before"
    r"|after|of|between|to))\s+(?:(?i:the)\s+)?)?"
    r"(?P<mod>(?i:(?:last|next|this|early|late|mid|earlier|later)(?:\s+|-)))?"
    rf"(?P<mon>{_MON_FULL})(?![\w-])(?!\.?\s*\d)"
)
_YEAR_RE = re.compile(
    r"(?<![\w$£€,./-])(?P<mod>(?i:(?:early|late|mid)(?:\s+|-)))?"
    r"(?P<y>(?:1[89]|20)\d{2})(?![\w%]|,\d|\.\d|-\d|/\d)"
)
_WEEKDAY = re.compile(
    r"(?<!\w)(?:(?P<mod>(?i:last|next|this|early|late))\s+)?"
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?P<tod>(?i:morning|afternoon|evening|night)))?(?!\w)"
)
_RELATIVE = re.compile(
    r"(?i)(?<!\w)(?:"
    r"(?P<yesterday>yesterday|last\s+night)"
    r"|(?P<today>(?:earlier\s+|later\s+)?today|tonight|this\s+(?:morning|afternoon|evening))"
    r"|(?P<tomorrow>tomorrow)"
    r"|(?:over|during)\s+the\s+(?P<theweekend>weekend)"
    r"|(?P<mod>(?:early|earlier|late|later|mid)(?:\s+|-))?(?P<rel>last|this|next)\s+"
    r"(?P<unit>week|weekend|month|year)"
    r"|(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<agounit>day|week|month|year)s?\s+ago"
    r")(?!\w)"
)

# A bare year that is really a count or a clock time: "2000 troops", "at 2100 GMT".
_NOT_A_YEAR_AFTER = re.compile(
    r"\s*(?:%|per\s?cent|(?i:troops|soldiers|people|civilians|refugees|migrants|members"
    r"|workers|police|officers|protesters|demonstrators|residents|families|households|dollars"
    r"|euros|pounds|km|kilometers|kilometres|miles|meters|metres|feet|tons|tonnes|barrels"
    r"|votes|seats|cases|deaths|dead|casualties|prisoners|hostages|detainees|rockets|missiles"
    r"|drones|shells|rounds|hours|hrs|gmt|utc|local\s+time|years|times|sq)\b)"
)
_NOT_A_YEAR_BEFORE = re.compile(
    r"(?i)(?:\b(?:some|about|nearly|almost|approximately|roughly|least|than"
    r"|estimated)\s+|[$£€#]\s*|\bno\.\s*)$"
)


# -- date arithmetic -------------------------------------------------------------


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _month_no(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def _weekday_on_or_before(ref: dt.date, wd: int) -> dt.date:
    return ref - dt.timedelta(days=(ref.weekday() - wd) % 7)


def _weekday_on_or_after(ref: dt.date, wd: int) -> dt.date:
    return ref + dt.timedelta(days=(wd - ref.weekday()) % 7)


def _year_for_month(ref: dt.date, month: int, future: bool) -> int:
    """Year of the month nearest the report in the preferred direction (its own month counts)."""
    if future:
        return ref.year if month >= ref.month else ref.year + 1
    return ref.year if month <= ref.month else ref.year - 1


def _day_in_year(ref: dt.date, month: int, day: int, future: bool) -> dt.date | None:
    """A month-day without a year: the nearest such day in the preferred direction, unless the
    report's own year has it within a month on the other side. News leaves out the year of a
    date in the current year, so "the March 15 rally" in a report of March 10 is five days
    ahead even in a past-tense sentence, not a year back."""
    year = ref.year
    try:
        cand = dt.date(year, month, day)
        if abs((cand - ref).days) <= _NEAR_DAYS:
            return cand
        if future and cand < ref:
            cand = dt.date(year + 1, month, day)
        elif not future and cand > ref:
            cand = dt.date(year - 1, month, day)
    except ValueError:  # Feb 29 in a common year, or "April 31"
        return None
    return cand


# -- the handlers: match -> (date, precision) or None ------------------------------

_Res = tuple[dt.date, str] | None


def _h_iso(m: re.Match[str], ref: dt.date | None, future: bool) -> _Res:
    try:
        return dt.date(int(m["y"]), int(m["m"]), int(m["d"])), "day"
    except ValueError:
        return None


def _h_day(m: re.Match[str], ref: dt.date | None, future: bool) -> _Res:
    month, day = _month_no(m["mon"]), int(m["d"])
    if not 1 <= day <= 31:
        return None
    if m["y"]:
        try:
            return dt.date(int(m["y"]), month, day), "day"
        except ValueError:
            return None
    if ref is None:
        return None
    d = _day_in_year(ref, month, day, future)
    return (d, "day") if d else None


def _h_mon_year(m: re.Match[str], ref: dt.date | None, future: bool) -> _Res:
    return dt.date(int(m["y"]), _month_no(m["mon"]), 1), "month"


def _h_bare_mon(m: re.Match[str], ref: dt.date | None, future: bool) -> _Res:
    if ref is None or not (m["prep"] or m["mod"]):
        return None
    month = _month_no(m["mon"])
    mod = (m["mod"] or "").strip(" -").lower()
    if mod == "last":
        year = ref.year if month < ref.month else ref.year - 1
    elif mod == "next":
        year = ref.year if month > ref.month else ref.year + 1
    elif mod == "this":
        year = ref.year
    else:
        year = _year_for_month(ref, month, future)
    return dt.date(year, month, 1), "month"


def _h_year(m: re.Match[str], ref: dt.date | None, future: bool) -> _Res:
    s = m.string
    if not m["mod"]:
        if _NOT_A_YEAR_AFTER.match(s, m.end()):
            return None
        if _NOT_A_YEAR_BEFORE.search(s, max(0, m.start() - 20), m.start()):
            return None
    return dt.date(int(m["y"]), 1, 1), "year"


def _h_weekday(m: re.Match[str], ref: dt.date | None, future: bool) -> _Res:
    if ref is None:
        return None
    wd = _WEEKDAYS[m["wd"].lower()]
    mod = (m["mod"] or "").lower()
    if mod == "last":
        return _weekday_on_or_before(ref - dt.timedelta(days=1), wd), "day"
    if mod == "next":
        return _weekday_on_or_after(ref + dt.timedelta(days=1), wd), "day"
    if future:
        return _weekday_on_or_after(ref, wd), "day"
    return _weekday_on_or_before(ref, wd), "day"


def _this_weekend(ref: dt.date, future: bool) -> dt.date:
    if ref.weekday() == 6:  # Sunday: the weekend under way
        return ref - dt.timedelta(days=1)
    return _weekday_on_or_after(ref, 5) if future else _weekday_on_or_before(ref, 5)


def _h_relative(m: re.Match[str], ref: dt.date | None, future: bool) -> _Res:
    if ref is None:
        return None
    one = dt.timedelta(days=1)
    if m["yesterday"]:
        return ref - one, "day"
    if m["today"]:
        return ref, "day"
    if m["tomorrow"]:
        return ref + one, "day"
    if m["theweekend"]:
        return _this_weekend(ref, future), "week"
    if m["rel"]:
        rel, unit = m["rel"].lower(), m["unit"].lower()
        step = {"last": -1, "this": 0, "next": 1}[rel]
        if unit == "week":
            return _monday(ref) + dt.timedelta(weeks=step), "week"
        if unit == "weekend":
            if step == 0:
                return _this_weekend(ref, future), "week"
            if step < 0:  # the latest weekend that is wholly over
                return _weekday_on_or_before(ref - 2 * one, 5), "week"
            return _weekday_on_or_after(ref + one, 5), "week"
        if unit == "month":
            y, mo = _add_months(ref.year, ref.month, step)
            return dt.date(y, mo, 1), "month"
        return dt.date(ref.year + step, 1, 1), "year"
    n = m["n"].lower()
    k = int(n) if n.isdigit() else _NUMBERS[n]
    unit = m["agounit"].lower()
    if unit == "day":
        return ref - dt.timedelta(days=k), "day"
    if unit == "week":
        return _monday(ref - dt.timedelta(weeks=k)), "week"
    if unit == "month":
        y, mo = _add_months(ref.year, ref.month, -k)
        return dt.date(y, mo, 1), "month"
    return dt.date(ref.year - k, 1, 1), "year"


# (pattern, handler, what the sentence must contain: digit / month name / relative word).
# Order matters only for ties: at the same start the longer match wins anyway.
_PATTERNS = (
    (_ISO, _h_iso, "d"),
    (_MON_DAY, _h_day, "dm"),
    (_DAY_MON, _h_day, "dm"),
    (_MON_YEAR, _h_mon_year, "dm"),
    (_BARE_MON, _h_bare_mon, "m"),
    (_WEEKDAY, _h_weekday, "r"),
    (_RELATIVE, _h_relative, "r"),
    (_YEAR_RE, _h_year, "d"),
)


def find_dates(
    text: str, report_date: dt.date | None, *, prefer: str = "past"
) -> list[DateMention]:
    """Temporal expressions in ``text`` resolved against ``report_date``, in text order.

    ``prefer`` is "past" (default) or "future": which way to resolve "in May",
    "on Tuesday" or "March 3" when the report date leaves a choice.
    """
    if prefer not in ("past", "future"):
        raise ValueError(Errors.DT501.format(prefer=prefer))
    surface = text
    if text == text.lower():
        text = _capitalise_names(text)
    have = ""
    if _DIGIT.search(text):
        have += "d"
    if _MONTH_GATE.search(text):
        have += "m"
    if _REL_GATE.search(text):
        have += "r"
    if not have:
        return []
    if isinstance(report_date, dt.datetime):
        report_date = report_date.date()
    future = prefer == "future"
    found: list[tuple[int, int, int, dt.date, str]] = []
    for order, (rx, handler, needs) in enumerate(_PATTERNS):
        if any(n not in have for n in needs):
            continue
        for m in rx.finditer(text):
            res = handler(m, report_date, future)
            if res is None:
                continue
            # The mention's text leaves out a leading preposition ("in May" -> "May").
            start = m.start("mod") if "mod" in rx.groupindex and m["mod"] else None
            if start is None:
                start = m.start("mon") if "prep" in rx.groupindex else m.start()
            found.append((start, m.end(), order, res[0], res[1]))
    if not found:
        return []
    found.sort(key=lambda f: (f[0], -f[1], f[2]))
    out: list[DateMention] = []
    last_end = -1
    for start, end, _, date, precision in found:
        if start < last_end:
            continue
        out.append(DateMention(surface[start:end], start, end, date.isoformat(), precision, _bound(text, start)))
        last_end = end
    return out
