"""Short names two countries share ("Congo", "Korea"), read by what the story has named (sentences
written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _sources(evs):
    return [(e.source.text, e.source.country) for e in evs]


def test_congo_is_the_congo_the_story_has_named(coder):
    evs = coder.code("The Congolese army fought the rebels near Goma. Congo asked Angola for help.", date="2024-06-20")
    assert ("Congo", "COD") in _sources(evs)
    evs = coder.code("Brazzaville hosted the summit. Congo asked Angola for help.", date="2024-06-20")
    assert ("Congo", "COG") in _sources(evs)
    # Nothing named before: the tables' reading (ISO's "Congo" is the Republic of the Congo).
    evs = coder.code("Congo asked Angola for help.", date="2024-06-20")
    assert ("Congo", "COG") in _sources(evs)
