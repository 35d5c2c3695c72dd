"""From audited pages to gemeente results, a national summary and a ranking. Pure functions, no I/O.

The gemeente rule of shared/domain/rules.md: a gemeente's result on a rule combines its bijstand pages.
`wrong` anywhere is `wrong` (the wrong statement is what misleads, wherever it stands); else `present` on the
main application page or a page linked from it is `present`; else `absent`. Information that only stands on a
page a reader cannot reach from the application page stays `absent`, and the result says where it was seen.
Where the voorschot information stands (BKC: on the application page itself, next to the decision period) is
a separate observation, not part of the score.
"""

from __future__ import annotations

import dataclasses
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from toegang.audit.model import Evidence, Finding
from toegang.audit.scoring import score as score_findings
from toegang.audit.scoring import verdict as verdict_of
from toegang.i18n import _
from toegang.measure.model import (
    PLACEMENTS,
    AuditedPage,
    GemeenteInfo,
    GemeenteResult,
    Placement,
    RuleMeta,
    RuleResult,
    SiteOutcome,
)

# Better is higher: the order of the diff and of the ranking's tie-breaks.
STATUS_RANK: Mapping[str, int] = {"wrong": 0, "absent": 1, "present": 2}

# Voorschot and decision period count as "next to each other" when their quotes are at most this many
# characters apart on the application page (about one paragraph).
PLACEMENT_DISTANCE = 600

# Codes in GemeenteResult.reason; reports turn them into Dutch.
REASON_NO_SITES = "no_sites"
REASON_NOT_FINISHED = "not_finished"
REASON_NO_PAGE = "no_page"


def page_order_key(page: AuditedPage) -> tuple[float, int, str, str]:
    """The crawler's choice of best page: most relevant first, then fewest clicks from the home page."""
    depth = page.depth if page.depth is not None else 99
    return (-(page.relevance or 0.0), depth, page.site, page.id)


def choose_main(pages: Sequence[AuditedPage]) -> AuditedPage | None:
    """The main application page: the most relevant candidate over every site credited to the gemeente."""
    return min(pages, key=page_order_key) if pages else None


def _ordered(pages: Sequence[AuditedPage], main: AuditedPage | None) -> tuple[list[AuditedPage], set[str]]:
    """Main page first, then the pages it links to, then the rest; and the ids of main + linked pages."""
    if main is None:
        return sorted(pages, key=page_order_key), set()
    near = {main.id, *main.links_to}
    first = [main]
    linked = sorted((p for p in pages if p.id in near and p.id != main.id), key=page_order_key)
    rest = sorted((p for p in pages if p.id not in near), key=page_order_key)
    return first + linked + rest, near


def _from_page(rule: RuleMeta, page: AuditedPage, finding: Finding, **extra: Any) -> RuleResult:
    return RuleResult(
        rule=rule.id,
        impact=finding.impact or rule.impact,
        status=finding.status,
        page=page.id,
        url=page.url,
        evidence=finding.evidence,
        message=finding.message,
        fix=finding.fix,
        **extra,
    )


def rule_result(rule: RuleMeta, pages: Sequence[AuditedPage], main: AuditedPage | None) -> RuleResult:
    """One rule for one gemeente, from all its audited pages (see the module docstring)."""
    ordered, near = _ordered(pages, main)
    with_finding = [(p, f) for p in ordered if (f := p.finding(rule.id)) is not None]
    wrong = [(p, f) for p, f in with_finding if f.status == "wrong"]
    if wrong:
        page, finding = wrong[0]
        return _from_page(rule, page, finding, wrong_pages=tuple(p.id for p, _f in wrong))
    for page, finding in with_finding:
        if finding.status == "present" and page.id in near:
            return _from_page(rule, page, finding)
    elsewhere = next((p.id for p, f in with_finding if f.status == "present"), None)
    applicable = [(p, f) for p, f in with_finding if f.status != "not_applicable"]
    if with_finding and not applicable:
        page, finding = with_finding[0]
        return _from_page(rule, page, finding)
    absent = next(((p, f) for p, f in applicable if f.status == "absent"), None)
    if absent is not None:
        return _from_page(rule, absent[0], absent[1], elsewhere=elsewhere)
    if elsewhere is not None:
        return RuleResult(
            rule=rule.id,
            impact=rule.impact,
            status="absent",
            message=_(
                "Dit staat niet op de aanvraagpagina en niet op een pagina waar de aanvraagpagina naar "
                "verwijst. Het staat wel op een andere pagina."
            ),
            elsewhere=elsewhere,
        )
    return RuleResult(
        rule=rule.id,
        impact=rule.impact,
        status="absent",
        message=_("Er is geen pagina over bijstand aanvragen gevonden."),
    )


def _gap(a: Evidence, b: Evidence) -> int:
    """Characters between two quotes (0 when they overlap)."""
    return max(0, max(a.start, b.start) - min(a.end, b.end))


def placement(pages: Sequence[AuditedPage], main: AuditedPage | None) -> Placement:
    """Where the voorschot is mentioned: next to the decision period on the application page, elsewhere on
    it, only on another page, or nowhere."""
    if main is not None:
        voorschot = main.finding("voorschot.vermeld")
        if voorschot is not None and voorschot.status == "present":
            term = main.finding("beslistermijn")
            if (
                term is not None
                and term.status in ("present", "wrong")
                and any(_gap(a, b) <= PLACEMENT_DISTANCE for a in voorschot.evidence for b in term.evidence)
            ):
                return "next_to_term"
            return "on_main_page"
    for page in pages:
        finding = page.finding("voorschot.vermeld")
        if finding is not None and finding.status == "present":
            return "elsewhere"
    return "missing"


def gemeente_result(
    info: GemeenteInfo,
    pages: Sequence[AuditedPage],
    rules: Sequence[RuleMeta],
    sites: Sequence[SiteOutcome],
) -> GemeenteResult:
    """The result of one gemeente from the pages and sites credited to it."""
    shared = tuple(
        sorted({code for s in sites if s.kind != "gemeente" for code in s.credits if code != info.code})
    )
    unmeasured = GemeenteResult(
        code=info.code,
        name=info.name,
        province=info.province,
        executing_org=info.executing_org,
        measured=False,
        reason=REASON_NO_SITES,
        sites=tuple(s.site for s in sites),
        shared_with=shared,
        main_page=None,
        pages=(),
        rules=(),
        score=None,
        verdict="",
        placement="unknown",
    )
    measured_sites = [s for s in sites if s.measured]
    if not measured_sites:
        if not sites:
            return unmeasured
        reasons = [s.reason for s in sites if s.status == "done" and s.reason]
        return dataclasses.replace(unmeasured, reason=reasons[0] if reasons else REASON_NOT_FINISHED)
    readable = {s.site for s in measured_sites}
    own = [p for p in pages if p.site in readable]
    main = choose_main(own)
    results = tuple(rule_result(rule, own, main) for rule in rules)
    findings = [r.as_finding() for r in results]
    return dataclasses.replace(
        unmeasured,
        measured=True,
        reason="" if own else REASON_NO_PAGE,
        main_page=main.id if main else None,
        pages=tuple(p.id for p in _ordered(own, main)[0]),
        rules=results,
        score=score_findings(findings),
        verdict=verdict_of(findings)[0],
        placement=placement(own, main),
    )


def gemeente_results(
    gemeenten: Sequence[GemeenteInfo],
    pages: Iterable[AuditedPage],
    rules: Sequence[RuleMeta],
    sites: Sequence[SiteOutcome],
) -> list[GemeenteResult]:
    """Every gemeente's result, ranked; a page of a shared executing organisation counts for each member."""
    by_code: dict[str, list[AuditedPage]] = {g.code: [] for g in gemeenten}
    for page in pages:
        for code in page.gemeenten:
            if code in by_code:
                by_code[code].append(page)
    sites_of: dict[str, list[SiteOutcome]] = {g.code: [] for g in gemeenten}
    for site in sites:
        for code in site.credits:
            if code in sites_of:
                sites_of[code].append(site)
    results = [gemeente_result(g, by_code[g.code], rules, sites_of[g.code]) for g in gemeenten]
    return rank(results)


def rank(results: Sequence[GemeenteResult]) -> list[GemeenteResult]:
    """Rank measured gemeenten by score (equal scores share a rank: 1, 2, 2, 4); unmeasured ones last.

    Within a rank, fewer wrong rules come first, then the name: the order of the table, not a second score.
    """

    def key(r: GemeenteResult) -> tuple[float, int, str, str]:
        return (-(r.score or 0.0), r.count("wrong"), r.name.casefold(), r.code)

    measured = sorted((r for r in results if r.measured and r.score is not None), key=key)
    ranked: list[GemeenteResult] = []
    previous: float | None = None
    current = 0
    for position, result in enumerate(measured, start=1):
        if result.score != previous:
            current, previous = position, result.score
        ranked.append(dataclasses.replace(result, rank=current))
    rest = sorted(
        (dataclasses.replace(r, rank=None) for r in results if not (r.measured and r.score is not None)),
        key=lambda r: (r.name.casefold(), r.code),
    )
    return ranked + rest


def good_examples(results: Sequence[GemeenteResult]) -> list[GemeenteResult]:
    """Gemeenten that have every critical rule present: the examples others can learn from."""
    return [r for r in results if r.measured and r.critical_all_present()]


def _share(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


def national_summary(results: Sequence[GemeenteResult], rules: Sequence[RuleMeta]) -> dict[str, Any]:
    """Per rule: how many measured gemeenten have it present, absent, wrong (counts and percentages)."""
    measured = [r for r in results if r.measured]
    scores = [r.score for r in measured if r.score is not None]
    per_rule: list[dict[str, Any]] = []
    for rule in rules:
        counts: Counter[str] = Counter()
        for result in measured:
            found = result.rule(rule.id)
            if found is not None:
                counts[found.status] += 1
        total = sum(counts.values())
        per_rule.append(
            {
                "rule": rule.id,
                "impact": rule.impact,
                "gemeenten": total,
                "present": counts["present"],
                "absent": counts["absent"],
                "wrong": counts["wrong"],
                "not_applicable": counts["not_applicable"],
                "pct_present": _share(counts["present"], total),
                "pct_absent": _share(counts["absent"], total),
                "pct_wrong": _share(counts["wrong"], total),
                "pct_not_applicable": _share(counts["not_applicable"], total),
            }
        )
    placements = Counter(r.placement for r in measured)
    reasons = Counter(r.reason for r in results if not r.measured)
    examples = good_examples(results)
    return {
        "gemeenten": len(results),
        "measured": len(measured),
        "not_measured": len(results) - len(measured),
        "not_measured_reasons": dict(sorted(reasons.items())),
        "without_page": sum(1 for r in measured if r.reason == REASON_NO_PAGE),
        "with_wrong": sum(1 for r in measured if r.count("wrong")),
        "mean_score": round(statistics.fmean(scores), 1) if scores else None,
        "median_score": round(statistics.median(scores), 1) if scores else None,
        "approved": sum(1 for r in measured if r.verdict == "goedgekeurd"),
        "rules": per_rule,
        "placement": {p: placements[p] for p in PLACEMENTS if p != "unknown"},
        "good_examples": [r.code for r in examples],
        "ranking": [
            {"rank": r.rank, "code": r.code, "name": r.name, "score": r.score, "wrong": r.count("wrong")}
            for r in results
            if r.rank is not None
        ],
    }
