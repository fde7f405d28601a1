"""The prefilter skips only text after an article's last possible trigger, and events stay the same."""

from __future__ import annotations

import numpy as np
import pytest
import spacy

from detente.nlp.prefilter import Prefilter, TriggerWords, _sentence_end


class _Words:
    """A TriggerWords stand-in: the given words are the only possible triggers."""

    complete = True

    def __init__(self, words: set[str]) -> None:
        self.words = words

    def positions(self, doc):
        return np.array([t.i for t in doc if t.lower_ in self.words], dtype=np.int64)


def _prefilter(words: set[str], margin: int = 4) -> Prefilter:
    pf = Prefilter.__new__(Prefilter)
    pf.words = _Words(words)
    pf.margin = margin
    from collections import Counter

    pf.stats = Counter()
    return pf


def test_sentence_end_includes_closing_quotes() -> None:
    nlp = spacy.blank("en")
    doc = nlp.make_doc('He said "no." Then he left. ')
    assert doc[_sentence_end(doc, 0) - 1].text == '"'
    assert _sentence_end(doc, _sentence_end(doc, 0)) is None  # the last sentence ends the doc


def test_plan_skips_trailing_chunks_and_cuts_after_a_margin() -> None:
    nlp = spacy.blank("en")
    pf = _prefilter({"expelled"}, margin=4)
    docs = [nlp.make_doc(t) for t in (
        "Canada expelled a diplomat. The weather was fine in Ottawa that day. It rained later on. Nobody cared much.",
        "Wang Yi was born in Beijing.",
        "The end.")]
    keep, last = pf.plan(docs)
    assert keep[1] == 0 and keep[2] == 0
    first = docs[0]
    assert last == 1 and first[keep[0] - 1].text == "."
    kept = first[:keep[0]].text
    assert kept.startswith("Canada expelled a diplomat. The weather") and "Nobody" not in kept
    assert pf.stats["chunks_skipped"] == 2 and pf.stats["tokens_skipped"] > 0


def test_plan_keeps_everything_before_the_last_trigger() -> None:
    nlp = spacy.blank("en")
    pf = _prefilter({"met"})
    docs = [nlp.make_doc(t) for t in ("Wang Yi is the foreign minister.", "No verb here.", "He met Joly.")]
    keep, _ = pf.plan(docs)
    assert keep == [len(d) for d in docs]


def test_no_trigger_anywhere_skips_the_article() -> None:
    nlp = spacy.blank("en")
    keep, last = _prefilter({"met"}).plan([nlp.make_doc("Nothing happened."), nlp.make_doc("Still nothing.")])
    assert keep == [0, 0] and last == -1


@pytest.mark.slow
def test_trigger_words_cover_inflections_and_irregular_forms(coder) -> None:
    words = TriggerWords(coder.nlp, frozenset({"expel", "say", "meet", "go"}))
    for form in ("expel", "expelled", "expels", "expelling", "said", "says", "met", "meeting", "went", "goin'"):
        assert form in words.forms, form
    doc = coder.nlp.make_doc("Ottawa expelled him; Beijing said nothing.")
    assert [doc[i].text for i in words.positions(doc)] == ["expelled", "said"]


@pytest.mark.slow
def test_same_events_with_and_without_prefilter_on_the_sample_corpus(coder) -> None:
    from detente import Coder, read_articles
    from detente.data import DATA_DIR

    arts = list(read_articles(sorted((DATA_DIR / "corpus").glob("*.txt"))))
    plain = Coder(prefilter=False)
    assert coder.prefilter and not plain.prefilter
    with_pf = [(a.id, [e.to_dict() for e in evs]) for a, evs in coder.code_articles(arts)]
    without = [(a.id, [e.to_dict() for e in evs]) for a, evs in plain.code_articles(arts)]
    assert with_pf == without
    assert sum(len(e) for _, e in with_pf) > 100


def test_a_word_split_at_its_hyphen_is_found_whole(coder) -> None:
    # "sit-in" is tokenized sit, -, in; the event rules look it up as "sitin", so must the prefilter.
    words = TriggerWords(coder.nlp, frozenset({"sitin"}))
    doc = coder.nlp.make_doc("Nurses staged a sit-in. Then they sat in the hall.")
    assert [(doc[i - 2].text, doc[i].text) for i in words.positions(doc)] == [("sit", "in")]
