"""Gettext for user-facing text. Source strings are Dutch (nl first); other languages are translations."""

from __future__ import annotations

import gettext
from pathlib import Path

_LOCALE_DIR = Path(__file__).parent / "locale"
_translation = gettext.translation("toegang", localedir=_LOCALE_DIR, fallback=True)


def _(message: str) -> str:
    """Translate a Dutch source string into the active language (Dutch when no catalogue is installed)."""
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translation.ngettext(singular, plural, n)
