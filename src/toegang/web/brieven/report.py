"""The letter report as template context, built on toegang.letters.report so the marks, labels and escaping
are the same as in the HTML file the CLI writes. This module is the one place that knows that API."""

from __future__ import annotations

from typing import Any

from django.utils.safestring import mark_safe

from toegang.letters import LetterCheck
from toegang.letters import report as letter_report
from toegang.web.monitor.catalogue import rule_text


def report_context(check: LetterCheck) -> dict[str, Any]:
    marks = letter_report._marks(check)
    findings = []
    for finding in sorted(check.findings, key=lambda f: letter_report.STATUS_ORDER[f.status]):
        findings.append(
            {
                "finding": finding,
                "title": rule_text(finding.rule, check.law_date).title,
                "impact": letter_report.IMPACT_LABEL.get(finding.impact, finding.impact),
            }
        )
    reading = check.readability
    return {
        "check": check,
        # render_marked_text escapes every character of the letter; only its own mark/sup/a tags are markup.
        "letter_html": mark_safe(letter_report.render_marked_text(check.text, marks)),
        "notes": [{"number": m.note, "label": m.label} for m in marks],
        "findings": findings,
        "tone": letter_report.TONE_LABEL.get(check.tone.tone, check.tone.tone),
        "threats": check.tone.threatening,
        "hard": check.hard_sentences[:8],
        "officialese": check.officialese,
        "reading": reading,
        "wrong_count": sum(1 for f in check.findings if f.status == "wrong"),
        "absent_count": sum(1 for f in check.findings if f.status == "absent"),
    }


def saved_summary(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The findings of a saved check (stored as the contract JSON) with their titles, for the saved page."""
    from datetime import date

    try:
        day = date.fromisoformat(str(result.get("law_date")))
    except ValueError:
        day = date.today()
    return [
        {**f, "title": rule_text(str(f.get("rule")), day).title}
        for f in result.get("findings", [])
        if isinstance(f, dict)
    ]
