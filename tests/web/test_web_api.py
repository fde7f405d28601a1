"""The JSON API on the sample corpus: the series equals `detente dyad --json`, a period's events
are the ones its point counts, pages of events, articles, relations, alerts and /api/code."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from detente.cli import app as cli

pytestmark = pytest.mark.slow


def test_series_api_equals_the_dyad_command(sample_client, sample_db):
    for freq, extra in (("month", []), ("quarter", ["--directed"]), ("week", [])):
        res = CliRunner().invoke(cli, ["dyad", "CHN", "CAN", "--freq", freq, "--json", "--db", str(sample_db), *extra])
        assert res.exit_code == 0, res.output
        url = f"/api/dyads/CHN/CAN/series?freq={freq}" + ("&direction=ab" if extra else "")
        api = sample_client.get(url)
        assert api.status_code == 200
        assert api.json() == json.loads(res.stdout)
    assert any(r["events"] for r in sample_client.get("/api/dyads/CHN/CAN/series?freq=month").json())


def test_each_period_lists_the_mentions_of_the_clusters_it_counts(sample_client):
    rows = sample_client.get("/api/dyads/CHN/CAN/series?freq=month").json()
    busy = [r for r in rows if r["events"]]
    assert busy
    for r in busy:
        evs = sample_client.get(f"/api/dyads/CHN/CAN/events?period={r['period']}&freq=month&limit=500").json()["events"]
        assert evs, r["period"]
        assert all(e["event_date"].startswith(r["period"]) for e in evs)
        assert all({e["source_country"], e["target_country"]} == {"CHN", "CAN"} or e["reciprocal"] for e in evs)
        assert all(e["sentence"] and e["marks"] for e in evs)


def test_direction_filter(sample_client):
    ab = sample_client.get("/api/dyads/CAN/CHN/events?period=2023-05&freq=month&direction=ab").json()["events"]
    assert ab and all(e["source_country"] == "CAN" or e["reciprocal"] for e in ab)


def test_events_paging(sample_client):
    first = sample_client.get("/api/events?country=CHN&limit=5").json()
    second = sample_client.get("/api/events?country=CHN&limit=5&offset=5").json()
    assert first["count"] == second["count"] == 5
    assert not {e["event_id"] for e in first["events"]} & {e["event_id"] for e in second["events"]}


def test_events_filters(sample_client):
    evs = sample_client.get("/api/events?a=CHN&b=CAN&quad=4&limit=500").json()["events"]
    assert evs and all(e["quad_class"] == 4 for e in evs)
    evs = sample_client.get("/api/events?root=17&start=2023-01-01&end=2023-12-31&limit=500").json()["events"]
    assert evs and all(e["cameo_root"] == "17" and "2023-01-01" <= e["event_date"] <= "2023-12-31" for e in evs)


def test_bad_filters_are_coded_400s(sample_client):
    for url, code in (("/api/dyads/CHN/CAN/series?freq=fortnight", "DT806"),
                      ("/api/dyads/CH%3CN/CAN/series", "DT804"),
                      ("/api/events?start=yesterday", "DT806"),
                      ("/api/events?a=CHN", "DT806")):
        r = sample_client.get(url)
        assert r.status_code in (400, 422), url
        assert r.json()["code"] == code, url


def test_article_with_its_events(sample_client):
    art_id = "2023-05-09-canada-expels-chinese-diplomat-zhao-wei"
    art = sample_client.get(f"/api/articles/{art_id}").json()
    assert art["article_id"] == art_id and "Zhao Wei" in art["text"] and art["events"]
    r = sample_client.get("/api/articles/no-such-article")
    assert r.status_code == 404 and r.json()["code"] == "DT805"


def test_relations_and_alerts(sample_client):
    rel = sample_client.get("/api/relations?limit=5").json()
    assert len(rel) == 5 and rel[0]["events"] >= rel[-1]["events"]
    assert any({r["a"], r["b"]} == {"CHN", "CAN"} for r in sample_client.get("/api/relations?limit=50").json())
    alerts = sample_client.get("/api/alerts").json()
    assert isinstance(alerts, list)
    for a in alerts:
        assert a["direction"] in ("rise", "fall") and a["event_ids"]


def test_code_endpoint_returns_events(sample_db, coder):
    from fastapi.testclient import TestClient

    from detente.web import create_app

    c = TestClient(create_app(db=sample_db, coder=coder), base_url="http://127.0.0.1")
    r = c.post("/api/code", json={"text": "Canada expelled a Chinese diplomat on Monday.", "date": "2023-05-09"})
    assert r.status_code == 200
    evs = r.json()["events"]
    assert any(e["source"]["country"] == "CAN" and e["target"]["country"] == "CHN" and e["cameo_root"] == "16"
               for e in evs), evs
    assert all(e["report_date"] == "2023-05-09" for e in evs)
    assert c.post("/api/code", json={"text": "  "}).json()["code"] == "DT808"
    assert c.post("/api/code", json={"text": "x", "date": "May"}).json()["code"] == "DT806"
    bad = c.post("/api/code", content=b"{not json", headers={"content-type": "application/json"})
    assert bad.status_code == 422 and bad.json()["code"] == "DT806"


def test_openapi_lists_the_endpoints(sample_client):
    paths = sample_client.get("/api/openapi.json").json()["paths"]
    for p in ("/api/events", "/api/dyads/{a}/{b}/series", "/api/relations", "/api/alerts", "/api/code"):
        assert p in paths
    assert "swagger-ui-bundle.js" in sample_client.get("/api/docs").text
