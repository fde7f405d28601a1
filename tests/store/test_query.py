"""Store.events filters, on the small hand-built store."""

from __future__ import annotations

import pyarrow as pa
import pytest

from detente.errors import StoreError


def ids(frame) -> list[str]:
    return sorted(frame.article_id.unique())


def test_no_filter_returns_every_mention_with_article_fields(shared_store):
    frame = shared_store.events()
    assert len(frame) == 8
    for col in ("event_id", "cluster_id", "source_code", "source_country", "source_text", "target_code",
                "target_start", "target_end", "sentence", "sentence_start", "trigger_start", "trigger_end",
                "source_start", "source_end", "url", "title", "publisher"):
        assert col in frame.columns
    assert frame.cluster_id.notna().all()
    row = frame[frame.article_id == "a1"].iloc[0]
    assert row.url == "https://www.example.com/a1" and row.publisher == "Example News"


def test_dyad_both_directions_or_directed(shared_store):
    assert len(shared_store.events(dyad="CHN-CAN")) == 6
    assert len(shared_store.events(dyad=("CAN", "CHN"))) == 6
    directed = shared_store.events(dyad="CAN-CHN", directed=True)
    # Canada -> China: the two expulsions by Canada and both directions of the reciprocal talks
    assert sorted(directed.cameo) == ["040", "040", "161", "161"]
    assert len(shared_store.events(dyad="RUS-UKR")) == 2 and shared_store.events(dyad="RUS-CAN").empty


def test_actor_by_code_prefix_or_name(shared_store):
    assert len(shared_store.events(actor="CHNGOV")) == 4
    assert len(shared_store.events(actor="CHN")) == 6
    assert ids(shared_store.events(actor="joly")) == ["a4"]
    assert ids(shared_store.events(actor="Beijing")) == ["a2"]


def test_country_cameo_root_quad_plover(shared_store):
    assert ids(shared_store.events(country="UKR")) == ["a5"]
    assert len(shared_store.events(cameo="16")) == 3 and len(shared_store.events(cameo=["161", "190"])) == 4
    assert len(shared_store.events(root="16")) == 3 and len(shared_store.events(root=[4, 19])) == 3
    assert sorted(shared_store.events(quad=4).cameo) == ["161", "161", "161", "190"]
    assert len(shared_store.events(plover="sanction")) == 3


def test_dates_text_article_cluster_limit(shared_store):
    assert ids(shared_store.events(start="2024-01-01")) == ["a4", "a5"]
    assert ids(shared_store.events(start="2023-05-09", end="2023-05-09")) == ["a3"]
    assert ids(shared_store.events(text="PROTESTED")) == ["a2"]
    assert len(shared_store.events(article_id="a5")) == 2
    cid = shared_store.events(article_id="a1").cluster_id.iloc[0]
    assert ids(shared_store.events(cluster_id=cid)) == ["a1", "a2"]
    all_rows = shared_store.events()
    page = shared_store.events(limit=3, offset=2)
    assert list(page.event_id) == list(all_rows.event_id[2:5])


def test_arrow_on_request(shared_store):
    table = shared_store.events(dyad="RUS-UKR", arrow=True)
    assert isinstance(table, pa.Table) and table.num_rows == 2


@pytest.mark.parametrize("kwargs", [{"quad": 7}, {"root": "99"}, {"cameo": "abc"}, {"start": "May 2023"},
                                    {"dyad": "CHN"}, {"country": "C;N"}])
def test_bad_filters_raise_a_coded_error(shared_store, kwargs):
    with pytest.raises(StoreError, match="DT708"):
        shared_store.events(**kwargs)
