"""Courts, charges and states named as places: rules from sentences written for these tests."""

from __future__ import annotations

import pytest

from event_match import found

pytestmark = pytest.mark.slow


def test_the_charge_after_a_charge_verb_is_not_part_of_whom_it_names(coder):
    evs = coder.code("A court convicted the former president of corruption.", date="2023-04-02")
    assert [e.target.text for e in evs if e.cameo == "116"] == ["the former president"]
    evs = coder.code("The army accused the leader of the rebels of war crimes.", date="2023-04-02")
    assert [e.target.text for e in evs if e.plover == "ACCUSE"] == ["the leader of the rebels"]
    # An "of" phrase that names a place or a body stays: it says whose officer is meant.
    evs = coder.code("Russia accused the government of Ukraine of plotting a coup.", date="2023-04-02")
    (ev,) = [e for e in evs if e.plover == "ACCUSE"]
    assert ev.target.text == "the government of Ukraine" and ev.target.country == "UKR"


def test_a_court_that_upholds_a_conviction_convicts(coder):
    evs = coder.code("An appeals court upheld the conviction of opposition leader Ousmane Sonko.", date="2023-06-01")
    assert found(evs, "court", "Ousmane Sonko", "ACCUSE")
    assert any(e.cameo == "116" and e.target.country == "SEN" for e in evs)


def test_a_country_the_tagger_mislabels_still_arrests_in_its_territory(coder):
    # The small model tags this "Niger" as a date; the actor tables know it is a country.
    evs = coder.code("Two Swiss reporters were detained late on Friday in Niger.", date="2024-05-01")
    assert any(e.cameo == "173" and e.source.country == "NER" for e in evs), [e.source.text for e in evs]
    # A demonym is no place: "in Nigerien custody" names no state that did it.
    evs = coder.code("Two journalists were arrested on Monday in Nigerien custody.", date="2024-05-01")
    assert all(e.source.country != "NER" for e in evs)

def test_a_court_that_finds_someone_guilty_convicts_and_not_guilty_does_not(coder):
    evs = coder.code("A tribunal in The Hague found the militia commander guilty of war crimes.", date="2021-02-04")
    assert any(e.cameo == "116" and "commander" in e.target.text for e in evs)
    assert not [e for e in coder.code("A jury found the officer not guilty.", date="2021-02-04") if e.cameo == "116"]
