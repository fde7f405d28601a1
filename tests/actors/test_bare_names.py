"""Bare names news uses alone for office-holders ("Putin said"): surnames.csv (sentences written
for these tests)."""

from __future__ import annotations

import pytest

from detente.actors.tables import ActorTables
from detente.errors import DataError


def _codes(evs):
    return {(e.source.text, e.source.code, e.target.text if e.target else None, e.target.code if e.target else None)
            for e in evs}


@pytest.mark.slow
def test_a_bare_name_of_a_listed_office_holder_is_that_person(coder):
    evs = coder.code("Lukashenko met Tokayev in Minsk.", date="2023-06-12")
    assert ("Lukashenko", "BLRGOV", "Tokayev", "KAZGOV") in _codes(evs)
    # The office is read on the date, as for the full name: after the last term, a former leader.
    evs = coder.code("Sarkozy criticised Hollande.", date="2023-06-12")
    assert ("Sarkozy", "FRAELI", "Hollande", "FRAELI") in _codes(evs)
    # Written with or without its accents.
    evs = coder.code("Erdogan criticised Orbán.", date="2023-06-12")
    assert ("Erdogan", "TURGOV", "Orbán", "HUNGOV") in _codes(evs)


@pytest.mark.slow
def test_a_bare_name_is_matched_only_capitalised(coder):
    # Lower-cased text (as some scraped news is) gives no clue that a word is a name.
    evs = coder.code("bush fires spread near the town after the tusk of an elephant was found.", date="2003-06-12")
    assert not any(e.source.country == "USA" or e.target and e.target.country in ("USA", "POL") for e in evs)


def test_a_bare_name_must_name_someone_in_the_person_table(tmp_path):
    (tmp_path / "persons.csv").write_text(
        "name,aliases,country,sector,role,start,end,source\nPaula Ruiz,,PER,GOV,president,2020-01-01,,ours\n",
        encoding="utf-8")
    (tmp_path / "surnames.csv").write_text("surname,name\nRuiz,Paula Ruiz\nGomez,Paula Gomez\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"DT304.*surnames.csv row 3.*Paula Gomez"):
        ActorTables.load(tmp_path)
    (tmp_path / "surnames.csv").write_text("surname,name\nRuiz,Paula Ruiz\n", encoding="utf-8")
    tables = ActorTables.load(tmp_path)
    (rec,) = tables.get("Ruiz")
    assert (rec.country, rec.name, rec.case_sensitive) == ("PER", "Paula Ruiz", True)


@pytest.mark.slow
def test_a_person_no_table_names_is_of_the_body_they_work_at(coder):
    evs = coder.code("Lima declared Ana Quispe, who worked at the Chilean embassy in Lima, persona non grata.",
                     date="2023-05-10")
    assert [(e.cameo, e.target.text, e.target.country) for e in evs] == [("161", "Ana Quispe", "CHL")]
