"""Following a claim to its source, and moving around by keyboard."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def test_a_quote_opens_its_document_at_the_highlighted_sentence(
    page: Page, live_server: str
) -> None:
    page.goto(live_server + "/")
    page.locator("table.countries").get_by_role("link", name="Malaysia").click()

    expect(page).to_have_url(live_server + "/countries/MY")
    expect(page.get_by_role("heading", level=1)).to_have_text("Malaysia")
    quote_link = page.locator(".evidence blockquote a").first
    shown = quote_link.inner_text()
    # The page wraps each quote in “…”; the <mark> holds just the words.
    quote = shown[1:-1] if shown.startswith("“") and shown.endswith("”") else shown
    href = quote_link.get_attribute("href") or ""
    match = re.fullmatch(r"/documents/\d+#(evidence-\d+)", href)
    assert match, href
    anchor = match.group(1)

    quote_link.click()

    expect(page).to_have_url(live_server + href)
    mark = page.locator(f"mark#{anchor}")
    expect(page.locator("mark:target")).to_have_id(anchor)
    expect(mark).to_be_in_viewport()
    expect(mark).to_have_text(quote)
    expect(mark).to_have_css("outline-style", "solid")  # the target is outlined


def test_the_skip_link_comes_first_and_moves_focus_to_the_main_content(
    page: Page, live_server: str
) -> None:
    page.goto(live_server + "/")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).not_to_be_in_viewport()  # hidden until focused

    page.keyboard.press("Tab")

    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.get_by_role("main")).to_be_focused()
    page.keyboard.press("Tab")  # and the next Tab continues inside it
    expect(page.locator("main :focus")).to_have_count(1)
