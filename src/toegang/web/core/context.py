"""Template context for every page: the upload limit and whether the optional NL Design System CSS is
installed."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest


def site(request: HttpRequest) -> dict[str, Any]:
    return {
        "utrecht_css": bool(getattr(settings, "STATICFILES_DIRS", None)),
        "upload_max_mb": int(settings.UPLOAD_MAX_BYTES) // (1024 * 1024),
    }
