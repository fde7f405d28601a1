"""Sector conventions: former office-holders and defence ministries (actors/tables.py, sectors.csv)."""

from __future__ import annotations

from datetime import date

import pytest

from detente.actors.tables import ActorTables


def _tables(tmp_path, rows: str) -> ActorTables:
    path = tmp_path / "people.csv"
    path.write_text("name,aliases,country,sector,role,start,end,source\n" + rows, encoding="utf-8")
    return ActorTables.load(persons=path)


def test_a_person_out_of_office_is_eli_only_after_a_term_has_ended(tmp_path):
    t = _tables(tmp_path, "Olek Varnhagen,,POL,GOV,prime minister,2011-03-01,2014-06-30,invented\n"
                          "Olek Varnhagen,,POL,GOV,prime minister,2019-01-01,,invented\n")
    assert t.person("Olek Varnhagen", date(2012, 5, 1)).sector == "GOV"
    assert t.person("Olek Varnhagen", date(2016, 5, 1)).sector == "ELI"   # between two terms
    assert t.person("Olek Varnhagen", date(2020, 5, 1)).sector == "GOV"   # the open term
    before = t.person("Olek Varnhagen", date(2009, 5, 1))
    assert before.sector is None and before.country == "POL"              # not yet in office


def _source(coder, text, when):
    events = coder.code(text, date=when)
    assert events, text
    return events[0].source


def test_a_former_prime_minister_is_coded_as_an_elite_on_a_later_date(coder):
    text = "Tony Blair criticised the Iranian government on Tuesday."
    assert _source(coder, text, "2004-03-02").sector == "GOV"
    former = _source(coder, text, "2016-03-01")
    assert (former.country, former.sector) == ("GBR", "ELI")


def test_a_defence_minister_gets_one_sector_from_title_and_name(coder):
    titled = _source(coder, "Defence Secretary Ben Wallace criticised Russia.", "2021-06-01")
    named = _source(coder, "Ben Wallace criticised Russia.", "2021-06-01")
    assert titled.sector == named.sector == "GOV"
    assert _source(coder, "The defence ministry accused Iran of smuggling arms.", "2021-06-01").sector == "GOV"
    assert _source(coder, "Russian troops shelled the town of Avdiivka.", "2021-06-01").sector == "MIL"


def test_office_is_read_on_the_day_of_the_act_not_of_the_report(coder):
    past = _source(coder, "Tony Blair met Vladimir Putin at the Kremlin in April 2003.", "2016-03-01")
    now = _source(coder, "Tony Blair met Vladimir Putin at the Kremlin on Tuesday.", "2016-03-01")
    assert (past.sector, now.sector) == ("GOV", "ELI")


def test_a_year_is_read_at_its_middle_so_who_took_office_that_year_holds_it(coder):
    # Zelensky took office in May 2019: on 1 January 2019 he held none.
    actor = _source(coder, "In 2019, Volodymyr Zelensky accused Russia of blocking Ukrainian ports.", "2024-02-01")
    assert (actor.country, actor.sector) == ("UKR", "GOV")


def test_online_platforms_are_firms_of_their_owners_home_country(coder):
    events = coder.code("Russia blocked Instagram and WeChat.", date="2022-03-14")
    targets = {(e.target.country, e.target.sector) for e in events if e.target is not None}
    assert targets == {("USA", "BUS"), ("CHN", "BUS")}


def test_telegram_the_platform_is_matched_with_its_capital_only(coder):
    matcher = coder.matcher
    named = matcher.index(coder.nlp("Russia fined Telegram on Monday."))
    common = matcher.index(coder.nlp("The embassy sent a telegram on Monday."))
    assert any(r.country == "ARE" for m in named.values() for r in m.records)
    assert not any(r.country == "ARE" for m in common.values() for r in m.records)


def test_listed_extremist_groups_are_armed_groups_of_their_home_country(coder):
    event = coder.code("Police arrested two members of the Proud Boys.", date="2021-02-03")[0]
    assert (event.target.country, event.target.sector) == ("USA", "REB")


def test_ice_the_agency_is_matched_in_capitals_only(coder):
    event = coder.code("ICE returned four stolen statues to a museum in Cusco.", date="2023-04-03")[0]
    assert (event.source.country, event.source.sector) == ("USA", "COP")
    common = coder.matcher.index(coder.nlp("The ice on the river broke early."))
    assert not any(r.country == "USA" for m in common.values() for r in m.records)


def test_the_two_ministers_are_the_last_two_ministers_named_not_places_after_them(coder):
    text = ("Peru's Foreign Minister Ana Cecilia Gervasi met Chile's Foreign Minister Antonia Urrejola at a summit in Ecuador. "
            "The two ministers agreed to open consulates in Quito and Bogota.")
    evs = [e for e in coder.code(text, date="2023-04-03") if e.sentence_index == 1 and e.source.text == "The two ministers"]
    assert {e.source.country for e in evs} == {"PER", "CHL"}


def test_the_two_rivals_are_the_countries_named_before_the_phrase(coder):
    text = ("Peru and Chile restored full diplomatic relations on Monday. "
            "The two rivals had backed opposing sides in the war in Ecuador.")
    evs = [e for e in coder.code(text, date="2023-04-03") if e.sentence_index == 1]
    assert evs and {e.source.country for e in evs} == {"PER", "CHL"}


def test_a_dated_office_beats_a_title_in_apposition(coder):
    text = ("Gen. Charles Q. Brown Jr., chairman of the U.S. Joint Chiefs of Staff, held talks with "
            "Gen. Liu Zhenli, chief of the Joint Staff Department of China's Central Military Commission.")
    evs = coder.code(text, date="2023-12-22")
    assert evs and {e.source.code for e in evs} == {"USAMIL", "CHNMIL"}


def test_a_longer_title_beats_its_last_word(coder):
    # "attorney general" is a law officer, not a general; "general" alone is still military.
    assert _source(coder, "The attorney general criticised the ministry.", "2021-06-01").sector == "JUD"
    assert _source(coder, "The solicitor-general criticised the ministry.", "2021-06-01").sector == "JUD"
    assert _source(coder, "The general criticised the ministry.", "2021-06-01").sector == "MIL"


def test_its_forces_belong_to_the_state_the_clause_above_names(coder):
    # The body is the subject of a clause under one whose subject names a country.
    evs = coder.code("Azerbaijan denied the report, and its troops shelled Armenian posts.", date="2023-09-20")
    (src,) = [e.source for e in evs if e.plover == "ASSAULT"]
    assert (src.country, src.sector) == ("AZE", "MIL")
    src = _source(coder, "Peru said its navy had seized a Chilean trawler.", "2023-09-20")
    assert (src.country, src.sector) == ("PER", "MIL")
    # A subject that names no country gives none.
    src = _source(coder, "The rebels said their fighters had shelled the barracks.", "2023-09-20")
    assert src.country is None


def test_the_two_countries_and_both_sides_as_doers_are_the_two_named_before(coder):
    text = "Peru and Chile restored relations on Monday. The two countries signed a fisheries accord."
    evs = [e for e in coder.code(text, date="2023-04-03") if e.sentence_index == 1]
    assert {(e.source.country, e.target.country) for e in evs} == {("PER", "CHL"), ("CHL", "PER")}
    # A thing they agreed to is no party: they agreed with each other.
    text = "Peru met Chile on Monday. Both sides agreed to a ceasefire."
    evs = [e for e in coder.code(text, date="2023-04-03") if e.sentence_index == 1]
    assert {(e.source.country, e.target.country if e.target else None) for e in evs} == {("PER", "CHL"), ("CHL", "PER")}
    # "each other's": each did it to the other, whatever the act; what they backed is no party.
    text = "Peru and Chile met in May. The two countries later expelled each other's envoys."
    evs = [e for e in coder.code(text, date="2023-04-03") if e.sentence_index == 1 and e.plover == "SANCTION"]
    assert {(e.source.country, e.target.country) for e in evs} == {("PER", "CHL"), ("CHL", "PER")}
    text = "Peru and Chile met in May. The two rivals have backed opposing factions in Ecuador."
    evs = [e for e in coder.code(text, date="2023-04-03") if e.sentence_index == 1]
    assert not any(e.target is not None and e.target.country in ("PER", "CHL") for e in evs)
    # With no two named before, the phrase names nobody: no event.
    assert coder.code("The two countries signed a fisheries accord.", date="2023-04-03") == []


def test_the_two_and_they_are_the_pair_that_last_acted_together(coder):
    # A go-between named since does not break the pair.
    text = ("Peru and Chile agreed on Friday to restore relations, in a deal brokered by Brazil. "
            "Brazil's foreign minister watched as the envoys signed the accord. "
            "The two countries pledged to reopen their embassies.")
    evs = [e for e in coder.code(text, date="2023-04-03") if e.sentence_index == 2]
    assert evs and {e.source.country for e in evs} == {"PER", "CHL"}
    # "They" after an act the two did together: the two, to each other.
    text = "Peru held talks with Chile on Monday. They agreed to meet again in May."
    evs = [e for e in coder.code(text, date="2023-04-03") if e.sentence_index == 1]
    assert {(e.source.country, e.target.country if e.target else None) for e in evs} == {("PER", "CHL"), ("CHL", "PER")}
    # After someone acting alone, "they" is nobody we can name.
    text = "Peru expelled a Chilean diplomat on Monday. They agreed to meet again in May."
    evs = [e for e in coder.code(text, date="2023-04-03") if e.sentence_index == 1]
    assert evs and not any(e.source.country for e in evs)


def test_the_two_countries_as_a_target_are_not_the_doer_itself(coder):
    text = "Peru and Chile held talks in Lima. Peru told Chile that the two countries should be partners."
    evs = [e for e in coder.code(text, date="2023-04-03") if e.sentence_index == 1 and e.target is not None]
    assert evs and not any(e.source.country == e.target.country for e in evs)


def test_public_before_a_noun_is_no_civilian(coder):
    evs = coder.code("Opposition parties demanded a public inquiry into the deal.", date="2023-04-03")
    assert evs and not any(e.target is not None and e.target.sector == "CVL" for e in evs)
    evs = coder.code("The interior minister warned the public.", date="2023-04-03")
    assert any(e.target is not None and e.target.sector == "CVL" for e in evs)


def test_a_state_body_in_a_story_about_one_country_is_that_countrys(coder):
    def bodies(text):
        return {(e.source.text, e.source.country) for e in coder.code(text, date="2023-04-03")
                if e.source.sector in ("GOV", "COP")}

    got = bodies("Peru's interior minister arrived in Cusco on Monday. The government condemned the protests.")
    assert ("The government", "PER") in got
    # A dateline names the story's country too; a sentence naming only places in it keeps it.
    got = bodies("Lima: Police detained 12 protesters on Monday. Later the government released them.")
    assert ("Police", "PER") in got and ("the government", "PER") in got
    # Two countries named: whose government it is is not for us to guess.
    got = bodies("Chile's president met Peru's president on Monday. The government condemned the protests.")
    assert ("The government", None) in got
    # A body met before any country was named is of a country the story has not named.
    got = bodies("The government blamed the unrest on Bolivia. Later the police detained 12 protesters.")
    assert got == {("The government", None), ("the police", None)}


def test_all_three_countries_are_the_three_named_before_other_than_the_doer(coder):
    text = ("Chile, Bolivia and Ecuador closed their borders to Peruvian trucks. "
            "Peru filed complaints against all three countries on Monday.")
    evs = [e for e in coder.code(text, date="2023-04-03") if e.sentence_index == 1]
    assert {(e.source.country, e.target.country) for e in evs} == {("PER", "CHL"), ("PER", "BOL"), ("PER", "ECU")}
    # With no three named before, the phrase names nobody.
    evs = coder.code("Peru filed complaints against all three countries.", date="2023-04-03")
    assert not any(e.target and e.target.country for e in evs)


def test_the_congress_in_a_story_about_india_is_its_party(coder):
    def congress(text):
        return [(e.source.country, e.source.sector) for e in coder.code(text, date="2023-04-03")
                if "Congress" in e.source.text or "congress" in e.source.text]

    assert congress("Mumbai: India's home minister toured the city on Monday. The Congress demanded "
                    "an inquiry into the riots.") == [("IND", "PTY")]
    # Elsewhere Congress is the US legislature.
    assert congress("Washington's envoy left for Ottawa. The Congress demanded an inquiry into the sale.") == [("USA", "LEG")]


def test_a_story_sense_row_without_its_story_country_is_an_error_naming_the_row(tmp_path):
    from detente.errors import DataError

    (tmp_path / "story_senses.csv").write_text(
        "text,story_country,country,sector,name\nCongress,IND,IND,PTY,Indian National Congress\n"
        "Assembly,,IND,LEG,\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"DT303.*story_senses.csv row 3"):
        ActorTables.load(tmp_path)
    (tmp_path / "story_senses.csv").write_text(
        "text,story_country,country,sector,name\nCongress,IND,IND,PTY,Indian National Congress\n", encoding="utf-8")
    assert ActorTables.load(tmp_path).story_senses_of("the Congress")["IND"].sector == "PTY"
