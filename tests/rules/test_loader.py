"""Loading and checking catalogues written to tmp_path: every broken case names file, rule and field."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from toegang.rules import CatalogueError, UnknownRuleError, load_catalogue

FILE = "catalogue/demo/regels.yaml"
RULE = "regel 'demo.regel'"


def one_file(*rules: dict[str, Any], profile: str = "demo") -> dict[str, Any]:
    return {"demo/regels.yaml": {"profile": profile, "rules": list(rules)}}


def problems_of(root: Path) -> list[str]:
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(root)
    assert str(caught.value) == "\n".join(caught.value.problems)
    return list(caught.value.problems)


def test_a_valid_catalogue_loads(write_catalogue, make_rule) -> None:
    root = write_catalogue(one_file(make_rule()))
    catalogue = load_catalogue(root)
    rule = catalogue.rule("demo.regel", date(2020, 1, 1))
    assert rule.profile == "demo"
    assert rule.file == FILE
    assert rule.sources[0].label() == "Participatiewet art. 52 lid 1"
    assert catalogue.ids("demo") == ["demo.regel"]


def test_catalogue_error_is_a_value_error() -> None:
    assert issubclass(CatalogueError, ValueError)


def test_missing_sources_gives_the_documented_message(write_catalogue, make_rule) -> None:
    entry = make_rule()
    del entry["sources"]
    assert problems_of(write_catalogue(one_file(entry))) == [f"{FILE}, {RULE}, veld 'sources': ontbreekt"]


LAW_URL = "https://wetten.overheid.nl/BWBR0015703/2025-01-01#Artikel52"


def sources(**changes: Any) -> dict[str, Any]:
    """`sources:` with one valid source, changed by keyword; a value of ... removes the key."""
    source = {"law": "Participatiewet", "bwb": "BWBR0015703", "article": "52", "lid": "1", "url": LAW_URL}
    source.update(changes)
    return {"sources": [{key: value for key, value in source.items() if value is not ...}]}


BROKEN_FIELDS = [
    # (changes to a valid rule, field named in the message, words in the message)
    ({"sources": []}, "sources", "minstens één bron"),
    ({"sources": ["Participatiewet art. 52"]}, "sources[1]", "mapping"),
    (sources(url=...), "sources[1].url", "ontbreekt"),
    (sources(url="wetten.nl/BWBR0015703"), "sources[1].url", "https://"),
    (sources(law=""), "sources[1].law", "leeg"),
    (sources(bwb=None), "sources[1].bwb", "BWB-id"),
    (sources(bwb=...), "sources[1].bwb", "ontbreekt"),
    (sources(bwb="BWBR0005537"), "sources[1].bwb", "staat niet in de url"),
    (sources(bwb="BWBR15703"), "sources[1].bwb", "ongeldig BWB-id"),
    (sources(article=52), "sources[1].article", "aanhalingstekens"),
    (sources(article=None), "sources[1].lid", "zonder artikel"),
    (sources(brief="VOOR-1"), "sources[1].brief", "R-VOOR-01"),
    (sources(page=3), "sources[1].page", "onbekend veld"),
    ({"impact": "high"}, "impact", "critical, serious, moderate, minor"),
    ({"valid_from": "2015-13-01"}, "valid_from", "datum"),
    ({"valid_from": None}, "valid_from", "leeg"),
    ({"valid_to": date(2014, 12, 31)}, "valid_to", "vóór begindatum"),
    ({"title": ""}, "title", "leeg"),
    ({"title": 12}, "title", "tekst"),
    ({"present": None}, "present", "leeg"),
    ({"wrong": ["lijst"]}, "wrong", "tekst"),
    ({"params": [4]}, "params", "mapping"),
    ({"params": None}, "params", "mapping"),
    ({"explian": "tikfout"}, "explian", "onbekend veld"),
]


@pytest.mark.parametrize(("changes", "field", "words"), BROKEN_FIELDS)
def test_each_broken_field_is_named_with_file_and_rule(
    write_catalogue, make_rule, changes: dict[str, Any], field: str, words: str
) -> None:
    problems = problems_of(write_catalogue(one_file(make_rule(**changes))))
    expected = f"{FILE}, {RULE}, veld '{field}': "
    assert any(problem.startswith(expected) and words in problem for problem in problems), problems


@pytest.mark.parametrize("field", ["title", "wrong", "not_applicable", "valid_to", "params", "explain"])
def test_a_missing_field_is_reported(write_catalogue, make_rule, field: str) -> None:
    entry = make_rule()
    del entry[field]
    assert problems_of(write_catalogue(one_file(entry))) == [f"{FILE}, {RULE}, veld '{field}': ontbreekt"]


def test_a_bad_id_is_named_in_the_message(write_catalogue, make_rule) -> None:
    problems = problems_of(write_catalogue(one_file(make_rule(id="Voorschot.Termijn"))))
    assert problems[0].startswith(f"{FILE}, regel 'Voorschot.Termijn', veld 'id': ongeldige id")


def test_a_rule_without_id_is_named_by_its_number(write_catalogue, make_rule) -> None:
    entry = make_rule(id="demo.twee")
    nameless = make_rule()
    del nameless["id"]
    problems = problems_of(write_catalogue(one_file(entry, nameless)))
    assert problems == [f"{FILE}, regel nr. 2, veld 'id': ontbreekt"]


def test_all_problems_are_reported_at_once(write_catalogue, make_rule) -> None:
    problems = problems_of(write_catalogue(one_file(make_rule(impact="hoog", title=None, params=[]))))
    assert {problem.split("veld ")[1].split(":")[0] for problem in problems} == {
        "'impact'",
        "'title'",
        "'params'",
    }


def test_overlapping_versions_are_refused(write_catalogue, make_rule) -> None:
    old = make_rule(valid_to=date(2025, 12, 31))
    new = make_rule(valid_from=date(2025, 6, 1))
    problems = problems_of(write_catalogue(one_file(old, new)))
    assert len(problems) == 1
    assert problems[0].startswith(f"{FILE}, {RULE}, veld 'valid_from': ")
    assert "overlapt" in problems[0] and "2015-01-01 – 2025-12-31" in problems[0]


def test_an_open_version_before_another_version_overlaps(write_catalogue, make_rule) -> None:
    problems = problems_of(write_catalogue(one_file(make_rule(), make_rule(valid_from=date(2026, 1, 1)))))
    assert len(problems) == 1 and "overlapt" in problems[0]


def test_the_same_period_twice_overlaps(write_catalogue, make_rule) -> None:
    problems = problems_of(write_catalogue(one_file(make_rule(), make_rule())))
    assert len(problems) == 1 and "overlapt" in problems[0]


def test_overlaps_are_found_across_files(write_catalogue, make_rule) -> None:
    root = write_catalogue(
        {
            "demo/a.yaml": {"profile": "demo", "rules": [make_rule(valid_to=date(2026, 1, 1))]},
            "demo/b.yaml": {"profile": "demo", "rules": [make_rule(valid_from=date(2026, 1, 1))]},
        }
    )
    problems = problems_of(root)
    assert len(problems) == 1
    assert problems[0].startswith("catalogue/demo/b.yaml, regel 'demo.regel', veld 'valid_from'")
    assert "catalogue/demo/a.yaml" in problems[0]


def test_a_gap_between_versions_is_refused(write_catalogue, make_rule) -> None:
    old = make_rule(valid_to=date(2025, 11, 30))
    new = make_rule(valid_from=date(2026, 1, 1))
    problems = problems_of(write_catalogue(one_file(new, old)))
    assert problems == [
        f"{FILE}, {RULE}, veld 'valid_from': gat tussen versies: van 2025-12-01 tot en met 2025-12-31 "
        "geldt geen versie"
    ]


def test_adjacent_versions_are_fine(write_catalogue, make_rule) -> None:
    old = make_rule(valid_to=date(2025, 12, 31), params={"weeks": 4})
    new = make_rule(valid_from=date(2026, 1, 1), params={"weeks": 6})
    catalogue = load_catalogue(write_catalogue(one_file(new, old)))
    assert [rule.params["weeks"] for rule in catalogue.versions("demo.regel")] == [4, 6]
    assert catalogue.rule("demo.regel", date(2025, 12, 31)).params == {"weeks": 4}
    assert catalogue.rule("demo.regel", date(2026, 1, 1)).params == {"weeks": 6}


def test_one_id_in_two_profiles_is_refused(write_catalogue, make_rule) -> None:
    root = write_catalogue(
        {
            "a.yaml": {"profile": "demo", "rules": [make_rule(valid_to=date(2025, 12, 31))]},
            "b.yaml": {"profile": "ander-profiel", "rules": [make_rule(valid_from=date(2026, 1, 1))]},
        }
    )
    problems = problems_of(root)
    assert problems == [
        "catalogue/b.yaml, regel 'demo.regel', veld 'profile': profiel 'ander-profiel' verschilt van 'demo' "
        "in catalogue/a.yaml"
    ]


YAML_WITH_ERROR = """\
profile: demo
rules:
  - id: demo.regel
    title: "Niet afgesloten
    impact: serious
"""


def test_yaml_syntax_errors_name_file_and_line(write_catalogue) -> None:
    problems = problems_of(write_catalogue({"demo/regels.yaml": YAML_WITH_ERROR}))
    assert len(problems) == 1
    assert problems[0].startswith(f"{FILE}, regelnummer 6, kolom 1: YAML-fout:")


YAML_WITH_DUPLICATE = """\
profile: demo
rules:
  - id: demo.regel
    title: Eerste titel
    title: Tweede titel
"""


def test_duplicate_keys_are_refused_with_their_line(write_catalogue) -> None:
    problems = problems_of(write_catalogue({"demo/regels.yaml": YAML_WITH_DUPLICATE}))
    assert problems == [f"{FILE}, regelnummer 5, kolom 5: YAML-fout: dubbele sleutel 'title'"]


YAML_WITH_MERGE = """\
profile: demo
_shared:
  source: &bron {law: Participatiewet, bwb: BWBR0015703, article: "52", lid: "1",
                 url: "https://wetten.overheid.nl/BWBR0015703/2025-01-01#Artikel52"}
rules:
  - &oud
    id: demo.regel
    title: Oude titel
    impact: minor
    valid_from: 2015-01-01
    valid_to: 2025-12-31
    sources: [*bron]
    present: Goed.
    wrong: null
    not_applicable: null
    fix: Schrijf het.
    explain: Uitleg.
    params: {weeks: 4}
  - <<: *oud
    valid_from: 2026-01-01
    valid_to: null
    title: Nieuwe titel
"""


def test_yaml_merge_keys_fill_in_the_fields_of_a_new_version(write_catalogue) -> None:
    catalogue = load_catalogue(write_catalogue({"demo/regels.yaml": YAML_WITH_MERGE}))
    old, new = catalogue.versions("demo.regel")
    assert (old.title, new.title) == ("Oude titel", "Nieuwe titel")
    assert new.impact == "minor" and new.fix == "Schrijf het." and new.sources == old.sources
    assert new.valid_to is None
    new.params["weeks"] = 5
    assert old.params == {"weeks": 4}


def test_unknown_top_level_keys_are_refused(write_catalogue, make_rule) -> None:
    files = {"demo/regels.yaml": {"profile": "demo", "rules": [make_rule()], "regels": []}}
    problems = problems_of(write_catalogue(files))
    assert problems[0].startswith(f"{FILE}, veld 'regels': onbekend veld")


@pytest.mark.parametrize(
    ("content", "field"),
    [({"rules": []}, "profile"), ({"profile": "demo"}, "rules"), ({"profile": "demo", "rules": []}, "rules")],
)
def test_a_file_needs_a_profile_and_rules(write_catalogue, content: dict[str, Any], field: str) -> None:
    problems = problems_of(write_catalogue({"demo/regels.yaml": content}))
    assert any(problem.startswith(f"{FILE}, veld '{field}'") for problem in problems), problems


def test_profiles_and_folders_are_read_recursively(write_catalogue, make_rule) -> None:
    root = write_catalogue(
        {
            "pagina/regels.yaml": {
                "profile": "demo",
                "rules": [make_rule(id="demo.b"), make_rule(id="demo.a")],
            },
            "brieven/uitnodiging/regels.yaml": {
                "profile": "uitnodiging",
                "rules": [make_rule(id="brief.toon")],
            },
        }
    )
    catalogue = load_catalogue(root)
    assert catalogue.profiles() == ["demo", "uitnodiging"]
    assert catalogue.ids("demo") == ["demo.b", "demo.a"]  # file order
    assert catalogue.rule("brief.toon", date(2020, 1, 1)).file == "catalogue/brieven/uitnodiging/regels.yaml"


def test_an_order_list_sets_the_report_order(write_catalogue, make_rule) -> None:
    root = write_catalogue(
        {
            "demo/a.yaml": {"profile": "demo", "rules": [make_rule(id="demo.twee")]},
            "demo/b.yaml": {"profile": "demo", "rules": [make_rule(id="demo.een")]},
            "demo/profile.yaml": {"profile": "demo", "title": "Demo", "order": ["demo.een", "demo.twee"]},
        }
    )
    catalogue = load_catalogue(root)
    assert catalogue.ids("demo") == ["demo.een", "demo.twee"]
    assert [rule.id for rule in catalogue.rules("demo", date(2020, 1, 1))] == ["demo.een", "demo.twee"]
    assert catalogue.profile_title("demo") == "Demo"


def test_an_order_list_must_match_the_rules(write_catalogue, make_rule) -> None:
    root = write_catalogue(
        {
            "demo/a.yaml": {
                "profile": "demo",
                "rules": [make_rule(id="demo.een"), make_rule(id="demo.twee")],
            },
            "demo/profile.yaml": {"profile": "demo", "order": ["demo.een", "demo.drie", "demo.een"]},
        }
    )
    problems = problems_of(root)
    where = "catalogue/demo/profile.yaml, veld 'order': "
    assert problems == [
        where + "regel 'demo.een' staat er dubbel in",
        where + "regel 'demo.drie' bestaat niet in profiel 'demo'",
        where + "regel 'demo.twee' van profiel 'demo' ontbreekt",
    ]


def test_a_missing_folder_or_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="bestaat niet"):
        load_catalogue(tmp_path / "nergens")
    with pytest.raises(CatalogueError, match="geen regelbestanden"):
        load_catalogue(tmp_path)


def test_lookups_for_unknown_things_raise_with_a_dutch_message(write_catalogue, make_rule) -> None:
    catalogue = load_catalogue(write_catalogue(one_file(make_rule())))
    with pytest.raises(UnknownRuleError) as unknown:
        catalogue.versions("bestaat.niet")
    assert str(unknown.value) == "Onbekende regel 'bestaat.niet'."
    with pytest.raises(UnknownRuleError, match="geldt niet op 2014-12-31"):
        catalogue.rule("demo.regel", date(2014, 12, 31))
    with pytest.raises(UnknownRuleError, match="Onbekend profiel 'anders'"):
        catalogue.rules("anders", date(2020, 1, 1))
    assert catalogue.rules("demo", date(2014, 12, 31)) == []
    assert "demo.regel" in catalogue and "bestaat.niet" not in catalogue


def test_unknown_rule_error_is_a_key_error() -> None:
    assert issubclass(UnknownRuleError, KeyError)


def test_explicit_roots_are_read_fresh(write_catalogue, make_rule) -> None:
    root = write_catalogue(one_file(make_rule(title="Eerst")))
    assert load_catalogue(root).rule("demo.regel", date(2020, 1, 1)).title == "Eerst"
    write_catalogue(one_file(make_rule(title="Daarna")))
    assert load_catalogue(root).rule("demo.regel", date(2020, 1, 1)).title == "Daarna"


def test_applies_to_lists_kinds_of_text_and_defaults_to_the_profile(tmp_path: Path) -> None:
    import textwrap

    from toegang.rules import load_catalogue as load

    body = textwrap.dedent(
        """
        profile: brieven
        rules:
          - id: brief.proef
            title: Proef
            impact: minor
            valid_from: 2015-01-01
            valid_to: null
            applies_to: [uitnodiging, besluit]
            sources: [{law: Algemene wet bestuursrecht, bwb: BWBR0005537, article: "2:1", lid: "1",
                       url: "https://wetten.overheid.nl/BWBR0005537/2026-01-01#Artikel21"}]
            present: iets
            wrong: null
            not_applicable: null
            fix: doe iets
            explain: uitleg
            params: {}
        """
    )
    (tmp_path / "brieven.yaml").write_text(body, encoding="utf-8")
    rule = load(tmp_path).rule("brief.proef", date(2020, 1, 1))
    assert rule.applies_to == ("uitnodiging", "besluit")
    (tmp_path / "brieven.yaml").write_text(
        body.replace("applies_to: [uitnodiging, besluit]", "applies_to: 5")
    )
    with pytest.raises(CatalogueError, match="applies_to"):
        load(tmp_path)
    page_rule = load_catalogue().rule("bezwaar", date(2025, 6, 1))
    assert page_rule.applies_to == ("bijstand-aanvraag",)
