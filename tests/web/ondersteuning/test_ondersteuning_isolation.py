"""Role isolation at the query and the view level: a supporter sees only their own clients; access is logged."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client as Browser

from toegang.law.track import Event, EventKind
from toegang.web.ondersteuning.models import AccessLog, Client, HelpRequest, Traject

from .conftest import Desk, make_user


def test_visible_to_scopes_clients_by_role(desk: Desk) -> None:
    assert list(Client.objects.visible_to(desk.anna)) == [desk.anna_client]
    assert list(Client.objects.visible_to(desk.bram)) == [desk.bram_client]
    assert Client.objects.visible_to(desk.coordinator).count() == 3
    assert not Client.objects.visible_to(desk.raadslid).exists()
    assert not Client.objects.visible_to(AnonymousUser()).exists()


def test_visible_to_scopes_requests_and_tracks(desk: Desk) -> None:
    mine = Traject.objects.create(client=desk.anna_client)
    Traject.objects.create(client=desk.bram_client)
    assert list(Traject.objects.visible_to(desk.anna)) == [mine]
    assert not HelpRequest.objects.visible_to(desk.anna).filter(pk=desk.open_request.pk).exists()
    assert HelpRequest.objects.visible_to(desk.coordinator).filter(pk=desk.open_request.pk).exists()


def test_own_client_file_is_shown_and_logged(desk: Desk) -> None:
    response = desk.browser(desk.anna).get(f"/ondersteuning/clienten/{desk.anna_client.pk}/")
    assert response.status_code == 200
    assert "Cliënt Merel" in response.content.decode()
    log = AccessLog.objects.get(client_id=desk.anna_client.pk)
    assert (log.user, log.action) == (desk.anna, AccessLog.Action.VIEW)


def test_another_supporters_client_gives_404_and_is_logged(desk: Desk) -> None:
    response = desk.browser(desk.anna).get(f"/ondersteuning/clienten/{desk.bram_client.pk}/")
    assert response.status_code == 404
    assert "Cliënt Sander" not in response.content.decode()
    log = AccessLog.objects.get(client_id=desk.bram_client.pk)
    assert (log.user, log.action) == (desk.anna, AccessLog.Action.DENIED)


def test_another_supporters_track_export_and_letter_give_404(desk: Desk) -> None:
    traject = Traject.objects.create(client=desk.bram_client)
    browser = desk.browser(desk.anna)
    assert browser.get(f"/ondersteuning/trajecten/{traject.pk}/").status_code == 404
    assert browser.get(f"/ondersteuning/clienten/{desk.bram_client.pk}/export/").status_code == 404
    assert browser.post(f"/ondersteuning/trajecten/{traject.pk}/herinnering/").status_code == 404
    denied = AccessLog.objects.filter(client_id=desk.bram_client.pk, action=AccessLog.Action.DENIED)
    assert denied.count() == 3
    assert not AccessLog.objects.filter(client_id=desk.bram_client.pk).exclude(action="denied").exists()


def test_coordinator_sees_every_file_and_it_is_logged(desk: Desk) -> None:
    browser = desk.browser(desk.coordinator)
    for client in (desk.anna_client, desk.bram_client):
        assert browser.get(f"/ondersteuning/clienten/{client.pk}/").status_code == 200
    assert AccessLog.objects.filter(user=desk.coordinator, action="view").count() == 2


def test_client_list_shows_only_own_clients(desk: Desk) -> None:
    page = desk.browser(desk.anna).get("/ondersteuning/clienten/").content.decode()
    assert "Cliënt Merel" in page
    assert "Cliënt Sander" not in page


def test_worklist_shows_only_own_tracks(desk: Desk) -> None:
    from datetime import date

    for client in (desk.anna_client, desk.bram_client):
        traject = Traject.objects.create(client=client)
        traject.record(Event(EventKind.MELDING, date(2026, 11, 2)))
        traject.record(Event(EventKind.AANVRAAG, date(2026, 11, 2)))
    # the first voorschot is due four weeks after the aanvraag: 30 November 2026, ISO week 49
    page = desk.browser(desk.anna).get("/ondersteuning/werklijst/?week=2026-W49").content.decode()
    assert "Cliënt Merel" in page
    assert "Cliënt Sander" not in page


@pytest.mark.parametrize(
    "path",
    [
        "/ondersteuning/pool/",
        "/ondersteuning/hulpvragen/",
        "/ondersteuning/verdelen/",
        "/ondersteuning/aanbieders/",
    ],
)
def test_supporter_cannot_open_coordinator_pages(desk: Desk, path: str) -> None:
    assert desk.browser(desk.anna).get(path).status_code == 403
    assert desk.browser(desk.coordinator).get(path).status_code == 200


def test_supporter_cannot_erase(desk: Desk) -> None:
    browser = desk.browser(desk.anna)
    assert browser.post(f"/ondersteuning/clienten/{desk.anna_client.pk}/wissen/").status_code == 403
    assert Client.objects.filter(pk=desk.anna_client.pk).exists()


def test_anonymous_is_sent_to_login_and_user_without_role_is_refused(desk: Desk) -> None:
    response = Browser().get("/ondersteuning/clienten/")
    assert response.status_code == 302
    assert "/account/" in response["Location"]
    nobody = make_user("niemand", None)
    assert desk.browser(nobody).get("/ondersteuning/clienten/").status_code == 403
    assert (
        desk.browser(desk.raadslid).get(f"/ondersteuning/clienten/{desk.anna_client.pk}/").status_code == 403
    )
