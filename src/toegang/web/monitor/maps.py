"""The national map for the overview page, drawn with toegang.reports.choropleth from the imported scores.

The boundary file is reference data outside the package (see choropleth.find_geo); without it the page says
so and the ranking table carries the same numbers.
"""

from __future__ import annotations

from functools import lru_cache

from django.utils.safestring import SafeString, mark_safe

from toegang.reports import choropleth
from toegang.web.monitor import models as m


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


def national_map(measurement: m.Measurement) -> SafeString:
    """The map and its legend as HTML, or "" without boundary file or without any gemeente on the map."""
    areas = _areas()
    if not areas:
        return mark_safe("")
    rows = m.GemeenteResult.objects.filter(measurement=measurement).values_list(
        "gemeente__code", "score", "measured"
    )
    scores = {code: (score if measured else None) for code, score, measured in rows}
    codes = [a.code for a in areas]
    if not any(code in scores for code in codes):
        return mark_safe("")
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
    # render_map and legend_html escape every name; the markup is their own.
    return mark_safe(svg + choropleth.legend_html(scores, codes))
