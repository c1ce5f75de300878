"""The world map: what a reader sees at /map, and the geometry that draws it."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup, Tag
from fastapi.testclient import TestClient

from app.services import worldmap
from app.services.ingest import IngestSummary

STANCE_WORDS = ["Bans", "Restricts", "Mitigates", "Debating", "Embraces"]


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def map_link(page: BeautifulSoup, name: str) -> Tag:
    """The map's link whose accessible name is `name`."""
    links = page.select(f'.world-map svg a[aria-label="{name}"]')
    assert len(links) == 1, f"expected one map link named {name!r}, found {len(links)}"
    return links[0]


def shape_titled(page: BeautifulSoup, title: str) -> Tag:
    """The map shape whose hover title is `title`."""
    for path in page.select(".world-map svg path"):
        if path.title is not None and path.title.get_text() == title:
            return path
    raise AssertionError(f"no shape titled {title!r}")


# --- The page ----------------------------------------------------------------------------------


def test_map_colours_countries_by_stance_and_links_them(
    client: TestClient, seeded: IngestSummary
) -> None:
    response = client.get("/map")

    assert response.status_code == 200
    page = soup(response.text)
    assert page.h1.get_text(strip=True) == "World map"
    assert page.title.get_text().startswith("World map")

    us = map_link(page, "United States: Bans")
    assert us["href"] == "/countries/US"
    assert us.path is not None and "stance-bans" in us.path["class"]
    assert us.path.title.get_text() == "United States: Bans"  # the name on hover

    malaysia = map_link(page, "Malaysia: Embraces")
    assert "stance-embraces" in malaysia.path["class"]
    assert "stance-mitigates" in map_link(page, "United Kingdom: Mitigates").path["class"]


def test_a_country_without_a_position_is_drawn_but_not_a_link(
    client: TestClient, seeded: IngestSummary
) -> None:
    page = soup(client.get("/map").text)

    brazil = shape_titled(page, "Brazil: no position")
    assert brazil.find_parent("a") is None
    assert brazil.find_parent(attrs={"aria-hidden": "true"}) is not None
    assert not page.select('a[href="/countries/BR"]')


def test_positions_without_a_shape_are_listed_under_the_map(
    client: TestClient, seeded: IngestSummary
) -> None:
    page = soup(client.get("/map").text)

    section = page.select_one("section.off-map")
    assert section is not None
    assert section.h2.get_text(strip=True) == "Not on the map"
    items = {
        item.a.get_text(strip=True): (item.a["href"], item.select_one(".badge").get_text())
        for item in section.select("li")
    }
    assert items == {
        "European Union": ("/countries/EU", "Mitigates"),
        "Faroe Islands": ("/countries/FO", "Debating"),
    }


def test_legend_names_every_stance_and_no_position(
    client: TestClient, seeded: IngestSummary
) -> None:
    page = soup(client.get("/map").text)

    entries = page.select(".world-map .legend li")
    assert [entry.get_text(strip=True) for entry in entries] == [*STANCE_WORDS, "No position"]
    swatches = [entry.select_one(".swatch")["class"] for entry in entries]
    assert [classes[-1] for classes in swatches] == [
        *(f"stance-{word.lower()}" for word in STANCE_WORDS),
        "no-position",
    ]


def test_map_page_has_no_inline_style_or_script_and_is_linked_from_the_nav(
    client: TestClient, seeded: IngestSummary
) -> None:
    response = client.get("/map")
    page = soup(response.text)

    assert page.select("[style]") == []
    assert page.select("style") == []
    assert all(script.has_attr("src") for script in page.select("script"))
    assert "style=" not in response.text
    assert page.select_one('nav a[href="/map"]').get_text(strip=True) == "Map"


def test_empty_database_draws_every_country_grey(client: TestClient) -> None:
    page = soup(client.get("/map").text)

    assert page.select(".world-map svg a") == []
    assert len(page.select(".world-map .no-position path")) > 150
    assert page.select_one("section.off-map") is None


def test_missing_world_shapes_is_a_503_that_says_to_run_make_install(
    client: TestClient, seeded: IngestSummary, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(worldmap, "ATLAS_PATH", tmp_path / "countries-110m.json")

    response = client.get("/map")

    assert response.status_code == 503
    page = soup(response.text)
    assert "make install" in page.select_one("[role=alert]").get_text()
    assert page.select_one(".world-map") is None
    # Nothing is lost: every position is still listed.
    listed = [item.a.get_text(strip=True) for item in page.select("section.off-map li")]
    assert "United States" in listed and "Malaysia" in listed and len(listed) == 13


# --- TopoJSON decoding --------------------------------------------------------------------------

# Two arcs around the square (0,0)-(2,2) in quantized units, delta-encoded:
# arc 0 goes (0,0) -> (2,0) -> (2,2); arc 1 comes back (2,2) -> (0,2) -> (0,0).
TINY_TOPOLOGY: dict[str, Any] = {
    "type": "Topology",
    "transform": {"scale": [0.5, 2], "translate": [10, 20]},
    "arcs": [[[0, 0], [2, 0], [0, 2]], [[2, 2], [-2, 0], [0, -2]]],
    "objects": {
        "countries": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "arcs": [[0, 1]], "id": "076", "properties": {"name": "B"}},
                {"type": "MultiPolygon", "arcs": [[[-2, -1]]], "properties": {"name": "Kosovo"}},
            ],
        }
    },
}


def test_arcs_are_delta_decoded_and_transformed() -> None:
    arcs = worldmap.decode_arcs(TINY_TOPOLOGY)

    assert arcs == [
        [(10.0, 20.0), (11.0, 20.0), (11.0, 24.0)],
        [(11.0, 24.0), (10.0, 24.0), (10.0, 20.0)],
    ]


def test_a_ring_joins_its_arcs_and_walks_a_negative_index_backwards() -> None:
    arcs = worldmap.decode_arcs(TINY_TOPOLOGY)

    forwards = worldmap.ring_points(arcs, [0, 1])
    backwards = worldmap.ring_points(arcs, [-2, -1])  # ~1 then ~0: both arcs reversed

    assert forwards == [(10, 20), (11, 20), (11, 24), (10, 24), (10, 20)]
    assert backwards == list(reversed(forwards))


def test_polygons_and_codes_of_geometries() -> None:
    arcs = worldmap.decode_arcs(TINY_TOPOLOGY)
    polygon, multi = TINY_TOPOLOGY["objects"]["countries"]["geometries"]

    assert worldmap.geometry_polygons(polygon, arcs) == [[worldmap.ring_points(arcs, [0, 1])]]
    assert len(worldmap.geometry_polygons(multi, arcs)) == 1
    assert worldmap.country_code(polygon) == "BR"  # ISO numeric 076
    assert worldmap.country_code(multi) == "XK"  # no id: known by its name
    assert worldmap.country_code({"properties": {"name": "Somaliland"}}) is None


def test_a_ring_across_the_antimeridian_is_cut_in_two() -> None:
    # A box from 170°E to 170°W, stored the way world-atlas stores Fiji: jumping 180 -> -180.
    ring = [(170.0, 0.0), (180.0, 0.0), (-180.0, 0.0), (-170.0, 0.0), (-170.0, 10.0)]
    ring += [(-180.0, 10.0), (180.0, 10.0), (170.0, 10.0), (170.0, 0.0)]

    pieces = worldmap.split_at_antimeridian(ring)

    spans = sorted((min(x for x, _ in piece), max(x for x, _ in piece)) for piece in pieces)
    assert spans == [(-180, -170), (170, 180)]
    assert worldmap.split_at_antimeridian([(0, 0), (1, 0), (1, 1), (0, 0)]) == [
        [(0, 0), (1, 0), (1, 1), (0, 0)]
    ]


def test_atlas_from_a_tiny_topology() -> None:
    atlas = worldmap.atlas_from_topology(TINY_TOPOLOGY)

    assert [(shape.code, shape.name) for shape in atlas.shapes] == [
        ("BR", "Brazil"),
        ("XK", "Kosovo"),
    ]
    assert all(shape.path.startswith("M") and shape.path.endswith("z") for shape in atlas.shapes)


# --- Projection and path data -------------------------------------------------------------------


def test_equal_earth_centre_extent_and_directions() -> None:
    assert worldmap.equal_earth(0, 0) == (0, 0)
    # The projection's published extent: x = ±2.7066297 at the equator, y = ±1.3173627 at the poles.
    assert worldmap.equal_earth(180, 0)[0] == pytest.approx(2.7066297, abs=1e-6)
    assert worldmap.equal_earth(0, 90)[1] == pytest.approx(1.3173627, abs=1e-6)

    centre_x, centre_y = worldmap.to_svg(0, 0)
    assert (centre_x, centre_y) == (worldmap.MAP_WIDTH / 2, 0)
    assert worldmap.to_svg(-180, 0)[0] == pytest.approx(0)
    assert worldmap.to_svg(180, 0)[0] == pytest.approx(worldmap.MAP_WIDTH)
    east_x, _ = worldmap.to_svg(30, 0)
    _, north_y = worldmap.to_svg(0, 30)
    assert east_x > centre_x  # east is right
    assert north_y < centre_y  # north is up (SVG's y grows downwards)
    assert worldmap.to_svg(0, -30)[1] == pytest.approx(-north_y)


def test_equal_earth_keeps_areas_equal() -> None:
    # Small 1° cells at the equator and at 60°N keep the ratio of their areas on the sphere.
    def projected_area(lat: float) -> float:
        corners = [
            worldmap.equal_earth(dx, lat + dy) for dx, dy in [(0, 0), (1, 0), (1, 1), (0, 1)]
        ]
        pairs = zip(corners, corners[1:] + corners[:1], strict=True)
        return 0.5 * abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairs))

    def sphere_area(lat: float) -> float:
        return math.radians(1) * (math.sin(math.radians(lat + 1)) - math.sin(math.radians(lat)))

    ratio = projected_area(0) / projected_area(60)
    assert ratio == pytest.approx(sphere_area(0) / sphere_area(60), rel=1e-3)


def test_path_data_is_rounded_to_tenths_without_repeated_points() -> None:
    ring = [(1.04, 2.0), (1.01, 2.02), (3.56, 2.0), (3.5, 4.46), (1.0, 2.0)]

    path = worldmap.svg_path([ring, [(0, 0), (0.01, 0), (0, 0.02)]])

    # (1.01, 2.02) repeats (1.0, 2.0) at one decimal; the closing point becomes "z";
    # the second ring collapses to a point and is dropped.
    assert path == "M1 2l2.6 0 -.1 2.5z"
