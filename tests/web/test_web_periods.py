"""Period labels (as the store writes them) back to their first and last day."""

from __future__ import annotations

from datetime import date

import pytest

from detente.errors import WebError
from detente.web.periods import bounds


@pytest.mark.parametrize("label,freq,first,last", [
    ("2023-05", "month", date(2023, 5, 1), date(2023, 5, 31)),
    ("2024-02", "month", date(2024, 2, 1), date(2024, 2, 29)),
    ("2023-12", "month", date(2023, 12, 1), date(2023, 12, 31)),
    ("2023-W19", "week", date(2023, 5, 8), date(2023, 5, 14)),
    ("2023-Q2", "quarter", date(2023, 4, 1), date(2023, 6, 30)),
    ("2023", "year", date(2023, 1, 1), date(2023, 12, 31)),
    ("2023-05-09", "day", date(2023, 5, 9), date(2023, 5, 9)),
    ("2023-05-01", "month", date(2023, 5, 1), date(2023, 5, 31)),
])
def test_bounds(label, freq, first, last):
    assert bounds(label, freq) == (first, last)


def test_labels_round_trip_with_the_store_labels():
    from detente.analysis.relations import period_label

    for freq in ("day", "week", "month", "quarter", "year"):
        for d in (date(2023, 1, 1), date(2023, 5, 9), date(2024, 12, 31)):
            lo, hi = bounds(period_label(d, freq), freq)
            assert lo <= d <= hi
            assert period_label(lo, freq) == period_label(hi, freq) == period_label(d, freq)


@pytest.mark.parametrize("label,freq", [("2023-13", "month"), ("last week", "month"), ("2023-05", "fortnight")])
def test_bad_periods_are_coded_errors(label, freq):
    with pytest.raises(WebError, match=r"\[DT806\]"):
        bounds(label, freq)
