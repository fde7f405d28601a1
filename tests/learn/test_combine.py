"""The combination rule, with a stand-in for the ONNX model (no model files needed)."""

from __future__ import annotations

from detente.coder import Classification
from detente.learn.combine import _answer, classify_combined, decide, lexicon_accuracy, retype_events
from detente.learn.labels import CAMEO_ROOT, LABELS
from detente.learn.model import Prediction, softmax
from detente.types import Actor, Event, Span


class FakeModel:
    """Answers ``label`` with probability ``p`` for every pair."""

    def __init__(self, label: str, p: float) -> None:
        self.label, self.p = label, p
        self.labels = list(LABELS)
        self.cameo_root = dict(CAMEO_ROOT)
        self.meta = {"lexicon_calibration": [{"lo": 0.0, "hi": 0.5, "accuracy": 0.2},
                                             {"lo": 0.5, "hi": 1.01, "accuracy": 0.7}],
                     "retype_min_probability": 0.5, "version": "test"}
        self.seen = []

    def predict(self, items):
        self.seen += items
        rest = (1 - self.p) / (len(LABELS) - 1)
        probs = {lab: (self.p if lab == self.label else rest) for lab in LABELS}
        return [Prediction(self.label, self.p, probs, CAMEO_ROOT[self.label]) for _ in items]


def pred(label, p):
    return Prediction(label, p, {label: p}, CAMEO_ROOT[label])


def test_decide_agreement_and_disagreement():
    assert decide(pred("ACCUSE", 0.6), "ACCUSE", 0.9) == ("ACCUSE", 0.6, "both")
    assert decide(pred("ACCUSE", 0.6), "REJECT", 0.7) == ("REJECT", 0.7, "lexicon")
    assert decide(pred("ACCUSE", 0.8), "REJECT", 0.7) == ("ACCUSE", 0.8, "classifier")
    assert decide(pred("ACCUSE", 0.3), None, 0.0) == ("ACCUSE", 0.3, "classifier")


def test_lexicon_accuracy_reads_the_bins():
    m = FakeModel("ACCUSE", 0.5)
    assert lexicon_accuracy(m, 0.3, has_code=True) == 0.2
    assert lexicon_accuracy(m, 0.9, has_code=True) == 0.7
    assert lexicon_accuracy(m, 1.0, has_code=True) == 0.7


def test_answer_keeps_the_lexicon_fine_code_only_when_its_type_wins():
    m = FakeModel("ACCUSE", 0.5)
    assert _answer(m, "ACCUSE", "112") == ("ACCUSE", "112")
    assert _answer(m, "REJECT", "112") == ("REJECT", "12")
    # YIELD is PLOVER's CONCEDE or RETREAT: the lexicon's code says which
    assert _answer(m, "YIELD", "0871")[1] == "0871"
    assert _answer(m, "YIELD", None) == ("CONCEDE", "08")


def _lex(plover="REJECT", cameo="120", conf=0.8):
    return Classification(plover=plover, cameo=cameo, quad_class=3, confidence=conf,
                          trigger=Span("rejected", 6, 14), coder="lexicon/x")


def test_classify_combined_lexicon_wins_when_better_calibrated():
    m = FakeModel("ACCUSE", 0.55)
    c = classify_combined(m, _lex(conf=0.8), "Japan rejected China's claim.", (0, 5), (15, 20))
    assert (c.plover, c.cameo, c.confidence) == ("REJECT", "120", 0.7)
    assert m.seen[0].hint == "reject rejected"
    assert "lexicon" in c.coder


def test_classify_combined_classifier_wins_and_answers_a_root():
    m = FakeModel("ACCUSE", 0.9)
    c = classify_combined(m, _lex(conf=0.8), "Japan rejected China's claim.", (0, 5), (15, 20))
    assert (c.plover, c.cameo, c.quad_class, c.confidence) == ("ACCUSE", "11", 3, 0.9)
    assert c.trigger is None


def test_classify_combined_without_lexicon_code_uses_the_classifier():
    m = FakeModel("CONSULT", 0.4)
    fallback = Classification(plover="ACCUSE", cameo=None, quad_class=3, confidence=0.1)
    c = classify_combined(m, fallback, "Japan and China met.", (0, 5), (10, 15))
    assert (c.plover, c.cameo, c.confidence) == ("CONSULT", "04", 0.4)
    assert m.seen[0].hint == "none"


def _event(plover="REJECT", cameo="120", target=True):
    text = "Japan rejected China's claim."
    return Event(article_id="a", report_date=None, sentence_index=0, sentence=text,
                 source=Actor("Japan", 100, 105, "JPN"), target=Actor("China", 115, 120, "CHN") if target else None,
                 cameo=cameo, cameo_root=cameo[:2], goldstein=-4.0, quad_class=3, plover=plover, plover_mode=None,
                 event_date=None, date_precision="report", trigger=Span("rejected", 106, 114), confidence=0.8,
                 coder="lexicon/x:verb-active:12.jsonl:1")


def test_retype_events_confident_disagreement_retypes():
    m = FakeModel("ACCUSE", 0.9)
    out = retype_events(m, [_event(), _event(target=False)], sentence_start=100)
    assert (out[0].plover, out[0].cameo, out[0].confidence) == ("ACCUSE", "11", 0.9)
    assert out[0].coder.endswith(">learned:ACCUSE")
    assert out[1].plover == "REJECT" and out[1].confidence == 0.8  # no target: untouched
    assert m.seen[0].source == (0, 5) and m.seen[0].target == (15, 20)


def test_retype_events_keeps_the_lexicon_type_when_the_classifier_is_unsure():
    m = FakeModel("ACCUSE", 0.3)
    out = retype_events(m, [_event()], sentence_start=100)
    assert out[0].plover == "REJECT" and out[0].cameo == "120"
    assert out[0].confidence < 0.1  # the classifier's probability for REJECT


def test_retype_events_agreement_sets_calibrated_confidence():
    m = FakeModel("REJECT", 0.66)
    out = retype_events(m, [_event()], sentence_start=100)
    assert (out[0].plover, out[0].cameo, out[0].confidence) == ("REJECT", "120", 0.66)


def test_softmax_temperature():
    p1 = softmax([2.0, 0.0, 0.0])
    p2 = softmax([2.0, 0.0, 0.0], 2.0)
    assert abs(sum(p2) - 1) < 1e-9 and p2[0] < p1[0]


class TwoWayModel(FakeModel):
    """AGREE (0.6) for the first pair asked about, CONSULT (0.55) for the second."""

    def predict(self, items):
        out = []
        for k, _ in enumerate(items):
            lab, p = ("AGREE", 0.6) if k == 0 else ("CONSULT", 0.55)
            rest = (1 - p) / (len(LABELS) - 1)
            out.append(Prediction(lab, p, {x: (p if x == lab else rest) for x in LABELS}, CAMEO_ROOT[lab]))
        return out


def test_retype_events_gives_both_directions_of_a_reciprocal_event_one_answer():
    a = _event(plover="CONSULT", cameo="040")
    b = _event(plover="CONSULT", cameo="040")
    b.source, b.target = a.target, a.source
    a.group = b.group = "g1"
    out = retype_events(TwoWayModel("AGREE", 0.6), [a, b], sentence_start=100)
    assert [e.plover for e in out] == ["CONSULT", "CONSULT"]
    assert out[0].confidence == out[1].confidence
