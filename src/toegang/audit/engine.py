"""The page audit: text → prepared document → one finding per rule of the profile → score and verdict."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from toegang.audit.document import build_document
from toegang.audit.extract import extract_main_text
from toegang.audit.model import Evidence, Finding, PageAudit
from toegang.audit.quality import MAX_AUDIT_CHARS, text_warnings
from toegang.audit.recognisers import Outcome, load_all
from toegang.audit.scoring import balance, score, verdict
from toegang.i18n import _
from toegang.rules import load_catalogue
from toegang.rules.model import Rule
from toegang.text.readability import reading_ease_figures

DEFAULT_PROFILE = "bijstand-aanvraag"


class AuditInputError(ValueError):
    """Input that cannot be audited at all; the message is Dutch and says what to do."""


def _finding(rule: Rule, outcome: Outcome) -> Finding:
    evidence = tuple(Evidence(s.text, s.start, s.end) for s in outcome.evidence)
    if outcome.status == "absent":
        message = _("Dit staat niet op de pagina: {title}.").format(title=rule.title)
    elif outcome.status == "not_applicable":
        message = outcome.reason or _("Deze regel geldt niet voor deze pagina.")
    else:
        message = outcome.reason
    fix = "" if outcome.status == "present" or outcome.status == "not_applicable" else rule.fix
    return Finding(rule.id, outcome.status, rule.impact, evidence, message, fix)


def audit_text(
    text: str,
    *,
    law_date: date,
    profile: str = DEFAULT_PROFILE,
    page_id: str = "",
    url: str = "",
    organisation: str = "",
    readability: bool = True,
) -> PageAudit:
    """Audit page text against the rules of `profile` valid on `law_date`."""
    warnings = text_warnings(text)
    audited = text[:MAX_AUDIT_CHARS]
    rules = load_catalogue().rules(profile, law_date)
    if not rules:
        raise AuditInputError(
            _("Onbekend profiel '{profile}' of geen regels geldig op {day}.").format(
                profile=profile, day=law_date.isoformat()
            )
        )
    recognisers = load_all()
    document = build_document(audited, url)
    findings = [_finding(rule, recognisers[rule.id](document, rule)) for rule in rules]
    page_verdict, reasons = verdict(findings)
    audit = PageAudit(
        id=page_id,
        url=url,
        organisation=organisation,
        profile=profile,
        law_date=law_date.isoformat(),
        text=audited,
        findings=findings,
        score=score(findings),
        verdict=page_verdict,
        balance=balance(document.low),
        verdict_reasons=reasons,
        warnings=warnings,
    )
    if readability:
        audit.readability = reading_ease_figures([s.text for s in document.sentences])
    return audit


def audit_html(
    document: str | bytes,
    *,
    law_date: date,
    profile: str = DEFAULT_PROFILE,
    page_id: str = "",
    url: str = "",
    organisation: str = "",
    readability: bool = True,
) -> PageAudit:
    """Extract the main text with trafilatura, then audit it; offsets point into the extracted text."""
    text = extract_main_text(document)
    return audit_text(
        text,
        law_date=law_date,
        profile=profile,
        page_id=page_id,
        url=url,
        organisation=organisation,
        readability=readability,
    )


def audit_record(
    record: Mapping[str, Any], *, law_date: date, profile: str = DEFAULT_PROFILE, readability: bool = True
) -> PageAudit:
    """Audit one input line of the JSON Lines contract: {"id", "url", "organisation", "text" | "html"}."""
    if not isinstance(record, Mapping):
        raise AuditInputError(_("Deze regel is geen JSON-object met de velden id, url en text of html."))
    text = record.get("text")
    markup = record.get("html")
    common = {
        "law_date": law_date,
        "profile": str(record.get("profile") or profile),
        "page_id": str(record.get("id") or ""),
        "url": str(record.get("url") or ""),
        "organisation": str(record.get("organisation") or ""),
        "readability": readability,
    }
    if isinstance(text, str):
        return audit_text(text, **common)  # type: ignore[arg-type]
    if isinstance(markup, str):
        return audit_html(markup, **common)  # type: ignore[arg-type]
    raise AuditInputError(_("Deze regel heeft geen veld 'text' of 'html' met tekst erin."))
