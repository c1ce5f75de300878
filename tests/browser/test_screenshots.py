"""Screenshots for the README: the country table and the world map, at 1280x900.

They are written to docs/screenshots/ on every run, so they follow the pages as they change.
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from app.settings import PROJECT_DIR

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

SCREENSHOTS = PROJECT_DIR / "docs" / "screenshots"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# Resolves once every image that is in view has loaded (flags are lazy images).
IMAGES_IN_VIEW_LOADED = """() => [...document.images]
    .filter(image => image.getBoundingClientRect().top < window.innerHeight)
    .every(image => image.complete && image.naturalWidth > 0)"""


def _assert_real_png(path: Path, width: int, height: int) -> None:
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE, f"{path} is not a PNG"
    assert data[12:16] == b"IHDR"
    assert struct.unpack(">II", data[16:24]) == (width, height)
    # A blank 1280x900 PNG compresses to a few kilobytes; a page with text and colour does not.
    assert len(data) > 40_000, f"{path} is only {len(data)} bytes: is the page blank?"


def test_screenshot_of_the_country_table(page: Page, live_server: str) -> None:
    page.goto(live_server + "/")
    expect(page.locator("table.countries tbody tr")).to_have_count(13)
    page.wait_for_function(IMAGES_IN_VIEW_LOADED)
    path = SCREENSHOTS / "table.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)  # so the checks below see this run's file

    page.screenshot(path=path, animations="disabled", caret="hide")

    _assert_real_png(path, 1280, 900)


def test_screenshot_of_the_world_map(page: Page, live_server: str) -> None:
    page.goto(live_server + "/map")
    expect(page.get_by_role("link", name="United States: Bans")).to_be_visible()
    path = SCREENSHOTS / "map.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)  # so the checks below see this run's file

    page.screenshot(path=path, animations="disabled", caret="hide")

    _assert_real_png(path, 1280, 900)
