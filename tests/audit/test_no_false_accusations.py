"""Precision first: correct statements, phrased in ways that resemble wrong ones, must never be called `wrong`.

Each sentence here is lawful (under the 2015-2025 law unless said otherwise) and was written to sit close to a
pattern that does mark wrong statements.
"""

from __future__ import annotations

from datetime import date

import pytest

from toegang.audit import audit_text

LAWFUL = [
    "Na uw aanvraag volgt een gesprek met een consulent.",
    "Bent u 27 jaar of ouder? Dan kunt u direct een aanvraag doen. U hoeft niet eerst werk te zoeken.",
    "Na het gesprek ontvangt u binnen 8 weken een besluit over uw aanvraag.",
    "Na uw aanvraag krijgt u een uitnodiging voor een informatiebijeenkomst over werk.",
    "Wilt u hulp bij het aanvragen? Bel ons voor een afspraak.",
    "U kunt online aanvragen via werk.nl. Lukt dat niet, bel dan voor een afspraak.",
    "Als wij uw aanvraag na 4 weken nog niet hebben beoordeeld, krijgt u een voorschot.",
    "Na uw aanvraag voor bijstand krijgt u binnen 4 weken een voorschot.",
    "In dringende gevallen kunt u eerder een voorschot krijgen.",
    "Het voorschot is een lening voor de noodzakelijke kosten van het bestaan.",
    "Het is nog niet zeker of u recht heeft op bijstand. Daarom krijgt u na 4 weken een voorschot.",
    "U krijgt geen voorschot als u door eigen schuld gegevens niet op tijd inlevert.",
    "Dan kunt u geen voorschot krijgen in de eerste 4 weken.",
    "Het besluit geldt voor 12 maanden.",
    "Binnen 3 maanden na het besluit kijken wij opnieuw naar uw situatie.",
    "Wij beslissen binnen 8 weken. Lukt dat niet, dan kunnen wij de termijn met 6 weken verlengen.",
    "Binnen 2 weken na ontvangst van uw bezwaar krijgt u een ontvangstbevestiging.",
    "Tegen het voorschot zelf kunt u geen bezwaar maken.",
    "Wij beslissen binnen 12 weken op uw bezwaar.",
    "Bent u jonger dan 27? Tijdens de zoekperiode krijgt u nog geen uitkering of voorschot.",
    "Jongeren onder de 27 krijgen geen bijstand als zij met studiefinanciering naar school kunnen.",
    "Bent u 27 jaar of ouder? Voor u geldt geen zoekperiode.",
    "Voor de aanvraag via werk.nl logt u in met DigiD. U kunt ook bij ons langskomen.",
    "U kunt ook online aanvragen. Hiervoor heeft u DigiD nodig.",
    "Wijzigingen geeft u door via het online formulier. Hiervoor heeft u DigiD nodig.",
    "De uitkering gaat in op de dag dat u zich heeft gemeld.",
    "Meld u snel. Uw uitkering kan niet ingaan vóór de dag van uw melding.",
]


@pytest.mark.parametrize("text", LAWFUL)
def test_lawful_text_is_never_wrong(text: str) -> None:
    audit = audit_text(text, law_date=date(2025, 6, 1), readability=False)
    wrong = [
        (f.rule, f.evidence[0].quote if f.evidence else "") for f in audit.findings if f.status == "wrong"
    ]
    assert wrong == []


def test_wrong_findings_always_quote_their_evidence() -> None:
    text = (
        "U heeft DigiD nodig om aan te vragen. U moet het voorschot zelf aanvragen. "
        "Wij beslissen binnen 13 weken over uw aanvraag. U kunt binnen 2 weken bezwaar maken."
    )
    audit = audit_text(text, law_date=date(2025, 6, 1), readability=False)
    wrong = [f for f in audit.findings if f.status == "wrong"]
    assert {f.rule for f in wrong} == {
        "melding.zonder-digid",
        "voorschot.automatisch",
        "beslistermijn",
        "bezwaar",
    }
    for finding in wrong:
        assert finding.evidence, finding.rule
        assert finding.message and finding.fix
