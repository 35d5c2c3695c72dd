"""The national map for the overview page, drawn with toegang.reports.choropleth from a measurement's scores.

The map is drawn once, when a measurement is imported, and stored with it (Measurement.map_html): drawing 342
boundaries takes tens of milliseconds, too much to repeat for every visitor. The boundary file is reference
data outside the package (see choropleth.find_geo); without it no map is stored, the page says so and the
ranking table carries the same numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from toegang.reports import choropleth


@lru_cache(maxsize=1)
def _areas() -> tuple[choropleth.Area, ...]:
    path = choropleth.find_geo()
    if path is None:
        return ()
    try:
        return tuple(choropleth.load_areas(path))
    except (choropleth.GeoError, OSError, ValueError):
        return ()


def _label(area: choropleth.Area, score: float | None) -> str:
    if score is None:
        return f"{area.name}: geen resultaat"
    return f"{area.name}: score {score:.1f}".replace(".", ",")


def draw_map(scores: Mapping[str, float | None]) -> str:
    """The map and its legend as HTML for {gemeente code: score, None when unmeasured}; "" without boundary
    file or when no gemeente of `scores` is on the map. render_map and legend_html escape every name."""
    areas = _areas()
    if not areas:
        return ""
    codes = [a.code for a in areas]
    if not any(code in scores for code in codes):
        return ""
    svg = choropleth.render_map(
        areas,
        scores,
        label=_label,
        title="Kaart van Nederland met de score per gemeente",
        description=(
            "Hoe donkerder de kleur, hoe hoger de score. Gearceerd: geen resultaat. "
            "De ranglijst onder de kaart geeft dezelfde cijfers."
        ),
    )
    return svg + choropleth.legend_html(scores, codes)
