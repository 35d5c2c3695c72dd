"""The packaged catalogue against the spec: rules.md (ids, impacts, statuses) and legal-brief.md."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from toegang.rules import Catalogue, Rule, load_catalogue

SHARED = Path(__file__).parents[3] / "shared"
PROFILE = "bijstand-aanvraag"
OLD_LAW = date(2025, 6, 1)
NEW_LAW = date(2026, 6, 1)
HEADING = re.compile(r"^### `(?P<id>[^`]+)` — .* · (?P<impact>critical|serious|moderate|minor)\s*$")

# The legal parameters the audit reads; the values are the law of 2015-2025 and of 2026.
PARAMS = {
    "melding.direct": ({}, {}),
    "melding.zonder-digid": ({}, {}),
    "melding.ingangsdatum": ({"retroactive_months": 0}, {"retroactive_months": 3}),
    "voorschot.vermeld": ({}, {}),
    "voorschot.automatisch": ({}, {}),
    "voorschot.termijn": ({"weeks": 4}, {"weeks": 4}),
    "voorschot.voorwaarden": ({"min_percentage": 90}, {"min_percentage": 95}),
    "beslistermijn": ({"weeks": 8}, {"weeks": 8}),
    "bezwaar": ({"weeks": 6}, {"weeks": 6}),
    "jongeren.zoekperiode": ({"age_limit": 27, "weeks": 4}, {"age_limit": 27, "weeks": 4}),
    "bewijsstukken": ({}, {}),
    "ondersteuning": ({}, {}),
    "contact": ({}, {}),
}


def spec_sections() -> dict[str, tuple[str, str]]:
    """rules.md: id -> (impact, section text), in the order of the document."""
    sections: dict[str, tuple[str, str]] = {}
    current: str | None = None
    impact = ""
    lines: list[str] = []
    for line in (SHARED / "domain" / "rules.md").read_text(encoding="utf-8").splitlines():
        match = HEADING.match(line)
        if match or line.startswith("## "):
            if current is not None:
                sections[current] = (impact, "\n".join(lines))
            current, lines = None, []
        if match:
            current, impact = match["id"], match["impact"]
        elif current is not None:
            lines.append(line)
    if current is not None:
        sections[current] = (impact, "\n".join(lines))
    return sections


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture(scope="module")
def spec() -> dict[str, tuple[str, str]]:
    sections = spec_sections()
    assert len(sections) == 13, "could not parse the rule headings of rules.md"
    return sections


def by_id(rules: list[Rule]) -> dict[str, Rule]:
    return {rule.id: rule for rule in rules}


def test_the_packaged_catalogue_loads_once_and_is_cached() -> None:
    assert load_catalogue() is load_catalogue()
    assert load_catalogue().profiles() == sorted([PROFILE, "brieven"])


def test_ids_are_exactly_the_headings_of_rules_md_in_the_same_order(
    catalogue: Catalogue, spec: dict[str, tuple[str, str]]
) -> None:
    assert catalogue.ids(PROFILE) == list(spec)


@pytest.mark.parametrize("day", [OLD_LAW, NEW_LAW, date(2015, 1, 1), date(2025, 12, 31), date(2026, 1, 1)])
def test_every_day_of_the_law_has_all_13_rules_in_spec_order(
    catalogue: Catalogue, spec: dict[str, tuple[str, str]], day: date
) -> None:
    rules = catalogue.rules(PROFILE, day)
    assert [rule.id for rule in rules] == list(spec)
    assert all(rule.valid_on(day) for rule in rules)


def test_the_two_law_periods_give_different_versions(catalogue: Catalogue) -> None:
    old = by_id(catalogue.rules(PROFILE, OLD_LAW))
    new = by_id(catalogue.rules(PROFILE, NEW_LAW))
    for rule_id in old:
        assert (old[rule_id].valid_from, old[rule_id].valid_to) == (date(2015, 1, 1), date(2025, 12, 31))
        assert (new[rule_id].valid_from, new[rule_id].valid_to) == (date(2026, 1, 1), None)
        assert len(catalogue.versions(rule_id)) == 2


def test_impact_and_statuses_follow_rules_md(catalogue: Catalogue, spec: dict[str, tuple[str, str]]) -> None:
    for rule in catalogue.all_rules():
        if rule.profile != PROFILE:
            continue  # letter rules follow letters.md; tests/letters checks them
        impact, text = spec[rule.id]
        assert rule.impact == impact, rule.id
        assert (rule.wrong is not None) == ("\n- wrong:" in text), rule.id
        assert (rule.not_applicable is not None) == ("\n- not_applicable:" in text), rule.id


def test_every_version_has_a_source_with_law_and_url(catalogue: Catalogue) -> None:
    for rule in catalogue.all_rules():
        assert rule.sources, rule.id
        assert any(source.law and source.url.startswith("https://") for source in rule.sources), rule.id
        for source in rule.sources:
            if "wetten.overheid.nl" in source.url:
                assert source.bwb is not None and f"/{source.bwb}/" in source.url, (rule.id, source)


def test_laws_are_cited_by_their_bwb_ids(catalogue: Catalogue) -> None:
    expected = {
        "Participatiewet": "BWBR0015703",
        "Algemene wet bestuursrecht": "BWBR0005537",
        "Wet maatschappelijke ondersteuning 2015": "BWBR0035362",
    }
    for rule in catalogue.all_rules():
        for source in rule.sources:
            if source.bwb is not None:
                assert expected[source.law] == source.bwb, (rule.id, source)


def test_each_version_cites_the_law_text_of_its_own_period(catalogue: Catalogue) -> None:
    dated = re.compile(r"wetten\.overheid\.nl/BWB[RV]\d{7}/(\d{4}-\d{2}-\d{2})")
    for rule in catalogue.all_rules():
        for source in rule.sources:
            match = dated.search(source.url)
            if match:
                assert rule.valid_on(date.fromisoformat(match[1])), (rule.id, rule.valid_from, source.url)


def test_lid_is_left_out_only_where_the_article_has_no_lid(catalogue: Catalogue) -> None:
    single_paragraph = {
        ("Algemene wet bestuursrecht", "4:1"),
        ("Algemene wet bestuursrecht", "6:7"),
        ("Algemene wet bestuursrecht", "3:46"),
    }
    for rule in catalogue.all_rules():
        for source in rule.sources:
            if source.lid is None and source.article is not None:
                assert (source.law, source.article) in single_paragraph, (rule.id, source)


def test_brief_references_exist_in_the_legal_brief(catalogue: Catalogue) -> None:
    brief = (SHARED / "domain" / "legal-brief.md").read_text(encoding="utf-8")
    known = set(re.findall(r"\*\*(R-[A-Z]+-\d{2}) ", brief))
    assert len(known) > 50
    for rule in catalogue.all_rules():
        for source in rule.sources:
            assert source.brief is None or source.brief in known, (rule.id, source.brief)


@pytest.mark.parametrize("rule_id", sorted(PARAMS))
def test_params_use_the_agreed_keys_and_values(catalogue: Catalogue, rule_id: str) -> None:
    old, new = PARAMS[rule_id]
    assert catalogue.rule(rule_id, OLD_LAW).params == old
    assert catalogue.rule(rule_id, NEW_LAW).params == new


def test_params_of_versions_are_separate_objects(catalogue: Catalogue) -> None:
    old = catalogue.rule("jongeren.zoekperiode", OLD_LAW)
    new = catalogue.rule("jongeren.zoekperiode", NEW_LAW)
    assert old.params == new.params
    assert old.params is not new.params


def test_voorschot_percentage_changes_from_90_to_95(catalogue: Catalogue) -> None:
    old = catalogue.rule("voorschot.voorwaarden", OLD_LAW)
    new = catalogue.rule("voorschot.voorwaarden", NEW_LAW)
    assert (old.params["min_percentage"], new.params["min_percentage"]) == (90, 95)
    assert new.wrong is not None and "Verouderd" in new.wrong and "90 procent" in new.wrong
    assert old.wrong is not None and "Verouderd" not in old.wrong
    assert "95 procent" in new.explain and "90 procent" in old.explain


def test_ingangsdatum_2026_marks_never_before_the_melding_as_outdated(catalogue: Catalogue) -> None:
    old = catalogue.rule("melding.ingangsdatum", OLD_LAW)
    new = catalogue.rule("melding.ingangsdatum", NEW_LAW)
    assert new.wrong is not None and "Verouderd" in new.wrong and "nooit" in new.wrong
    assert old.wrong is not None and "Verouderd" not in old.wrong
    assert ("44", "5", "R-MELD-04") in {(s.article, s.lid, s.brief) for s in new.sources}
    assert ("44", "5") not in {(s.article, s.lid) for s in old.sources}


@pytest.mark.parametrize(
    ("rule_id", "article", "lid", "brief"),
    [("melding.direct", "41", "12", "R-MELD-05"), ("jongeren.zoekperiode", "41", "11", "R-JONG-03")],
)
def test_new_2026_provisions_are_cited_only_from_2026(
    catalogue: Catalogue, rule_id: str, article: str, lid: str, brief: str
) -> None:
    def cites(rule: Rule) -> bool:
        return any(
            (s.law, s.article, s.lid, s.brief) == ("Participatiewet", article, lid, brief)
            for s in rule.sources
        )

    assert cites(catalogue.rule(rule_id, NEW_LAW))
    assert not cites(catalogue.rule(rule_id, OLD_LAW))


def test_source_label_reads_as_a_dutch_citation(catalogue: Catalogue) -> None:
    labels = [source.label() for source in catalogue.rule("voorschot.termijn", NEW_LAW).sources]
    assert labels == ["Participatiewet art. 52 lid 1"]


def sentences(text: str) -> int:
    return len([part for part in re.split(r"[.?!](?:\s+|$)", text) if part.strip()])


def test_fix_and_explain_are_short_enough_to_print(catalogue: Catalogue) -> None:
    for rule in catalogue.all_rules():
        assert 1 <= sentences(rule.fix) <= 3, (rule.id, rule.valid_from, rule.fix)
        assert 2 <= sentences(rule.explain) <= 4, (rule.id, rule.valid_from, rule.explain)
