"""Browser tests for the council: record a signal (refused BSN first) and follow a promise to "kept", with
axe-core on every page. Chromium and axe-core come from the Makefile; missing means fail, never skip."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from toegang.web.raad import models as m

pytestmark = pytest.mark.browser


@pytest.fixture
def council(transactional_db: None) -> m.Council:
    return m.Council.objects.create(name="Cliëntenraad Voorbeeldstad", slug="voorbeeldstad")


@pytest.fixture
def page(browser: Any, live_server: Any, council: m.Council) -> Iterator[Any]:
    """A tab logged in as a raadslid of `council` (the session cookie of Django's test client)."""
    from django.contrib.auth.models import Group

    user = User.objects.create_user("raadslid-browser", password="niet-gebruikt-1234")
    user.groups.add(Group.objects.get_or_create(name="raadslid")[0])
    m.Membership.objects.create(council=council, user=user)
    client = Client()
    client.force_login(user)
    context = browser.new_context(bypass_csp=True, locale="nl-NL", viewport={"width": 1024, "height": 800})
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": str(live_server.url)}]
    )
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


def test_record_a_signal(page: Any, live_server: Any, council: m.Council, axe: Any) -> None:
    page.goto(f"{live_server.url}/raad/")
    assert page.locator("h1").inner_text() == council.name
    axe.check(page)
    page.get_by_role("link", name="Nieuw signaal").first.click()
    axe.check(page)
    page.get_by_label("Onderwerp").select_option("voorschot")
    page.get_by_label("Gemeente of organisatie").fill("Gemeente Voorbeeldstad")
    page.get_by_label("Datum").fill("2026-02-10")
    page.get_by_label("Aantal mensen").fill("3")
    description = page.get_by_label("Beschrijving (anoniem)")
    description.fill("Mevrouw met BSN 123456782 wacht al vijf weken op een voorschot.")
    page.get_by_role("button", name="Bewaar het signaal").click()
    assert "Haal dit nummer weg" in page.get_by_role("alert").inner_text() + page.locator("main").inner_text()
    assert page.get_by_label("Beschrijving (anoniem)").get_attribute("aria-invalid") == "true"
    axe.check(page)
    assert not m.Signal.objects.exists()
    page.get_by_label("Beschrijving (anoniem)").fill("Drie mensen wachten al vijf weken op een voorschot.")
    page.get_by_role("button", name="Bewaar het signaal").click()
    assert page.locator("h1").inner_text() == "Signaal: Voorschot te laat"
    assert page.get_by_role("status").inner_text() == "Het signaal is bewaard."
    axe.check(page)
    signal = m.Signal.objects.get()
    assert (signal.people, signal.theme) == (3, "voorschot")


def test_follow_a_promise_to_kept(page: Any, live_server: Any, council: m.Council, axe: Any) -> None:
    page.goto(f"{live_server.url}/raad/{council.slug}/toezeggingen/")
    axe.check(page)
    page.get_by_role("link", name="Nieuwe toezegging").click()
    page.get_by_label("Wat heeft de gemeente toegezegd?").fill("Elke brief noemt een vast telefoonnummer.")
    page.get_by_label("Toegezegd op").fill("2026-01-05")
    page.get_by_label("Uiterlijk klaar op").fill("2026-06-30")
    page.get_by_role("button", name="Bewaar de toezegging").click()
    assert page.locator("#stand").inner_text() in ("Open", "Te laat")
    axe.check(page)
    page.get_by_label("Nagekomen", exact=True).check()
    page.get_by_label("Datum").fill("2026-05-01")
    page.get_by_label("Toelichting (als u wilt)").fill("Gezien in nieuwe brieven.")
    page.get_by_role("button", name="Bewaar de nieuwe stand").click()
    assert page.locator("#stand").inner_text() == "Nagekomen"
    history = page.get_by_role("table").inner_text()
    assert "Open" in history and "Nagekomen" in history and "Gezien in nieuwe brieven." in history
    axe.check(page)
    page.get_by_role("link", name="Cijfers").click()
    assert page.locator("svg[role=img]").count() == 4
    axe.check(page)
    promise = m.Promise.objects.get()
    assert promise.kept_on_time()


def test_other_council_pages_have_no_serious_axe_violations(
    page: Any, live_server: Any, council: m.Council, axe: Any
) -> None:
    from datetime import date

    signal = m.Signal.objects.create(
        council=council, theme="brieven", organisation="G", description="Onduidelijke brief"
    )
    advice = m.Advice.objects.create(council=council, subject="Brieven", sent_on=date(2026, 1, 5))
    advice.signals.add(signal)
    m.Promise.objects.create(
        council=council, what="Te laat", made_on=date(2025, 1, 1), due_on=date(2025, 2, 1)
    )
    meeting = m.Meeting.objects.create(
        council=council, held_on=date(2026, 3, 1), minutes="Verslag", published=True
    )
    council.figures_published = True
    council.save()
    base = f"{live_server.url}/raad/{council.slug}/"
    paths = [
        "",
        "signalen/",
        f"signalen/{signal.pk}/",
        "adviezen/",
        "adviezen/nieuw/",
        f"adviezen/{advice.pk}/",
        "vergaderingen/",
        f"vergaderingen/{meeting.pk}/",
    ]
    for path in paths:
        assert page.goto(base + path).status == 200
        axe.check(page)
    for path in ["", f"verslag/{meeting.pk}/", "cijfers/"]:
        assert page.goto(f"{live_server.url}/raad/openbaar/{council.slug}/{path}").status == 200
        axe.check(page)
