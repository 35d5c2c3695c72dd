"""The desk's pages. Every client, request and track is looked up through `visible_to(request.user)`."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from django.contrib import messages
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from toegang.i18n import _
from toegang.law.track import Event, EventKind, TransitionError, week_days
from toegang.web.ondersteuning import letters, pool
from toegang.web.ondersteuning.access import (
    DESK,
    FIGURES,
    POOL,
    client_for,
    log_access,
    role_required,
    traject_for,
)
from toegang.web.ondersteuning.figures import SMALL, council_figures
from toegang.web.ondersteuning.forms import EventForm, IntakeForm, ProviderForm
from toegang.web.ondersteuning.labels import (
    DEADLINE_LABELS,
    DEADLINE_STATUS_LABELS,
    EVENT_LABELS,
    STATUS_LABELS,
)
from toegang.web.ondersteuning.models import (
    TOPICS,
    AccessLog,
    Client,
    HelpRequest,
    Provider,
    SupporterProfile,
    Traject,
    is_coordinator,
    roles_of,
)
from toegang.web.ondersteuning.privacy import erase, export
from toegang.web.ondersteuning.tracks import track_deadlines, week_items, week_of

TOPIC_LABELS = dict(TOPICS)


def _today() -> date:
    return timezone.localdate()


def _topics(codes: list[str]) -> str:
    return ", ".join(TOPIC_LABELS.get(code, code) for code in codes)


@never_cache
@role_required(*DESK, *FIGURES)
def index(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "ondersteuning/index.html",
        {
            "coordinator": is_coordinator(request.user),
            "supporter": bool(roles_of(request.user) & set(DESK)),
            "figures": bool(roles_of(request.user) & set(FIGURES)),
        },
    )


# --- coordinator ------------------------------------------------------------------------------------------


@never_cache
@role_required(*POOL)
def pool_view(request: HttpRequest) -> HttpResponse:
    rows = SupporterProfile.objects.annotate(
        busy=Count("clients", filter=Q(clients__closed_on__isnull=True))
    ).order_by("name")
    open_count = HelpRequest.objects.visible_to(request.user).open().count()
    return render(request, "ondersteuning/pool.html", {"rows": rows, "open_count": open_count})


@never_cache
@role_required(*POOL)
def requests_view(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = IntakeForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            client = Client.objects.create(
                pseudonym=data["pseudonym"],
                district=data["district"],
                language=data["language"].strip().lower(),
                interpreter=data["interpreter"],
                contact=data["contact"],
                email=data["email"],
                address=data["address"],
                group=data["group"],
            )
            HelpRequest.objects.create(client=client, topics=data["topics"], channel=data["channel"] or "")
            messages.success(request, _("De hulpvraag is opgeslagen."))
            return redirect("ondersteuning:requests")
        status = 400
    else:
        form = IntakeForm()
        status = 200
    open_requests = HelpRequest.objects.visible_to(request.user).open().select_related("client")
    rows = [(r, _topics(r.topics)) for r in open_requests]
    return render(request, "ondersteuning/requests.html", {"rows": rows, "form": form}, status=status)


@never_cache
@role_required(*POOL)
def proposal(request: HttpRequest, pk: int) -> HttpResponse:
    help_request = get_object_or_404(
        HelpRequest.objects.visible_to(request.user).select_related("client"), pk=pk
    )
    if request.method == "POST":
        profile = get_object_or_404(SupporterProfile, pk=request.POST.get("ondersteuner", "0") or 0)
        if pool.assign(help_request, profile, _today()):
            messages.success(
                request,
                _("{client} is toegewezen aan {name}.").format(client=help_request.client, name=profile),
            )
        else:
            messages.error(request, _("Toewijzen lukte niet: de vraag is al toegewezen of er is geen plek."))
        return redirect("ondersteuning:requests")
    proposals = pool.ranked(help_request) if help_request.assigned_on is None else []
    return render(
        request,
        "ondersteuning/proposal.html",
        {"item": help_request, "topics": _topics(help_request.topics), "proposals": proposals},
    )


@never_cache
@role_required(*POOL)
def batch(request: HttpRequest) -> HttpResponse:
    """GET: the solver's proposal for all open requests. POST: the coordinator confirms the ticked lines."""
    if request.method == "POST":
        done = failed = 0
        for value in request.POST.getlist("toewijzing"):
            request_id, _sep, supporter_id = value.partition(":")
            if not (request_id.isdigit() and supporter_id.isdigit()):
                failed += 1
                continue
            item = HelpRequest.objects.visible_to(request.user).filter(pk=int(request_id)).first()
            profile = SupporterProfile.objects.filter(pk=int(supporter_id)).first()
            if item is None or profile is None or not pool.assign(item, profile, _today()):
                failed += 1
            else:
                done += 1
        messages.success(request, _("{n} hulpvragen toegewezen.").format(n=done))
        if failed:
            messages.error(
                request, _("{n} toewijzingen lukten niet. Bekijk het nieuwe voorstel.").format(n=failed)
            )
        return redirect("ondersteuning:batch")
    open_requests = HelpRequest.objects.visible_to(request.user).open().select_related("client")
    lines, result = pool.batch_proposal(open_requests)
    return render(
        request,
        "ondersteuning/batch.html",
        {"lines": lines, "result": result, "unassigned": len(lines) - result.assigned},
    )


# --- supporter --------------------------------------------------------------------------------------------


@never_cache
@role_required(*DESK)
def clients(request: HttpRequest) -> HttpResponse:
    rows = (
        Client.objects.visible_to(request.user)
        .filter(closed_on__isnull=True)
        .select_related("supporter")
        .annotate(tracks_count=Count("tracks"))
    )
    return render(request, "ondersteuning/clients.html", {"rows": rows})


@never_cache
@role_required(*DESK)
def client_file(request: HttpRequest, pk: int) -> HttpResponse:
    client = client_for(request, pk)
    tracks = [(t, STATUS_LABELS.get(t.status, t.status)) for t in client.tracks.all()]
    requests = [(r, _topics(r.topics)) for r in client.requests.all()]
    return render(
        request,
        "ondersteuning/client.html",
        {
            "client": client,
            "tracks": tracks,
            "requests": requests,
            "coordinator": is_coordinator(request.user),
            "way": letters.way(client),
        },
    )


@require_POST
@role_required(*DESK)
def new_track(request: HttpRequest, pk: int) -> HttpResponse:
    client = client_for(request, pk)
    traject = Traject.objects.create(client=client)
    messages.success(request, _("Er is een nieuw traject gemaakt."))
    return redirect("ondersteuning:track", pk=traject.pk)


@require_POST
@role_required(*DESK)
def close_file(request: HttpRequest, pk: int) -> HttpResponse:
    """Close the file: the retention period starts today; open requests are closed with it."""
    client = client_for(request, pk)
    today = _today()
    if client.closed_on is None:
        Client.objects.filter(pk=client.pk).update(closed_on=today)
        HelpRequest.objects.filter(client=client, closed_on__isnull=True).update(closed_on=today)
        messages.success(request, _("Het dossier is gesloten."))
    return redirect("ondersteuning:client", pk=client.pk)


def _event_from(data: dict[str, Any]) -> Event:
    return Event(
        kind=EventKind(data["kind"]),
        on=data["on"],
        new_due=data.get("new_due"),
        youth=bool(data.get("youth")),
        posted=data.get("posted"),
        note=data.get("note", ""),
    )


@never_cache
@role_required(*DESK)
def track(request: HttpRequest, pk: int) -> HttpResponse:
    traject = traject_for(request, pk)
    core = traject.as_track()
    status = 200
    if request.method == "POST":
        form = EventForm(request.POST, allowed=core.allowed())
        if form.is_valid():
            try:
                traject.record(_event_from(form.cleaned_data), request.user)
            except TransitionError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("De gebeurtenis is toegevoegd."))
                return redirect("ondersteuning:track", pk=traject.pk)
        status = 400
    else:
        form = EventForm(allowed=core.allowed(), initial={"on": _today()})
    today = _today()
    found = [
        (d, DEADLINE_LABELS[d.kind], DEADLINE_STATUS_LABELS[d.status])
        for d in track_deadlines(traject, today)
    ]
    events = [(e, EVENT_LABELS[EventKind(e.kind)]) for e in traject.events.all()]
    return render(
        request,
        "ondersteuning/track.html",
        {
            "traject": traject,
            "client": traject.client,
            "status": STATUS_LABELS.get(traject.status, traject.status),
            "deadlines": found,
            "events": events,
            "form": form,
            "way": letters.way(traject.client),
            "today": today,
        },
        status=status,
    )


@require_POST
@role_required(*DESK)
def reminder(request: HttpRequest, pk: int) -> HttpResponse:
    """Send or make the reminder the client's channel asks for: PDF (post), e-mail, or a text to tell."""
    traject = traject_for(request, pk)
    client = traject.client
    today = _today()
    letter = letters.reminder(client, track_deadlines(traject, today), today)
    way = letters.way(client)
    log_access(request, client.pk, AccessLog.Action.LETTER)
    if way == "pdf":
        response = HttpResponse(letters.letter_pdf(client, letter), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="herinnering-traject-{traject.pk}.pdf"'
        return response
    if way == "email":
        letters.send_email(client, letter)
        messages.success(request, _("De e-mail is verstuurd."))
        return redirect("ondersteuning:track", pk=traject.pk)
    return render(request, "ondersteuning/reminder.html", {"traject": traject, "letter": letter})


@never_cache
@role_required(*DESK)
def worklist_view(request: HttpRequest) -> HttpResponse:
    today = _today()
    week = week_of(request.GET.get("week"), today)
    monday, sunday = week_days(*week)
    found = week_items(request.user, week)
    groups = [
        (
            found.names.get(key, key) if key else _("Zonder ondersteuner"),
            [
                (
                    item,
                    found.pseudonyms.get(item.client, ""),
                    DEADLINE_LABELS[item.deadline.kind],
                    DEADLINE_STATUS_LABELS[item.deadline.status],
                )
                for item in items
            ],
        )
        for key, items in found.items.items()
    ]
    previous = (monday.toordinal() - 7, monday.toordinal() + 7)
    prev_iso = date.fromordinal(previous[0]).isocalendar()
    next_iso = date.fromordinal(previous[1]).isocalendar()
    return render(
        request,
        "ondersteuning/worklist.html",
        {
            "groups": groups,
            "week": week,
            "monday": monday,
            "sunday": sunday,
            "prev": f"{prev_iso.year}-W{prev_iso.week:02d}",
            "next": f"{next_iso.year}-W{next_iso.week:02d}",
        },
    )


# --- privacy ----------------------------------------------------------------------------------------------


@never_cache
@role_required(*DESK)
def export_view(request: HttpRequest, pk: int) -> HttpResponse:
    client = client_for(request, pk, AccessLog.Action.EXPORT)
    body = json.dumps(export(client), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="dossier-{client.pk}.json"'
    return response


@never_cache
@role_required(*POOL)
def erase_view(request: HttpRequest, pk: int) -> HttpResponse:
    if request.method == "POST":
        client = client_for(request, pk, AccessLog.Action.ERASE)
        erase(client)
        messages.success(request, _("Het dossier is gewist."))
        return redirect("ondersteuning:clients")
    client = client_for(request, pk)
    return render(request, "ondersteuning/erase.html", {"client": client})


# --- directory and figures --------------------------------------------------------------------------------


@never_cache
@role_required(*POOL)
def providers(request: HttpRequest) -> HttpResponse:
    rows = Provider.objects.select_related("gemeente").order_by("gemeente__name", "name")
    return render(request, "ondersteuning/providers.html", {"rows": rows})


@never_cache
@role_required(*POOL)
def provider_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    instance = get_object_or_404(Provider, pk=pk) if pk is not None else None
    form = ProviderForm(request.POST or None, instance=instance)
    if request.method == "POST":
        if form.is_valid():
            form.save()
            messages.success(request, _("De aanbieder is opgeslagen."))
            return HttpResponseRedirect(reverse("ondersteuning:providers"))
        return render(
            request, "ondersteuning/provider_form.html", {"form": form, "item": instance}, status=400
        )
    return render(request, "ondersteuning/provider_form.html", {"form": form, "item": instance})


@never_cache
@role_required(*FIGURES)
def figures(request: HttpRequest) -> HttpResponse:
    data = council_figures(_today())
    return render(request, "ondersteuning/figures.html", {"data": data, "small": SMALL})
