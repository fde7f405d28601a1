"""Coder with and without the classifier (loads spaCy: slow)."""

from __future__ import annotations

import pytest

from detente import Coder
from detente.errors import DetenteError
from detente.learn.model import default_model_dir

pytestmark = pytest.mark.slow
SHIPPED = default_model_dir()
TEXT = "Japan condemned North Korea for the missile launch."
SRC, TGT = (0, 5), (16, 27)


@pytest.fixture(scope="module")
def lexicon_coder():
    return Coder(classifier=None)


def test_without_classifier_classify_is_the_lexicon(lexicon_coder):
    assert lexicon_coder.classifier is None
    assert lexicon_coder.classify(TEXT, source=SRC, target=TGT) == lexicon_coder.lexicon_classify(TEXT, source=SRC, target=TGT)


def test_unknown_classifier_is_a_coded_error():
    with pytest.raises(DetenteError, match="DT906"):
        Coder(classifier="/no/such/model/folder")


@pytest.mark.skipif(not (SHIPPED / "model.onnx").exists(), reason="no shipped model in this install")
def test_classify_and_code_with_the_shipped_classifier(lexicon_coder):
    coder = Coder(classifier="default")
    c = coder.classify(TEXT, source=SRC, target=TGT)
    assert c.coder.startswith("learned/") and 0 < c.confidence <= 1
    assert c.plover == "ACCUSE" and c.cameo and c.cameo.startswith("11")  # the lexicon's fine code kept
    with pytest.raises(DetenteError, match="DT103"):
        coder.classify(TEXT, source=(3, 2), target=TGT)
    events = coder.code(TEXT, date="2024-01-01")
    plain = lexicon_coder.code(TEXT, date="2024-01-01")
    assert [(e.source.text, e.target.text if e.target else None) for e in events] == \
        [(e.source.text, e.target.text if e.target else None) for e in plain]  # same pairs, maybe retyped
    assert all(0 < e.confidence <= 1 for e in events)


def test_an_event_nested_under_another_keeps_the_lexicon_type():
    from test_combine import FakeModel  # pytest puts this folder on sys.path (it has no __init__.py)

    coder = Coder(classifier=None)
    text = "Georgia asked Turkey for help after Russian troops shelled two border towns."
    plain = {(e.source.text, e.target.text): e.plover for e in coder.code(text) if e.target}
    assert plain.get(("Georgia", "Turkey")) == "REQUEST" and plain.get(("Russian troops", "two border towns")) == "ASSAULT"
    coder.classifier = FakeModel("AID", 0.99)  # sure of AID for every pair it is asked about
    got = {(e.source.text, e.target.text): e.plover for e in coder.code(text) if e.target}
    assert got[("Georgia", "Turkey")] == "AID"                    # the governing act: retyped
    assert got[("Russian troops", "two border towns")] == "ASSAULT"  # under "asked": the lexicon's
