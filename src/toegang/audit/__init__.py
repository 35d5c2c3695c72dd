"""The page audit (nulmeting engine). Public face: audit_text, audit_html, audit_record."""

from toegang.audit.engine import DEFAULT_PROFILE, AuditInputError, audit_html, audit_record, audit_text
from toegang.audit.model import Evidence, Finding, PageAudit

__all__ = [
    "DEFAULT_PROFILE",
    "AuditInputError",
    "Evidence",
    "Finding",
    "PageAudit",
    "audit_html",
    "audit_record",
    "audit_text",
]
