"""The country table in a real browser."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import OpenPage

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def expect_rows(page: Page, rows: list[tuple[str, str]]) -> None:
    """The table shows exactly these (country, stance badge) rows, top to bottom."""
    body = page.locator("table.countries tbody")
    expect(body.locator("tr")).to_have_count(len(rows))
    expect(body.locator("th a")).to_have_text([country for country, _ in rows])
    expect(body.locator(".badge")).to_have_text([stance for _, stance in rows])


BANS = [("Australia", "Bans"), ("New Zealand", "Bans"), ("United States", "Bans")]
BANS_OR_EMBRACES = [
    ("Australia", "Bans"),
    ("China", "Embraces"),
    ("Malaysia", "Embraces"),
    ("New Zealand", "Bans"),
    ("United States", "Bans"),
]


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


def test_ticking_two_stances_shows_only_those_and_back_restores_the_previous_filter(
    page: Page, live_server: str
) -> None:
    page.goto(live_server + "/")
    rows = page.locator("table.countries tbody tr")
    count = page.get_by_role("status")
    bans = page.get_by_role("checkbox", name="Bans")
    embraces = page.get_by_role("checkbox", name="Embraces")
    expect(rows).to_have_count(13)

    bans.check()
    expect_rows(page, BANS)
    expect(count).to_have_text("3 of 13 countries")
    expect(page).to_have_url(re.compile(r"[?&]stance=bans(&|$)"))

    embraces.check()
    expect_rows(page, BANS_OR_EMBRACES)
    expect(count).to_have_text("5 of 13 countries")
    expect(page).to_have_url(re.compile(r"[?&]stance=bans&stance=embraces(&|$)"))

    # Back: htmx asks the server for the previous URL's full page (HX-History-Restore-Request)
    # and swaps it in, so the rows and the ticked boxes both come back.
    page.go_back()
    expect(page).not_to_have_url(re.compile(r"embraces"))
    expect(page).to_have_url(re.compile(r"[?&]stance=bans(&|$)"))
    expect_rows(page, BANS)
    expect(count).to_have_text("3 of 13 countries")
    expect(bans).to_be_checked()
    expect(embraces).not_to_be_checked()

    page.go_back()
    expect(page).to_have_url(live_server + "/")
    expect(rows).to_have_count(13)
    expect(bans).not_to_be_checked()
    expect(embraces).not_to_be_checked()


def test_choosing_a_bloc_shows_its_members(page: Page, live_server: str) -> None:
    page.goto(live_server + "/")
    rows = page.locator("table.countries tbody tr")
    expect(rows).to_have_count(13)

    page.get_by_label("Bloc").select_option(label="Five Eyes")

    expect(rows).to_have_count(4)
    expect(rows.locator("th a")).to_have_text(
        ["Australia", "New Zealand", "United Kingdom", "United States"]
    )
    expect(page.get_by_label("Bloc")).to_have_value("five-eyes")
    expect(page.get_by_role("status")).to_have_text("4 of 13 countries")
    expect(page).to_have_url(re.compile(r"[?&]bloc=five-eyes(&|$)"))


def test_clicking_as_of_twice_reverses_the_order(page: Page, live_server: str) -> None:
    page.goto(live_server + "/")
    dates = page.locator("table.countries tbody time")
    expect(dates).to_have_count(13)
    shown = sorted(
        (time.get_attribute("datetime") or "", time.inner_text()) for time in dates.all()
    )
    oldest_first = [text for _, text in shown]
    header = page.locator("table.countries thead th", has_text="As of")
    link = header.get_by_role("link", name="As of")

    link.click()
    expect(header).to_have_attribute("aria-sort", "ascending")
    expect(header).to_contain_text("▲")
    expect(dates).to_have_text(oldest_first)
    expect(page).to_have_url(re.compile(r"[?&]sort=as_of(&|$)"))

    link.click()
    expect(header).to_have_attribute("aria-sort", "descending")
    expect(header).to_contain_text("▼")
    expect(dates).to_have_text(oldest_first[::-1])
    expect(page).to_have_url(re.compile(r"[?&]sort=-as_of(&|$)"))
    assert oldest_first[0] != oldest_first[-1]  # the reversal is visible, not a no-op


def test_the_filter_works_without_javascript(open_page: OpenPage, live_server: str) -> None:
    page = open_page(java_script_enabled=False)
    page.goto(live_server + "/")
    rows = page.locator("table.countries tbody tr")
    expect(rows).to_have_count(13)

    page.get_by_role("checkbox", name="Bans").check()
    page.get_by_role("checkbox", name="Embraces").check()
    expect(rows).to_have_count(13)  # nothing happens until the form is submitted
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name="Apply filters").click()

    response = navigation.value
    assert response is not None and response.ok  # a full GET of a new page
    expect(page).to_have_url(re.compile(r"[?&]stance=bans&stance=embraces(&|$)"))
    expect_rows(page, BANS_OR_EMBRACES)
    expect(page.get_by_role("status")).to_have_text("5 of 13 countries")
    expect(page.get_by_role("checkbox", name="Bans")).to_be_checked()
    expect(page.get_by_role("checkbox", name="Embraces")).to_be_checked()
