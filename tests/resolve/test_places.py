"""Gazetteer lookups and find_location with hand-built entities (no spaCy model)."""

from __future__ import annotations

import pytest

from detente.resolve.places import Gazetteer, Place, dateline, find_location, fold
from detente.types import Location


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer()


def ents_for(text: str, *names: str, label: str = "GPE") -> list[tuple[int, int, str]]:
    out = []
    for n in names:
        i = text.index(n)
        out.append((i, i + len(n), label))
    return out


def test_toronto(gaz):
    p = gaz.lookup("Toronto")
    assert (p.name, p.country) == ("Toronto", "CAN")
    assert p.lat == pytest.approx(43.7, abs=0.1) and p.lon == pytest.approx(-79.4, abs=0.1)


@pytest.mark.parametrize("name", ["Kyiv", "Kiev", "kyiv", "KIEV"])
def test_kyiv_and_kiev(gaz, name):
    p = gaz.lookup(name)
    assert (p.name, p.country) == ("Kyiv", "UKR")


def test_paris_is_the_most_populous(gaz):
    p = gaz.lookup("Paris")
    assert p.country == "FRA" and p.lat == pytest.approx(48.85, abs=0.1)


def test_a_city_in_a_country_the_text_has_named_beats_a_bigger_one_elsewhere(gaz):
    assert gaz.lookup("Hyderabad").country == "IND"
    assert gaz.lookup("Hyderabad", prefer=("PAK",)).country == "PAK"
    assert gaz.lookup("Hyderabad", prefer=("IND", "PAK")).country == "IND"  # the bigger of those named
    assert gaz.lookup("Santa Cruz", prefer=("BOL",)).country == "BOL"
    assert gaz.lookup("Hyderabad", prefer=("FRA",)).country == "IND"  # no Hyderabad in France
    # A country's own name means the country, whatever the text named before.
    assert gaz.lookup("Georgia", prefer=("USA",)).country == "GEO"
    assert gaz.lookup("Hyderabad").country == "IND"  # a preferring lookup does not change the plain one


def test_a_preferred_namesake_does_not_displace_a_much_bigger_city_or_a_capital_by_another_name(gaz):
    assert gaz.lookup("Lima", prefer=("USA",)).country == "PER"  # Lima, Ohio: under a tenth of Lima's size
    assert gaz.lookup("Islamabad", prefer=("IND",)).country == "PAK"  # only another name of an Indian town
    assert gaz.lookup("Tripoli", prefer=("LBN",)).country == "LBN"  # Lebanon's Tripoli has the name as its own
    assert gaz.lookup("Kingston", prefer=("CAN",)).country == "CAN"

def test_an_events_place_is_read_in_its_actors_country(gaz):
    s = "Riot police broke up a sit-in by nurses outside a hospital in Hyderabad on Friday."
    ents = ents_for(s, "Hyderabad")
    assert find_location(s, ents, gazetteer=gaz).country == "IND"
    loc = find_location(s, ents, gazetteer=gaz, prefer=["PAK"])
    assert (loc.name, loc.country) == ("Hyderabad", "PAK") and loc.lon == pytest.approx(68.4, abs=0.2)


def test_accents_folded(gaz):
    assert gaz.lookup("Sao Paulo") == gaz.lookup("São Paulo")
    assert gaz.lookup("Sao Paulo").country == "BRA"
    assert fold("  Zürich ") == "zurich"


@pytest.mark.parametrize(
    "name,country",
    [("Gaza", "PSE"), ("Gaza Strip", "PSE"), ("the Gaza Strip", "PSE"), ("West Bank", "PSE"),
     ("Crimea", "UKR"), ("Donbas", "UKR"), ("Kashmir", None), ("Taiwan Strait", None),
     ("South China Sea", None), ("Black Sea", None), ("Kursk region", "RUS")],
)
def test_regions(gaz, name, country):
    p = gaz.lookup(name)
    assert p is not None and p.country == country and p.lat is not None and p.lon is not None


@pytest.mark.parametrize(
    "name,iso3",
    [("China", "CHN"), ("Canada", "CAN"), ("United States", "USA"), ("U.S.", "USA"),
     ("Britain", "GBR"), ("Kosovo", "XKX"), ("Russia", "RUS"), ("Ukraine", "UKR"),
     ("Ivory Coast", "CIV"), ("the Netherlands", "NLD")],
)
def test_countries(gaz, name, iso3):
    p = gaz.lookup(name)
    assert p is not None and p.country == iso3


def test_country_at_its_capital(gaz):
    p = gaz.lookup("Canada")
    assert p.name == "Canada"
    assert p.lat == pytest.approx(45.4, abs=0.1) and p.lon == pytest.approx(-75.7, abs=0.1)


def test_possessive_and_unknown(gaz):
    assert gaz.lookup("Moscow's").name == "Moscow"
    assert gaz.lookup("Xyzzyville") is None
    assert gaz.lookup("") is None


def test_lookup_is_cached(gaz):
    assert gaz.lookup("Toronto") is gaz.lookup("Toronto")


def test_from_toronto(gaz):
    s = "Canada expelled a Chinese diplomat from Toronto on Monday."
    loc = find_location(s, ents_for(s, "Canada", "Toronto"), exclude=[(0, 6)], gazetteer=gaz)
    assert isinstance(loc, Location)
    assert (loc.text, loc.name, loc.country) == ("Toronto", "Toronto", "CAN")
    assert loc.lat == pytest.approx(43.7, abs=0.1)


def test_actor_span_is_not_the_place(gaz):
    s = "In Beijing, officials summoned the envoy."
    ents = ents_for(s, "Beijing")
    assert find_location(s, ents, exclude=[(3, 10)], gazetteer=gaz) is None
    assert find_location(s, ents, gazetteer=gaz).name == "Beijing"


def test_excluded_actor_skipped_for_later_place(gaz):
    s = "Beijing expelled a diplomat from Canada in Shanghai."
    loc = find_location(s, ents_for(s, "Beijing", "Canada", "Shanghai"),
                        exclude=[(0, 7), (s.index("Canada"), s.index("Canada") + 6)], gazetteer=gaz)
    assert loc.name == "Shanghai" and loc.country == "CHN"


def test_no_preposition(gaz):
    s = "Beijing expelled a Canadian diplomat, Ottawa said."
    assert find_location(s, ents_for(s, "Beijing", "Ottawa"), gazetteer=gaz) is None


@pytest.mark.parametrize(
    "sentence,entity,name",
    [
        ("Shells fell in the Gaza Strip overnight.", "Gaza Strip", "Gaza Strip"),
        ("Drones struck near Kherson on Monday.", "Kherson", "Kherson"),
        ("Fighting raged on the outskirts of Kharkiv.", "Kharkiv", "Kharkiv"),
        ("Troops massed in the eastern city of Kharkiv.", "Kharkiv", "Kharkiv"),
        ("Ships sailed through the Taiwan Strait.", "Taiwan Strait", "Taiwan Strait"),
        ("Crowds gathered outside Paris city hall.", "Paris", "Paris"),
    ],
)
def test_locative_contexts(gaz, sentence, entity, name):
    label = "LOC" if "Strait" in entity else "GPE"
    loc = find_location(sentence, ents_for(sentence, entity, label=label), gazetteer=gaz)
    assert loc is not None and loc.name == name and loc.text == entity


def test_unresolvable_entity_skipped(gaz):
    s = "Talks took place at Camp Xyzzy and later in Geneva."
    loc = find_location(s, ents_for(s, "Camp Xyzzy", label="FAC") + ents_for(s, "Geneva"), gazetteer=gaz)
    assert loc.name == "Geneva" and loc.country == "CHE"


def test_other_labels_ignored(gaz):
    s = "He spoke in Paris."
    i = s.index("Paris")
    assert find_location(s, [(i, i + 5, "PERSON")], gazetteer=gaz) is None


def test_not_a_locative_phrase(gaz):
    s = "Moscow held talks with Kyiv."
    assert find_location(s, ents_for(s, "Moscow", "Kyiv"), gazetteer=gaz) is None
    s = "It is in talks with Kyiv."
    assert find_location(s, ents_for(s, "Kyiv"), gazetteer=gaz) is None


def test_place_is_frozen():
    p = Place("X", None, None, None)
    with pytest.raises(Exception):
        p.name = "Y"  # type: ignore[misc]


def test_regions_csv_is_valid():
    from detente.resolve.places import load_regions

    rows = load_regions()
    assert len(rows) >= 10 and len({fold(n) for n, _ in rows}) == len(rows)


@pytest.mark.parametrize(
    "row", ["Nowhere,XX,1,2,src", "Nowhere,ABC,north,2,src", "Nowhere,ABC,91,2,src", ",ABC,1,2,src"]
)
def test_malformed_regions_csv(tmp_path, row):
    from detente.errors import DataError
    from detente.resolve.places import load_regions

    p = tmp_path / "regions.csv"
    p.write_text("name,country,lat,lon,source\n" + row + "\n", encoding="utf-8")
    with pytest.raises(DataError, match="DT502"):
        load_regions(p)


@pytest.mark.parametrize("name", ["North", "the North", "Center", "South", "Eastern"])
def test_a_compass_or_plain_word_is_no_place(gaz, name):
    # GeoNames lists "North" as another name of a town in Utah and "Center" of one in Hungary.
    assert gaz.lookup(name) is None


def test_a_dateline_is_the_place_before_the_mark_at_a_paragraphs_start():
    assert dateline("Filed 4 March\n\nlima : police held two men on Monday") == "lima"
    assert dateline("BEIJING (Reuters) - China said on Monday") == "BEIJING"
    assert dateline("The talks went on all night.") is None
    # A sentence with a colon in it is no dateline.
    assert dateline("The minister said on Monday that the talks had ended: nothing was agreed.") is None
