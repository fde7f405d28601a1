"""A region's adjective alone is the region ("Western sanctions"); in a longer phrase it is not
(sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_a_region_adjective_alone_is_the_region(coder):
    evs = coder.code("Moscow said that Western sanctions had failed.", date="2024-03-01")
    assert ("Western", "WST") in [(e.source.text, e.source.country) for e in evs]
    evs = coder.code("European sanctions hurt Belarus.", date="2024-03-01")
    assert ("European", "EUR") in [(e.source.text, e.source.country) for e in evs]


def test_a_region_adjective_in_a_longer_phrase_keeps_the_phrase(coder):
    evs = coder.code("Western Ukraine was hit by Russian missiles.", date="2024-03-01")
    assert [(e.target.text, e.target.country) for e in evs if e.target] == [("Western Ukraine", "UKR")]
    evs = coder.code("The Western-backed government in Kabul condemned Pakistan.", date="2019-03-01")
    assert [e.source.country for e in evs] == ["AFG"]


def test_a_region_of_our_table_is_its_country_even_when_tagged_a_person(coder):
    # The small tagger takes "Tigray" alone for a person's name.
    evs = coder.code("Eritrean troops withdrew from Tigray.", date="2023-05-10")
    assert [(e.target.text, e.target.country) for e in evs if e.target] == [("Tigray", "ETH")]


def test_a_town_the_tagger_calls_a_person_is_a_town_after_a_preposition_of_place(coder):
    evs = coder.code("Russian troops withdrew from Kherson.", date="2023-05-10")
    assert [(e.target.text, e.target.country) for e in evs if e.target] == [("Kherson", "UKR")]
    # A person of our tables stays a person.
    evs = coder.code("Lula received a letter from Putin.", date="2023-05-10")
    assert all(e.target is None or e.target.country != "UKR" for e in evs)


def test_a_region_adjective_row_without_a_code_is_an_error_naming_the_row(tmp_path):
    from detente.actors.tables import ActorTables
    from detente.errors import DataError

    (tmp_path / "region_adjectives.csv").write_text("text,country,name\nWestern,WST,the West\nNordic,,\n",
                                                     encoding="utf-8")
    with pytest.raises(DataError, match=r"DT303.*region_adjectives.csv row 3"):
        ActorTables.load(tmp_path)
