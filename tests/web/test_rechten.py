"""The rechtenwijzer: one page per rule, with the law and good examples, printable on A4."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client

from toegang.rules import load_catalogue
from toegang.web.monitor import models as m


@pytest.mark.django_db
def test_index_lists_every_rule_of_both_profiles(client: Client) -> None:
    page = client.get("/rechten/").content.decode()
    catalogue = load_catalogue()
    from datetime import date

    for profile in ("bijstand-aanvraag", "brieven"):
        for rule in catalogue.rules(profile, date.today()):
            assert f'href="/rechten/{rule.id}/"' in page


@pytest.mark.django_db
def test_rule_page_has_explain_sources_and_fix(client: Client) -> None:
    from datetime import date

    rule = load_catalogue().rule("voorschot.automatisch", date.today())
    page = client.get("/rechten/voorschot.automatisch/").content.decode()
    assert rule.title in page
    assert rule.explain.split("\n")[0][:60] in page
    for source in rule.sources:
        assert source.label() in page
    assert "Waar staat het in de wet?" in page


def test_rule_page_shows_good_examples_from_the_latest_measurement(client: Client, imported: object) -> None:
    present = m.GemeenteRuleResult.objects.filter(rule="bezwaar", status="present").order_by("result__rank")
    assert present.exists()
    page = client.get("/rechten/bezwaar/").content.decode()
    assert "Goede voorbeelden" in page
    assert present.first().result.name in page  # type: ignore[union-attr]
    assert "<mark>" in page


@pytest.mark.django_db
def test_unknown_rule_is_404(client: Client) -> None:
    assert client.get("/rechten/bestaat.niet/").status_code == 404


@pytest.mark.django_db
def test_a_past_law_date_shows_the_rule_as_it_was(client: Client) -> None:
    page = client.get("/rechten/voorschot.voorwaarden/?datum=2020-01-01").content.decode()
    assert "1 januari 2020" in page


def test_the_stylesheet_prints_on_a4_without_navigation() -> None:
    css = (Path(__file__).resolve().parents[2] / "src/toegang/web/core/static/toegang/site.css").read_text(
        encoding="utf-8"
    )
    assert "@page { size: A4" in css
    print_rules = css[css.index("@media print") :]
    assert ".site-header" in print_rules and "display: none" in print_rules
