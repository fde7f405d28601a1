from detente.eval.metrics import confusion, macro_f1


def test_macro_f1_perfect_and_wrong():
    assert macro_f1(["A", "B"], ["A", "B"], ["A", "B"]) == 1.0
    assert macro_f1(["A", "B"], ["B", "A"], ["A", "B"]) == 0.0


def test_macro_f1_averages_over_labels():
    # A: p=1/2 r=1 f=2/3 ; B: p=0 r=0 f=0 ; C: p=1 r=1 f=1
    gold = ["A", "B", "C"]
    pred = ["A", "A", "C"]
    assert abs(macro_f1(gold, pred, ["A", "B", "C"]) - (2 / 3 + 0 + 1) / 3) < 1e-9


def test_confusion_counts():
    assert confusion(["A", "A", "B"], ["A", "B", "B"], ["A", "B"]) == {"A": {"A": 1, "B": 1}, "B": {"B": 1}}
