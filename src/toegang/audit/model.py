"""Findings and page results: the JSON Lines contract of shared/design/architecture.md."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["present", "absent", "wrong", "not_applicable"]
STATUSES: tuple[Status, ...] = ("present", "absent", "wrong", "not_applicable")


@dataclass(frozen=True, slots=True)
class Evidence:
    """A quote from the audited text; `text[start:end] == quote`."""

    quote: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"quote": self.quote, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    status: Status
    impact: str
    evidence: tuple[Evidence, ...]
    message: str
    fix: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "status": self.status,
            "impact": self.impact,
            "evidence": [e.to_dict() for e in self.evidence],
            "message": self.message,
            "fix": self.fix,
        }


@dataclass(slots=True)
class PageAudit:
    """The audit of one page. `text` is the text as audited: every evidence offset points into it."""

    id: str
    url: str
    organisation: str
    profile: str
    law_date: str
    text: str
    findings: list[Finding]
    score: float
    verdict: str
    verdict_reasons: list[str] = field(default_factory=list)
    balance: dict[str, Any] = field(default_factory=dict)
    readability: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "organisation": self.organisation,
            "profile": self.profile,
            "law_date": self.law_date,
            "score": self.score,
            "verdict": self.verdict,
            "verdict_reasons": self.verdict_reasons,
            "findings": [f.to_dict() for f in self.findings],
            "balance": self.balance,
            "readability": self.readability,
            "warnings": self.warnings,
        }
