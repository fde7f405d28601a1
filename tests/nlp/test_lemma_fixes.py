"""The few verb forms the small model lemmatizes wrongly are mended after the lemmatizer, in both
the compiled and the stock pipeline, and the prefilter keeps them as possible triggers."""

from __future__ import annotations

import pytest

from detente.nlp.lemmas import lemma_fixes

pytestmark = pytest.mark.slow


def test_the_table_reads_and_names_verbs():
    table = lemma_fixes()
    assert table["raped"] == {"VERB": "rape"} and table["fined"] == {"VERB": "fine"}


@pytest.mark.parametrize("compiled", [True, False])
def test_mended_lemmas_in_both_pipelines(compiled):
    from detente.nlp import load_model

    nlp = load_model(compiled=compiled)
    doc = nlp("The regulator fined the airline after unions staged a strike.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["fined"] == "fine" and lemmas["staged"] == "stage"
    # Only the verb: the noun "fines" keeps its own lemma.
    assert nlp("The fines were paid.")[1].lemma_ == "fine"


def test_a_mended_form_is_a_possible_trigger_for_the_prefilter(coder):
    words = coder._prefilter().words
    assert "raped" in words.forms and "fined" in words.forms
    evs = coder.code("The regulator in Lima fined the Chilean airline.", date="2023-04-03")
    assert any(e.cameo == "172" and e.target is not None and "airline" in e.target.text for e in evs)


def test_waters_a_sea_area_is_no_relief_water(coder):
    # "waters" keeps its plural lemma: a ship sent into waters is no aid shipment, and the
    # entries written with "waters" as their object (violating a state's waters) can match.
    assert lemma_fixes()["waters"] == {"NOUN": "waters"}
    sent = coder.code("Turkey sent a survey ship into disputed waters off Cyprus.", date="2024-06-10")
    assert not [e for e in sent if e.plover == "AID"]
    crossed = coder.code("Chinese coast guard vessels violated Japanese waters on Monday.", date="2024-06-10")
    assert [(e.cameo, e.target.country) for e in crossed if e.target is not None] == [("150", "JPN")]
    relief = coder.code("Qatar sent food and water to Gaza.", date="2024-06-10")
    assert [(e.cameo, e.target.country) for e in relief if e.target is not None] == [("073", "PSE")]
