"""Browser tests: the real app served by uvicorn on a free port, driven in Debian's Chromium.

No browser is downloaded: Playwright launches /usr/bin/chromium. In CI a missing browser is a
failure; elsewhere these tests skip with a message saying how to install it.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright
from sqlmodel import Session

from app.db import make_engine, upgrade_database
from app.main import create_app
from app.services import ingest
from app.settings import Settings
from tests.conftest import IN_CI, SEEDS_DIR

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def seeded_database(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A migrated SQLite file with the seeds ingested, shared by the browser tests."""
    path = tmp_path_factory.mktemp("browser") / "tracker.db"
    shutil.copyfile(sqlite_template, path)
    url = f"sqlite:///{path}"
    upgrade_database(url)
    engine = make_engine(url)
    with Session(engine) as session:
        ingest.ingest_paths(session, paths=[SEEDS_DIR], max_bytes=5_000_000)
    engine.dispose()
    return url


@contextmanager
def serve(settings: Settings) -> Iterator[str]:
    """Serve the app for these settings on a free local port, in a background thread."""
    port = _free_port()
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(seeded_database: str) -> Iterator[str]:
    """The app on http://127.0.0.1:PORT over the seeded database."""
    with serve(Settings(database_url=seeded_database, secret_key="browser-test-secret")) as url:
        yield url


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    if not CHROMIUM.exists():
        message = "Debian's Chromium is missing: install it with `apt-get install chromium`."
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield browser
    browser.close()


DESKTOP = {"width": 1280, "height": 900}

# Chromium's own console line for a response with an error status (the URL is in its location).
HTTP_ERROR_PREFIX = "Failed to load resource: the server responded with a status of"

OpenPage = Callable[..., Page]


@pytest.fixture
def expected_http_errors() -> set[str]:
    """URLs a test expects to answer with an error status (a 404 page), so their console line
    ("Failed to load resource: ... 404") is not counted as a page error."""
    return set()


@pytest.fixture
def open_page(browser: Browser, expected_http_errors: set[str]) -> Iterator[OpenPage]:
    """Open pages, each in a new browser context (keyword arguments go to `new_context`; the
    viewport defaults to 1280x900). A console error or uncaught page error fails the test."""
    contexts: list[BrowserContext] = []
    errors: list[tuple[str, str]] = []  # (message, URL it came from)

    def open_page(**context_options: Any) -> Page:
        context_options.setdefault("viewport", DESKTOP)
        context = browser.new_context(**context_options)
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append((str(error), page.url)))
        page.on(
            "console",
            lambda message: (
                errors.append((message.text, message.location.get("url", "")))
                if message.type == "error"
                else None
            ),
        )
        return page

    yield open_page
    for context in contexts:
        context.close()
    unexpected = [
        message
        for message, url in errors
        if not (message.startswith(HTTP_ERROR_PREFIX) and url in expected_http_errors)
    ]
    assert unexpected == [], f"the page reported errors: {unexpected}"


@pytest.fixture
def page(open_page: OpenPage) -> Page:
    """A desktop-sized page (1280x900) with JavaScript on; errors fail the test."""
    return open_page()
