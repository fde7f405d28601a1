"""Who does what across a clause or a coordination: nouns joined by "and" under one verb, the one
urged who would act, the parties to a thing acted on (sentences written for these tests)."""

from __future__ import annotations

import pytest

from event_match import found

pytestmark = pytest.mark.slow


def test_joined_event_nouns_share_the_verb_and_the_phrase_after_them(coder):
    evs = coder.code("The union voiced its rejection and condemnation of the mayor's plan.", date="2023-04-03")
    assert found(evs, "The union", "plan", "REJECT")
    assert found(evs, "The union", "plan", "ACCUSE")


def test_who_is_urged_is_who_would_act(coder):
    evs = coder.code("The police urged the miners to end the strike.", date="2023-04-03")
    assert found(evs, "The police", "the miners", "REQUEST")
    # The police did not call off a strike of their own.
    assert not any(e.source.text == "The police" and e.plover in ("CONCEDE", "RETREAT") for e in evs)


def test_a_call_is_no_urging_its_purpose_is_the_callers(coder):
    evs = coder.code("The Spanish foreign minister called his Moroccan counterpart to discuss migration.", date="2023-04-03")
    assert found(evs, "The Spanish foreign minister", "his Moroccan counterpart", "CONSULT")


def test_pressuring_someone_to_act_is_a_demand_on_them(coder):
    evs = coder.code("The ministry is pressuring the dockers to call off their walkout.", date="2023-04-03")
    assert found(evs, "The ministry", "the dockers", "REQUEST")


def test_halting_mediation_between_parties_is_aimed_at_the_parties(coder):
    evs = coder.code("Ghana ended its mediation efforts between the two factions.", date="2023-04-03")
    assert found(evs, "Ghana", "the two factions", "SANCTION")
    # The factions mediated nothing.
    assert not any(e.source.text == "the two factions" for e in evs)


def test_support_for_talks_among_parties_goes_to_the_parties(coder):
    evs = coder.code("The envoy reiterated Kenya's support to the talks among Somali clans.", date="2023-04-03")
    assert found(evs, "The envoy", "clans", "SUPPORT")


def test_cooperation_between_two_is_still_theirs(coder):
    evs = coder.code("Cooperation between Peru and Chile on border security has grown.", date="2023-04-03")
    assert found(evs, "Peru", "Chile", "COOPERATE") and found(evs, "Chile", "Peru", "COOPERATE")


def test_an_object_pronoun_stands_for_the_one_the_governing_clause_names(coder):
    evs = coder.code("Smith was freed on Sunday after the president pardoned him.", date="2023-04-03")
    assert found(evs, "the president", "Smith", "RETREAT")
    evs = coder.code("A court convicted the former mayor of fraud and sentenced him to five years.", date="2023-04-03")
    assert found(evs, "A court", "the former mayor", "COERCE")


def test_them_takes_a_plural_antecedent(coder):
    evs = coder.code("The rebels seized two Kenyan soldiers and later released them.", date="2023-04-03")
    assert found(evs, "The rebels", "two Kenyan soldiers", "RETREAT")


def test_an_object_pronoun_is_never_the_doer_of_its_own_act(coder):
    # "him" is Obama, whom Putin would meet, never Putin himself.
    evs = coder.code("Obama said Putin would meet him in Geneva.", date="2023-04-03")
    assert not any(e.source.text == "Putin" and e.target is not None and e.target.text == "Putin" for e in evs)
    assert found(evs, "Putin", "Obama")


def test_two_who_break_their_truce_break_it_on_each_other(coder):
    evs = coder.code("Both the army and the rebels are guilty of breaking the truce.", date="2023-04-03")
    assert found(evs, "the army", "the rebels", "ASSAULT") and found(evs, "the rebels", "the army", "ASSAULT")
    assert not found(evs, "the army", "the truce")


def test_a_protest_at_a_building_is_aimed_at_its_holder(coder):
    evs = coder.code("Hundreds of students demonstrated in front of the French embassy in Dakar.", date="2023-04-03")
    assert found(evs, "students", "the French embassy", "PROTEST", "protest-site")
    hit = [e for e in evs if e.coder.split(":")[1] == "protest-site"]
    assert hit[0].target.country == "FRA"


def test_the_possessor_of_a_release_is_who_was_released(coder):
    evs = coder.code("A Dutch court ordered the Russian tanker's release on Monday.", date="2023-04-03")
    assert found(evs, "A Dutch court", "the Russian tanker", "RETREAT")
    assert not found(evs, "the Russian tanker", None, "RETREAT")


def test_the_possessor_of_an_arrest_of_someone_is_who_arrested(coder):
    evs = coder.code("Iran's arrest of the crew angered London.", date="2023-04-03")
    assert found(evs, "Iran", "the crew", "COERCE")


def test_him_is_a_person_not_a_body(coder):
    evs = coder.code("The court in Rabat heard the case and the police later beat him.", date="2023-04-03")
    assert not any(e.target is not None and "court" in e.target.text for e in evs)


def test_a_topic_between_two_is_no_party_to_the_talk(coder):
    evs = coder.code("The two ministers also discussed the war between Israel and Hamas.", date="2023-04-03")
    assert not found(evs, "The two ministers", "Israel", "CONSULT")
    evs = coder.code("Wang and Joly agreed to maintain communication between their governments.", date="2023-04-03")
    assert found(evs, "Wang", "Joly", "AGREE") and found(evs, "Joly", "Wang", "AGREE")


def test_a_noun_with_its_own_determiner_after_and_is_no_partner_of_the_first(coder):
    # The parser reads "deepens" as a noun here; "cooperation" is not what the North steps up.
    evs = coder.code("Tensions have been rising as the North steps up weapons tests and the South deepens "
                     "military cooperation with the United States.", date="2023-04-03")
    assert not found(evs, "the North", None, "COOPERATE")


def test_an_act_in_response_to_something_is_aimed_at_whose_it_is(coder):
    evs = coder.code("Pakistan recalled its envoy in protest at India's decision.", date="2023-04-03")
    assert found(evs, "Pakistan", "India", "SANCTION", "response-target")
    evs = coder.code("The workers staged a strike in protest against the company's decision.", date="2023-04-03")
    assert found(evs, "The workers", "the company", "PROTEST", "response-target")


def test_a_concession_is_aimed_at_whoever_brought_it_about(coder):
    evs = coder.code("The dock workers called off their strike after an agreement with the port authority.", date="2023-04-03")
    assert found(evs, "The dock workers", "the port authority", "CONCEDE", "response-target")
    evs = coder.code("The miners ended their strike after the government accepted their demands.", date="2023-04-03")
    assert found(evs, "The miners", "the government", "CONCEDE", "response-target")
    # Not one of the conceding side, and not an act that is no concession.
    evs = coder.code("Sylvania and Freedonia lifted the blockade after talks between Sylvania and Freedonia.", date="2023-04-03")
    assert not any(e.source.text == e.target.text for e in evs if e.target is not None)
    evs = coder.code("The army shelled the town after an agreement with the rebels collapsed.", date="2023-04-03")
    assert not found(evs, "The army", "the rebels")


def test_a_response_does_not_replace_what_the_act_was_done_to(coder):
    evs = coder.code("The army shelled the village in retaliation for the rebels' raid.", date="2023-04-03")
    assert found(evs, "The army", "the village", "ASSAULT")
    assert not found(evs, "The army", "the rebels")


def test_only_a_pair_of_acts_shares_the_verb(coder):
    # "no" negates both nouns, and a view is no act to pair with.
    evs = coder.code("The court said the villagers had no claim or objection to the plan.", date="2023-04-03")
    assert not any(e.plover == "ACCUSE" for e in evs)


def test_who_is_let_in_is_the_target_of_a_refusal_to_let_them(coder):
    evs = coder.code("Freedonia refused to allow the cargo aircraft to land at its airports.", date="2023-04-03")
    assert found(evs, "Freedonia", "the cargo aircraft", "REJECT")


def test_the_one_helped_to_act_is_the_target_of_the_help(coder):
    evs = coder.code("Sylvania helped the army of Freedonia retake the mountain pass.", date="2023-04-03")
    assert found(evs, "Sylvania", "the army", "AID")


def test_only_the_phrase_right_after_allow_is_the_one_allowed(coder):
    evs = coder.code("The mayor allowed the pilgrims to pray at the shrine, and later the guards at the gate "
                     "turned away a bus.", date="2023-04-03")
    assert found(evs, "The mayor", "the pilgrims", "CONCEDE")
    assert not any(e.source.text == "The mayor" and e.target is not None and "guards" in e.target.text for e in evs)


def test_a_threat_to_end_talks_is_aimed_at_the_party_to_the_talks(coder):
    evs = coder.code("The opposition leader threatened to halt coalition government talks with President Vell if "
                     "the arrests went on.", date="2023-04-03")
    assert found(evs, "The opposition leader", "President Vell", "THREATEN")
    assert not any(e.plover == "THREATEN" and e.target is not None and e.target.text.endswith("talks") for e in evs)


def test_an_appeal_keeps_the_one_appealed_to_over_whom_they_should_urge(coder):
    evs = coder.code("the party chief appealed to the state to press the tribunal to rule soon.", date="2023-04-03")
    assert not any(e.target is not None and e.target.text == "the tribunal" and e.source.text == "the party chief" for e in evs)


def test_what_an_appeal_made_with_a_light_verb_asks_is_no_act_of_the_appellants(coder):
    # The parser hangs "to free ..." on "made", not on the appeal: it is still what was asked.
    evs = coder.code("Church leaders gathered on Tuesday and made a common appeal to the junta to free the "
                     "jailed priests.", date="2023-04-03")
    assert found(evs, "Church leaders", "the junta", "REQUEST")
    assert not any(e.trigger.text == "free" for e in evs)


def test_a_verb_the_parser_hangs_in_what_was_said_is_the_speakers_own_act(coder):
    # "the talks" blame no one: the speaker did, in the speaker's tense, and not as reported speech.
    evs = coder.code("The Bolivian president said the talks had gone well and blamed Chile for the delay.",
                     date="2023-05-10")
    (ev,) = [e for e in evs if e.plover == "ACCUSE"]
    assert (ev.source.country, ev.target.country, ev.modality) == ("BOL", "CHL", "asserted")
    # A reported act keeps its own doer and stays reported.
    evs = coder.code("Peru said Chile had attacked the border post and killed two guards.", date="2023-05-10")
    assert {e.source.country for e in evs if e.plover == "ASSAULT"} == {"CHL"}
    assert {e.modality for e in evs if e.plover == "ASSAULT"} == {"reported"}


def test_a_second_clause_of_what_was_said_is_read_like_the_first(coder):
    # "said A and that X was to blame": an accusation of X by the speaker, as "said that X was to blame".
    evs = coder.code("The Bolivian president said the talks had failed and that Chile was to blame.", date="2023-05-10")
    assert [(e.source.country, e.target and e.target.country) for e in evs if e.plover == "ACCUSE"] == [("BOL", "CHL")]


def test_talks_in_whose_course_the_clause_happens_are_held_by_its_subject(coder):
    evs = coder.code("During a phone call with the Chilean leader, the Peruvian president stressed trade.", date="2023-05-10")
    assert {(e.source.country, e.target.country) for e in evs if e.plover == "CONSULT"} == {("PER", "CHL"), ("CHL", "PER")}
    assert all(e.modality == "asserted" for e in evs if e.plover == "CONSULT")
    evs = coder.code("In talks with the Chilean leader, the Peruvian president stressed trade.", date="2023-05-10")
    assert {(e.source.country, e.target.country) for e in evs if e.plover == "CONSULT"} == {("PER", "CHL"), ("CHL", "PER")}
    # "his" ahead of the subject it stands for is no one else.
    evs = coder.code("Speaking after his meeting with the Chilean president, the Peruvian president said trade had grown.",
                     date="2023-05-10")
    assert {(e.source.country, e.target.country) for e in evs if e.plover == "CONSULT"} == {("PER", "CHL"), ("CHL", "PER")}


def test_who_claims_responsibility_for_an_attack_did_it(coder):
    evs = coder.code("The rebels claimed responsibility for the drone attack on the Peruvian base.", date="2023-05-10")
    (ev,) = [e for e in evs if e.plover == "ASSAULT"]
    assert ev.source.text == "The rebels" and ev.target.country == "PER"
    # The weapon before the attack is its means, not its doer.
    evs = coder.code("A drone attack hit the Peruvian base.", date="2023-05-10")
    assert not any(e.source.text == "drone" for e in evs)


def test_a_prefixed_adjective_names_no_doer(coder):
    # "post-Soviet wars": after the Soviet Union, not waged by it; "anti-Chilean": against Chile.
    for text in ("The post-Soviet wars in the Caucasus killed thousands.", "Anti-Chilean protests erupted in Lima."):
        evs = coder.code(text, date="2023-05-10")
        assert not any(e.source.text.lower().startswith(("post", "anti")) or e.source.country in ("RUS", "CHL")
                       for e in evs), text


def test_a_planned_act_is_not_done_and_an_act_at_someones_request_was_asked(coder):
    evs = coder.code("Chile's plan to deport the Peruvian migrants was ruled unlawful.", date="2023-05-10")
    assert evs and all(e.modality == "future" for e in evs if e.target and e.target.country == "PER")
    evs = coder.code("Chile deployed troops to its northern border at Peru's request.", date="2023-05-10")
    assert any(e.plover == "REQUEST" and e.source.country == "PER" and e.target.country == "CHL" for e in evs)


def test_a_retaliation_with_an_act_is_that_act_of_the_retaliator(coder):
    evs = coder.code("Santiago retaliated with tariffs on Peruvian goods.", date="2023-05-10")
    assert any(e.cameo == "163" and e.source.country == "CHL" and e.target.country == "PER" for e in evs)
    assert not any(e.target and e.target.text == "tariffs" for e in evs)
    evs = coder.code("Chile retaliated against Peru with missile strikes.", date="2023-05-10")
    assert any(e.plover == "ASSAULT" and e.source.country == "CHL" and e.target.country == "PER" for e in evs)
    evs = coder.code("Lima said it would take countermeasures against Chile.", date="2023-05-10")
    assert any(e.source.country == "PER" and e.target.country == "CHL" and e.plover in ("SANCTION", "THREATEN") for e in evs)


def test_the_one_sanctioned_for_an_act_did_it(coder):
    evs = coder.code("Chile blacklisted dozens of Peruvian firms for supplying the Bolivian army.", date="2023-05-10")
    assert any(e.trigger.text == "supplying" and e.source.country == "PER" for e in evs)
    assert not any(e.trigger.text == "supplying" and e.source.country == "CHL" for e in evs)


def test_a_name_after_after_is_the_subject_of_the_verb_that_follows_it(coder):
    # The small parser reads "after Lima" as a phrase and leaves "imposed" without a subject.
    evs = coder.code("Chile summoned the Peruvian ambassador after Lima imposed new tariffs.", date="2023-05-10")
    assert [e.source.country for e in evs if e.trigger.text == "imposed"] == ["PER"]


def test_a_past_act_in_an_after_clause_is_done_not_agreed_to(coder):
    evs = coder.code("Bolivian rebels agreed to give up their weapons a day after Chile launched a military offensive.",
                     date="2023-05-10")
    launched = [(e.source.country, e.plover, e.modality) for e in evs if e.trigger.text == "launched"]
    assert launched == [("CHL", "ASSAULT", "asserted")]


def test_the_pronoun_of_a_punishments_reason_is_the_one_punished(coder):
    evs = coder.code("Police arrested dozens of Chilean students after they attacked a police station.", date="2023-05-10")
    assert [e.source.text for e in evs if e.trigger.text == "attacked"] == ["Chilean students"]
    evs = coder.code("Bolivia expelled the UN rights office after it criticised the arrest of an activist.", date="2023-05-10")
    assert [e.source.text for e in evs if e.trigger.text == "criticised"] == ["the UN rights office"]
    # A pronoun that cannot stand for the one punished keeps the punisher: "it" is no diplomat.
    evs = coder.code("Bolivia expelled the Chilean diplomat after it accused Chile of spying.", date="2023-05-10")
    assert [e.source.country for e in evs if e.trigger.text == "accused"] == ["BOL"]
