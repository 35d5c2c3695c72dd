"""The directory of providers: kept by coordinators, shown on the public monitor page of the gemeente."""

from __future__ import annotations

from django.test import Client as Browser

from toegang.web.monitor.importer import ImportOutcome
from toegang.web.monitor.models import Gemeente
from toegang.web.ondersteuning.models import Provider

from .conftest import Desk


def test_coordinator_adds_a_provider_shown_on_the_public_gemeente_page(
    desk: Desk, imported: ImportOutcome
) -> None:
    gemeente = Gemeente.objects.order_by("code").first()
    assert gemeente is not None
    browser = desk.browser(desk.coordinator)
    response = browser.post(
        "/ondersteuning/aanbieders/nieuw/",
        {
            "gemeente": gemeente.pk,
            "name": "Sociaal raadslieden Voorbeeld",
            "kind": "raadslieden",
            "free": "on",
            "independent": "on",
            "languages_text": "nl, ar",
            "phone": "010 123 45 67",
            "desk": "Marktplein 2, dinsdag 9.00-12.00 uur",
            "email": "hulp@example.org",
            "website": "https://example.org/hulp",
        },
    )
    assert response.status_code == 302
    provider = Provider.objects.get()
    assert provider.languages == ["nl", "ar"]
    page = Browser().get(f"/monitor/gemeente/{gemeente.code}/").content.decode()
    assert "Hulp bij uw aanvraag" in page
    assert "Sociaal raadslieden Voorbeeld" in page
    assert 'href="tel:0101234567"' in page
    assert "Arabisch" in page
    assert "Marktplein 2" in page


def test_gemeente_without_providers_says_where_to_ask(desk: Desk, imported: ImportOutcome) -> None:
    gemeente = Gemeente.objects.order_by("code").first()
    assert gemeente is not None
    page = Browser().get(f"/monitor/gemeente/{gemeente.code}/").content.decode()
    assert "nog geen organisaties" in page


def test_provider_website_must_be_http(desk: Desk, imported: ImportOutcome) -> None:
    gemeente = Gemeente.objects.order_by("code").first()
    assert gemeente is not None
    Provider.objects.create(gemeente=gemeente, name="X", kind="mee", website="javascript:alert(1)")
    page = Browser().get(f"/monitor/gemeente/{gemeente.code}/").content.decode()
    assert "javascript:" not in page


def test_supporter_cannot_edit_the_directory(desk: Desk) -> None:
    assert desk.browser(desk.anna).get("/ondersteuning/aanbieders/nieuw/").status_code == 403
