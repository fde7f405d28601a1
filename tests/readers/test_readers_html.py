from __future__ import annotations

from datetime import date

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Leaders meet in Geneva | World News</title>
<meta property="og:title" content="Leaders meet in Geneva">
<meta property="article:published_time" content="2024-01-12T08:00:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport section</a></li>
<li><a href="/weather">Weather forecast menu</a></li></ul></nav>
<header><div class="menu">Subscribe now to our newsletter</div></header>
<article>
<h1>Leaders meet in Geneva</h1>
<p>The foreign ministers of Iran and Iraq met in Geneva on Friday to discuss the border dispute
that has strained relations between the two neighbours for decades.</p>
<p>Officials from both delegations said the talks were constructive and that a second round of
negotiations would take place next month in Baghdad, according to a joint statement.</p>
<p>The United Nations envoy welcomed the meeting and urged both governments to keep talking.</p>
</article>
<footer>Copyright 2024 World News. All rights reserved. Privacy policy.</footer>
</body></html>
"""


def test_html_main_text(tmp_path, read):
    p = tmp_path / "geneva.html"
    p.write_text(PAGE, encoding="utf-8")
    (a,), errors = read(p)
    assert errors == []
    assert a.id == "geneva"
    assert "foreign ministers of Iran and Iraq met in Geneva" in a.text
    assert "United Nations envoy welcomed" in a.text
    assert "Weather forecast menu" not in a.text
    assert "Sport section" not in a.text
    assert a.title == "Leaders meet in Geneva"
    assert a.report_date == date(2024, 1, 12)


def test_html_without_article_text(tmp_path, read):
    p = tmp_path / "empty.htm"
    p.write_text("<html><head><title>x</title></head><body><script>app.start()</script><div id=app></div></body></html>")
    articles, errors = read(p)
    assert articles == [] and [e.code for e in errors] == ["DT211"]


def test_html_declared_legacy_charset(tmp_path, read):
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace("Friday", "Friday \u2014 \u201cfinally\u201d")
    p = tmp_path / "w.html"
    p.write_bytes(page.encode("cp1252"))
    (a,), errors = read(p)
    assert errors == [] and "Friday \u2014 \u201cfinally\u201d" in a.text
