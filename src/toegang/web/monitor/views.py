"""Public monitor pages: national overview, a gemeente, a rule, and search. No login needed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.safestring import SafeString, mark_safe

from toegang.audit.model import Evidence
from toegang.reports.html import evidence_in_context
from toegang.web.core.pagecache import public_page
from toegang.web.monitor import models as m
from toegang.web.monitor.catalogue import IMPACT_LABELS, STATUS_ICONS, STATUS_LABELS, rule_text
from toegang.web.monitor.maps import national_map
from toegang.web.monitor.search import normalise

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


def _measurement(request: HttpRequest) -> m.Measurement:
    """The measurement asked for with ?meting=ID, else the latest; 404 when there is none."""
    ident = request.GET.get("meting", "").strip()
    queryset = m.Measurement.objects.all()
    if ident:
        return get_object_or_404(queryset, ident=ident)
    latest = queryset.defer("manifest").order_by("-measured_on", "-id").first()
    if latest is None:
        raise Http404("Er is nog geen meting")
    return latest


def _previous(measurement: m.Measurement) -> m.Measurement | None:
    return (
        m.Measurement.objects.defer("manifest")
        .filter(
            Q(measured_on__lt=measurement.measured_on)
            | Q(measured_on=measurement.measured_on, id__lt=measurement.id)
        )
        .order_by("-measured_on", "-id")
        .first()
    )


def _status(status: str) -> dict[str, str]:
    css = "na" if status == "not_applicable" else status
    return {
        "code": status,
        "css": css,
        "label": STATUS_LABELS.get(status, status),
        "icon": STATUS_ICONS.get(status, "?"),
    }


def _quotes(rule: m.GemeenteRuleResult, text: str) -> list[SafeString]:
    """Each quote in its context on the page when the page text is there; else the quote alone."""
    out: list[SafeString] = []
    for item in rule.evidence[:3]:
        evidence = Evidence(str(item.get("quote", "")), int(item.get("start", 0)), int(item.get("end", 0)))
        if not evidence.quote:
            continue
        # evidence_in_context escapes all page text; only its own <mark> and <span> tags are markup.
        out.append(mark_safe(evidence_in_context(text, evidence)))
    return out


def no_measurement(request: HttpRequest) -> HttpResponse:
    return render(request, "monitor/empty.html", status=404)


@public_page
def overview(request: HttpRequest) -> HttpResponse:
    try:
        measurement = _measurement(request)
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
        "cache_key": f"{measurement.pk}-{measurement.content_hash[:16]}-{previous.pk if previous else 0}",
        # Callables: the template calls them only when the cached fragment has to be rendered again.
        "ranking": lambda: ranking_rows(measurement),
        "map_svg": lambda: national_map(measurement),
    }
    return render(request, "monitor/overview.html", context)


def ranking_rows(measurement: m.Measurement) -> list[dict[str, Any]]:
    return list(
        m.GemeenteResult.objects.filter(measurement=measurement)
        .order_by("rank", "name")
        .values("rank", "name", "score", "wrong_count", "absent_count", "measured", "gemeente__code")
    )


@dataclass
class RuleRow:
    rule: m.GemeenteRuleResult
    title: str
    impact: str
    status: dict[str, str]
    quotes: list[SafeString]
    fix: str
    explain: str


@public_page
def gemeente(request: HttpRequest, code: str) -> HttpResponse:
    place = get_object_or_404(m.Gemeente, code=code.upper())
    measurement = _measurement(request)
    result = (
        m.GemeenteResult.objects.filter(measurement=measurement, gemeente=place)
        .select_related("measurement")
        .first()
    )
    rows: list[RuleRow] = []
    if result is not None:
        rule_results = list(result.rules.select_related("page").order_by("position"))
        for rule in rule_results:
            info = rule_text(rule.rule, measurement.law_date)
            text = rule.page.text if rule.page is not None else ""
            rows.append(
                RuleRow(
                    rule=rule,
                    title=info.title,
                    impact=IMPACT_LABELS.get(rule.impact, rule.impact),
                    status=_status(rule.status),
                    quotes=_quotes(rule, text),
                    fix=rule.fix or info.fix,
                    explain=info.explain,
                )
            )
    order = {"wrong": 0, "absent": 1, "present": 2, "not_applicable": 3}
    to_fix = sorted(
        (r for r in rows if r.rule.status in ("wrong", "absent")), key=lambda r: order[r.rule.status]
    )
    history = list(
        m.GemeenteResult.objects.filter(gemeente=place)
        .select_related("measurement")
        .only(
            "score",
            "rank",
            "wrong_count",
            "absent_count",
            "present_count",
            "measured",
            "measurement__ident",
            "measurement__measured_on",
            "measurement__title",
            "measurement__gemeenten_count",
        )
        .order_by("-measurement__measured_on", "-measurement__id")
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


@public_page
def regel(request: HttpRequest, rule_id: str) -> HttpResponse:
    measurement = _measurement(request)
    info = rule_text(rule_id, measurement.law_date)
    base = m.GemeenteRuleResult.objects.filter(
        result__measurement=measurement, rule=rule_id, result__measured=True
    )
    if info.rule is None and not base.exists():
        raise Http404("Onbekende regel")
    wrong_results = list(
        base.filter(status="wrong").select_related("result__gemeente", "page").order_by("result__name")
    )
    present_results = list(
        base.filter(status="present")
        .select_related("result__gemeente", "page")
        .order_by("result__rank", "result__name")[:10]
    )
    counts = {s: base.filter(status=s).count() for s in ("present", "absent", "wrong", "not_applicable")}
    wrong = [{"row": r, "quotes": _quotes(r, r.page.text if r.page else "")} for r in wrong_results]
    good = [{"row": r, "quotes": _quotes(r, r.page.text if r.page else "")} for r in present_results]
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
