"""Home page and the friendly error pages."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "core/home.html")


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """Shown when a form comes back without a valid CSRF token (e.g. after a long pause)."""
    return render(request, "core/csrf.html", status=403)
