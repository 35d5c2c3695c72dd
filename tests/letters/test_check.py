"""check_letter: one finding per rule of the profile, with evidence that points into the letter."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toegang.letters.check import (
    PLAIN_PENALTY_PER_100_WORDS,
    LetterCheck,
    check_letter,
    plain_score,
    unwrap_lines,
)
from toegang.letters.profile import PROFILES
from toegang.rules import load_catalogue
from toegang.text.readability import readability

LAW = date(2025, 6, 1)
SPEC = Path(__file__).parents[3] / "shared" / "domain" / "letters.md"
ROW = re.compile(
    r"^\| `(?P<id>[a-z.-]+)` \| (?P<profiles>[^|]+) \| (?P<impact>\w+) \| [^|]+ \| (?P<wrong>[^|]+) \|$"
)


def statuses(check: LetterCheck) -> dict[str, str]:
    return {f.rule: f.status for f in check.findings}


def spec_rows() -> dict[str, tuple[list[str], str, bool]]:
    rows = {}
    for line in SPEC.read_text(encoding="utf-8").splitlines():
        match = ROW.match(line.strip())
        if match:
            profiles = match["profiles"].strip()
            names = list(PROFILES) if profiles == "all" else [p.strip() for p in profiles.split(",")]
            rows[match["id"]] = (names, match["impact"], match["wrong"].strip() != "—")
    return rows


# --- the catalogue ----------------------------------------------------------------------------------------


def test_letter_rules_in_the_catalogue_follow_letters_md() -> None:
    spec = spec_rows()
    assert len(spec) == 11
    rules = load_catalogue().rules("brieven", LAW)
    assert [r.id for r in rules] == list(spec)
    for rule in rules:
        profiles, impact, can_be_wrong = spec[rule.id]
        assert list(rule.applies_to) == profiles, rule.id
        assert rule.impact == impact, rule.id
        assert rule.can_be_wrong == can_be_wrong, rule.id
        assert rule.sources and all(s.url.startswith("https://") for s in rule.sources), rule.id
        assert rule.valid_from == date(2015, 1, 1) and rule.valid_to is None


def test_every_pattern_in_the_letter_rules_compiles() -> None:
    def strings(value: object) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, list):
            return [s for item in value for s in strings(item)]
        if isinstance(value, dict):
            return [s for key, item in value.items() if key != "detector" for s in strings(item)]
        return []

    for rule in load_catalogue().rules("brieven", LAW):
        patterns = [p for key, v in rule.params.items() if key != "detector" for p in strings(v)]
        assert patterns or rule.params.get("detector") == "toon", rule.id
        for pattern in patterns:
            re.compile(pattern)


def test_every_rule_of_the_profile_appears_exactly_once(samples: SimpleNamespace) -> None:
    catalogue = load_catalogue()
    for profile in PROFILES:
        check = check_letter(samples.good_invitation, profile, LAW)
        expected = [r.id for r in catalogue.rules("brieven", LAW) if profile in r.applies_to]
        assert [f.rule for f in check.findings] == expected
    assert [f.rule for f in check_letter("Het loket is dicht.", None, LAW).findings] == [
        "brief.contact",
        "brief.toon",
    ]


def test_before_the_catalogue_starts_there_are_no_rules(samples: SimpleNamespace) -> None:
    assert check_letter(samples.good_invitation, None, date(2010, 1, 1)).findings == []


def test_evidence_points_into_the_letter(samples: SimpleNamespace) -> None:
    for text in vars(samples).values():
        check = check_letter(text, None, LAW)
        assert len(check.text) == len(text)  # wrapped lines are joined in place
        for finding in check.findings:
            for evidence in finding.evidence:
                assert check.text[evidence.start : evidence.end] == evidence.quote
        for hit in check.officialese:
            assert check.text[hit.start : hit.end] == hit.text


# --- invitations ------------------------------------------------------------------------------------------


def test_good_invitation(samples: SimpleNamespace) -> None:
    check = check_letter(samples.good_invitation, None, LAW)
    assert check.profile.profile == "uitnodiging"
    assert statuses(check) == {
        "brief.doel": "present",
        "brief.meenemen": "present",
        "brief.clientondersteuning": "present",
        "brief.verhinderd": "present",
        "brief.contact": "present",
        "brief.toon": "present",
        "brief.privacy": "not_applicable",
        "brief.huisbezoek": "not_applicable",
    }
    assert all(f.fix == "" for f in check.findings)


def test_bad_invitation(samples: SimpleNamespace) -> None:
    check = check_letter(samples.bad_invitation, None, LAW)
    found = statuses(check)
    assert found["brief.meenemen"] == "wrong"
    assert found["brief.toon"] == "wrong"
    assert found["brief.privacy"] == "wrong"
    assert found["brief.doel"] == "absent"
    assert found["brief.contact"] == "absent"
    assert found["brief.verhinderd"] == "absent"
    toon = next(f for f in check.findings if f.rule == "brief.toon")
    assert toon.fix and "Begin met het doel" in toon.fix
    assert any("LET OP" in e.quote for e in toon.evidence)
    assert check.tone.tone == "dreigend"


def test_companion_needs_permission_is_wrong() -> None:
    text = (
        "Wij nodigen u uit voor een gesprek over uw uitkering. Wilt u iemand meenemen? "
        "Dan moet u daarvoor vooraf toestemming vragen aan uw consulent."
    )
    assert statuses(check_letter(text, "uitnodiging", LAW))["brief.meenemen"] == "wrong"


def test_home_visit(samples: SimpleNamespace) -> None:
    assert statuses(check_letter(samples.home_visit_bad, "uitnodiging", LAW))["brief.huisbezoek"] == "wrong"
    assert (
        statuses(check_letter(samples.home_visit_good, "uitnodiging", LAW))["brief.huisbezoek"] == "present"
    )


# --- decisions --------------------------------------------------------------------------------------------


def test_good_decision(samples: SimpleNamespace) -> None:
    check = check_letter(samples.good_decision, None, LAW)
    assert check.profile.profile == "besluit"
    assert statuses(check) == {
        "brief.clientondersteuning": "present",
        "brief.contact": "present",
        "brief.toon": "present",
        "besluit.bezwaar": "present",
        "besluit.motivering": "present",
    }


def test_wrong_objection_term(samples: SimpleNamespace) -> None:
    finding = next(
        f
        for f in check_letter(samples.wrong_term_decision, None, LAW).findings
        if f.rule == "besluit.bezwaar"
    )
    assert finding.status == "wrong"
    assert "6 weken" in finding.message
    assert any("4 weken" in e.quote for e in finding.evidence)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("", "absent"),
        ("U kunt tegen dit besluit geen bezwaar maken.", "wrong"),
        ("U kunt binnen zes weken bezwaar maken.", "wrong"),  # how and to whom are missing
        ("Stuur binnen zes weken een brief met uw bezwaar naar de gemeente, Postbus 1.", "present"),
        ("Stuur binnen 42 dagen een brief met uw bezwaar naar de gemeente.", "present"),
    ],
)
def test_objection_clause(sentence: str, status: str) -> None:
    text = f"Wij hebben besloten dat u geen bijstand krijgt, omdat uw spaargeld te hoog is. {sentence}"
    assert statuses(check_letter(text, "besluit", LAW))["besluit.bezwaar"] == status


def test_decision_without_reason_or_rule() -> None:
    text = "Wij hebben besloten dat u geen bijstand krijgt. Bel 050 123 45 67 als u vragen heeft."
    assert statuses(check_letter(text, "besluit", LAW))["besluit.motivering"] == "absent"


# --- requests ---------------------------------------------------------------------------------------------


def test_good_request(samples: SimpleNamespace) -> None:
    check = check_letter(samples.request, None, LAW)
    assert check.profile.profile == "verzoek"
    found = statuses(check)
    assert found["verzoek.termijn"] == "present"
    assert found["brief.privacy"] == "present"
    assert found["brief.contact"] == "present"


def test_too_short_deadline(samples: SimpleNamespace) -> None:
    finding = next(
        f for f in check_letter(samples.short_request, None, LAW).findings if f.rule == "verzoek.termijn"
    )
    assert finding.status == "wrong" and "7 dagen" in finding.message


def test_threat_before_explaining_what_to_send() -> None:
    text = (
        "Uw aanvraag wordt buiten behandeling gesteld. "
        "Wilt u daarom vóór 20 mei uw loonstroken sturen? Bel ons op 050 123 45 67 als u vragen heeft."
    )
    assert statuses(check_letter(text, "verzoek", LAW))["verzoek.termijn"] == "wrong"


def test_asking_for_data_the_gemeente_already_has_is_wrong() -> None:
    text = "Wilt u vóór 20 mei een uittreksel uit de BRP sturen? Bel ons op 050 123 45 67 als u vragen heeft."
    assert statuses(check_letter(text, "verzoek", LAW))["brief.privacy"] == "wrong"


def test_asking_for_data_without_a_reason_is_absent() -> None:
    text = "Wilt u vóór 20 mei uw loonstroken sturen? Bel ons op 050 123 45 67 als u vragen heeft."
    assert statuses(check_letter(text, "verzoek", LAW))["brief.privacy"] == "absent"


# --- readability, officialese, output ---------------------------------------------------------------------


def test_wrapped_lines_are_joined_without_moving_offsets() -> None:
    text = "Wij hebben ze nodig om uw inkomen te\nberekenen.\nUitnodiging\nBeste meneer"
    assert unwrap_lines(text) == "Wij hebben ze nodig om uw inkomen te berekenen.\nUitnodiging\nBeste meneer"


def test_plain_score_formula_is_pinned() -> None:
    assert PLAIN_PENALTY_PER_100_WORDS == 3.0
    reading = readability("Wij verzoeken u het formulier te retourneren. Het wordt door ons verwerkt.")
    result = plain_score(reading, officialese=2)
    assert reading.score is not None and reading.word_count == 12 and reading.passive_count == 1
    assert result.score == pytest.approx(reading.score - 3.0 * 100 * (2 + 1) / 12)
    assert "Flesch-Douma" in result.method


def test_hard_sentences_come_first_with_advice(samples: SimpleNamespace) -> None:
    check = check_letter(samples.bad_invitation, None, LAW)
    costs = [s.cost for s in check.hard_sentences]
    assert costs == sorted(costs, reverse=True) and costs[0] > 0
    assert all(s.advice for s in check.hard_sentences[:3])
    assert any("Ambtelijk woord 'Indien'" in a for s in check.hard_sentences for a in s.advice)


def test_output_contract(samples: SimpleNamespace) -> None:
    check = check_letter(samples.bad_invitation, None, LAW, letter_id="brief-1")
    data = json.loads(json.dumps(check.to_dict()))
    assert data["id"] == "brief-1" and data["profile"] == "uitnodiging" and data["tone"] == "dreigend"
    assert set(data["readability"]) >= {"score", "level", "method"}
    assert isinstance(data["readability"]["score"], float)
    assert data["readability"]["method"].startswith("Flesch-Douma")
    finding = data["findings"][0]
    assert set(finding) >= {"rule", "status", "impact", "evidence", "message"}
    assert data["officialese"][0].keys() >= {"word", "alternative", "start", "end"}
    full = check.to_dict(full=True)
    assert full["text"] == samples.bad_invitation and full["readability"]["sentence_list"]


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdeéiou UWLTOP.,!?()\n0123456789-")), max_size=400))
def test_any_text_gives_a_check_with_valid_offsets(text: str) -> None:
    check = check_letter(text, None, LAW)
    assert len(check.text) == len(text)
    for finding in check.findings:
        for evidence in finding.evidence:
            assert check.text[evidence.start : evidence.end] == evidence.quote
    json.dumps(check.to_dict(full=True))


def test_a_decision_that_names_a_limit_and_the_article_is_motivated() -> None:
    text = (
        "Geachte heer Smit,\n\nWij hebben besloten uw aanvraag voor bijstand af te wijzen. Uw spaargeld is "
        "hoger dan de grens in artikel 34 van de Participatiewet.\n\nBent u het niet eens met dit besluit? Dan "
        "kunt u binnen 6 weken bezwaar maken bij het college van burgemeester en wethouders."
    )
    check = check_letter(text, profile="besluit")
    assert statuses(check)["besluit.motivering"] == "present"
