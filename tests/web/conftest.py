"""Django for the web tests: test settings (SQLite in memory unless DATABASE_URL is set), sample data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import django
import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "toegang.web.settings.test")
django.setup()

from django.core.cache import cache  # noqa: E402

from toegang.web.monitor.importer import ImportOutcome, import_measurement  # noqa: E402
from toegang.web.monitor.sample import write_sample_measurement  # noqa: E402

LETTER = (
    "Gemeente Voorbeeldstad\n"
    "Team Werk en Inkomen\n\n"
    "Onderwerp: uitnodiging voor een gesprek\n\n"
    "Beste meneer De Vries,\n\n"
    "Wij nodigen u uit voor een gesprek over uw aanvraag voor bijstand. Het gesprek is op dinsdag 3 maart "
    "om 10.00 uur op het gemeentehuis. Indien u niet verschijnt, wordt uw uitkering onverwijld stopgezet "
    "en kunt u een boete krijgen.\n\n"
    "Neem uw identiteitsbewijs en uw bankafschriften van de laatste drie maanden mee.\n\n"
    "Met vriendelijke groet,\n"
    "De consulent\n"
)


@pytest.fixture(autouse=True)
def _clear_cache() -> Iterator[None]:
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def sample_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_sample_measurement(tmp_path_factory.mktemp("meting") / "voorbeeld-2026", gemeenten=12)


@pytest.fixture(scope="session")
def older_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from datetime import date

    return write_sample_measurement(
        tmp_path_factory.mktemp("meting") / "voorbeeld-2025",
        gemeenten=12,
        ident="voorbeeld-2025",
        measured_on=date(2025, 3, 1),
        seed=3,
    )


@pytest.fixture
def imported(db: None, sample_folder: Path) -> ImportOutcome:
    return import_measurement(sample_folder)


@pytest.fixture
def letter_text() -> str:
    return LETTER


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "browser: drives Debian's Chromium with Playwright (make test runs them; no silent skip)"
    )


# --- Browser tests (Playwright driving Debian's Chromium, axe-core on every page) -------------------------------
# Chromium (/usr/bin/chromium, Debian package `chromium`) and axe-core (npm, in .venv/node_modules) are installed
# by the Makefile. When either is missing the browser tests fail with a message saying so: never skipped.

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


class Axe:
    """axe-core injected into a page; `check` fails the test on serious or critical violations."""

    def __init__(self, source: str) -> None:
        self.source = source

    def check(self, page: Any) -> None:
        page.add_script_tag(content=self.source)
        blocking = [v for v in page.evaluate(AXE_RUN) if v["impact"] in BLOCKING]
        assert blocking == [], f"{page.url}: {blocking}"


@pytest.fixture(scope="session")
def axe() -> Axe:
    if not AXE.is_file():
        pytest.fail(f"axe-core not found at {AXE}: run `make test` (it installs axe-core with npm)")
    return Axe(AXE.read_text(encoding="utf-8"))


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
