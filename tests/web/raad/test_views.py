"""The council pages: who sees what, recording signals (with a letter check), advice, promises, meetings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from toegang.web.accounts.roles import ONDERSTEUNER
from toegang.web.raad import models as m

pytestmark = pytest.mark.django_db

MEMBER_PAGES = [
    ("raad:overview", {}),
    ("raad:signals", {}),
    ("raad:signal_new", {}),
    ("raad:advice_list", {}),
    ("raad:advice_new", {}),
    ("raad:promises", {}),
    ("raad:promise_new", {}),
    ("raad:meetings", {}),
    ("raad:figures", {}),
]


@pytest.mark.parametrize(("name", "kwargs"), MEMBER_PAGES)
def test_member_pages_show_own_records_only(
    member_client: Client, council: m.Council, filled: dict[str, Any], name: str, kwargs: dict[str, Any]
) -> None:
    response = member_client.get(reverse(name, kwargs={"slug": council.slug, **kwargs}))
    assert response.status_code == 200
    assert "VREEMD" not in response.content.decode()


@pytest.mark.parametrize(("name", "kwargs"), MEMBER_PAGES)
def test_other_councils_pages_are_not_found(
    member_client: Client, other_council: m.Council, filled: dict[str, Any], name: str, kwargs: dict[str, Any]
) -> None:
    response = member_client.get(reverse(name, kwargs={"slug": other_council.slug, **kwargs}))
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("raad:signal", "signal"),
        ("raad:advice", "advice"),
        ("raad:promise", "promise"),
        ("raad:meeting", "meeting"),
    ],
)
def test_records_of_another_council_are_not_found_even_under_own_address(
    member_client: Client,
    council: m.Council,
    other_council: m.Council,
    filled: dict[str, Any],
    name: str,
    key: str,
) -> None:
    own = filled[council.slug][key]
    foreign = filled[other_council.slug][key]
    assert member_client.get(reverse(name, args=[council.slug, own.pk])).status_code == 200
    assert member_client.get(reverse(name, args=[council.slug, foreign.pk])).status_code == 404
    assert member_client.get(reverse(name, args=[other_council.slug, foreign.pk])).status_code == 404


def test_posting_to_another_councils_promise_changes_nothing(
    member_client: Client, council: m.Council, other_council: m.Council, filled: dict[str, Any]
) -> None:
    foreign = filled[other_council.slug]["promise"]
    url = reverse("raad:promise", args=[council.slug, foreign.pk])
    response = member_client.post(url, {"status": "nagekomen", "on": "2026-01-01"})
    assert response.status_code == 404
    foreign.refresh_from_db()
    assert foreign.status == m.Promise.OPEN


def test_anonymous_users_go_to_login(council: m.Council) -> None:
    response = Client().get(reverse("raad:overview", args=[council.slug]))
    assert response.status_code == 302 and reverse("accounts:login") in response["Location"]


def test_members_without_the_raadslid_role_are_refused(
    make_member: Callable[..., User], council: m.Council
) -> None:
    client = Client()
    client.force_login(make_member("ondersteuner", council, role=ONDERSTEUNER))
    assert client.get(reverse("raad:overview", args=[council.slug])).status_code == 403
    assert client.get(reverse("raad:index")).status_code == 403


def test_role_and_membership_must_belong_to_the_same_user(
    make_member: Callable[..., User], council: m.Council
) -> None:
    make_member("echte-raadslid", council)  # another member holds the role
    client = Client()
    client.force_login(make_member("zonder-rol", council, role=ONDERSTEUNER))
    assert client.get(reverse("raad:overview", args=[council.slug])).status_code == 403
    raadslid_elsewhere = Client()
    raadslid_elsewhere.force_login(make_member("raadslid-elders"))
    assert raadslid_elsewhere.get(reverse("raad:overview", args=[council.slug])).status_code == 404


def test_index_leads_a_member_of_one_council_to_it(member_client: Client, council: m.Council) -> None:
    response = member_client.get(reverse("raad:index"))
    assert response.status_code == 302 and response["Location"] == reverse(
        "raad:overview", args=[council.slug]
    )


def test_navigation_shows_the_council_link_to_members_only(member_client: Client, council: m.Council) -> None:
    assert (
        reverse("raad:index")
        in member_client.get(reverse("raad:overview", args=[council.slug])).content.decode()
    )
    other = Client()
    other.force_login(User.objects.create_user("geen-lid"))
    assert reverse("raad:index") not in other.get(reverse("rechten:index")).content.decode()


def test_record_a_signal(member_client: Client, council: m.Council) -> None:
    response = member_client.post(
        reverse("raad:signal_new", args=[council.slug]),
        {
            "theme": "bereikbaarheid",
            "organisation": "Gemeente Voorbeeldstad",
            "received_on": "2026-02-10",
            "people": "3",
            "description": "Drie mensen kwamen telefonisch niet door bij het team inkomen.",
        },
    )
    signal = m.Signal.objects.get()
    assert response.status_code == 302
    assert (signal.council, signal.theme, signal.people) == (council, "bereikbaarheid", 3)
    assert signal.letter_findings == []


def test_a_bsn_in_the_description_is_refused_with_a_clear_message(
    member_client: Client, council: m.Council
) -> None:
    response = member_client.post(
        reverse("raad:signal_new", args=[council.slug]),
        {
            "theme": "privacy",
            "organisation": "Gemeente Voorbeeldstad",
            "received_on": "2026-02-10",
            "people": "1",
            "description": "Haar BSN 123 456 782 stond op een brief aan de buren.",
        },
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "burgerservicenummer (BSN)" in page and "Haal dit nummer weg" in page
    assert 'role="alert"' in page and 'aria-invalid="true"' in page
    assert not m.Signal.objects.exists()


def test_signal_with_a_letter_keeps_the_findings_not_the_letter(
    member_client: Client, council: m.Council, letter_text: str
) -> None:
    response = member_client.post(
        reverse("raad:signal_new", args=[council.slug]),
        {
            "theme": "brieven",
            "organisation": "Gemeente Voorbeeldstad",
            "received_on": "2026-02-10",
            "people": "1",
            "description": "Een uitnodiging met een dreigende toon.",
            "brief": letter_text + "\nUw BSN: 123456782\n",
        },
    )
    assert response.status_code == 302
    signal = m.Signal.objects.get()
    assert signal.letter_profile == "uitnodiging"
    assert signal.letter_findings
    assert {"rule", "status", "impact", "message", "title"} == set(signal.letter_findings[0])
    stored = repr(signal.letter_findings) + signal.description
    assert "De Vries" not in stored and "123456782" not in stored and "bankafschriften" not in stored
    page = member_client.get(response["Location"]).content.decode()
    assert "Uitkomst van de brieventoets" in page


def test_signal_can_be_marked_handled(
    member_client: Client, council: m.Council, filled: dict[str, Any]
) -> None:
    signal = filled[council.slug]["signal"]
    member_client.post(reverse("raad:signal", args=[council.slug, signal.pk]), {"afgehandeld": "1"})
    signal.refresh_from_db()
    assert signal.handled


def test_signal_list_filters_and_pages(member_client: Client, council: m.Council) -> None:
    m.Signal.objects.bulk_create(
        [
            m.Signal(
                council=council, theme="privacy" if i % 2 else "brieven", organisation="G", description="d"
            )
            for i in range(120)
        ]
    )
    url = reverse("raad:signals", args=[council.slug])
    page = member_client.get(url, {"onderwerp": "privacy"}).content.decode()
    assert "60 signalen" in page and "Pagina 1 van 2" in page and "onderwerp=privacy" in page


def test_advice_with_signals_and_reaction(
    member_client: Client, council: m.Council, filled: dict[str, Any]
) -> None:
    signal = filled[council.slug]["signal"]
    response = member_client.post(
        reverse("raad:advice_new", args=[council.slug]),
        {
            "kind": "gevraagd",
            "subject": "Duidelijke brieven",
            "sent_on": "2026-03-02",
            "signals": [signal.pk],
        },
    )
    advice = m.Advice.objects.get(subject="Duidelijke brieven")
    assert response.status_code == 302 and list(advice.signals.all()) == [signal]
    page = member_client.get(response["Location"]).content.decode()
    assert "13 april 2026" in page  # six weeks (the default setting)
    response = member_client.post(
        reverse("raad:advice", args=[council.slug, advice.pk]), {"reaction": "Het college neemt het over."}
    )
    assert response.status_code == 400 and "Vul in op welke datum" in response.content.decode()
    member_client.post(
        reverse("raad:advice", args=[council.slug, advice.pk]),
        {"reaction": "Het college neemt het over.", "reaction_on": "2026-04-20"},
    )
    advice.refresh_from_db()
    assert advice.reaction_on == date(2026, 4, 20) and advice.reaction_late()


def test_advice_form_cannot_link_another_councils_signal(
    member_client: Client, council: m.Council, other_council: m.Council, filled: dict[str, Any]
) -> None:
    foreign = filled[other_council.slug]["signal"]
    response = member_client.post(
        reverse("raad:advice_new", args=[council.slug]),
        {"kind": "gevraagd", "subject": "Poging", "sent_on": "2026-03-02", "signals": [foreign.pk]},
    )
    assert response.status_code == 400
    assert not m.Advice.objects.filter(subject="Poging").exists()


def test_follow_a_promise_to_kept(member_client: Client, council: m.Council) -> None:
    response = member_client.post(
        reverse("raad:promise_new", args=[council.slug]),
        {
            "what": "Alle brieven krijgen een telefoonnummer van de consulent",
            "made_on": "2026-01-05",
            "due_on": "2026-06-30",
        },
    )
    promise = m.Promise.objects.get()
    url = reverse("raad:promise", args=[council.slug, promise.pk])
    assert response["Location"] == url
    response = member_client.post(
        url, {"status": "nagekomen", "on": "2026-05-01", "note": "Nieuwe brieven gezien"}
    )
    assert response.status_code == 302
    page = member_client.get(url).content.decode()
    assert "Nagekomen" in page and "Nieuwe brieven gezien" in page
    promise.refresh_from_db()
    assert promise.kept_on_time()
    assert [e.status for e in promise.events.all()] == ["open", "nagekomen"]
    assert promise.events.last().by.username == "lid"


def test_promise_due_before_made_is_refused(member_client: Client, council: m.Council) -> None:
    response = member_client.post(
        reverse("raad:promise_new", args=[council.slug]),
        {"what": "x", "made_on": "2026-05-01", "due_on": "2026-04-01"},
    )
    assert response.status_code == 400 and "vóór de datum" in response.content.decode()


def test_promise_overview_shows_overdue_first_with_days_open(
    member_client: Client, council: m.Council
) -> None:
    today = date.today()
    m.Promise.objects.create(
        council=council,
        what="Later klaar",
        made_on=today - timedelta(days=5),
        due_on=today + timedelta(days=30),
    )
    m.Promise.objects.create(
        council=council,
        what="Al te laat",
        made_on=today - timedelta(days=40),
        due_on=today - timedelta(days=1),
    )
    page = member_client.get(reverse("raad:promises", args=[council.slug])).content.decode()
    assert page.index("Al te laat") < page.index("Later klaar")
    assert "<td>40</td>" in page and "Te laat" in page


def test_meeting_agenda_from_open_items_and_published_minutes(
    member_client: Client, council: m.Council, filled: dict[str, Any]
) -> None:
    response = member_client.post(
        reverse("raad:meetings", args=[council.slug]), {"held_on": "2026-04-01", "title": "Voorjaar"}
    )
    meeting = m.Meeting.objects.get(title="Voorjaar")
    url = reverse("raad:meeting", args=[council.slug, meeting.pk])
    assert response["Location"] == url
    page = member_client.get(url).content.decode()
    promise, advice = filled[council.slug]["promise"], filled[council.slug]["advice"]
    for key in ("thema-brieven", f"advies-{advice.pk}", f"toezegging-{promise.pk}"):
        assert f'value="{key}"' in page
    assert "VREEMD" not in page
    member_client.post(
        reverse("raad:meeting_agenda", args=[council.slug, meeting.pk]),
        {"punt": ["thema-brieven", f"toezegging-{promise.pk}", "toezegging-999999"]},
    )
    agenda = list(meeting.agenda.all())
    assert [a.promise_id for a in agenda] == [None, promise.pk]
    assert agenda[0].title.startswith("Open signalen over brieven")
    page = member_client.get(url).content.decode()
    assert 'value="thema-brieven"' not in page  # not suggested twice
    public_url = reverse("raad:public_minutes", args=[council.slug, meeting.pk])
    member_client.post(url, {"minutes": "De raad sprak over de brieven.", "published": ""})
    assert Client().get(public_url).status_code == 404
    member_client.post(url, {"minutes": "De raad sprak over de brieven.", "published": "on"})
    meeting.refresh_from_db()
    assert meeting.published and meeting.published_on == date.today()
    public = Client().get(public_url)
    assert public.status_code == 200 and "De raad sprak over de brieven." in public.content.decode()


def test_minutes_refuse_contact_details(
    member_client: Client, council: m.Council, filled: dict[str, Any]
) -> None:
    meeting = filled[council.slug]["meeting"]
    response = member_client.post(
        reverse("raad:meeting", args=[council.slug, meeting.pk]),
        {"minutes": "Bel 06-12345678", "published": "on"},
    )
    assert response.status_code == 400
    meeting.refresh_from_db()
    assert not meeting.published


def test_public_pages_show_only_what_was_published(council: m.Council, filled: dict[str, Any]) -> None:
    client = Client()
    meeting = filled[council.slug]["meeting"]
    assert client.get(reverse("raad:public", args=[council.slug])).status_code == 404
    assert client.get(reverse("raad:public_figures", args=[council.slug])).status_code == 404
    assert client.get(reverse("raad:public_export", args=[council.slug, "csv"])).status_code == 404
    assert client.get(reverse("raad:public_minutes", args=[council.slug, meeting.pk])).status_code == 404
    m.Meeting.objects.create(
        council=council, held_on=date(2026, 1, 1), minutes="Openbaar verslag", published=True
    )
    page = client.get(reverse("raad:public", args=[council.slug])).content.decode()
    assert "1 januari 2026" in page and "eigen vergadering" not in page
    assert client.get(reverse("raad:public_figures", args=[council.slug])).status_code == 404
    council.figures_published = True
    council.save()
    figures = client.get(reverse("raad:public_figures", args=[council.slug])).content.decode()
    assert "<svg" in figures and "signaal over een brief" not in figures and "eigen advies" not in figures
    assert client.get(reverse("raad:public_export", args=[council.slug, "pdf"])).status_code == 200


def test_cached_member_pages_follow_every_change(
    member_client: Client, council: m.Council, member: User
) -> None:
    url = reverse("raad:promises", args=[council.slug])
    assert "Nieuwe stoep" not in member_client.get(url).content.decode()
    promise = m.Promise.objects.create(council=council, what="Nieuwe stoep", due_on=date.today())
    assert "Nieuwe stoep" in member_client.get(url).content.decode()
    promise.change_status(m.Promise.KEPT)
    assert "Nagekomen" in member_client.get(url).content.decode()
    overview = reverse("raad:overview", args=[council.slug])
    member_client.get(overview)
    m.Signal.objects.create(
        council=council, theme="privacy", organisation="G", description="Nieuw anoniem signaal"
    )
    assert "Nieuw anoniem signaal" in member_client.get(overview).content.decode()
    council.name = "Raad met nieuwe naam"
    council.save()
    assert "Raad met nieuwe naam" in member_client.get(overview).content.decode()
    m.Membership.objects.filter(user=member).delete()
    assert member_client.get(overview).status_code == 404  # the access check is never cached


def test_cached_pages_are_per_member(make_member: Callable[..., User], council: m.Council) -> None:
    first, second = Client(), Client()
    first.force_login(make_member("eerste", council))
    second.force_login(make_member("tweede", council))
    url = reverse("raad:overview", args=[council.slug])
    assert first.get(url).status_code == 200
    assert second.get(url).status_code == 200
    from django.core.cache import cache

    keys = [k for k in cache._cache if "toegang:raad:" in k]  # type: ignore[attr-defined]
    assert len(keys) == 2
