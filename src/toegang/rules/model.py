"""The rule catalogue as typed data: a rule version is valid for a period and cites its legal sources."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Impact = Literal["critical", "serious", "moderate", "minor"]
IMPACTS: tuple[Impact, ...] = ("critical", "serious", "moderate", "minor")


@dataclass(frozen=True, slots=True)
class Source:
    """One legal source: the law by name and BWB id, article and lid, and a link to the dated text."""

    law: str
    bwb: str | None
    article: str | None
    lid: str | None
    url: str
    brief: str | None = None  # id in shared/domain/legal-brief.md, e.g. R-VOOR-01

    def label(self) -> str:
        """Short Dutch citation, e.g. 'Participatiewet art. 52 lid 1'."""
        parts = [self.law]
        if self.article:
            parts.append(f"art. {self.article}")
        if self.lid:
            parts.append(f"lid {self.lid}")
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class Rule:
    """One version of a rule, valid from `valid_from` up to and including `valid_to` (None: open-ended)."""

    id: str
    title: str
    profile: str
    impact: Impact
    sources: tuple[Source, ...]
    valid_from: date
    valid_to: date | None
    present: str
    wrong: str | None  # None: this rule has no `wrong` status
    not_applicable: str | None  # None: this rule is never `not_applicable`
    fix: str
    explain: str
    params: dict[str, Any] = field(default_factory=dict)
    file: str = ""
    applies_to: tuple[str, ...] = ()
    """The kinds of text this rule checks (e.g. uitnodiging, besluit); for page rules just the profile."""

    def valid_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    @property
    def can_be_wrong(self) -> bool:
        return self.wrong is not None
