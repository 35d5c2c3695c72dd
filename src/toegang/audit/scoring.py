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
_DUTY_WORDS = ("moet", "moeten", "dient", "dienen")
_RIGHT_STEMS = ("voorschot", "bezwaar", "ondersteun")
_RIGHT_WORDS = ("rechten", "hulp", "mag", "mogen", "gratis", "kosteloos", "helpen")


# The words and stems come first in the pattern, so the regex engine skips ahead to their first letters (a
# leading \b would make it try every position). A candidate inside a longer word ("mogen" in "vermogen") is
# dropped in balance(); a candidate holds word characters only, so it never hides the start of another word.
_CANDIDATE = re.compile(
    "|".join([rf"{word}\b" for word in (*_DUTY_WORDS, *_RIGHT_WORDS)])
    + "|"
    + "|".join([rf"{stem}\w*" for stem in (*_DUTY_STEMS, *_RIGHT_STEMS)])
)
_WORD_CHAR = re.compile(r"\w")


def _is_duty(word: str) -> bool:
    return word in _DUTY_WORDS or word.startswith(_DUTY_STEMS)


def balance(low_text: str) -> dict[str, Any]:
    """Mentions of duties against mentions of rights: a page that only warns tells half the story.

    A word (a run of \\w) counts as a duty when it is one of the duty words or starts with a duty stem, and as a
    right likewise; no word is both."""
    duties = rights = 0
    for match in _CANDIDATE.finditer(low_text):
        start = match.start()
        if start and _WORD_CHAR.match(low_text, start - 1):
            continue  # the middle or end of a longer word
        if _is_duty(match.group()):
            duties += 1
        else:
            rights += 1
    rights += low_text.count("recht op")
    total = duties + rights
    share = round(rights / total, 2) if total else None
    return {"duties": duties, "rights": rights, "rights_share": share}
