"""Fixtures for the web tests: stores built once per session, test clients, a live server and
a headless Chromium (Debian's, driven by Playwright; never downloaded)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path
from typing import Any, Iterator

import pytest

from evil_article import build_evil_store

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory, coder: Any) -> Path:
    """The sample corpus (61 articles) ingested once into a DuckDB file."""
    from detente.data import DATA_DIR
    from detente.store import Store

    path = tmp_path_factory.mktemp("web") / "sample.duckdb"
    corpus = sorted(str(p) for p in (DATA_DIR / "corpus").glob("*.txt"))
    report = Store(path).ingest(corpus, coder=coder)
    assert report.articles_new == len(corpus)
    return path


@pytest.fixture(scope="session")
def evil_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One hostile article (script tags, onerror, javascript: URL), loaded without the model."""
    return build_evil_store(tmp_path_factory.mktemp("web-evil") / "evil.duckdb")


def _client(db: Path, **kw: Any) -> Any:
    from fastapi.testclient import TestClient

    from detente.web import create_app

    return TestClient(create_app(db=db, **kw), base_url="http://127.0.0.1")


@pytest.fixture(scope="session")
def sample_client(sample_db: Path) -> Any:
    return _client(sample_db)


@pytest.fixture(scope="session")
def evil_client(evil_db: Path) -> Any:
    return _client(evil_db)


class LiveServer:
    """The app under uvicorn in a background thread on a free loopback port."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start in 20 s")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_sample(sample_db: Path) -> Iterator[LiveServer]:
    from detente.web import create_app

    with LiveServer(create_app(db=sample_db)) as server:
        yield server


@pytest.fixture(scope="session")
def live_evil(evil_db: Path) -> Iterator[LiveServer]:
    from detente.web import create_app

    with LiveServer(create_app(db=evil_db)) as server:
        yield server


def chromium_path() -> str | None:
    env = os.environ.get("DETENTE_CHROMIUM")
    for candidate in ((env,) if env else ()) + CHROMIUM_CANDIDATES:
        if candidate and Path(candidate).exists():
            return candidate
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    return found


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Chromium from Debian (apt-get install chromium); skips with the reason when absent."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("browser tests need the playwright package: pip install -e '.[test]'")
    exe = chromium_path()
    if exe is None:
        pytest.skip("browser tests need Chromium: apt-get install -y chromium (or set DETENTE_CHROMIUM); "
                    ".ci/run installs it where apt is available")
    with sync_playwright() as pw:
        try:
            b = pw.chromium.launch(executable_path=exe, headless=True, args=["--no-sandbox"])
        except Exception as exc:  # a broken install: say so instead of failing every test
            pytest.skip(f"cannot start Chromium at {exe}: {exc}")
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1300, "height": 1000})
    pg = context.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))  # type: ignore[attr-defined]
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)  # type: ignore[attr-defined]
    yield pg
    context.close()
