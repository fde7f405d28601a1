"""News idioms and light phrases for acts: the lexicon entries added for them code the act, the
doer and whom it is aimed at. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_match import found_codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,source,target,cameo", [
    ("Kenya's president played host to his Ugandan counterpart in Nairobi on Friday.", "KEN", "UGA", "043"),
    ("The Indian foreign minister wrapped up a two-day visit to Sri Lanka on Wednesday.", "IND", "LKA", "042"),
    ("The Ghanaian president heaped praise on Nigeria for its handling of the election.", "GHA", "NGA", "051"),
    ("Egypt threw its weight behind Sudan's army in the conflict.", "EGY", "SDN", "051"),
    ("Jordan passed intelligence to Iraq about the cell.", "JOR", "IRQ", "064"),
    ("Qatar transferred a $500 million loan to Egypt on Sunday.", "QAT", "EGY", "071"),
    ("Turkey rushed tents and blankets to Syria after the earthquake.", "TUR", "SYR", "073"),
    ("Ecuador took Colombia to the World Court over herbicide spraying along their border.", "ECU", "COL", "115"),
    ("The Iranian president poured scorn on Israel in his speech.", "IRN", "ISR", "111"),
    ("Serbia brushed aside Kosovo's offer of talks.", "SRB", "XKX", "120"),
    ("Venezuela put Guyana on notice over the oil concessions.", "VEN", "GUY", "130"),
    ("Thai police placed the Cambodian activist under house arrest.", "THA", "KHM", "173"),
])
def test_an_idiom_codes_the_act_and_its_target(coder, text, source, target, cameo):
    assert found_codes(coder.code(text, date="2021-06-01"), source, target, cameo=cameo)


@pytest.mark.parametrize("text,source,cameo", [
    ("Armenia called up thousands of reservists on Sunday.", "ARM", "154"),
    ("Bolivian miners downed tools across the country on Monday.", "BOL", "143"),
])
def test_an_idiom_without_a_target_still_codes_the_act(coder, text, source, cameo):
    assert any(e.source.country == source and e.cameo == cameo for e in coder.code(text, date="2021-06-01"))


def test_withholding_money_in_aid_is_aimed_at_the_receiver(coder):
    evs = coder.code("Sweden said it was withholding $20 million in aid to Mali.", date="2021-06-01")
    assert found_codes(evs, "SWE", "MLI", cameo="162")


def test_backing_given_to_someone_and_a_request_lodged_with_someone_are_aimed_at_them(coder):
    assert found_codes(coder.code("Senegal gave its full backing to Gambia's new president.", date="2017-01-20"), "SEN", "GMB", cameo="051")
    assert found_codes(coder.code("Peru lodged a request with Chile for the extradition of a former minister.", date="2017-01-20"),
                       "PER", "CHL", plover="REQUEST")


def test_the_act_one_is_praised_for_is_the_praised_ones(coder):
    evs = coder.code("Ghana's president heaped praise on Liberia for handing over the suspects to Sierra Leone.", date="2017-01-20")
    assert found_codes(evs, "GHA", "LBR", cameo="051")
    assert not any(e.source.country == "GHA" and e.target is not None and e.target.country == "SLE" for e in evs)


def test_persona_non_grata_legal_action_and_blocking_a_firm(coder):
    cases = [("Lima declared the Chilean ambassador persona non grata.", "161", "CHL"),
             ("Peru launched legal action against Chile over the border.", "115", "CHL"),
             ("Peru blocked the Chilean firm from selling its shares.", "172", "CHL")]
    for text, code, target in cases:
        evs = [e for e in coder.code(text, date="2023-05-10") if not e.negated]  # what was blocked did not happen
        assert [(e.cameo, e.target and e.target.country) for e in evs] == [(code, target)], text
    # Protesters who block a road still obstruct it (144).
    evs = coder.code("Protesters blocked the road to Lima.", date="2023-05-10")
    assert [e.cameo for e in evs] == ["144"]
