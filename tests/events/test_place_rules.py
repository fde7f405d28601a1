"""Targets that stand for someone else: a place for the unnamed people hurt there, the country a
force or mission serves, the named owner of a welcomed act (sentences written for these tests)."""

from __future__ import annotations

import pytest

from event_match import found

pytestmark = pytest.mark.slow


def test_unnamed_victims_are_the_people_of_the_place_of_the_attack(coder):
    evs = coder.code("Gunmen killed 30 people in three raids in Mali on Sunday.", date="2023-04-03")
    hit = [e for e in evs if found([e], "Gunmen", "Mali", "ASSAULT", "victims-place")]
    assert hit and hit[0].target.country == "MLI" and hit[0].target.sector == "CVL"


def test_aid_for_unnamed_people_in_a_place_goes_to_the_place(coder):
    evs = coder.code("Peru sent tents for families displaced in Bolivia.", date="2023-04-03")
    assert found(evs, "Peru", "Bolivia", "AID", "victims-place")
    evs = coder.code("Chile flew blankets to those stranded in Bolivia.", date="2023-04-03")
    assert found(evs, "Chile", "Bolivia", "AID", "victims-place")


def test_unnamed_people_of_any_act_are_the_people_of_its_place(coder):
    # As ICEWS's "Citizen (Country)": not only for force and aid.
    evs = coder.code("Police arrested 30 people in Mali.", date="2023-04-03")
    hit = [e for e in evs if found([e], "Police", "Mali", "COERCE", "victims-place")]
    assert hit and hit[0].target.sector == "CVL"


def test_victims_with_a_nationality_stay_the_target(coder):
    evs = coder.code("Gunmen killed 30 Malian civilians in three raids in Niger on Sunday.", date="2023-04-03")
    assert found(evs, "Gunmen", "civilians", "ASSAULT")
    assert not found(evs, "Gunmen", "Niger")


def test_troops_for_a_force_in_a_country_go_to_the_country(coder):
    evs = coder.code("Kenya pledged funds to the UN mission in Mali.", date="2023-04-03")
    assert found(evs, "Kenya", "Mali", rule="mission-place")


def test_two_welcoming_an_organisations_visit_welcome_the_organisation(coder):
    evs = coder.code("Argentina and Chile welcomed the OAS visit.", date="2023-04-03")
    assert found(evs, "Argentina", "OAS", "SUPPORT") and found(evs, "Chile", "OAS", "SUPPORT")
    assert not any(e.reciprocal for e in evs)


def test_a_place_name_before_a_thing_is_no_owner(coder):
    evs = coder.code("India and Nepal renewed their agreement on the Lumbini corridor.", date="2023-04-03")
    assert not any(e.target is not None and e.target.text == "Lumbini" for e in evs)


def test_people_used_as_shields_or_held_as_hostages_are_the_victims(coder):
    evs = coder.code("The militia used 40 farmers as human shields.", date="2023-04-03")
    assert found(evs, "militia", "farmers", "ASSAULT", "as-role")
    evs = coder.code("Pirates held the crew of the tanker as hostages.", date="2023-04-03")
    assert found(evs, "Pirates", "crew", "ASSAULT", "as-role")


def test_describing_something_as_an_act_is_not_doing_it(coder):
    evs = coder.code("The senator described the jailing of miners as torture.", date="2023-04-03")
    assert not any(e.coder.split(":")[1] == "as-role" for e in evs)


def test_taking_part_in_a_peacekeeping_mission_protects_its_country(coder):
    evs = coder.code("Ghanaian soldiers participate in the peacekeeping mission in Lebanon.", date="2023-04-03")
    assert found(evs, "soldiers", "Lebanon", "AID")


def test_hostages_name_the_victims_not_who_took_them(coder):
    evs = coder.code("Qatar mediated talks on the release of 20 American hostages.", date="2023-04-03")
    assert not any(e.cameo.startswith("181") for e in evs)


def test_forces_moved_are_not_the_target_where_they_go_is(coder):
    evs = coder.code("The king mobilized his soldiers for a fight against the rebels.", date="2023-04-03")
    assert found(evs, "king", "rebels", "MOBILIZE", "force-destination")
    evs = coder.code("The Pentagon placed a Marine unit in Spain on alert to fly into Libya if needed.", date="2023-04-03")
    assert found(evs, "Pentagon", "Libya", "MOBILIZE")


def test_forces_moved_with_nowhere_named_are_aimed_at_no_one(coder):
    # Forces with nothing to say whose are the mover's own, as "its troops" are.
    evs = coder.code("Russia mobilized 300,000 reservists.", date="2023-04-03")
    mob = [e for e in evs if e.plover == "MOBILIZE"]
    assert mob and mob[0].source.country == "RUS" and mob[0].target is None
    evs = coder.code("Ruritania moved tanks to its border.", date="2023-04-03")
    mob = [e for e in evs if e.plover == "MOBILIZE"]
    assert mob and mob[0].target is None
    # Forces another names stay: they are someone's to move.
    evs = coder.code("Russia deployed Chechen fighters in Syria.", date="2023-04-03")
    assert any(e.plover == "MOBILIZE" and e.target is not None and "Chechen" in e.target.text for e in evs)


def test_tanks_sent_into_a_country_are_a_deployment_sent_to_it_aid(coder):
    evs = coder.code("Turkey sent tanks into Syria.", date="2023-04-03")
    assert found(evs, "Turkey", "Syria", "MOBILIZE")
    evs = coder.code("Germany sent tanks to Ukraine.", date="2023-04-03")
    assert found(evs, "Germany", "Ukraine", "AID")


def test_launching_an_assault_on_someone_is_aimed_at_them(coder):
    text = "Weeks before the vote, the Chilean navy launched a military assault on Peru that in just a month left more than 300 civilians dead."
    evs = coder.code(text, date="2023-04-03")
    assert found(evs, "Chilean navy", "Peru", "ASSAULT")
    assert not any(e.target is not None and "assault" in e.target.text for e in evs)


def test_seeking_refuge_in_a_country_is_asked_of_it(coder):
    evs = coder.code("Thousands of Sylvanians sought refuge in Freedonia.", date="2023-04-03")
    assert found(evs, "Sylvanians", "Freedonia", "REQUEST")


def test_taking_part_in_peacekeeping_in_a_country_is_peacekeeping_there(coder):
    evs = coder.code("In addition, Fijian soldiers take part in peacekeeping operations in Lebanon and Mali.", date="2023-04-03")
    assert found(evs, "Fijian soldiers", "Lebanon", "AID", "mission-place")
    assert found(evs, "Fijian soldiers", "Mali", "AID", "mission-place")


def test_forces_readied_for_a_fight_face_whom_the_remnants_belong_to(coder):
    evs = coder.code("Mali's army mobilized its troops for a final push against the remnants of the militia.", date="2023-04-03")
    assert found(evs, "army", "the militia", "MOBILIZE", "force-destination")


def test_beefing_up_troops_at_a_border_is_a_mobilisation_there(coder):
    evs = coder.code("The Israeli army beefed up its troops along the frontier with Lebanon.", date="2023-04-03")
    assert found(evs, "The Israeli army", "Lebanon", "MOBILIZE")


def test_increasing_military_aid_is_no_mobilisation(coder):
    evs = coder.code("Russia increased its military aid to Syria.", date="2023-04-03")
    assert not any(e.plover == "MOBILIZE" for e in evs)


def test_strikes_on_unnamed_targets_are_aimed_at_their_place(coder):
    evs = coder.code("Israeli jets struck targets in Gaza.", date="2023-04-03")
    assert found(evs, "Israeli jets", "Gaza", "ASSAULT")
    # A named owner keeps them: Hamas targets are Hamas.
    evs = coder.code("Israeli jets struck Hamas targets in Gaza.", date="2023-04-03")
    assert found(evs, "Israeli jets", "Hamas", "ASSAULT")


def test_aid_to_people_named_only_by_number_is_aimed_at_their_place(coder):
    evs = coder.code("In Gaza, the UN delivered food to 5,000 people on Monday.", date="2023-04-03")
    assert found(evs, "the UN", "Gaza", "AID")
