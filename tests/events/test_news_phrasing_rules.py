"""Phrasings of the fifth batch of news sentences (written for these tests): 'ahead of' is a time,
tariffs on goods from a country, recalls in protest, venues of a signing, convictions by a court
the parser hangs on the charge, forces sent in the passive, bundles of days, author participles,
new senses (sit down with, reach out to, shut an embassy, bow to pressure)."""

from __future__ import annotations

import pytest

from event_match import found, found_codes

pytestmark = pytest.mark.slow


def test_ahead_of_is_a_time_not_pressing_ahead(coder):
    evs = coder.code("Police arrested ten activists in Harare ahead of a planned march by the opposition.", date="2023-08-20")
    assert found(evs, "Police", "ten activists", "COERCE")
    assert not coder.code("The army pressed ahead with the offensive.", date="2023-08-20")


def test_tariffs_on_goods_from_a_country_are_aimed_at_it(coder):
    evs = coder.code("Ottawa imposed tariffs on electric vehicles from China.", date="2024-08-26")
    assert any(e.cameo == "163" and e.target is not None and e.target.country == "CHN" for e in evs)


def test_a_recall_in_protest_is_aimed_at_the_host_country(coder):
    evs = coder.code("Bolivia recalled its ambassador to Israel on Tuesday in protest at the war.", date="2023-10-31")
    assert any(e.plover == "SANCTION" and e.target is not None and e.target.country == "ISR" for e in evs)
    assert not any(e.target is not None and e.target.text == "protest" for e in evs)


def test_where_two_sides_sign_is_no_party(coder):
    evs = coder.code("Bahrain and Morocco signed a trade agreement at the Elysee Palace on Monday.", date="2023-01-09")
    assert found(evs, "Bahrain", "Morocco", "SUPPORT") and found(evs, "Morocco", "Bahrain", "SUPPORT")
    assert not any(e.target is not None and "Palace" in e.target.text for e in evs)


def test_a_court_the_parser_hangs_on_the_charge_still_convicts(coder):
    evs = coder.code("Former Peruvian President Alejandro Toledo was convicted of corruption by a Lima court on Monday.",
                     date="2024-10-21")
    assert any(e.cameo == "116" and e.source.text.endswith("court") and "Toledo" in e.target.text for e in evs)


def test_forces_sent_in_the_passive_face_who_is_across_the_border(coder):
    evs = coder.code("About 3,000 troops were sent by Finland to its border with Russia.", date="2023-11-20")
    assert found_codes(evs, "FIN", "RUS", plover="MOBILIZE")


def test_days_of_drills_are_the_drills(coder):
    evs = coder.code("Russia launched on Monday three days of naval drills in the Baltic Sea.", date="2023-08-07")
    assert any(e.source.country == "RUS" and e.plover == "MOBILIZE" for e in evs)


@pytest.mark.parametrize("text,target", [
    ("Armenians boycotted local elections organised by Baku.", "AZE"),
    ("Niamey refused to hold elections, rebuffing a timetable demanded by the African Union.", "IGO"),
])
def test_the_author_of_a_thing_is_whom_its_refusal_or_boycott_is_aimed_at(coder, text, target):
    evs = coder.code(text, date="2023-09-01")
    assert any(e.target is not None and (e.target.country == target or e.target.code and e.target.code.startswith(target))
               for e in evs)


@pytest.mark.parametrize("text,source,target,plover", [
    ("President Aliyev sat down with Prime Minister Pashinyan in Munich on Saturday.", "Aliyev", "Pashinyan", "CONSULT"),
    ("President Ruto reached out to President Museveni by telephone.", "Ruto", "Museveni", "CONSULT"),
    ("Canada shut its embassy in Iran on Friday.", "Canada", "Iran", "SANCTION"),
    ("The president bowed to demands from protesters.", "The president", "protesters", "YIELD"),
    ("Al-Shabaab fighters abducted dozens of schoolgirls from a village school.", "fighters", "schoolgirls", "ASSAULT"),
    ("China deployed dozens of warships and fighter jets around Taiwan on Saturday.", "China", "Taiwan", "MOBILIZE"),
])
def test_senses_and_targets_of_the_fifth_batch(coder, text, source, target, plover):
    evs = coder.code(text, date="2024-02-17")
    if plover == "YIELD":
        assert any(e.source.text == source and e.target is not None and target in e.target.text
                   and e.plover in ("CONCEDE", "RETREAT", "YIELD") for e in evs)
    else:
        assert found(evs, source, target, plover)


def test_sitting_down_alone_is_no_meeting(coder):
    assert not [e for e in coder.code("The speaker finally sat down.", date="2024-02-17") if e.plover == "CONSULT"]


@pytest.mark.parametrize("text,source,target,plover", [
    ("The village came under heavy shelling by Ukrainian forces overnight.", "UKR", None, "ASSAULT"),
    ("Kharkiv came under rocket fire from Russian troops on Sunday.", "RUS", "UKR", "ASSAULT"),
    ("The patrol came under mortar fire from Taliban fighters near Kandahar.", "AFG", None, "ASSAULT"),
])
def test_what_came_under_an_attack_is_its_target_and_the_by_or_from_actor_its_doer(coder, text, source, target, plover):
    evs = [e for e in coder.code(text, date="2022-11-20") if e.plover == plover]
    assert evs and all(e.source.country == source for e in evs)
    if target is not None:
        assert any(e.target is not None and e.target.country == target for e in evs)


def test_a_means_after_by_is_bare_a_doer_is_named(coder):
    evs = coder.code("The attack on the convoy by Turkish drones killed four people.", date="2022-11-20")
    assert any(e.source.country == "TUR" and e.plover == "ASSAULT" for e in evs)


def test_the_country_after_a_state_body_stands_for_its_state(coder):
    evs = coder.code("Honduras's foreign ministry said the country had broken off diplomatic relations with Taiwan.", date="2023-03-26")
    assert found_codes(evs, "HND", "TWN", cameo="161")


@pytest.mark.parametrize("text,source,target,plover", [
    ("Sudan's army said it was ready to take part in talks with the Rapid Support Forces in Jeddah.", "SDN", "SDN", "AGREE"),
    ("Kenya took part in negotiations with Somalia over the maritime border.", "KEN", "SOM", "CONSULT"),
    ("Greece ruled out talks with Turkey over the islands.", "GRC", "TUR", "REJECT"),
])
def test_taking_part_in_talks_and_ruling_them_out(coder, text, source, target, plover):
    assert found_codes(coder.code(text, date="2023-05-20"), source, target, plover=plover)


def test_the_group_after_a_named_body_stands_for_it(coder):
    evs = coder.code("Hezbollah said the group had fired rockets at Israeli positions.", date="2023-10-10")
    assert any(e.source.text == "Hezbollah" and e.plover == "ASSAULT" for e in evs)


@pytest.mark.parametrize("text,source,target,plover", [
    ("Venezuela's government returned to talks with the opposition on Friday.", "Venezuela's government", "the opposition", "CONSULT"),
    ("Iran said it was ready to return to nuclear negotiations with the European Union.", "Iran", "European Union", "AGREE"),
])
def test_returning_to_talks_is_holding_them(coder, text, source, target, plover):
    assert found(coder.code(text, date="2022-11-26"), source, target, plover)


@pytest.mark.parametrize("text, source, target", [
    ("The junta gave the Freedonian ambassador 48 hours to leave the country.", "junta", "ambassador"),
    ("Washington gave Belgrade one week to pull its soldiers out of the region.", "Washington", "Belgrade"),
    ("The rebels gave the army 24 hours to release their commander.", "rebels", "army"),
])
def test_time_given_to_do_a_demanded_act_is_an_ultimatum(coder, text, source, target):
    evs = coder.code(text, date="2023-05-10")
    assert found(evs, source, target, "THREATEN")
    assert any(e.cameo == "139" for e in evs)
    # the demanded act has not happened, and is not the giver's own
    assert not any(e.plover in ("RETREAT", "CONCEDE", "YIELD") and source in e.source.text for e in evs)


def test_time_given_for_something_else_or_to_no_one_is_no_ultimatum(coder):
    assert not any(e.cameo == "139" for e in coder.code("The council gave the families two days to bury their dead.", date="2023-05-10"))
    evs = coder.code("The regulator wrote to the bank giving ten days to reply.", date="2023-05-10")
    assert not any(e.cameo == "139" for e in evs)  # the days are given to no one the parse names
