"""Browser tests: the coordinator's and the supporter's main journeys in Debian's Chromium, with axe-core.

Same set-up as tests/web/test_browser.py (Chromium and axe-core are installed by the Makefile; a missing one
fails the test with a message, it is never skipped). Every page on the way is checked with axe-core.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from toegang.law.track import Event, EventKind
from toegang.web.ondersteuning.models import Client, HelpRequest, SupporterProfile, Traject

pytestmark = pytest.mark.browser

PASSWORD = "een-lang-en-sterk-wachtwoord"


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(bypass_csp=True, locale="nl-NL", viewport={"width": 1024, "height": 800})
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


def user(name: str, role: str) -> Any:
    person = get_user_model().objects.create_user(name, password=PASSWORD)
    person.groups.add(Group.objects.get_or_create(name=role)[0])  # a transactional test flushes the groups
    return person


def login(page: Any, site: str, name: str) -> None:
    page.goto(site + "/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(name)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()


@pytest.fixture
def site(live_server: Any, transactional_db: None) -> str:
    anna = user("anna", "ondersteuner")
    SupporterProfile.objects.create(
        user=anna,
        name="Anna",
        districts=["Noord"],
        languages=["nl", "ar"],
        expertise=["bijstand"],
        capacity=4,
    )
    bram = user("bram", "ondersteuner")
    SupporterProfile.objects.create(
        user=bram, name="Bram", districts=["Zuid"], languages=["nl", "tr"], expertise=["wmo"], capacity=4
    )
    user("coordinator", "coördinator")
    return str(live_server.url)


def test_coordinator_journey(page: Any, site: str, axe: Any) -> None:
    login(page, site, "coordinator")
    page.get_by_role("link", name="Ondersteuning").click()
    axe.check(page)
    page.get_by_role("link", name="Hulpvragen").click()
    axe.check(page)
    page.get_by_label("Schuilnaam").fill("Cliënt Noor")
    page.get_by_label("Wijk").fill("Noord")
    page.get_by_label("Eerste taal (code, zoals nl of ar)").fill("ar")
    page.get_by_label("Hoe wil de cliënt brieven krijgen?").select_option("telefoon")
    page.get_by_label("Bijstand", exact=True).check()
    page.get_by_role("button", name="Hulpvraag opslaan").click()
    assert "De hulpvraag is opgeslagen." in page.locator(".meldingen").inner_text()
    page.get_by_role("link", name="Kies een ondersteuner voor Cliënt Noor").click()
    axe.check(page)
    first = page.locator("section.bevinding").first
    assert "Anna" in first.locator("h2").inner_text()
    assert "Spreekt Arabisch" in first.inner_text()
    first.get_by_role("button", name="Kies Anna").click()
    assert "is toegewezen aan Anna" in page.locator(".meldingen").inner_text()
    # batch mode: two more open requests, one proposal, the coordinator confirms
    for name, district, language, topic in (
        ("Cliënt Ayse", "Zuid", "tr", "wmo"),
        ("Cliënt Sara", "Noord", "ar", "bijstand"),
    ):
        client = Client.objects.create(pseudonym=name, district=district, language=language)
        HelpRequest.objects.create(client=client, topics=[topic])
    page.goto(site + "/ondersteuning/verdelen/")
    axe.check(page)
    assert "Voorstel: 2 van de 2 hulpvragen" in page.locator("main").inner_text()
    page.get_by_role("button", name="Bevestig de aangevinkte toewijzingen").click()
    assert "2 hulpvragen toegewezen." in page.locator(".meldingen").inner_text()
    assert Client.objects.get(pseudonym="Cliënt Ayse").supporter.name == "Bram"  # type: ignore[union-attr]
    for path in ("/ondersteuning/pool/", "/ondersteuning/aanbieders/nieuw/", "/ondersteuning/cijfers/"):
        page.goto(site + path)
        axe.check(page)


def test_supporter_journey(page: Any, site: str, axe: Any) -> None:
    anna = SupporterProfile.objects.get(name="Anna")
    client = Client.objects.create(pseudonym="Cliënt Merel", district="Noord", language="ar", supporter=anna)
    Client.objects.create(pseudonym="Cliënt Sander", supporter=SupporterProfile.objects.get(name="Bram"))
    traject = Traject.objects.create(client=client)
    today = timezone.localdate()
    monday = today - timedelta(days=today.weekday())
    start = monday - timedelta(days=26)  # the first voorschot is due four weeks later: this Wednesday
    traject.record(Event(EventKind.MELDING, start))
    login(page, site, "anna")
    page.goto(site + "/ondersteuning/clienten/")
    axe.check(page)
    assert "Cliënt Sander" not in page.locator("main").inner_text()
    page.get_by_role("link", name="Cliënt Merel").click()
    axe.check(page)
    page.get_by_role("link", name=f"Traject {traject.pk}").click()
    axe.check(page)
    page.get_by_label("Wat is er gebeurd?").select_option("aanvraag")
    page.get_by_label("Datum (jjjj-mm-dd)").fill(start.isoformat())
    page.get_by_role("button", name="Toevoegen").click()
    assert "De gebeurtenis is toegevoegd." in page.locator(".meldingen").inner_text()
    assert "Voorschot" in page.locator("table").first.inner_text()
    axe.check(page)
    # a wrong date: the core refuses it, the error is announced
    page.get_by_label("Wat is er gebeurd?").select_option("voorschot_betaald")
    page.get_by_label("Datum (jjjj-mm-dd)").fill((start - timedelta(days=5)).isoformat())
    page.get_by_role("button", name="Toevoegen").click()
    assert "kan niet na een gebeurtenis" in page.get_by_role("alert").inner_text()
    axe.check(page)
    page.goto(site + "/ondersteuning/werklijst/")
    axe.check(page)
    assert "Cliënt Merel" in page.locator("main").inner_text()
