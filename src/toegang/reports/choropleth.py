"""A choropleth map of the Netherlands by score, drawn here as inline SVG so the report works offline.

The boundaries come from CBS/Kadaster's gemeente file (TopoJSON, CC BY 4.0), read at run time from the shared
reference data; the file is not part of the package. TopoJSON is decoded here (quantised, delta-encoded arcs
joined into rings) to avoid a GIS dependency, and projected equirectangularly with the longitude scaled by
cos(latitude) — close enough for a country as small as the Netherlands.

Without the file the report still renders, with a Dutch note instead of the map.
"""

from __future__ import annotations

import html
import json
import math
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from toegang.i18n import _

GEO_FILE = "gemeente_2026.topojson"
GEO_ENV = "TOEGANG_GEO"
CREDIT = "Kaart: CBS / Kadaster, CC BY 4.0"

Point = tuple[float, float]
Ring = tuple[Point, ...]

# Score bands, low to high: (lowest score in the band, fill colour). ColorBrewer YlGnBu, readable in greyscale.
BANDS: tuple[tuple[float, str], ...] = (
    (0.0, "#ffffcc"),
    (25.0, "#a1dab4"),
    (50.0, "#41b6c4"),
    (75.0, "#225ea8"),
)
NO_RESULT_FILL = "url(#kaart-geen-resultaat)"
STROKE = "#595959"


class GeoError(ValueError):
    """A boundary file that cannot be read as TopoJSON; the message is Dutch."""


@dataclass(frozen=True, slots=True)
class Area:
    """One gemeente's outline: its CBS code, name and rings (outer rings and holes) in longitude/latitude."""

    code: str
    name: str
    rings: tuple[Ring, ...]


# --- decoding TopoJSON -------------------------------------------------------------------------------------


def decode_arcs(topology: Mapping[str, Any]) -> list[list[Point]]:
    """Absolute coordinates of every arc: undo the delta encoding and the quantisation transform."""
    transform = topology.get("transform")
    arcs = topology.get("arcs")
    if not isinstance(arcs, list):
        raise GeoError(_("Het kaartbestand heeft geen lijnstukken (arcs)."))
    if transform is None:
        return [[(float(p[0]), float(p[1])) for p in arc] for arc in arcs]
    try:
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    except (KeyError, TypeError, ValueError) as exc:
        raise GeoError(_("Het kaartbestand heeft een ongeldige transformatie.")) from exc
    decoded: list[list[Point]] = []
    for arc in arcs:
        x = y = 0
        points: list[Point] = []
        for position in arc:
            x += int(position[0])
            y += int(position[1])
            points.append((x * sx + tx, y * sy + ty))
        decoded.append(points)
    return decoded


def ring(indices: Sequence[int], arcs: Sequence[Sequence[Point]]) -> Ring:
    """Join arcs into one ring. A negative index ~i means arc i reversed; arcs share their joining point."""
    points: list[Point] = []
    for index in indices:
        try:
            arc = list(arcs[~index])[::-1] if index < 0 else list(arcs[index])
        except IndexError as exc:
            raise GeoError(_("Het kaartbestand verwijst naar een lijnstuk dat niet bestaat.")) from exc
        if points and arc and points[-1] == arc[0]:
            arc = arc[1:]
        points.extend(arc)
    return tuple(points)


def _geometry_rings(geometry: Mapping[str, Any], arcs: Sequence[Sequence[Point]]) -> tuple[Ring, ...]:
    kind = geometry.get("type")
    if kind == "Polygon":
        return tuple(ring(r, arcs) for r in geometry.get("arcs") or ())
    if kind == "MultiPolygon":
        return tuple(ring(r, arcs) for polygon in geometry.get("arcs") or () for r in polygon)
    return ()


def decode_topojson(topology: Mapping[str, Any], object_name: str | None = None) -> list[Area]:
    """The areas of one object of a TopoJSON Topology (the first object when no name is given).

    The CBS code is read from `properties.statcode` (or the geometry's `id`), the name from
    `properties.statnaam` (or `properties.name`).
    """
    if topology.get("type") != "Topology" or not isinstance(topology.get("objects"), dict):
        raise GeoError(_("Het kaartbestand is geen TopoJSON (type Topology met objects)."))
    objects = topology["objects"]
    if not objects:
        raise GeoError(_("Het kaartbestand bevat geen kaartlagen."))
    name = object_name or next(iter(objects))
    collection = objects.get(name)
    if not isinstance(collection, dict):
        raise GeoError(_("Het kaartbestand heeft geen laag '{name}'.").format(name=name))
    arcs = decode_arcs(topology)
    geometries = (
        collection.get("geometries") if collection.get("type") == "GeometryCollection" else [collection]
    )
    areas: list[Area] = []
    for geometry in geometries or ():
        properties = geometry.get("properties") or {}
        code = str(properties.get("statcode") or geometry.get("id") or "")
        label = str(properties.get("statnaam") or properties.get("name") or code)
        rings = _geometry_rings(geometry, arcs)
        if code and rings:
            areas.append(Area(code, label, rings))
    return areas


def load_areas(path: Path) -> list[Area]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GeoError(_("Het kaartbestand {path} kan niet worden gelezen.").format(path=path)) from exc
    if not isinstance(data, dict):
        raise GeoError(_("Het kaartbestand is geen TopoJSON (type Topology met objects)."))
    return decode_topojson(data)


def find_geo(explicit: Path | str | None = None) -> Path | None:
    """The gemeente boundary file: `explicit` (a file or its folder), else $TOEGANG_GEO, else the shared
    reference data beside the repository (../shared/geo), else None."""
    candidates: list[Path] = []
    for given in (explicit, os.environ.get(GEO_ENV)):
        if given:
            path = Path(given)
            candidates.append(path / GEO_FILE if path.is_dir() else path)
            if explicit is not None:
                break  # an explicit path is used or nothing: never silently another file
    if explicit is None:
        repo = Path(__file__).resolve().parents[3]
        candidates += [
            repo.parent / "shared" / "geo" / GEO_FILE,
            Path.cwd().parent / "shared" / "geo" / GEO_FILE,
        ]
    return next((p for p in candidates if p.is_file()), None)


# --- drawing -----------------------------------------------------------------------------------------------


def band_of(score: float | None) -> int | None:
    """Index into BANDS, or None for no result."""
    if score is None or math.isnan(score):
        return None
    index = 0
    for i, (low, _colour) in enumerate(BANDS):
        if score >= low:
            index = i
    return index


def band_label(index: int) -> str:
    low = BANDS[index][0]
    if index + 1 < len(BANDS):
        return _("{low} tot {high}").format(low=f"{low:.0f}", high=f"{BANDS[index + 1][0]:.0f}")
    return _("{low} tot en met 100").format(low=f"{low:.0f}")


@dataclass(frozen=True, slots=True)
class Projection:
    """Longitude/latitude to SVG pixels for a given bounding box and width."""

    west: float
    north: float
    k: float
    kx: float
    width: float
    height: float

    @classmethod
    def fit(cls, areas: Sequence[Area], width: float = 520.0) -> Projection:
        points = [p for area in areas for r in area.rings for p in r]
        if not points:
            raise GeoError(_("Het kaartbestand bevat geen gemeenten."))
        west = min(p[0] for p in points)
        east = max(p[0] for p in points)
        south = min(p[1] for p in points)
        north = max(p[1] for p in points)
        kx = math.cos(math.radians((north + south) / 2))
        span = max((east - west) * kx, 1e-9)
        k = width / span
        return cls(west, north, k, kx, width, round((north - south) * k, 1))

    def __call__(self, point: Point) -> tuple[float, float]:
        return (
            round((point[0] - self.west) * self.kx * self.k, 1),
            round((self.north - point[1]) * self.k, 1),
        )


def path_data(area: Area, projection: Projection) -> str:
    """SVG path data for all rings of an area; points that round to the same pixel are dropped."""
    parts: list[str] = []
    for r in area.rings:
        coords: list[tuple[float, float]] = []
        for point in r:
            xy = projection(point)
            if not coords or coords[-1] != xy:
                coords.append(xy)
        if len(coords) < 3:
            continue
        numbers = " ".join(f"{x:g} {y:g}" for x, y in coords)
        parts.append(f"M{numbers}Z")
    return "".join(parts)


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def render_map(
    areas: Sequence[Area],
    scores: Mapping[str, float | None],
    *,
    label: Callable[[Area, float | None], str],
    title: str,
    description: str,
    width: float = 520.0,
) -> str:
    """The map as an inline <svg>: one path per area coloured by its score band, hatched without result.

    `label(area, score)` gives the text of each path's <title> (a tooltip; name and score). The SVG is one
    image for assistive technology, named by `title` and `description`; the table beside it holds the same
    numbers.
    """
    projection = Projection.fit(areas, width)
    out = [
        f'<svg class="kaart" viewBox="0 0 {projection.width:g} {projection.height:g}" '
        f'width="{projection.width:g}" height="{projection.height:g}" role="img" '
        'aria-labelledby="kaart-titel kaart-uitleg" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="kaart-titel">{_esc(title)}</title><desc id="kaart-uitleg">{_esc(description)}</desc>',
        '<defs><pattern id="kaart-geen-resultaat" width="5" height="5" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="5" height="5" fill="#f2f2f2"/>'
        '<line x1="0" y1="0" x2="0" y2="5" stroke="#8a8a8a" stroke-width="1.5"/></pattern></defs>',
        f'<g stroke="{STROKE}" stroke-width="0.4" stroke-linejoin="round" fill-rule="evenodd">',
    ]
    for area in sorted(areas, key=lambda a: a.code):
        score = scores.get(area.code)
        band = band_of(score)
        fill = BANDS[band][1] if band is not None else NO_RESULT_FILL
        data = path_data(area, projection)
        if not data:
            continue
        out.append(
            f'<path d="{data}" fill="{fill}" data-code="{_esc(area.code)}">'
            f"<title>{_esc(label(area, score))}</title></path>"
        )
    out.append("</g></svg>")
    return "".join(out)


def legend_html(scores: Mapping[str, float | None], codes: Sequence[str]) -> str:
    """The legend in text (with a colour sample): score range and how many gemeenten fall in it."""
    counts = [0] * len(BANDS)
    none = 0
    for code in codes:
        band = band_of(scores.get(code))
        if band is None:
            none += 1
        else:
            counts[band] += 1
    items = []
    for index in range(len(BANDS) - 1, -1, -1):
        colour = BANDS[index][1]
        swatch = (
            '<svg width="18" height="14" aria-hidden="true" focusable="false">'
            f'<rect x="0.5" y="0.5" width="17" height="13" fill="{colour}" stroke="{STROKE}"/></svg>'
        )
        text = _("score {range}: {n} gemeenten").format(range=band_label(index), n=counts[index])
        items.append(f"<li>{swatch} {_esc(text)}</li>")
    hatch = (
        '<svg width="18" height="14" aria-hidden="true" focusable="false"><defs>'
        '<pattern id="legenda-geen" width="5" height="5" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="5" height="5" fill="#f2f2f2"/>'
        '<line x1="0" y1="0" x2="0" y2="5" stroke="#8a8a8a" stroke-width="1.5"/></pattern></defs>'
        f'<rect x="0.5" y="0.5" width="17" height="13" fill="url(#legenda-geen)" stroke="{STROKE}"/></svg>'
    )
    text = _("gearceerd: geen resultaat (niet gemeten of niet in deze meting): {n} gemeenten").format(n=none)
    items.append(f"<li>{hatch} {_esc(text)}</li>")
    return f'<ul class="legenda">{"".join(items)}</ul>'
