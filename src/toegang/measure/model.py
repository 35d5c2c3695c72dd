"""The data of a measurement: audited pages (one line of findings.jsonl) and gemeente results.

Plain dataclasses with `to_dict`/`from_dict`, so that the files of a measurement folder can be read back into
the same objects the analysis produced: reports, diff and tests work on these, never on raw JSON.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, cast

from toegang.audit.model import Evidence, Finding, Status

# Where the voorschot information stands relative to the main application page (BKC's placement rule).
Placement = Literal["next_to_term", "on_main_page", "elsewhere", "missing", "unknown"]
PLACEMENTS: tuple[Placement, ...] = ("next_to_term", "on_main_page", "elsewhere", "missing", "unknown")


def _evidence(data: Mapping[str, Any]) -> Evidence:
    return Evidence(str(data.get("quote", "")), int(data.get("start", 0)), int(data.get("end", 0)))


def finding_from_dict(data: Mapping[str, Any]) -> Finding:
    """The inverse of Finding.to_dict()."""
    return Finding(
        rule=str(data["rule"]),
        status=cast(Status, data["status"]),
        impact=str(data.get("impact", "")),
        evidence=tuple(_evidence(e) for e in data.get("evidence") or ()),
        message=str(data.get("message", "")),
        fix=str(data.get("fix", "")),
    )


@dataclass(frozen=True, slots=True)
class AuditedPage:
    """One audited candidate page, with where it was found: one line of findings.jsonl.

    `links_to` lists the ids of other audited pages this page links to (redirects followed, links to the
    executing organisation's site included); the gemeente result needs it for "a page linked from the main
    application page".
    """

    id: str
    site: str
    site_kind: str
    url: str
    title: str
    depth: int | None
    relevance: float | None
    gemeenten: tuple[str, ...]
    law_date: str
    score: float
    verdict: str
    findings: tuple[Finding, ...]
    links_to: tuple[str, ...] = ()
    profile: str = "bijstand-aanvraag"
    organisation: str = ""
    readability: Mapping[str, Any] = field(default_factory=dict)
    balance: Mapping[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    sha256: str = ""
    fetched_at: str = ""

    def finding(self, rule: str) -> Finding | None:
        return next((f for f in self.findings if f.rule == rule), None)

    def to_dict(self) -> dict[str, Any]:
        """The audit contract of architecture.md plus where the page was found."""
        return {
            "id": self.id,
            "url": self.url,
            "organisation": self.organisation,
            "profile": self.profile,
            "law_date": self.law_date,
            "score": self.score,
            "verdict": self.verdict,
            "findings": [f.to_dict() for f in self.findings],
            "site": self.site,
            "site_kind": self.site_kind,
            "gemeenten": list(self.gemeenten),
            "title": self.title,
            "depth": self.depth,
            "relevance": self.relevance,
            "links_to": list(self.links_to),
            "readability": dict(self.readability),
            "balance": dict(self.balance),
            "warnings": list(self.warnings),
            "sha256": self.sha256,
            "fetched_at": self.fetched_at,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AuditedPage:
        depth = data.get("depth")
        relevance = data.get("relevance")
        return cls(
            id=str(data["id"]),
            site=str(data.get("site", "")),
            site_kind=str(data.get("site_kind", "gemeente")),
            url=str(data.get("url", "")),
            title=str(data.get("title") or ""),
            depth=int(depth) if depth is not None else None,
            relevance=float(relevance) if relevance is not None else None,
            gemeenten=tuple(data.get("gemeenten") or ()),
            law_date=str(data.get("law_date", "")),
            score=float(data.get("score", 0.0)),
            verdict=str(data.get("verdict", "")),
            findings=tuple(finding_from_dict(f) for f in data.get("findings") or ()),
            links_to=tuple(data.get("links_to") or ()),
            profile=str(data.get("profile") or "bijstand-aanvraag"),
            organisation=str(data.get("organisation") or ""),
            readability=dict(data.get("readability") or {}),
            balance=dict(data.get("balance") or {}),
            warnings=tuple(data.get("warnings") or ()),
            sha256=str(data.get("sha256") or ""),
            fetched_at=str(data.get("fetched_at") or ""),
        )


@dataclass(frozen=True, slots=True)
class GemeenteInfo:
    """Who a result is about; kept in the manifest so analysis needs no registry."""

    code: str
    name: str
    province: str = ""
    executing_org: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "province": self.province,
            "executing_org": self.executing_org,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GemeenteInfo:
        return cls(
            code=str(data["code"]),
            name=str(data.get("name") or data["code"]),
            province=str(data.get("province") or ""),
            executing_org=(str(data["executing_org"]) if data.get("executing_org") else None),
        )


@dataclass(frozen=True, slots=True)
class SiteOutcome:
    """How the crawl of one site ended (from sites.jsonl): a site we could not read gives no result."""

    site: str
    name: str
    kind: str
    home_url: str
    credits: tuple[str, ...]
    status: str
    reason: str | None
    fetches: int = 0

    @property
    def measured(self) -> bool:
        return self.status == "done" and self.reason in ("complete", "page_budget", "time_budget")

    def to_dict(self) -> dict[str, Any]:
        return {
            "site": self.site,
            "name": self.name,
            "kind": self.kind,
            "home_url": self.home_url,
            "credits": list(self.credits),
            "status": self.status,
            "reason": self.reason,
            "fetches": self.fetches,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SiteOutcome:
        return cls(
            site=str(data["site"]),
            name=str(data.get("name") or data["site"]),
            kind=str(data.get("kind") or "gemeente"),
            home_url=str(data.get("home_url") or ""),
            credits=tuple(data.get("credits") or ()),
            status=str(data.get("status") or ""),
            reason=(str(data["reason"]) if data.get("reason") else None),
            fetches=int(data.get("fetches") or 0),
        )


@dataclass(frozen=True, slots=True)
class RuleResult:
    """A gemeente's status on one rule, with the page and quote it rests on."""

    rule: str
    impact: str
    status: Status
    page: str | None = None  # id of the page the evidence comes from
    url: str = ""
    evidence: tuple[Evidence, ...] = ()
    message: str = ""
    fix: str = ""
    wrong_pages: tuple[str, ...] = ()  # every page on which this rule is wrong
    elsewhere: str | None = None  # present only on a page not linked from the main page

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "impact": self.impact,
            "status": self.status,
            "page": self.page,
            "url": self.url,
            "evidence": [e.to_dict() for e in self.evidence],
            "message": self.message,
            "fix": self.fix,
            "wrong_pages": list(self.wrong_pages),
            "elsewhere": self.elsewhere,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RuleResult:
        return cls(
            rule=str(data["rule"]),
            impact=str(data.get("impact", "")),
            status=cast(Status, data["status"]),
            page=(str(data["page"]) if data.get("page") else None),
            url=str(data.get("url") or ""),
            evidence=tuple(_evidence(e) for e in data.get("evidence") or ()),
            message=str(data.get("message") or ""),
            fix=str(data.get("fix") or ""),
            wrong_pages=tuple(data.get("wrong_pages") or ()),
            elsewhere=(str(data["elsewhere"]) if data.get("elsewhere") else None),
        )

    def as_finding(self) -> Finding:
        """The result as a Finding, so that toegang.audit.scoring can score a gemeente like a page."""
        return Finding(self.rule, self.status, self.impact, self.evidence, self.message, self.fix)


@dataclass(frozen=True, slots=True)
class GemeenteResult:
    """The result of one gemeente: per rule (rules.md "Gemeente-level result"), a score and observations.

    `measured` is False when none of the sites credited to the gemeente could be read (robots.txt forbids
    it, the site did not answer): such a gemeente has no score and no rank, rather than a score of 0.
    """

    code: str
    name: str
    province: str
    executing_org: str | None
    measured: bool
    reason: str  # why not measured, or why there is no page: a code, reports turn it into Dutch
    sites: tuple[str, ...]
    shared_with: tuple[str, ...]  # other gemeenten credited with the same executing organisation's site
    main_page: str | None
    pages: tuple[str, ...]
    rules: tuple[RuleResult, ...]
    score: float | None
    verdict: str
    placement: Placement
    rank: int | None = None

    def rule(self, rule_id: str) -> RuleResult | None:
        return next((r for r in self.rules if r.rule == rule_id), None)

    def count(self, status: str) -> int:
        return sum(1 for r in self.rules if r.status == status)

    def critical_all_present(self) -> bool:
        critical = [r for r in self.rules if r.impact == "critical"]
        return bool(critical) and all(r.status == "present" for r in critical)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "province": self.province,
            "executing_org": self.executing_org,
            "measured": self.measured,
            "reason": self.reason,
            "sites": list(self.sites),
            "shared_with": list(self.shared_with),
            "main_page": self.main_page,
            "pages": list(self.pages),
            "score": self.score,
            "rank": self.rank,
            "verdict": self.verdict,
            "placement": self.placement,
            "rules": [r.to_dict() for r in self.rules],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GemeenteResult:
        score = data.get("score")
        rank = data.get("rank")
        raw = str(data.get("placement") or "unknown")
        placement: Placement = next((p for p in PLACEMENTS if p == raw), "unknown")
        return cls(
            code=str(data["code"]),
            name=str(data.get("name") or data["code"]),
            province=str(data.get("province") or ""),
            executing_org=(str(data["executing_org"]) if data.get("executing_org") else None),
            measured=bool(data.get("measured")),
            reason=str(data.get("reason") or ""),
            sites=tuple(data.get("sites") or ()),
            shared_with=tuple(data.get("shared_with") or ()),
            main_page=(str(data["main_page"]) if data.get("main_page") else None),
            pages=tuple(data.get("pages") or ()),
            rules=tuple(RuleResult.from_dict(r) for r in data.get("rules") or ()),
            score=float(score) if score is not None else None,
            verdict=str(data.get("verdict") or ""),
            placement=placement,
            rank=int(rank) if rank is not None else None,
        )


@dataclass(frozen=True, slots=True)
class RuleMeta:
    """What aggregation needs to know of a rule: its id and impact, in report order."""

    id: str
    impact: str


def rule_metas(rules: Sequence[Any]) -> tuple[RuleMeta, ...]:
    """From catalogue Rule objects (or anything with `id` and `impact`)."""
    return tuple(RuleMeta(str(r.id), str(r.impact)) for r in rules)
