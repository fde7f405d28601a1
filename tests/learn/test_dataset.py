"""Training rows drawn from the lexicon's other pairs: the pair that is not the gold one in a
gold sentence, and pairs from sentences holding events of several types."""

from __future__ import annotations

from detente.learn.dataset import multi_pair_rows, other_pair_rows
from detente.learn.features import NO_HINT

SENT = "Ukraine condemned Russia after Russian troops shelled Kharkiv."


def _span(text, word):
    i = text.index(word)
    return (i, i + len(word))


def test_other_pairs_of_a_gold_sentence(coder):
    gold = {"id": "g-1", "group": "plv", "text": SENT, "source": _span(SENT, "Ukraine"),
            "target": _span(SENT, "Russia"), "label": "ACCUSE", "weight": 1.0}
    rows = other_pair_rows(coder, [gold])
    got = {(SENT[slice(*r["source"])], SENT[slice(*r["target"])]): r for r in rows}
    assert ("Russian troops", "Kharkiv") in got
    row = got[("Russian troops", "Kharkiv")]
    assert row["label"] == "ASSAULT" and row["parent"] == "g-1" and row["group"] == "plv_other"
    assert row["hint"] == NO_HINT and row["weight"] < 1.0
    # never the gold pair itself, nor a pair sharing an actor in the same role
    assert all(r["source"] != gold["source"] and r["target"] != gold["target"] for r in rows)


def test_multi_pairs_only_from_sentences_with_several_types(coder):
    records = [{"id": "s-1", "text": SENT + " Chile sent food aid to Peru."}, {"id": "s-2"}]
    warnings = []
    rows = multi_pair_rows(coder, records, warn=warnings.append)
    assert rows and {r["text"] for r in rows} == {SENT}
    assert {r["label"] for r in rows} >= {"ACCUSE", "ASSAULT"}
    assert all(r["group"] == "multi" and r["hint"] == NO_HINT for r in rows)
    assert len(warnings) == 1 and "synthetic:" in warnings[0]
    assert len(multi_pair_rows(coder, records, limit=1, warn=warnings.append)) >= 1
