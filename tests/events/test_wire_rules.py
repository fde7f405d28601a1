"""Wire-copy habits (sentences written for these tests): a dateline before a dash ("KYIV, Ukraine
(AP) - ...") is where the report was filed, no part of the doer; a tail such as ", a charge
Kigali denies" follows the report and does not swallow it; "its embassy in Quito" is the
speaker's; "the group" after "a Hamas official said" is Hamas."""

from __future__ import annotations

import pytest

from event_match import found_codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, source, target", [
    ("KYIV, Ukraine - Russian forces launched a missile attack on Ukraine overnight.", "RUS", "UKR"),
    ("KYIV, Ukraine (AP) \u2014 Russia launched drones at Kyiv.", "RUS", "UKR"),
    ("WASHINGTON - U.S. President Joe Biden called Chinese President Xi Jinping.", "USA", "CHN"),
])
def test_a_dateline_is_no_part_of_the_doer(coder, text, source, target):
    evs = coder.code(text, date="2024-05-20")
    assert found_codes(evs, source, target)
    assert not any(e.source.text.startswith(("KYIV", "WASHINGTON")) for e in evs)
    assert not any(e.source.country == target and e.target is not None and e.target.country == target for e in evs)


@pytest.mark.parametrize("text, a, b", [
    ("NATO - Russia talks collapsed.", "IGO", "RUS"),
    ("EU - China summit opens in Beijing.", "IGO", "CHN"),
])
def test_two_parties_joined_by_a_dash_are_no_dateline(coder, text, a, b):
    evs = coder.code(text, date="2024-05-20")
    assert any(e.target is not None and e.target.country == b for e in evs)


def test_a_denial_after_a_comma_does_not_swallow_the_accusation(coder):
    evs = coder.code("The Congolese government accused Rwanda of backing the M23 rebels, a charge Kigali denies.",
                     date="2024-05-20")
    assert found_codes(evs, "COD", "RWA", plover="ACCUSE")
    assert all(e.source.text != "a charge Kigali" for e in evs)


def test_its_embassy_in_the_capital_is_still_the_speakers(coder):
    # the place an embassy stands in says nothing of whose it is
    evs = coder.code("Mexico said Ecuadorian police stormed its embassy in Quito.", date="2024-05-20")
    assert found_codes(evs, "ECU", "MEX", plover="ASSAULT")


def test_the_group_is_the_body_its_spokesman_is_named_by(coder):
    evs = coder.code("A senior Hamas official said the group had rejected Israel's latest truce proposal.", date="2024-05-20")
    assert found_codes(evs, "PSE", "ISR", plover="REJECT")
