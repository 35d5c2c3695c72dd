"""Figures: counts per theme and quarter, advice and promise outcomes, SVG charts, CSV and PDF."""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from toegang.web.raad import models as m
from toegang.web.raad.charts import bar_chart
from toegang.web.raad.figures import advice_figures, promise_figures, signals_per_theme_quarter
from toegang.web.raad.report import council_figures, figures_csv, figures_pdf

pytestmark = pytest.mark.django_db


@pytest.fixture
def records(council: m.Council) -> m.Council:
    for day, theme, people in [
        (date(2025, 2, 1), "brieven", 2),
        (date(2025, 3, 30), "brieven", 1),
        (date(2025, 3, 30), "privacy", 5),
        (date(2025, 11, 5), "privacy", 1),  # Q2 and Q3 2025 have no signals
    ]:
        m.Signal.objects.create(
            council=council, theme=theme, organisation="G", received_on=day, people=people, description="d"
        )
    sent = date(2026, 1, 5)  # reaction due 16 February 2026 (six weeks)
    m.Advice.objects.create(council=council, subject="a", sent_on=sent, reaction_on=date(2026, 2, 10))
    m.Advice.objects.create(council=council, subject="b", sent_on=sent, reaction_on=date(2026, 3, 1))
    m.Advice.objects.create(council=council, subject="c", sent_on=sent)
    m.Advice.objects.create(council=council, subject="d")  # not sent: not counted
    kept = m.Promise.objects.create(
        council=council, what="k", made_on=date(2026, 1, 1), due_on=date(2026, 3, 1)
    )
    kept.change_status(m.Promise.KEPT, on=date(2026, 2, 1))
    late = m.Promise.objects.create(
        council=council, what="l", made_on=date(2026, 1, 1), due_on=date(2026, 2, 1)
    )
    late.change_status(m.Promise.KEPT, on=date(2026, 2, 15))
    m.Promise.objects.create(council=council, what="o", made_on=date(2026, 1, 1), due_on=date(2026, 2, 1))
    return council


def test_signals_per_theme_and_quarter_fills_empty_quarters(records: m.Council) -> None:
    table = signals_per_theme_quarter(records)
    assert table.quarters == ["2025 K1", "2025 K2", "2025 K3", "2025 K4"]
    assert table.themes == [("brieven", "Brieven"), ("privacy", "Privacy")]
    assert table.counts[("brieven", "2025 K1")] == 2 and table.people[("privacy", "2025 K1")] == 5
    assert table.total("2025 K2") == 0 and table.theme_total("privacy") == 2


def test_advice_and_promise_figures(records: m.Council) -> None:
    advice = advice_figures(records, today=date(2026, 3, 2))
    assert (advice.sent, advice.answered_on_time, advice.answered_late, advice.waiting, advice.overdue) == (
        3,
        1,
        1,
        0,
        1,
    )
    promises = promise_figures(records, today=date(2026, 3, 2))
    assert (promises.kept_on_time, promises.kept_late, promises.overdue, promises.open) == (1, 1, 1, 0)


def test_csv_has_every_count(records: m.Council) -> None:
    rows = list(
        csv.reader(io.StringIO(figures_csv(council_figures(records, date(2026, 3, 2)))), delimiter=";")
    )
    assert rows[0] == ["onderdeel", "rij", "kolom", "aantal"]
    assert ["signalen", "2025 K1", "Privacy", "1"] in rows
    assert ["adviezen", "Reactie te laat", "", "1"] in rows
    assert ["toezeggingen", "Op tijd nagekomen", "", "1"] in rows


def test_pdf_is_a_pdf_with_the_council_name(records: m.Council) -> None:
    from pypdf import PdfReader

    data = figures_pdf(council_figures(records, date(2026, 3, 2)))
    assert data.startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "Cliëntenraad Voorbeeldstad" in text and "2025 K4" in text and "Op tijd nagekomen" in text


def test_bar_chart_is_accessible_and_escaped() -> None:
    svg = str(bar_chart("t", "Titel <b>", "Uitleg", [("a & b", 4), ("c", 0)]))
    assert 'role="img"' in svg and 'aria-labelledby="t-titel t-uitleg"' in svg
    assert '<title id="t-titel">Titel &lt;b&gt;</title>' in svg and "a &amp; b" in svg
    assert 'width="360"' in svg and 'width="0"' in svg


def test_figures_page_csv_and_pdf_downloads(member_client: Client, records: m.Council) -> None:
    page = member_client.get(reverse("raad:figures", args=[records.slug])).content.decode()
    assert page.count("<svg") == 4 and "<table>" in page and "<script" not in page
    response = member_client.get(reverse("raad:figures_export", args=[records.slug, "csv"]))
    assert response["Content-Type"].startswith("text/csv") and "attachment" in response["Content-Disposition"]
    assert (
        member_client.get(reverse("raad:figures_export", args=[records.slug, "pdf"]))["Content-Type"]
        == "application/pdf"
    )
    assert member_client.get(reverse("raad:figures_export", args=[records.slug, "xls"])).status_code == 404


def test_publishing_figures(member_client: Client, records: m.Council, filled: dict[str, Any]) -> None:
    public = reverse("raad:public_figures", args=[records.slug])
    assert Client().get(public).status_code == 404
    member_client.post(reverse("raad:figures_publish", args=[records.slug]), {"openbaar": "1"})
    assert Client().get(public).status_code == 200
    member_client.post(reverse("raad:figures_publish", args=[records.slug]), {"openbaar": "0"})
    assert Client().get(public).status_code == 404


def test_overview_query_count_does_not_grow_with_records(
    member_client: Client, council: m.Council, django_assert_max_num_queries: Any
) -> None:
    m.Signal.objects.bulk_create(
        [m.Signal(council=council, theme="brieven", organisation="G", description="d") for _ in range(300)]
    )
    for i in range(30):
        m.Promise.objects.create(
            council=council, what=f"t{i}", made_on=date(2025, 1, 1), due_on=date(2025, 6, i + 1)
        )
    with django_assert_max_num_queries(20):
        assert member_client.get(reverse("raad:overview", args=[council.slug])).status_code == 200
