"""The TopoJSON decoder on a tiny hand-made topology, and the SVG map drawn from it."""

from __future__ import annotations

import json
import math
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from toegang.reports.choropleth import (
    BANDS,
    CREDIT,
    GeoError,
    band_of,
    decode_arcs,
    decode_topojson,
    find_geo,
    legend_html,
    load_areas,
    render_map,
    ring,
)
from toegang.reports.national import load_geo

# Two squares side by side that share their middle edge (arc 0), quantised and delta-encoded.
# Quantised corners: (0,0) (2,0) (4,0) / (0,4) (2,4) (4,4); x = q*0.5 + 4, y = q*0.25 + 51.
TINY: dict[str, Any] = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.25], "translate": [4.0, 51.0]},
    "arcs": [
        [[2, 0], [0, 4]],  # (2,0) -> (2,4): the shared edge
        [[2, 4], [-2, 0], [0, -4], [2, 0]],  # (2,4) -> (0,4) -> (0,0) -> (2,0)
        [[2, 0], [2, 0], [0, 4], [-2, 0]],  # (2,0) -> (4,0) -> (4,4) -> (2,4)
    ],
    "objects": {
        "gemeenten": {
            "type": "GeometryCollection",
            "geometries": [
                {
                    "type": "Polygon",
                    "arcs": [[0, 1]],
                    "properties": {"statcode": "GM0001", "statnaam": "West"},
                },
                {"type": "Polygon", "arcs": [[2, -1]], "id": "GM0002", "properties": {"name": "Oost"}},
                {"type": "MultiPolygon", "arcs": [[[1, 0]], [[2, -1]]], "properties": {"statcode": "GM0003"}},
                {"type": "Point", "coordinates": [1, 1], "properties": {"statcode": "GM0004"}},
            ],
        }
    },
}


def test_arcs_are_delta_decoded_and_transformed() -> None:
    arcs = decode_arcs(TINY)
    assert arcs[0] == [(5.0, 51.0), (5.0, 52.0)]
    assert arcs[1] == [(5.0, 52.0), (4.0, 52.0), (4.0, 51.0), (5.0, 51.0)]
    assert arcs[2] == [(5.0, 51.0), (6.0, 51.0), (6.0, 52.0), (5.0, 52.0)]


def test_untransformed_arcs_are_absolute() -> None:
    plain = {"arcs": [[[4.5, 51.5], [5.5, 52.5]]]}
    assert decode_arcs(plain) == [[(4.5, 51.5), (5.5, 52.5)]]


def test_rings_join_arcs_and_reverse_negative_indices() -> None:
    arcs = decode_arcs(TINY)
    assert ring([0, 1], arcs) == ((5.0, 51.0), (5.0, 52.0), (4.0, 52.0), (4.0, 51.0), (5.0, 51.0))
    # ~0 == -1: the shared edge walked backwards; the joining point is not repeated.
    east = ring([2, -1], arcs)
    assert east == ((5.0, 51.0), (6.0, 51.0), (6.0, 52.0), (5.0, 52.0), (5.0, 51.0))
    assert east[0] == east[-1]


def test_geometries_become_areas_with_code_and_name() -> None:
    areas = decode_topojson(TINY)
    assert [(a.code, a.name, len(a.rings)) for a in areas] == [
        ("GM0001", "West", 1),
        ("GM0002", "Oost", 1),  # code from the geometry id, name from properties.name
        ("GM0003", "GM0003", 2),  # a MultiPolygon keeps both parts; no name: the code
    ]  # the Point has no outline and is left out


@pytest.mark.parametrize(
    "broken",
    [
        {"type": "FeatureCollection", "features": []},
        {"type": "Topology", "objects": {}, "arcs": []},
        {"type": "Topology", "objects": {"x": {"type": "GeometryCollection", "geometries": []}}},
        {**TINY, "arcs": TINY["arcs"][:1]},  # geometries point at arcs that are not there
        {**TINY, "transform": {"scale": [1]}},
    ],
)
def test_broken_topology_fails_with_a_geo_error(broken: dict[str, Any]) -> None:
    with pytest.raises(GeoError):
        decode_topojson(broken)


def test_unreadable_file_is_a_geo_error(tmp_path: Path) -> None:
    bad = tmp_path / "kaart.topojson"
    bad.write_text("{niet json", encoding="utf-8")
    with pytest.raises(GeoError):
        load_areas(bad)


@pytest.mark.parametrize(
    ("score", "band"),
    [(0.0, 0), (24.9, 0), (25.0, 1), (50.0, 2), (74.9, 2), (75.0, 3), (100.0, 3), (None, None)],
)
def test_score_bands(score: float | None, band: int | None) -> None:
    assert band_of(score) == band


def test_map_colours_by_band_hatches_missing_and_escapes_titles() -> None:
    areas = decode_topojson(TINY)[:2]
    svg = render_map(
        areas,
        {"GM0001": 80.0},
        label=lambda area, score: f"<b>{area.name}</b>: {score}",
        title="Kaart <test>",
        description="Uitleg & meer",
    )
    root = ET.fromstring(svg)  # well-formed XML: nothing from outside broke the markup
    ns = {"s": "http://www.w3.org/2000/svg"}
    paths = root.findall(".//s:path", ns)
    fills = {p.get("data-code"): p.get("fill") for p in paths if p.get("data-code")}
    assert fills == {"GM0001": BANDS[3][1], "GM0002": "url(#kaart-geen-resultaat)"}
    titles = [p.find("s:title", ns).text for p in paths if p.get("data-code")]  # type: ignore[union-attr]
    assert titles == ["<b>West</b>: 80.0", "<b>Oost</b>: None"]
    assert "<b>" not in svg and "&lt;b&gt;West" in svg
    assert root.get("role") == "img" and root.find("s:title", ns).text == "Kaart <test>"  # type: ignore[union-attr]
    # Equirectangular with cos(latitude): the two squares are as wide as the map, and higher than wide.
    width, height = (float(v) for v in root.get("viewBox", "").split()[2:])
    assert width == 520.0
    assert height == pytest.approx(520.0 / (2 * math.cos(math.radians(51.5))), abs=0.1)


def test_legend_counts_per_band_in_text() -> None:
    text = legend_html(
        {"GM0001": 80.0, "GM0002": 10.0, "GM0003": None}, ["GM0001", "GM0002", "GM0003", "GM0009"]
    )
    assert "score 75 tot en met 100: 1 gemeenten" in text
    assert "score 0 tot 25: 1 gemeenten" in text
    assert "geen resultaat (niet gemeten of niet in deze meting): 2 gemeenten" in text


def test_geo_file_is_found_by_explicit_path_or_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TOEGANG_GEO", raising=False)
    folder = tmp_path / "geo"
    folder.mkdir()
    (folder / "gemeente_2026.topojson").write_text(json.dumps(TINY), encoding="utf-8")
    assert find_geo(folder) == folder / "gemeente_2026.topojson"
    assert find_geo(folder / "gemeente_2026.topojson") == folder / "gemeente_2026.topojson"
    assert find_geo(tmp_path / "nergens.topojson") is None  # explicit and missing: no other file instead
    monkeypatch.setenv("TOEGANG_GEO", str(folder))
    assert find_geo() == folder / "gemeente_2026.topojson"


def test_report_degrades_to_a_dutch_note_without_the_file(tmp_path: Path) -> None:
    areas, note = load_geo(tmp_path / "nergens.topojson")
    assert areas is None and "geen kaart" in note
    bad = tmp_path / "kapot.topojson"
    bad.write_text("[]", encoding="utf-8")
    areas, note = load_geo(bad)
    assert areas is None and note.startswith("Er is geen kaart")


def test_shared_cbs_file_decodes_to_every_gemeente(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real boundary file beside the repository (../shared/geo), as developers and CI have it."""
    monkeypatch.delenv("TOEGANG_GEO", raising=False)
    path = find_geo()
    assert path is not None, "../shared/geo/gemeente_2026.topojson not found"
    areas = load_areas(path)
    assert len(areas) == 342
    amsterdam = next(a for a in areas if a.code == "GM0363")
    assert amsterdam.name == "Amsterdam"
    lon = [p[0] for r in amsterdam.rings for p in r]
    lat = [p[1] for r in amsterdam.rings for p in r]
    assert 4.7 < min(lon) < max(lon) < 5.2 and 52.2 < min(lat) < max(lat) < 52.5
    assert all(r[0] == r[-1] for a in areas for r in a.rings)
    assert CREDIT == "Kaart: CBS / Kadaster, CC BY 4.0"
