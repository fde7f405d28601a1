"""Rows and ids: content hashes ignore layout, ids come from content, keys group reciprocal pairs."""

from __future__ import annotations

from store_helpers import event

from detente.store import content_hash
from detente.store.rows import Prepared, as_article, cluster_key, prepare
from detente.types import Article


def test_content_hash_ignores_whitespace_and_unicode_form():
    assert content_hash("Canada  expelled\na diplomat. ") == content_hash("Canada expelled a diplomat.")
    assert content_hash("Caf\u00e9") == content_hash("Cafe\u0301")  # NFC
    assert content_hash("Canada expelled a diplomat.") != content_hash("Canada expelled two diplomats.")


def test_event_ids_depend_on_content_not_on_article_id_or_order():
    text = "Canada expelled a Chinese diplomat. China expelled a Canadian consul."
    e1 = event(text, ("Canada", "CAN"), ("a Chinese diplomat", "CHNGOV"), "161", "2023-05-08")
    e2 = event(text, ("China", "CHN"), ("a Canadian consul", "CANGOV"), "161", "2023-05-09", sentence_index=1)
    a = prepare(Article(id="first", text=text), [e1, e2])
    b = prepare(Article(id="second", text=text), [e2, e1])
    assert {e["event_id"] for e in a.events} == {e["event_id"] for e in b.events}
    assert len({e["event_id"] for e in a.events}) == 2


def test_identical_events_in_one_article_get_distinct_ids():
    text = "Canada expelled a Chinese diplomat."
    e = event(text, ("Canada", "CAN"), ("a Chinese diplomat", "CHNGOV"), "161", "2023-05-08")
    p = prepare(Article(id="x", text=text), [e, dict(e)])
    assert len({r["event_id"] for r in p.events}) == 2


def test_cluster_key_directed_reciprocal_and_factual():
    text = "Wang and Joly held talks."
    fwd = event(text, ("Wang", "CHNGOV"), ("Joly", "CANGOV"), "040", "2024-01-11", reciprocal=True)
    back = event(text, ("Joly", "CANGOV"), ("Wang", "CHNGOV"), "040", "2024-01-11", reciprocal=True)
    rows = prepare(Article(id="x", text=text), [fwd, back]).events
    assert rows[0]["cluster_key"] == rows[1]["cluster_key"] == "CAN<>CHN|04|f"
    directed = prepare(Article(id="y", text=text),
                       [event(text, ("Wang", "CHNGOV"), ("Joly", "CANGOV"), "040", "2024-01-11")]).events[0]
    assert directed["cluster_key"] == "CHN>CAN|04|f"
    denied = prepare(Article(id="z", text=text),
                     [event(text, ("Wang", "CHNGOV"), ("Joly", "CANGOV"), "040", "2024-01-11", negated=True)]).events[0]
    assert denied["cluster_key"] == "CHN>CAN|04|n" and denied["factual"] is False


def test_actor_without_country_keys_on_code_then_words():
    text = "NATO warned the rebels."
    row = prepare(Article(id="x", text=text), [event(text, ("NATO", "IGONAT"), ("the rebels", None), "130", None)]).events[0]
    assert row["cluster_key"] == cluster_key(row) == "IGONAT>~the rebels|13|f"


def test_offsets_stay_in_article_text_and_sentence_start_points_at_the_sentence():
    text = "Intro line.\n\nCanada expelled a Chinese diplomat on Monday."
    sentence = "Canada expelled a Chinese diplomat on Monday."
    e = event(sentence, ("Canada", "CAN"), ("a Chinese diplomat", "CHNGOV"), "161", "2023-05-08")
    shift = text.index(sentence)
    for key in ("source", "target", "trigger"):
        e[key]["start"] += shift
        e[key]["end"] += shift
    row = prepare(Article(id="x", text=text), [e]).events[0]
    assert row["sentence_start"] == shift
    assert text[row["source_start"]:row["source_end"]] == "Canada"
    assert sentence[row["target_start"] - shift:row["target_end"] - shift] == "a Chinese diplomat"


def test_as_article_accepts_dicts_and_rejects_junk():
    art = as_article({"id": "a", "text": "t", "report_date": "2024-01-02", "url": "u"})
    assert art.report_date.isoformat() == "2024-01-02" and art.url == "u"
    for bad in ({"id": "a"}, {"text": "t"}, 42):
        try:
            as_article(bad)
        except ValueError:
            continue
        raise AssertionError(f"accepted {bad!r}")
    assert isinstance(prepare(Article(id="a", text="t"), []), Prepared)
