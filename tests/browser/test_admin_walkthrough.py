"""The editors' side, walked through in Chromium: sign in, edit, conflict, review, upload,
history and restore, sign out.

These tests change data, so they run against a server of their own (a fresh SQLite copy with
the seeds and one editor), not the shared `live_server`. Each test touches its own countries
(GB; DE; JP and MY; CA), so they pass in any order.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Locator, Page, expect
from sqlmodel import Session

from app.db import make_engine
from app.services import ingest, users
from app.settings import Settings
from tests.browser.conftest import serve
from tests.conftest import SEEDS_DIR

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

EDITOR = "editor"
PASSWORD = "walkthrough-passphrase-1"  # 12+ characters
DESKTOP = {"width": 1280, "height": 900}
# Chromium's console line for a response with an error status (its location holds the URL).
HTTP_ERROR_PREFIX = "Failed to load resource: the server responded with a status of"


@pytest.fixture(scope="module")
def admin_server(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app on http://127.0.0.1:PORT over its own seeded database with an editor account."""
    path = tmp_path_factory.mktemp("admin-walkthrough") / "tracker.db"
    shutil.copyfile(sqlite_template, path)
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    with Session(engine) as session:
        summary = ingest.ingest_paths(session, paths=[SEEDS_DIR], max_bytes=5_000_000)
        assert not summary.rejected
        users.create_or_reset_admin(session, name=EDITOR, password=PASSWORD)
    engine.dispose()

    settings = Settings(
        database_url=url, secret_key="admin-walkthrough-secret", login_slowdown=False
    )
    with serve(settings) as base_url:
        yield base_url


class Tabs:
    """One browser context (one person's browser) whose tabs are all watched for errors."""

    def __init__(self, context: BrowserContext, base_url: str) -> None:
        self.context = context
        self.base_url = base_url
        self.errors: list[tuple[str, str]] = []  # (message, URL it came from)
        self.expected_http_errors: set[str] = set()
        context.on("console", self._on_console)
        context.on("weberror", lambda error: self.errors.append((str(error.error), "")))

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append((message.text, message.location.get("url", "")))

    def new(self) -> Page:
        return self.context.new_page()

    def url(self, path: str) -> str:
        return self.base_url + path

    def expect_http_error(self, path: str) -> None:
        """This URL is meant to answer with an error status (422, 409): Chromium logs it."""
        self.expected_http_errors.add(self.url(path))

    def unexpected_errors(self) -> list[str]:
        return [
            message
            for message, url in self.errors
            if not (message.startswith(HTTP_ERROR_PREFIX) and url in self.expected_http_errors)
        ]


@pytest.fixture
def tabs(browser: Browser, admin_server: str) -> Iterator[Tabs]:
    """A new browser context for each test; a console error or page error fails the test."""
    context = browser.new_context(viewport=DESKTOP, base_url=admin_server)
    tabs = Tabs(context, admin_server)
    yield tabs
    context.close()
    assert tabs.unexpected_errors() == [], f"the page reported errors: {tabs.unexpected_errors()}"


def sign_in_at(tabs: Tabs, page: Page, path: str) -> None:
    """Open an editors' page signed out, sign in with the form, and land back on it."""
    page.goto(path)
    expect(page).to_have_url(re.compile(re.escape(tabs.url("/admin/login?next=")) + ".+"))
    page.get_by_label("Name").fill(EDITOR)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(tabs.url(path))


def set_marker(page: Page) -> None:
    """Something only this page load holds: a full page load would lose it."""
    page.evaluate("() => { window.walkthroughMarker = 'same page'; }")


def expect_same_page_load(page: Page) -> None:
    assert page.evaluate("() => window.walkthroughMarker") == "same page"


def review_item(page: Page, country: str) -> Locator:
    return page.locator(".review-item").filter(
        has=page.locator("label strong", has_text=re.compile(f"^{country}$"))
    )


def pending_count(page: Page) -> int:
    text = page.get_by_role("status").filter(has_text="to review").inner_text()
    match = re.match(r"(\d+) finding", text)
    assert match, text
    return int(match.group(1))


# --- 1 and 8: signing in and out ----------------------------------------------------------------


def test_sign_in_returns_to_the_page_asked_for_and_sign_out_ends_the_session(tabs: Tabs) -> None:
    page = tabs.new()
    page.goto("/admin/review")

    expect(page).to_have_url(tabs.url("/admin/login?next=%2Fadmin%2Freview"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Editors: sign in")
    expect(page.get_by_role("button", name=re.compile("^Sign out"))).to_have_count(0)
    page.get_by_label("Name").fill(EDITOR)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    expect(page).to_have_url(tabs.url("/admin/review"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Review queue")
    sign_out = page.get_by_role("banner").get_by_role("button", name="Sign out editor")
    expect(sign_out).to_be_visible()

    sign_out.click()

    expect(page).to_have_url(tabs.url("/"))
    expect(page.get_by_role("button", name=re.compile("^Sign out"))).to_have_count(0)
    expect(page.get_by_role("banner").get_by_role("link", name="Editors")).to_have_count(0)
    page.goto("/admin")
    expect(page).to_have_url(tabs.url("/admin/login?next=%2Fadmin"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Editors: sign in")


# --- 2 and 3: editing a position in place, with a mistake on the way -----------------------------


def test_edit_a_position_in_place_after_a_refused_save(tabs: Tabs) -> None:
    page = tabs.new()
    sign_in_at(tabs, page, "/admin")
    page.goto("/countries/GB")
    page.get_by_role("link", name="Edit the position").click()
    expect(page).to_have_url(tabs.url("/admin/countries/GB/edit"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Edit the position of United Kingdom")
    set_marker(page)

    page.get_by_role("radio", name="Bans").check()
    page.get_by_label("As of").fill("2020-07-14")
    page.get_by_label("Public summary").fill("Huawei to be stripped out of 5G networks by 2027.")
    reason = page.get_by_label("Reason for this change")

    # No reason at all: the browser itself refuses (the field is `required`) and points to it.
    page.get_by_role("button", name="Save").click()
    expect(reason).to_be_focused()
    assert reason.evaluate("field => field.validity.valueMissing") is True
    expect(page.get_by_role("alert")).to_have_count(0)

    # A blank reason gets past the browser; the server answers 422 and htmx swaps in the form
    # with the message next to the field.
    tabs.expect_http_error("/admin/countries/GB/edit")
    reason.fill("   ")
    page.get_by_role("button", name="Save").click()

    expect(page.get_by_role("alert")).to_have_text(
        "Nothing was saved: please correct the fields marked below."
    )
    reason = page.get_by_label("Reason for this change")
    expect(reason).to_have_attribute("aria-invalid", "true")
    expect(reason).to_have_accessible_description("Required: say why, for the record.")
    expect(page.locator("#reason + p.field-error")).to_have_text(
        "Required: say why, for the record."
    )
    expect(page.get_by_role("radio", name="Bans")).to_be_checked()  # what was typed is kept
    expect(page.get_by_label("As of")).to_have_value("2020-07-14")
    expect(page).to_have_url(tabs.url("/admin/countries/GB/edit"))
    expect_same_page_load(page)

    other = tabs.new()  # nothing was saved
    other.goto("/countries/GB")
    expect(other.locator(".position-box .position .badge")).to_have_text("Mitigates")
    expect(other.locator(".position-box .facts dd").first).to_have_text("extracted")
    other.close()

    reason.fill("Government announcement of 14 July 2020")
    page.get_by_role("button", name="Save").click()

    saved = page.locator("#position-editor[role=status]")
    expect(saved.locator("p.saved")).to_have_text(
        "Saved: United Kingdom now Bans as of 14 Jul 2020 (version 2, edited)."
    )
    expect(page.locator("form.stacked-form")).to_have_count(0)  # the form was replaced
    expect(page).to_have_url(tabs.url("/admin/countries/GB/edit"))
    expect_same_page_load(page)  # htmx swapped it in: no page load

    saved.get_by_role("link", name="See United Kingdom").click()
    expect(page).to_have_url(tabs.url("/countries/GB"))
    expect(page.locator(".position-box .position .badge")).to_have_text("Bans")
    expect(page.locator(".position-box .position time")).to_have_text("14 Jul 2020")
    expect(page.locator(".position-box .facts dd").first).to_have_text("edited")
    expect(page.locator(".position-box .summary-note")).to_have_text(
        "Huawei to be stripped out of 5G networks by 2027."
    )

    page.get_by_role("banner").get_by_role("link", name="Countries").click()
    row = page.locator("tr#country-GB")
    expect(row.locator(".badge")).to_have_text("Bans")
    expect(row.locator(".status")).to_have_text("edited")


# --- 4 and 7: two tabs on one position, then history and restore ---------------------------------


def test_a_stale_save_is_refused_and_history_restores_the_older_revision(tabs: Tabs) -> None:
    first = tabs.new()
    sign_in_at(tabs, first, "/admin/countries/DE/edit")
    second = tabs.new()  # the same browser, so already signed in
    second.goto("/admin/countries/DE/edit")
    for page in (first, second):
        expect(page.get_by_role("radio", name="Debating")).to_be_checked()
        set_marker(page)

    first.get_by_role("radio", name="Mitigates").check()
    first.get_by_label("Public summary").fill("Security catalogue instead of a ban.")
    first.get_by_label("Reason for this change").fill("Security catalogue adopted")
    first.get_by_role("button", name="Save").click()
    expect(first.locator("p.saved")).to_have_text(
        "Saved: Germany now Mitigates as of 16 Dec 2019 (version 2, edited)."
    )

    tabs.expect_http_error("/admin/countries/DE/edit")
    second.get_by_role("radio", name="Bans").check()
    second.get_by_label("Reason for this change").fill("I think they banned it")
    second.get_by_role("button", name="Save").click()

    alert = second.get_by_role("alert")
    expect(alert).to_contain_text("Someone else saved this position while you were editing.")
    expect(alert).to_contain_text("Nothing was overwritten.")
    versions = alert.locator("dl.facts")
    expect(versions.locator("dt")).to_have_text(["Saved version 2", "Your version"])
    expect(versions.locator("dd").nth(0)).to_have_text(
        "Mitigates as of 16 Dec 2019: “Security catalogue instead of a ban.”"
    )
    expect(versions.locator("dd").nth(1)).to_contain_text("Bans as of 16 Dec 2019")
    expect(second.get_by_role("radio", name="Bans")).to_be_checked()  # the editor's work is kept
    expect_same_page_load(second)

    first.goto("/countries/DE")  # the first save stands
    expect(first.locator(".position-box .position .badge")).to_have_text("Mitigates")
    expect(first.locator(".position-box .facts dd").first).to_have_text("edited")

    # Having compared the two, the second editor saves again: now on top of version 2.
    second.get_by_role("button", name="Save").click()
    expect(second.locator("p.saved")).to_have_text(
        "Saved: Germany now Bans as of 16 Dec 2019 (version 3, edited)."
    )
    expect_same_page_load(second)

    first.get_by_role("link", name="History").click()
    expect(first).to_have_url(tabs.url("/admin/countries/DE/history"))
    expect(first.get_by_role("heading", level=1)).to_have_text("History of Germany")
    rows = first.locator("table.audit tbody tr")
    expect(rows).to_have_count(2)  # newest first
    expect(rows.locator("td:nth-child(4)")).to_have_text(["edit", "edit"])
    expect(rows.locator("td:nth-child(6)")).to_have_text(
        ["Bans, as of 16 Dec 2019", "Mitigates, as of 16 Dec 2019"]
    )
    expect(rows.locator("td:nth-child(7)")).to_have_text(
        ["I think they banned it", "Security catalogue adopted"]
    )

    rows.nth(1).get_by_role("button", name=re.compile("^Restore")).click()

    expect(first).to_have_url(tabs.url("/admin/countries/DE/history"))
    expect(rows).to_have_count(3)
    expect(rows.first.locator("td:nth-child(4)")).to_have_text("restore")
    expect(rows.first.locator("td:nth-child(5)")).to_have_text("Bans, as of 16 Dec 2019")
    expect(rows.first.locator("td:nth-child(6)")).to_have_text("Mitigates, as of 16 Dec 2019")
    first.get_by_role("link", name="Germany", exact=True).click()
    expect(first).to_have_url(tabs.url("/countries/DE"))
    expect(first.locator(".position-box .position .badge")).to_have_text("Mitigates")
    expect(first.locator(".position-box .summary-note")).to_have_text(
        "Security catalogue instead of a ban."
    )


# --- 5: the review queue --------------------------------------------------------------------------


def test_reject_and_accept_findings_in_the_review_queue(tabs: Tabs) -> None:
    page = tabs.new()
    sign_in_at(tabs, page, "/admin/review")
    japan, malaysia = review_item(page, "Japan"), review_item(page, "Malaysia")
    expect(japan).to_have_count(1)
    expect(malaysia).to_have_count(1)
    expect(malaysia.locator(".badge")).to_have_text("Embraces")
    pending = pending_count(page)

    japan.get_by_role("button", name="Reject").click()

    expect(page).to_have_url(tabs.url("/admin/review"))
    expect(japan).to_have_count(0)
    expect(page.get_by_role("status").filter(has_text="to review")).to_contain_text(
        f"{pending - 1} findings to review"
    )
    expect(malaysia).to_have_count(1)

    malaysia.get_by_role("button", name="Accept").click()

    expect(page).to_have_url(tabs.url("/admin/review"))
    expect(malaysia).to_have_count(0)
    expect(page.get_by_role("status").filter(has_text="to review")).to_contain_text(
        f"{pending - 2} findings to review"
    )

    page.get_by_role("banner").get_by_role("link", name="Countries").click()
    row = page.locator("tr#country-MY")
    expect(row.locator(".badge")).to_have_text("Embraces")
    expect(row.locator(".status")).to_have_text("reviewed")
    expect(page.locator("tr#country-JP")).to_have_count(0)  # its only finding was rejected


# --- 6: adding an article -------------------------------------------------------------------------

WIRE_REPORT = """\
OTTAWA (Test Wire) - Canada will ban Huawei and ZTE from its 5G networks, the government said.
"We are announcing our intention to prohibit the inclusion of Huawei and ZTE products and \
services in Canada's telecommunications systems," the industry minister told reporters.
Operators that already use the equipment will have to remove it by 2024.
"""


def test_upload_an_article_then_the_same_file_again(tabs: Tabs, tmp_path: Path) -> None:
    article = tmp_path / "canada-5g.txt"
    article.write_text(WIRE_REPORT, encoding="utf-8")
    page = tabs.new()
    sign_in_at(tabs, page, "/admin")
    page.get_by_role("link", name="Add an article").click()
    expect(page).to_have_url(tabs.url("/admin/documents/new"))

    def upload() -> None:
        page.get_by_label("…or upload a file").set_input_files(article)
        page.get_by_label("Outlet").fill("Test Wire")
        page.get_by_label("Title").fill("Canada bans Huawei and ZTE from 5G")
        page.get_by_label("Published").fill("2022-05-19")
        page.get_by_role("button", name="Add and extract").click()

    upload()

    expect(page).to_have_url(re.compile(re.escape(tabs.url("/admin/review?document=")) + r"\d+$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        re.compile(r"^Review queue: document")
    )
    items = page.locator(".review-item")
    expect(items.locator("label strong")).to_have_text(["Canada", "Canada"])
    expect(items.locator("label .badge")).to_have_text(["Bans", "Bans"])
    expect(items.first.locator(".meta")).to_contain_text(
        "Canada bans Huawei and ZTE from 5G · Test Wire · 19 May 2022"
    )
    document_url = page.get_by_role("link", name="Read the document").get_attribute("href")
    assert document_url is not None

    page.goto("/admin/documents/new")
    tabs.expect_http_error("/admin/documents/new")
    upload()

    expect(page).to_have_url(tabs.url("/admin/documents/new"))
    alert = page.get_by_role("alert")
    expect(alert).to_have_text("This article is already stored. See the stored copy.")
    alert.get_by_role("link", name="See the stored copy").click()
    expect(page).to_have_url(tabs.url(document_url))
    expect(page.get_by_role("heading", level=1)).to_have_text("Canada bans Huawei and ZTE from 5G")
