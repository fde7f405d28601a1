"""Amounts in a currency the small model does not label ("50 million euros") become MONEY
entities, so the event rules know money was given."""

from __future__ import annotations

import pytest

from detente.nlp.amounts import currency_words

pytestmark = pytest.mark.slow


def test_the_table_reads_and_leaves_out_ambiguous_words():
    words = currency_words()
    assert {"euros", "yen", "rupees"} <= words
    assert not {"pounds", "won", "real"} & words


@pytest.mark.parametrize("compiled", [True, False])
def test_a_number_before_a_currency_word_is_money(compiled):
    from detente.nlp import load_model

    nlp = load_model(compiled=compiled)
    doc = nlp("Brussels promised 50 million euros, and Tokyo 2.5 billion yen.")
    money = [e.text for e in doc.ents if e.label_ == "MONEY"]
    assert money == ["50 million euros", "2.5 billion yen"]
    # A currency word with no number is no amount.
    assert not [e for e in nlp("The euro fell against the dollar.").ents if e.label_ == "MONEY"]


def test_money_pledged_in_euros_is_aid(coder):
    evs = coder.code("The European Union pledged 40 million euros to Bolivia.", date="2023-04-03")
    assert any(e.source.text == "The European Union" and e.target is not None and e.target.text == "Bolivia"
               and e.plover == "AID" for e in evs)
