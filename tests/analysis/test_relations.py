"""Relations analytics on hand-made units: periods, the index and its smoothing, rankings, alerts."""

from __future__ import annotations

from datetime import date

import pytest

from detente.analysis.relations import alerts, period_label, period_start, raw_index, relations, series, shift
from detente.errors import StoreError

KEYS = ["period", "events", "goldstein_sum", "goldstein_mean", "quad1", "quad2", "quad3", "quad4", "index"]


def u(day: str, quad: int, goldstein: float = 0.0, uid: str | None = None) -> dict:
    return {"date": date.fromisoformat(day), "quad": quad, "goldstein": goldstein, "id": uid or f"{day}/{quad}/{goldstein}"}


@pytest.mark.parametrize("freq,label,start", [
    ("day", "2023-05-09", date(2023, 5, 9)), ("week", "2023-W19", date(2023, 5, 8)),
    ("month", "2023-05", date(2023, 5, 1)), ("quarter", "2023-Q2", date(2023, 4, 1)), ("year", "2023", date(2023, 1, 1)),
])
def test_period_labels_and_starts(freq, label, start):
    d = date(2023, 5, 9)
    assert period_label(d, freq) == label and period_start(d, freq) == start


def test_shift_across_year_ends():
    assert shift(date(2023, 12, 1), "month") == date(2024, 1, 1)
    assert shift(date(2023, 1, 1), "quarter", -1) == date(2022, 10, 1)
    assert shift(date(2024, 1, 1), "week", 1) == date(2024, 1, 8)
    assert period_label(date(2024, 12, 30), "week") == "2025-W01"


def test_raw_index_weights_material_acts_double():
    from collections import Counter

    assert raw_index(Counter({1: 1})) == 1.0 and raw_index(Counter({4: 3})) == -1.0
    assert raw_index(Counter({1: 2, 4: 1})) == 0.0  # +2 verbal coop vs -2 one material conflict
    assert raw_index(Counter({2: 1, 3: 1})) == pytest.approx(1 / 3)
    assert raw_index(Counter()) is None


def test_series_rows_keys_counts_and_empty_periods():
    units = [u("2023-05-08", 3, -4.0), u("2023-05-20", 4, -7.0), u("2023-07-02", 1, 3.0)]
    rows = series(units, freq="month", span=1)
    assert [r["period"] for r in rows] == ["2023-05", "2023-06", "2023-07"]
    assert all(list(r) == KEYS for r in rows)
    may, june, july = rows
    assert (may["events"], may["quad3"], may["quad4"], may["goldstein_sum"], may["goldstein_mean"]) == (2, 1, 1, -11.0, -5.5)
    assert may["index"] == -1.0 and july["index"] == 1.0
    assert june["events"] == 0 and june["goldstein_mean"] is None and june["index"] is None  # raw: no events, no index
    smooth = series(units, freq="month")
    assert smooth[1]["index"] == smooth[0]["index"] == -1.0  # smoothed: no news leaves the index where it was


def test_index_smoothing_is_an_ewma_of_numerator_and_denominator():
    units = [u("2023-01-05", 4), u("2023-02-05", 1), u("2023-02-06", 1)]
    rows = series(units, freq="month", span=3)  # alpha 0.5
    assert rows[0]["index"] == -1.0
    # N = 0.5*(+2) + 0.5*(-2*0.5)... computed by hand: N1=-1, D1=1; N2=1-0.5=0.5, D2=1+0.5=1.5
    assert rows[1]["index"] == pytest.approx(0.5 / 1.5, abs=1e-4)


def test_series_start_end_cut_without_changing_values():
    units = [u("2023-01-05", 4), u("2023-02-05", 1), u("2023-04-05", 1)]
    full = series(units, freq="month")
    cut = series(units, freq="month", start=date(2023, 2, 1), end=date(2023, 3, 31))
    assert [r["period"] for r in cut] == ["2023-02", "2023-03"]
    assert cut == full[1:3]
    assert series([], freq="month") == []
    padded = series([], freq="month", start=date(2023, 1, 1), end=date(2023, 2, 1))
    assert [r["index"] for r in padded] == [None, None]


def test_bad_freq_is_a_coded_error():
    with pytest.raises(StoreError, match="DT708"):
        series([u("2023-01-05", 1)], freq="fortnight")


def test_relations_rank_by_volume_and_by_recent_change():
    by_dyad = {
        ("CAN", "CHN"): [u("2023-01-05", 3), u("2023-02-05", 3), u("2023-03-05", 3), u("2023-04-05", 3)],
        ("RUS", "UKR"): [u("2023-05-05", 4), u("2023-06-05", 4), u("2023-06-06", 4)],
    }
    vol = relations(by_dyad, freq="month", window=2, by="volume")
    assert [r["dyad"] for r in vol] == ["CAN-CHN", "RUS-UKR"]
    # latest period is 2023-06: recent = May-June, previous = March-April
    can = next(r for r in vol if r["dyad"] == "CAN-CHN")
    rus = next(r for r in vol if r["dyad"] == "RUS-UKR")
    assert (can["recent"], can["previous"], can["change"]) == (0, 2, -2)
    assert (rus["recent"], rus["previous"], rus["change"]) == (3, 0, 3)
    assert [r["dyad"] for r in relations(by_dyad, freq="month", window=2, by="change")] == ["RUS-UKR", "CAN-CHN"]
    assert len(relations(by_dyad, limit=1)) == 1


def test_alert_when_a_dyad_turns_against_its_history():
    history = [u(f"2023-0{m}-05", 1, 3.0, f"c{m}") for m in range(1, 6)]  # five cooperative months
    crisis = [u("2023-06-03", 4, -9.0, "x1"), u("2023-06-04", 3, -4.0, "x2"), u("2023-06-05", 1, 1.0, "x3")]
    found = alerts({("A", "B"): history + crisis}, freq="month", threshold=2.0)
    assert len(found) == 1
    a = found[0]
    assert (a["period"], a["direction"], a["dyad"]) == ("2023-06", "fall", "A-B")
    assert a["driving_ids"] == ["x1", "x2"]  # the conflict events, strongest first
    assert a["z"] < -2
    assert alerts({("A", "B"): history + crisis}, threshold=50.0) == []
    assert alerts({("A", "B"): history + crisis}, min_history=6) == []


def test_no_alert_for_a_single_event_period_or_a_steady_dyad():
    steady = [u(f"2023-0{m}-05", 3, -2.0) for m in range(1, 9)]
    assert alerts({("A", "B"): steady}) == []
    lone = [u(f"2023-0{m}-05", 1) for m in range(1, 6)] + [u("2023-06-05", 4)]
    assert alerts({("A", "B"): lone}) == []  # min_events=2
    assert len(alerts({("A", "B"): lone}, min_events=1)) == 1
