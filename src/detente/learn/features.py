"""Featurisation: a sentence with its source and target marked, plus the lexicon's hint.

The classifier reads ``[CLS] sentence-with-markers [SEP] hint [SEP]`` where the source is
wrapped in ``@ ... @`` and the target in ``# ... #`` (punctuation markers, as in Zhou and Chen's
"typed entity marker (punct)" baseline for relation extraction: no new vocabulary needed), and
the hint names the PLOVER type and trigger word the lexicon found for the pair ("accuse
condemned"), or "none". The encoder pools the [CLS] vector and the first token of each marker.

Everything here runs without torch: the same code builds training and run-time inputs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import DetenteError, Errors

SRC_MARK = "@"
TGT_MARK = "#"
NO_HINT = "none"
MAX_LEN = 128


@dataclass(frozen=True)
class PairInput:
    """One sentence with a marked pair (character offsets) and the lexicon's hint."""

    text: str
    source: tuple[int, int]
    target: tuple[int, int]
    hint: str = NO_HINT


@dataclass
class Encoded:
    """Token ids of a batch, padded, with the positions the classifier pools."""

    input_ids: list[list[int]]
    attention_mask: list[list[int]]
    token_type_ids: list[list[int]]
    src_pos: list[int]
    tgt_pos: list[int]


def check_spans(text: str, source: tuple[int, int], target: tuple[int, int]) -> None:
    for s, e in (source, target):
        if not (0 <= s < e <= len(text)):
            raise DetenteError(Errors.DT103.format(span=(s, e), length=len(text)))


def mark(text: str, source: tuple[int, int], target: tuple[int, int]) -> tuple[str, int, int]:
    """The text with ``@ source @`` and ``# target #`` inserted; returns it and the character
    offsets of the opening source and target markers. Overlapping spans (one inside the other)
    are marked both, the inner one inside the outer one."""
    check_spans(text, source, target)
    inserts: list[tuple[int, int, str]] = []  # (offset, order, string)
    # At equal offsets: closings before openings; the outer span opens first and closes last.
    s_len, t_len = source[1] - source[0], target[1] - target[0]
    s_outer = s_len >= t_len
    inserts.append((source[0], 1 if s_outer else 2, f"{SRC_MARK} "))
    inserts.append((target[0], 2 if s_outer else 1, f"{TGT_MARK} "))
    inserts.append((source[1], -1 if s_outer else -2, f" {SRC_MARK}"))
    inserts.append((target[1], -2 if s_outer else -1, f" {TGT_MARK}"))
    out: list[str] = []
    last = length = 0
    pos: dict[str, int] = {}
    for at, _order, piece in sorted(inserts, key=lambda x: (x[0], x[1])):
        out.append(text[last:at])
        length += at - last
        if piece.endswith(" "):  # an opening marker starts here
            pos[piece.strip()] = length
        out.append(piece)
        length += len(piece)
        last = at
    out.append(text[last:])
    return "".join(out), pos[SRC_MARK], pos[TGT_MARK]


def hint_text(plover: str | None, trigger: str | None) -> str:
    """What the lexicon said about the pair, as words the encoder can read."""
    if not plover:
        return NO_HINT
    return f"{plover.lower()} {trigger.lower()}" if trigger else plover.lower()


class Featurizer:
    """Turns ``PairInput`` records into padded token ids with a ``tokenizers`` WordPiece tokenizer."""

    def __init__(self, tokenizer_file: str | Path, *, max_len: int = MAX_LEN) -> None:
        from tokenizers import Tokenizer

        path = Path(tokenizer_file)
        if not path.exists():
            raise DetenteError(Errors.DT901.format(path=path))
        self.tok = Tokenizer.from_file(str(path))
        self.tok.no_truncation()
        self.tok.no_padding()
        self.max_len = max_len
        self.cls_id = self.tok.token_to_id("[CLS]")
        self.sep_id = self.tok.token_to_id("[SEP]")
        self.pad_id = self.tok.token_to_id("[PAD]") or 0

    def encode(self, items: list[PairInput]) -> Encoded:
        rows: list[tuple[list[int], list[int], int, int]] = []
        for it in items:
            marked, s_at, t_at = mark(it.text, it.source, it.target)
            enc = self.tok.encode(marked, add_special_tokens=False)
            hint = self.tok.encode(it.hint or NO_HINT, add_special_tokens=False).ids[:16]
            ids, offs = list(enc.ids), list(enc.offsets)
            s_tok = _token_at(offs, s_at)
            t_tok = _token_at(offs, t_at)
            room = self.max_len - len(hint) - 3
            if len(ids) > room:
                # Keep a window holding both markers, centred on them.
                lo_need, hi_need = min(s_tok, t_tok), max(s_tok, t_tok)
                start = max(0, min(lo_need - (room - (hi_need - lo_need)) // 2, len(ids) - room))
                if hi_need - start >= room:
                    start = max(0, hi_need - room + 1)
                ids = ids[start:start + room]
                s_tok, t_tok = s_tok - start, t_tok - start
                s_tok = min(max(s_tok, 0), len(ids) - 1)
                t_tok = min(max(t_tok, 0), len(ids) - 1)
            full = [self.cls_id] + ids + [self.sep_id] + hint + [self.sep_id]
            types = [0] * (len(ids) + 2) + [1] * (len(hint) + 1)
            rows.append((full, types, s_tok + 1, t_tok + 1))
        width = max(len(r[0]) for r in rows) if rows else 1
        return Encoded(
            input_ids=[r[0] + [self.pad_id] * (width - len(r[0])) for r in rows],
            attention_mask=[[1] * len(r[0]) + [0] * (width - len(r[0])) for r in rows],
            token_type_ids=[r[1] + [0] * (width - len(r[1])) for r in rows],
            src_pos=[r[2] for r in rows],
            tgt_pos=[r[3] for r in rows],
        )


def _token_at(offsets: list[tuple[int, int]], char: int) -> int:
    for i, (a, b) in enumerate(offsets):
        if a <= char < b or a >= char:
            return i
    return max(0, len(offsets) - 1)

