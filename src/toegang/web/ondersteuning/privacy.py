"""Retention, export and erasure of client files.

Retention: a file closed longer than `retention_days()` ago is anonymised: the pseudonym is replaced, contact
details, extra languages, the supporter link and the notes on events are removed. What stays (district, first
language, themes, dates of events) only feeds the council figures, which suppress small cells.
"""

from __future__ import annotations

import os
from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.db import transaction

from toegang.web.ondersteuning.models import AccessLog, Client, TrackEvent

DEFAULT_RETENTION_DAYS = 730


def retention_days() -> int:
    """Setting ONDERSTEUNING_RETENTIE_DAGEN, else env TOEGANG_RETENTIE_DAGEN, else two years."""
    value = getattr(settings, "ONDERSTEUNING_RETENTIE_DAGEN", None)
    if value is None:
        value = os.environ.get("TOEGANG_RETENTIE_DAGEN", DEFAULT_RETENTION_DAYS)
    return int(value)


def due_for_anonymising(today: date, days: int | None = None) -> Any:
    limit = today - timedelta(days=retention_days() if days is None else days)
    return Client.objects.filter(closed_on__isnull=False, closed_on__lte=limit, anonymised=False)


def anonymise(client: Client) -> None:
    with transaction.atomic():
        Client.objects.filter(pk=client.pk).update(
            pseudonym=f"geanonimiseerd-{client.pk}",
            email="",
            address="",
            other_languages=[],
            supporter=None,
            anonymised=True,
        )
        # A queryset update: the append-only guard is on save(); only the free text goes, the facts stay.
        TrackEvent.objects.filter(traject__client=client).update(note="", recorded_by=None)
        AccessLog.objects.create(user=None, client_id=client.pk, action=AccessLog.Action.ANONYMISE)


def export(client: Client) -> dict[str, Any]:
    """Everything stored about one client, as JSON-ready data (the right of access, AVG art. 15)."""
    return {
        "client": {
            "id": client.pk,
            "schuilnaam": client.pseudonym,
            "wijk": client.district,
            "taal": client.language,
            "andere_talen": list(client.other_languages),
            "tolk": client.interpreter,
            "contact": client.contact,
            "groep": client.group,
            "email": client.email,
            "adres": client.address,
            "ondersteuner": client.supporter.name if client.supporter else None,
            "aangemaakt": client.created.isoformat(),
            "gesloten": client.closed_on.isoformat() if client.closed_on else None,
        },
        "hulpvragen": [
            {
                "id": r.pk,
                "themas": list(r.topics),
                "contact": r.channel,
                "binnengekomen": r.created.isoformat(),
                "toegewezen": r.assigned_on.isoformat() if r.assigned_on else None,
                "gesloten": r.closed_on.isoformat() if r.closed_on else None,
            }
            for r in client.requests.all()
        ],
        "trajecten": [
            {
                "id": t.pk,
                "status": t.status,
                "gebeurtenissen": [
                    {
                        "soort": e.kind,
                        "datum": e.on.isoformat(),
                        "nieuwe_datum": e.new_due.isoformat() if e.new_due else None,
                        "jongere": e.youth,
                        "op_de_post": e.posted.isoformat() if e.posted else None,
                        "notitie": e.note,
                    }
                    for e in t.events.all()
                ],
            }
            for t in client.tracks.all()
        ],
        "inzage": [
            {"wanneer": log.at.isoformat(), "actie": log.action}
            for log in AccessLog.objects.filter(client_id=client.pk)
        ],
    }


def erase(client: Client) -> None:
    """Remove the file with its requests, tracks and events. The access log keeps only the number."""
    client_id = client.pk
    with transaction.atomic():
        Client.objects.filter(pk=client_id).delete()  # cascades in SQL; the append-only guard is per row
