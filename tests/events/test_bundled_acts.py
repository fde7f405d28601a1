"""Acts named inside other phrases: bundles ("a round of talks"), means after "by", coordinated
names the parser nests, objects a date hides, the one whose backing is won, a visit "of" someone.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_match import found, found_codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,source,target,plover", [
    ("Ecuador and Peru held a new round of talks on their border in Lima.", "Ecuador", "Peru", "CONSULT"),
    ("Turkey launched a wave of drone strikes on militant camps in northern Iraq.", "Turkey", "Iraq", "ASSAULT"),
    ("Canada adopted a package of sanctions against Iranian officials.", "Canada", "Iranian officials", "COERCE"),
])
def test_an_act_inside_a_bundle_is_the_verbs_act(coder, text, source, target, plover):
    assert found(coder.code(text, date="2022-10-01"), source, target, plover)


def test_with_each_other_after_a_light_verb_goes_both_ways(coder):
    evs = coder.code("Kenya and Somalia held talks with each other in Nairobi.", date="2022-10-01")
    assert found(evs, "Kenya", "Somalia", "CONSULT") and found(evs, "Somalia", "Kenya", "CONSULT")
    assert not any(e.target is not None and "other" in e.target.text for e in evs)


def test_a_means_after_by_is_no_doer(coder):
    evs = coder.code("Foreign Minister Penny Wong held talks by telephone with Wang Yi on Monday.", date="2022-10-01")
    assert found(evs, "Penny Wong", "Wang Yi", "CONSULT")
    # A doer after "by" still is one.
    assert found(coder.code("An attack by rebels on a convoy killed four soldiers.", date="2022-10-01"), "rebels", "convoy", "ASSAULT")


@pytest.mark.parametrize("text,pair", [
    ("Sudanese army chief Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo signed a truce in Jeddah.",
     ("Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo")),
    ("Chilean President Gabriel Boric and Mapuche community leader Hector Llaitul signed a peace deal.",
     ("Gabriel Boric", "Hector Llaitul")),
])
def test_two_named_officials_the_parser_makes_one_phrase_are_two_actors(coder, text, pair):
    evs = coder.code(text, date="2023-05-20")
    a, b = pair
    assert found(evs, a, b) and found(evs, b, a)
    assert all(" and " not in e.source.text for e in evs)


def test_an_apposition_hung_across_the_verb_is_no_part_of_the_subject(coder):
    evs = coder.code("Niger's junta refused on Tuesday to receive a joint delegation from ECOWAS, the African Union and "
                     "the United Nations, citing security reasons.", date="2023-08-08")
    assert evs and all(e.source.text == "Niger's junta" for e in evs)


@pytest.mark.parametrize("text,source,target", [
    # The name the parser makes a clause of its own when a date follows it.
    ("Human Rights Watch sharply criticised Tunisian President Kais Saied on Tuesday over a wave of arrests of "
     "opposition figures.", "Human Rights Watch", "Kais Saied"),
    # The object the parser makes a second object of "on".
    ("Egypt condemned on Thursday Ethiopia's decision to begin a second filling of the reservoir.", "Egypt", "Ethiopia"),
])
def test_a_date_between_verb_and_object_hides_no_object(coder, text, source, target):
    assert found(coder.code(text, date="2021-06-04"), source, target, "ACCUSE")


def test_whose_backing_is_won_gives_it(coder):
    evs = coder.code("Kenya's bid for a seat on the Security Council won the backing of Nigeria.", date="2020-06-04")
    assert found_codes(evs, "NGA", "KEN", plover="SUPPORT")


def test_the_visit_of_someone_is_theirs(coder):
    evs = coder.code("The visit of Chile's president to Lima ended with a trade deal.", date="2023-03-01")
    assert found_codes(evs, "CHL", "PER", cameo="042")


def test_a_declared_mobilisation_and_massed_fighters_are_mobilisation(coder):
    assert found(coder.code("Armenia declared a general mobilisation on Sunday.", date="2020-09-27"), "Armenia", None, "MOBILIZE")
    evs = coder.code("The rebels have massed hundreds of fighters near the airport.", date="2020-09-27")
    assert any(e.plover == "MOBILIZE" and e.source.text.endswith("rebels") for e in evs)


def test_an_asset_freeze_is_a_sanction(coder):
    evs = coder.code("The EU announced an asset freeze on three Syrian ministers.", date="2022-03-01")
    assert found(evs, "The EU", "Syrian ministers", "COERCE")


def test_what_was_sent_is_no_target_of_a_passive_where_it_went_is(coder):
    evs = coder.code("Rescue teams and sniffer dogs were sent to Morocco by Spain on Saturday.", date="2023-09-09")
    assert found_codes(evs, "ESP", "MAR", plover="AID")
    assert not any(e.target is not None and "teams" in e.target.text for e in evs)


def test_doses_of_vaccine_and_money_in_aid_are_aid(coder):
    evs = coder.code("China delivered one million doses of vaccine to Cambodia on Sunday.", date="2021-02-07")
    assert found(evs, "China", "Cambodia", "AID")
    evs = coder.code("The State Department announced $200 million in security aid for Lebanon.", date="2023-02-07")
    assert any(e.plover == "AID" and e.target is not None and e.target.country == "LBN" for e in evs)


def test_a_common_noun_before_an_act_names_a_kind_when_the_light_verb_has_a_doer(coder):
    evs = coder.code("Jordan and Iraq began joint air force exercises on Monday.", date="2022-05-02")
    assert found(evs, "Jordan", "Iraq", "COOPERATE") and found(evs, "Iraq", "Jordan", "COOPERATE")
    # A name before the act is still its doer.
    assert found(coder.code("Israeli strikes hit Gaza on Monday.", date="2022-05-02"), "Israeli", None, "ASSAULT")


@pytest.mark.parametrize("text,source,target,cameo", [
    ("Germany handed Ukraine a new package of weapons on Friday.", "DEU", "UKR", "072"),
    ("Saudi Arabia flew three planeloads of food and medicine to Sudan.", "SAU", "SDN", "073"),
    ("Azerbaijan handed the district back to Armenia under the deal.", "AZE", "ARM", "0842"),
    ("Canada approved a package of sanctions against Iran.", "CAN", "IRN", "163"),
])
def test_what_a_bundle_holds_and_where_a_handed_back_thing_goes(coder, text, source, target, cameo):
    evs = coder.code(text, date="2023-02-01")
    assert found_codes(evs, source, target, cameo=cameo)


def test_approving_sanctions_is_no_praise_of_their_target(coder):
    evs = coder.code("The European Union approved new sanctions against Belarus.", date="2023-02-01")
    assert not any(e.plover == "SUPPORT" for e in evs)
