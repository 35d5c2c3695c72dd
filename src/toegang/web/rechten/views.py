"""Rechtenwijzer pages: the rules in force today (or on ?datum=), with sources and good examples."""

from __future__ import annotations

from datetime import date

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.safestring import SafeString, mark_safe

from toegang.audit.model import Evidence
from toegang.reports.html import evidence_in_context
from toegang.rules import UnknownRuleError, load_catalogue
from toegang.web.monitor.models import GemeenteRuleResult, Measurement

# The profiles shown, in this order, with a Dutch heading.
PROFILES = (
    ("bijstand-aanvraag", "Als u bijstand aanvraagt"),
    ("brieven", "Als u een brief van de gemeente krijgt"),
)
IMPACT_LABELS = {
    "critical": "heel belangrijk",
    "serious": "belangrijk",
    "moderate": "nuttig",
    "minor": "klein",
}
EXAMPLES = 3


def _day(request: HttpRequest) -> date:
    try:
        return date.fromisoformat(request.GET.get("datum", ""))
    except ValueError:
        return date.today()


def index(request: HttpRequest) -> HttpResponse:
    day = _day(request)
    catalogue = load_catalogue()
    groups = [
        (title, catalogue.rules(profile, day))
        for profile, title in PROFILES
        if profile in catalogue.profiles()
    ]
    return render(request, "rechten/index.html", {"groups": groups, "day": day})


def _examples(rule_id: str) -> tuple[Measurement | None, list[dict[str, object]]]:
    latest = Measurement.objects.defer("manifest").order_by("-measured_on", "-id").first()
    if latest is None:
        return None, []
    rows = (
        GemeenteRuleResult.objects.filter(result__measurement=latest, rule=rule_id, status="present")
        .exclude(evidence=[])
        .select_related("result", "result__gemeente", "page")
        .order_by("result__rank", "result__name")[:EXAMPLES]
    )
    examples: list[dict[str, object]] = []
    for row in rows:
        item = row.evidence[0]
        evidence = Evidence(str(item.get("quote", "")), int(item.get("start", 0)), int(item.get("end", 0)))
        text = row.page.text if row.page else ""
        quote: SafeString = mark_safe(evidence_in_context(text, evidence, radius=80))
        examples.append({"gemeente": row.result.gemeente, "quote": quote, "url": row.url})
    return latest, examples


def rule(request: HttpRequest, rule_id: str) -> HttpResponse:
    day = _day(request)
    catalogue = load_catalogue()
    try:
        found = catalogue.rule(rule_id, day)
    except UnknownRuleError as exc:
        raise Http404(str(exc)) from exc
    measurement, examples = _examples(rule_id) if found.profile == "bijstand-aanvraag" else (None, [])
    context = {
        "rule": found,
        "day": day,
        "impact": IMPACT_LABELS.get(found.impact, found.impact),
        "measurement": measurement,
        "examples": examples,
        "paragraphs": [p.strip() for p in found.explain.split("\n\n") if p.strip()],
    }
    return render(request, "rechten/rule.html", context)
