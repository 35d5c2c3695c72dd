"""Council figures: aggregates only, cells under 5 hidden, late voorschot and late decision counted."""

from __future__ import annotations

from datetime import date, timedelta

from toegang.law.track import Event, EventKind
from toegang.web.ondersteuning.figures import council_figures, shown
from toegang.web.ondersteuning.models import Client, HelpRequest, Traject

from .conftest import Desk


def test_shown_hides_one_to_four() -> None:
    assert [shown(n) for n in (0, 1, 4, 5, 12)] == [0, None, None, 5, 12]


def _requests(district: str, n: int, topic: str, wait: int | None = None) -> None:
    for i in range(n):
        client = Client.objects.create(pseudonym=f"{district}-{topic}-{i}", district=district)
        created = date(2026, 10, 1)
        HelpRequest.objects.create(
            client=client,
            topics=[topic],
            created=created,
            assigned_on=created + timedelta(days=wait) if wait is not None else None,
        )


def test_figures_count_per_district_and_theme_and_hide_small_cells(desk: Desk) -> None:
    _requests("West", 6, "schulden", wait=4)
    _requests("Oost", 2, "wmo", wait=10)
    data = council_figures(date(2026, 12, 1))
    rows = {district: (counts, total) for district, counts, total in data.districts}
    topics = [code for code, _label in data.topics]
    assert rows["West"][0][topics.index("schulden")] == 6
    assert rows["West"][1] == 6
    assert rows["Oost"][0][topics.index("wmo")] is None
    waiting = {district: (n, days) for district, n, days in data.waiting}
    assert waiting["West"] == (6, 4.0)
    assert waiting["Oost"] == (None, None)  # too few to show a median


def test_figures_count_late_voorschot_and_late_decision(desk: Desk) -> None:
    for i in range(5):
        client = Client.objects.create(pseudonym=f"laat-{i}")
        traject = Traject.objects.create(client=client)
        traject.record(Event(EventKind.MELDING, date(2026, 1, 5)))
        traject.record(Event(EventKind.AANVRAAG, date(2026, 1, 5)))
    data = council_figures(date(2026, 12, 1))  # no voorschot, no decision after eleven months
    assert data.tracks == 5
    assert data.late_voorschot == 5
    assert data.late_decision == 5


def test_figures_page_has_no_personal_data(desk: Desk) -> None:
    _requests("West", 6, "schulden", wait=4)
    page = desk.browser(desk.raadslid).get("/ondersteuning/cijfers/").content.decode()
    assert "minder dan 5" in page
    assert "West" in page
    assert "Cliënt Merel" not in page
    assert "West-schulden-0" not in page
    assert desk.browser(desk.anna).get("/ondersteuning/cijfers/").status_code == 403
