"""A minimal BERT encoder in torch (the ``train`` extra), with module names matching the
checkpoint so the packaged MiniLM-L6 weights load directly, and a forward pass split in two:
``bottom`` (embeddings and the first layers, kept frozen) and ``top`` (the layers fine-tuned).
Training caches the bottom's output once per row, so each epoch only runs the top layers:
on two shared CPU cores that is the difference between hours and minutes."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import torch
from torch import nn


class SelfAttention(nn.Module):
    def __init__(self, h: int, heads: int) -> None:
        super().__init__()
        self.heads, self.d = heads, h // heads
        self.query, self.key, self.value = nn.Linear(h, h), nn.Linear(h, h), nn.Linear(h, h)


class AttentionOutput(nn.Module):
    def __init__(self, h: int, eps: float) -> None:
        super().__init__()
        self.dense = nn.Linear(h, h)
        self.LayerNorm = nn.LayerNorm(h, eps=eps)


class Attention(nn.Module):
    def __init__(self, h: int, heads: int, eps: float) -> None:
        super().__init__()
        self.self = SelfAttention(h, heads)
        self.output = AttentionOutput(h, eps)


class Dense(nn.Module):
    def __init__(self, i: int, o: int) -> None:
        super().__init__()
        self.dense = nn.Linear(i, o)


class Output(nn.Module):
    def __init__(self, i: int, h: int, eps: float) -> None:
        super().__init__()
        self.dense = nn.Linear(i, h)
        self.LayerNorm = nn.LayerNorm(h, eps=eps)


class Layer(nn.Module):
    def __init__(self, h: int, heads: int, inter: int, eps: float, p: float) -> None:
        super().__init__()
        self.attention = Attention(h, heads, eps)
        self.intermediate = Dense(h, inter)
        self.output = Output(inter, h, eps)
        self.drop = nn.Dropout(p)

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        a = self.attention.self
        b, n, h = x.shape
        q = a.query(x).view(b, n, a.heads, a.d).transpose(1, 2)
        k = a.key(x).view(b, n, a.heads, a.d).transpose(1, 2)
        v = a.value(x).view(b, n, a.heads, a.d).transpose(1, 2)
        att = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(a.d) + bias, dim=-1)
        ctx = (self.drop(att) @ v).transpose(1, 2).reshape(b, n, h)
        x = self.attention.output.LayerNorm(x + self.drop(self.attention.output.dense(ctx)))
        y = self.output.dense(nn.functional.gelu(self.intermediate.dense(x)))
        return self.output.LayerNorm(x + self.drop(y))


class Embeddings(nn.Module):
    def __init__(self, vocab: int, h: int, pos: int, types: int, eps: float, p: float) -> None:
        super().__init__()
        self.word_embeddings = nn.Embedding(vocab, h)
        self.position_embeddings = nn.Embedding(pos, h)
        self.token_type_embeddings = nn.Embedding(types, h)
        self.LayerNorm = nn.LayerNorm(h, eps=eps)
        self.drop = nn.Dropout(p)

    def forward(self, ids: torch.Tensor, types: torch.Tensor) -> torch.Tensor:
        pos = torch.arange(ids.shape[1]).unsqueeze(0)
        e = self.word_embeddings(ids) + self.position_embeddings(pos) + self.token_type_embeddings(types)
        return self.drop(self.LayerNorm(e))


class Encoder(nn.Module):
    def __init__(self, n: int, *args: Any) -> None:
        super().__init__()
        self.layer = nn.ModuleList([Layer(*args) for _ in range(n)])


class Bert(nn.Module):
    def __init__(self, cfg: dict[str, Any]) -> None:
        super().__init__()
        h, eps, p = cfg["hidden_size"], cfg.get("layer_norm_eps", 1e-12), cfg.get("hidden_dropout_prob", 0.1)
        self.hidden = h
        self.embeddings = Embeddings(cfg["vocab_size"], h, cfg["max_position_embeddings"], cfg["type_vocab_size"], eps, p)
        self.encoder = Encoder(cfg["num_hidden_layers"], h, cfg["num_attention_heads"], cfg["intermediate_size"], eps, p)


def attention_bias(mask: torch.Tensor) -> torch.Tensor:
    return ((1.0 - mask[:, None, None, :].to(torch.float32)) * -1e4)


class PairClassifier(nn.Module):
    """BERT + a linear head over [CLS] and the first token of the source and target markers."""

    def __init__(self, cfg: dict[str, Any], n_labels: int, *, frozen_layers: int = 4) -> None:
        super().__init__()
        self.bert = Bert(cfg)
        self.frozen_layers = frozen_layers
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(3 * self.bert.hidden, n_labels)

    def bottom(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor) -> torch.Tensor:
        x = self.bert.embeddings(input_ids, token_type_ids)
        bias = attention_bias(attention_mask)
        for layer in self.bert.encoder.layer[: self.frozen_layers]:
            x = layer(x, bias)
        return x

    def top(self, x: torch.Tensor, attention_mask: torch.Tensor, src_pos: torch.Tensor, tgt_pos: torch.Tensor) -> torch.Tensor:
        bias = attention_bias(attention_mask)
        for layer in self.bert.encoder.layer[self.frozen_layers:]:
            x = layer(x, bias)
        idx = torch.arange(x.shape[0])
        pooled = torch.cat([x[:, 0], x[idx, src_pos], x[idx, tgt_pos]], dim=-1)
        return self.head(self.drop(pooled))

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor,
                src_pos: torch.Tensor, tgt_pos: torch.Tensor) -> torch.Tensor:
        return self.top(self.bottom(input_ids, attention_mask, token_type_ids), attention_mask, src_pos, tgt_pos)

    def freeze_bottom(self) -> None:
        for p in self.bert.embeddings.parameters():
            p.requires_grad = False
        for layer in self.bert.encoder.layer[: self.frozen_layers]:
            for p in layer.parameters():
                p.requires_grad = False


class PairEnsemble(nn.Module):
    """Several classifiers trained from the same pre-trained weights with different seeds. They
    share the frozen bottom (identical weights), so it runs once; the answer is the mean of their
    logits. Averaging seeds lowers the run-to-run spread of a small fine-tuned model."""

    def __init__(self, members: list[PairClassifier]) -> None:
        super().__init__()
        self.members = nn.ModuleList(members)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor,
                src_pos: torch.Tensor, tgt_pos: torch.Tensor) -> torch.Tensor:
        x = self.members[0].bottom(input_ids, attention_mask, token_type_ids)
        logits = [m.top(x, attention_mask, src_pos, tgt_pos) for m in self.members]
        return torch.stack(logits).mean(dim=0)


def load_pair_classifier(folder: Path, n_labels: int, *, frozen_layers: int = 4, seed: int = 13) -> PairClassifier:
    """The classifier with encoder weights from ``folder`` (config.json + model.safetensors);
    without a weights file the encoder stays random (tiny configs in tests)."""
    torch.manual_seed(seed)
    cfg = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    model = PairClassifier(cfg, n_labels, frozen_layers=min(frozen_layers, cfg["num_hidden_layers"]))
    weights = folder / "model.safetensors"
    if weights.exists():
        from safetensors.torch import load_file

        state = {k.removeprefix("bert."): v for k, v in load_file(str(weights)).items()}
        missing, _unexpected = model.bert.load_state_dict(state, strict=False)
        if missing:
            raise ValueError(f"encoder weights lack {missing[:3]}")
    return model
