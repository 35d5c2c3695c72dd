"""The audit contract: every rule once, offsets into the text, score and verdict."""

from __future__ import annotations

from datetime import date

from toegang.audit import audit_html, audit_text
from toegang.rules import load_catalogue

GOOD_PAGE = """Bijstand aanvragen

U vraagt de bijstandsuitkering aan via werk.nl. Heeft u geen DigiD? Bel ons dan op 14 0123, dan helpen wij u.
Meld u zo snel mogelijk: de bijstand gaat in op de dag dat u zich heeft gemeld.

Voorschot
Wij beslissen binnen 8 weken over uw aanvraag. Heeft u na 4 weken nog geen besluit? Dan krijgt u een voorschot.
U hoeft het voorschot niet aan te vragen.

Bent u jonger dan 27 jaar? Dan zoekt u na uw melding eerst 4 weken naar werk of een opleiding.
Neem uw paspoort en bankafschriften mee. U mag iemand meenemen naar het gesprek.
Bent u het niet eens met het besluit? Dan kunt u binnen 6 weken bezwaar maken.
"""


def test_every_rule_appears_once_with_valid_offsets() -> None:
    day = date(2025, 6, 1)
    audit = audit_text(GOOD_PAGE, law_date=day, page_id="p1")
    ids = [f.rule for f in audit.findings]
    assert ids == [r.id for r in load_catalogue().rules("bijstand-aanvraag", day)]
    for finding in audit.findings:
        for evidence in finding.evidence:
            assert GOOD_PAGE[evidence.start : evidence.end] == evidence.quote


def test_good_page_is_approved_with_high_score() -> None:
    audit = audit_text(GOOD_PAGE, law_date=date(2025, 6, 1))
    statuses = {f.rule: f.status for f in audit.findings}
    assert "wrong" not in statuses.values(), statuses
    assert audit.verdict == "goedgekeurd"
    assert audit.score > 80


def test_wrong_statement_fails_the_verdict_and_lowers_the_score() -> None:
    bad = GOOD_PAGE.replace(
        "U hoeft het voorschot niet aan te vragen.", "U moet het voorschot zelf aanvragen."
    )
    good = audit_text(GOOD_PAGE, law_date=date(2025, 6, 1))
    worse = audit_text(bad, law_date=date(2025, 6, 1))
    assert worse.verdict == "afgekeurd"
    assert worse.score < good.score
    finding = next(f for f in worse.findings if f.rule == "voorschot.automatisch")
    assert finding.status == "wrong" and finding.fix and finding.message


def test_html_is_extracted_before_auditing() -> None:
    html = (
        "<html><head><title>Bijstand</title><script>var x = 1;</script></head><body><nav>Home | Contact</nav>"
        "<main><h1>Bijstand aanvragen</h1><p>U vraagt de bijstandsuitkering aan via werk.nl.</p>"
        "<p>Heeft u na 4 weken nog geen besluit? Dan krijgt u een voorschot.</p></main></body></html>"
    )
    audit = audit_html(html, law_date=date(2025, 6, 1))
    statuses = {f.rule: f.status for f in audit.findings}
    assert statuses["voorschot.vermeld"] == "present"
    assert "var x" not in audit.text


def test_output_dict_follows_the_contract() -> None:
    row = audit_text(
        GOOD_PAGE, law_date=date(2026, 3, 1), page_id="x", url="https://example.invalid"
    ).to_dict()
    assert {"id", "url", "profile", "law_date", "score", "findings"} <= set(row)
    assert row["law_date"] == "2026-03-01"
    for finding in row["findings"]:
        assert {"rule", "status", "impact", "evidence", "message"} <= set(finding)
        assert finding["status"] in {"present", "absent", "wrong", "not_applicable"}
