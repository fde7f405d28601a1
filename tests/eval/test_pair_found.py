"""End-to-end pair matching: by mention (spans overlap) and by name (another mention of the same
name in the sentence). Events are stand-ins with spans, as ``Coder.code`` returns them."""

from __future__ import annotations

from types import SimpleNamespace as NS

from detente.eval import pair_found

TEXT = "Britain cut its aid to Ruritania because of the fighting in Ruritania."


def span(text: str, nth: int = 0) -> NS:
    at = -1
    for _ in range(nth + 1):
        at = TEXT.index(text, at + 1)
    return NS(text=text, start=at, end=at + len(text))


def gold(text: str, nth: int = 0) -> dict[str, int]:
    s = span(text, nth)
    return {"start": s.start, "end": s.end}


def test_the_same_mentions_match_both_ways():
    ev = NS(source=span("Britain"), target=span("Ruritania"), plover="SANCTION")
    assert pair_found([ev], TEXT, gold("Britain"), gold("Ruritania"), "SANCTION") == (True, True)


def test_another_mention_of_the_name_matches_by_name_only():
    ev = NS(source=span("Britain"), target=span("Ruritania"), plover="SANCTION")
    assert pair_found([ev], TEXT, gold("Britain"), gold("Ruritania", 1), "SANCTION") == (False, True)


def test_a_wrong_type_or_another_name_is_no_match():
    ev = NS(source=span("Britain"), target=span("Ruritania"), plover="ASSAULT")
    assert pair_found([ev], TEXT, gold("Britain"), gold("Ruritania", 1), "SANCTION") == (False, False)
    ev = NS(source=span("Britain"), target=span("the fighting"), plover="SANCTION")
    assert pair_found([ev], TEXT, gold("Britain"), gold("Ruritania", 1), "SANCTION") == (False, False)
    assert pair_found([NS(source=span("Britain"), target=None, plover="SANCTION")], TEXT, gold("Britain"),
                      gold("Ruritania"), "SANCTION") == (False, False)
