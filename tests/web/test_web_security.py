"""The guard: token on every request, loopback-only without one, size limits, escaping, headers.
No model needed: the store holds one hand-made hostile article."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from detente.errors import WebError
from detente.web import create_app, resolve_token
from evil_article import EVIL_SENTENCE, EVIL_TITLE

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def guarded(evil_db):
    return create_app(db=evil_db, token=TOKEN)


def test_no_token_no_access_on_every_kind_of_path(guarded):
    c = TestClient(guarded, base_url="http://example.org")
    for path in ("/", "/dyad/CAN/CHN", "/api/events", "/api/openapi.json", "/api/docs", "/static/app.css",
                 "/static/plotly.min.js", "/article/evil"):
        r = c.get(path)
        assert r.status_code == 401, path
        assert r.json()["code"] == "DT803"
    assert c.post("/api/code", json={"text": "x"}).status_code == 401


def test_wrong_token_is_refused(guarded):
    c = TestClient(guarded, base_url="http://example.org")
    assert c.get("/api/stats", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert c.get("/api/stats?token=nope").status_code == 401
    c.cookies.set("detente_token", "nope")
    assert c.get("/api/stats").status_code == 401
    c.cookies.set("detente_token", TOKEN)  # the token itself is not the cookie's value
    assert c.get("/api/stats").status_code == 401


def test_bearer_header_query_and_cookie_all_work(guarded):
    c = TestClient(guarded, base_url="http://example.org")
    assert c.get("/api/stats", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    r = c.get(f"/?token={TOKEN}")
    assert r.status_code == 200
    assert "HttpOnly" in r.headers["set-cookie"] and "SameSite=Strict" in r.headers["set-cookie"]
    assert TOKEN not in r.headers["set-cookie"]  # a digest, not the token itself
    # the cookie set by that first visit lets the page's own links and fetches through
    assert c.get("/dyad/CAN/CHN").status_code == 200
    assert c.get("/api/dyads/CAN/CHN/series").status_code == 200


def test_without_a_token_only_loopback_host_names_are_answered(evil_db):
    app = create_app(db=evil_db)
    assert TestClient(app, base_url="http://127.0.0.1:8000").get("/api/stats").status_code == 200
    assert TestClient(app, base_url="http://localhost:8000").get("/api/stats").status_code == 200
    r = TestClient(app, base_url="http://attacker.example").get("/api/stats")
    assert r.status_code == 403 and r.json()["code"] == "DT809"


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.5", "example.org"])
def test_serving_beyond_loopback_needs_a_token(host, monkeypatch):
    monkeypatch.delenv("DETENTE_TOKEN", raising=False)
    with pytest.raises(WebError, match=r"\[DT801\]"):
        resolve_token(host, None)
    assert resolve_token(host, "t") == "t"
    monkeypatch.setenv("DETENTE_TOKEN", "from-env")
    assert resolve_token(host, None) == "from-env"


def test_loopback_needs_no_token(monkeypatch):
    monkeypatch.delenv("DETENTE_TOKEN", raising=False)
    for host in ("127.0.0.1", "localhost", "::1"):
        assert resolve_token(host, None) is None


def test_body_over_the_limit_is_413_with_a_coded_message(evil_client):
    r = evil_client.post("/api/code", json={"text": "x" * 100_001})
    assert r.status_code == 413
    assert r.json()["code"] == "DT802" and "100000" in r.json()["detail"]


def test_streamed_body_over_the_limit_is_413_too(evil_db):
    c = TestClient(create_app(db=evil_db, max_body=1000), base_url="http://127.0.0.1")

    def chunks():
        for _ in range(20):
            yield b"x" * 100

    r = c.post("/api/code", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["code"] == "DT802"


def test_page_size_is_capped(evil_client):
    r = evil_client.get("/api/events?limit=100000")
    assert r.status_code == 422 and r.json()["code"] == "DT806"
    assert evil_client.get("/api/events?limit=500").status_code == 200


def test_security_headers_on_pages_api_and_errors(evil_client):
    for path in ("/", "/api/events", "/static/app.css", "/nope"):
        h = evil_client.get(path).headers
        csp = h["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
        assert "frame-ancestors 'none'" in csp
        assert h["x-content-type-options"] == "nosniff"


def test_hostile_article_text_title_and_url_render_as_text(evil_client):
    for path in ("/article/evil", "/events?text=spying", "/actor/CAN"):
        html = evil_client.get(path).text
        assert "<script>window.__pwned" not in html, path
        assert "<img src=x" not in html, path
        assert 'href="javascript:' not in html, path
    html = evil_client.get("/article/evil").text
    assert "&lt;script&gt;window.__pwned=3&lt;/script&gt;Spy row" in html
    assert "&lt;img src=x onerror=&#34;window.__pwned=1&#34;&gt;" in html


def test_hostile_text_in_the_dyad_page_data_cannot_close_its_script_block(evil_client):
    html = evil_client.get("/dyad/CAN/CHN").text
    data = html.split('<script type="application/json" id="dyad-data">')[1].split("</script>")[0]
    assert "<" not in data and ">" not in data  # escaped as \u003c / \u003e


def test_sql_looking_input_is_only_data(evil_client):
    r = evil_client.get("/api/events", params={"text": "' OR 1=1; DROP TABLE events; --"})
    assert r.status_code == 200 and r.json()["events"] == []
    assert evil_client.get("/api/events", params={"text": "spying"}).json()["count"] == 1
    assert evil_client.get("/api/events", params={"actor": "CAN'--"}).status_code == 400


def test_the_evidence_sentence_is_served_verbatim_in_json(evil_client):
    ev = evil_client.get("/api/events").json()["events"][0]
    assert ev["sentence"] == EVIL_SENTENCE and ev["title"] == EVIL_TITLE
    assert [ev["sentence"][m["start"]:m["end"]] for m in ev["marks"]] == ["Canada", "accused", "China"]
