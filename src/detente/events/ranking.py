"""Whom an event is aimed at when the frame rules leave it with no target or only an uncoded
phrase: a small learned ranker over the sentence's noun phrases.

The frame rules (``extract``, ``targets``) find most targets from the parse; where they find
none, or only a phrase the actor coder cannot place ("the strike", "its decision"), the act is
often aimed at someone the rules do not reach: the government a strike was called off "after
reaching agreement with", the country a ceasefire was declared in. The ranker scores every noun
phrase of the sentence as the target of the event, from the dependency path between the trigger
and the phrase's head and a few facts about each (entity kind, coded or not, before or after
the trigger, the event's CAMEO root and the rule that found its target), with a logistic
regression trained on plv_train (``learn.targets``; weights in
``data/models/target_ranker/model.json``).

It never replaces a target that is a coded actor; it replaces an uncoded one, or fills an empty
one, only when a phrase scores clearly higher (``margin``) or, for an empty one, is more likely
than not the target (``threshold``). Reciprocal acts keep their parties.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from ..actors.coding import phrase_bounds
from ..data import DATA_DIR
from ..errors import DetenteError, Errors

FEATURES_VERSION = 1


def default_ranker_dir() -> Path:
    return DATA_DIR / "models" / "target_ranker"


def coded(actor: Any) -> bool:
    """The actor coder placed this actor (a country or a sector); None is no actor."""
    return actor is not None and bool(actor.code or actor.country)


@dataclass
class Candidate:
    """A noun phrase of the sentence that an event may be aimed at (doc character offsets)."""

    start: int
    end: int
    head: Token


def candidates(sent: Span, source: tuple[int, int]) -> list[Candidate]:
    """The sentence's noun phrases outside the source's phrase, one per phrase (its last head
    word when several words head the same phrase). Pieces of a compound name are no phrases of
    their own; a possessor is ("Israel's" in "Israel's blockade")."""
    doc = sent.doc
    out: dict[tuple[int, int], Token] = {}
    for t in sent:
        if t.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        if (t.dep_ == "compound" and t.head.pos_ in ("NOUN", "PROPN") and t.ent_type_
                and t.ent_type_ == t.head.ent_type_):
            continue
        s, e = phrase_bounds(t)
        a, b = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        if a < source[1] and source[0] < b:
            continue
        if (a, b) not in out or t.i == e - 1:
            out[(a, b)] = t
    return [Candidate(a, b, t) for (a, b), t in out.items()]


def out_of_reach(trigger: Token, head: Token, actor: Any, *, root: str, grammar: Any,
                 act_noun: Callable[[Token], bool] | None = None) -> bool:
    """A phrase the ranker may not aim an act at, whatever it scores: where a non-violent act
    happened ("a rally in the capital", "drills near the strait": ``grammar.where_preps``), a
    role ("resigned as president"), whoever reports the act ("according to the agency",
    "Seoul's military said", "told reporters"; ``grammar.source_preps`` and ``say_verbs``), and
    the news media; nor a protest or show of force at those who take part ("a march of tens of
    thousands"). A possessor, a compound word, an "of" phrase or a later conjunct stands where
    its noun stands ("according to Seoul's Joint Chiefs of Staff", "in Lagos and Abuja").
    Nor whoever does the act beside the doer ("along with Sweden", "alongside Malian soldiers":
    ``grammar.companion_preps``), the parties of "each other's", or an act that the actor
    coder gave only a sector ("a military offensive": ``act_noun`` says a noun is an act).
    Chosen from news sentences of our own in which the act has no target (docs/EVALUATION.md),
    and from the picks read on the sample corpus."""
    if actor is not None and getattr(actor, "sector", None) == "MED":
        return True
    if act_noun is not None and head.pos_ == "NOUN" and act_noun(head) and not getattr(actor, "country", None):
        return True
    if any(c.dep_ == "poss" and c.lower_ == "other" and c.i > 0 and c.doc[c.i - 1].lower_ == "each" for c in head.children):
        return True
    t = head
    while t.head.i != t.i and (t.dep_ in ("poss", "compound", "conj") or t.dep_ == "pobj" and t.head.lower_ == "of"
                               and t.head.head.pos_ in ("NOUN", "PROPN") and t.head.head.i != trigger.i):
        t = t.head.head if t.dep_ == "pobj" else t.head  # "Staff" of "the Joint Chiefs of Staff"
    gov = t.head
    if t.dep_ == "pobj":
        if gov.lower_ == "as" or gov.lower_ in grammar.companion_preps:
            return True
        if gov.lower_ == "with" and (gov.head.lower_ in grammar.companion_adverbs
                                     or any(c.lower_ in grammar.companion_adverbs for c in gov.children)):
            return True
        if gov.lower_ == "of" and gov.head.i == trigger.i and root[:2] in ("14", "15"):
            return True  # who marched or were deployed: "a march of tens of thousands"
        if gov.lower_ in grammar.where_preps and root[:2] not in grammar.where_target_roots:
            return True
        if gov.head.lower_ in grammar.source_preps:
            return True
    if gov.lower_ in grammar.source_preps:
        return True
    return (t.dep_ in ("nsubj", "dobj", "dative") and gov.lemma_.lower() in grammar.say_verbs
            and gov.i != trigger.i and gov.pos_ == "VERB")


def _path(a: Token, b: Token) -> tuple[list[str], list[str]] | None:
    """Dependency labels up from ``a`` to the lowest common ancestor, then down to ``b`` (a
    prepositional object carries its preposition: "pobj:with")."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    where = {t.i: k for k, t in enumerate(up_b)}
    for k, t in enumerate(up_a):
        if t.i in where:
            up = [x.dep_ for x in up_a[:k]]
            down = [x.dep_ + (":" + x.head.lower_ if x.dep_ == "pobj" else "") for x in up_b[:where[t.i]]]
            return up, list(reversed(down))
    return None


def features(trig: Token, cand: Token, *, cameo: str, plover: str, rule: str, current: bool,
             has_target: bool, current_coded: bool, coded: bool) -> dict[str, float] | None:
    """The features of ``cand`` as the target of the event triggered by ``trig``; None when the
    two are not in one parse tree. ``current``: the frame rules chose this phrase; ``coded``: the
    actor coder gives it a country or sector."""
    p = _path(trig, cand)
    if p is None:
        return None
    up, down = p
    k = cand
    return {
        "cur": 1.0 if current else 0.0,
        "curnone": 0.0 if has_target else 1.0,
        "path=" + "/".join(up) + "|" + "/".join(down): 1.0,
        "down=" + "/".join(down[:2]): 1.0,
        "uplen=%d" % min(len(up), 4): 1.0,
        "downlen=%d" % min(len(down), 5): 1.0,
        "dep=" + k.dep_: 1.0,
        "ent=" + (k.ent_type_ or "-"): 1.0,
        "pos=" + k.pos_: 1.0,
        ("after" if k.i > trig.i else "before"): 1.0,
        "dist=%d" % min(abs(k.i - trig.i) // 3, 6): 1.0,
        "root=" + cameo[:2] + "|down=" + "/".join(down[:1]): 1.0,
        "plv=" + plover + "|ent=" + (k.ent_type_ or "-"): 1.0,
        "trigpos=" + trig.pos_ + "|down=" + "/".join(down[:1]): 1.0,
        "rule=" + rule: 1.0,
        "cur|rule=" + rule: 1.0 if current else 0.0,
        "curcoded": 1.0 if current and current_coded else 0.0,
        "coded": 1.0 if coded else 0.0,
        "insub": 1.0 if trig in [k, *k.ancestors] else 0.0,
    }


class TargetRanker:
    """Logistic-regression weights over ``features``, and the rule that turns scores into a choice."""

    def __init__(self, weights: dict[str, float], bias: float, *, margin: float = 0.2, threshold: float = 0.5,
                 meta: dict[str, Any] | None = None) -> None:
        self.weights = weights
        self.bias = bias
        self.margin = margin
        self.threshold = threshold
        self.meta = meta or {}

    @classmethod
    def load(cls, path: str | Path) -> "TargetRanker":
        """A ranker file (``model.json`` or a fold's file); a folder means its ``model.json``."""
        path = Path(path)
        if path.is_dir():
            path = path / "model.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if raw.get("features_version") != FEATURES_VERSION:
                raise ValueError(f"features version {raw.get('features_version')}, this detente reads {FEATURES_VERSION}")
            return cls({str(k): float(v) for k, v in raw["weights"].items()}, float(raw["bias"]),
                       margin=float(raw.get("margin", 0.2)), threshold=float(raw.get("threshold", 0.5)),
                       meta={k: v for k, v in raw.items() if k not in ("weights", "bias")})
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise DetenteError(Errors.DT908.format(path=path, detail=exc)) from None

    def to_json(self, **extra: Any) -> dict[str, Any]:
        return {"features_version": FEATURES_VERSION, "margin": self.margin, "threshold": self.threshold,
                **extra, "bias": self.bias, "weights": dict(sorted(self.weights.items()))}

    def score(self, feats: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items() if v)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def rank(self, source: Any, target: Any, scored: list[tuple[Candidate, dict[str, float], bool]], offset: int,
             plover: str = "") -> int | None:
        """Index into ``scored`` ((candidate, features, is the current target) per phrase) of the
        phrase to aim the event at, or None to keep ``target``. (``plover``: the event's type;
        used in training, ``learn.targets``.)"""
        return self.choose([(self.score(fs), cur) for _, fs, cur in scored], has_target=target is not None,
                           current_coded=coded(target))

    def choose(self, scored: Iterable[tuple[float, bool]], *, has_target: bool, current_coded: bool) -> int | None:
        """Index of the phrase to aim the event at, or None to keep the rules' choice. ``scored``:
        (probability, is the rules' current target) per candidate."""
        scored = list(scored)
        if not scored or current_coded:
            return None
        best = max(range(len(scored)), key=lambda i: scored[i][0])
        cur = next((i for i, (_, c) in enumerate(scored) if c), None)
        if cur is not None:
            return None if scored[cur][0] >= scored[best][0] - self.margin else best
        if not has_target and scored[best][0] < self.threshold:
            return None
        return best


_LOADED: dict[str, TargetRanker] = {}


def load_ranker(spec: "str | Path | TargetRanker | None") -> TargetRanker | None:
    """``"default"``: the shipped ranker (None when this install has none); a path: that file or
    folder; None: no ranker."""
    if spec is None or isinstance(spec, TargetRanker):
        return spec
    path = default_ranker_dir() if spec == "default" else Path(spec)
    if spec == "default" and not (path / "model.json").exists():
        return None
    key = str(path.resolve())
    if key not in _LOADED:
        _LOADED[key] = TargetRanker.load(path)
    return _LOADED[key]
