"""The learned target ranker (events/ranking.py; training in learn/targets.py): its choice rule,
its file, what it may and may not change in ``Coder.code`` (sentences written for these tests)."""

from __future__ import annotations

import json

import pytest

from detente import Coder
from detente.errors import DetenteError
from detente.events.ranking import FEATURES_VERSION, TargetRanker, candidates, features, load_ranker


def _ranker(**kw):
    return TargetRanker({"ent=GPE": 4.0, "after": 0.5}, -2.0, **kw)


def test_choose_keeps_the_rules_target_unless_another_phrase_is_clearly_better():
    r = _ranker(margin=0.2)
    # (probability, is the rules' current target)
    assert r.choose([(0.5, True), (0.6, False)], has_target=True, current_coded=False) is None
    assert r.choose([(0.3, True), (0.6, False)], has_target=True, current_coded=False) == 1
    # a coded target is never replaced, however the phrases score
    assert r.choose([(0.1, True), (0.99, False)], has_target=True, current_coded=True) is None


def test_choose_fills_an_empty_target_only_above_the_threshold():
    r = _ranker(threshold=0.5)
    assert r.choose([(0.4, False), (0.45, False)], has_target=False, current_coded=False) is None
    assert r.choose([(0.4, False), (0.7, False)], has_target=False, current_coded=False) == 1
    assert r.choose([], has_target=False, current_coded=False) is None


def test_score_is_a_logistic_of_the_weights():
    r = _ranker()
    assert r.score({}) == pytest.approx(1 / (1 + 2.718281828 ** 2), rel=1e-6)
    assert r.score({"ent=GPE": 1.0, "after": 1.0}) > 0.9
    assert r.score({"ent=GPE": 0.0}) == r.score({})  # a feature that is off counts nothing


def test_a_ranker_file_round_trips_and_a_bad_one_is_named(tmp_path):
    good = tmp_path / "model.json"
    good.write_text(json.dumps(_ranker(margin=0.3).to_json()), encoding="utf-8")
    back = TargetRanker.load(tmp_path)  # a folder means its model.json
    assert back.weights == {"after": 0.5, "ent=GPE": 4.0} and back.bias == -2.0 and back.margin == 0.3
    old = tmp_path / "old.json"
    old.write_text(json.dumps({**_ranker().to_json(), "features_version": FEATURES_VERSION + 1}), encoding="utf-8")
    with pytest.raises(DetenteError, match="DT908.*old.json.*features version"):
        TargetRanker.load(old)
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(DetenteError, match="DT908.*broken.json"):
        TargetRanker.load(broken)
    assert load_ranker(None) is None


def test_the_shipped_ranker_loads_with_its_cross_validation():
    r = load_ranker("default")
    assert r is not None and len(r.weights) > 100
    assert 0.0 < r.margin < 1.0 and 0.0 < r.threshold < 1.0



@pytest.fixture(scope="module")
def gpe_coder(tmp_path_factory):
    """A coder whose ranker likes any place name after the trigger: what the rules around the
    ranker let it do shows plainly."""
    folder = tmp_path_factory.mktemp("ranker")
    (folder / "model.json").write_text(json.dumps(_ranker().to_json()), encoding="utf-8")
    return Coder(ranker=folder)


@pytest.mark.slow
def test_candidates_are_the_noun_phrases_outside_the_source(coder):
    doc = coder.nlp("Kenya's foreign ministry gave five million dollars for shelters for flood victims in Somalia.")
    sent = next(doc.sents)
    src = doc[0].idx, doc[3].idx + len(doc[3].text)  # "Kenya's foreign ministry"
    texts = {doc.text[c.start:c.end] for c in candidates(sent, src)}
    assert "Somalia" in texts and "flood victims" in texts
    assert not any(t.startswith("Kenya") or "ministry" in t for t in texts)


@pytest.mark.slow
def test_features_describe_the_path_from_the_trigger(coder):
    doc = coder.nlp("The ministry sent medics and drugs to help Afghanistan.")
    sent_trig, afg = doc[2], doc[8]
    fs = features(sent_trig, afg, cameo="073", plover="AID", rule="verb-active", current=False,
                  has_target=False, current_coded=False, coded=True)
    assert fs["after"] == 1.0 and fs["coded"] == 1.0 and fs["curnone"] == 1.0 and fs["ent=GPE"] == 1.0
    assert any(k.startswith("path=") and k.endswith("dobj") for k in fs)  # down through "help" to its object


@pytest.mark.slow
def test_an_event_without_a_target_is_aimed_by_the_ranker(gpe_coder):
    text = "Kenya's foreign ministry gave five million dollars for shelters for those displaced by floods in Somalia."
    assert not any(e.target is not None and e.target.country == "SOM" for e in Coder(ranker=None).code(text))
    got = [e for e in gpe_coder.code(text) if e.cameo.startswith("07")]
    assert got and got[0].target.country == "SOM"
    assert ":ranked-target:" in got[0].coder and got[0].confidence < 0.6  # said, and trusted less


@pytest.mark.slow
def test_what_the_ranker_may_not_change(gpe_coder):
    # a coded target stays, whatever the ranker thinks of "Turkey"
    evs = gpe_coder.code("Chad expelled the French ambassador after talks in Turkey.")
    assert any(e.cameo == "161" and e.target is not None and e.target.country == "FRA" for e in evs)
    # a statement is aimed at no one
    evs = gpe_coder.code("Kenya said the talks in Somalia had gone well.")
    assert not any(e.cameo.startswith("01") and e.target is not None for e in evs)
    # nor is an act aimed at the doer's own state
    evs = gpe_coder.code("Kenya's government gave five million dollars for shelters in Kenya.")
    assert not any(":ranked-target:" in e.coder for e in evs)


@pytest.mark.slow
def test_the_ranker_aims_no_act_at_where_it_happened_or_at_who_reported_it(gpe_coder):
    # gpe_coder's ranker likes every place name; the places here are where, or who told of it
    for text in ("Greek farmers staged a march in Madrid on Tuesday.",
                 "Greek farmers staged a march on Tuesday, according to Spain's interior ministry.",
                 "Greek farmers began a hunger strike on Tuesday, Spain's interior ministry said."):
        evs = gpe_coder.code(text)
        assert evs and not any(":ranked-target:" in e.coder for e in evs), text


@pytest.mark.slow
def test_a_place_of_the_act_is_out_of_reach_unless_the_act_is_one_of_force(coder):
    from detente.events.grammar import grammar
    from detente.events.ranking import out_of_reach

    doc = coder.nlp("Turkish jets struck depots in Syria on Monday, as the minister of Iraq said.")
    struck, syria, iraq = doc[2], doc[5], doc[13]
    assert (struck.text, syria.text, iraq.text) == ("struck", "Syria", "Iraq")
    assert not out_of_reach(struck, syria, None, root="19", grammar=grammar())  # an air strike in Syria hits Syria
    assert out_of_reach(struck, syria, None, root="14", grammar=grammar())  # a protest in Syria is not at Syria
    assert out_of_reach(struck, iraq, None, root="19", grammar=grammar())  # who said so ("the minister of Iraq")
    doc = coder.nlp("Greek farmers led a march of tens of thousands to Athens.")
    march, thousands = doc[4], doc[8]
    assert (march.text, thousands.text) == ("march", "thousands")
    assert out_of_reach(march, thousands, None, root="141", grammar=grammar())  # those who marched
    assert not out_of_reach(march, doc[10], None, root="141", grammar=grammar())  # where it went may be aimed at


@pytest.mark.slow
def test_the_ranker_aims_no_act_at_a_companion_or_at_the_doers_own_state(gpe_coder):
    # "along with", "together with", "alongside": they did it too; "like": compared
    for text in ("Kenya, along with Uganda, gave five million dollars for shelters.",
                 "Kenya gave five million dollars for shelters, along with Uganda.",
                 "Kenya together with Uganda gave five million dollars for shelters.",
                 "Kenya gave five million dollars for shelters, like Uganda."):
        evs = gpe_coder.code(text)
        assert evs and not any(":ranked-target:" in e.coder for e in evs), text
    # a state's capital stands for its own government: no target of the state ("China ... Beijing")
    evs = gpe_coder.code("Kenya gave five million dollars for shelters built by Nairobi.")
    assert evs and not any(":ranked-target:" in e.coder for e in evs)
    # another state's capital may be aimed at
    evs = gpe_coder.code("Kenya gave five million dollars for shelters built by Kampala.")
    assert any(":ranked-target:" in e.coder and e.target.country == "UGA" for e in evs)


@pytest.mark.slow
def test_an_act_or_the_parties_of_each_other_are_out_of_reach(coder):
    from detente.events.grammar import grammar
    from detente.events.ranking import out_of_reach
    from detente.types import Actor

    doc = coder.nlp("Azerbaijan launched a military offensive in the breakaway region.")
    launched, offensive = doc[1], doc[4]
    assert (launched.text, offensive.text) == ("launched", "offensive")
    mil = Actor(text="a military offensive", start=0, end=0, code="MIL", sector="MIL")
    act = coder._act_noun
    assert out_of_reach(launched, offensive, mil, root="19", grammar=grammar(), act_noun=act)
    assert not out_of_reach(launched, offensive, mil, root="19", grammar=grammar())  # without the lexicon's word
    doc = coder.nlp("The two neighbours expelled each other's diplomats in May.")
    assert out_of_reach(doc[3], doc[7], None, root="16", grammar=grammar(), act_noun=act)
    doc = coder.nlp("The two neighbours expelled the other side's diplomats in May.")
    assert not out_of_reach(doc[3], doc[8], None, root="16", grammar=grammar(), act_noun=act)
