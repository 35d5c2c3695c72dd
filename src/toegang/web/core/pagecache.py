"""Whole-page cache for the public monitor pages, for visitors without a session.

A national overview lists 342 gemeenten and is read far more often than a measurement is imported, so the
finished HTML is kept in the cache, keyed on the address and a stamp of the imported measurements. Importing or
replacing a measurement changes the stamp (re-read every STAMP_SECONDS), so nobody sees old figures for long.
Logged-in users (a session cookie) and pending messages always get a freshly rendered page.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Max
from django.http import HttpRequest, HttpResponse

STAMP_KEY = "toegang:measurements-stamp"
STAMP_SECONDS = 5
PAGE_SECONDS = 600

View = Callable[..., HttpResponse]


def measurements_stamp() -> str:
    stamp = cache.get(STAMP_KEY)
    if stamp is None:
        from toegang.web.monitor.models import Measurement

        numbers = Measurement.objects.aggregate(count=Count("id"), last=Max("id"))
        stamp = f"{numbers['count']}-{numbers['last']}"
        cache.set(STAMP_KEY, stamp, STAMP_SECONDS)
    return str(stamp)


def forget_stamp() -> None:
    cache.delete(STAMP_KEY)


def _cacheable(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def public_page(view: View) -> View:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not _cacheable(request):
            return view(request, *args, **kwargs)
        path = hashlib.sha256(request.get_full_path().encode()).hexdigest()[:32]
        key = f"toegang:page:{measurements_stamp()}:{path}"
        hit = cache.get(key)
        if hit is not None:
            status, content_type, content = hit
            return HttpResponse(content, content_type=content_type, status=status)
        response = view(request, *args, **kwargs)
        if response.status_code in (200, 404) and not response.streaming and not response.cookies:
            cache.set(key, (response.status_code, response["Content-Type"], response.content), PAGE_SECONDS)
        return response

    return wrapper
