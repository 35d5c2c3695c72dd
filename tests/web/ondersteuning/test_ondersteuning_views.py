"""The coordinator's and the supporter's pages: intake, ranked proposal, batch confirm, track, worklist."""

from __future__ import annotations

from datetime import date

import pytest

from toegang.law.track import Event, EventKind, TransitionError
from toegang.web.ondersteuning.models import (
    AppendOnlyError,
    Client,
    HelpRequest,
    SupporterProfile,
    TrackEvent,
    Traject,
)

from .conftest import Desk, make_user


def test_intake_creates_client_and_request(desk: Desk) -> None:
    browser = desk.browser(desk.coordinator)
    response = browser.post(
        "/ondersteuning/hulpvragen/",
        {
            "pseudonym": "Cliënt Joost",
            "district": "Zuid",
            "language": "TR",
            "contact": "telefoon",
            "topics": ["wmo", "schulden"],
            "channel": "thuis",
        },
    )
    assert response.status_code == 302
    client = Client.objects.get(pseudonym="Cliënt Joost")
    assert client.language == "tr"
    request = HelpRequest.objects.get(client=client)
    assert sorted(request.topics) == ["schulden", "wmo"]


def test_intake_asks_for_an_email_address_when_the_client_wants_email(desk: Desk) -> None:
    response = desk.browser(desk.coordinator).post(
        "/ondersteuning/hulpvragen/",
        {"pseudonym": "X", "language": "nl", "contact": "email", "topics": ["bijstand"]},
    )
    assert response.status_code == 400
    assert "Vul een e-mailadres in" in response.content.decode()
    assert not Client.objects.filter(pseudonym="X").exists()


def test_proposal_ranks_with_reasons_and_assigns(desk: Desk) -> None:
    browser = desk.browser(desk.coordinator)
    page = browser.get(f"/ondersteuning/hulpvragen/{desk.open_request.pk}/").content.decode()
    # Anna speaks Arabic, works in Noord, knows bijstand and phones; Bram shares no language and no interpreter
    assert "Anna" in page
    assert "Spreekt Arabisch, de eerste taal van de cliënt" in page
    assert "Werkt in Noord" in page
    assert "Kies Bram" not in page
    response = browser.post(
        f"/ondersteuning/hulpvragen/{desk.open_request.pk}/", {"ondersteuner": desk.anna_profile.pk}
    )
    assert response.status_code == 302
    desk.open_request.refresh_from_db()
    assert desk.open_request.assigned_on is not None
    assert desk.open_request.client.supporter == desk.anna_profile
    # now Anna sees the new client
    assert Client.objects.visible_to(desk.anna).filter(pk=desk.open_request.client_id).exists()


def test_assign_refuses_a_supporter_without_room(desk: Desk) -> None:
    SupporterProfile.objects.filter(pk=desk.anna_profile.pk).update(capacity=1)  # already has one client
    desk.browser(desk.coordinator).post(
        f"/ondersteuning/hulpvragen/{desk.open_request.pk}/", {"ondersteuner": desk.anna_profile.pk}
    )
    desk.open_request.refresh_from_db()
    assert desk.open_request.assigned_on is None


def test_batch_proposes_then_the_coordinator_confirms(desk: Desk) -> None:
    second = Client.objects.create(pseudonym="Cliënt Ayse", district="Zuid", language="tr")
    turkish = HelpRequest.objects.create(client=second, topics=["wmo"], channel="thuis")
    browser = desk.browser(desk.coordinator)
    page = browser.get("/ondersteuning/verdelen/").content.decode()
    noor = f"{desk.open_request.pk}:{desk.anna_profile.pk}"
    ayse = f"{turkish.pk}:{desk.bram_profile.pk}"
    assert f'value="{noor}"' in page
    assert f'value="{ayse}"' in page
    assert HelpRequest.objects.open().count() == 2  # nothing assigned before the confirm
    # the coordinator unticks Ayse's line and confirms only Noor's
    browser.post("/ondersteuning/verdelen/", {"toewijzing": [noor]})
    assert list(HelpRequest.objects.open()) == [turkish]
    assert Client.objects.get(pk=desk.open_request.client_id).supporter == desk.anna_profile


def test_batch_confirm_refuses_tampered_values(desk: Desk) -> None:
    desk.browser(desk.coordinator).post("/ondersteuning/verdelen/", {"toewijzing": ["x:y", "999999:1"]})
    assert HelpRequest.objects.open().count() == 1


def test_track_records_allowed_events_and_refuses_others(desk: Desk) -> None:
    traject = Traject.objects.create(client=desk.anna_client)
    browser = desk.browser(desk.anna)
    url = f"/ondersteuning/trajecten/{traject.pk}/"
    assert browser.post(url, {"kind": "melding", "on": "2026-11-02"}).status_code == 302
    # a decision before an aanvraag is not in the table of allowed changes: not even offered
    response = browser.post(url, {"kind": "besluit_verzonden", "on": "2026-11-03"})
    assert response.status_code == 400
    assert browser.post(url, {"kind": "aanvraag", "on": "2026-11-02"}).status_code == 302
    # an event dated before the last one is refused by the core with a Dutch message
    response = browser.post(url, {"kind": "voorschot_betaald", "on": "2026-10-01"})
    assert response.status_code == 400
    assert "kan niet na een gebeurtenis" in response.content.decode()
    traject.refresh_from_db()
    assert traject.status == "aangevraagd"
    page = browser.get(url).content.decode()
    assert "Voorschot" in page
    assert "30 november 2026" in page  # aanvraag 2 November + 4 weeks (Pw art. 52)


def test_track_history_is_append_only(desk: Desk) -> None:
    traject = Traject.objects.create(client=desk.anna_client)
    event = traject.record(Event(EventKind.MELDING, date(2026, 11, 2)))
    event.note = "veranderd"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(TransitionError):
        traject.record(Event(EventKind.BEZWAAR_INGEDIEND, date(2026, 11, 3)))
    assert TrackEvent.objects.filter(traject=traject).count() == 1


def test_worklist_lists_deadlines_of_the_week(desk: Desk) -> None:
    traject = Traject.objects.create(client=desk.anna_client)
    traject.record(Event(EventKind.MELDING, date(2026, 11, 2)))
    traject.record(Event(EventKind.AANVRAAG, date(2026, 11, 2)))
    browser = desk.browser(desk.anna)
    page = browser.get("/ondersteuning/werklijst/?week=2026-W49").content.decode()
    assert "Voorschot" in page
    assert "Cliënt Merel" in page
    empty = browser.get("/ondersteuning/werklijst/?week=2026-W47").content.decode()
    assert "Deze week loopt er geen termijn af." in empty


def test_pool_shows_supporters_with_their_load(desk: Desk) -> None:
    page = desk.browser(desk.coordinator).get("/ondersteuning/pool/").content.decode()
    assert "Anna" in page and "Bram" in page
    assert "Er is 1 open hulpvraag." in page


def test_allowance_within_the_legal_maximum(desk: Desk) -> None:
    from decimal import Decimal

    from django.core.exceptions import ValidationError

    from toegang.web.ondersteuning.models import AllowancePayment

    ok = AllowancePayment(supporter=desk.anna_profile, paid_on=date(2026, 3, 1), amount=Decimal("150"))
    ok.full_clean()
    ok.save()
    too_much = AllowancePayment(supporter=desk.anna_profile, paid_on=date(2026, 3, 20), amount=Decimal("100"))
    with pytest.raises(ValidationError, match="maximum"):
        too_much.full_clean()  # the month maximum (€ 210 in 2026) would be passed
    professional = make_user("pro", "ondersteuner")
    profile = SupporterProfile.objects.create(user=professional, name="Pro", volunteer=False)
    with pytest.raises(ValidationError, match="vrijwilliger"):
        AllowancePayment(supporter=profile, paid_on=date(2026, 3, 1), amount=Decimal("10")).full_clean()
