"""More phrasings per rule, written for these tests: the same right said in other words must be recognised,
and recognising one rule must not make another one `wrong`."""

from __future__ import annotations

from datetime import date

import pytest

from toegang.audit import audit_text

PHRASINGS = [
    ("melding.direct", "present", "Meld u aan via het digitale formulier op onze website."),
    ("melding.direct", "present", "U kunt de aanvraag starten op werk.nl."),
    ("melding.direct", "present", "Een bijstandsuitkering vraagt u online aan met het aanvraagformulier."),
    ("melding.direct", "present", "U kunt zich melden bij het Werkplein, Stationsplein 4."),
    (
        "melding.direct",
        "wrong",
        "Voordat u een aanvraag kunt doen, nodigen wij u uit voor een oriëntatiegesprek.",
    ),
    (
        "melding.direct",
        "wrong",
        "U kunt pas een aanvraag indienen nadat u de workshop Werkfit heeft gevolgd.",
    ),
    (
        "melding.direct",
        "wrong",
        "Eerst volgt een verplicht intakegesprek. Daarna kunt u de aanvraag indienen.",
    ),
    ("melding.zonder-digid", "present", "Geen DigiD? Kom dan naar de balie in het stadhuis."),
    (
        "melding.zonder-digid",
        "present",
        "Wilt u liever op papier aanvragen? Vraag dan een formulier aan bij de receptie.",
    ),
    ("melding.zonder-digid", "present", "Lukt het niet om het formulier in te vullen? Wij helpen u graag."),
    ("melding.zonder-digid", "wrong", "Aanvragen gaat alleen digitaal via werk.nl."),
    ("melding.zonder-digid", "wrong", "Zonder DigiD kunt u geen bijstand aanvragen."),
    ("melding.ingangsdatum", "present", "Uw bijstand gaat in vanaf de dag dat u zich heeft gemeld."),
    ("melding.ingangsdatum", "present", "De datum van uw melding is de startdatum van de uitkering."),
    (
        "melding.ingangsdatum",
        "wrong",
        "De uitkering start op de datum waarop wij uw volledige aanvraag hebben ontvangen.",
    ),
    (
        "voorschot.vermeld",
        "present",
        "Duurt de beoordeling langer dan 4 weken? Dan ontvangt u een voorschot.",
    ),
    ("voorschot.automatisch", "present", "Wij betalen het voorschot automatisch uit."),
    (
        "voorschot.automatisch",
        "wrong",
        "Een voorschot kunt u aanvragen met het formulier Voorschot bijstand.",
    ),
    ("voorschot.automatisch", "wrong", "Wilt u een voorschot ontvangen, dan moet u dit zelf aanvragen."),
    ("voorschot.termijn", "present", "Het voorschot ontvangt u uiterlijk in de vierde week na uw aanvraag."),
    ("voorschot.termijn", "wrong", "Na 6 weken kunt u een voorschot krijgen."),
    ("voorschot.voorwaarden", "wrong", "Een voorschot is alleen mogelijk als u geen enkel inkomen heeft."),
    (
        "voorschot.voorwaarden",
        "wrong",
        "U krijgt alleen een voorschot als zeker is dat u recht heeft op bijstand.",
    ),
    ("beslistermijn", "present", "U krijgt binnen 8 weken na uw aanvraag een beslissing."),
    ("beslistermijn", "absent", "Binnen twee maanden hoort u of u bijstand krijgt."),
    ("beslistermijn", "wrong", "De behandeling van uw aanvraag duurt maximaal 12 weken."),
    ("bezwaar", "present", "Als u het niet eens bent met de beslissing, kunt u een bezwaarschrift indienen."),
    ("bezwaar", "wrong", "U kunt binnen 4 weken na de datum van het besluit bezwaar maken."),
    ("jongeren.zoekperiode", "present", "Ben je jonger dan 27? Dan heb je eerst een zoektijd van 4 weken."),
    ("jongeren.zoekperiode", "wrong", "Jongeren tot 27 jaar hebben een zoekperiode van 6 weken."),
    (
        "bewijsstukken",
        "present",
        "Neem mee: uw legitimatie, uw huurcontract en de afschriften van uw bankrekeningen.",
    ),
    (
        "ondersteuning",
        "present",
        "Wilt u hulp bij uw aanvraag? Een vrijwilliger van de Formulierenbrigade helpt u gratis.",
    ),
    ("ondersteuning", "present", "U kunt iemand meenemen naar het intakegesprek."),
    ("contact", "present", "Heeft u vragen? U kunt ons bereiken op 020 123 45 67."),
]


@pytest.mark.parametrize(("rule", "expected", "text"), PHRASINGS)
def test_phrasing(rule: str, expected: str, text: str) -> None:
    audit = audit_text(text, law_date=date(2025, 6, 1), readability=False)
    statuses = {f.rule: f.status for f in audit.findings}
    assert statuses[rule] == expected
    assert [r for r, s in statuses.items() if s == "wrong" and r != rule] == []


@pytest.mark.parametrize(
    ("rule", "expected", "text"),
    [
        ("melding.direct", "present", "Ga naar werk.nl en schrijf u in als werkzoekende."),
        ("melding.direct", "present", "U kunt hiervoor bellen met ons klantcontactcentrum."),
        (
            "melding.direct",
            "wrong",
            "U kunt pas, na het volgen van de workshop, een aanvraag indienen nadat u die heeft gevolgd.",
        ),
        ("ondersteuning", "present", "Een kosteloze adviseur van het sociaal raadsliedenwerk helpt u."),
    ],
)
def test_phrasings_behind_every_keyword_gate(rule: str, expected: str, text: str) -> None:
    audit = audit_text(text, law_date=date(2025, 6, 1), readability=False)
    assert {f.rule: f.status for f in audit.findings}[rule] == expected
