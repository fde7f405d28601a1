"""Forces moved or put on alert: aimed at whom they face, never at themselves. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from event_match import all_between

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,source,target", [
    ("Pakistan has moved hundreds of troops and armoured vehicles to its border with Afghanistan.", "PAK", "AFG"),
    ("Lithuania has deployed 2,000 soldiers to its border with Belarus.", "LTU", "BLR"),
])
def test_forces_sent_to_ones_own_border_face_the_other_side(coder, text, source, target):
    assert all_between(coder.code(text, date="2023-08-01"), "MOBILIZE", source, target)


def test_ones_own_forces_or_land_are_no_target(coder):
    evs = [e for e in coder.code("Guyana put its armed forces on alert on Sunday.", date="2023-12-03") if e.plover == "MOBILIZE"]
    assert evs and all(e.target is None for e in evs)
    evs = [e for e in coder.code("Armenia deployed troops to its border.", date="2023-12-03") if e.plover == "MOBILIZE"]
    assert evs and all(e.target is None for e in evs)
    # A place that is not one's own stays the target.
    evs = [e for e in coder.code("Russia deployed troops to Crimea.", date="2014-03-01") if e.plover == "MOBILIZE"]
    assert evs and all(e.target is not None and e.target.country == "UKR" for e in evs)


@pytest.mark.parametrize("text,source,target", [
    ("Ethiopia moved armoured units toward the border with Sudan.", "ETH", "SDN"),
    ("Azerbaijan moved artillery and missile launchers towards the border with Armenia.", "AZE", "ARM"),
])
def test_forces_moved_toward_a_border_face_the_other_side(coder, text, source, target):
    assert all_between(coder.code(text, date="2023-08-01"), "MOBILIZE", source, target)


@pytest.mark.parametrize("text,source,target", [
    ("Japan deployed missile batteries on its southern islands to counter threats from China.", "JPN", "CHN"),
    ("The United States will send an aircraft carrier to the Gulf to deter threats from Iran.", "USA", "IRN"),
    ("Nigeria deployed troops to the north to fight Boko Haram.", "NGA", "NGA"),
])
def test_forces_sent_to_deter_someone_are_aimed_at_them(coder, text, source, target):
    # The purpose clause names whom the move is meant to check; the place they go is only where.
    evs = [e for e in coder.code(text, date="2022-05-01") if e.plover in ("MOBILIZE", "THREATEN")]
    assert evs and all(e.source.country == source and e.target is not None and e.target.country == target
                       and e.coder.split(":")[1] == "deterred" for e in evs)


def test_forces_sent_to_defend_someone_are_not_aimed_at_them(coder):
    evs = coder.code("Poland moved tanks to its eastern border to defend Lithuania.", date="2022-05-01")
    assert not any(e.plover == "MOBILIZE" and e.target is not None and e.target.country == "LTU" for e in evs)
