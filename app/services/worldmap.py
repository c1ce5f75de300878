"""The world map: country shapes from world-atlas, coloured by each country's position.

The shapes are Natural Earth's 1:110m countries as TopoJSON (the npm package world-atlas,
installed into node_modules/ by `make install`). We decode the topology, cut the rings that
cross the antimeridian, project with the Equal Earth projection and build SVG path data once
per process, so the page is drawn on the server and needs no JavaScript.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pycountry
from sqlmodel import Session

from app import countries
from app.models import Stance
from app.services import positions
from app.settings import PROJECT_DIR

logger = logging.getLogger(__name__)

ATLAS_PATH = PROJECT_DIR / "node_modules" / "world-atlas" / "countries-110m.json"

Point = tuple[float, float]  # (longitude, latitude) in degrees, or (x, y) once projected
Ring = list[Point]
Polygon = list[Ring]  # the outer ring, then its holes

# Features without an ISO numeric id, by their Natural Earth name. The others without one
# (N. Cyprus, Somaliland) have no code a position could carry, so they stay plain shapes.
CODES_BY_NAME = {"Kosovo": "XK"}
SKIPPED_CODES = {"AQ"}  # Antarctica: a third of the map's height for no position

# Equal Earth (Šavrič, Patterson & Jenny 2018).
_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2
EQUAL_EARTH_HALF_WIDTH = math.pi / (_M * _A1)  # x at longitude 180°, latitude 0°

MAP_WIDTH = 1000.0  # SVG user units from 180°W to 180°E
MAP_MARGIN = 5.0


# ---------------------------------------------------------------------------------------------
# TopoJSON decoding


def decode_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    """The topology's arcs as absolute coordinates (undoing quantization and delta encoding)."""
    transform = topology.get("transform")
    if transform is None:  # not quantized: arcs hold plain coordinates
        return [[(float(x), float(y)) for x, y, *_ in arc] for arc in topology["arcs"]]
    (scale_x, scale_y), (translate_x, translate_y) = transform["scale"], transform["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy, *_ in arc:
            x += dx
            y += dy
            points.append((x * scale_x + translate_x, y * scale_y + translate_y))
        decoded.append(points)
    return decoded


def ring_points(arcs: Sequence[Sequence[Point]], indexes: Iterable[int]) -> Ring:
    """A ring from its arc indexes; a negative index ~i means arc i walked backwards."""
    ring: Ring = []
    for index in indexes:
        arc = list(arcs[index]) if index >= 0 else list(reversed(arcs[~index]))
        # Consecutive arcs share their joining point; keep it once.
        ring.extend(arc[1:] if ring else arc)
    return ring


def geometry_polygons(geometry: dict[str, Any], arcs: Sequence[Sequence[Point]]) -> list[Polygon]:
    """The polygons of a Polygon or MultiPolygon geometry (other types have none)."""
    if geometry.get("type") == "Polygon":
        polygons = [geometry["arcs"]]
    elif geometry.get("type") == "MultiPolygon":
        polygons = geometry["arcs"]
    else:
        return []
    return [[ring_points(arcs, ring) for ring in polygon] for polygon in polygons]


def country_code(geometry: dict[str, Any]) -> str | None:
    """The ISO 3166-1 alpha-2 code (or XK) of an atlas feature; None when it has none."""
    numeric = geometry.get("id")
    if numeric is not None:
        country = pycountry.countries.get(numeric=str(numeric).zfill(3))
        return str(country.alpha_2) if country is not None else None
    name = (geometry.get("properties") or {}).get("name")
    return CODES_BY_NAME.get(str(name)) if name else None


# ---------------------------------------------------------------------------------------------
# Geometry on the plane


def split_at_antimeridian(ring: Ring) -> list[Ring]:
    """Cut a ring that jumps across 180° (Fiji, Chukotka) into pieces that each stay on a side.

    The ring is first made continuous (longitudes beyond ±180°), then clipped to each 360°
    band it touches and shifted back. A ring around a pole cannot be cut this way and is
    returned unchanged (only Antarctica has one, and the map leaves it out).
    """
    unwrapped: Ring = []
    offset = 0.0
    for index, (lon, lat) in enumerate(ring):
        if index:
            step = lon - ring[index - 1][0]
            if step > 180:
                offset -= 360
            elif step < -180:
                offset += 360
        unwrapped.append((lon + offset, lat))
    if offset != 0:
        return [ring]
    lons = [lon for lon, _ in unwrapped]
    if min(lons) >= -180 and max(lons) <= 180:
        return [ring]
    pieces = []
    for shift in (-360, 0, 360):
        low, high = -180 + shift, 180 + shift
        piece = _clip(_clip(unwrapped, low, keep_above=True), high, keep_above=False)
        if len(piece) >= 3:
            pieces.append([(lon - shift, lat) for lon, lat in piece])
    return pieces


def _clip(ring: Ring, lon: float, *, keep_above: bool) -> Ring:
    """Sutherland–Hodgman: the part of a closed ring east (or west) of a meridian."""

    def inside(point: Point) -> bool:
        return point[0] >= lon if keep_above else point[0] <= lon

    clipped: Ring = []
    for index, current in enumerate(ring):
        previous = ring[index - 1]
        if inside(current) != inside(previous):
            t = (lon - previous[0]) / (current[0] - previous[0])
            clipped.append((lon, previous[1] + t * (current[1] - previous[1])))
        if inside(current):
            clipped.append(current)
    return clipped


def equal_earth(lon: float, lat: float) -> Point:
    """The Equal Earth projection of a point in degrees, in units of the unit sphere (y north)."""
    lam, phi = math.radians(lon), math.radians(lat)
    theta = math.asin(_M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (_M * (_A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)))
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    return x, y


def to_svg(lon: float, lat: float) -> Point:
    """Where a point in degrees lands on the map, in SVG units: (0, 0) is the centre, y down.

    The map is MAP_WIDTH units wide from 180°W to 180°E, so the centre is (MAP_WIDTH / 2, 0).
    """
    x, y = equal_earth(lon, lat)
    scale = MAP_WIDTH / (2 * EQUAL_EARTH_HALF_WIDTH)
    return MAP_WIDTH / 2 + x * scale, -y * scale


def svg_path(rings: Iterable[Ring]) -> str:
    """SVG path data for projected rings, to one decimal, without repeated points.

    Each ring starts with an absolute move and continues with relative line-tos in tenths,
    computed from the rounded absolute points so that no rounding error adds up.
    """
    parts = []
    for ring in rings:
        tenths: list[tuple[int, int]] = []
        for x, y in ring:
            point = (round(x * 10), round(y * 10))
            if not tenths or point != tenths[-1]:
                tenths.append(point)
        if len(tenths) > 1 and tenths[0] == tenths[-1]:
            tenths.pop()  # closed by "z"
        if len(tenths) < 3:
            continue  # too small to see at this scale
        (x0, y0), moves = tenths[0], []
        for (ax, ay), (bx, by) in zip(tenths, tenths[1:], strict=False):
            moves.append(f"{_decimal(bx - ax)} {_decimal(by - ay)}")
        parts.append(f"M{_decimal(x0)} {_decimal(y0)}l{' '.join(moves)}z")
    return "".join(parts)


def _decimal(tenths: int) -> str:
    """An integer number of tenths as the shortest decimal: 12 -> "1.2", -5 -> "-.5", 30 -> "3"."""
    sign = "-" if tenths < 0 else ""
    whole, tenth = divmod(abs(tenths), 10)
    if not tenth:
        return f"{sign}{whole}"
    return f"{sign}{whole or ''}.{tenth}"


# ---------------------------------------------------------------------------------------------
# The atlas, once per process


@dataclass(frozen=True)
class AtlasShape:
    """One country of the atlas, ready to draw."""

    code: str | None  # None for the few features no position can name
    name: str
    path: str  # SVG path data; only digits, signs, dots, spaces and the letters M, l, z


@dataclass(frozen=True)
class Atlas:
    shapes: tuple[AtlasShape, ...]
    view_box: str


class AtlasMissingError(Exception):
    """The world shapes are not installed (or unreadable)."""


@cache
def load_atlas(path: Path) -> Atlas:
    """Every country of the TopoJSON file at `path`, projected (cached per path and process)."""
    try:
        topology = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise AtlasMissingError(str(error)) from error
    return atlas_from_topology(topology)


def atlas_from_topology(topology: dict[str, Any]) -> Atlas:
    """Project a world-atlas topology (its "countries" object) into shapes and a view box."""
    arcs = decode_arcs(topology)
    shapes = []
    ys: list[float] = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = country_code(geometry)
        if code in SKIPPED_CODES:
            continue
        rings = [
            [to_svg(lon, lat) for lon, lat in piece]
            for polygon in geometry_polygons(geometry, arcs)
            for ring in polygon
            for piece in split_at_antimeridian(ring)
        ]
        path = svg_path(rings)
        if not path:
            continue
        ys.extend(y for ring in rings for _, y in ring)
        atlas_name = str((geometry.get("properties") or {}).get("name", code or "?"))
        name = countries.name_of(code) if code and countries.is_valid_code(code) else atlas_name
        shapes.append(AtlasShape(code=code, name=name, path=path))
    top, bottom = (min(ys), max(ys)) if ys else (-MAP_WIDTH / 4, MAP_WIDTH / 4)
    view_box = " ".join(
        _decimal(round(value * 10))
        for value in (
            -MAP_MARGIN,
            top - MAP_MARGIN,
            MAP_WIDTH + 2 * MAP_MARGIN,
            bottom - top + 2 * MAP_MARGIN,
        )
    )
    return Atlas(shapes=tuple(sorted(shapes, key=lambda shape: shape.name)), view_box=view_box)


# ---------------------------------------------------------------------------------------------
# The page


@dataclass(frozen=True)
class MapCountry:
    """A country with a position, as the map shows it."""

    code: str
    name: str
    stance: Stance


@dataclass(frozen=True)
class MapShape:
    """A shape on the map, with the position of its country when there is one."""

    name: str
    path: str
    country: MapCountry | None


@dataclass(frozen=True)
class MapPage:
    view_box: str
    plain_shapes: list[MapShape]  # countries without a position, drawn first (underneath)
    linked_shapes: list[MapShape]  # countries with a position, by name (the keyboard order)
    off_map: list[MapCountry]  # positions the atlas has no shape for (the EU, small islands)
    legend: list[Stance]
    atlas_error: str | None  # set when the shapes are not installed: the page says what to do


def map_page(session: Session, *, atlas_path: Path | None = None) -> MapPage:
    """The world map: every atlas shape with its country's position, and the positions it lacks."""
    found = {
        country.code: MapCountry(country.code, country.name, position.stance)
        for position, country in positions.all_positions(session)
    }
    path = atlas_path or ATLAS_PATH
    try:
        atlas = load_atlas(path)
    except AtlasMissingError as error:
        logger.warning("world map shapes unavailable: %s", error)
        shown = path.relative_to(PROJECT_DIR) if path.is_relative_to(PROJECT_DIR) else path.name
        return MapPage(
            view_box="",
            plain_shapes=[],
            linked_shapes=[],
            off_map=sorted(found.values(), key=lambda item: item.name),
            legend=list(Stance),
            atlas_error=(
                f"The world map cannot be drawn: its shapes ({shown}) are not installed. "
                "Whoever runs this site should run `make install` and reload this page."
            ),
        )
    shapes = [
        MapShape(
            name=found[shape.code].name if shape.code in found else shape.name,
            path=shape.path,
            country=found.get(shape.code) if shape.code else None,
        )
        for shape in atlas.shapes
    ]
    drawn = {shape.code for shape in atlas.shapes}
    return MapPage(
        view_box=atlas.view_box,
        plain_shapes=[shape for shape in shapes if shape.country is None],
        linked_shapes=sorted(
            (shape for shape in shapes if shape.country is not None), key=lambda s: s.name
        ),
        off_map=sorted(
            (item for code, item in found.items() if code not in drawn), key=lambda i: i.name
        ),
        legend=list(Stance),
        atlas_error=None,
    )
