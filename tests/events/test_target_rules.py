"""Targets found further from the trigger: deep prepositional chains, quantity heads, places,
the dative "to", content clauses, light verbs with a noun event (sentences written for these tests)."""

from __future__ import annotations

import pytest

from event_match import all_between, found, found_codes

pytestmark = pytest.mark.slow


def test_deep_target_two_prepositions_down_the_object(coder):
    evs = coder.code("Norway ordered a suspension of rail freight with Peru and Chile.", date="2023-05-10")
    assert found(evs, "Norway", "Peru", "SANCTION", "deep-target")


def test_the_other_side_of_what_the_object_is_about(coder):
    evs = coder.code("Chile rejected a plan to settle the border dispute with Bolivia.", date="2023-05-10")
    assert found(evs, "Chile", "Bolivia", "REJECT", "deep-target")
    evs = coder.code("The union accepted a proposal for ending the dispute with the mining company.", date="2023-05-10")
    assert found(evs, "union", "company", "AGREE", "deep-target")
    # One's own side is no other side.
    evs = coder.code("Chile rejected a plan to share water with its neighbours.", date="2023-05-10")
    assert evs and not any(e.target and e.target.text == "its neighbours" for e in evs)


def test_whom_a_thing_concerns_after_a_complex_preposition(coder):
    evs = coder.code("Chile imposed sanctions in relation to Bolivia last year.", date="2023-05-10")
    assert found(evs, "Chile", "Bolivia")
    # To a meeting it is the topic, no partner.
    evs = coder.code("Peru discussed trade with regard to Ecuador.", date="2023-05-10")
    assert evs and not any(e.target for e in evs)


def test_deep_target_under_a_noun_trigger(coder):
    text = "The senate opened an investigation into the transfer of funds of the ports authority."
    evs = coder.code(text, date="2023-05-10")
    assert found(evs, "senate", "authority", "ACCUSE", "deep-target")


def test_partitive_object_selects_the_sense(coder):
    evs = coder.code("Norway is withdrawing part of its troops from Mali.", date="2023-05-10")
    assert any(e.cameo == "0874" and e.target and e.target.country == "MLI" for e in evs)


def test_place_target_when_no_actor_is_acted_on(coder):
    evs = coder.code("The rebels declared a ceasefire in Mali.", date="2023-05-10")
    assert found(evs, "rebels", "Mali", "RETREAT", "place-target")


def test_place_target_out_of(coder):
    evs = coder.code("The Taliban refused to allow any flights out of Afghanistan.", date="2023-05-10")
    assert found(evs, "Taliban", "Afghanistan", "REJECT", "place-target")


def test_no_place_target_over_a_direct_object(coder):
    evs = coder.code("Police tortured a young inmate in western Iran.", date="2023-05-10")
    assert found(evs, "Police", "inmate")
    assert not any(e.coder.split(":")[1] == "place-target" for e in evs)


def test_meeting_place_is_a_venue_not_a_target(coder):
    evs = coder.code("The foreign ministers of Peru and Chile met in Quito.", date="2023-05-10")
    assert not any(e.target is not None and "Quito" in e.target.text for e in evs)


def test_dative_to_is_a_target_preposition(coder):
    evs = coder.code("Uruguay has granted asylum to the exiled journalist.", date="2023-05-10")
    assert found(evs, "Uruguay", "journalist", "AID")


def test_light_verb_object_is_the_event_not_a_demand(coder):
    evs = coder.code("The court has ordered an investigation against the former minister.", date="2023-05-10")
    assert found(evs, "court", "minister", "ACCUSE")


def test_possessive_pronoun_defers_to_the_light_verb_subject(coder):
    evs = coder.code("Turkey voiced its support for the Venezuelan president.", date="2023-05-10")
    assert found(evs, "Turkey", "president", "SUPPORT")


def test_document_speaks_for_whoever_issued_it(coder):
    evs = coder.code("The Albanian parliament passed a resolution criticizing the president.", date="2023-05-10")
    assert found(evs, "parliament", "president", "ACCUSE")


def test_actor_behind_a_prepositional_thing(coder):
    evs = coder.code("Chile conceded to demands from the miners' union.", date="2023-05-10")
    assert found(evs, "Chile", "union")


def test_subject_of_a_content_clause_is_the_target(coder):
    evs = coder.code("Police opened an inquiry into reports that three guards beat prisoners.", date="2023-05-10")
    assert found(evs, "Police", "guards", "ACCUSE")


def test_no_place_target_for_an_appeal(coder):
    evs = coder.code("The bishops appealed for calm in the province of Tarnia.", date="2023-05-10")
    assert not any(e.coder.split(":")[1] == "place-target" for e in evs)


def test_venue_on_an_island_is_not_who_was_met(coder):
    text = "Peruvian President Tomas Rivas and Chilean President Ana Mora met for hours in Hamilton, on the Caribbean island of Bermuda."
    evs = coder.code(text, date="2023-05-10")
    assert not any("island" in (e.source.text + (e.target.text if e.target else "")) for e in evs)
    assert any(e.reciprocal for e in evs)


def test_deep_target_not_through_an_act_of_another(coder):
    text = "The cabinet rejected a request for the removal of the Peruvian envoy."
    evs = coder.code(text, date="2023-05-10")
    assert not any(e.target is not None and "envoy" in e.target.text and e.coder.split(":")[1] == "deep-target"
                   for e in evs)


def test_dateline_is_not_an_actor(coder):
    text = "lima: continuing his search for a deal, the archbishop on monday held talks with a delegation of union leaders."
    evs = coder.code(text, date="2023-05-10")
    assert evs and not any(e.source.text == "lima" or (e.target and e.target.text == "lima") for e in evs)


def test_month_name_and_flag_march_are_not_protests(coder):
    text = "The army held a flag march in the town, and the union vowed to go ahead with its rally on March 15."
    evs = coder.code(text, date="2023-05-10")
    assert not any(e.trigger.text.lower() == "march" for e in evs)


def test_target_behind_a_participle_of_the_object(coder):
    evs = coder.code("Israel lifted restrictions imposed on the former prime minister.", date="2023-05-10")
    assert found(evs, "Israel", "former prime minister", "CONCEDE")


def test_suspended_cooperation_is_aimed_at_the_partner(coder):
    evs = coder.code("Chile suspended military cooperation with Bolivia.", date="2023-04-03")
    assert found(evs, "Chile", "Bolivia", "SANCTION")
    # A named owner keeps the act: condemning the Israeli attack condemns Israel's act.
    evs = coder.code("Chile condemned the Israeli attack on Gaza.", date="2023-04-03")
    assert found(evs, "Chile", "Israeli attack", "ACCUSE")


def test_forces_at_a_border_face_the_other_side(coder):
    evs = coder.code("Peru deployed troops along its border with Ecuador.", date="2023-04-03")
    assert found(evs, "Peru", "Ecuador", "MOBILIZE")


def test_a_threatened_cut_is_aimed_at_whom_it_would_hit(coder):
    evs = coder.code("Bolivia has warned that it will cut off gas exports to Chile.", date="2023-04-03")
    assert found(evs, "Bolivia", "Chile", "THREATEN")


def test_recalling_ones_ambassador_to_a_country_is_aimed_at_that_country(coder):
    evs = coder.code("Amid rising tensions, Chile recalled its ambassador to Bolivia.", date="2023-04-03")
    assert found(evs, "Chile", "Bolivia", "SANCTION")


def test_forces_sent_to_a_border_face_the_other_side(coder):
    evs = coder.code("Bolivia reinforced its military presence near the border with Chile.", date="2023-04-03")
    assert found(evs, "Bolivia", "Chile", "MOBILIZE")


def test_target_prepositions_are_tried_in_their_priority_order(coder):
    evs = coder.code("Chile lodged a complaint with the WTO against Peru.", date="2023-04-03")
    assert found(evs, "Chile", "Peru", "ACCUSE") and not any(e.target is not None and e.target.text == "the WTO" for e in evs)


def test_the_target_the_parser_hangs_on_the_doer_or_the_particle(coder):
    evs = coder.code("An attack by rebels on a military convoy killed five soldiers.", date="2023-04-03")
    assert found(evs, "rebels", "a military convoy", "ASSAULT")
    evs = coder.code("Russian troops pulled out of Kherson.", date="2023-04-03")
    assert found(evs, "Russian troops", "Kherson", "RETREAT")
    # Pulling out of a deal is leaving it, not a retreat.
    evs = coder.code("The US pulled out of the nuclear deal with Iran.", date="2023-04-03")
    assert found(evs, "The US", "Iran", "SANCTION")


def test_acts_done_to_each_other_go_both_ways(coder):
    evs = coder.code("Chile and Peru expelled each other's diplomats.", date="2023-04-03")
    assert found(evs, "Chile", "Peru", "SANCTION", rule="reciprocal") and found(evs, "Peru", "Chile", "SANCTION")
    evs = coder.code("Bolivia and Paraguay blamed one another for the clash at the border.", date="2023-04-03")
    assert found(evs, "Bolivia", "Paraguay", "ACCUSE") and found(evs, "Paraguay", "Bolivia", "ACCUSE")
    assert not any(e.target is not None and "clash" in e.target.text for e in evs)


def test_of_two_objects_the_first_is_acted_on(coder):
    evs = coder.code("Lima branded the rebels a terrorist group.", date="2023-04-03")
    assert found(evs, "Lima", "the rebels", "ACCUSE") and not any(e.target is not None and "group" in e.target.text for e in evs)
    evs = coder.code("The Bolivian congress designated the cartel a terrorist organization.", date="2023-04-03")
    assert found(evs, "congress", "the cartel", "COERCE") and not any(e.target is not None and "organization" in e.target.text for e in evs)


def test_go_betweens_are_not_each_others_partners(coder):
    evs = coder.code("Brazil and Argentina brokered a truce between Chile and Bolivia.", date="2023-04-03")
    assert found(evs, "Brazil", "Chile", "CONSULT") and found(evs, "Argentina", "Bolivia", "CONSULT")
    assert not found(evs, "Brazil", "Argentina") and not found(evs, "Argentina", "Brazil")
    # A truce "brokered by" a third side: it went between those who signed it.
    evs = coder.code("Chile and Bolivia signed a truce brokered by Brazil.", date="2023-04-03")
    assert found(evs, "Brazil", "Chile", "CONSULT") and found(evs, "Brazil", "Bolivia", "CONSULT")


def test_a_trip_for_talks_makes_the_traveller_hold_them(coder):
    evs = coder.code("Peru's foreign minister flew to Santiago for talks with Gabriel Boric.", date="2023-04-03")
    assert found(evs, "Peru's foreign minister", "Gabriel Boric", "CONSULT", rule="trip-purpose")


def test_a_loan_approved_from_a_lender_is_the_lenders_aid(coder):
    evs = coder.code("Bolivia's senate approved a $300 million loan from the World Bank.", date="2023-04-03")
    assert found(evs, "the World Bank", "Bolivia's senate", "AID", rule="received")
    evs = coder.code("The World Bank approved a $300 million loan for Bolivia.", date="2023-04-03")
    assert found(evs, "The World Bank", "Bolivia", "AID")
    evs = coder.code("Paraguay secured a $50 million loan from the Inter-American Development Bank.", date="2023-04-03")
    assert found(evs, "the Inter-American Development Bank", "Paraguay", "AID")


def test_a_topic_is_no_party_to_a_reciprocal_act(coder):
    evs = coder.code("France and Italy traded barbs over migrant arrivals on Lampedusa.", date="2023-04-03")
    assert found(evs, "France", "Italy", "ACCUSE") and found(evs, "Italy", "France", "ACCUSE")
    assert not any(e.target is not None and e.target.text == "Lampedusa" for e in evs)


def test_a_statement_that_criticises_is_its_authors_act(coder):
    evs = coder.code("Brazil vetoed a Mercosur statement criticizing Venezuela.", date="2023-04-03")
    assert found(evs, "Mercosur", "Venezuela", "ACCUSE") and not found(evs, "Brazil", "Venezuela", "ACCUSE")


def test_a_verb_form_is_no_actor(coder):
    evs = coder.code("Chile expelled two Peruvian diplomats over spying allegations.", date="2023-04-03")
    assert found(evs, "Chile", "Peruvian diplomats", "SANCTION")
    assert not any(e.source.text == "spying" for e in evs)


def test_a_phrase_after_a_parenthetical_participle_is_the_verbs(coder):
    evs = coder.code("Chile returned a colonial painting, missing since 1990, to Cusco, Peru.", date="2023-04-03")
    assert found(evs, "Chile", "Cusco", "RETREAT")


def test_a_noun_the_tagger_took_for_an_adjective_is_a_target(coder):
    evs = coder.code("Bolivian police detained a Chilean national accused of smuggling.", date="2023-04-03")
    assert found(evs, "Bolivian police", "a Chilean national", "COERCE")


def test_the_one_thanked_or_blamed_did_the_act_of_the_for_clause(coder):
    evs = coder.code("Chile praised Peru for sending aid to the flood victims.", date="2023-04-03")
    assert found(evs, "Chile", "Peru", "SUPPORT") and found(evs, "Peru", "victims", "AID")
    assert not found(evs, "Chile", "victims", "AID")


def test_talks_before_or_after_the_clause_are_its_subjects(coder):
    evs = coder.code("The minister, speaking after talks with his Bolivian counterpart, said the border would reopen.",
                     date="2023-04-03")
    assert found(evs, "The minister", "his Bolivian counterpart", "CONSULT")
    assert all(e.modality == "asserted" for e in evs if e.plover == "CONSULT")


def test_coming_back_is_no_return_of_anything(coder):
    evs = coder.code("The Peruvian president returned home after a meeting with Boric.", date="2023-04-03")
    assert found(evs, "The Peruvian president", "Boric", "CONSULT")
    assert not any(e.cameo.startswith("084") for e in evs)
    evs = coder.code("Chile returned the seized boats to Peru.", date="2023-04-03")
    assert found(evs, "Chile", "Peru", "RETREAT")


def test_a_go_between_mediates_between_the_parties_to_the_pact(coder):
    evs = coder.code("Qatar mediated a truce between Ethiopia and Eritrea.", date="2024-03-04")
    assert {e.target.country for e in evs if e.cameo == "045" and e.target} == {"ETH", "ERI"}



def test_a_go_between_with_no_named_party_went_between_those_it_sought_to_settle(coder):
    evs = coder.code("Kenya launched a mediation effort to prevent a war between Sudan and Chad.", date="2024-03-04")
    assert {e.target.country for e in evs if e.cameo == "045" and e.target} == {"SDN", "TCD"}
    # The war it set out to prevent is coded as not happening.
    assert all(e.negated for e in evs if e.plover == "ASSAULT")
    evs = coder.code("Ghana launched a mediation effort meant to help Togo and Benin settle their dispute.", date="2024-03-04")
    assert {e.target.country for e in evs if e.cameo == "045" and e.target} == {"TGO", "BEN"}


def test_a_noun_split_off_as_an_adjective_leaves_the_named_object(coder):
    evs = coder.code("Macron will meet his counterpart German Chancellor Olaf Scholz at a working dinner in Paris.", date="2024-03-04")
    assert found(evs, "Macron", "Scholz")


def test_two_sides_that_open_or_close_their_border_do_it_to_each_other(coder):
    evs = coder.code("Ethiopia and Eritrea reopened their border in 2018.", date="2024-03-04")
    assert found(evs, "Ethiopia", "Eritrea") and found(evs, "Eritrea", "Ethiopia")


def test_what_is_discussed_is_no_party(coder):
    evs = coder.code("Macron and Scholz discussed China during the meeting.", date="2024-03-04")
    assert found(evs, "Macron", "Scholz", "CONSULT") and found(evs, "Scholz", "Macron", "CONSULT")
    assert not any(e.target and e.target.text == "China" for e in evs)
    evs = coder.code("He discussed regional security issues with his Chinese counterpart.", date="2024-03-04")
    assert found(evs, "He", "Chinese counterpart", "CONSULT")


def test_the_word_that_names_the_act_is_not_its_target(coder):
    # Things given, shots fired and embargoes lifted are the act, not whom it was aimed at.
    for text in ("Saudi Arabia sent aid to those affected by the earthquake.",
                 "The police fired twelve rounds to disperse the crowd.",
                 "Washington says it will keep its embargo on Havana and will not lift the embargo before elections."):
        evs = coder.code(text, date="2024-03-04")
        assert evs and not any(e.target and e.target.text.split()[-1] in ("aid", "rounds", "embargo") for e in evs), (text, evs)
    # Whose help it is, is whom it was asked of.
    evs = coder.code("The Gujarat government sought Maharashtra's help.", date="2024-03-04")
    assert any(e.cameo == "023" and e.target and e.target.text == "Maharashtra" for e in evs)


def test_an_effort_noun_does_not_make_its_trigger_a_doer(coder):
    evs = coder.code("Washington announced a new $400 million military aid package for Kyiv.", date="2024-03-04")
    assert any(e.plover == "AID" and e.source.country == "USA" and e.target and e.target.country == "UKR" for e in evs)
    assert not any(e.source.text.endswith("aid") for e in evs)


def test_forces_pulled_back_are_the_movers_own(coder):
    for text, country in (("Israel pulled its army out of Gaza.", "PSE"), ("Russia pulled its forces out of Syria.", "SYR"),
                          ("Moscow pulled its troops back from the Ukrainian border.", "UKR")):
        evs = coder.code(text, date="2024-03-04")
        assert any(e.cameo == "0874" and e.target and e.target.country == country for e in evs), (text, evs)


def test_forces_and_goods_sent_are_no_target(coder):
    evs = coder.code("The UN deployed peacekeepers to protect civilians in South Sudan.", date="2024-03-04")
    assert not any(e.target and "peacekeepers" in e.target.text for e in evs)
    evs = coder.code("The president sent in a force of 300 soldiers and police officers.", date="2024-03-04")
    assert evs and not any(e.target for e in evs if e.plover == "MOBILIZE")
    # A permission granted may carry its receiver where the parser hung it.
    evs = coder.code("Brussels granted the Greek government permission to sell the bank.", date="2024-03-04")
    assert any(e.cameo == "081" and e.target and e.target.country == "GRC" for e in evs)


def test_the_author_of_a_thing_a_passive_acts_on_is_its_target(coder):
    # "accepted a proposal by T" has T as target; so has the passive "a proposal by T was accepted by S".
    evs = coder.code("A truce plan put forward by Qatar was accepted by Hamas on Monday.", date="2023-11-20")
    assert any(e.source.text == "Hamas" and e.target is not None and e.target.country == "QAT" for e in evs)
    evs = coder.code("A request from Armenia to send monitors was rejected by Azerbaijan.", date="2023-11-20")
    assert any(e.plover == "REJECT" and e.target is not None and e.target.country == "ARM" for e in evs)


@pytest.mark.parametrize("text,source,target", [
    ("Israeli jets struck military targets in Syria overnight.", "ISR", "SYR"),
    ("Azerbaijani artillery shelled positions inside Armenia on Tuesday.", "AZE", "ARM"),
])
def test_sites_named_by_kind_only_stand_for_the_place_they_are_in(coder, text, source, target):
    assert all_between(coder.code(text, date="2022-09-13"), "ASSAULT", source, target)


def test_sites_with_an_owner_keep_their_owner(coder):
    evs = [e for e in coder.code("The Iraqi army shelled rebel positions near Mosul.", date="2016-11-01") if e.plover == "ASSAULT"]
    assert evs and all(e.target is not None and e.target.sector == "REB" for e in evs)


@pytest.mark.parametrize("text,source,target", [
    ("Twelve Armenian soldiers were killed in a clash with Azerbaijani troops on the border.", "AZE", "ARM"),
    ("Four Syrian civilians were killed in a Turkish drone strike near Qamishli.", "TUR", "SYR"),
])
def test_the_dead_of_a_passive_killing_were_killed_by_the_other_side_of_the_fight(coder, text, source, target):
    assert any(e.plover == "ASSAULT" and e.source.country == source and e.target is not None and e.target.country == target
               for e in coder.code(text, date="2022-09-13"))


@pytest.mark.parametrize("text,source,target", [
    ("Peru's ambassador to Mexico was recalled by Lima on Tuesday.", "PER", "MEX"),
    ("The Colombian ambassador was recalled from Caracas.", "COL", "VEN"),
])
def test_a_recalled_envoy_is_the_senders_own_and_the_post_is_the_target(coder, text, source, target):
    assert found_codes(coder.code(text, date="2022-12-20"), source, target, cameo="161")


@pytest.mark.parametrize("text", [
    "The Norwegian police handed the records of the suspects to the Swedish authorities.",
    "Norway handed its files on the smuggling network, including bank statements, to Sweden.",
])
def test_records_handed_to_a_receiver_are_shared_information(coder, text):
    # The receiver after "to" may hang on what the records are about; the suspects are no target.
    evs = coder.code(text, date="2022-03-01")
    assert found_codes(evs, "NOR", "SWE", cameo="064")
    assert not any(e.target is not None and "suspects" in e.target.text for e in evs)


def test_an_act_listed_after_a_party_is_another_act_not_a_second_party(coder):
    # "...Egypt's deployment" is a second worry the parser joined to "Eritrea", not a party to the war.
    evs = coder.code("The ministers voiced concern over Ethiopia's war against Eritrea and Egypt's deployment "
                     "of troops to Somalia.", date="2023-05-10")
    assert found(evs, "Ethiopia", "Eritrea", "ASSAULT")
    assert not any(e.plover == "ASSAULT" and "Egypt" in (e.source.text + (e.target.text if e.target else "")) for e in evs)
    evs = coder.code("Kenya protested Uganda's raids on its border villages and Tanzania's support for the raids.",
                     date="2023-05-10")
    assert not any(e.cameo.startswith("17") and e.target and e.target.country == "TZA" for e in evs)
    # The parser may hang the list on the place as an apposition: the place is still the target alone.
    evs = coder.code("Warsaw condemned Russia's attack on Ukraine, North Korea's shipment of shells and Iran's "
                     "sale of drones.", date="2023-05-10")
    (ev,) = [e for e in evs if e.source.country == "RUS" and e.plover == "ASSAULT"]
    assert ev.target.text == "Ukraine" and ev.target.code == "UKR"
    # A person's apposition says who the person is, and stays.
    evs = coder.code("Smith, Britain's ambassador, met Lavrov.", date="2023-05-10")
    assert any(e.source.text.startswith("Smith, Britain's ambassador") and e.source.country == "GBR" for e in evs)
    # A party after a party is still a party.
    evs = coder.code("The European Union imposed sanctions on Iran and Syria.", date="2023-05-10")
    assert found(evs, "European Union", "Iran") and found(evs, "European Union", "Syria")


def test_each_doing_it_to_the_other_is_reciprocal(coder):
    evs = coder.code("Chile and Peru each expelled three of the other's diplomats.", date="2023-05-10")
    assert found(evs, "Chile", "Peru", "SANCTION") and found(evs, "Peru", "Chile", "SANCTION")
    # "each" is no part of Peru's name.
    assert all(e.source.text in ("Chile", "Peru") for e in evs if e.plover == "SANCTION")


def test_strikes_carried_out_on_sites_in_a_country_are_aimed_at_it(coder):
    # The place hangs on the light verb, not on the strikes.
    evs = coder.code("Freedonia carried out air strikes on military targets in Yemen early on Friday.", date="2023-05-10")
    assert found(evs, "Freedonia", "Yemen", "ASSAULT")


def test_an_activity_of_a_kind_is_no_party_to_it(coder):
    # "military communications" is what the two agreed on, not the military: they agree with each other.
    evs = coder.code("Chile and Peru agreed to resume military communications.", date="2023-05-10")
    assert found(evs, "Chile", "Peru", "AGREE") and found(evs, "Peru", "Chile", "AGREE")
    assert not any(e.target and e.target.sector == "MIL" for e in evs)
    # A kind adjective before the talks holds no talks, whatever the tagger calls it.
    evs = coder.code("Chile and Peru agreed to restore military-to-military talks.", date="2023-05-10")
    assert found(evs, "Chile", "Peru", "AGREE")
    assert not any(e.source.text == "military" for e in evs)
    # A country still owns its drills, and a body keeps its own code at its summit.
    evs = coder.code("Japan condemned Chinese military drills near Taiwan.", date="2023-05-10")
    assert any(e.source.country == "JPN" and e.target and e.target.country == "CHN" for e in evs)
    evs = coder.code("Chilean unions denounced the Asia-Pacific Economic Cooperation summit in Lima.", date="2023-05-10")
    assert [e.target.code for e in evs if e.plover == "ACCUSE"] == ["IGOAPECIGO"]


def test_one_who_agrees_to_a_truce_with_another_agrees_alone(coder):
    evs = coder.code("The Freedonian rebels agreed to a truce with Chile on Sunday.", date="2023-05-10")
    assert found(evs, "rebels", "Chile", "RETREAT") and not found(evs, "Chile", "rebels", "RETREAT")
    evs = coder.code("Peru accepted a truce with Chile.", date="2023-05-10")
    assert found(evs, "Peru", "Chile", "RETREAT") and not found(evs, "Chile", "Peru", "RETREAT")
    # Both named as doers: both agreed, to each other.
    evs = coder.code("Peru and Chile agreed to a truce.", date="2023-05-10")
    assert found(evs, "Peru", "Chile", "RETREAT") and found(evs, "Chile", "Peru", "RETREAT")


def test_weapons_after_with_are_the_means_and_its_is_the_speakers(coder):
    evs = coder.code("Peru said Chile had attacked its territory with drones.", date="2023-05-10")
    (ev,) = [e for e in evs if e.plover == "ASSAULT"]
    assert ev.source.country == "CHL" and ev.target.text == "its territory" and ev.target.country == "PER"
    evs = coder.code("The rebels attacked the convoy with rockets and grenades.", date="2023-05-10")
    assert not any(e.target and ("rocket" in e.target.text or "grenade" in e.target.text) for e in evs)
    # "its own" is the doer's; and with no one reporting, "its" is left as it is.
    evs = coder.code("Peru said Chile had shelled its own positions.", date="2023-05-10")
    assert not any(e.target and e.target.country == "PER" for e in evs)
    evs = coder.code("Chile shelled its border posts.", date="2023-05-10")
    assert not any(e.target and e.target.country for e in evs if e.plover == "ASSAULT")


def test_whoever_an_arrest_was_of_did_not_arrest_anyone(coder):
    # "faced ... the arrest of X": X was arrested; who faced it is not the one X arrested.
    evs = coder.code("The committees faced hard tests last year with the floods, the arrest of the mayor "
                     "and the strikes.", date="2023-05-10")
    assert not any(e.plover == "COERCE" and "mayor" in e.source.text for e in evs)
    # Whose backing was won still backs.
    evs = coder.code("The party won the backing of Spain.", date="2023-05-10")
    assert found(evs, "Spain", "party", "SUPPORT")


def test_an_opposition_to_something_is_a_stance_not_the_opposition(coder):
    evs = coder.code("Chile criticised the opposition to the treaty.", date="2023-05-10")
    assert evs and not any(e.target and e.target.sector == "OPP" for e in evs)
    evs = coder.code("Chile criticised the opposition.", date="2023-05-10")
    assert any(e.target and e.target.sector == "OPP" for e in evs)


def test_where_a_thing_came_from_is_not_whose_it_is(coder):
    evs = coder.code("Peru said Chilean forces had fired missiles at the aircraft from the Tacna region.",
                     date="2023-05-10")
    (ev,) = [e for e in evs if e.plover == "ASSAULT"]
    assert ev.target.text == "the aircraft" and ev.target.country is None
    # People from a place are of it.
    evs = coder.code("Troops from Chad attacked the rebels.", date="2023-05-10")
    assert any(e.source.country == "TCD" for e in evs)


def test_rejecting_a_charge_answers_whoever_made_it(coder):
    evs = coder.code("Peru accused Bolivia of seeking to drive out the region's population, a charge La Paz rejected.",
                     date="2023-05-10")
    assert found_codes(evs, "BOL", "PER", plover="REJECT")
    # A proposal rejected is no claim: no accuser to answer.
    evs = coder.code("Peru accused Chile of arming the rebels. Santiago rejected the proposal.", date="2023-05-10")
    assert not any(e.plover == "REJECT" and e.target and e.target.country == "PER" for e in evs)


def test_an_event_noun_is_aimed_through_its_participle(coder):
    # "tariffs imposed on T": the phrase after the participle names whom the act is aimed at.
    evs = coder.code("Chilean tariffs imposed on Bolivia were raised again.", date="2023-05-10")
    assert found_codes(evs, "CHL", "BOL", plover="SANCTION") or found_codes(evs, "CHL", "BOL", plover="COERCE")
    # A day after the participle is no target.
    evs = coder.code("Chilean tariffs announced on Monday were raised again.", date="2023-05-10")
    assert not any(e.target for e in evs if e.trigger.text == "tariffs")


def test_a_relative_pronoun_object_is_the_noun_it_stands_for(coder):
    evs = coder.code("The medicine that Chile sent to Bolivia arrived on Monday.", date="2023-05-10")
    assert found_codes(evs, "CHL", "BOL", plover="AID")
    evs = coder.code("The Peruvian diplomat whom Chile expelled flew home.", date="2023-05-10")
    assert found_codes(evs, "CHL", "PER", plover="SANCTION")


def test_a_thing_done_in_a_relative_clause_is_its_doers(coder):
    # Condemning the sanctions that T imposed condemns T; T is not the target of its own act.
    evs = coder.code("Peru condemned the sanctions that Chile imposed.", date="2023-05-10")
    assert found_codes(evs, "PER", "CHL", plover="ACCUSE")
    assert not any(e.source.country == "CHL" and e.target and e.target.country == "CHL" for e in evs)
    # Only a clause that makes or does the thing: what someone has is not their doing.
    evs = coder.code("Peru praised the doctors that Chile has.", date="2023-05-10")
    assert evs and not any(e.target and e.target.country == "CHL" for e in evs)


def test_a_sea_named_after_a_country_is_not_that_country(coder):
    evs = coder.code("Peru sent two warships into the South China Sea.", date="2023-05-10")
    assert evs and not any(e.target and e.target.country == "CHN" for e in evs)
    evs = coder.code("Peru fired a missile into the Sea of Japan.", date="2023-05-10")
    assert evs and not any(e.target and e.target.country == "JPN" for e in evs)


@pytest.mark.parametrize("text, country", [
    ("Iran seized a tanker in the Gulf of Oman.", "OMN"),  # the gulf is not Oman
    ("Pirates hijacked a tanker in the Gulf of Guinea.", "GIN"),  # nor is the tanker in it Guinea's
    ("The navy intercepted a boat in the Bay of Bengal.", "BGD"),
])
def test_a_gulf_or_bay_named_after_a_country_is_not_that_country(coder, text, country):
    evs = coder.code(text, date="2023-05-10")
    assert evs and not any(e.target and e.target.country == country for e in evs)


def test_a_war_named_by_its_place_is_not_waged_by_the_place(coder):
    evs = coder.code("Peru recalled its envoy from Chile in protest at the Gaza war.", date="2023-05-10")
    assert not any(e.source.country == "PSE" for e in evs)
    evs = coder.code("The Ukraine war has displaced millions.", date="2023-05-10")
    assert not any(e.source.country == "UKR" for e in evs)
    # A pair before the war still names who fights it.
    evs = coder.code("The Israel-Hamas war lasted two weeks.", date="2023-05-10")
    assert {(e.source.country, e.target.country) for e in evs} >= {("ISR", "PSE"), ("PSE", "ISR")}


def test_a_passive_participle_hangs_on_whom_its_agents_act_on(coder):
    evs = coder.code("Peruvian troops backed by Chilean air strikes recaptured the town.", date="2023-05-10")
    assert any(e.plover == "SUPPORT" and e.source.country == "CHL" and e.target and e.target.country == "PER" for e in evs)


def test_a_tie_to_a_body_is_aimed_at_the_body(coder):
    evs = coder.code("Peru froze its participation in the Andean Community.", date="2023-05-10")
    assert [(e.source.country, e.target and e.target.text) for e in evs] == [("PER", "the Andean Community")]


def test_what_an_exchanged_thing_counts_is_no_party_and_a_city_of_x_is_x(coder):
    evs = coder.code("Lima and Santiago exchanged the bodies of fallen soldiers.", date="2023-05-10")
    assert {(e.source.country, e.target.country) for e in evs} == {("PER", "CHL"), ("CHL", "PER")}
    evs = coder.code("Chilean troops withdrew from the city of Tacna.", date="2023-05-10")
    assert [(e.plover, e.target.country) for e in evs] == [("RETREAT", "PER")]


def test_a_truce_is_between_its_signers_not_with_whom_its_purpose_names(coder):
    evs = coder.code("Chile and Peru agreed to a two-day truce to free hostages held in Arica.", date="2023-05-10")
    truce = {(e.source.country, e.target and e.target.country) for e in evs if e.cameo == "0871"}
    assert truce == {("CHL", "PER"), ("PER", "CHL")}


def test_a_sea_where_an_act_happened_is_no_target_and_no_ones_place(coder):
    evs = coder.code("Somali pirates seized a cargo ship in the Red Sea.", date="2023-05-10")
    assert [e.target.text if e.target else None for e in evs if e.trigger.text == "seized"] == ["a cargo ship"]
    # A sea named after a region gives what sails in it no region.
    evs = coder.code("Peruvian rebels seized a fishing boat in the Caribbean Sea.", date="2023-05-10")
    assert [(e.target.text, e.target.country) for e in evs if e.trigger.text == "seized"] == [("a fishing boat", None)]


def test_who_did_what_one_apologises_for_is_not_whom_it_is_made_to(coder):
    evs = coder.code("Chile apologised for the abuses committed by its soldiers in Bolivia.", date="2023-05-10")
    assert [(e.cameo, e.target and e.target.text) for e in evs if e.trigger.text == "apologised"] == [("055", None)]
    evs = coder.code("Chile apologised to Bolivia for the abuses committed by its soldiers.", date="2023-05-10")
    assert [(e.cameo, e.target.country) for e in evs if e.trigger.text == "apologised"] == [("055", "BOL")]


def test_a_by_phrase_hung_on_the_acts_object_is_the_acts_doer(coder):
    evs = coder.code("The expulsion of the Chilean ambassador by Bolivia's junta drew protests from Santiago.",
                     date="2023-05-10")
    got = {(e.cameo, e.source.country, e.target.country) for e in evs}
    assert ("161", "BOL", "CHL") in got  # the expulsion is the junta's
    assert ("114", "CHL", "BOL") in got  # and the protests are aimed at it, not at the ambassador


def test_closing_a_foreign_mission_is_aimed_at_its_state_not_its_town(coder):
    evs = coder.code("Peru closed the Chilean consulate in Cusco.", date="2023-05-10")
    assert [(e.cameo, e.target.country) for e in evs] == [("161", "CHL")]
    evs = coder.code("Peru closed its embassy in Santiago.", date="2023-05-10")
    assert [(e.cameo, e.target.country) for e in evs] == [("161", "CHL")]


def test_a_name_the_recognizer_runs_across_a_verb_stops_at_the_verb(coder):
    evs = coder.code("Brazil's Lula invited Maduro to a summit in Brasilia.", date="2023-05-10")
    assert [e.target.text for e in evs if e.trigger.text == "invited"] == ["Maduro"]


def test_forces_sent_to_a_border_face_the_other_side(coder):
    evs = coder.code("Chile deployed 2,000 troops to the border with Bolivia.", date="2023-05-10")
    assert [(e.cameo, e.target.country) for e in evs] == [("154", "BOL")]


def test_the_target_phrase_hung_on_the_place_an_attack_came_from(coder):
    # The parser hangs "at T" on "the enclave"; it is still where the rockets were aimed.
    evs = coder.code("Militants fired rockets from the enclave at Israel.", date="2024-06-10")
    assert [(e.cameo, e.target.country) for e in evs] == [("194", "ISR")]
    evs = coder.code("Iran launched drones from its territory at Israel.", date="2024-06-10")
    assert [(e.cameo, e.target.country) for e in evs] == [("195", "ISR")]


def test_a_place_of_the_doers_own_is_no_target(coder):
    evs = coder.code("Chile banned Peruvian airlines from its airspace.", date="2024-06-10")
    assert [(e.cameo, e.target.country) for e in evs] == [("163", "PER")]
    evs = coder.code("Chile banned Peruvian trawlers from its waters.", date="2024-06-10")
    assert [(e.plover, e.target.country) for e in evs] == [("COERCE", "PER")]
    evs = coder.code("Chile banned imports from Peru.", date="2024-06-10")
    assert [(e.cameo, e.target.country) for e in evs] == [("163", "PER")]


def test_the_goods_of_a_sale_are_no_party_to_it(coder):
    evs = coder.code("Bolivia denounced the sale of Chilean fighter jets to Peru.", date="2024-06-10")
    assert [(e.cameo, e.target.country) for e in evs] == [("111", "PER")]


def test_the_target_phrase_hung_on_what_the_thing_given_holds(coder):
    evs = coder.code("Chile handed over a dossier which contains names and phone numbers to the Peruvian police.",
                     date="2024-06-10")
    assert [(e.source.country, e.target.code) for e in evs] == [("CHL", "PERCOP")]
