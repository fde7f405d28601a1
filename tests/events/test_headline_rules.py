"""Headline and pronoun phrasings (sentences written for these tests): a headline's "A, B" before
its verb is two doers; "they" after "A and B said" is each of the two."""

from __future__ import annotations

import pytest

from event_match import found_codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, a, b, plover", [
    ("Russia, Ukraine swap hundreds of prisoners of war in deal brokered by the Emirates.", "RUS", "UKR", "RETREAT"),
    ("US, China hold talks on fentanyl and military contacts in Bangkok.", "USA", "CHN", "CONSULT"),
    ("US, China agree to restore military hotline.", "USA", "CHN", "AGREE"),
])
def test_a_headlines_two_names_before_the_verb_are_both_doers(coder, text, a, b, plover):
    evs = coder.code(text, date="2024-05-02")
    assert found_codes(evs, a, b, plover=plover) and found_codes(evs, b, a, plover=plover)
    # each side is its own name: the first does not run over the second
    assert all("," not in e.source.text for e in evs if e.plover == plover)


def test_a_city_and_its_country_are_no_pair(coder):
    evs = coder.code("Paris, France hosted the summit.", date="2024-05-02")
    assert not any(e.target is not None and e.source.country == e.target.country == "FRA" for e in evs)


@pytest.mark.parametrize("text, doers, targets, plover", [
    ("Egypt and Qatar said they would keep pressing Israel and Hamas to agree to a truce.", ["EGY", "QAT"], ["ISR", "PSE"], "REQUEST"),
    ("Poland and Lithuania said they had asked Belarus to close the camps near the border.", ["POL", "LTU"], ["BLR"], "REQUEST"),
])
def test_they_after_two_speakers_is_each_of_them(coder, text, doers, targets, plover):
    evs = coder.code(text, date="2024-05-02")
    for d in doers:
        for t in targets:
            assert found_codes(evs, d, t, plover=plover), (d, t)


def test_they_after_one_speaker_stays_one(coder):
    evs = coder.code("Egypt said they would keep pressing Israel to agree to a truce.", date="2024-05-02")
    assert found_codes(evs, "EGY", "ISR", plover="REQUEST")
    assert {e.source.country for e in evs if e.plover == "REQUEST"} == {"EGY"}
