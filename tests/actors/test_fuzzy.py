"""Misspelt country words (actors/fuzzy.py)."""

from __future__ import annotations

from detente.actors.fuzzy import FuzzyIndex, osa_distance
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
