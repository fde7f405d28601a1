"""Marker insertion and featurisation (no model, no torch)."""

from __future__ import annotations

import pytest

from detente.errors import DetenteError
from detente.learn.features import NO_HINT, Featurizer, PairInput, hint_text, mark
from detente.learn.model import default_model_dir

TEXT = "China accused Canada of spying."


def test_mark_wraps_source_and_target():
    marked, s_at, t_at = mark(TEXT, (0, 5), (14, 20))
    assert marked == "@ China @ accused # Canada # of spying."
    assert marked[s_at] == "@" and marked[t_at] == "#"
    assert marked[t_at:].startswith("# Canada")


def test_mark_target_first_and_nested_spans():
    marked, s_at, t_at = mark(TEXT, (14, 20), (0, 5))
    assert marked == "# China # accused @ Canada @ of spying."
    assert (s_at, t_at) == (18, 0)
    # Target inside the source: the inner pair of markers closes first.
    marked, _, _ = mark(TEXT, (0, 20), (14, 20))
    assert marked == "@ China accused # Canada # @ of spying."


@pytest.mark.parametrize("span", [(5, 5), (-1, 3), (10, 99)])
def test_mark_rejects_bad_spans(span):
    with pytest.raises(DetenteError, match="DT103"):
        mark(TEXT, span, (14, 20))


def test_hint_text():
    assert hint_text("ACCUSE", "Accused") == "accuse accused"
    assert hint_text(None, "x") == NO_HINT
    assert hint_text("AGREE", None) == "agree"


@pytest.fixture(scope="module")
def featurizer():
    tok = default_model_dir() / "tokenizer.json"
    if not tok.exists():
        pytest.skip("no shipped tokenizer in this install")
    return Featurizer(tok, max_len=32)


def test_encode_points_at_the_markers(featurizer):
    enc = featurizer.encode([PairInput(TEXT, (0, 5), (14, 20), "accuse accused"),
                             PairInput("Talks.", (0, 5), (0, 5))])
    ids = enc.input_ids[0]
    assert ids[0] == featurizer.cls_id
    assert featurizer.tok.id_to_token(ids[enc.src_pos[0]]) == "@"
    assert featurizer.tok.id_to_token(ids[enc.tgt_pos[0]]) == "#"
    # padded to one width, with the mask telling real tokens; the hint is segment 1
    assert len(enc.input_ids[0]) == len(enc.input_ids[1]) == len(enc.attention_mask[1])
    assert sum(enc.attention_mask[1]) < len(enc.attention_mask[1])
    assert enc.token_type_ids[0][-1] == 1 and enc.token_type_ids[0][1] == 0


def test_long_text_keeps_both_markers_inside_the_window(featurizer):
    filler = "and then nothing much happened " * 20
    text = filler + "Russia attacked Ukraine " + filler
    s = text.index("Russia")
    t = text.index("Ukraine")
    enc = featurizer.encode([PairInput(text, (s, s + 6), (t, t + 7), "assault attacked")])
    ids = enc.input_ids[0]
    assert len(ids) <= 32
    assert featurizer.tok.id_to_token(ids[enc.src_pos[0]]) == "@"
    assert featurizer.tok.id_to_token(ids[enc.tgt_pos[0]]) == "#"
