"""Browser tests: the coordinator's and the supporter's main journeys in Debian's Chromium, with axe-core.

Same set-up as tests/web/test_browser.py (Chromium and axe-core are installed by the Makefile; a missing one
fails the test with a message, it is never skipped). Every page on the way is checked with axe-core.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from toegang.law.track import Event, EventKind
from toegang.web.ondersteuning.models import Client, HelpRequest, SupporterProfile, Traject

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("TOEGANG_CHROMIUM", "/usr/bin/chromium"))
AXE = Path(
    os.environ.get(
        "TOEGANG_AXE",
        str(Path(__file__).resolve().parents[3] / ".venv" / "node_modules" / "axe-core" / "axe.min.js"),
    )
)
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
BLOCKING = {"serious", "critical"}
AXE_RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    targets: v.nodes.slice(0, 5).map(n => n.target.join(' '))}));
}"""
PASSWORD = "een-lang-en-sterk-wachtwoord"


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail(f"axe-core not found at {AXE}: run `make test` (it installs axe-core with npm)")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    if not CHROMIUM.is_file():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `make test` (it installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    before = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            yield browser
            browser.close()
    finally:
        if before is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = before


@pytest.fixture
def page(chromium: Any) -> Iterator[Any]:
    context = chromium.new_context(bypass_csp=True, locale="nl-NL", viewport={"width": 1024, "height": 800})
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


def accessible(page: Any, axe_source: str) -> None:
    page.add_script_tag(content=axe_source)
    blocking = [v for v in page.evaluate(AXE_RUN) if v["impact"] in BLOCKING]
    assert blocking == [], f"{page.url}: {blocking}"


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


def test_coordinator_journey(page: Any, site: str, axe_source: str) -> None:
    login(page, site, "coordinator")
    page.get_by_role("link", name="Ondersteuning").click()
    accessible(page, axe_source)
    page.get_by_role("link", name="Hulpvragen").click()
    accessible(page, axe_source)
    page.get_by_label("Schuilnaam").fill("Cliënt Noor")
    page.get_by_label("Wijk").fill("Noord")
    page.get_by_label("Eerste taal (code, zoals nl of ar)").fill("ar")
    page.get_by_label("Hoe wil de cliënt brieven krijgen?").select_option("telefoon")
    page.get_by_label("Bijstand", exact=True).check()
    page.get_by_role("button", name="Hulpvraag opslaan").click()
    assert "De hulpvraag is opgeslagen." in page.locator(".meldingen").inner_text()
    page.get_by_role("link", name="Kies een ondersteuner voor Cliënt Noor").click()
    accessible(page, axe_source)
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
    accessible(page, axe_source)
    assert "Voorstel: 2 van de 2 hulpvragen" in page.locator("main").inner_text()
    page.get_by_role("button", name="Bevestig de aangevinkte toewijzingen").click()
    assert "2 hulpvragen toegewezen." in page.locator(".meldingen").inner_text()
    assert Client.objects.get(pseudonym="Cliënt Ayse").supporter.name == "Bram"  # type: ignore[union-attr]
    for path in ("/ondersteuning/pool/", "/ondersteuning/aanbieders/nieuw/", "/ondersteuning/cijfers/"):
        page.goto(site + path)
        accessible(page, axe_source)


def test_supporter_journey(page: Any, site: str, axe_source: str) -> None:
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
    accessible(page, axe_source)
    assert "Cliënt Sander" not in page.locator("main").inner_text()
    page.get_by_role("link", name="Cliënt Merel").click()
    accessible(page, axe_source)
    page.get_by_role("link", name=f"Traject {traject.pk}").click()
    accessible(page, axe_source)
    page.get_by_label("Wat is er gebeurd?").select_option("aanvraag")
    page.get_by_label("Datum (jjjj-mm-dd)").fill(start.isoformat())
    page.get_by_role("button", name="Toevoegen").click()
    assert "De gebeurtenis is toegevoegd." in page.locator(".meldingen").inner_text()
    assert "Voorschot" in page.locator("table").first.inner_text()
    accessible(page, axe_source)
    # a wrong date: the core refuses it, the error is announced
    page.get_by_label("Wat is er gebeurd?").select_option("voorschot_betaald")
    page.get_by_label("Datum (jjjj-mm-dd)").fill((start - timedelta(days=5)).isoformat())
    page.get_by_role("button", name="Toevoegen").click()
    assert "kan niet na een gebeurtenis" in page.get_by_role("alert").inner_text()
    accessible(page, axe_source)
    page.goto(site + "/ondersteuning/werklijst/")
    accessible(page, axe_source)
    assert "Cliënt Merel" in page.locator("main").inner_text()
