"""Browser tests: the main journeys in Debian's Chromium, driven by Playwright, with axe-core on every page.

Chromium (/usr/bin/chromium, Debian package `chromium`) and axe-core (npm, in .venv/node_modules) are installed
by the Makefile. When either is missing these tests fail with a message saying so: they are never skipped.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from toegang.web.monitor import models as m
from toegang.web.monitor.importer import import_measurement

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("TOEGANG_CHROMIUM", "/usr/bin/chromium"))
AXE = Path(
    os.environ.get(
        "TOEGANG_AXE",
        str(Path(__file__).resolve().parents[2] / ".venv" / "node_modules" / "axe-core" / "axe.min.js"),
    )
)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Run every axe rule; fail on these impacts (WCAG 2.2 AA problems that block or seriously hinder people).
BLOCKING = {"serious", "critical"}
AXE_RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    targets: v.nodes.slice(0, 5).map(n => n.target.join(' '))}));
}"""


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail(f"axe-core not found at {AXE}: run `make test` (it installs axe-core with npm)")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.is_file():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `make test` (it installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread; Django's database calls in the test body are
    # still synchronous and safe, so its "async context" guard is lifted while the browser is open.
    before = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()
    finally:
        if before is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = before


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


def assert_accessible(page: Any, axe_source: str) -> None:
    page.add_script_tag(content=axe_source)
    violations = page.evaluate(AXE_RUN)
    blocking = [v for v in violations if v["impact"] in BLOCKING]
    assert blocking == [], f"{page.url}: {blocking}"


def test_find_my_gemeente(page: Any, site: str, axe_source: str) -> None:
    target = m.GemeenteResult.objects.filter(measured=True).order_by("rank").last()
    assert target is not None
    page.goto(site + "/")
    assert_accessible(page, axe_source)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Direct naar de inhoud"
    page.get_by_label("Zoek uw gemeente of woonplaats").fill(target.name[:4].lower())
    page.get_by_role("button", name="Zoeken").click()
    page.wait_for_load_state()
    if "/monitor/zoeken/" in page.url:  # several matches: choose from the list
        assert_accessible(page, axe_source)
        page.get_by_role("link", name=target.name, exact=True).click()
    assert page.url.endswith(f"/monitor/gemeente/{target.gemeente.code}/")
    assert target.name in page.locator("h1").inner_text()
    assert_accessible(page, axe_source)


def test_read_a_finding(page: Any, site: str, axe_source: str) -> None:
    result = m.GemeenteResult.objects.filter(measured=True, wrong_count__gt=0).first()
    assert result is not None
    page.goto(site + "/monitor/")
    assert_accessible(page, axe_source)
    page.get_by_role("link", name=result.name, exact=True).click()
    assert_accessible(page, axe_source)
    first_fix = page.locator("#verbeteren + ol a").first
    title = first_fix.inner_text()
    first_fix.click()
    finding = page.locator("section.bevinding:target")
    assert title in finding.locator("h3").inner_text()
    assert finding.locator("blockquote mark").count() >= 1 or "Ontbreekt" in finding.inner_text()
    finding.get_by_role("link", name="Wat zegt de wet?", exact=False).click()
    assert "/rechten/" in page.url
    assert page.get_by_role("heading", name="Waar staat het in de wet?").is_visible()
    assert_accessible(page, axe_source)
    page.goto(site + "/monitor/")
    page.locator("#regels").scroll_into_view_if_needed()
    page.get_by_role("link", name=title, exact=True).first.click()
    assert "/monitor/regel/" in page.url
    assert_accessible(page, axe_source)


def test_check_a_letter(page: Any, site: str, axe_source: str, letter_text: str, tmp_path: Path) -> None:
    page.goto(site + "/brieventoets/")
    assert_accessible(page, axe_source)
    page.get_by_label("Plak de tekst van de brief").fill(letter_text)
    page.get_by_role("button", name="Controleer de brief").click()
    assert page.locator("h1").inner_text().startswith("Uitkomst van de brieventoets")
    assert page.locator(".brief mark.dreigend").count() >= 1
    assert_accessible(page, axe_source)
    letter = tmp_path / "brief.txt"
    letter.write_text(letter_text, encoding="utf-8")
    page.get_by_label("Of kies een bestand").set_input_files(str(letter))
    page.get_by_role("button", name="Controleer de brief").click()
    assert "brief.txt" in page.locator("h1").inner_text()
    page.goto(site + "/brieventoets/")
    page.get_by_role("button", name="Controleer de brief").click()  # empty form: the error is announced
    assert page.get_by_role("alert").inner_text().startswith("Plak de tekst")
    assert_accessible(page, axe_source)


@pytest.mark.parametrize(
    "path",
    ["/rechten/", "/rechten/voorschot.automatisch/", "/account/inloggen/", "/monitor/zoeken/?q=a"],
)
def test_other_pages_have_no_serious_axe_violations(page: Any, site: str, axe_source: str, path: str) -> None:
    response = page.goto(site + path)
    assert response.status == 200
    assert_accessible(page, axe_source)


def test_the_axe_check_itself_catches_a_serious_problem(page: Any, axe_source: str) -> None:
    page.set_content('<!DOCTYPE html><html><body><main><img src="kaart.png"></main></body></html>')
    with pytest.raises(AssertionError, match="image-alt"):
        assert_accessible(page, axe_source)
