"""The HTML pages on the sample corpus: each renders, shows what it should, and links on."""

from __future__ import annotations

import json
import re

import pytest

pytestmark = pytest.mark.slow

ARTICLE = "2023-05-09-canada-expels-chinese-diplomat-zhao-wei"


def _config(html: str, node: str = "dyad-data") -> dict:
    return json.loads(html.split(f'<script type="application/json" id="{node}">')[1].split("</script>")[0])


def test_overview_lists_busy_dyads_network_and_alerts(sample_client):
    r = sample_client.get("/")
    assert r.status_code == 200
    assert 'href="/dyad/CAN/CHN"' in r.text
    fig = _config(r.text, "network-data")
    pairs = [tuple(cd) for trace in fig["data"] for cd in trace.get("customdata", []) if isinstance(cd, list)]
    assert ("CAN", "CHN") in pairs
    assert "2023-10" in r.text  # the CAN-CHN alert period of the sample corpus


def test_dyad_page_draws_the_store_series(sample_client):
    r = sample_client.get("/dyad/CHN/CAN")
    assert r.status_code == 200
    cfg = _config(r.text)
    series = sample_client.get("/api/dyads/CHN/CAN/series?freq=month").json()
    index = cfg["figure"]["data"][0]
    assert index["customdata"] == [s["period"] for s in series]
    assert index["y"] == [s["index"] for s in series]
    bars = [t for t in cfg["figure"]["data"] if t["type"] == "bar"]
    assert [b["y"] for b in bars] == [[s[f"quad{q}"] for s in series] for q in (1, 2, 3, 4)]
    markers = [t for t in cfg["figure"]["data"] if t["type"] == "scatter" and t.get("yaxis") == "y2"]
    assert markers and all(cd[0] in index["customdata"] for t in markers for cd in t["customdata"])
    assert '<script src="/static/plotly.min.js"></script>' in r.text


def test_dyad_page_filters(sample_client):
    r = sample_client.get("/dyad/CHN/CAN?freq=quarter&start=2023-01-01&end=2023-12-31&direction=ba&quad=3")
    assert r.status_code == 200
    cfg = _config(r.text)
    assert cfg["query"] == {"freq": "quarter", "start": "2023-01-01", "end": "2023-12-31", "direction": "ba", "quad": 3}
    assert cfg["figure"]["data"][0]["customdata"] == ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"]
    markers = [t for t in cfg["figure"]["data"] if t.get("yaxis") == "y2"]
    assert all(t["name"] == "events: verbal conflict" for t in markers)
    assert sample_client.get("/dyad/CHN/CAN?freq=hourly").status_code == 400


def test_no_cdn_or_outside_url_in_any_page(sample_client):
    for path in ("/", "/dyad/CHN/CAN", "/events", f"/article/{ARTICLE}", "/actor/CAN", "/api/docs"):
        html = sample_client.get(path).text
        # scripts, styles, images, frames: only from this server (links to the original articles may go out)
        for tag, url in re.findall(r'<(script|link|img|iframe|source|embed)\b[^>]*?(?:src|href)="([^"]*)"', html):
            assert url.startswith("/") and not url.startswith("//") or url.startswith("data:"), (path, tag, url)
        assert "cdn" not in html.lower(), path


def test_static_assets_are_served_from_the_packages(sample_client):
    import plotly

    from pathlib import Path

    js = sample_client.get("/static/plotly.min.js")
    assert js.status_code == 200
    assert js.content == (Path(plotly.__file__).parent / "package_data" / "plotly.min.js").read_bytes()
    assert sample_client.get("/static/app.css").status_code == 200
    assert sample_client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
    assert sample_client.get("/static/../web/app.py").status_code == 404


def test_article_page_highlights_every_event(sample_client):
    html = sample_client.get(f"/article/{ARTICLE}").text
    body = html.split('id="article-text">')[1].split("</div>")[0]
    assert '<mark class="hl-trigger" title="event 1: trigger">' in body
    art = sample_client.get(f"/api/articles/{ARTICLE}").json()
    for ev in art["events"]:
        assert f">{ev['trigger_text']}</mark>" in body
    assert html.count('class="evidence"') == 1 and html.count('data-event-id=') == len(art["events"])
    assert sample_client.get("/article/nope").status_code == 404


def test_event_search_and_paging(sample_client):
    html = sample_client.get("/events?text=diplomat&limit=3").text
    assert html.count("data-event-id=") == 3
    assert "offset=3" in html  # a next page link
    assert "diplomat" in html.lower()


def test_actor_pages_country_code_and_person(sample_client):
    html = sample_client.get("/actor/CAN").text
    assert 'href="/dyad/CAN/CHN"' in html and "Canada" in html
    assert sample_client.get("/actor/CHNGOV").status_code == 200
    person = sample_client.get("/actor/Wang Yi")
    assert person.status_code == 200 and "person" in person.text and "Wang Yi" in person.text
    assert sample_client.get("/actor/%3Cscript%3E").status_code == 400
