from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from toegang.registry import (
    Gemeente,
    RegistryError,
    load_registry,
    make_registry,
    normalise_code,
    parse_gemeenten,
)

HEADER = "cbs_code,name,province,website,executing_org,valid_from,valid_to,source\n"


def test_packaged_registry_has_342_gemeenten_on_2026_01_01() -> None:
    registry = load_registry().on(date(2026, 1, 1))
    assert len(registry) == 342
    assert len({g.code for g in registry}) == 342
    assert sum(1 for g in registry if g.province == "Zeeland") == 13


def test_get_accepts_short_codes_and_gives_site_and_org() -> None:
    registry = load_registry()
    tiel = registry.get("281")
    assert tiel.code == "GM0281"
    assert tiel.home_url == "https://tiel.nl/"
    assert tiel.executing_org == "Werkzaak Rivierenland"
    with pytest.raises(RegistryError, match="GM9999"):
        registry.get("GM9999")


def test_shared_executing_org_groups_its_members() -> None:
    groups = load_registry().on(date(2026, 1, 1)).by_executing_org()
    members = {g.name for g in groups["Werkzaak Rivierenland"]}
    assert len(members) == 8
    assert {"Tiel", "Culemborg", "West Betuwe"} <= members
    assert all(len(m) >= 1 for m in groups.values())


def test_a_merger_ends_old_codes_and_starts_the_new_one() -> None:
    text = HEADER + (
        "GM0501,Oudedorp,Zuid-Holland,oudedorp.nl,,,2022-12-31,test\n"
        "GM0502,Nieuwkerk,Zuid-Holland,nieuwkerk.nl,,,2022-12-31,test\n"
        "GM1992,Samenstad,Zuid-Holland,samenstad.nl,,2023-01-01,,test\n"
    )
    registry = make_registry(parse_gemeenten(text))
    before = {g.code for g in registry.on(date(2022, 12, 31))}
    after = {g.code for g in registry.on(date(2023, 1, 1))}
    assert before == {"GM0501", "GM0502"}
    assert after == {"GM1992"}
    assert registry.get("GM0501").valid_to == date(2022, 12, 31)


def test_overlapping_versions_of_one_code_are_rejected() -> None:
    text = HEADER + (
        "GM0014,Groningen,Groningen,groningen.nl,,,2019-06-01,test\n"
        "GM0014,Groningen,Groningen,gemeente.groningen.nl,,2019-01-01,,test\n"
    )
    with pytest.raises(RegistryError, match="GM0014"):
        make_registry(parse_gemeenten(text))


def test_bad_rows_give_a_dutch_message_with_the_line() -> None:
    with pytest.raises(RegistryError, match=r"gemeenten.csv:2: datum 2023-13-01 is ongeldig"):
        parse_gemeenten(HEADER + "GM0001,X,Y,x.nl,,2023-13-01,,\n")
    with pytest.raises(RegistryError, match="website ontbreekt"):
        parse_gemeenten(HEADER + "GM0001,X,Y,,,,,\n")


def test_normalise_code() -> None:
    assert normalise_code("gm363") == "GM0363"
    assert normalise_code(" 0363 ") == "GM0363"
    with pytest.raises(RegistryError):
        normalise_code("Amsterdam")


def test_registry_override_file(tmp_path: Path) -> None:
    path = tmp_path / "eigen.csv"
    path.write_text(HEADER + "GM0001,Proefstad,Utrecht,proefstad.nl,,,,\n", encoding="utf-8")
    registry = load_registry(path)
    assert [g.name for g in registry] == ["Proefstad"]
    assert isinstance(registry.get("1"), Gemeente)
