"""The JSON API fuzzed from its own OpenAPI document (a small schemathesis of our own):
every operation, every parameter, with schema-valid values, injection payloads
(SQL, path traversal, markup, template, NUL, huge, odd unicode) and random text.

Property: no response is a server error (5xx), and no response leaks a file from outside
the store. The store is built from our own hostile article, without the spaCy model.
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reliability_helpers import FUZZ, STATS

PAYLOADS = [
    "' OR '1'='1", "1; DROP TABLE events; --", '" OR ""="', "') UNION SELECT * FROM read_csv('/etc/passwd') --",
    "read_text('/etc/passwd')", "../../../../etc/passwd", "..%2f..%2f..%2fetc%2fpasswd", "/etc/passwd",
    "....//....//etc/passwd", "C:\\Windows\\win.ini", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
    "{{7*7}}", "${7*7}", "%00", "\x00", "\u202e\u0000\ufeff", "😀" * 40, "A" * 5000, "-1", "1e309", "NaN", "",
    " ", "CHN", "CAN", "CHN-CAN", "2024-01-12", "0000-00-00", "2024-13-45", "9999-12-31", "month", "both", "clusters",
    "evil", "2023-06", "2023-Q2", "%", "_", "*", "\\", "'", '"', ";", "--",
]
LEAKS = re.compile(r"root:x:0:0|\[fonts\]|\[extensions\]")  # /etc/passwd, win.ini

HOSTILE_TEXT = (
    "Canada <img src=x onerror=alert(1)> accused China of spying ' OR 1=1 --. "
    "Russia threatened Moldova {{7*7}} and ../../etc/passwd in a \x00 statement."
)


def _actor(text: str, word: str, code: str) -> dict:
    i = text.index(word)
    return {"text": word, "start": i, "end": i + len(word), "code": code, "country": code, "sector": None, "name": None}


def _event(text: str, src: str, tgt: str, verb: str, cameo: str, plover: str, quad: int, day: str) -> dict:
    sentence_end = text.index(".", text.index(verb)) + 1
    start = text.rfind(". ", 0, text.index(src))
    start = 0 if start < 0 else start + 2
    t = text.index(verb)
    return {
        "article_id": "hostile", "report_date": day, "sentence_index": 0 if start == 0 else 1,
        "sentence": text[start:sentence_end], "source": _actor(text, src, src[:3].upper()),
        "target": _actor(text, tgt, tgt[:3].upper()), "cameo": cameo, "cameo_root": cameo[:2], "goldstein": -2.0,
        "quad_class": quad, "plover": plover, "plover_mode": None, "event_date": day, "date_precision": "report",
        "trigger": {"text": verb, "start": t, "end": t + len(verb)}, "negated": False, "modality": "asserted",
        "location": None, "confidence": 0.5, "coder": "test", "reciprocal": False, "group": None, "contexts": [],
    }


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    from fastapi.testclient import TestClient

    from detente.store import Store
    from detente.web import create_app

    db = tmp_path_factory.mktemp("api-fuzz") / "fuzz.duckdb"
    article = {"id": "hostile", "text": HOSTILE_TEXT, "report_date": "2023-06-01",
               "title": "<script>alert('t')</script> ' OR 1=1", "url": "javascript:alert(1)", "source": "test"}
    events = [
        _event(HOSTILE_TEXT, "Canada", "China", "accused", "112", "ACCUSE", 3, "2023-06-01"),
        _event(HOSTILE_TEXT, "Russia", "Moldova", "threatened", "130", "THREATEN", 3, "2023-06-01"),
    ]
    Store(db).load_events([(article, events)])
    client = TestClient(create_app(db=db), base_url="http://127.0.0.1")
    spec = client.get("/api/openapi.json").json()
    return client, spec


def _operations(spec: dict, method: str) -> list[tuple[str, list[dict]]]:
    return [(path, op.get("parameters", [])) for path, ops in sorted(spec["paths"].items())
            for m, op in ops.items() if m == method]


def _schema_values(schema: dict) -> st.SearchStrategy:
    """Values that the parameter's schema allows (roughly), as strings."""
    options = schema.get("anyOf", [schema])
    strategies = []
    for s in options:
        t = s.get("type")
        if t == "integer":
            strategies.append(st.integers(s.get("minimum", -(10**6)), s.get("maximum", 10**6)).map(str))
        elif t == "number":
            strategies.append(st.floats(s.get("minimum", -1e6), s.get("maximum", 1e6), allow_nan=False).map(str))
        elif t == "string" and "pattern" in s:
            strategies.append(st.from_regex(s["pattern"], fullmatch=True))
        elif t == "string":
            strategies.append(st.text(max_size=s.get("maxLength", 30)))
    return st.one_of(strategies) if strategies else st.text(max_size=20)


def _value(schema: dict) -> st.SearchStrategy:
    return st.one_of(
        _schema_values(schema),
        st.sampled_from(PAYLOADS),
        st.text(max_size=60),
        st.integers(-(10**15), 10**15).map(str),
    )


@st.composite
def get_request(draw, spec: dict) -> str:
    path, params = draw(st.sampled_from(_operations(spec, "get")))
    query = []
    for p in params:
        value = draw(_value(p.get("schema", {})))
        if p["in"] == "path":
            # article ids may hold "/": send some slashes raw, as a traversal attempt would
            safe = "/" if draw(st.booleans()) else ""
            path = path.replace("{" + p["name"] + "}", quote(value, safe=safe) or "x")
        elif p["in"] == "query" and draw(st.booleans()):
            query.append(f"{quote(p['name'])}={quote(value, safe='')}")
    return path + ("?" + "&".join(query) if query else "")


def _check(response) -> None:
    STATS["api_cases"] += 1
    if response.status_code >= 500:
        STATS["api_server_errors"] += 1
    assert response.status_code < 500, f"{response.request.method} {response.request.url}: {response.status_code} {response.text[:300]}"
    assert not LEAKS.search(response.text), f"file content leaked by {response.request.url}"
    if response.headers.get("content-type", "").startswith("application/json"):
        json.loads(response.text)


def test_openapi_document_lists_operations(api):
    _, spec = api
    assert len(_operations(spec, "get")) >= 5 and _operations(spec, "post")


@FUZZ
@given(data=st.data())
def test_every_get_operation_with_hostile_parameters(api, data):
    client, spec = api
    url = data.draw(get_request(spec))
    _check(client.get(url))


@pytest.mark.parametrize("url", [
    "/static/../../../../etc/passwd", "/static/..%2f..%2f..%2f..%2fetc%2fpasswd", "/static/%2e%2e/%2e%2e/etc/passwd",
    "/static/swagger/../../../../../etc/passwd", "/static/swagger/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/api/articles/../../../../etc/passwd", "/api/articles/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/api/articles/%2Fetc%2Fpasswd", "/api/articles/file:%2F%2F%2Fetc%2Fpasswd", "//etc/passwd",
    "/static/%00", "/api/events?article_id=%2Fetc%2Fpasswd", "/api/events?text=%27%29%20UNION%20SELECT%20*%20FROM%20read_text%28%27%2Fetc%2Fpasswd%27%29%20--",
])
def test_no_file_outside_the_store_can_be_read(api, url):
    client, _ = api
    _check(client.get(url))


@pytest.mark.slow
@FUZZ
@given(body=st.one_of(
    st.fixed_dictionaries({"text": st.one_of(st.sampled_from(PAYLOADS), st.text(max_size=300))},
                          optional={"date": st.sampled_from(PAYLOADS + ["2024-01-12"]), "id": st.text(max_size=20)}),
    st.dictionaries(st.text(max_size=10), st.one_of(st.none(), st.integers(), st.text(max_size=20)), max_size=4),
    st.lists(st.integers(), max_size=3), st.text(max_size=40), st.none(),
))
def test_post_code_with_hostile_bodies(api_with_coder, body):
    _check(api_with_coder.post("/api/code", content=json.dumps(body), headers={"content-type": "application/json"}))


@pytest.mark.slow
@pytest.mark.parametrize("raw", [b"{", b"\xff\xfe\x00", b'{"text": "' + b"A" * 200_000 + b'"}', b"[]" * 10, b""])
def test_post_code_with_broken_or_oversized_bodies(api_with_coder, raw):
    _check(api_with_coder.post("/api/code", content=raw, headers={"content-type": "application/json"}))


@pytest.fixture(scope="module")
def api_with_coder(api, coder):
    from fastapi.testclient import TestClient

    from detente.web import create_app

    client, _ = api
    db = client.app.state.store.path
    return TestClient(create_app(db=db, coder=coder), base_url="http://127.0.0.1")
