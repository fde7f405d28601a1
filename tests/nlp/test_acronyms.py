"""Acronyms of bodies in the actor tables are parsed as names (sentences written for these tests)."""

from __future__ import annotations

import pytest

from detente.nlp.acronyms import acronyms


def test_only_long_all_capital_words_are_taken():
    assert acronyms(["ECOWAS", "UN", "NATO", "Nato", "G7", "the AU", "IGAD"]) == ["ECOWAS", "IGAD", "NATO"]


@pytest.mark.slow
def test_an_acronym_the_model_reads_as_a_verb_is_a_doer(coder):
    evs = coder.code("ECOWAS imposed sanctions on Niger after the coup.", date="2023-08-10")
    assert [(e.source.text, e.target.country, e.cameo[:2]) for e in evs if e.target] == [("ECOWAS", "NER", "16")]
    # The word itself is untouched: its text and shape are its own.
    tok = coder.nlp("ECOWAS met.")[0]
    assert (tok.text, tok.shape_, tok.pos_) == ("ECOWAS", "XXXX", "PROPN")
