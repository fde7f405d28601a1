"""Which sense a trigger gets, and whom it is aimed at: particles after the verb only, phone
calls, calls for sanctions (CAMEO 113), the direct object before prepositional ones, names the
parser split, effort nouns, handing over aid (sentences written for these tests)."""

from __future__ import annotations

import pytest

from event_match import found

pytestmark = pytest.mark.slow


def test_a_date_before_the_verb_is_no_particle(coder):
    # "On Monday ... called" is not "called on": no appeal; the call is aimed at the one called.
    evs = coder.code("On Friday, Blinken called the Chinese foreign minister to discuss the balloon.", date="2023-02-10")
    assert not any(e.plover == "REQUEST" for e in evs)
    assert found(evs, "Blinken", "Chinese foreign minister", "CONSULT")


def test_a_phone_call_aims_its_purpose_at_the_one_called(coder):
    evs = coder.code("The Turkish president called Vladimir Putin to apologize for the downing of the jet.", date="2016-06-27")
    assert found(evs, "Turkish president", "Putin", "SUPPORT")
    assert not found(evs, "Turkish president", "downing")


def test_calling_for_sanctions_against_someone_is_rallying_opposition(coder):
    evs = coder.code("Poland called for sanctions against Belarus over the migrant crisis.", date="2021-11-10")
    assert any(e.cameo == "113" and e.target and e.target.country == "BLR" for e in evs)
    assert not any(e.plover == "REQUEST" for e in evs)


def test_the_direct_object_names_the_sense_before_a_prepositional_one(coder):
    evs = coder.code("Norway suspended development aid to Mali in protest over the coup.", date="2023-05-10")
    assert any(e.cameo == "162" and e.target and e.target.country == "MLI" for e in evs)
    assert not any(e.cameo.startswith("08") for e in evs)


def test_a_name_split_by_the_parser_is_one_actor(coder):
    evs = coder.code("Omar al-Bashir of Sudan has expelled aid agencies from Darfur.", date="2009-03-05")
    assert [e.source.text for e in evs] == ["Omar al-Bashir of Sudan"]
    assert evs[0].cameo == "1663" and evs[0].source.country == "SDN"


def test_an_effort_noun_carries_its_modifier_event(coder):
    evs = coder.code("Norway launched a mediation effort between Colombia and the rebels.", date="2023-05-10")
    assert found(evs, "Norway", "Colombia", "CONSULT") and found(evs, "Norway", "rebels", "CONSULT")


def test_rolling_back_tariffs_eases_sanctions(coder):
    evs = coder.code("Canada rolled back its tariffs on China.", date="2023-05-10")
    assert any(e.cameo == "085" and e.target and e.target.country == "CHN" for e in evs)


def test_handing_over_medical_supplies_is_aid(coder):
    evs = coder.code("Japan handed over medical supplies to the health ministry of Kenya.", date="2023-05-10")
    assert any(e.plover == "AID" and e.target and e.target.country == "KEN" for e in evs)


def test_a_population_is_known_by_where_it_lives(coder):
    evs = coder.code("Police dispersed people in the streets of Lagos.", date="2023-05-10")
    assert any(e.target and e.target.text == "people in the streets of Lagos" and e.target.country == "NGA"
               and e.target.sector == "CVL" for e in evs)


def test_hosting_refugees_is_asylum_not_a_visit(coder):
    evs = coder.code("Turkey hosts refugees from Syria.", date="2023-05-10")
    assert [e.cameo for e in evs] == ["075"] and evs[0].target.country == "SYR"
    assert coder.code("Jordan hosted the Syrian president.", date="2023-05-10")[0].cameo == "043"


def test_coordinated_named_modifiers_are_two_actors(coder):
    evs = coder.code("Japanese and Indian negotiators have signed a trade pact.", date="2023-05-10")
    assert found(evs, "Japanese", "Indian", rule="reciprocal") and found(evs, "Indian", "Japanese", rule="reciprocal")
    # a singular head is one body, whatever its name holds
    evs = coder.code("The Bosnia and Herzegovina delegation met Serbian officials.", date="2023-05-10")
    assert found(evs, "The Bosnia and Herzegovina delegation", "Serbian officials", "CONSULT")


def test_a_name_and_its_abbreviation_are_not_two_parties(coder):
    text = "Delegates met at a World Health Organization (WHO) summit in Geneva on Monday to discuss vaccines."
    evs = coder.code(text, date="2023-05-10")
    assert not any(e.target and e.source.name and e.source.name == e.target.name for e in evs)


def test_flying_medicine_in_is_aid_and_a_table_name_outruns_the_parse(coder):
    evs = coder.code("Doctors Without Borders flew ten tons of medicine into Yemen.", date="2023-05-10")
    assert [(e.source.text, e.source.code, e.cameo, e.target.country) for e in evs] == [
        ("Doctors Without Borders", "NGOMSFHLH", "073", "YEM")]


def test_contributing_troops_and_sending_units_or_doctors(coder):
    evs = coder.code("Canada will contribute troops to the UN force in Haiti.", date="2023-05-10")
    assert any(e.cameo.endswith("074") or e.cameo == "0334" for e in evs)
    evs = coder.code("Estonia sent an infantry platoon to Mali.", date="2023-05-10")
    assert found(evs, "Estonia", "Mali", "MOBILIZE")
    evs = coder.code("Kenya sent a team of doctors and drugs to Uganda.", date="2023-05-10")
    assert found(evs, "Kenya", "Uganda", "AID")


def test_a_hyphenated_ceasefire_is_a_ceasefire(coder):
    evs = coder.code("The army announced a three-day cease-fire with the rebels.", date="2023-05-10")
    assert any(e.cameo == "0871" and e.source.text == "The army" for e in evs)


def test_offering_to_send_troops_is_offered_protection_not_a_threat(coder):
    evs = coder.code("France offered to send troops to Niger to help its army.", date="2023-05-10")
    assert any(e.cameo == "0334" and e.target and e.target.country == "NER" for e in evs)
    assert not any(e.plover == "THREATEN" for e in evs)
    evs = coder.code("Russia threatened to deploy troops along the frontier.", date="2023-05-10")
    assert all(e.plover == "THREATEN" for e in evs) and evs


def test_a_hyphen_is_nobody(coder):
    text = "the all-india congress committee vice-president moulana r k sharma welcomed the verdict."
    evs = coder.code(text, date="2002-03-14")
    assert evs and not any(e.source.text == "-" or e.target and e.target.text == "-" for e in evs)


def test_saying_someone_was_behind_an_act_accuses_them(coder):
    for text in ("The Kabul government said Taliban fighters were responsible for the blast.",
                 "Police believe the rebels were behind the ambush.",
                 "Seoul claims Pyongyang is to blame for the hacking."):
        evs = coder.code(text, date="2023-03-01")
        assert any(e.cameo == "112" and e.target is not None for e in evs), text
    assert not any(e.plover == "ACCUSE" for e in coder.code("The minister said the talks were useful.", date="2023-03-01"))


def test_an_order_is_coded_by_what_it_orders(coder):
    evs = coder.code("A judge ordered six former ministers jailed pending trial.", date="2023-03-01")
    assert [(e.cameo, e.target.text) for e in evs] == [("173", "six former ministers")]
    evs = coder.code("The junta ordered the radio station closed.", date="2023-03-01")
    assert any(e.cameo == "172" and e.target and "station" in e.target.text for e in evs)
    evs = coder.code("The government ordered the newspaper to suspend publication for a month.", date="2023-03-01")
    assert any(e.cameo == "172" and e.target and "newspaper" in e.target.text for e in evs)
    # An order to do something else stays a demand.
    assert [e.cameo for e in coder.code("The court ordered the ministry to pay.", date="2023-03-01")] == ["100"]


def test_what_an_amount_is_worth_of_names_the_sense(coder):
    evs = coder.code("Japan handed over $2 million worth of medicines to the health ministry of Laos.", date="2023-04-03")
    assert found(evs, "Japan", "ministry", "AID")
    assert not found(evs, "Japan", "ministry", "RETREAT")


def test_food_staples_sent_are_humanitarian_aid(coder):
    evs = coder.code("Japan sent 300 tonnes of rice to Laos.", date="2023-04-03")
    assert any(e.cameo == "073" and e.target is not None and e.target.country == "LAO" for e in evs)


def test_who_holds_a_strike_names_its_kind(coder):
    evs = coder.code("The teachers staged a strike on Monday.", date="2023-04-03")
    assert [e.cameo for e in evs] == ["143"]
    evs = coder.code("The army launched a strike on rebel positions.", date="2023-04-03")
    assert [e.plover for e in evs] == ["ASSAULT"]


def test_the_kind_of_what_a_team_counts_names_the_sense(coder):
    evs = coder.code("Japan sent a group of medical specialists to the clinic.", date="2023-04-03")
    assert any(e.cameo == "073" for e in evs)


def test_joining_an_act_is_doing_it(coder):
    evs = coder.code("The FBI joined a federal inquiry into the contract.", date="2023-04-03")
    assert found(evs, "FBI", None, "ACCUSE", "light-verb")


def test_who_arrives_names_the_kind_of_arrival(coder):
    evs = coder.code("Ghanaian peacekeepers arrived in Sylvania on Monday.", date="2023-04-03")
    assert [e.cameo for e in evs] == ["074"]
    evs = coder.code("The Ghanaian envoy arrived in Sylvania on Monday.", date="2023-04-03")
    assert [e.cameo for e in evs] == ["042"]


def test_setting_free_and_setting_fire(coder):
    evs = coder.code("The junta set free forty political prisoners.", date="2023-04-03")
    assert [e.cameo for e in evs] == ["0841"]
    evs = coder.code("The militia set fire to the market.", date="2023-04-03")
    assert found(evs, "militia", "market", "ASSAULT")


def test_a_particle_of_the_verb_beats_a_preposition_after_it(coder):
    evs = coder.code("The envoy called out China for its treatment of reporters.", date="2023-04-03")
    assert found(evs, "The envoy", "China", "ACCUSE")
    assert not found(evs, "The envoy", "China", "REQUEST")


def test_reneging_on_an_accord_with_a_party_rejects_the_party(coder):
    evs = coder.code("The president reneged on the trade accord with Mexico.", date="2023-04-03")
    assert found(evs, "The president", "Mexico", "REJECT")


def test_calling_off_talks_halts_negotiations(coder):
    evs = coder.code("The rebels called off talks with the government.", date="2023-04-03")
    assert found(evs, "The rebels", "the government", "SANCTION")


def test_stones_thrown_at_someone_are_a_riot_against_them_a_grenade_a_bombing(coder):
    evs = coder.code("Youths threw stones at the police in Srinagar.", date="2023-04-03")
    assert found(evs, "Youths", "the police", "PROTEST")
    evs = coder.code("The rebels threw a grenade at the army post.", date="2023-04-03")
    assert found(evs, "The rebels", "the army post", "ASSAULT")


def test_contacting_someone_is_consulting_them(coder):
    evs = coder.code("The Belgian government contacted the French authorities.", date="2023-04-03")
    assert found(evs, "The Belgian government", "the French authorities", "CONSULT")


def test_calling_someone_is_a_phone_call(coder):
    evs = coder.code("The Chilean president called the Peruvian prime minister on Friday.", date="2023-04-03")
    assert found(evs, "The Chilean president", "the Peruvian prime minister", "CONSULT")
    assert any(e.cameo == "041" for e in evs)


@pytest.mark.parametrize("text", [
    "The Chilean president called the Peruvian prime minister a liar.",  # naming
    "The ferries entered waters near the atoll, which Chile calls Isla Verde.",  # naming in a relative clause
    "A militia called the Southern Guard attacked the depot.",  # a participle after a noun
    "The Chilean president called up ten thousand reservists.",  # a particle of its own
    "The Chilean president called early elections.",  # nobody called
    "The dockers' union called a general strike for Monday.",
])
def test_calling_something_or_someone_names_is_no_phone_call(coder, text):
    assert not any(e.cameo == "041" for e in coder.code(text, date="2023-04-03"))


def test_a_general_strike_is_no_general(coder):
    evs = coder.code("The dockers' union staged a general strike against the port authority.", date="2023-04-03")
    assert found(evs, "union", "the port authority", "PROTEST")
    strike = coder.code("The dockers' union called a general strike.", date="2023-04-03")
    assert not any(e.target is not None and "strike" in e.target.text for e in strike)


def test_solidarity_is_support_and_one_act_named_twice_is_one_event(coder):
    evs = coder.code("The Peruvian foreign minister conveyed Peru's solidarity and support to Chile.", date="2023-04-03")
    support = [e for e in evs if e.plover == "SUPPORT" and e.target is not None and e.target.text == "Chile"]
    assert len(support) == 1 and support[0].source.text.endswith("foreign minister")


def test_opening_a_border_eases_a_sanction_and_to_migrants_it_grants_refuge(coder):
    evs = coder.code("Peru reopened its border with Bolivia after a month.", date="2023-04-03")
    assert found(evs, "Peru", "Bolivia", "CONCEDE")
    evs = coder.code("Chile opened its borders to thousands of Venezuelan migrants.", date="2023-04-03")
    # The preposition's object names the sense (075) and, for what it counts, the target.
    assert found(evs, "Chile", "Venezuelan migrants", "AID")


def test_joint_drills_and_war_games_are_military_cooperation(coder):
    evs = coder.code("Chile and Peru held joint military drills near the border.", date="2023-04-03")
    assert found(evs, "Chile", "Peru", "COOPERATE") and found(evs, "Peru", "Chile", "COOPERATE")
    evs = coder.code("Brazil held war games with Argentina.", date="2023-04-03")
    assert found(evs, "Brazil", "Argentina", "COOPERATE")
    # Drills of one side near another are still a show of force.
    assert found(coder.code("China held military drills near Taiwan.", date="2023-04-03"), "China", "Taiwan", "MOBILIZE")


def test_every_giving_verb_knows_the_same_relief_goods(coder):
    evs = coder.code("The charity provided tents and blankets to the Chilean Red Cross.", date="2023-04-03")
    assert found(evs, "The charity", "Red Cross", "AID")
    # Sending people into shelters gives them nothing.
    evs = coder.code("The shelling sent thousands of Chileans into bomb shelters.", date="2023-04-03")
    assert not any(e.plover == "AID" for e in evs)


def test_attending_a_meeting_consults_the_body_that_holds_it(coder):
    evs = coder.code("Chile's foreign minister attended Tuesday's summit of the Andean Community in Lima.",
                     date="2023-04-03")
    assert found(evs, "Chile's foreign minister", "Andean Community", "CONSULT")
    # Two who attend the same talks did nothing to each other.
    evs = coder.code("The Chilean foreign minister and the Peruvian foreign minister attended the talks.", date="2023-04-03")
    assert evs and not any(e.target is not None and "minister" in e.target.text for e in evs)


def test_designating_a_group_as_terrorist_is_an_administrative_sanction(coder):
    evs = coder.code("Chile designated the Bolivian militia as a terrorist organization.", date="2023-04-03")
    assert found(evs, "Chile", "the Bolivian militia", "COERCE")


@pytest.mark.parametrize("text, target", [
    ("The Chilean government called the attack a terrorist act.", "the attack"),
    ("Chile branded the Bolivian president a liar.", "the Bolivian president"),
    ("Peru's foreign minister described Chile's move as a provocation.", "Chile's move"),
    ("Bolivia lashed out at Chile over the water dispute.", "Chile"),
    ("Chile hit out at Peru over the fishing ban.", "Peru"),
])
def test_naming_with_a_damning_label_or_lashing_out_criticises(coder, text, target):
    evs = coder.code(text, date="2023-04-03")
    assert any(e.plover == "ACCUSE" and e.target is not None and e.target.text == target for e in evs)


def test_a_label_after_anti_names_what_is_opposed_not_a_charge(coder):
    evs = coder.code("Azerbaijan called the operation an anti-terrorist action.", date="2023-04-03")
    assert not any(e.plover == "ACCUSE" for e in evs)


def test_slapping_tariffs_imposes_them(coder):
    evs = coder.code("Peru slapped tariffs on Chilean wine.", date="2023-04-03")
    assert found(evs, "Peru", "Chilean wine", "COERCE")


def test_a_crowd_that_gathers_demonstrates_and_a_blocked_bid_is_refused(coder):
    evs = coder.code("Hundreds of protesters gathered outside the Chilean embassy in La Paz.", date="2023-04-03")
    assert found(evs, "protesters", "the Chilean embassy", "PROTEST")
    # Leaders gathering for a summit protest nothing.
    assert not coder.code("Leaders gathered in Lima for the summit.", date="2023-04-03")
    evs = coder.code("Chile blocked Bolivia's bid to join the trade bloc.", date="2023-04-03")
    assert found(evs, "Chile", "Bolivia", "REJECT")


def test_trading_accusations_or_fire_is_no_trade(coder):
    evs = coder.code("Chile and Peru traded accusations over the border incident.", date="2023-04-03")
    assert found(evs, "Chile", "Peru", "ACCUSE") and not any(e.plover == "COOPERATE" for e in evs)
    evs = coder.code("Chilean and Bolivian troops traded fire across the border.", date="2023-04-03")
    assert any(e.plover == "ASSAULT" for e in evs) and not any(e.plover == "COOPERATE" for e in evs)


def test_fighting_fires_or_corruption_is_no_fighting(coder):
    evs = coder.code("Chile offered to help Peru fight the fires.", date="2023-04-03")
    assert not any(e.plover in ("ASSAULT", "THREATEN") for e in evs)


def test_joint_patrols_cooperate_and_welcomed_refugees_get_refuge(coder):
    evs = coder.code("Chile and Peru launched joint patrols along their border.", date="2023-04-03")
    assert found(evs, "Chile", "Peru", "COOPERATE")
    evs = coder.code("Chile welcomed 500 refugees from Syria.", date="2023-04-03")
    assert any(e.cameo == "075" for e in evs)
    # A welcomed decision is still praise.
    assert found(coder.code("Chile welcomed Peru's decision.", date="2023-04-03"), "Chile", "Peru's decision", "SUPPORT")


def test_a_phrase_the_parser_hangs_on_an_amount_belongs_to_the_verb(coder):
    evs = coder.code("Chile invested $2 billion in Peruvian mines.", date="2023-04-03")
    assert found(evs, "Chile", "Peruvian mines", "COOPERATE")


def test_a_state_that_protests_complains_officially(coder):
    evs = coder.code("Chile protested the arrest of its consul in La Paz.", date="2023-04-03")
    assert any(e.cameo == "114" and e.plover == "ACCUSE" for e in evs)
    evs = coder.code("The Peruvian foreign ministry protested to Quito over the incident.", date="2023-04-03")
    assert found(evs, "ministry", "Quito", "ACCUSE")
    # People in the street still demonstrate.
    evs = coder.code("Thousands of Chilean students protested the new fees.", date="2023-04-03")
    assert any(e.cameo == "141" for e in evs) and not any(e.cameo == "114" for e in evs)


def test_a_charge_is_legal_only_when_the_law_brings_it(coder):
    # Brought by prosecutors, police or a state: a legal charge (173).
    evs = coder.code("Chilean prosecutors charged the former mayor with bribery.", date="2023-04-03")
    assert any(e.cameo == "173" and e.plover == "COERCE" for e in evs)
    evs = coder.code("Peru charged two Bolivian pilots with smuggling.", date="2023-04-03")
    assert any(e.cameo == "173" for e in evs)
    # Brought by the opposition or a rights group: an accusation (112).
    evs = coder.code("The opposition charged the interior minister with corruption.", date="2023-04-03")
    assert any(e.cameo == "112" and e.plover == "ACCUSE" for e in evs) and not any(e.cameo == "173" for e in evs)
    evs = coder.code("A rights group charged the border police with beating migrants.", date="2023-04-03")
    assert any(e.cameo == "112" for e in evs) and not any(e.cameo == "173" for e in evs)


def test_charging_that_something_happened_is_an_accusation(coder):
    # "charged that ..." states a claim: the clause's subject is accused, whoever speaks.
    evs = coder.code("Bolivia charged that Chilean agents had bugged its embassy.", date="2023-04-03")
    assert found(evs, "Bolivia", "Chilean agents", "ACCUSE")
    assert not any(e.cameo == "173" for e in evs)
    # The act charged is the content of the accusation, not an event of its own.
    assert not any(e.source.text == "Chilean agents" for e in evs)


def test_a_state_blocking_shipments_imposes_an_embargo_people_blocking_a_road_protest(coder):
    evs = coder.code("Chile blocked shipments of Bolivian tin.", date="2023-04-03")
    assert any(e.cameo == "163" for e in evs) and not any(e.cameo == "144" for e in evs)
    evs = coder.code("Truck drivers blocked the main bridge.", date="2023-04-03")
    assert any(e.cameo == "144" for e in evs)


def test_a_passive_subject_hung_on_its_auxiliary_still_names_the_sense_and_target(coder):
    # "remains blocked": the parser may hang the subject on "remains".
    evs = coder.code("Chile's bid remains blocked by Peru and Bolivia.", date="2023-04-03")
    assert found(evs, "Peru", "Chile's bid", "REJECT") and not any(e.plover == "PROTEST" for e in evs)


def test_hitting_a_country_with_tariffs_is_a_sanction_not_an_attack(coder):
    evs = coder.code("Lima hit Santiago with new tariffs on Tuesday.", date="2023-04-03")
    assert found(evs, "Lima", "Santiago", "COERCE") and not any(e.plover == "ASSAULT" for e in evs)
    evs = coder.code("Chile imposed a surtax on Peruvian fishmeal.", date="2023-04-03")
    assert any(e.cameo == "163" for e in evs)


def test_to_shield_an_industry_is_no_human_shield(coder):
    evs = coder.code("Chile moved to shield its copper industry from foreign competition.", date="2023-04-03")
    assert not any(e.cameo == "184" for e in evs)
    evs = coder.code("The rebels used villagers as human shields.", date="2023-04-03")
    assert any(e.cameo == "184" for e in evs)


def test_a_protest_lodged_is_one_complaint(coder):
    evs = coder.code("Lima lodged a protest with Santiago over the shooting.", date="2023-04-03")
    assert found(evs, "Lima", "Santiago", "ACCUSE")
    assert len([e for e in evs if e.source.text == "Lima"]) == 1


def test_ramming_and_intercepting_a_vessel(coder):
    evs = coder.code("A Peruvian fishing boat was rammed by a Chilean navy patrol ship.", date="2023-04-03")
    assert found(evs, "a Chilean navy patrol ship", "A Peruvian fishing boat", "ASSAULT")
    evs = coder.code("The Ecuadorian navy intercepted a Peruvian trawler off Tumbes.", date="2023-04-03")
    assert found(evs, "The Ecuadorian navy", "trawler", "COERCE")
    # Intercepting a missile is defence, no coercion of anyone.
    assert not coder.code("Chilean forces intercepted a rocket over the desert.", date="2023-04-03")


def test_stopping_an_act_is_its_cut_or_no_act(coder):
    evs = coder.code("Bolivia stopped supplying arms to the rebels.", date="2023-04-03")
    assert any(e.cameo == "1622" and e.plover == "SANCTION" for e in evs)
    assert not any(e.plover == "AID" for e in evs)
    evs = coder.code("The army halted shelling the border town.", date="2023-04-03")
    assert [e.cameo for e in evs] == ["087"]
    # An act with no cut of its own is coded as not done.
    evs = coder.code("Lima stopped accusing Quito.", date="2023-04-03")
    assert evs and all(e.negated for e in evs if e.plover == "ACCUSE")
    # "ended up doing" ends nothing.
    evs = coder.code("Chile ended up supplying arms to Peru.", date="2023-04-03")
    assert any(e.plover == "AID" for e in evs)


def test_no_longer_doing_an_act_ends_it(coder):
    evs = coder.code("Bolivia is no longer sending weapons to the rebels.", date="2023-04-03")
    assert any(e.cameo == "1622" and e.plover == "SANCTION" and not e.negated for e in evs)
    assert not any(e.plover == "AID" for e in evs)
    evs = coder.code("Paraguay will not give loans to Bolivia anymore.", date="2023-04-03")
    assert evs and not any(e.plover == "AID" for e in evs)
    # An act with no cut of its own is not done, once the "not" of "not any longer" is read as the ending's.
    evs = coder.code("Lima no longer accuses Quito.", date="2023-04-03")
    assert evs and all(e.negated for e in evs if e.plover == "ACCUSE")
    evs = coder.code("Lima does not accuse Quito any longer.", date="2023-04-03")
    assert evs and all(e.negated for e in evs if e.plover == "ACCUSE")


def test_letting_or_setting_people_free_is_a_release(coder):
    for text in ("Peru let free two Chilean fishermen.", "Peru set two Chilean fishermen free.",
                 "Peru let two Chilean fishermen free."):
        evs = coder.code(text, date="2023-04-03")
        assert any(e.cameo == "0841" and e.source.text == "Peru" for e in evs), text


def test_handing_over_jets_to_a_country_is_military_aid(coder):
    evs = coder.code("Chile handed over two fighter jets to Ecuador.", date="2023-04-03")
    assert found(evs, "Chile", "Ecuador", "AID")


def test_waiving_stripping_and_switching_recognition(coder):
    evs = coder.code("Chile waived visa fees for Bolivian truck drivers.", date="2023-04-03")
    assert any(e.cameo == "081" and e.source.text == "Chile" for e in evs)
    evs = coder.code("Venezuela stripped 30 opposition lawmakers of their immunity.", date="2023-04-03")
    assert found(evs, "Venezuela", "opposition lawmakers", "COERCE")
    evs = coder.code("Paraguay switched diplomatic recognition from Taipei to Beijing.", date="2023-04-03")
    assert found(evs, "Paraguay", "Beijing", "SUPPORT") and not found(evs, "Paraguay", "Taipei", "SUPPORT")


def test_an_agreed_act_named_by_the_objects_noun_replaces_the_agreement(coder):
    evs = coder.code("Chile and Bolivia agreed to extend their truce by a year.", date="2023-04-03")
    assert {e.cameo for e in evs} == {"0356"}
    assert found(evs, "Chile", "Bolivia", "AGREE") and found(evs, "Bolivia", "Chile", "AGREE")
    # The partners of the agreement are each other's partners in the act agreed.
    evs = coder.code("Peru and Ecuador agreed to give trade concessions on 300 products.", date="2023-04-03")
    assert found(evs, "Peru", "Ecuador", "AGREE", rule="reciprocal") and found(evs, "Ecuador", "Peru", "AGREE")


def test_missiles_fired_into_the_sea_are_a_show_of_force(coder):
    evs = coder.code("Venezuela fired two missiles into the sea off its coast.", date="2023-04-03")
    assert [(e.plover, e.cameo, e.target) for e in evs] == [("MOBILIZE", "150", None)]
    evs = coder.code("Venezuela test-fired a new missile.", date="2023-04-03")
    assert any(e.cameo == "150" for e in evs) and not any(e.plover == "ASSAULT" for e in evs)
    # Fired at someone, it stays an attack.
    evs = coder.code("Venezuelan troops fired missiles at a Guyanese outpost.", date="2023-04-03")
    assert found(evs, "Venezuelan troops", "outpost", "ASSAULT")


def test_boarding_barring_extending_and_giving_weapons(coder):
    evs = coder.code("The Chilean navy boarded a Peruvian trawler.", date="2023-04-03")
    assert found(evs, "The Chilean navy", "trawler", "COERCE")
    evs = coder.code("The junta barred foreign reporters from the province.", date="2023-04-03")
    assert found(evs, "The junta", "foreign reporters", "COERCE")
    evs = coder.code("Peru's government extended the state of emergency in Puno.", date="2023-04-03")
    assert any(e.cameo == "1724" for e in evs)
    evs = coder.code("Brazil gave weapons to Bolivia.", date="2023-04-03")
    assert found(evs, "Brazil", "Bolivia", "AID")
    # "barring" before its clause is a preposition.
    assert not any(e.cameo == "172" for e in coder.code(
        "Barring a few clashes in Arica, the day passed calmly, police said.", date="2023-04-03"))


def test_a_kind_of_talks_is_no_party_to_them(coder):
    evs = coder.code("Chile and Peru held commander-level talks on the border.", date="2023-04-03")
    assert found(evs, "Chile", "Peru", "CONSULT") and found(evs, "Peru", "Chile", "CONSULT")
    assert not any(e.source.text.startswith("commander") for e in evs)


def test_deepening_ties_or_cooperation_is_diplomatic_or_material_cooperation(coder):
    evs = coder.code("Ghana and Togo strengthened their defence partnership on Monday.", date="2024-03-04")
    assert found(evs, "Ghana", "Togo", "SUPPORT") and found(evs, "Togo", "Ghana", "SUPPORT")
    evs = coder.code("Peru expanded its security cooperation with Ecuador.", date="2024-03-04")
    assert any(e.cameo == "060" and e.target and e.target.country == "ECU" for e in evs)
    # Strengthening a force is still a build-up, not cooperation.
    evs = coder.code("Peru strengthened its forces along the border.", date="2024-03-04")
    assert not any(e.cameo.startswith(("05", "06")) for e in evs)


def test_an_aid_package_carries_the_aid(coder):
    evs = coder.code("Norway announced a new aid package for Sudan on Friday.", date="2024-03-04")
    assert any(e.plover == "AID" and e.target and e.target.country == "SDN" for e in evs)


def test_crushing_an_uprising_revoking_papers_and_recruiting_fighters(coder):
    evs = coder.code("The junta crushed the uprising in the north.", date="2024-03-04")
    assert any(e.cameo == "175" for e in evs)
    evs = coder.code("Zambia revoked the work permit of a Chinese journalist.", date="2024-03-04")
    assert any(e.cameo == "172" and e.source.country == "ZMB" for e in evs)
    evs = coder.code("The rebels recruited hundreds of fighters last year.", date="2024-03-04")
    assert any(e.cameo == "154" for e in evs)
    # Recruiting staff is no mobilisation.
    assert not any(e.cameo == "154" for e in coder.code("The bank recruited new staff.", date="2024-03-04"))


def test_slogans_chanted_against_someone_and_a_hyphenated_sit_in_are_protests(coder):
    evs = coder.code("Students chanted slogans against the Serbian government in Novi Sad.", date="2024-03-04")
    assert any(e.cameo == "141" and e.target and e.target.country == "SRB" for e in evs)
    evs = coder.code("Nurses staged a sit-in against the Kenyan government.", date="2024-03-04")
    assert any(e.cameo == "141" and e.target and e.target.country == "KEN" for e in evs)


def test_armed_men_who_withdraw_or_pull_their_forces_retreat(coder):
    evs = coder.code("Rebel fighters withdrew from the port of Kismayo.", date="2024-03-04")
    assert any(e.cameo == "0874" for e in evs) and not any(e.cameo == "166" for e in evs)
    evs = coder.code("Ethiopia pulled its troops from the town of Humera.", date="2024-03-04")
    assert any(e.cameo == "0874" and e.source.country == "ETH" for e in evs)


def test_organising_forming_or_setting_up_an_act_is_doing_it(coder):
    evs = coder.code("The dockers' union organised a strike against the port authority.", date="2024-03-04")
    assert any(e.cameo == "143" for e in evs)
    evs = coder.code("Brazil formed a joint venture with Bolivia.", date="2024-03-04")
    assert found(evs, "Brazil", "Bolivia", "COOPERATE") and found(evs, "Bolivia", "Brazil", "COOPERATE")
    # Forming a government is no event.
    assert not coder.code("The coalition formed a new government.", date="2024-03-04")


def test_suspending_broadcasters_pushing_back_migrants_and_a_military_intervention(coder):
    evs = coder.code("Niger's junta suspended two French broadcasters.", date="2024-03-04")
    assert any(e.cameo == "1721" for e in evs) and not any(e.cameo == "160" for e in evs)
    evs = coder.code("Greek coast guards pushed back a boat carrying 60 migrants.", date="2024-03-04")
    assert any(e.cameo == "174" for e in evs)
    evs = coder.code("Kenya launched a military intervention in Somalia in 2011.", date="2024-03-04")
    assert any(e.cameo == "190" and e.target and e.target.country == "SOM" for e in evs)


def test_receiving_a_visitor_raising_tariffs_giving_vessels_and_speaking_by_phone(coder):
    evs = coder.code("Erdogan received the Hungarian prime minister in Ankara.", date="2024-03-04")
    assert any(e.cameo == "043" and e.target and "Hungarian prime minister" in e.target.text for e in evs)
    # A letter or weapons received are no visit.
    assert not any(e.cameo == "043" for e in coder.code("The minister received a letter from the rebels.", date="2024-03-04"))
    evs = coder.code("Mexico raised tariffs on Chinese steel.", date="2024-03-04")
    assert any(e.cameo == "163" and e.source.country == "MEX" for e in evs)
    evs = coder.code("Japan provided the Philippines with five patrol vessels.", date="2024-03-04")
    assert any(e.plover == "AID" and e.target and e.target.country == "PHL" for e in evs)
    # Warships sent somewhere are a deployment, not aid.
    evs = coder.code("China sent warships into Taiwan's waters.", date="2024-03-04")
    assert any(e.cameo == "154" for e in evs) and not any(e.plover == "AID" for e in evs)
    evs = coder.code("The presidents of Chile and Peru spoke by phone on Monday.", date="2024-03-04")
    assert found(evs, "Chile", "Peru", "CONSULT") and found(evs, "Peru", "Chile", "CONSULT")


def test_troops_that_leave_a_country_withdraw_from_it(coder):
    evs = coder.code("The last French soldiers left Niger on Friday.", date="2024-03-04")
    assert any(e.cameo == "0874" and e.target and e.target.country == "NER" for e in evs)
    # A minister who leaves is travelling.
    assert not any(e.cameo == "0874" for e in coder.code("The Kenyan president left Nairobi for Addis Ababa.", date="2024-03-04"))


def test_an_amount_inside_a_clause_names_no_aid(coder):
    # The money belongs to the act the permission is for; granting permission eases a restriction.
    evs = coder.code("The European Commission granted Portugal permission to inject 2 billion euros into the airline.", date="2024-03-04")
    assert any(e.cameo == "081" for e in evs) and not any(e.plover == "AID" for e in evs)
    evs = coder.code("Japan granted $40 million to Sri Lanka.", date="2024-03-04")
    assert any(e.plover == "AID" and e.target and e.target.country == "LKA" for e in evs)


def test_stern_representations_and_a_demarche_are_official_complaints(coder):
    evs = coder.code("China lodged stern representations with Japan over the visit.", date="2024-03-04")
    assert any(e.cameo == "114" and e.target and e.target.country == "JPN" for e in evs)
    evs = coder.code("The United States delivered a demarche to Pakistan.", date="2024-03-04")
    assert any(e.cameo == "114" and e.target and e.target.country == "PAK" for e in evs)
    # A lawyer's representations to a court are no complaint.
    assert not coder.code("The lawyer made representations to the court.", date="2024-03-04")


def test_more_ways_of_giving_aid(coder):
    cases = [
        ("The Pentagon transferred Patriot missile batteries to Ukraine.", "072", "UKR"),
        ("Australia gifted two patrol boats to Fiji.", "070", "FJI"),
        ("The Red Crescent distributed blankets to flood victims in Pakistan.", "073", "PAK"),
        ("Beijing extended a $2 billion credit line to Sri Lanka.", "071", "LKA"),
        ("Qatar deposited $3 billion in Egypt's central bank.", "071", "EGY"),
        ("Japan gave financial support to Ukraine's energy sector.", "071", "UKR"),
        ("Sweden supported Uganda's refugee programme with $20 million.", "071", "UGA"),
        ("Irish peacekeepers have served in Lebanon since 1978.", "074", "LBN"),
    ]
    for text, cameo, country in cases:
        evs = coder.code(text, date="2024-03-04")
        assert any(e.cameo == cameo and e.target and e.target.country == country for e in evs), (text, evs)
    evs = coder.code("Poland took in more than a million refugees.", date="2024-03-04")
    assert any(e.cameo == "075" and e.source.country == "POL" for e in evs)
    evs = coder.code("The Spanish navy rescued 120 migrants in the Mediterranean.", date="2024-03-04")
    assert any(e.cameo == "073" and e.source.country == "ESP" for e in evs)
    # Support that is not money or material stays an endorsement.
    evs = coder.code("China expressed support for Russia.", date="2024-03-04")
    assert any(e.cameo == "051" for e in evs) and not any(e.plover == "AID" for e in evs)
    # Rescued hostages are no humanitarian aid, nor is a transfer of power.
    assert not any(e.plover == "AID" for e in coder.code("Commandos rescued the hostages.", date="2024-03-04"))


def test_yielding_to_demands_and_dropping_a_veto(coder):
    evs = coder.code("Turkey lifted its veto on Sweden's membership of NATO.", date="2024-03-04")
    assert any(e.cameo == "080" and e.source.country == "TUR" and e.target and e.target.country == "SWE" for e in evs)
    evs = coder.code("Hungary withdrew its objection to Ukraine's accession talks.", date="2024-03-04")
    assert any(e.cameo == "080" and e.target and e.target.country == "UKR" for e in evs)
    evs = coder.code("The government agreed to the strikers' demands.", date="2024-03-04")
    assert any(e.cameo == "080" for e in evs)
    evs = coder.code("The authorities restored internet access in Kashmir.", date="2024-03-04")
    assert any(e.cameo == "081" for e in evs)


def test_troops_sent_to_a_peacekeeping_mission_are_aid(coder):
    for text, country in (("Fiji deployed a battalion to the Golan Heights to join the UN force.", None),
                          ("India sent 800 soldiers to South Sudan to join the peacekeeping operation.", "SSD")):
        evs = coder.code(text, date="2024-03-04")
        assert any(e.cameo == "074" and (country is None or e.target and e.target.country == country) for e in evs), (text, evs)
        assert not any(e.plover == "MOBILIZE" for e in evs)
    # Peacekeepers in a clause of their own do not make a show of force a mission.
    evs = coder.code("China sent warships to the strait while UN peacekeepers left Mali.", date="2024-03-04")
    assert any(e.cameo == "154" and e.source.country == "CHN" for e in evs)
    assert not any(e.cameo == "074" for e in evs)


def test_more_ways_of_yielding(coder):
    cases = [
        ("The Thai government ended the state of emergency in the south.", "0814"),
        ("Iran handed back the seized British tanker.", "0842"),
        ("Iran let IAEA inspectors into the Fordow site.", "0862"),
        ("The Syrian government opened a humanitarian corridor to the besieged town.", "0863"),
        ("Ukrainian troops abandoned the town of Avdiivka.", "0874"),
        ("The Pakistani government legalised the main opposition party.", "0812"),
    ]
    for text, cameo in cases:
        assert any(e.cameo == cameo for e in coder.code(text, date="2024-03-04")), text
    # The state of emergency is what was lifted, not a state it was aimed at.
    evs = coder.code("The Egyptian government lifted the state of emergency.", date="2024-03-04")
    assert any(e.cameo == "0814" and e.target is None for e in evs)


def test_a_strike_launched_by_workers_is_a_labour_strike_and_a_missile_strike_is_coded_once(coder):
    evs = coder.code("Dock workers in Chile launched a national strike on Monday.", date="2023-05-02")
    assert [e.cameo for e in evs] == ["143"]
    # "missile" named the launch verb's sense and "strike" is its own act: one act, one event.
    evs = coder.code("Azerbaijan launched a missile strike on Armenian positions near the border.", date="2022-09-13")
    assert len(evs) == 1 and evs[0].plover == "ASSAULT" and evs[0].target is not None


@pytest.mark.parametrize("text", [
    "The Cuban government said it was entitled to defend itself against outside interference.",
    "The army defended itself against the rebel assault.",
    "The ministry said the country would defend itself.",
])
def test_defending_oneself_is_no_verbal_defence(coder, text):
    # CAMEO 052 is defending another's person or policy in words; "defend itself" names no one
    # (the army had been coded as supporting the rebels' assault).
    assert not any(e.trigger.text.startswith("defend") for e in coder.code(text, date="2021-03-03"))


def test_defending_another_is_still_a_verbal_defence(coder):
    evs = coder.code("The Bolivian foreign minister defended Cuba at the United Nations.", date="2021-03-03")
    assert any(e.cameo == "052" and e.target is not None and e.target.country == "CUB" for e in evs)


def test_calling_on_someone_is_a_visit_unless_asked_to_act(coder):
    evs = coder.code("The Chilean envoy called on the Peruvian president on Monday.", date="2023-05-10")
    assert [e.cameo for e in evs if e.source.country == "CHL"] == ["042"]
    evs = coder.code("Chile called on Peru to free the fishermen.", date="2023-05-10")
    assert [e.cameo for e in evs if e.source.country == "CHL"] == ["020"]
    # A date between makes the parser read the infinitive as an adverbial clause: still what was asked.
    evs = coder.code("Chile called on Peru on Monday to free the fishermen.", date="2023-05-10")
    assert [(e.cameo, e.target.country) for e in evs if e.source.country == "CHL"] == [("020", "PER")]


def test_suggesting_is_a_proposal_only_of_what_should_be_done(coder):
    assert [e.cameo for e in coder.code("Chile suggested talks with Peru.", date="2023-05-10")
            if e.source.country == "CHL"] == ["020"]
    evs = coder.code("Chile suggested that the Peruvian envoy move the talks to Lima.", date="2023-05-10")
    assert any(e.cameo == "020" and e.source.country == "CHL" for e in evs)
    # What figures or an effort "suggest" is what they show: no appeal.
    evs = coder.code("The Peruvian figures suggest that Chile wanted to step back from the dispute.", date="2023-05-10")
    assert not any(e.trigger.text == "suggest" for e in evs)
    evs = coder.code("Chile's restraint suggested that both countries wanted calm.", date="2023-05-10")
    assert not any(e.trigger.text == "suggested" for e in evs)


def test_cyberattacks_and_disinformation_are_coercion_with_plover_modes(coder):
    # PLOVER files cyberattacks and disinformation under COERCE (modes cyber, misinformation);
    # CAMEO has no code of its own for them, so they take 170 with the mode from the lexicon.
    cases = [("Peru carried out a cyber attack on Chile.", "cyber"),
             ("Peruvian agents hacked into the Chilean ministry's servers.", "cyber"),
             ("Peru waged a disinformation campaign against Chile.", "misinformation")]
    for text, mode in cases:
        evs = [e for e in coder.code(text, date="2023-05-10") if e.plover == "COERCE"]
        assert [(e.source.country, e.target and e.target.country, e.cameo, e.plover_mode) for e in evs] == [
            ("PER", "CHL", "170", mode)], text
    # An attack with weapons stays an assault, with the mode its CAMEO code gives.
    (ev,) = coder.code("Peru carried out a drone attack on Chile.", date="2023-05-10")
    assert ev.plover == "ASSAULT" and ev.plover_mode != "cyber"


def test_a_second_object_the_parser_makes_an_apposition_still_names_the_sense(coder):
    evs = coder.code("Chile designated Hezbollah a terrorist organisation.", date="2023-05-10")
    assert [(e.cameo, e.target.text) for e in evs] == [("172", "Hezbollah")]


def test_the_act_a_light_verb_launches_is_no_party_to_it(coder):
    # "a military offensive" looks like an actor ("military"), but it is the act itself.
    evs = coder.code("Chile launched a military offensive in the north.", date="2023-05-10")
    assert [e.cameo for e in evs] == ["190"] and evs[0].target is None
    evs = coder.code("Chile launched a military offensive against Bolivia.", date="2023-05-10")
    assert found(evs, "Chile", "Bolivia", "ASSAULT")


def test_releasing_a_thing_frees_no_one(coder):
    for text in ("Chile began releasing treated water from the plant.", "The Chilean ministry released a report."):
        assert not any(e.cameo.startswith("084") for e in coder.code(text, date="2023-05-10")), text
    evs = coder.code("Chile released two Peruvian fishermen.", date="2023-05-10")
    assert [e.cameo for e in evs] == ["0841"]


def test_one_asked_a_question_makes_no_appeal(coder):
    for text in ("Asked about the talks, the Chilean minister said they went well.",
                 "When asked about the border, the Peruvian president said Peru would respond."):
        assert not any(e.plover == "REQUEST" for e in coder.code(text, date="2023-05-10")), text
    evs = coder.code("Peru asked Chile to return the fishermen.", date="2023-05-10")
    assert [(e.plover, e.source.country, e.target.country) for e in evs] == [("REQUEST", "PER", "CHL")]
    # What the question asks about did not happen for all the answer says.
    evs = coder.code("Asked whether Chile had attacked the border post, the Peruvian minister said it was too early.",
                     date="2023-05-10")
    assert not any(e.plover == "ASSAULT" for e in evs)


def test_calling_a_session_for_a_purpose_is_no_appeal(coder):
    evs = coder.code("The Chilean president called the senate into session for a vote on the budget.",
                     date="2023-05-10")
    assert not any(e.plover == "REQUEST" for e in evs)
    evs = coder.code("The Chilean opposition called for a session of the senate.", date="2023-05-10")
    assert [e.plover for e in evs] == ["REQUEST"]


def test_leaving_people_dead_is_a_toll_not_a_withdrawal(coder):
    evs = coder.code("Peruvian and Chilean troops clashed at the border, leaving 20 Peruvian soldiers dead.",
                     date="2023-05-10")
    assert {e.plover for e in evs} == {"ASSAULT"}
    evs = coder.code("Chilean troops left the Peruvian town of Tacna.", date="2023-05-10")
    assert [e.plover for e in evs] == ["RETREAT"]


def test_the_place_of_another_act_of_force_is_not_where_a_threat_is_aimed(coder):
    evs = coder.code("Peru vowed revenge for the killing of its envoy in Santiago.", date="2023-05-10")
    assert not any(e.target and e.target.country == "CHL" for e in evs if e.plover == "THREATEN")


def test_blocking_a_statement_is_a_veto_of_its_author(coder):
    evs = coder.code("Ruritania blocked an EU statement on the border dispute.", date="2023-05-10")
    assert [(e.cameo, e.target.country) for e in evs if e.trigger.text == "blocked"] == [("129", "EUR")]


def test_revoking_an_agreement_with_t_reduces_relations_with_t(coder):
    evs = coder.code("Bolivia revoked its defence agreements with Paraguay.", date="2023-05-10")
    assert [(e.cameo, e.source.country, e.target.country) for e in evs] == [("160", "BOL", "PRY")]


def test_approving_an_arms_sale_to_t_is_military_cooperation_with_t(coder):
    evs = coder.code("Brazil approved the sale of eight patrol boats to Uruguay.", date="2023-05-10")
    assert [(e.plover, e.cameo, e.target.country) for e in evs] == [("COOPERATE", "062", "URY")]


def test_ending_a_quarrel_about_trade_cuts_no_trade(coder):
    evs = coder.code("Chile ended its four-year trade row with Bolivia.", date="2023-05-10")
    assert not any(e.cameo.startswith("16") for e in evs)
    evs = coder.code("Chile lifted export curbs on Bolivia.", date="2023-05-10")
    assert [(e.plover, e.target.country) for e in evs] == [("CONCEDE", "BOL")]


def test_an_act_that_prompts_condemnation_from_s_is_condemned_by_s(coder):
    evs = coder.code("Bolivia closed its border, prompting condemnation from Chile.", date="2023-05-10")
    assert any(e.plover == "ACCUSE" and e.source.country == "CHL" and e.target and e.target.country == "BOL" for e in evs)


def test_filing_or_bringing_a_case_against_t_is_a_lawsuit(coder):
    evs = coder.code("Bolivia filed a border case against Chile at the International Court of Justice.", date="2023-05-10")
    assert [(e.cameo, e.target.country) for e in evs if e.trigger.text == "filed"] == [("115", "CHL")]


def test_the_one_fined_a_sum_is_the_target_and_abusing_power_is_no_assault(coder):
    evs = coder.code("The European Commission fined Google 2.4 billion euros for abusing its market dominance.", date="2023-05-10")
    assert [(e.cameo, e.target and e.target.text) for e in evs] == [("172", "Google")]


def test_seeking_to_act_asks_nothing_of_anyone(coder):
    evs = coder.code("Peru, which has sought to balance ties with Chile and Bolivia, recalled its envoy.", date="2023-05-10")
    assert not any(e.plover == "REQUEST" for e in evs)
    evs = coder.code("Peru sought clarification from Chile to settle the matter.", date="2023-05-10")
    assert [(e.plover, e.target.country) for e in evs] == [("REQUEST", "CHL")]


def test_firing_a_minister_is_no_shooting(coder):
    evs = coder.code("The Peruvian president fired his interior minister.", date="2023-05-10")
    assert not any(e.plover == "ASSAULT" for e in evs)
    evs = coder.code("Peruvian troops fired on Chilean positions.", date="2023-05-10")
    assert [e.plover for e in evs] == ["ASSAULT"]


def test_an_offer_to_mediate_is_intent_to_mediate(coder):
    evs = coder.code("Brazil offered to mediate between Chile and Peru.", date="2023-05-10")
    assert {(e.cameo, e.target.country) for e in evs} == {("039", "CHL"), ("039", "PER")}


def test_disabling_or_breaching_networks_is_cyber_coercion(coder):
    evs = coder.code("Peruvian hackers breached the Chilean foreign ministry's network.", date="2023-05-10")
    assert [(e.cameo, e.target.country) for e in evs] == [("170", "CHL")]
    evs = coder.code("The rebels breached the ceasefire.", date="2023-05-10")
    assert not any(e.cameo == "170" for e in evs)


@pytest.mark.parametrize("text, cameo, target", [
    ("Chile paused a trade mission to Peru.", "160", "PER"),
    ("Chile paused talks with Bolivia.", "164", "BOL"),
    ("Peru paused arms shipments to Ecuador.", "1622", "ECU"),
    ("Bolivia shut its border with Chile.", "172", "CHL"),
    ("Lima opened a criminal case against Chile's consul.", "115", "CHL"),
    ("Chile added four Peruvian banks to its blacklist.", "163", "PER"),
    ("Santiago linked Peruvian agents to the killing of a defector.", "112", "PER"),
    ("A Chilean fighter jet intercepted a Peruvian patrol plane.", "170", "PER"),
])
def test_pausing_shutting_opening_a_case_blacklisting_linking_to_a_crime_intercepting(coder, text, cameo, target):
    evs = coder.code(text, date="2024-06-10")
    assert [(e.cameo, e.target.country) for e in evs if e.target is not None] == [(cameo, target)]


def test_linking_things_is_no_accusation(coder):
    assert not coder.code("Chile and Peru linked their power grids.", date="2024-06-10")


def test_vowing_or_promising_countermeasures_is_a_threat(coder):
    evs = coder.code("Chile vowed countermeasures against Peru.", date="2024-06-10")
    assert [(e.cameo, e.target.country) for e in evs] == [("130", "PER")]
    evs = coder.code("Bolivia promised retaliation against Chile.", date="2024-06-10")
    assert [(e.cameo, e.target.country) for e in evs] == [("130", "CHL")]
    evs = coder.code("Chile pledged closer ties with Peru.", date="2024-06-10")
    assert [e.cameo for e in evs] == ["030"]


def test_weapon_systems_named_by_their_make_are_arms(coder):
    evs = coder.code("Chile will deliver three more Patriot systems to Peru.", date="2024-06-10")
    assert [(e.plover, e.target.country) for e in evs] == [("AGREE", "PER")] and evs[0].cameo == "0332"
    evs = coder.code("Chile sent F-16 jets to Peru.", date="2024-06-10")
    assert [(e.cameo, e.target.country) for e in evs] == [("072", "PER")]


def test_sending_an_envoy_is_a_visit(coder):
    evs = coder.code("Chile sent a special envoy to Lima.", date="2024-06-10")
    assert [(e.cameo, e.target.country) for e in evs] == [("042", "PER")]
    evs = coder.code("Chile dispatched a delegation to La Paz.", date="2024-06-10")
    assert [(e.cameo, e.target.country) for e in evs] == [("042", "BOL")]
