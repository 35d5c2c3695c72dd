"""Reports on audited pages: one accessible HTML file, and CSV / JSON / JSON Lines exports."""

from toegang.reports.exports import (
    defuse_cell,
    summary,
    write_findings_csv,
    write_findings_jsonl,
    write_summary_json,
)
from toegang.reports.html import render_pages_report

__all__ = [
    "defuse_cell",
    "render_pages_report",
    "summary",
    "write_findings_csv",
    "write_findings_jsonl",
    "write_summary_json",
]
