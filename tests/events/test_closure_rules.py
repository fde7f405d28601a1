"""Closing a border is an administrative restriction aimed at the neighbour it shuts out; a
blockade or a seized town is the use of force (sentences written for these tests)."""

from __future__ import annotations

import pytest

from event_match import found

pytestmark = pytest.mark.slow


def test_a_closed_border_is_aimed_at_the_neighbour_after_with(coder):
    evs = coder.code("Sylvania closed its land border with Freedonia on Monday.", date="2023-04-03")
    assert found(evs, "Sylvania", "Freedonia", "COERCE")
    assert all(e.cameo == "172" for e in evs if e.source.text == "Sylvania")


def test_the_neighbour_may_hang_off_the_verb(coder):
    evs = coder.code("Freedonia has closed the province's crossings with Sylvania and Ruritania.", date="2023-04-03")
    assert found(evs, "Freedonia", "Sylvania", "COERCE")
    assert found(evs, "Freedonia", "Ruritania", "COERCE")


def test_a_blockade_and_a_captured_town_are_assaults(coder):
    evs = coder.code("The navy blockaded the harbour of Freedonia.", date="2023-04-03")
    assert any(e.plover == "ASSAULT" and e.cameo == "191" for e in evs)
    evs = coder.code("Rebel fighters captured two towns near the capital of Sylvania.", date="2023-04-03")
    assert any(e.plover == "ASSAULT" and e.cameo == "192" for e in evs)


def test_relief_let_into_a_place_is_aimed_at_the_place(coder):
    evs = coder.code("Freedonia allowed humanitarian relief into the flooded districts of Sylvania.", date="2023-04-03")
    assert any(e.cameo == "0863" and e.target is not None and "districts" in e.target.text for e in evs)
