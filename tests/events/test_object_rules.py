"""Objects the small parser hangs in the wrong place (sentences written for these tests): the one
called when the parser makes them an object predicate and a purpose clause follows; the people
freed when a phrase of manner ("on bail") comes between verb and object."""

from __future__ import annotations

import pytest

from event_match import found, found_codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, source, target", [
    ("The Pakistani prime minister called Iranian President Masoud Pezeshkian to convey Pakistan's condolences over the helicopter crash.",
     "PAK", "IRN"),
    ("Scholz called Zelensky to offer Germany's support.", "DEU", "UKR"),
])
def test_the_one_called_is_the_calls_target_not_the_purposes_object(coder, text, source, target):
    evs = coder.code(text, date="2024-05-20")
    assert found_codes(evs, source, target, plover="CONSULT")
    assert not any(e.plover == "CONSULT" and e.target is not None and e.target.country == source for e in evs)


def test_a_naming_keeps_its_own_target(coder):
    # "what he called X's terror": the thing named after "called" is what the accusation is aimed at
    evs = coder.code("He blamed Belgrade for what he called Vucic's campaign of terror.", date="2024-05-20")
    assert any(e.plover == "ACCUSE" and e.target is not None and e.target.country == "SRB" for e in evs)


def test_freed_on_bail_frees_the_people_after_it(coder):
    evs = coder.code("A court in Harare freed on bail three opposition activists accused of holding an unlawful gathering.",
                     date="2024-05-20")
    assert found(evs, "A court", "three opposition activists")
    assert not any(e.target is not None and e.target.text == "bail" for e in evs)
