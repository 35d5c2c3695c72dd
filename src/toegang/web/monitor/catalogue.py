"""What the web pages need from the rule catalogue: titles, explanations and sources per law date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from toegang.rules import Rule, UnknownRuleError, load_catalogue

STATUS_LABELS = {
    "present": "In orde",
    "absent": "Ontbreekt",
    "wrong": "Fout",
    "not_applicable": "Niet van toepassing",
}
STATUS_ICONS = {"present": "✓", "absent": "○", "wrong": "✗", "not_applicable": "–"}
IMPACT_LABELS = {"critical": "kritiek", "serious": "ernstig", "moderate": "matig", "minor": "klein"}


@dataclass(frozen=True, slots=True)
class RuleText:
    id: str
    title: str
    impact: str
    explain: str
    fix: str
    rule: Rule | None


@lru_cache(maxsize=512)
def rule_text(rule_id: str, on: date) -> RuleText:
    """The rule version valid on `on`; for a rule that no longer holds, its nearest version; else a stub."""
    catalogue = load_catalogue()
    try:
        rule = catalogue.rule(rule_id, on)
    except UnknownRuleError:
        try:
            versions = catalogue.versions(rule_id)
        except UnknownRuleError:
            return RuleText(rule_id, rule_id, "", "", "", None)
        rule = min(versions, key=lambda r: abs((r.valid_from - on).days))
    return RuleText(rule.id, rule.title, rule.impact, rule.explain, rule.fix, rule)


def profile_rules(profile: str, on: date) -> list[Rule]:
    return load_catalogue().rules(profile, on)
