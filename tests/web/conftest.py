"""Django for the web tests: test settings (SQLite in memory unless DATABASE_URL is set), sample data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

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
