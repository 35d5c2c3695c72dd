"""Score, verdict and the balance of rights against duties for one audited page.

Score (0–100). Each applicable rule weighs by its impact (critical 4, serious 3, moderate 2, minor 1, as in
axe-core's order). A rule that is `present` earns its full weight, `absent` earns nothing, and `wrong` costs half
its weight: a misleading sentence does more harm than silence. `not_applicable` rules leave the sum. The score is
100 × earned / possible, never below 0.

Verdict, in BurgerkrachtCentraal's terms: `goedgekeurd` only when every critical rule is present and no rule is
wrong; otherwise `afgekeurd`, with the reasons listed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from toegang.audit.model import Finding
from toegang.i18n import _

IMPACT_WEIGHT = {"critical": 4.0, "serious": 3.0, "moderate": 2.0, "minor": 1.0}
STATUS_VALUE = {"present": 1.0, "absent": 0.0, "wrong": -0.5}


def score(findings: Sequence[Finding]) -> float:
    possible = earned = 0.0
    for finding in findings:
        if finding.status == "not_applicable":
            continue
        weight = IMPACT_WEIGHT[finding.impact]
        possible += weight
        earned += weight * STATUS_VALUE[finding.status]
    if possible == 0:
        return 0.0
    return round(max(0.0, 100.0 * earned / possible), 1)


def verdict(findings: Sequence[Finding]) -> tuple[str, list[str]]:
    reasons: list[str] = []
    for finding in findings:
        if finding.status == "wrong":
            reasons.append(_("Onjuist: {rule}").format(rule=finding.rule))
        elif finding.impact == "critical" and finding.status != "present":
            reasons.append(_("Ontbreekt (kritiek): {rule}").format(rule=finding.rule))
    return ("goedgekeurd" if not reasons else "afgekeurd"), reasons


_WORD = re.compile(r"\w+")
_DUTY_STEMS = (
    "plicht",
    "verplicht",
    "maatregel",
    "boete",
    "sanctie",
    "fraude",
    "korting",
    "verlaag",
    "stopzett",
    "terugvorder",
)
_DUTY_WORDS = frozenset({"moet", "moeten", "dient", "dienen"})
_RIGHT_STEMS = ("voorschot", "bezwaar", "ondersteun")
_RIGHT_WORDS = frozenset({"rechten", "hulp", "mag", "mogen", "gratis", "kosteloos", "helpen"})


@lru_cache(maxsize=1 << 16)
def _word_kind(word: str) -> int:
    """1 for a duty word, 2 for a right word, 0 otherwise (cached: pages share most of their words)."""
    if word in _DUTY_WORDS or word.startswith(_DUTY_STEMS):
        return 1
    if word in _RIGHT_WORDS or word.startswith(_RIGHT_STEMS):
        return 2
    return 0


def balance(low_text: str) -> dict[str, Any]:
    """Mentions of duties against mentions of rights: a page that only warns tells half the story."""
    duties = rights = 0
    for word in _WORD.findall(low_text):
        kind = _word_kind(word)
        if kind == 1:
            duties += 1
        elif kind == 2:
            rights += 1
    rights += low_text.count("recht op")
    total = duties + rights
    share = round(rights / total, 2) if total else None
    return {"duties": duties, "rights": rights, "rights_share": share}
