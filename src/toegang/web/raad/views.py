"""The council's own pages (members with the raadslid role only). Every lookup starts at `for_member(user)`:
a member of another council gets "not found", not a hint that the record exists."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date, timedelta
from functools import wraps
from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Q, Sum
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from toegang.i18n import _
from toegang.letters import check_letter
from toegang.web.accounts.roles import RAADSLID, has_role
from toegang.web.monitor.catalogue import rule_text
from toegang.web.raad import forms as f
from toegang.web.raad import models as m
from toegang.web.raad.agenda import agenda_suggestions
from toegang.web.raad.privacy import find_bsns, find_emails, find_phones

PAGE_SIZE = 50
PAGE_SECONDS = 600
View = Callable[..., HttpResponse]


def _council(request: HttpRequest, slug: str) -> m.Council:
    """The council at `slug` if the user is a raadslid and a member of it; checked on every request."""
    known = getattr(request, "_raad_council", None)
    if known is not None and known.slug == slug:
        return known
    # One query for role and membership together; the rare miss then tells "no role" (403) from "not yours".
    council = m.Council.objects.for_member_with_role(request.user, RAADSLID).filter(slug=slug).first()
    if council is None:
        if not has_role(request.user, RAADSLID):
            raise PermissionDenied
        raise Http404
    request._raad_council = council  # type: ignore[attr-defined]
    return council


def member_page(view: View) -> View:
    """Keep a member's rendered page until the council's records change (Council.version) or the day ends.

    The access check runs on every request; only the rendering is skipped. Pages with pending messages and
    anything but GET/HEAD are always rendered. The key holds the user, so no member sees another's page.
    """

    @wraps(view)
    def wrapper(request: HttpRequest, slug: str, *args: Any, **kwargs: Any) -> HttpResponse:
        council = _council(request, slug)
        if request.method not in ("GET", "HEAD") or "messages" in request.COOKIES:
            return view(request, slug, *args, **kwargs)
        path = hashlib.sha256(request.get_full_path().encode()).hexdigest()[:32]
        key = f"toegang:raad:{council.pk}:{council.version}:{request.user.pk}:{date.today():%Y%m%d}:{path}"
        hit = cache.get(key)
        if hit is not None:
            return HttpResponse(hit[1], content_type=hit[0])
        response = view(request, slug, *args, **kwargs)
        if response.status_code == 200 and not response.streaming and not response.cookies:
            cache.set(key, (response["Content-Type"], response.content), PAGE_SECONDS)
        return response

    return wrapper


def _scrub(message: str) -> str:
    """A finding's message can quote the letter; take out anything that would identify the person."""
    for found in (*find_bsns(message), *find_emails(message), *find_phones(message)):
        message = message.replace(found, _("[weggehaald]"))
    return message


def letter_outcome(text: str, profile: str | None) -> tuple[str, list[dict[str, Any]]]:
    """Check a letter and keep only what the signal needs: per rule its status, impact, title and message."""
    result = check_letter(text, profile or None)
    findings = [
        {
            "rule": finding.rule,
            "title": rule_text(finding.rule, result.law_date).title,
            "status": finding.status,
            "impact": finding.impact,
            "message": _scrub(finding.message),
        }
        for finding in result.findings
    ]
    return result.profile.profile, findings


@never_cache
@login_required
def index(request: HttpRequest) -> HttpResponse:
    if not has_role(request.user, RAADSLID):
        raise PermissionDenied
    councils = list(m.Council.objects.for_member(request.user))
    if len(councils) == 1:
        return redirect("raad:overview", slug=councils[0].slug)
    return render(request, "raad/index.html", {"councils": councils})


@never_cache
@login_required
@member_page
def overview(request: HttpRequest, slug: str) -> HttpResponse:
    council = _council(request, slug)
    today = date.today()
    signals = m.Signal.objects.for_member(request.user).filter(council=council)
    promises = m.Promise.objects.for_member(request.user).filter(council=council)
    advice = m.Advice.objects.for_member(request.user).filter(council=council)
    year_ago = today - timedelta(days=365)
    counts = signals.aggregate(
        open=Count("id", filter=Q(handled=False)),
        year=Count("id", filter=Q(received_on__gte=year_ago)),
        people=Sum("people", filter=Q(received_on__gte=year_ago)),
    )
    themes = (
        signals.filter(received_on__gte=year_ago)
        .values("theme")
        .annotate(n=Count("id"))
        .order_by("-n", "theme")
    )
    open_promises = promises.filter(status__in=(m.Promise.OPEN, m.Promise.OVERDUE)).overdue_first(today)
    overdue_count = open_promises.filter(Q(status=m.Promise.OVERDUE) | Q(due_on__lt=today)).count()
    waiting = [
        a for a in advice.filter(sent_on__isnull=False, reaction_on__isnull=True).select_related("council")
    ]
    context = {
        "council": council,
        "today": today,
        "counts": counts,
        "themes": [{"label": m.THEME_LABELS.get(t["theme"], t["theme"]), "n": t["n"]} for t in themes],
        "promises": list(open_promises[:10]),
        "open_promise_count": open_promises.count(),
        "overdue_count": overdue_count,
        "waiting": sorted(waiting, key=lambda a: a.reaction_due or today)[:10],
        "waiting_count": len(waiting),
        "recent": list(signals[:5]),
        "next_meeting": m.Meeting.objects.for_member(request.user)
        .filter(council=council, held_on__gte=today)
        .order_by("held_on")
        .first(),
    }
    return render(request, "raad/overview.html", context)


# --- signals ---------------------------------------------------------------------------------------------


@never_cache
@login_required
@member_page
def signal_list(request: HttpRequest, slug: str) -> HttpResponse:
    council = _council(request, slug)
    rows = m.Signal.objects.for_member(request.user).filter(council=council)
    theme = request.GET.get("onderwerp", "")
    if theme in m.THEME_LABELS:
        rows = rows.filter(theme=theme)
    if request.GET.get("open"):
        rows = rows.filter(handled=False)
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("pagina"))
    return render(
        request,
        "raad/signal_list.html",
        {
            "council": council,
            "page": page,
            "themes": m.THEMES,
            "theme": theme,
            "only_open": bool(request.GET.get("open")),
            "query": urlencode({"onderwerp": theme, "open": request.GET.get("open", "")}) + "&",
        },
    )


@never_cache
@login_required
def signal_new(request: HttpRequest, slug: str) -> HttpResponse:
    council = _council(request, slug)
    form = f.SignalForm(request.POST or None)
    if request.method == "POST":
        form.instance.council = council
        if form.is_valid():
            signal = form.save(commit=False)
            letter = form.cleaned_data.get("brief") or ""
            if letter.strip():
                signal.letter_profile, signal.letter_findings = letter_outcome(
                    letter, form.cleaned_data.get("soort")
                )
            signal.save()
            messages.success(request, _("Het signaal is bewaard."))
            return redirect("raad:signal", slug=council.slug, pk=signal.pk)
    status = 400 if form.errors else 200
    return render(request, "raad/signal_form.html", {"council": council, "form": form}, status=status)


@never_cache
@login_required
def signal_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    council = _council(request, slug)
    signal = get_object_or_404(m.Signal.objects.for_member(request.user), council=council, pk=pk)
    if request.method == "POST":
        signal.handled = request.POST.get("afgehandeld") == "1"
        signal.save(update_fields=["handled"])
        messages.success(request, _("De stand van het signaal is aangepast."))
        return redirect("raad:signal", slug=council.slug, pk=signal.pk)
    problems = [x for x in signal.letter_findings if x.get("status") in ("wrong", "absent")]
    return render(
        request, "raad/signal_detail.html", {"council": council, "signal": signal, "problems": problems}
    )


# --- advice ----------------------------------------------------------------------------------------------


@never_cache
@login_required
@member_page
def advice_list(request: HttpRequest, slug: str) -> HttpResponse:
    council = _council(request, slug)
    rows = m.Advice.objects.for_member(request.user).filter(council=council).select_related("council")
    rows = rows.annotate(signal_count=Count("signals")).order_by("-sent_on", "-id")
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("pagina"))
    return render(request, "raad/advice_list.html", {"council": council, "page": page, "today": date.today()})


def _create_for_council(
    request: HttpRequest, slug: str, form_class: Any, template: str, detail: str, saved: str
) -> HttpResponse:
    """The shared "new record of this council" flow: bind, attach the council, save, go to the record."""
    council = _council(request, slug)
    form = form_class(request.POST or None, council=council)
    if request.method == "POST":
        form.instance.council = council
        if form.is_valid():
            record = form.save()
            messages.success(request, saved)
            return redirect(detail, slug=council.slug, pk=record.pk)
    status = 400 if form.errors else 200
    return render(request, template, {"council": council, "form": form}, status=status)


@never_cache
@login_required
def advice_new(request: HttpRequest, slug: str) -> HttpResponse:
    return _create_for_council(
        request, slug, f.AdviceForm, "raad/advice_form.html", "raad:advice", _("Het advies is bewaard.")
    )


@never_cache
@login_required
def advice_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    council = _council(request, slug)
    advice = get_object_or_404(
        m.Advice.objects.for_member(request.user).select_related("council"), council=council, pk=pk
    )
    form = f.ReactionForm(request.POST or None, instance=advice)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("De reactie van het college is bewaard."))
        return redirect("raad:advice", slug=council.slug, pk=advice.pk)
    status = 400 if form.errors else 200
    context = {"council": council, "advice": advice, "form": form, "signals": advice.signals.all()[:100]}
    return render(request, "raad/advice_detail.html", context, status=status)


# --- promises --------------------------------------------------------------------------------------------


@never_cache
@login_required
@member_page
def promise_list(request: HttpRequest, slug: str) -> HttpResponse:
    council = _council(request, slug)
    today = date.today()
    rows = m.Promise.objects.for_member(request.user).filter(council=council).overdue_first(today)
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("pagina"))
    return render(request, "raad/promise_list.html", {"council": council, "page": page, "today": today})


@never_cache
@login_required
def promise_new(request: HttpRequest, slug: str) -> HttpResponse:
    return _create_for_council(
        request, slug, f.PromiseForm, "raad/promise_form.html", "raad:promise", _("De toezegging is bewaard.")
    )


@never_cache
@login_required
def promise_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    council = _council(request, slug)
    promise = get_object_or_404(
        m.Promise.objects.for_member(request.user).select_related("meeting"), council=council, pk=pk
    )
    form = f.PromiseStatusForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        promise.change_status(
            form.cleaned_data["status"],
            by=request.user,
            note=form.cleaned_data["note"],
            on=form.cleaned_data["on"],
        )
        messages.success(request, _("De stand is nu: {status}.").format(status=promise.status_label()))
        return redirect("raad:promise", slug=council.slug, pk=promise.pk)
    status = 400 if form.errors else 200
    context = {
        "council": council,
        "promise": promise,
        "form": form,
        "events": promise.events.select_related("by"),
        "today": date.today(),
    }
    return render(request, "raad/promise_detail.html", context, status=status)


# --- meetings --------------------------------------------------------------------------------------------


@never_cache
@login_required
def meeting_list(request: HttpRequest, slug: str) -> HttpResponse:
    council = _council(request, slug)
    form = f.MeetingForm(request.POST or None)
    if request.method == "POST":
        form.instance.council = council
        if form.is_valid():
            meeting = form.save()
            messages.success(request, _("De vergadering is bewaard. Kies nu de agendapunten."))
            return redirect("raad:meeting", slug=council.slug, pk=meeting.pk)
    rows = m.Meeting.objects.for_member(request.user).filter(council=council)
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("pagina"))
    status = 400 if form.errors else 200
    return render(
        request, "raad/meeting_list.html", {"council": council, "page": page, "form": form}, status=status
    )


@never_cache
@login_required
def meeting_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    council = _council(request, slug)
    meeting = get_object_or_404(m.Meeting.objects.for_member(request.user), council=council, pk=pk)
    form = f.MinutesForm(request.POST or None, instance=meeting)
    if request.method == "POST" and form.is_valid():
        meeting = form.save(commit=False)
        meeting.published_on = (meeting.published_on or date.today()) if meeting.published else None
        meeting.save()
        messages.success(
            request,
            _("Het verslag is bewaard en staat op de openbare pagina.")
            if meeting.published
            else _("Het verslag is bewaard. Het is niet openbaar."),
        )
        return redirect("raad:meeting", slug=council.slug, pk=meeting.pk)
    suggestions = agenda_suggestions(council, meeting)
    status = 400 if form.errors else 200
    context = {
        "council": council,
        "meeting": meeting,
        "form": form,
        "agenda": meeting.agenda.all(),
        "suggestions": suggestions,
    }
    return render(request, "raad/meeting_detail.html", context, status=status)


@require_POST
@login_required
def meeting_agenda(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    council = _council(request, slug)
    meeting = get_object_or_404(m.Meeting.objects.for_member(request.user), council=council, pk=pk)
    chosen = set(request.POST.getlist("punt"))
    position = meeting.agenda.count()
    added = 0
    for suggestion in agenda_suggestions(council, meeting):
        if suggestion.key in chosen:
            position += 1
            added += 1
            m.AgendaItem.objects.create(meeting=meeting, position=position, **suggestion.fields())
    if request.POST.get("verwijder"):
        m.AgendaItem.objects.filter(meeting=meeting, pk=request.POST["verwijder"]).delete()
        messages.success(request, _("Het agendapunt is weggehaald."))
    elif added:
        messages.success(request, _("{n} agendapunt(en) toegevoegd.").format(n=added))
    else:
        messages.info(request, _("U heeft geen agendapunt gekozen."))
    return redirect("raad:meeting", slug=council.slug, pk=meeting.pk)
