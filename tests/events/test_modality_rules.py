"""Announced and refused acts under reporting verbs, the actor a refusal waits on, states after
"on", event nouns as objects, mislemmatized light verbs (sentences written for these tests)."""

from __future__ import annotations

import pytest

from event_match import found

pytestmark = pytest.mark.slow


def test_would_under_a_reporting_verb_announces_an_intent(coder):
    evs = coder.code("Peru said it would free the detained Chilean fishermen.", date="2023-05-10")
    hit = [e for e in evs if e.source.country == "PER" and e.target and "fishermen" in e.target.text]
    assert hit and all(e.modality == "future" and e.plover == "AGREE" for e in hit)


def test_will_not_under_a_reporting_verb_is_a_refusal(coder):
    evs = coder.code("Chile says it will not accept the Bolivian refugees.", date="2023-05-10")
    assert found(evs, "Chile", "refugees", "REJECT")


def test_would_without_a_reporting_verb_stays_hypothetical(coder):
    evs = coder.code("Peru would free the detained Chilean fishermen.", date="2023-05-10")
    assert evs and all(e.modality == "hypothetical" for e in evs)


def test_refusal_aimed_at_the_actor_it_waits_on(coder):
    evs = coder.code("Norway said it will not lift the embargo until Venezuela holds free elections.", date="2023-05-10")
    assert found(evs, "Norway", "Venezuela", "REJECT", "condition-target")


def test_refusal_waits_on_the_agent_of_a_passive_condition(coder):
    text = ("The farmers said they will not lift their blockade of the highway unless their debts are"
            " forgiven by the Chilean government.")
    evs = coder.code(text, date="2023-05-10")
    assert found(evs, "farmers", "government", "REJECT", "condition-target")


def test_a_threat_is_aimed_at_whom_its_condition_waits_on(coder):
    evs = coder.code("Bolivia threatened to cut gas exports unless Chile reopened the port.", date="2023-05-10")
    assert found(evs, "Bolivia", "Chile", "THREATEN", "condition-target")
    evs = coder.code("Bolivia warned that it would close the border if Peru did not extradite the suspects.", date="2023-05-10")
    assert found(evs, "Bolivia", "Peru", "THREATEN", "condition-target")
    evs = coder.code("The talks followed threats by Bolivia that it would cut gas unless Chile paid its debts.", date="2023-05-10")
    assert found(evs, "Bolivia", "Chile", "THREATEN")
    # The warner's own side named as who would act: the threat is still aimed at the condition's actor.
    evs = coder.code("Lima warned that Peru would retaliate many times over if Chilean troops crossed the border.",
                     date="2023-05-10")
    assert found(evs, "Lima", "Chilean troops", "THREATEN", "condition-target")
    # Who would bear it is the target, whatever the condition says.
    evs = coder.code("Lima warned that Chile would pay a price if Bolivia joined the pact.", date="2023-05-10")
    assert found(evs, "Lima", "Chile", "THREATEN")
    # A condition with no actor in it aims the threat at no one.
    evs = coder.code("Bolivia threatened to cut gas exports if prices fell.", date="2023-05-10")
    assert evs and not any(e.target for e in evs if e.plover == "THREATEN")


def test_an_actor_after_the_verb_beats_an_event_noun_object(coder):
    evs = coder.code("Peru refused to send military aid to Bolivia.", date="2023-05-10")
    assert found(evs, "Peru", "Bolivia", "REJECT")


def test_state_after_on_takes_the_verbs_subject(coder):
    evs = coder.code("Indian troops remained on alert on Sunday in the Kashmir region.", date="2023-05-10")
    assert found(evs, "troops", "region", "MOBILIZE", "place-target")


def test_verb_that_is_a_trigger_keeps_its_noun(coder):
    evs = coder.code("Chilean miners went on strike on Monday.", date="2023-05-10")
    assert found(evs, "miners", None, "PROTEST") and not any(e.plover == "ASSAULT" for e in evs)


def test_mislemmatized_staged_is_a_light_verb(coder):
    evs = coder.code("Hundreds of Chilean farmers staged a protest in Santiago.", date="2023-05-10")
    assert found(evs, "farmers", None, "PROTEST")


def test_prolonged_sanctions_belong_to_the_subject(coder):
    evs = coder.code("The EU is prolonging its embargo against Belarus.", date="2023-05-10")
    assert found(evs, "EU", "Belarus", "COERCE")


def test_a_negated_verb_that_is_no_event_negates_the_act_it_leads_to(coder):
    evs = coder.code("Ottawa did not even bother to consult the provinces.", date="2023-05-10")
    assert evs and all(e.negated for e in evs if e.cameo.startswith("04"))
    evs = coder.code("The chancellor said she will not go to Ankara to meet Erdogan.", date="2023-05-10")
    assert [(e.cameo, e.plover) for e in evs] == [("125", "REJECT")]


def test_a_negated_intent_verb_makes_its_complement_a_refusal(coder):
    evs = coder.code("Iran did not agree to meet the inspectors.", date="2023-05-10")
    assert [e.plover for e in evs] == ["REJECT"]
    evs = coder.code("Iran agreed to meet the inspectors.", date="2023-05-10")
    assert [e.cameo for e in evs] == ["036"]


@pytest.mark.parametrize("text,source,target", [
    ("Vietnam offered on Tuesday to hold talks with China on the maritime dispute.", "VNM", "CHN"),
    ("Colombia's government offered on Friday to reopen negotiations with the ELN rebels.", "COL", "COL"),
])
def test_an_offer_with_a_date_before_its_infinitive_is_still_an_intent(coder, text, source, target):
    evs = coder.code(text, date="2019-05-01")
    assert any(e.plover == "AGREE" and e.modality == "future" and e.source.country == source
               and e.target is not None and e.target.country == target for e in evs)
    assert not any(e.plover == "CONSULT" and e.modality == "asserted" for e in evs)


def test_his_government_in_what_a_leader_says_is_the_leader(coder):
    text = "Sudanese President Omar al-Bashir said his government was ready to resume talks with the rebels in Doha."
    evs = coder.code(text, date="2011-01-10")
    assert any(e.plover == "AGREE" and e.source.text.endswith("Omar al-Bashir") and e.source.country == "SDN" for e in evs)
    assert not any(e.source.text == "his government" for e in evs)


def test_a_relative_clause_has_no_future_of_the_clause_it_hangs_in(coder):
    # The drones were launched; only the response was vowed.
    evs = coder.code("Peru vowed to answer last week's raid, in which Chile fired 30 missiles at Tacna.",
                     date="2023-05-10")
    fired = [e for e in evs if e.trigger.text == "fired"]
    assert fired and all(e.modality == "asserted" and e.plover == "ASSAULT" for e in fired)
    # Inside someone's words it is still reported.
    evs = coder.code("Peru said Chile had armed the gunmen who attacked the border post.", date="2023-05-10")
    assert any(e.trigger.text == "attacked" and e.modality == "reported" for e in evs)


def test_a_possible_or_planned_act_is_not_done(coder):
    # Reported on 10 May 2023: a possible meeting "in November" is ahead, not last November.
    evs = coder.code("The two governments are preparing for a possible meeting between the Chilean president "
                     "and the Peruvian president in November.", date="2023-05-10")
    met = [e for e in evs if e.trigger.text == "meeting"]
    assert met and all(e.modality == "hypothetical" and e.event_date == "2023-11-01" for e in met)
    evs = coder.code("The upcoming visit of Chile's president to Peru was announced on Monday.", date="2023-05-10")
    visit = [e for e in evs if e.trigger.text == "visit"]
    assert visit and all(e.modality == "future" for e in visit)
    # After a superlative "possible" says how much, not whether.
    evs = coder.code("Peru gave Chile the clearest possible commitment to the truce.", date="2023-05-10")
    assert not any(e.modality == "hypothetical" for e in evs)


def test_a_refusal_to_meet_is_one_sided_when_both_are_coded(coder):
    # Both parties coded: the refusal (125) is still the refuser's alone, not a meeting of two.
    evs = coder.code("The Chilean president will not go to Lima to meet the Peruvian president.", date="2023-05-10")
    assert [(e.cameo, e.source.country, e.target.country) for e in evs] == [("125", "CHL", "PER")]
