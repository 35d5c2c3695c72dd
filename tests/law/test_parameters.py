"""The dated legal parameters: the packaged values, and a Dutch message for each kind of broken file."""

from __future__ import annotations

import textwrap
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from toegang.law.parameters import (
    ParameterError,
    ParameterUnit,
    UnknownParameterError,
    load_parameters,
    to_verify,
)


def test_packaged_terms_hold_on_the_law_dates_we_use() -> None:
    params = load_parameters()
    for day in (date(2025, 7, 1), date(2026, 1, 1), date(2026, 11, 22)):
        assert params.weeks("voorschot.termijn", day) == 4
        assert params.weeks("beslistermijn", day) == 8
        assert params.weeks("bezwaartermijn", day) == 6
        assert params.weeks("zoekperiode.jongeren", day) == 4
        assert params.weeks("dwangsom.wachttijd", day) == 2
        assert params.days("dwangsom.maximum-dagen", day) == 42
        assert params.weeks("beroep-niet-tijdig.wachttijd", day) == 2


def test_dwangsom_amounts_changed_between_the_2018_and_2019_texts() -> None:
    params = load_parameters()
    assert params.euro("dwangsom.bedrag-eerste", date(2018, 7, 1)) == Decimal(20)
    assert params.euro("dwangsom.bedrag-eerste", date(2019, 1, 1)) == Decimal(23)
    assert params.euro("dwangsom.bedrag-tweede", date(2026, 1, 1)) == Decimal(35)
    assert params.euro("dwangsom.bedrag-rest", date(2026, 1, 1)) == Decimal(45)


def test_volunteer_maximum_per_year_and_month() -> None:
    params = load_parameters()
    assert params.euro("vrijwilligersvergoeding.jaar-maximum", date(2023, 6, 1)) == Decimal(1900)
    assert params.euro("vrijwilligersvergoeding.jaar-maximum", date(2024, 6, 1)) == Decimal(2100)
    assert params.euro("vrijwilligersvergoeding.maand-maximum", date(2024, 6, 1)) == Decimal(210)
    assert params.get("vrijwilligersvergoeding.jaar-maximum", date(2024, 6, 1)).to_verify is None
    assert params.get("vrijwilligersvergoeding.jaar-maximum", date(2026, 6, 1)).to_verify
    with pytest.raises(UnknownParameterError, match="2027"):
        params.get("vrijwilligersvergoeding.jaar-maximum", date(2027, 1, 1))


def test_no_value_is_guessed_before_the_oldest_text_read() -> None:
    params = load_parameters()
    with pytest.raises(UnknownParameterError, match=r"voorschot\.termijn"):
        params.weeks("voorschot.termijn", date(2024, 12, 31))
    with pytest.raises(UnknownParameterError, match="Onbekende parameter"):
        params.get("bestaat-niet", date(2026, 1, 1))
    with pytest.raises(UnknownParameterError):
        params.weeks("dwangsom.bedrag-eerste", date(2026, 1, 1))  # an amount, not weeks


def test_every_version_cites_a_source_and_law_sources_carry_their_bwb_id() -> None:
    params = load_parameters()
    for parameter_id in params.ids:
        for version in params.versions(parameter_id):
            assert version.sources
            for source in version.sources:
                if "wetten.overheid.nl" in source.url:
                    assert source.bwb and source.bwb in source.url and source.article


def test_open_legal_checks_are_listed() -> None:
    ids = {(v.id, v.valid_from.year) for v in to_verify(load_parameters())}
    assert ("dwangsom.bedrag-eerste", 2016) in ids
    assert ("vrijwilligersvergoeding.jaar-maximum", 2025) in ids
    assert not any(pid == "beslistermijn" for pid, _year in ids)


GOOD_ENTRY = """
  - id: demo.termijn
    title: Een termijn om te testen
    value: 4
    unit: weeks
    valid_from: 2025-01-01
    valid_to: null
    sources:
      - law: Participatiewet
        bwb: BWBR0015703
        article: "52"
        lid: "1"
        url: https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel52
"""


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "parameters.yaml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def test_a_good_file_loads(tmp_path: Path) -> None:
    params = load_parameters(write(tmp_path, "parameters:" + GOOD_ENTRY))
    version = params.get("demo.termijn", date(2030, 1, 1))
    assert version.unit is ParameterUnit.WEEKS
    assert version.citation == "Participatiewet art. 52 lid 1"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("value: 4", "value: vier"), "veld 'value': moet een heel getal"),
        (("unit: weeks", "unit: jaren"), "veld 'unit': onbekende eenheid 'jaren'"),
        (("valid_to: null", "valid_to: 2024-01-01"), "veld 'valid_to': einddatum 2024-01-01 ligt vóór"),
        (
            ("bwb: BWBR0015703", "bwb: BWBR0005537"),
            "veld 'sources[1].bwb': BWB-id 'BWBR0005537' staat niet in de url",
        ),
        (("id: demo.termijn", "id: Demo Termijn"), "veld 'id': ongeldige id"),
        (("    title: Een termijn om te testen\n", ""), "veld 'title': ontbreekt"),
        (("valid_to: null", "valid_to: null\n    kleur: rood"), "veld 'kleur': onbekend veld"),
        (("url: https://wetten", "url: ftp://wetten"), "moet een webadres zijn"),
    ],
)
def test_each_problem_names_parameter_and_field(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    body = "parameters:" + GOOD_ENTRY.replace(*change)
    with pytest.raises(ParameterError) as caught:
        load_parameters(write(tmp_path, body))
    assert any(message in line and "parameters.yaml" in line for line in caught.value.problems), caught.value


def test_versions_must_not_overlap_or_leave_a_gap(tmp_path: Path) -> None:
    second = GOOD_ENTRY.replace("2025-01-01", "2026-01-01").replace("value: 4", "value: 5")
    with pytest.raises(ParameterError, match="overlapt"):
        load_parameters(write(tmp_path, "parameters:" + GOOD_ENTRY + second))
    first = GOOD_ENTRY.replace("valid_to: null", "valid_to: 2025-06-30")
    with pytest.raises(ParameterError, match="gat tussen versies: van 2025-07-01 tot en met 2025-12-31"):
        load_parameters(write(tmp_path, "parameters:" + first + second))
    later = second.replace("unit: weeks", "unit: days")
    ok_first = GOOD_ENTRY.replace("valid_to: null", "valid_to: 2025-12-31")
    with pytest.raises(ParameterError, match="eenheid 'days' verschilt"):
        load_parameters(write(tmp_path, "parameters:" + ok_first + later))


def test_duplicate_keys_and_bad_yaml_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ParameterError, match="dubbele sleutel 'value'"):
        load_parameters(
            write(tmp_path, "parameters:" + GOOD_ENTRY.replace("value: 4", "value: 4\n    value: 5"))
        )
    with pytest.raises(ParameterError, match="YAML-fout"):
        load_parameters(write(tmp_path, "parameters: [\n"))
    with pytest.raises(ParameterError, match="lijst 'parameters'"):
        load_parameters(write(tmp_path, "regels: []\n"))


def test_euro_values_are_exact_decimals(tmp_path: Path) -> None:
    body = "parameters:" + GOOD_ENTRY.replace("value: 4", 'value: "1900.50"').replace(
        "unit: weeks", "unit: euro"
    )
    params = load_parameters(write(tmp_path, body))
    assert params.euro("demo.termijn", date(2025, 2, 1)) == Decimal("1900.50")
    bad = body.replace('"1900.50"', '"19,00"')
    with pytest.raises(ParameterError, match="een bedrag moet een getal zijn"):
        load_parameters(write(tmp_path, bad))
