"""Retention (anonymise after a configurable period), export and erasure of one client."""

from __future__ import annotations

import json
from datetime import date, timedelta
from io import StringIO

from django.core.management import call_command
from django.test import override_settings

from toegang.law.track import Event, EventKind
from toegang.web.ondersteuning.models import AccessLog, Client, HelpRequest, TrackEvent, Traject
from toegang.web.ondersteuning.privacy import retention_days

from .conftest import Desk


def _closed(desk: Desk, days_ago: int) -> Client:
    client = desk.anna_client
    traject = Traject.objects.create(client=client)
    traject.record(Event(EventKind.MELDING, date(2026, 1, 5), note="Belde over huurschuld"))
    client.closed_on = date.today() - timedelta(days=days_ago)
    client.email = "merel@example.org"
    client.save()
    return client


@override_settings(ONDERSTEUNING_RETENTIE_DAGEN=30)
def test_retention_anonymises_files_closed_longer_than_the_period(desk: Desk) -> None:
    assert retention_days() == 30
    old = _closed(desk, 31)
    out = StringIO()
    call_command("ondersteuning_retentie", stdout=out)
    assert "1 dossiers" in out.getvalue()
    old.refresh_from_db()
    assert old.anonymised
    assert old.pseudonym == f"geanonimiseerd-{old.pk}"
    assert (old.email, old.address, old.supporter) == ("", "", None)
    assert TrackEvent.objects.get(traject__client=old).note == ""
    assert TrackEvent.objects.filter(traject__client=old, kind="melding").exists()  # the facts stay
    assert AccessLog.objects.filter(client_id=old.pk, action="anonymise").exists()
    desk.bram_client.refresh_from_db()
    assert not desk.bram_client.anonymised  # still open


@override_settings(ONDERSTEUNING_RETENTIE_DAGEN=30)
def test_retention_leaves_recent_files_and_dry_run_changes_nothing(desk: Desk) -> None:
    recent = _closed(desk, 10)
    call_command("ondersteuning_retentie", stdout=StringIO())
    recent.refresh_from_db()
    assert not recent.anonymised
    out = StringIO()
    call_command("ondersteuning_retentie", "--dagen", "5", "--proef", stdout=out)
    assert "alleen geteld" in out.getvalue()
    recent.refresh_from_db()
    assert not recent.anonymised


def test_export_gives_all_data_of_one_client_and_is_logged(desk: Desk) -> None:
    _closed(desk, 1)
    response = desk.browser(desk.anna).get(f"/ondersteuning/clienten/{desk.anna_client.pk}/export/")
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["client"]["schuilnaam"] == "Cliënt Merel"
    assert data["trajecten"][0]["gebeurtenissen"][0]["notitie"] == "Belde over huurschuld"
    assert "Cliënt Sander" not in response.content.decode()
    assert AccessLog.objects.filter(client_id=desk.anna_client.pk, action="export", user=desk.anna).exists()


def test_coordinator_erases_one_client(desk: Desk) -> None:
    client = _closed(desk, 1)
    HelpRequest.objects.create(client=client, topics=["bijstand"])
    browser = desk.browser(desk.coordinator)
    assert browser.get(f"/ondersteuning/clienten/{client.pk}/wissen/").status_code == 200
    assert Client.objects.filter(pk=client.pk).exists()  # the confirm page changes nothing
    assert browser.post(f"/ondersteuning/clienten/{client.pk}/wissen/").status_code == 302
    assert not Client.objects.filter(pk=client.pk).exists()
    assert not Traject.objects.filter(client_id=client.pk).exists()
    assert not TrackEvent.objects.filter(traject__client_id=client.pk).exists()
    assert not HelpRequest.objects.filter(client_id=client.pk).exists()
    assert AccessLog.objects.filter(client_id=client.pk, action="erase").exists()
    assert Client.objects.filter(pk=desk.bram_client.pk).exists()


def test_supporter_closes_own_file_which_starts_the_retention_period(desk: Desk) -> None:
    browser = desk.browser(desk.anna)
    assert browser.post(f"/ondersteuning/clienten/{desk.bram_client.pk}/sluiten/").status_code == 404
    assert browser.post(f"/ondersteuning/clienten/{desk.anna_client.pk}/sluiten/").status_code == 302
    desk.anna_client.refresh_from_db()
    desk.bram_client.refresh_from_db()
    assert desk.anna_client.closed_on is not None
    assert desk.bram_client.closed_on is None
    page = browser.get("/ondersteuning/clienten/").content.decode()
    assert "Cliënt Merel" not in page  # the list shows open files
