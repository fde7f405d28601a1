"""Which date dates the event (resolve/event_dates.py): not a period around it, nor a thing it is about."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _dates(coder, text):
    return {(e.cameo, e.event_date, e.date_precision) for e in coder.code(text, date="2023-06-20")}


def test_since_marks_a_gap_not_the_act(coder):
    # the visit happens now; 2016 is where the gap began
    got = _dates(coder, "She was the first Chilean president to visit Peru since 2016.")
    assert got and all(d == "2023-06-20" and p == "report" for _, d, p in got)


def test_until_marks_the_end_of_a_period(coder):
    got = _dates(coder, "A court in Lima ordered the opposition leader held in custody until August 3.")
    assert got and all(d == "2023-06-20" for _, d, _ in got)


def test_since_with_a_perfect_tense_dates_the_start(coder):
    got = _dates(coder, "Freedonia has occupied the island since 2014.")
    assert any(d == "2014-01-01" and p == "year" for _, d, p in got)


def test_a_plain_date_still_dates_the_act(coder):
    got = _dates(coder, "Peru expelled a Chilean diplomat in May.")
    assert ("161", "2023-05-01", "month") in got


def test_a_date_naming_a_thing_the_act_is_about_does_not_date_the_act(coder):
    got = _dates(coder, "The Freedonian opposition denied the June 2 allegations.")
    assert got and all(d == "2023-06-20" and p == "report" for _, d, p in got)
    # ... but the act itself named by its noun keeps it, and so does the doer's own date.
    assert any(d == "2023-06-02" for _, d, _ in _dates(coder, "Sylvanian rebels launched the June 2 offensive against the army."))
    assert any(d == "2023-06-02" for _, d, _ in _dates(coder, "Sylvanian rebels attacked the capital on June 2."))


def test_a_date_inside_the_acts_to_clause_dates_that_clause(coder):
    got = _dates(coder, "Freedonia asked Sylvania to renegotiate the 1960 water treaty, officials said on Monday.")
    assert ("020", "2023-06-19", "day") in got          # the appeal: Monday, not 1960
    assert not any(d == "1960-01-01" for _, d, _ in got)


def test_a_relative_clause_on_what_is_attacked_dates_another_act(coder):
    # 2011 is when the town was taken, long before the shelling
    got = _dates(coder, "Freedonian artillery shelled villages near Lakeport, which Sylvania seized in 2011.")
    assert ("194", "2023-06-20", "report") in got
    assert ("171", "2011-01-01", "year") in got  # the seizing keeps its own date


def test_a_participle_on_a_thing_inside_the_acts_clause_dates_the_thing(coder):
    # 1998 is when the accord was signed; the agreement to revive it is of the report's day.
    got = _dates(coder, "Freedonia agreed to revive a fisheries accord with Sylvania signed in 1998.")
    assert got and all(d != "1998-01-01" for _, d, _ in got)
    assert ("030", "2023-06-20", "report") in got


def test_a_relative_clause_on_the_trigger_noun_still_dates_it(coder):
    got = _dates(coder, "Sylvanian rebels staged an assault on the garrison, which began on Sunday.")
    assert any(d == "2023-06-18" for _, d, _ in got)


def test_by_marks_a_deadline_not_the_act(coder):
    got = _dates(coder, "The foreign ministry ordered the Sylvanian attache to leave the country by June 30.")
    assert got and all(d == "2023-06-20" and p == "report" for _, d, p in got)


def test_a_future_act_agreed_in_the_past_takes_the_day_of_agreeing(coder):
    # the report is a Tuesday; "Thursday" is the one before, when they agreed
    got = _dates(coder, "Freedonia and Sylvania agreed on Thursday to release prisoners of war.")
    assert got and all(d == "2023-06-15" for _, d, _ in got)
    got = _dates(coder, "Freedonia said on Monday it would expel two Sylvanian diplomats.")
    assert got and all(d == "2023-06-19" for _, d, _ in got)


def test_a_future_act_with_its_own_date_still_looks_ahead(coder):
    got = _dates(coder, "Sylvanian rebels will attack the capital on Thursday.")
    assert ("1384", "2023-06-22", "day") in got


def test_a_date_of_a_thing_outside_the_act_or_of_a_later_clause_is_not_the_acts(coder):
    # 1929 dates the treaty, which the accusation is not about.
    got = _dates(coder, "Freedonia asked Sylvania to renegotiate the 1929 border treaty, accusing it of stalling.")
    assert ("112", "2023-06-20", "report") in got and not any(d.startswith("1929") for _, d, _ in got)
    # March is when the president leaves office, not when they met.
    got = _dates(coder, "The two presidents met in Quito, in what was expected to be their last meeting before "
                        "the Freedonian leader leaves office in March.")
    assert got and not any(d.startswith("2023-03") or d.startswith("2024-03") for _, d, _ in got)


def test_a_present_or_perfect_clause_is_not_dated_by_the_clause_before_it(coder):
    # July dates the brokering; the complaints are ongoing, so the report's date.
    got = _dates(coder, "The truce was brokered by Qatar in July, and Freedonia has repeatedly accused Sylvania of breaking it.")
    assert ("112", "2023-06-20", "report") in got
    # A date fronted before both clauses dates both.
    got = _dates(coder, "On Monday, Freedonia shelled Sylvania, and Sylvania has vowed to retaliate.")
    assert {d for _, d, _ in got} == {"2023-06-19"}


def test_a_date_owned_by_a_thing_is_not_the_acts(coder):
    # "next year's election" dates the election, not the ban.
    got = _dates(coder, "Freedonia's top court barred the Sylvanian candidate from running in next year's election.")
    assert got and all(d == "2023-06-20" for _, d, _ in got)
