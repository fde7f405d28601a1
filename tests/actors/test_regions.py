"""Regions acting as one (data/actors/regions.csv): CAMEO's regional codes."""

from __future__ import annotations

import pytest


def _pairs(coder, text):
    return [(e.source.code, e.target.code if e.target else None, e.plover) for e in coder.code(text)]


def _pairs_of(evs):
    return [(e.source.code, e.target.country if e.target else None, e.plover) for e in evs]


@pytest.mark.parametrize("text, source", [
    ("Western powers imposed sanctions on Freedonia's central bank.", "WSTGOV"),
    ("Gulf states sent food aid to Sudan.", "PGSGOV"),
    ("African leaders urged Russia to end the war.", "AFRGOV"),
    ("Latin American governments condemned the coup in Peru.", "LAMGOV"),
])
def test_a_region_phrase_is_a_source(coder, text, source):
    assert source in [s for s, _, _ in _pairs(coder, text)]


def test_the_west_only_when_capitalised(coder):
    assert ("RUS", "WST", "ACCUSE") in _pairs(coder, "Russia accused the West of prolonging the war.")
    # a compass word, not the West
    assert all(t != "WST" for _, t, _ in _pairs(coder, "Russia shelled towns in the west of Ukraine."))


def test_longer_names_win_over_regions(coder):
    assert _pairs(coder, "South Africa criticized Israel.")[0][0] == "ZAF"


def test_places_inside_regions_are_not_actors(coder):
    assert _pairs(coder, "A storm hit the Gulf of Mexico on Monday.") == []


def test_the_north_and_the_south_are_the_halves_the_article_named(coder):
    evs = coder.code("North Korea fired a missile on Monday. Seoul warned the North against further launches.")
    assert any(e.source.country == "KOR" and e.target and e.target.country == "PRK" for e in evs)
    evs = coder.code("Sudan and South Sudan signed a deal. The South later accused Khartoum of bombing its oil fields.")
    assert any(e.source.country == "SSD" and e.target and e.target.country == "SDN" and e.plover == "ACCUSE" for e in evs)
    # Without such a country in the article the word names none (it was a town in Utah).
    evs = coder.code("Seoul criticized the North.")
    assert evs and all(e.target is None or e.target.country is None for e in evs)


def test_the_island_and_the_kingdom_are_the_country_of_that_kind_named_last(coder):
    evs = coder.code("Beijing staged drills near Taiwan on Monday. The island's defence ministry accused China "
                     "of sending 30 warplanes. China then warned the self-ruled island.")
    assert ("TWNGOV", "CHN", "ACCUSE") in _pairs_of(evs)
    assert any(e.source.country == "CHN" and e.target and e.target.country == "TWN" and e.plover == "THREATEN" for e in evs)
    evs = coder.code("Saudi Arabia hosted talks on Sudan. The kingdom's foreign minister met the Sudanese envoy.")
    assert any(e.source.code == "SAUGOV" and e.target and e.target.country == "SDN" for e in evs)
    # An island with a name of its own is that place; with no island state named, no country.
    evs = coder.code("Greece and Turkey held talks. Athens accused Ankara of harassing the Greek island.")
    assert all(e.target is None or e.target.country in ("GRC", "TUR") for e in evs)
    evs = coder.code("Pirates attacked the island.")
    assert evs and all(e.target is None or e.target.country is None for e in evs)


def test_the_bloc_the_alliance_and_the_militia_are_the_body_of_that_kind_named_last(coder):
    evs = coder.code("Mali and Niger left ECOWAS on Sunday, accusing the bloc of serving foreign interests.")
    assert {(e.source.country, e.target.code) for e in evs if e.plover == "ACCUSE"} == {("MLI", "IGOWASIGO"), ("NER", "IGOWASIGO")}
    evs = coder.code("NATO leaders met in Vilnius. Russia warned the alliance against expanding further.")
    assert ("RUS", "IGONATMIL") in [(e.source.code, e.target.code if e.target else None) for e in evs]
    evs = coder.code("Hezbollah fired rockets at northern Israel. Israel struck the militia's positions in Lebanon.")
    assert any(e.source.country == "ISR" and e.target and e.target.code == "LBNREB" for e in evs)
    # With no such body named before, the description names none.
    evs = coder.code("Russia warned the alliance.")
    assert evs and all(e.target is None or e.target.code is None for e in evs)


@pytest.mark.parametrize("name, content, code", [
    ("descriptions.csv", "word,country,note\nisland,Taiwan,no ISO3 code\n", "DT306"),
    ("body_descriptions.csv", "text,kind,note\nbloc,club,no such kind\n", "DT307"),
])
def test_a_bad_description_row_is_an_error_naming_it(tmp_path, name, content, code):
    from detente.actors.tables import ActorTables
    from detente.errors import DataError

    (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match=code):
        ActorTables.load(tmp_path)


def test_people_living_in_a_place_are_of_its_country(coder):
    evs = coder.code("Chile agreed to take in 300 people now living in Peruvian border camps.")
    assert [e.target.country for e in evs if e.target] == ["PER"]
    # Not those stranded or held there: they may be anyone's.
    evs = coder.code("Chile evacuated 300 citizens stranded in Sudan.")
    assert all(e.target is None or e.target.country != "SDN" for e in evs)


def test_name_heads_are_read_from_their_data_file_and_a_bad_row_is_an_error_naming_it(tmp_path):
    from detente.actors.tables import name_heads
    from detente.errors import DataError

    heads = name_heads()  # the shipped file
    assert "spokesman" in heads["for"] and "troop" in heads["from"] and "island" in heads["of"]
    path = tmp_path / "name_heads.csv"
    path.write_text("word,preposition,note\nenvoy,of,\nenvoy,to,no such preposition\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"DT308.*name_heads.csv row 3"):
        name_heads(path)


def test_the_bank_of_a_river_is_land_not_a_lender(coder):
    evs = coder.code("Russian troops pulled out of the eastern bank of the Oskil river.", date="2022-10-01")
    assert [e.target.sector for e in evs if e.target] == [None]
    evs = coder.code("Russian troops withdrew from the left bank.", date="2022-10-01")
    assert all(e.target is None or e.target.sector != "BUS" for e in evs)
    # A bank that lends keeps its sector.
    evs = coder.code("Protesters attacked a bank in Athens.", date="2012-02-13")
    assert [e.target.sector for e in evs if e.target] == ["BUS"]


def test_a_bomber_from_a_group_is_the_groups(coder):
    evs = coder.code("A suicide bomber from the Pakistani Taliban killed 12 policemen in Peshawar.", date="2013-09-01")
    assert evs and evs[0].source.text == "A suicide bomber from the Pakistani Taliban" and evs[0].source.country == "PAK"


def test_named_place_heads_are_read_from_their_data_file_and_a_bad_row_is_an_error_naming_it(tmp_path):
    from detente.actors.tables import named_place_heads
    from detente.errors import DataError

    assert {"airport", "island", "square"} <= named_place_heads()
    path = tmp_path / "named_places.csv"
    path.write_text("word,note\nairport,\nair base,two words\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"DT309.*named_places.csv row 3"):
        named_place_heads(path)


def test_a_place_named_after_a_person_is_the_place_not_the_person(coder):
    evs = coder.code("Pakistan test-fired a cruise missile near Benazir Bhutto Square in Rawalpindi on Friday.",
                     date="2023-03-10")
    assert all(e.target is None or e.target.sector is None for e in evs)
    evs = coder.code("Customs officers detained a courier at Indira Gandhi International Airport.", date="2021-02-01")
    assert not [a for e in evs for a in (e.source, e.target) if a is not None and a.name == "Indira Gandhi"]
    # The person, named alone, is still the person.
    evs = coder.code("Benazir Bhutto met the Indian prime minister in Islamabad.", date="1988-12-30")
    assert any(e.source.name == "Benazir Bhutto" and e.source.country == "PAK" for e in evs)


def test_a_sector_word_in_the_name_of_a_place_is_part_of_the_name(coder):
    evs = coder.code("Rebels shelled the Army Stadium in Juba overnight.", date="2016-07-10")
    (ev,) = [e for e in evs if e.cameo.startswith("19")]
    assert ev.target.text == "the Army Stadium" and ev.target.sector is None
    # Not a building named by its kind in lower case.
    evs = coder.code("Gunmen attacked a police station in Quetta.", date="2023-01-30")
    assert any(e.target is not None and e.target.sector == "COP" for e in evs)


def test_a_town_name_two_countries_share_is_read_in_the_country_the_sentence_named(coder):
    evs = coder.code("Pakistani police detained 30 people in Hyderabad after the clashes.", date="2023-05-10")
    assert [e.target.country for e in evs if e.cameo == "173"] == ["PAK"]
    evs = coder.code("Indian police detained 30 people in Hyderabad after the clashes.", date="2023-05-10")
    assert [e.target.country for e in evs if e.cameo == "173"] == ["IND"]
