"""In a real browser (Debian's headless Chromium via Playwright): click a chart point and see
its evidence; hostile text renders as text and runs nothing; the report works offline."""

from __future__ import annotations

import pytest

from evil_article import EVIL_SENTENCE

pytestmark = pytest.mark.slow


def _click_point(page, period: str) -> None:
    """Click the relations-index point of ``period`` like a user would (mouse over it, click)."""
    page.wait_for_selector("#chart[data-ready='1']")
    periods = page.evaluate("document.getElementById('chart').data[0].customdata")
    i = periods.index(period)
    point = page.locator("#chart .scatterlayer .trace").first.locator("path.point").nth(i)
    box = point.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x - 5, y - 5)
    page.mouse.move(x, y)
    page.wait_for_timeout(100)
    page.mouse.click(x, y)


def _busiest(client, a: str, b: str) -> dict:
    rows = client.get(f"/api/dyads/{a}/{b}/series?freq=month").json()
    return max(rows, key=lambda r: r["events"])


def test_click_a_point_shows_its_evidence(page, live_sample, sample_client):
    top = _busiest(sample_client, "CHN", "CAN")
    expected = sample_client.get(f"/api/dyads/CHN/CAN/events?period={top['period']}&freq=month").json()["events"]
    page.goto(f"{live_sample.url}/dyad/CHN/CAN")
    _click_point(page, top["period"])
    page.wait_for_selector(f"#evidence[data-period='{top['period']}']", state="attached")
    items = page.locator("#evidence li")
    assert items.count() == len(expected)
    first = items.first
    assert first.locator("p.sentence").text_content() == expected[0]["sentence"]
    marks = first.locator("mark.hl-trigger")
    assert marks.count() >= 1 and marks.first.text_content() == expected[0]["trigger_text"]
    assert first.locator("a").first.get_attribute("href") == f"/article/{expected[0]['article_id']}"
    assert page.locator("#evidence-caption").text_content().startswith(top["period"])
    assert page.errors == []


def test_hostile_text_runs_nothing_and_reads_as_text(page, live_evil):
    page.goto(f"{live_evil.url}/dyad/CAN/CHN")
    _click_point(page, "2023-06")
    page.wait_for_selector("#evidence li p.sentence")
    assert page.locator("#evidence li p.sentence").first.text_content() == EVIL_SENTENCE
    assert page.locator("#evidence img").count() == 0
    for path in ("/article/evil", "/events?text=spying", "/actor/CAN"):
        page.goto(live_evil.url + path)
        page.wait_for_load_state("load")
        assert page.evaluate("window.__pwned") is None, path
        assert page.locator("main img, main script:not([type='application/json'])").count() == 0, path
    page.goto(live_evil.url + "/article/evil")
    assert page.locator("h1").text_content() == "<script>window.__pwned=3</script>Spy row"
    assert page.evaluate("window.__pwned") is None


def test_report_opens_offline_and_shows_the_same_chart(page, sample_db, sample_client, tmp_path):
    from detente.store import Store
    from detente.web import write_report

    out = write_report(Store(sample_db, read_only=True), "CHN", "CAN", tmp_path / "report.html")
    outside: list[str] = []

    def block(route):
        outside.append(route.request.url)
        route.abort()

    page.context.route("http://**/*", block)
    page.context.route("https://**/*", block)
    page.goto(out.as_uri())
    page.wait_for_selector("#chart[data-ready='1']")
    assert outside == []
    drawn = page.evaluate("document.getElementById('chart').data[0]")
    series = sample_client.get("/api/dyads/CHN/CAN/series?freq=month").json()
    assert drawn["customdata"] == [r["period"] for r in series]
    assert drawn["y"] == [r["index"] for r in series]
    top = max(series, key=lambda r: r["events"])
    _click_point(page, top["period"])
    page.wait_for_selector("#evidence li p.sentence")
    expected = sample_client.get(f"/api/dyads/CHN/CAN/events?period={top['period']}&freq=month").json()["events"]
    assert page.locator("#evidence li p.sentence").first.text_content() == expected[0]["sentence"]
    assert page.errors == []
