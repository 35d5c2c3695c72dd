"""Small template helpers: safe outside links, status badges and Dutch numbers."""

from __future__ import annotations

from urllib.parse import urlsplit

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

from toegang.web.monitor.catalogue import STATUS_ICONS, STATUS_LABELS

register = template.Library()


@register.filter
def http_url(url: str) -> str:
    """The address when it is http(s), else "": a measurement file could hold a `javascript:` address."""
    try:
        scheme = urlsplit(str(url).strip()).scheme.lower()
    except ValueError:
        return ""
    return str(url).strip() if scheme in ("http", "https") else ""


@register.filter
def badge(status: str) -> SafeString:
    """Status as icon plus word in a coloured label: the colour is never the only cue."""
    css = "na" if status == "not_applicable" else status
    return format_html(
        '<span class="badge badge-{}"><span aria-hidden="true">{}</span> {}</span>',
        css,
        STATUS_ICONS.get(status, "?"),
        STATUS_LABELS.get(status, status),
    )


@register.filter
def signed(value: float | None) -> str:
    """A change with its sign and a decimal comma: +2,5 / −1,0 / 0,0."""
    if value is None:
        return "–"
    text = f"{abs(value):.1f}".replace(".", ",")
    if value > 0:
        return f"+{text}"
    if value < 0:
        return f"−{text}"
    return text
