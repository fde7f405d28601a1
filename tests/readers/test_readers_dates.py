from __future__ import annotations

from datetime import date

import pytest

from detente.readers._dates import parse_date

D = date(2024, 1, 12)


@pytest.mark.parametrize(
    "value",
    [
        "2024-01-12",
        "2024-01-12T08:00:00Z",
        "2024-01-12T23:30:00+05:30",
        "2024-01-12 08:00",
        "2024/01/12",
        "20240112",
        "12 January 2024",
        "12 Jan 2024",
        "Jan 12, 2024",
        "January 12th, 2024",
        "Friday, 12 January 2024",
        "Fri, 12 Jan 2024 08:00:00 GMT",
        D,
    ],
)
def test_common_forms(value):
    assert parse_date(value) == D


@pytest.mark.parametrize("value", ["", "soon", "yesterday", "2 days ago", "January 2024", "2024", "2024-02-30", None, 20240112])
def test_no_guessing(value):
    assert parse_date(value) is None


def test_dateparser_fallback():
    assert parse_date("12-Jan-2024") == D


@pytest.mark.parametrize("value", ["le 12 janvier 2024", "12. Januar 2024", "12 de enero de 2024"])
def test_other_languages_via_dateparser(value):
    assert parse_date(value) == D
