"""Announced and refused actions take CAMEO's intent, threat and rejection codes (data/cameo/intent.csv)."""

from __future__ import annotations

import pytest

from detente.events.cameo import lookup, modal_code


@pytest.mark.parametrize("code, negated, want", [
    ("040", False, ("036", False)),     # will meet -> intent to meet
    ("0711", False, ("0331", False)),   # longest prefix 071 wins over 07
    ("163", False, ("1312", False)),    # will impose an embargo -> threaten with sanctions
    ("085", True, ("1244", False)),     # will not ease sanctions -> refuse to ease sanctions
    ("190", True, ("190", True)),       # will not attack: stays a negated attack
])
def test_future_actions(code, negated, want):
    assert modal_code(code, modality="future", negated=negated) == want
    assert lookup(want[0])  # every target code exists in the CAMEO table


def test_other_modalities_keep_their_code():
    for modality in ("asserted", "reported", "hypothetical", "conditional"):
        assert modal_code("163", modality=modality, negated=False) == ("163", False)


@pytest.mark.slow
def test_coder_codes_an_announced_sanction_as_a_threat(coder):
    evs = coder.code("Canada will impose sanctions on Iran next month.", date="2024-03-01")
    hit = [e for e in evs if e.source.country == "CAN" and e.target and e.target.country == "IRN"]
    assert hit and hit[0].cameo_root == "13" and hit[0].plover == "THREATEN"


def test_a_failed_cooperative_action_is_a_rejection():
    assert modal_code("057", modality="asserted", negated=False, failed=True) == ("127", False)
    assert modal_code("190", modality="asserted", negated=False, failed=True) == ("190", True)


@pytest.mark.slow
def test_coder_codes_failing_to_agree_as_rejection(coder):
    evs = coder.code("Japan and Brazil failed to reach an agreement on tariffs.", date="2024-03-01")
    assert any(e.cameo_root == "12" and e.target is not None for e in evs)
    assert not any(e.cameo_root in ("03", "05") for e in evs)
