"""Public monitor pages: national overview, a gemeente, a rule, and search. No login needed."""

from __future__ import annotations

import html
import math
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any

from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import floatformat, slugify
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.formats import get_format
from django.utils.safestring import SafeString, mark_safe

from toegang.i18n import _
from toegang.web.core.pagecache import public_page
from toegang.web.core.templatetags.toegang import badge
from toegang.web.monitor import models as m
from toegang.web.monitor.catalogue import IMPACT_LABELS, STATUS_ICONS, STATUS_LABELS, rule_text
from toegang.web.monitor.search import normalise

_TENTH = Decimal("0.1")
PLACEMENT_LABELS = {
    "next_to_term": "Bij de beslistermijn",
    "on_main_page": "Op de aanvraagpagina",
    "elsewhere": "Op een andere pagina",
    "missing": "Niet gevonden",
    "unknown": "Onbekend",
}
REASON_LABELS = {
    "no_sites": "Er is geen website van deze gemeente bekend.",
    "not_finished": "De meting van de website is niet afgemaakt.",
    "no_page": "Er is geen pagina over bijstand aanvragen gevonden.",
    "robots": "De website staat niet toe dat wij de pagina's lezen (robots.txt).",
    "robots_forbidden": "De website staat niet toe dat wij de pagina's lezen (robots.txt).",
    "unreachable": "De website was niet bereikbaar.",
}


# Large columns a page does not show: the manifest as imported, the summary (only the overview's figures) and
# the stored map (only the overview).
_UNSHOWN = ("manifest", "summary", "map_html")


def _measurement(request: HttpRequest, *, keep: Iterable[str] = ()) -> m.Measurement:
    """The measurement asked for with ?meting=ID, else the latest; 404 when there is none. Only the large
    columns named in `keep` are loaded."""
    ident = request.GET.get("meting", "").strip()
    queryset = m.Measurement.objects.defer(*(f for f in _UNSHOWN if f not in keep))
    if ident:
        return get_object_or_404(queryset, ident=ident)
    latest = queryset.order_by("-measured_on", "-id").first()
    if latest is None:
        raise Http404("Er is nog geen meting")
    return latest


def _previous(measurement: m.Measurement) -> m.Measurement | None:
    return (
        m.Measurement.objects.defer("manifest", "map_html")
        .filter(
            Q(measured_on__lt=measurement.measured_on)
            | Q(measured_on=measurement.measured_on, id__lt=measurement.id)
        )
        .order_by("-measured_on", "-id")
        .first()
    )


@lru_cache(maxsize=4096)
def _reverse(prefix: str, urlconf: str | None, name: str, arg: str) -> str:
    """reverse() costs about 0.1 ms; the monitor pages link to hundreds of gemeenten and rules. The script
    prefix and urlconf are part of the key, so the answer is the one reverse() would give now."""
    return reverse(name, args=[arg], urlconf=urlconf)


def _url(name: str, arg: str) -> str:
    return _reverse(get_script_prefix(), get_urlconf(), name, arg)


def _status(status: str) -> dict[str, str]:
    css = "na" if status == "not_applicable" else status
    return {
        "code": status,
        "css": css,
        "label": STATUS_LABELS.get(status, status),
        "icon": STATUS_ICONS.get(status, "?"),
    }


def _quotes(rule: m.GemeenteRuleResult) -> list[SafeString]:
    """The quotes in their page context, as derived at import (monitor.quotes escapes all page text)."""
    return [mark_safe(quote) for quote in rule.quotes]


def no_measurement(request: HttpRequest) -> HttpResponse:
    return render(request, "monitor/empty.html", status=404)


@public_page
def overview(request: HttpRequest) -> HttpResponse:
    try:
        measurement = _measurement(request, keep=("summary", "map_html"))
    except Http404:
        if request.GET.get("meting"):
            raise
        return no_measurement(request)
    previous = _previous(measurement)
    summary = measurement.summary or {}
    before = {row["rule"]: row for row in (previous.summary.get("rules", []) if previous else [])}
    rules = []
    for row in summary.get("rules", []):
        info = rule_text(row["rule"], measurement.law_date)
        old = before.get(row["rule"])
        rules.append(
            {
                **row,
                "title": info.title,
                "impact_label": IMPACT_LABELS.get(row.get("impact", ""), ""),
                "change": (round(row["pct_present"] - old["pct_present"], 1) if old else None),
            }
        )
    mean_change = None
    if previous and previous.mean_score is not None and measurement.mean_score is not None:
        mean_change = round(measurement.mean_score - previous.mean_score, 1)
    context: dict[str, Any] = {
        "measurement": measurement,
        "previous": previous,
        "summary": summary,
        "rules": rules,
        "mean_change": mean_change,
        "ranking": ranking_html(ranking_rows(measurement)),
        # Drawn by the importer (monitor.maps); render_map and legend_html escape every name.
        "map_svg": mark_safe(measurement.map_html),
    }
    return render(request, "monitor/overview.html", context)


def ranking_rows(measurement: m.Measurement) -> list[dict[str, Any]]:
    return list(
        m.GemeenteResult.objects.filter(measurement=measurement)
        .order_by("rank", "name")
        .values("rank", "name", "score", "wrong_count", "absent_count", "measured", "gemeente__code")
    )


def one_decimal(value: float | None, separator: str) -> str:
    """What the template filter floatformat:1 prints (half up, "0,0" rather than "-0,0"), without its cost
    per call: the ranking prints 342 scores. `separator` is the active language's decimal separator."""
    if value is None or not math.isfinite(value):
        return str(floatformat(value, 1))
    number = Decimal(repr(value))
    _sign, digits, exponent = number.as_tuple()
    if len(digits) + abs(int(exponent)) > 200:  # floatformat prints these as they are
        return str(floatformat(value, 1))
    rounded = number.quantize(_TENTH, ROUND_HALF_UP)
    return str(abs(rounded) if rounded == 0 else rounded).replace(".", separator)


def ranking_html(rows: list[dict[str, Any]]) -> SafeString:
    """The ranking table's rows. Built here rather than in the template: 342 rows through the template
    engine took some 50 ms per request, this takes a few. Every value from the database is escaped."""
    unmeasured = html.escape(_("niet gemeten"))
    separator = str(get_format("DECIMAL_SEPARATOR"))
    prefix, urlconf = get_script_prefix(), get_urlconf()
    out: list[str] = []
    for row in rows:
        cells = (
            f'<td class="getal">{html.escape(one_decimal(row["score"], separator))}</td>'
            f'<td class="getal">{row["wrong_count"]:d}</td><td class="getal">{row["absent_count"]:d}</td>'
            if row["measured"]
            else f'<td colspan="3">{unmeasured}</td>'
        )
        url = _reverse(prefix, urlconf, "monitor:gemeente", row["gemeente__code"])
        out.append(
            f'<tr><td class="getal">{row["rank"] or "–"}</td><th scope="row">'
            f'<a href="{html.escape(url)}">{html.escape(row["name"])}</a></th>{cells}</tr>\n'
        )
    return mark_safe("".join(out))


@dataclass
class RuleRow:
    rule: m.GemeenteRuleResult
    title: str
    impact: str
    status: dict[str, str]
    quotes: list[SafeString]
    fix: str
    explain: str
    # Worked out here, once per row, instead of by template tags (slugify, badge, url) several times per row.
    slug: str
    badge: SafeString
    law_url: str
    others_url: str


@public_page
def gemeente(request: HttpRequest, code: str) -> HttpResponse:
    measurement = _measurement(request)
    # Every result of this gemeente (one per measurement) in one query: the gemeente itself, the history table
    # and the result of the measurement shown.
    history = list(
        m.GemeenteResult.objects.filter(gemeente__code=code.upper())
        .select_related("gemeente", "measurement")
        .defer(*(f"measurement__{f}" for f in _UNSHOWN))
        .order_by("-measurement__measured_on", "-measurement__id")
    )
    place = history[0].gemeente if history else get_object_or_404(m.Gemeente, code=code.upper())
    result = next((r for r in history if r.measurement_id == measurement.pk), None)
    rows: list[RuleRow] = []
    if result is not None:
        for rule in result.rules.order_by("position"):
            info = rule_text(rule.rule, measurement.law_date)
            rows.append(
                RuleRow(
                    rule=rule,
                    title=info.title,
                    impact=IMPACT_LABELS.get(rule.impact, rule.impact),
                    status=_status(rule.status),
                    quotes=_quotes(rule),
                    fix=rule.fix or info.fix,
                    explain=info.explain,
                    slug=slugify(rule.rule),
                    badge=badge(rule.status),
                    law_url=_url("rechten:rule", rule.rule),
                    others_url=_url("monitor:regel", rule.rule),
                )
            )
    order = {"wrong": 0, "absent": 1, "present": 2, "not_applicable": 3}
    to_fix = sorted(
        (r for r in rows if r.rule.status in ("wrong", "absent")), key=lambda r: order[r.rule.status]
    )
    context = {
        "gemeente": place,
        "measurement": measurement,
        "result": result,
        "rows": rows,
        "to_fix": to_fix,
        "good": [r for r in rows if r.rule.status == "present"],
        "history": history,
        "placement": PLACEMENT_LABELS.get(result.placement, "") if result else "",
        "reason": REASON_LABELS.get(result.reason, result.reason) if result else "",
    }
    return render(request, "monitor/gemeente.html", context)


def _example(row: m.GemeenteRuleResult) -> dict[str, Any]:
    return {"row": row, "quotes": _quotes(row), "url": _url("monitor:gemeente", row.result.gemeente.code)}


@public_page
def regel(request: HttpRequest, rule_id: str) -> HttpResponse:
    measurement = _measurement(request)
    info = rule_text(rule_id, measurement.law_date)
    base = m.GemeenteRuleResult.objects.filter(
        result__measurement=measurement, rule=rule_id, result__measured=True
    )
    statuses = ("present", "absent", "wrong", "not_applicable")
    numbers = base.aggregate(**{s: Count("id", filter=Q(status=s)) for s in statuses})
    counts = {s: int(numbers[s] or 0) for s in statuses}
    if info.rule is None and not any(counts.values()) and not base.exists():
        raise Http404("Onbekende regel")
    wrong_results = list(
        base.filter(status="wrong").select_related("result__gemeente").order_by("result__name")
    )
    present_results = list(
        base.filter(status="present")
        .select_related("result__gemeente")
        .order_by("result__rank", "result__name")[:10]
    )
    wrong = [_example(r) for r in wrong_results]
    good = [_example(r) for r in present_results]
    context = {
        "measurement": measurement,
        "info": info,
        "rule_id": rule_id,
        "impact": IMPACT_LABELS.get(info.impact, info.impact),
        "wrong": wrong,
        "good": good,
        "counts": counts,
        "total": sum(counts.values()),
    }
    return render(request, "monitor/regel.html", context)


def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:100]
    needle = normalise(query)
    hits: list[m.Gemeente] = []
    places: list[m.Place] = []
    if needle:
        exact = list(m.Gemeente.objects.filter(search_name=needle))
        exact_places = list(m.Place.objects.filter(search_name=needle).select_related("gemeente"))
        if len(exact) == 1 and not exact_places:
            return redirect("monitor:gemeente", code=exact[0].code)
        if not exact and len({p.gemeente_id for p in exact_places}) == 1:
            return redirect("monitor:gemeente", code=exact_places[0].gemeente.code)
        hits = list(m.Gemeente.objects.filter(search_name__contains=needle).order_by("name")[:50])
        places = list(
            m.Place.objects.filter(search_name__contains=needle)
            .select_related("gemeente")
            .order_by("name")[:50]
        )
    return render(request, "monitor/search.html", {"query": query, "hits": hits, "places": places})
