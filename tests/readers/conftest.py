from __future__ import annotations

import pytest

from detente.readers import read_articles


@pytest.fixture
def read():
    """read(*paths) -> (articles, errors), collecting errors instead of printing them."""

    def _read(*paths):
        errors = []
        articles = list(read_articles(paths, on_error=errors.append))
        return articles, errors

    return _read
