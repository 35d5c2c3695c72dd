"""Every page rule: present, absent and (where defined) wrong, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from toegang.audit import audit_text

LAW_2025 = date(2025, 6, 1)
LAW_2026 = date(2026, 6, 1)

NEUTRAL = "Met bijstand kunt u uw vaste lasten betalen, zoals huur en boodschappen."

CASES = [
    # melding.direct
    (
        "melding.direct",
        "Een uitkering vraagt u online aan via werk.nl. Daarna nemen wij contact met u op.",
        "present",
    ),
    ("melding.direct", "U kunt zich direct melden bij het Werkplein aan de Stationsweg.", "present"),
    ("melding.direct", NEUTRAL, "absent"),
    (
        "melding.direct",
        "Het volgen van de startcursus is een verplicht onderdeel van uw aanvraag voor bijstand.",
        "wrong",
    ),
    (
        "melding.direct",
        "Voordat u een uitkering kunt krijgen, moet u eerst zelf proberen werk te vinden.",
        "wrong",
    ),
    ("melding.direct", "Voor het aanvragen belt u ons. Wij plannen dan een afspraak met u in.", "wrong"),
    ("melding.direct", "Bent u jonger dan 27 jaar? Dan moet u eerst vier weken zelf werk zoeken.", "absent"),
    # melding.zonder-digid
    ("melding.zonder-digid", "Heeft u geen DigiD? Bel ons dan, dan melden wij u aan.", "present"),
    (
        "melding.zonder-digid",
        "Lukt het u niet om online aan te vragen? Kom dan langs bij de balie.",
        "present",
    ),
    ("melding.zonder-digid", "U vraagt de uitkering aan via werk.nl.", "absent"),
    ("melding.zonder-digid", "Om bijstand aan te vragen heeft u DigiD nodig.", "wrong"),
    ("melding.zonder-digid", "U logt in op werk.nl. Daarvoor heeft u een DigiD nodig.", "wrong"),
    # melding.ingangsdatum
    (
        "melding.ingangsdatum",
        "Meld u snel: de uitkering gaat in op de dag dat u zich heeft gemeld.",
        "present",
    ),
    ("melding.ingangsdatum", "De meldingsdatum is ook de ingangsdatum van uw bijstand.", "present"),
    ("melding.ingangsdatum", NEUTRAL, "absent"),
    (
        "melding.ingangsdatum",
        "De uitkering gaat in op de datum waarop het intakegesprek is gevoerd.",
        "wrong",
    ),
    # voorschot.vermeld
    (
        "voorschot.vermeld",
        "Heeft de gemeente na 4 weken nog niet beslist? Dan krijgt u een voorschot.",
        "present",
    ),
    ("voorschot.vermeld", NEUTRAL, "absent"),
    ("voorschot.vermeld", "Een voorschot is bij ons niet mogelijk.", "wrong"),
    (
        "voorschot.vermeld",
        "Duurt het wachten op het besluit te lang voor u? Bel dan het klantcontactcentrum.",
        "wrong",
    ),
    # voorschot.automatisch
    (
        "voorschot.automatisch",
        "Na 4 weken krijgt u een voorschot. U hoeft daar niets voor te doen.",
        "present",
    ),
    ("voorschot.automatisch", "U hoeft het voorschot niet aan te vragen.", "present"),
    ("voorschot.automatisch", "Na 4 weken kunt u een voorschot krijgen.", "absent"),
    ("voorschot.automatisch", "U moet het voorschot zelf aanvragen bij uw consulent.", "wrong"),
    (
        "voorschot.automatisch",
        "Wilt u een voorschot? Geef dat dan aan in het gesprek, want u moet erom vragen.",
        "wrong",
    ),
    (
        "voorschot.automatisch",
        "Het voorschot krijgt u vanzelf. Zit u in acute geldnood? Dan kunt u een noodbetaling aanvragen.",
        "present",
    ),
    # voorschot.termijn
    ("voorschot.termijn", "U krijgt uiterlijk 4 weken na uw aanvraag een voorschot.", "present"),
    ("voorschot.termijn", "Wij kunnen u een voorschot geven.", "absent"),
    ("voorschot.termijn", "Duurt de beslissing langer dan 8 weken, dan krijgt u een voorschot.", "wrong"),
    # voorschot.voorwaarden
    ("voorschot.voorwaarden", "Na vier weken krijgt u een voorschot op uw uitkering.", "present"),
    ("voorschot.voorwaarden", NEUTRAL, "absent"),
    ("voorschot.voorwaarden", "U krijgt alleen een voorschot als u echt geen geld meer heeft.", "wrong"),
    ("voorschot.voorwaarden", "Een voorschot krijgt u in sommige gevallen.", "wrong"),
    # beslistermijn
    ("beslistermijn", "Wij beslissen binnen 8 weken over uw aanvraag.", "present"),
    ("beslistermijn", "U hoort binnen vier weken of u een uitkering krijgt.", "present"),
    ("beslistermijn", "Wij beslissen zo snel mogelijk over uw aanvraag.", "absent"),
    ("beslistermijn", "Wij nemen binnen 13 weken een besluit over uw aanvraag.", "wrong"),
    # bezwaar
    ("bezwaar", "Bent u het niet eens met het besluit? Dan kunt u bezwaar maken.", "present"),
    ("bezwaar", NEUTRAL, "absent"),
    ("bezwaar", "U kunt binnen 2 weken bezwaar maken tegen het besluit.", "wrong"),
    ("bezwaar", "Tegen dit besluit is geen bezwaar mogelijk.", "wrong"),
    # jongeren.zoekperiode
    (
        "jongeren.zoekperiode",
        "Bent u jonger dan 27? Na uw melding zoekt u eerst 4 weken naar werk of school.",
        "present",
    ),
    ("jongeren.zoekperiode", NEUTRAL, "absent"),
    (
        "jongeren.zoekperiode",
        "Bent u jonger dan 27? Na het intakegesprek gaat u 4 weken zoeken naar werk.",
        "wrong",
    ),
    (
        "jongeren.zoekperiode",
        "Jongeren onder de 27 zoeken eerst 4 weken werk. Meldt u zich daarna niet op tijd, dan wordt uw melding afgesloten.",
        "wrong",
    ),
    (
        "jongeren.zoekperiode",
        "Bent u 27 jaar of ouder? Dan geldt voor u eerst een zoekperiode van 4 weken.",
        "wrong",
    ),
    (
        "jongeren.zoekperiode",
        "Deze pagina is voor mensen van 27 jaar of ouder.\n\nU kunt de uitkering aanvragen via werk.nl.",
        "not_applicable",
    ),
    # bewijsstukken
    ("bewijsstukken", "Neem een geldig paspoort en uw bankafschriften van de laatste maand mee.", "present"),
    ("bewijsstukken", NEUTRAL, "absent"),
    # ondersteuning
    ("ondersteuning", "U mag iemand meenemen naar het gesprek, bijvoorbeeld een vriend.", "present"),
    ("ondersteuning", "Een onafhankelijke cliëntondersteuner kan u gratis helpen.", "present"),
    ("ondersteuning", NEUTRAL, "absent"),
    # contact
    ("contact", "Heeft u vragen? Bel 14 0123 op werkdagen.", "present"),
    ("contact", "Mail uw vraag naar werkeninkomen@voorbeeldgemeente.nl.", "present"),
    ("contact", NEUTRAL, "absent"),
]


def status_of(text: str, rule: str, law_date: date = LAW_2025) -> str:
    audit = audit_text(text, law_date=law_date, readability=False)
    return next(f.status for f in audit.findings if f.rule == rule)


@pytest.mark.parametrize(("rule", "text", "expected"), CASES)
def test_rule_status(rule: str, text: str, expected: str) -> None:
    assert status_of(text, rule) == expected


def test_every_rule_has_present_and_absent_cases() -> None:
    covered = {(rule, expected) for rule, _, expected in CASES}
    audit = audit_text(NEUTRAL, law_date=LAW_2025, readability=False)
    for finding in audit.findings:
        assert (finding.rule, "present") in covered
        assert (finding.rule, "absent") in covered


def test_negation_turns_a_duty_into_a_right() -> None:
    assert status_of("U hoeft geen voorschot aan te vragen.", "voorschot.automatisch") == "present"
    assert status_of("U moet een voorschot aanvragen.", "voorschot.automatisch") == "wrong"


def test_digid_necessary_is_not_wrong_when_an_alternative_is_given() -> None:
    text = "Voor werk.nl heeft u DigiD nodig. Heeft u geen DigiD? Bel dan 14 0123, dan helpen wij u."
    assert status_of(text, "melding.zonder-digid") == "present"


def test_youth_paragraph_does_not_count_against_adults() -> None:
    text = (
        "Jongeren tot 27 jaar\n\nBent u jonger dan 27? Dan zoekt u eerst vier weken naar werk. "
        "Pas daarna kunt u de uitkering aanvragen."
    )
    assert status_of(text, "melding.direct") != "wrong"


def test_ninety_percent_is_outdated_from_2026_only() -> None:
    text = "Na vier weken krijgt u een voorschot van 90% van de bijstand."
    assert status_of(text, "voorschot.voorwaarden", LAW_2025) == "present"
    assert status_of(text, "voorschot.voorwaarden", LAW_2026) == "wrong"


def test_never_before_the_melding_is_outdated_from_2026() -> None:
    text = "De bijstand gaat nooit eerder in dan de dag van uw melding."
    assert status_of(text, "melding.ingangsdatum", LAW_2025) != "wrong"
    assert status_of(text, "melding.ingangsdatum", LAW_2026) == "wrong"


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("beslistermijn", "Reken op een besluit binnen drie maanden na uw aanvraag."),
        ("melding.ingangsdatum", "De uitkering gaat pas in op de dag dat uw aanvraag compleet is."),
        (
            "melding.ingangsdatum",
            "U krijgt de bijstand vanaf de datum van het eerste gesprek met de consulent.",
        ),
        ("jongeren.zoekperiode", "Jongeren onder de 27 zoeken eerst 8 weken naar werk of school."),
    ],
)
def test_more_wrong_phrasings(rule: str, text: str) -> None:
    assert status_of(text, rule) == "wrong"
