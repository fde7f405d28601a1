"""A name from the actor tables that the parser cut in two is still one actor. Sentences written
for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_a_hyphenated_given_name_cut_by_the_parser_is_one_actor(coder):
    # The parser reads "Moon Jae-in" as two subjects, "Moon Jae" and "in"; the person table
    # names "Moon Jae-in", so the two are one actor and "in" is nobody of its own.
    evs = coder.code("Seoul's President Moon Jae-in met Japan's Prime Minister Shinzo Abe in Osaka.", date="2019-06-28")
    assert len(evs) == 2
    assert "Seoul's President Moon Jae-in" in {e.source.text for e in evs}
    assert {(e.source.country, e.target.country) for e in evs} == {("KOR", "JPN"), ("JPN", "KOR")}


@pytest.mark.parametrize("word", ["the Gulf", "the Midlands", "the Red Sea", "the West Coast"])
def test_a_plain_geographic_word_is_no_subdivision(coder, word):
    # "Gulf" is a province of Papua New Guinea, "Red Sea" a state of Sudan and "West Coast" a
    # region of New Zealand, but "sent a carrier to the Gulf" is about none of them.
    evs = coder.code(f"The United States sent an aircraft carrier to {word}.", date="2020-01-05")
    assert not any(e.target is not None and e.target.country in ("PNG", "SDN", "NZL") for e in evs)
    assert coder.actor_coder.tables.place_country(word) is None
