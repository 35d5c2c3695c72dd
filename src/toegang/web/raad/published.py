"""Figures pages (the council's own, with CSV and PDF) and the public pages: only what the council published."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from toegang.i18n import _
from toegang.web.raad import models as m
from toegang.web.raad.report import council_figures, figures_context, figures_csv, figures_pdf
from toegang.web.raad.views import _council


def _download(body: bytes | str, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@never_cache
@login_required
def figures(request: HttpRequest, slug: str) -> HttpResponse:
    council = _council(request, slug)
    context = figures_context(council_figures(council))
    context.update({"council": council, "public": False})
    return render(request, "raad/figures.html", context)


@require_POST
@login_required
def figures_publish(request: HttpRequest, slug: str) -> HttpResponse:
    council = _council(request, slug)
    council.figures_published = request.POST.get("openbaar") == "1"
    council.save(update_fields=["figures_published"])
    messages.success(
        request,
        _("De cijfers staan nu op de openbare pagina.")
        if council.figures_published
        else _("De cijfers zijn niet meer openbaar."),
    )
    return redirect("raad:figures", slug=council.slug)


@never_cache
@login_required
def figures_export(request: HttpRequest, slug: str, kind: str) -> HttpResponse:
    council = _council(request, slug)
    return _export(council, kind)


def _export(council: m.Council, kind: str) -> HttpResponse:
    data = council_figures(council)
    if kind == "csv":
        return _download(
            "\ufeff" + figures_csv(data), "text/csv; charset=utf-8", f"cijfers-{council.slug}.csv"
        )
    if kind == "pdf":
        return _download(figures_pdf(data), "application/pdf", f"cijfers-{council.slug}.pdf")
    raise Http404


# --- public ----------------------------------------------------------------------------------------------


def _public_council(slug: str) -> m.Council:
    return get_object_or_404(m.Council, slug=slug)


def public_council(request: HttpRequest, slug: str) -> HttpResponse:
    council = _public_council(slug)
    minutes = m.Meeting.objects.filter(council=council, published=True).order_by("-held_on")
    if not council.figures_published and not minutes.exists():
        raise Http404
    return render(request, "raad/public_council.html", {"council": council, "minutes": minutes})


def public_minutes(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    council = _public_council(slug)
    meeting = get_object_or_404(m.Meeting, council=council, pk=pk, published=True)
    return render(
        request,
        "raad/public_minutes.html",
        {"council": council, "meeting": meeting, "agenda": meeting.agenda.all()},
    )


def public_figures(request: HttpRequest, slug: str) -> HttpResponse:
    council = _public_council(slug)
    if not council.figures_published:
        raise Http404
    context = figures_context(council_figures(council))
    context.update({"council": council, "public": True})
    return render(request, "raad/figures.html", context)


def public_export(request: HttpRequest, slug: str, kind: str) -> HttpResponse:
    council = _public_council(slug)
    if not council.figures_published:
        raise Http404
    return _export(council, kind)
