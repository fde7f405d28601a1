"""`detente report`: one self-contained HTML file with the dyad page's chart and the evidence."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re

import pytest
from typer.testing import CliRunner

from detente.cli import app as cli
from detente.store import Store
from detente.web import build_report

pytestmark = pytest.mark.slow


def _config(html: str) -> dict:
    return json.loads(html.split('<script type="application/json" id="dyad-data">')[1].split("</script>")[0])


@pytest.fixture(scope="module")
def report_html(sample_db) -> str:
    return build_report(Store(sample_db, read_only=True), "CHN", "CAN")


def test_report_is_self_contained(report_html):
    assert not re.search(r'<(?:script|link|img|iframe)\b[^>]*(?:src|href)="(?!data:)', report_html)
    assert "plotly.js v" in report_html  # plotly inlined
    assert report_html.count("<script>") == 3


def test_report_csp_allows_exactly_its_inline_scripts(report_html):
    csp = html.unescape(re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', report_html).group(1))
    allowed = set(re.findall(r"'sha256-([^']+)'", csp))
    bodies = re.findall(r"<script>(.*?)</script>", report_html, re.S)
    assert {base64.b64encode(hashlib.sha256(b.encode()).digest()).decode() for b in bodies} == allowed
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


def test_report_draws_the_same_chart_as_the_dyad_page(report_html, sample_client):
    page = _config(sample_client.get("/dyad/CHN/CAN").text)
    report = _config(report_html)
    assert report["figure"] == page["figure"]


def test_report_embeds_each_period_s_events_like_a_click_would_fetch(report_html, sample_client):
    embedded = _config(report_html)["embedded"]
    series = sample_client.get("/api/dyads/CHN/CAN/series?freq=month").json()
    assert set(embedded) == {r["period"] for r in series}
    for r in series:
        if not r["events"]:
            assert embedded[r["period"]] == [], r["period"]
            continue
        api = sample_client.get(f"/api/dyads/CHN/CAN/events?period={r['period']}&freq=month&limit=200").json()
        assert [e["event_id"] for e in embedded[r["period"]]] == [e["event_id"] for e in api["events"]], r["period"]
    listed = html.unescape(re.sub(r"<[^>]+>", "", report_html.split("All evidence by period")[1]))
    for evs in embedded.values():
        for ev in evs:
            assert ev["sentence"] in listed  # every embedded event is also printed in the file


def test_report_command_writes_the_file(sample_db, tmp_path):
    out = tmp_path / "chn-can.html"
    res = CliRunner().invoke(cli, ["report", "CHN", "CAN", "--db", str(sample_db), "-o", str(out)])
    assert res.exit_code == 0, res.output
    text = out.read_text(encoding="utf-8")
    assert "CHN – CAN" in text and "All evidence by period" in text


def test_report_command_errors_are_coded(tmp_path, sample_db):
    res = CliRunner().invoke(cli, ["report", "CHN", "CAN", "--db", str(tmp_path / "none.duckdb"), "-o", str(tmp_path / "r.html")])
    assert res.exit_code != 0 and "[DT702]" in res.output
    res = CliRunner().invoke(cli, ["report", "CHN", "CAN", "--db", str(sample_db), "-o", str(tmp_path / "no" / "dir" / "r.html")])
    assert res.exit_code != 0 and "[DT807]" in res.output
    res = CliRunner().invoke(cli, ["report", "CHN", "<b>", "--db", str(sample_db), "-o", str(tmp_path / "r.html")])
    assert res.exit_code != 0 and "[DT804]" in res.output


def test_hostile_report_escapes_everything(evil_db):
    page = build_report(Store(evil_db, read_only=True), "CAN", "CHN")
    assert "<script>window.__pwned" not in page and "<img src=x" not in page and 'href="javascript:' not in page
    assert "&lt;img src=x onerror=" in page
