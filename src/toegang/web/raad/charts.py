"""Bar charts as server-side SVG: no JavaScript, readable by screen readers (title, desc) and always shown next
to a table with the same numbers, so nobody depends on the picture alone."""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

BAR_COLOUR = "#0b57a4"  # the site's link colour: 7:1 against white
TEXT_COLOUR = "#1a1a1a"
ROW = 28
LABEL_WIDTH = 190
BAR_WIDTH = 360
VALUE_WIDTH = 60


def bar_chart(ident: str, title: str, description: str, rows: Sequence[tuple[str, int]]) -> SafeString:
    """A horizontal bar chart. `ident` must be unique on the page (it names the title and desc elements)."""
    height = max(1, len(rows)) * ROW + 8
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    top = max((value for _label, value in rows), default=0) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="grafiek" width="100%" '
        f'viewBox="0 0 {width} {height}" aria-labelledby="{ident}-titel {ident}-uitleg">',
        f'<title id="{ident}-titel">{escape(title)}</title>',
        f'<desc id="{ident}-uitleg">{escape(description)}</desc>',
    ]
    for index, (label, value) in enumerate(rows):
        y = index * ROW + 4
        length = round(BAR_WIDTH * value / top) if value else 0
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 18}" text-anchor="end" font-size="14" '
            f'fill="{TEXT_COLOUR}">{escape(label)}</text>'
        )
        parts.append(
            f'<rect x="{LABEL_WIDTH}" y="{y + 3}" width="{length}" height="20" fill="{BAR_COLOUR}"/>'
        )
        parts.append(
            f'<text x="{LABEL_WIDTH + length + 6}" y="{y + 18}" font-size="14" fill="{TEXT_COLOUR}">{value}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # every text node above is escaped; the numbers are ints
