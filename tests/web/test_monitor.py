"""The monitor: idempotent import and the public pages (overview, gemeente, rule, search)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from django.test import Client

from toegang.web.monitor import models as m
from toegang.web.monitor.importer import MeasurementImportError, import_measurement
from toegang.web.monitor.search import normalise


def _counts() -> tuple[int, ...]:
    return (
        m.Measurement.objects.count(),
        m.Gemeente.objects.count(),
        m.Page.objects.count(),
        m.Finding.objects.count(),
        m.GemeenteResult.objects.count(),
        m.GemeenteRuleResult.objects.count(),
    )


def test_import_fills_every_table(imported: object) -> None:
    measurement = m.Measurement.objects.get()
    assert measurement.ident == "voorbeeld-2026"
    assert measurement.gemeenten_count == 12
    assert measurement.measured_count == 11
    assert m.GemeenteResult.objects.filter(measured=True).count() == 11
    assert m.Page.objects.count() == 11
    assert m.GemeenteRuleResult.objects.count() == 11 * 13
    first = m.GemeenteResult.objects.get(rank=1)
    assert first.score is not None and first.score > 0


def test_importing_twice_changes_nothing(db: None, sample_folder: Path) -> None:
    first = import_measurement(sample_folder)
    before = _counts()
    second = import_measurement(sample_folder)
    assert first.created and not second.created
    assert second.measurement.pk == first.measurement.pk
    assert _counts() == before


def test_changed_folder_with_same_id_is_refused_unless_replaced(
    db: None, sample_folder: Path, tmp_path: Path
) -> None:
    import_measurement(sample_folder)
    changed = tmp_path / "changed"
    shutil.copytree(sample_folder, changed)
    results = json.loads((changed / "results.json").read_text(encoding="utf-8"))
    results["gemeenten"] = results["gemeenten"][:5]
    (changed / "results.json").write_text(json.dumps(results), encoding="utf-8")
    with pytest.raises(MeasurementImportError, match="--vervang"):
        import_measurement(changed)
    assert m.GemeenteResult.objects.count() == 12
    outcome = import_measurement(changed, replace=True)
    assert outcome.created
    assert m.Measurement.objects.count() == 1
    assert m.GemeenteResult.objects.count() == 5


def test_folder_without_manifest_gives_a_dutch_error(db: None, tmp_path: Path) -> None:
    with pytest.raises(MeasurementImportError, match="manifest"):
        import_measurement(tmp_path)


def test_overview_without_measurement_says_so(client: Client, db: None) -> None:
    response = client.get("/monitor/")
    assert response.status_code == 404
    assert "nog geen meting" in response.content.decode()


def test_overview_shows_ranking_and_rule_figures(client: Client, imported: object) -> None:
    response = client.get("/monitor/")
    assert response.status_code == 200
    page = response.content.decode()
    first = m.GemeenteResult.objects.get(rank=1)
    assert f'href="/monitor/gemeente/{first.gemeente.code}/"' in page
    assert "Ranglijst" in page and "Per regel" in page
    assert 'href="/monitor/regel/voorschot.automatisch/"' in page
    unmeasured = m.GemeenteResult.objects.get(measured=False)
    assert unmeasured.name in page and "niet gemeten" in page


def test_overview_shows_the_trend_between_measurements(
    client: Client, db: None, sample_folder: Path, older_folder: Path
) -> None:
    import_measurement(older_folder)
    import_measurement(sample_folder)
    page = client.get("/monitor/").content.decode()
    assert "Verschil in orde" in page
    assert "verschil met de meting van 1 maart 2025" in page
    older = client.get("/monitor/?meting=voorbeeld-2025").content.decode()
    assert "Meting van 1 maart 2025" in older
    assert "Verschil in orde" not in older


def test_gemeente_page_shows_findings_quotes_in_context_fix_and_history(
    client: Client, imported: object
) -> None:
    result = m.GemeenteResult.objects.filter(measured=True, wrong_count__gt=0).first()
    assert result is not None
    response = client.get(f"/monitor/gemeente/{result.gemeente.code}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert result.name in page
    assert "Wat moet beter" in page and "Zo kan het beter:" in page
    assert "<mark>" in page and "begin citaat" in page  # quote marked inside its context
    assert "Bijstand aanvragen bij" in page  # context from the page text around a quote
    assert "Geschiedenis" in page and "1 maart 2026" in page
    assert 'href="/rechten/voorschot.automatisch/"' in page


def test_unknown_gemeente_is_404(client: Client, imported: object) -> None:
    assert client.get("/monitor/gemeente/GM0000/").status_code == 404


def test_rule_page_lists_wrong_gemeenten_and_good_examples(client: Client, imported: object) -> None:
    rule = m.GemeenteRuleResult.objects.filter(status="wrong").first()
    assert rule is not None
    response = client.get(f"/monitor/regel/{rule.rule}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert rule.result.name in page
    assert "Goede voorbeelden" in page
    assert client.get("/monitor/regel/bestaat.niet/").status_code == 404


def test_search_by_exact_name_goes_to_the_gemeente(client: Client, imported: object) -> None:
    gemeente = m.Gemeente.objects.first()
    assert gemeente is not None
    response = client.get("/monitor/zoeken/", {"q": gemeente.name.upper()})
    assert response.status_code == 302
    assert response["Location"] == f"/monitor/gemeente/{gemeente.code}/"


def test_search_by_part_of_a_name_and_by_place(client: Client, imported: object) -> None:
    gemeente = m.Gemeente.objects.order_by("name").first()
    assert gemeente is not None
    m.Place.objects.create(name="Klein Duimpje", gemeente=gemeente)
    response = client.get("/monitor/zoeken/", {"q": gemeente.name[:3]})
    assert response.status_code == 200
    assert gemeente.name in response.content.decode()
    by_place = client.get("/monitor/zoeken/", {"q": "klein-duimpje"})
    assert by_place.status_code == 302
    assert by_place["Location"] == f"/monitor/gemeente/{gemeente.code}/"
    nothing = client.get("/monitor/zoeken/", {"q": "Atlantis"})
    assert "niets gevonden" in nothing.content.decode()


def test_normalise_forgives_accents_case_and_punctuation() -> None:
    assert normalise("’s-Hertogenbosch") == "s hertogenbosch"
    assert normalise("Súdwest-Fryslân") == "sudwest fryslan"
    assert normalise("Gemeente Ede") == "ede"


def test_names_from_a_measurement_are_escaped(client: Client, imported: object) -> None:
    gemeente = m.Gemeente.objects.first()
    assert gemeente is not None
    gemeente.name = "<script>alert(1)</script>"
    gemeente.save()
    page = client.get(f"/monitor/gemeente/{gemeente.code}/").content.decode()
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)" in page


def test_overview_draws_the_national_map_from_the_scores(client: Client, imported: object) -> None:
    from toegang.reports.choropleth import find_geo

    page = client.get("/monitor/").content.decode()
    if find_geo() is None:  # the boundary file is reference data beside the repository
        assert "geen kaart" in page
    else:
        assert '<svg class="kaart"' in page and 'role="img"' in page
        first = m.GemeenteResult.objects.get(rank=1)
        assert f'data-code="{first.gemeente.code}"' in page


def test_public_pages_are_cached_until_a_new_measurement_arrives(
    client: Client, db: None, sample_folder: Path, older_folder: Path, django_assert_num_queries: object
) -> None:
    import_measurement(older_folder)
    first = client.get("/monitor/").content
    with django_assert_num_queries(0):  # type: ignore[operator]
        assert client.get("/monitor/").content == first
    import_measurement(sample_folder)
    newer = client.get("/monitor/").content.decode()
    assert "Meting van 1 maart 2026" in newer


def test_logged_in_users_get_a_fresh_page(client: Client, imported: object) -> None:
    from django.contrib.auth import get_user_model

    client.get("/monitor/")
    client.force_login(get_user_model().objects.create_user("raad", password="een-lang-en-sterk-wachtwoord"))
    page = client.get("/monitor/").content.decode()
    assert "Mijn account" in page and "Inloggen" not in page
