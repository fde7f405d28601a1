"""Short names two countries share ("Congo", "Korea"), read by what the story has named (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from detente.actors.tables import ActorTables
from detente.errors import DataError

pytestmark = pytest.mark.slow


def _sources(evs):
    return [(e.source.text, e.source.country) for e in evs]


def test_congo_is_the_congo_the_story_has_named(coder):
    evs = coder.code("The Congolese army fought the rebels near Goma. Congo asked Angola for help.", date="2024-06-20")
    assert ("Congo", "COD") in _sources(evs)
    evs = coder.code("Brazzaville hosted the summit. Congo asked Angola for help.", date="2024-06-20")
    assert ("Congo", "COG") in _sources(evs)


def test_a_short_name_alone_is_the_one_news_means(coder):
    # Nothing named before: news style's "Congo" is the Democratic Republic, "Korea" the South.
    evs = coder.code("Congo asked Angola for help.", date="2024-06-20")
    assert ("Congo", "COD") in _sources(evs)
    evs = coder.code("Korea protested to Japan over the textbooks.", date="2024-06-20")
    assert ("Korea", "KOR") in _sources(evs)
    # Both named before: still the default, not a guess between them.
    evs = coder.code("Brazzaville and Kinshasa traded shots across the river. Congo asked Angola for help.",
                     date="2024-06-20")
    assert ("Congo", "COD") in _sources(evs)


def test_a_short_name_row_needs_two_codes(tmp_path):
    (tmp_path / "short_names.csv").write_text("text,country,other\nCongo,COD,COG\nGuinea,GIN,\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"DT305.*short_names.csv row 3"):
        ActorTables.load(tmp_path)


def test_the_two_koreas_are_both(coder):
    evs = coder.code("The two Koreas exchanged fire along their sea border.", date="2024-06-20")
    assert {(e.source.country, e.target.country) for e in evs} == {("KOR", "PRK"), ("PRK", "KOR")}
