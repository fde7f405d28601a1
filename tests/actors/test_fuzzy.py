"""Misspelt country words (actors/fuzzy.py)."""

from __future__ import annotations

from detente.actors.fuzzy import FuzzyIndex, NameIndex, osa_distance
from detente.actors.tables import default_tables


def test_osa_distance_counts_a_swap_as_one_edit():
    assert osa_distance("kazakhs", "kazahks") == 1
    assert osa_distance("germany", "gemany") == 1
    assert osa_distance("canada", "canada") == 0
    assert osa_distance("brazil", "brasilia") == 3


def test_index_answers_only_for_one_edit_and_one_country():
    idx = FuzzyIndex({"sylvania": "SYL", "sylvanian": "SYL", "freedonia": "FRE", "austria": "AUT", "australia": "AUS"})
    assert idx.lookup("sylvanai") == "SYL"
    assert idx.lookup("freedomia") == "FRE"
    assert idx.lookup("sylvania") is None       # a known word is not a typo
    assert idx.lookup("freeedoniaa") is None    # two edits
    assert idx.lookup("abc") is None            # too short to guess


def test_shipped_tables_resolve_common_typos():
    t = default_tables()
    assert t.misspelt_country("Kazahks") == "KAZ"
    assert t.misspelt_country("Germnay") == "DEU"
    assert t.misspelt_country("Pakistn") == "PAK"
    assert t.misspelt_country("Austria") is None   # a real name is left to the tables


# -- long names spelt another way (NameIndex) ----------------------------------------------


def test_name_index_takes_a_near_spelling_of_one_long_name():
    idx = NameIndex({"army of the free sylvanian coast": ("SYL", 6), "freedonian patriotic front": ("FRE", 3)})
    assert idx.lookup("army of the free silvanian coast") == "army of the free sylvanian coast"
    assert idx.lookup("fredonian patriotik front") == "freedonian patriotic front"
    assert idx.lookup("freedonian patriotic front party") is None   # a word more: another body
    assert idx.lookup("sylvanian") is None                         # too short to guess
    assert idx.lookup("people's liberation movement") is None


def test_name_index_gives_up_when_two_countries_are_as_close():
    idx = NameIndex({"national salvation council": ("SYL", 3), "national salvation councils": ("FRE", 3)})
    assert idx.lookup("national salvatoin council") is None


def _actor(coder, text):
    from detente.actors.coding import ArticleMemory

    doc = coder.nlp(text)
    head = max(doc, key=lambda t: t.i if t.pos_ in ("NOUN", "PROPN") else -1)
    return coder.actor_coder.code_span(doc, 0, len(doc), head, coder.matcher.index(doc), ArticleMemory(), None)


def test_transliterated_group_names_take_the_tables_country(coder):
    # The table spells it "Ahlu Sunna Waljama'a" (Somalia).
    assert _actor(coder, "Ahlu Sunnah Wal-Jamaa").country == "SOM"
    assert _actor(coder, "Ahlu Sunna Waljamaa fighters").country == "SOM"


def test_a_town_naming_an_institution_gives_its_country(coder):
    assert _actor(coder, "Lahore police").country == "PAK"
    assert _actor(coder, "Amherst College").country == "USA"
    assert _actor(coder, "the Mosul police").country == "IRQ"


def test_hyphenated_region_is_one_place(coder):
    assert _actor(coder, "Schleswig-Holstein officials").country == "DEU"


def test_a_province_at_the_end_of_a_long_name(coder):
    assert _actor(coder, "the Teachers Federation Tamil Nadu").country == "IND"
    assert _actor(coder, "Farm Workers Alliance Nova Scotia").country == "CAN"
