"""find_dates: a table of sentences, report dates and what they must resolve to."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.resolve.dates import DateMention, find_dates

FRI = dt.date(2024, 1, 12)  # a Friday
TUE = dt.date(2024, 1, 9)  # a Tuesday

# (sentence, report date, prefer, expected ISO date, precision, expected mention text)
CASES = [
    # explicit dates
    ("China lodged a protest on March 3, 2023.", FRI, "past", "2023-03-03", "day", "March 3, 2023"),
    ("The talks opened on 3 March 2023 in Geneva.", FRI, "past", "2023-03-03", "day", "3 March 2023"),
    ("The ministry said on 2023-05-08 that it would retaliate.", FRI, "past", "2023-05-08", "day", "2023-05-08"),
    ("Troops crossed the border on Jan. 5.", FRI, "past", "2024-01-05", "day", "Jan. 5"),
    ("The envoy was expelled on Sept. 12.", FRI, "past", "2023-09-12", "day", "Sept. 12"),
    ("Officials met on March 3.", FRI, "past", "2023-03-03", "day", "March 3"),
    ("Officials will meet on March 3.", FRI, "future", "2024-03-03", "day", "March 3"),
    ("The summit ended on the 3rd of March 2022.", FRI, "past", "2022-03-03", "day", "3rd of March 2022"),
    ("Officials met on Jan 10.", FRI, "past", "2024-01-10", "day", "Jan 10"),
    # months
    ("Protests erupted in May.", FRI, "past", "2023-05-01", "month", "May"),
    ("Protests erupted in January.", FRI, "past", "2024-01-01", "month", "January"),
    ("In October, China lodged a complaint.", FRI, "past", "2023-10-01", "month", "October"),
    ("Elections will be held in May.", FRI, "future", "2024-05-01", "month", "May"),
    ("The vote will take place in January.", FRI, "future", "2024-01-01", "month", "January"),
    ("Talks collapsed in October 2023.", FRI, "past", "2023-10-01", "month", "October 2023"),
    ("Talks collapsed in May 2021.", FRI, "past", "2021-05-01", "month", "May 2021"),
    ("Fighting resumed in mid-May.", FRI, "past", "2023-05-01", "month", "mid-May"),
    ("The ceasefire broke down last May.", FRI, "past", "2023-05-01", "month", "last May"),
    ("The ambassador was recalled last month.", FRI, "past", "2023-12-01", "month", "last month"),
    ("The ambassador was recalled earlier this month.", FRI, "past", "2024-01-01", "month", "earlier this month"),
    ("Both sides signed a deal this month.", FRI, "past", "2024-01-01", "month", "this month"),
    ("The leaders will meet next month.", FRI, "future", "2024-02-01", "month", "next month"),
    ("The embassy closed three months ago.", FRI, "past", "2023-10-01", "month", "three months ago"),
    # years
    ("Sanctions were imposed in 2023.", FRI, "past", "2023-01-01", "year", "2023"),
    ("Clashes continued throughout 2023.", FRI, "past", "2023-01-01", "year", "2023"),
    ("The region has been blockaded since 2022.", FRI, "past", "2022-01-01", "year", "2022"),
    ("Relations soured last year.", FRI, "past", "2023-01-01", "year", "last year"),
    ("Relations soured this year.", FRI, "past", "2024-01-01", "year", "this year"),
    ("Relations soured earlier this year.", FRI, "past", "2024-01-01", "year", "earlier this year"),
    ("The treaty was signed a year ago.", FRI, "past", "2023-01-01", "year", "a year ago"),
    ("The rebels took the town in mid-2023.", FRI, "past", "2023-01-01", "year", "mid-2023"),
    ("The 2023 report criticised Moscow.", FRI, "past", "2023-01-01", "year", "2023"),
    # weekdays and days
    ("Beijing expelled the diplomat on Tuesday.", FRI, "past", "2024-01-09", "day", "Tuesday"),
    ("Beijing expelled the diplomat on Tuesday.", TUE, "past", "2024-01-09", "day", "Tuesday"),
    ("Beijing will expel the diplomat on Tuesday.", FRI, "future", "2024-01-16", "day", "Tuesday"),
    ("Militants attacked the base on Friday night.", FRI, "past", "2024-01-12", "day", "Friday night"),
    ("Militants attacked the base last Friday.", FRI, "past", "2024-01-05", "day", "last Friday"),
    ("The minister resigned yesterday.", FRI, "past", "2024-01-11", "day", "yesterday"),
    ("The minister resigned today.", FRI, "past", "2024-01-12", "day", "today"),
    ("Shelling killed five people two days ago.", FRI, "past", "2024-01-10", "day", "two days ago"),
    # weeks
    ("Police arrested 40 protesters last week.", FRI, "past", "2024-01-01", "week", "last week"),
    ("Police arrested 40 protesters this week.", FRI, "past", "2024-01-08", "week", "this week"),
    ("Police arrested 40 protesters earlier this week.", FRI, "past", "2024-01-08", "week", "earlier this week"),
    ("Police arrested 40 protesters last weekend.", FRI, "past", "2024-01-06", "week", "last weekend"),
    ("Police arrested 40 protesters over the weekend.", dt.date(2024, 1, 15), "past", "2024-01-13", "week", "over the weekend"),
]


@pytest.mark.parametrize("sentence,report,prefer,iso,precision,surface", CASES)
def test_resolves(sentence, report, prefer, iso, precision, surface):
    found = find_dates(sentence, report, prefer=prefer)
    assert len(found) == 1, found
    m = found[0]
    assert (m.date, m.precision, m.text) == (iso, precision, surface)
    assert sentence[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Canada may respond with sanctions.",
        "May they respond in kind?",
        "Officials said 1,500 troops were deployed.",
        "Some 2000 troops were deployed.",
        "The army sent 2000 soldiers to the border.",
        "Thousands joined a march through the capital.",
        "Protesters will march to parliament.",
        "The bill passed with 1500 votes.",
        "Inflation hit 2023.5 points.",
        "Officials said the talks were constructive.",
        "Theresa May spoke to reporters.",
    ],
)
def test_no_dates(sentence):
    assert find_dates(sentence, FRI) == []


def test_relative_skipped_without_report_date():
    s = "Last week, on Tuesday, officials said in May that talks held on March 3, 2023 failed in 2021."
    found = find_dates(s, None)
    assert [(m.text, m.date, m.precision) for m in found] == [
        ("March 3, 2023", "2023-03-03", "day"),
        ("2021", "2021-01-01", "year"),
    ]


def test_text_order_and_offsets():
    s = "After clashes on Tuesday, the army withdrew in May 2023 and again last week."
    found = find_dates(s, FRI)
    assert [m.text for m in found] == ["Tuesday", "May 2023", "last week"]
    assert all(isinstance(m, DateMention) and s[m.start : m.end] == m.text for m in found)
    assert [m.start for m in found] == sorted(m.start for m in found)


def test_year_boundaries():
    # "in December" from a January report is last year's December
    assert find_dates("in December", FRI)[0].date == "2023-12-01"
    # "last week" across a year boundary
    assert find_dates("last week", dt.date(2024, 1, 3))[0].date == "2023-12-25"
    # "next month" in December
    assert find_dates("next month", dt.date(2023, 12, 20), prefer="future")[0].date == "2024-01-01"
    # Feb 29 without a year in a year that lacks it is skipped rather than invented
    assert find_dates("on Feb. 29", dt.date(2023, 3, 1)) == []


def test_datetime_report_date_accepted():
    assert find_dates("yesterday", dt.datetime(2024, 1, 12, 18, 30))[0].date == "2024-01-11"


def test_bad_prefer():
    with pytest.raises(ValueError, match="DT501"):
        find_dates("in May", FRI, prefer="sometime")


def test_since_and_until_mark_the_edges_of_a_period():
    s = "Troops have held the pass since 2019 and will stay until May, as agreed in March."
    assert [(m.text, m.bound) for m in find_dates(s, FRI)] == [("2019", "start"), ("May", "end"), ("March", None)]


def test_lowercased_text_reads_month_and_weekday_names():
    s = "but on thursday the minister said the 12 may deal, signed in march 2001, may yet hold."
    found = find_dates(s, FRI)
    assert [(m.text, m.precision) for m in found] == [("thursday", "day"), ("12 may", "day"), ("march 2001", "month")]
    assert all(s[m.start:m.end] == m.text for m in found)
    # The modal and the protest stay words when nothing around them makes them a month.
    assert find_dates("they may march to the capital, and the march may go on.", FRI) == []
    # Text with capitals keeps the rule that names are capitalised.
    assert find_dates("But on thursday they may march.", FRI) == []


def test_a_comma_after_the_year_ends_the_date_and_keeps_it_whole():
    s = "On January 3, 2020, the strike was ordered; the accord, signed in March 2001, still held."
    found = find_dates(s, dt.date(2024, 3, 10))
    assert [(m.text, m.date, m.precision) for m in found] == [
        ("January 3, 2020", "2020-01-03", "day"),
        ("March 2001", "2001-03-01", "month"),
    ]
    assert find_dates("Some 2,000 troops and 1,500 police", None) == []   # thousands are no years


def test_a_month_day_within_a_month_of_the_report_is_in_the_reports_year():
    report = dt.date(2002, 3, 10)
    assert find_dates("Unions called off the March 15 rally.", report)[0].date == "2002-03-15"
    assert find_dates("They met on April 20.", report)[0].date == "2001-04-20"      # past tense, 41 days ahead
    assert find_dates("They will meet on May 2.", report, prefer="future")[0].date == "2002-05-02"
    assert find_dates("They will meet on March 5.", report, prefer="future")[0].date == "2002-03-05"
    assert find_dates("They will meet on January 5.", report, prefer="future")[0].date == "2003-01-05"
