"""Whom an act answers or hits when the rules first found no party (sentences written for these
tests): a protest "after" another's act; a site named by whose it is ("belonging to", "held by");
shells shipped; food airdropped; a post occupied, which is no occupation; a deal asked for, whose
act is not the askers'; a sum in a currency's name before "in aid"; a frontier's other side when
"with T" hangs on the verb; energy cut off; "they" that cannot be the one country before it."""

from __future__ import annotations

import pytest

from event_match import found, found_codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, source, target", [
    ("Japan lodged a protest after Chinese coast guard ships entered waters around the disputed islands.", "JPN", "CHN"),
    ("India protested after Pakistan's envoy met separatist leaders.", "IND", "PAK"),
])
def test_a_protest_is_aimed_at_the_doer_of_what_it_answers(coder, text, source, target):
    assert found_codes(coder.code(text, date="2024-05-20"), source, target)


def test_a_protest_answering_what_happened_to_someone_has_no_doer(coder):
    # "after two soldiers were killed": the ones it happened to did nothing
    evs = coder.code("Britain condemned the attack after two soldiers were killed.", date="2024-05-20")
    assert not any(e.source.country == "GBR" and e.target is not None and e.target.text == "two soldiers" for e in evs)


@pytest.mark.parametrize("text, source, target", [
    ("Israel struck targets belonging to Hezbollah in southern Lebanon.", "Israel", "Hezbollah"),
    ("The army shelled positions held by the rebels near Goma.", "The army", "the rebels"),
])
def test_a_site_is_its_holders(coder, text, source, target):
    assert found(coder.code(text, date="2024-05-20"), source, target, "ASSAULT")


def test_hostages_held_by_someone_are_still_the_ones_freed(coder):
    evs = coder.code("The militants freed hostages held by the army.", date="2024-05-20")
    assert found(evs, "The militants", "hostages")


@pytest.mark.parametrize("text, source, target, cameo", [
    ("South Korea's spy agency said North Korea had shipped artillery shells to Russia.", "PRK", "RUS", "072"),
    ("Jordan airdropped aid to Gaza.", "JOR", "PSE", "073"),
])
def test_goods_sent_by_other_means(coder, text, source, target, cameo):
    assert found_codes(coder.code(text, date="2024-05-20"), source, target, cameo=cameo)


def test_occupying_a_post_is_no_occupation(coder):
    assert not [e for e in coder.code("She occupied the post of foreign minister for six years.", date="2024-05-20")
                if e.plover == "ASSAULT"]
    assert [e for e in coder.code("Russian troops occupied the town.", date="2024-05-20") if e.plover == "ASSAULT"]


def test_those_who_demand_a_deal_do_not_do_what_it_would_do(coder):
    evs = coder.code("Tens of thousands of Israelis rallied in Tel Aviv to demand a deal to free the hostages held in Gaza.",
                     date="2024-05-20")
    assert found(evs, "Israelis", None, "PROTEST")
    assert not any(e.source.text == "Israelis" and e.cameo.startswith("08") for e in evs)


def test_a_sum_named_in_its_currency_carries_the_aid_after_it(coder):
    evs = coder.code("Norway's government announced an additional 500 million kroner in humanitarian assistance "
                     "for Afghanistan on Thursday.", date="2024-05-20")
    assert found_codes(evs, "NOR", "AFG", plover="AID")


def test_troops_along_a_border_face_its_other_side(coder):
    evs = coder.code("The Pakistani army deployed thousands of troops along the border with Afghanistan after a series "
                     "of cross-border attacks.", date="2024-05-20")
    assert found_codes(evs, "PAK", "AFG", plover="MOBILIZE")


@pytest.mark.parametrize("text, source, target", [
    ("Russia cut gas supplies to Poland.", "RUS", "POL"),
    ("Gazprom suspended gas supplies to Moldova.", "RUS", "MDA"),
])
def test_energy_cut_off_is_an_embargo(coder, text, source, target):
    assert found_codes(coder.code(text, date="2024-05-20"), source, target, cameo="163")


def test_a_cut_pipeline_is_no_embargo(coder):
    assert not coder.code("The rebels cut the oil pipeline.", date="2024-05-20")


def test_they_is_not_the_one_country_named_before_it(coder):
    evs = coder.code("Russia cut gas supplies to Poland and Bulgaria after they refused to pay in roubles.", date="2024-05-20")
    assert found_codes(evs, "RUS", "POL") and found_codes(evs, "RUS", "BGR")
    assert not any(e.source.country == "RUS" and e.plover == "REJECT" for e in evs)


def test_weapons_launched_by_someone_are_theirs(coder):
    evs = coder.code("The US military said it shot down three drones launched by the Houthis over the Red Sea.", date="2024-05-20")
    assert found_codes(evs, "USA", "YEM", plover="ASSAULT")


def test_a_truce_demanded_in_a_place_is_aimed_at_it(coder):
    evs = coder.code("The Security Council passed a resolution on Friday demanding a ceasefire in Gaza.", date="2024-05-20")
    assert any(e.plover == "REQUEST" and e.target is not None and e.target.country == "PSE" for e in evs)


@pytest.mark.parametrize("text, source, target", [
    ("The Pakistani Taliban claimed responsibility for the truck bombing that killed 12 police officers in Peshawar.", "PAK", "PAK"),
    ("Islamic State claimed responsibility for an ambush that wounded three Russian soldiers.", None, "RUS"),
])
def test_a_claimed_attack_is_aimed_at_whom_it_harmed(coder, text, source, target):
    evs = coder.code(text, date="2024-05-20")
    assert any(e.plover == "ASSAULT" and e.target is not None and e.target.country == target for e in evs)


def test_a_cessation_of_hostilities_is_a_truce(coder):
    evs = coder.code("The Ethiopian government and the rebels agreed to a permanent cessation of hostilities.", date="2024-05-20")
    assert any(e.cameo == "0871" for e in evs)
