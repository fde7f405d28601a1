"""Lexicon and classifier together.

``classify_combined``: where the two agree on the PLOVER type, that type; where they disagree,
the side whose *calibrated* confidence is higher decides (the classifier's temperature-scaled
probability against the lexicon's measured accuracy at its confidence, ``meta.json``
``lexicon_calibration``). The lexicon keeps giving the fine CAMEO code whenever its code maps to
the chosen type; otherwise the answer is the CAMEO root the classifier gives for the type.

``retype_events``: the same rule for events found by the lexicon's frames in ``Coder.code``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import DetenteError, Errors
from ..events.cameo import lookup
from .features import PairInput, hint_text
from .labels import MERGE, QUAD
from .model import EventTypeModel, Prediction, default_model_dir

_LOADED: dict[str, EventTypeModel] = {}


def load_classifier(spec: str | Path | None) -> EventTypeModel | None:
    """``"default"``: the shipped model (None when this install has none); a path: that model
    folder; None: no classifier. Loaded models are shared between Coders."""
    if spec is None:
        return None
    if isinstance(spec, EventTypeModel):
        return spec
    if spec == "default":
        folder = default_model_dir()
        if not (folder / "model.onnx").exists():
            return None
    else:
        folder = Path(spec)
        if not folder.is_dir():
            raise DetenteError(Errors.DT906.format(value=str(spec)))
    key = str(folder.resolve())
    if key not in _LOADED:
        _LOADED[key] = EventTypeModel(folder)
    return _LOADED[key]


def lexicon_accuracy(model: EventTypeModel, confidence: float, *, has_code: bool) -> float:
    """The lexicon's measured accuracy at this confidence (bins in meta.json; fallback answers
    without a lexicon code count as wrong-by-default: their bin says how often ACCUSE was right)."""
    bins = model.meta.get("lexicon_calibration") or []
    for b in bins:
        if b["lo"] <= confidence < b["hi"] or (b["hi"] >= 1.0 and confidence >= b["lo"]):
            return float(b["accuracy"])
    return confidence if has_code else 0.0


def decide(pred: Prediction, lex_label: str | None, lex_acc: float) -> tuple[str, float, str]:
    """(label, calibrated confidence, who decided): 'both', 'classifier' or 'lexicon'."""
    if lex_label is None:
        return pred.label, pred.probability, "classifier"
    if lex_label == pred.label:
        return pred.label, pred.probability, "both"
    if lex_acc > pred.probability:
        return lex_label, lex_acc, "lexicon"
    return pred.label, pred.probability, "classifier"


def _answer(model: EventTypeModel, label: str, lex_code: str | None) -> tuple[str, str]:
    """(PLOVER type, CAMEO code): the lexicon's fine code when it maps to ``label``, else the root."""
    if lex_code:
        c = lookup(lex_code)
        if c.plover and MERGE.get(c.plover, c.plover) == label:
            return c.plover, c.code
    root = model.cameo_root.get(label, "")
    plover = label
    if root:
        c = lookup(root)
        plover = c.plover if c.plover and MERGE.get(c.plover, c.plover) == label else label
    return plover, root


def _mean(preds: list[Prediction], model: EventTypeModel) -> Prediction:
    probs = {lab: sum(p.probs.get(lab, 0.0) for p in preds) / len(preds) for lab in preds[0].probs}
    lab = max(probs, key=probs.__getitem__)
    return Prediction(lab, probs[lab], probs, model.cameo_root.get(lab, ""))


def classify_combined(model: EventTypeModel, lex: Any, text: str, source: tuple[int, int],
                      target: tuple[int, int]) -> Any:
    """The combined answer, as a ``Classification`` like the lexicon's."""
    from ..coder import Classification

    lex_label = MERGE.get(lex.plover, lex.plover) if lex.cameo else None
    hint = hint_text(lex.plover if lex.cameo else None, lex.trigger.text if lex.trigger else None)
    pred = model.predict([PairInput(text, source, target, hint)])[0]
    label, conf, who = decide(pred, lex_label, lexicon_accuracy(model, lex.confidence, has_code=bool(lex.cameo)))
    plover, cameo = _answer(model, label, lex.cameo)
    tag = "learned/" + str(model.meta.get("version", "1"))
    return Classification(plover=plover, cameo=cameo or None, quad_class=QUAD[label], confidence=round(conf, 3),
                          trigger=lex.trigger if cameo == lex.cameo else None,
                          coder=f"{tag}:{who}" + (f"+{lex.coder}" if who != "classifier" else ""))


def retype_events(model: EventTypeModel, events: Sequence[Any], sentence_start: int | dict[int, int]) -> list[Any]:
    """Events with type and confidence from the combined rule, asked in one batch. Events without
    a target keep the lexicon's answer. ``sentence_start``: the offset of the events' sentence in
    the article, or a dict from sentence index to offset."""
    todo = [e for e in events if e.target is not None]
    if not todo:
        return list(events)
    items = []
    for e in todo:
        n = len(e.sentence)
        at = sentence_start if isinstance(sentence_start, int) else sentence_start.get(e.sentence_index, -(10**9))
        s = (e.source.start - at, e.source.end - at)
        t = (e.target.start - at, e.target.end - at)
        if not (0 <= s[0] < s[1] <= n and 0 <= t[0] < t[1] <= n):
            items.append(None)
            continue
        items.append(PairInput(e.sentence, s, t, hint_text(e.plover, e.trigger.text)))
    ok = [it for it in items if it is not None]
    preds = iter(model.predict(ok)) if ok else iter(())
    got = {id(e): next(preds) for e, it in zip(todo, items) if it is not None}
    # Both directions of a reciprocal event ("A and B met") get one answer: the mean of theirs.
    groups: dict[str, list[Prediction]] = {}
    for e in todo:
        if e.group and id(e) in got:
            groups.setdefault(e.group, []).append(got[id(e)])
    new: dict[int, Any] = {}
    min_p = float(model.meta.get("retype_min_probability", 0.5))
    for e, it in zip(todo, items):
        if it is None:
            continue
        pred = got[id(e)]
        if e.group and len(groups.get(e.group, [])) > 1:
            pred = _mean(groups[e.group], model)
        lex_label = MERGE.get(e.plover, e.plover) if e.plover else None
        if lex_label == pred.label or lex_label is None:
            new[id(e)] = replace(e, confidence=round(pred.probability, 3)) if lex_label else e
            continue
        if pred.probability < min_p:
            # Disagreement without a confident classifier: keep the lexicon's type, say how sure.
            new[id(e)] = replace(e, confidence=round(pred.probs.get(lex_label, 0.0), 3))
            continue
        plover, cameo = _answer(model, pred.label, e.cameo)
        c = lookup(cameo)
        new[id(e)] = replace(e, cameo=c.code, cameo_root=c.root, goldstein=c.goldstein, quad_class=c.quad_class,
                             plover=plover, plover_mode=None, confidence=round(pred.probability, 3),
                             coder=f"{e.coder}>learned:{pred.label}")
    return [new.get(id(e), e) for e in events]
