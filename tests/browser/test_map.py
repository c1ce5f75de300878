"""The world map in a real browser: by mouse and by keyboard."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from app.services import worldmap

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

KANSAS = (-98.0, 38.5)  # a point well inside the contiguous United States


def test_clicking_the_united_states_opens_its_page(page: Page, live_server: str) -> None:
    page.goto(live_server + "/map")
    expect(page.get_by_role("heading", level=1)).to_have_text("World map")
    expect(page.get_by_role("link", name="United States: Bans")).to_be_visible()

    # Click where Kansas is drawn: the map's own projection, through the SVG's screen transform.
    x, y = worldmap.to_svg(*KANSAS)
    point = page.evaluate(
        """([x, y]) => {
            const svg = document.querySelector('.world-map svg');
            const p = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM());
            const hit = document.elementFromPoint(p.x, p.y);
            return {x: p.x, y: p.y, label: hit && hit.closest('a')?.getAttribute('aria-label')};
        }""",
        [x, y],
    )
    assert point["label"] == "United States: Bans"
    page.mouse.click(point["x"], point["y"])

    expect(page).to_have_url(live_server + "/countries/US")
    expect(page.get_by_role("heading", level=1)).to_have_text("United States")


def test_a_country_can_be_reached_with_tab_and_opened_with_enter(
    page: Page, live_server: str
) -> None:
    page.goto(live_server + "/map")

    label = None
    for _ in range(20):
        page.keyboard.press("Tab")
        label = page.evaluate(
            "document.activeElement.closest('.world-map svg a')?.getAttribute('aria-label') ?? null"
        )
        if label:
            break
    assert label == "Australia: Bans"  # the map's links come in name order
    focused = page.locator(".world-map svg a:focus-visible")
    expect(focused).to_have_count(1)
    expect(focused.locator("path")).to_have_css("stroke-width", "2.5px")

    page.keyboard.press("Enter")

    expect(page).to_have_url(live_server + "/countries/AU")
    expect(page.get_by_role("heading", level=1)).to_have_text("Australia")
