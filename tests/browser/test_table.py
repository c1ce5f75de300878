"""The country table in a real browser."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def test_typing_in_the_filter_narrows_the_rows_without_a_page_load(
    page: Page, live_server: str
) -> None:
    page.goto(live_server + "/")
    rows = page.locator("table.countries tbody tr")
    expect(rows).to_have_count(13)
    page.evaluate("window.__sameDocument = true")

    page.get_by_label("Search countries and quotes").press_sequentially("malaysia")

    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Malaysia")
    expect(page.get_by_role("status")).to_have_text("1 of 13 countries")
    expect(page).to_have_url(re.compile(r"q=malaysia"))
    assert page.evaluate("window.__sameDocument") is True
