"""The compiled attribute ruler and cached lemmatizer give exactly the stock components' output."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from detente.nlp.compiled import CompiledAttributeRuler, NotCompilable, compile_pipeline

# One rule of every kind the compiler handles, and precedence between them.
PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}]], "attrs": {"LEMMA": "be", "POS": "AUX"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], "attrs": {"LEMMA": "nothing"}},
    {"patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux", "auxpass"]}}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "are"]}}]], "attrs": {"POS": "VERB"}, "index": 1},
    {"patterns": [[{"TAG": "VBZ", "LOWER": "gets"}], [{"TAG": "VBD", "LOWER": "got"}]], "attrs": {"LEMMA": "get"}},
    {"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], "attrs": {"DEP": "dep"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE", "MORPH": "_"}},
    # a later rule overrides an earlier one on the same token
    {"patterns": [[{"TAG": "NN", "LOWER": "talks"}]], "attrs": {"POS": "PROPN"}},
]

WORDS = ["There", "is", "nothin'", "he", "is", "gon", "na", "do", "about", "talks", "\n", "she", "gets", "got", "it"]
TAGS = ["EX", "VBZ", "NN", "PRP", "VBZ", "VBG", "TO", "VB", "IN", "NN", "_SP", "PRP", "VBZ", "VBD", "PRP"]
DEPS = ["expl", "ROOT", "attr", "nsubj", "aux", "ROOT", "aux", "xcomp", "prep", "pobj", "dep", "nsubj", "ROOT",
        "ROOT", "dobj"]
HEADS = [1, 1, 1, 5, 5, 5, 7, 5, 7, 8, 9, 12, 12, 13, 13]


def _doc(vocab) -> Doc:
    return Doc(vocab, words=WORDS, tags=TAGS, deps=DEPS, heads=HEADS)


def _sig(doc: Doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def test_compiled_ruler_matches_stock_ruler() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(PATTERNS)
    expected = _sig(ruler(_doc(nlp.vocab)))
    got = _sig(CompiledAttributeRuler(ruler)(_doc(nlp.vocab)))
    assert got == expected
    # the rules did something: precedence, multi-token index, regex, DEP writes
    by = {i: row for i, row in enumerate(got)}
    assert by[9][2] == "PROPN" and by[5][4] == "go" and by[6][4] == "to" and by[2][4] == "nothing"
    assert by[1][2] == "VERB" and by[10][5] == "dep" and by[12][4] == "get" and by[13][4] == "get"


def test_unknown_pattern_keeps_the_stock_component() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns([{"patterns": [[{"LENGTH": {">": 3}}]], "attrs": {"POS": "NOUN"}}])
    with pytest.raises(NotCompilable):
        CompiledAttributeRuler(ruler)
    assert compile_pipeline(nlp) == []
    assert nlp.pipe_names == ["attribute_ruler"]


@pytest.mark.slow
def test_compiled_pipeline_equals_stock_on_the_sample_corpus() -> None:
    """Token for token, every annotation detente reads, on the first articles of the corpus."""
    from detente.data import DATA_DIR
    from detente.nlp import load_model

    stock = load_model(compiled=False)
    fast = load_model()
    assert "attribute_ruler_compiled" in fast.pipe_names and "lemmatizer_compiled" in fast.pipe_names
    texts = [p.read_text(encoding="utf-8") for p in sorted((DATA_DIR / "corpus").glob("*.txt"))[:12]]

    def sig(d: Doc) -> list[tuple]:
        return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in d]

    for a, b in zip(stock.pipe(texts), fast.pipe(texts)):
        assert sig(a) == sig(b)
