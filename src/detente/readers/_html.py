"""HTML pages: the main text via trafilatura (no network), title/date/url from its metadata."""

from __future__ import annotations

import logging
from collections.abc import Iterator

from detente.types import Article

from ._common import OnError, Source, checked_date, make_error, opt_str


def parse_html(html: str, src: Source, report: OnError) -> Iterator[Article]:
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    try:
        doc = trafilatura.bare_extraction(
            html,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            with_metadata=True,
            # "original": dates as written in the page, never guessed from today
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # lxml/trafilatura can fail on broken markup
        doc = None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        report(make_error(src.label, "DT211"))
        return
    date_value = getattr(doc, "date", None)
    yield Article(
        id=src.stem,
        text=text,
        report_date=checked_date(date_value, src.label, report),
        title=opt_str(getattr(doc, "title", None)),
        url=opt_str(getattr(doc, "url", None)),
        source=opt_str(getattr(doc, "sitename", None)),
        origin=src.label,
    )
