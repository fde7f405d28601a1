"""Hyphenated Korean and Chinese given names stay one token ("Moon Jae-in"), so the parser does not
read the second syllable as a word of its own and the person table still matches the name.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from detente.nlp.names import is_given_name

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("word", ["Jae-in", "Jong-un", "Ki-moon", "Geun-hye", "Kai-shek", "Hou-jen", "Tse-tung"])
def test_a_romanised_given_name_is_one_word(word):
    assert is_given_name(word)


@pytest.mark.parametrize("word", ["Saudi-led", "Iran-backed", "Anti-war", "Sit-in", "Set-up", "Win-win", "Al-Qaeda",
                                  "jae-in", "Post-war"])
def test_english_compounds_are_not_given_names(word):
    assert not is_given_name(word)


def test_the_tokenizer_keeps_the_name_and_still_splits_compounds(coder):
    doc = coder.nlp("Moon Jae-in thanked the Saudi-led coalition.")
    words = [t.text for t in doc]
    assert "Jae-in" in words
    assert words[words.index("Saudi"):words.index("Saudi") + 3] == ["Saudi", "-", "led"]


def test_a_name_ending_in_in_is_one_actor(coder):
    # Split, "in" became a second subject: an uncoded actor meeting Abe, and no event for Moon.
    evs = coder.code("South Korean President Moon Jae-in met Japanese Prime Minister Shinzo Abe in Osaka.",
                     date="2019-06-28")
    assert evs and all(e.source.text.endswith("Jae-in") or e.source.text.endswith("Abe") for e in evs)
    assert any(e.source.country == "KOR" and e.target is not None and e.target.country == "JPN" and e.cameo == "040"
               for e in evs)


def test_the_person_table_matches_the_whole_name(coder):
    evs = coder.code("Kim Jong-un met Moon Jae-in at Panmunjom.", date="2018-04-27")
    assert {(e.source.country, e.target.country) for e in evs if e.target is not None} == {("PRK", "KOR"), ("KOR", "PRK")}
