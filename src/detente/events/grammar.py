"""Closed-class words the event rules use, read from data/lexicons/grammar.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from ..data import DATA_DIR
from ..errors import DataError


@dataclass(frozen=True)
class Grammar:
    light_verbs: frozenset[str]
    state_verbs: frozenset[str]
    say_verbs: frozenset[str]
    content_roots: frozenset[str]
    content_codes: frozenset[str]
    reported_adverbs: frozenset[str]
    future_aux: frozenset[str]
    backshifted_future_aux: frozenset[str]
    future_heads: frozenset[str]
    hypothetical_aux: frozenset[str]
    conditional_marks: frozenset[str]
    condition_marks: frozenset[str]
    negation_words: frozenset[str]
    prevent_heads: frozenset[str]
    subject_sense_verbs: frozenset[str]
    topic_object_verbs: frozenset[str]
    reciprocal_phrases: frozenset[str]
    reciprocal_roots: frozenset[str]
    failure_heads: frozenset[str]
    partitive_heads: frozenset[str]
    place_preps: frozenset[str]
    where_preps: frozenset[str]
    occasion_nouns: frozenset[str]
    venue_named_nouns: frozenset[str]
    where_target_roots: frozenset[str]
    source_preps: frozenset[str]
    companion_preps: frozenset[str]
    companion_adverbs: frozenset[str]
    place_nouns: frozenset[str]
    document_nouns: frozenset[str]
    means_nouns: frozenset[str]
    container_nouns: frozenset[str]
    charge_verbs: frozenset[str]
    charge_nouns: frozenset[str]
    of_agent_nouns: frozenset[str]
    arrival_verbs: frozenset[str]
    venue_roots: frozenset[str]
    no_place_roots: frozenset[str]
    non_event_compounds: frozenset[str]
    non_event_particles: frozenset[str]
    needs_target_codes: frozenset[str]
    needs_target_lemmas: frozenset[str]
    phone_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    receive_verbs: frozenset[str]
    state_act_codes: frozenset[str]
    weapon_nouns: frozenset[str]
    violent_roots: frozenset[str]
    adjective_agent_roots: frozenset[str]
    kind_adjectives: frozenset[str]
    activity_nouns: frozenset[str]
    assent_verbs: frozenset[str]
    stance_nouns: frozenset[str]
    claim_nouns: frozenset[str]
    place_named_wars: frozenset[str]
    equipment_nouns: frozenset[str]
    release_terms: frozenset[str]
    craft_nouns: frozenset[str]
    holder_participles: frozenset[str]
    request_verbs: frozenset[str]
    harm_verbs: frozenset[str]
    asked_participles: frozenset[str]
    membership_nouns: frozenset[str]
    transfer_nouns: frozenset[str]
    mutual_nouns: frozenset[str]
    holding_verbs: frozenset[str]
    result_adjectives: frozenset[str]
    prospective_plan_nouns: frozenset[str]
    behest_nouns: frozenset[str]
    response_verbs: frozenset[str]
    claim_credit_nouns: frozenset[str]
    claim_credit_verbs: frozenset[str]
    stance_prefixes: frozenset[str]
    named_waters: frozenset[str]
    three_phrases: frozenset[str]
    mandative_verbs: frozenset[str]
    mandative_aux: frozenset[str]
    prospective_adjectives: frozenset[str]
    possible_adjectives: frozenset[str]
    placed_reciprocal_roots: frozenset[str]
    topic_preps: frozenset[str]
    effort_nouns: frozenset[str]
    offer_verbs: frozenset[str]
    action_noun_suffixes: frozenset[str]
    generic_victims: frozenset[str]
    generic_sites: frozenset[str]
    recall_verbs: frozenset[str]
    undergo_verbs: frozenset[str]
    suffer_verbs: frozenset[str]
    country_anaphora: frozenset[str]
    participate_verbs: frozenset[str]
    return_verbs: frozenset[str]
    announce_heads: frozenset[str]
    state_participles: frozenset[str]
    credit_nouns: frozenset[str]
    own_government_nouns: frozenset[str]
    mission_nouns: frozenset[str]
    mission_roots: frozenset[str]
    role_roots: frozenset[str]
    role_verbs: frozenset[str]
    role_nouns: frozenset[str]
    author_participles: frozenset[str]
    deploy_roots: frozenset[str]
    border_nouns: frozenset[str]
    front_nouns: frozenset[str]
    generic_objects: frozenset[str]
    beneficiary_roots: frozenset[str]
    presence_verbs: frozenset[str]
    mediation_codes: frozenset[str]
    trip_verbs: frozenset[str]
    two_way_verbs: frozenset[str]
    end_verbs: frozenset[str]
    open_waters: frozenset[str]
    dispute_nouns: frozenset[str]
    cargo_participles: frozenset[str]
    field_nouns: frozenset[str]
    attempt_verbs: frozenset[str]
    apology_codes: frozenset[str]
    embassy_nouns: frozenset[str]
    clause_conjunctions: frozenset[str]
    dismiss_verbs: frozenset[str]
    kind_suffixes: frozenset[str]
    preposition_forms: frozenset[str]
    credit_verbs: frozenset[str]
    time_preps: frozenset[str]
    object_verbs: frozenset[str]
    plan_nouns: frozenset[str]
    force_nouns: frozenset[str]
    destination_preps: frozenset[str]
    retreat_codes: frozenset[str]
    origin_preps: frozenset[str]
    peace_mission_words: frozenset[str]
    peace_mission_owners: frozenset[str]
    agent_adjectives: frozenset[str]
    speaking_light_verbs: frozenset[str]
    object_control_verbs: frozenset[str]
    pact_nouns: frozenset[str]
    site_preps: frozenset[str]
    site_nouns: frozenset[str]
    patient_possessor_nouns: frozenset[str]
    response_nouns: frozenset[str]
    concession_roots: frozenset[str]
    complaint_roots: frozenset[str]
    threatened_act_roots: frozenset[str]
    protest_nouns: frozenset[str]
    protest_demand_roots: frozenset[str]
    bow_verbs: frozenset[str]
    carry_verbs: frozenset[str]
    time_nouns: frozenset[str]
    regard_nouns: frozenset[str]
    about_preps: frozenset[str]
    deter_verbs: frozenset[str]
    show_of_force_codes: frozenset[str]
    press_nouns: frozenset[str]
    munition_nouns: frozenset[str]
    quantity_phrases: frozenset[str]
    object_preps: tuple[str, ...]
    default_target_preps: dict[str, tuple[str, ...]]
    non_event_objects: dict[str, frozenset[str]]
    ended_codes: dict[str, str]

    @cached_property
    def arms(self) -> frozenset[str]:
        """What is fired or flown at a target: munitions, and weapons that are also forces
        ("drone", "missile"), not blasts or acts ("strike", "shelling")."""
        return self.munition_nouns | (self.weapon_nouns & self.force_nouns)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are all different: JSON lets a second key silently replace the
    first, which here would drop a word list another rule reads."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise DataError(f"[DT406] grammar.json: the key {key!r} appears twice. Give the second list its own name.")
        out[key] = value
    return out


def read_grammar(path: Path) -> dict[str, Any]:
    """grammar.json as a dict, refusing a key written twice (DT406)."""
    return json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_unique_keys)


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    raw = read_grammar(DATA_DIR / "lexicons" / "grammar.json")
    sets = {k: frozenset(v) for k, v in raw.items() if isinstance(v, list) and k != "object_preps"}
    senses = {k: frozenset(v) for k, v in raw["non_event_objects"].items()}
    return Grammar(
        **sets,
        object_preps=tuple(raw["object_preps"]),
        default_target_preps={k: tuple(v) for k, v in raw["default_target_preps"].items()},
        non_event_objects=senses,
        ended_codes=dict(raw["ended_codes"]),
    )
