"""Quotes in their context on the audited page, as HTML, derived once when a measurement is imported.

Finding a quote in a page text and cutting its context is pure work on data that never changes after the
import, so the importer stores the result (GemeenteRuleResult.quotes) and the pages only print it. Without the
page text a quote is shown alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from toegang.audit.model import Evidence
from toegang.reports.html import evidence_in_context

MAX_QUOTES = 3


def quotes_in_context(evidence: Iterable[Mapping[str, Any]], text: str) -> list[str]:
    """HTML for at most MAX_QUOTES quotes of `evidence` (dicts of quote/start/end) in `text`.

    evidence_in_context escapes all page text; only its own <mark> and <span> tags are markup."""
    out: list[str] = []
    for item in list(evidence)[:MAX_QUOTES]:
        quote = Evidence(str(item.get("quote", "")), int(item.get("start", 0)), int(item.get("end", 0)))
        if quote.quote:
            out.append(evidence_in_context(text, quote))
    return out
