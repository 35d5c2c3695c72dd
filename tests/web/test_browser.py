"""Browser tests: the main journeys in Debian's Chromium, driven by Playwright, with axe-core on every page.

Chromium (/usr/bin/chromium, Debian package `chromium`) and axe-core (npm, in .venv/node_modules) are installed
by the Makefile. When either is missing these tests fail with a message saying so: they are never skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from toegang.web.monitor import models as m
from toegang.web.monitor.importer import import_measurement

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    # bypass_csp: our CSP forbids inline scripts, and axe-core is injected as one.
    context = browser.new_context(bypass_csp=True, locale="nl-NL", viewport={"width": 1024, "height": 800})
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


@pytest.fixture
def site(live_server: Any, transactional_db: None, sample_folder: Path) -> str:
    import_measurement(sample_folder)
    return str(live_server.url)


def test_find_my_gemeente(page: Any, site: str, axe: Any) -> None:
    target = m.GemeenteResult.objects.filter(measured=True).order_by("rank").last()
    assert target is not None
    page.goto(site + "/")
    axe.check(page)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Direct naar de inhoud"
    page.get_by_label("Zoek uw gemeente of woonplaats").fill(target.name[:4].lower())
    page.get_by_role("button", name="Zoeken").click()
    page.wait_for_load_state()
    if "/monitor/zoeken/" in page.url:  # several matches: choose from the list
        axe.check(page)
        page.get_by_role("link", name=target.name, exact=True).click()
    assert page.url.endswith(f"/monitor/gemeente/{target.gemeente.code}/")
    assert target.name in page.locator("h1").inner_text()
    axe.check(page)


def test_read_a_finding(page: Any, site: str, axe: Any) -> None:
    result = m.GemeenteResult.objects.filter(measured=True, wrong_count__gt=0).first()
    assert result is not None
    page.goto(site + "/monitor/")
    axe.check(page)
    page.get_by_role("link", name=result.name, exact=True).click()
    axe.check(page)
    first_fix = page.locator("#verbeteren + ol a").first
    title = first_fix.inner_text()
    first_fix.click()
    finding = page.locator("section.bevinding:target")
    assert title in finding.locator("h3").inner_text()
    assert finding.locator("blockquote mark").count() >= 1 or "Ontbreekt" in finding.inner_text()
    finding.get_by_role("link", name="Wat zegt de wet?", exact=False).click()
    assert "/rechten/" in page.url
    assert page.get_by_role("heading", name="Waar staat het in de wet?").is_visible()
    axe.check(page)
    page.goto(site + "/monitor/")
    page.locator("#regels").scroll_into_view_if_needed()
    page.get_by_role("link", name=title, exact=True).first.click()
    assert "/monitor/regel/" in page.url
    axe.check(page)


def test_check_a_letter(page: Any, site: str, axe: Any, letter_text: str, tmp_path: Path) -> None:
    page.goto(site + "/brieventoets/")
    axe.check(page)
    page.get_by_label("Plak de tekst van de brief").fill(letter_text)
    page.get_by_role("button", name="Controleer de brief").click()
    assert page.locator("h1").inner_text().startswith("Uitkomst van de brieventoets")
    assert page.locator(".brief mark.dreigend").count() >= 1
    axe.check(page)
    letter = tmp_path / "brief.txt"
    letter.write_text(letter_text, encoding="utf-8")
    page.get_by_label("Of kies een bestand").set_input_files(str(letter))
    page.get_by_role("button", name="Controleer de brief").click()
    assert "brief.txt" in page.locator("h1").inner_text()
    page.goto(site + "/brieventoets/")
    page.get_by_role("button", name="Controleer de brief").click()  # empty form: the error is announced
    assert page.get_by_role("alert").inner_text().startswith("Plak de tekst")
    axe.check(page)


@pytest.mark.parametrize(
    "path",
    ["/rechten/", "/rechten/voorschot.automatisch/", "/account/inloggen/", "/monitor/zoeken/?q=a"],
)
def test_other_pages_have_no_serious_axe_violations(page: Any, site: str, axe: Any, path: str) -> None:
    response = page.goto(site + path)
    assert response.status == 200
    axe.check(page)


def test_the_axe_check_itself_catches_a_serious_problem(page: Any, axe: Any) -> None:
    page.set_content('<!DOCTYPE html><html><body><main><img src="kaart.png"></main></body></html>')
    with pytest.raises(AssertionError, match="image-alt"):
        axe.check(page)
