"""Readers: news text in, Article records out.

``read_articles(paths, on_error=...)`` is the one entry point. It reads seed
``.txt`` files (``date YYYY-MM-DD Title`` header), plain ``.txt``, JSON Lines
(``.jsonl``/``.ndjson``/``.json``), CSV/TSV, HTML pages, folders (recursively,
in sorted order) and ``-`` for stdin. Problems are reported as ReadErrors
(codes DT2xx), never raised; ``ErrorLog`` collects them for a summary.
"""

from __future__ import annotations

from ._core import read_articles
from ._errorlog import ErrorLog

__all__ = ["read_articles", "ErrorLog"]
