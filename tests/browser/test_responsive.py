"""On a phone-sized screen (390x844) the pages reflow instead of scrolling sideways."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import OpenPage

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone(open_page: OpenPage) -> Page:
    return open_page(viewport=PHONE)


def _assert_no_horizontal_scroll(page: Page) -> None:
    scroll_width, inner_width = page.evaluate(
        "[document.documentElement.scrollWidth, window.innerWidth]"
    )
    assert scroll_width <= inner_width, (
        f"{page.url} scrolls sideways: {scroll_width}px of content on a {inner_width}px screen"
    )


def test_the_country_table_fits_a_phone(phone: Page, live_server: str) -> None:
    phone.goto(live_server + "/")

    expect(phone.locator("table.countries tbody tr")).to_have_count(13)
    expect(phone.get_by_role("link", name="United Kingdom")).to_be_visible()
    expect(phone.get_by_role("button", name="Apply filters")).to_be_visible()
    _assert_no_horizontal_scroll(phone)


def test_a_document_fits_a_phone(phone: Page, live_server: str) -> None:
    # Malaysia's source has no title, so its long file name is the heading: the hardest case.
    phone.goto(live_server + "/countries/MY")
    phone.locator(".timeline a").first.click()

    expect(phone).to_have_url(re.compile(r"/documents/\d+$"))
    expect(phone.get_by_role("heading", level=1)).to_be_visible()
    expect(phone.locator(".document-text mark").first).to_be_visible()
    _assert_no_horizontal_scroll(phone)
