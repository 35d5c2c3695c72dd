"""Page audits built by hand (own Dutch text) and a small stand-in for the rule catalogue."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from toegang.audit.model import Evidence, Finding, PageAudit
from toegang.rules.model import Rule, Source

GENERATED = datetime(2026, 3, 14, 9, 30)

PW52 = Source(
    law="Participatiewet",
    bwb="BWBR0015703",
    article="52",
    lid="1",
    url="https://wetten.overheid.nl/BWBR0015703/2025-01-01#Artikel52",
)
AWB413 = Source(
    law="Algemene wet bestuursrecht",
    bwb="BWBR0005537",
    article="4:13",
    lid="2",
    url="https://wetten.overheid.nl/BWBR0005537/2025-07-01#Artikel4:13",
)


def _rule(rule_id: str, title: str, impact: str, source: Source, fix: str, valid_from: date) -> Rule:
    return Rule(
        id=rule_id,
        title=title,
        profile="bijstand-aanvraag",
        impact=impact,  # type: ignore[arg-type]
        sources=(source,),
        valid_from=valid_from,
        valid_to=None,
        present="",
        wrong="",
        not_applicable="",
        fix=fix,
        explain=f"Uitleg voor inwoners over {title.lower()}.",
    )


class FakeCatalogue:
    """Answers `rule(id, on=day)` like the real catalogue; a different title from 2026 shows dated look-up."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, date]] = []

    ORDER = ("voorschot.automatisch", "beslistermijn", "jongeren.zoekperiode")

    def rules(self, profile: str, day: date) -> list[Rule]:
        if profile != "bijstand-aanvraag":
            raise KeyError(profile)
        return [self.rule(rule_id, on=day) for rule_id in self.ORDER]

    def rule(self, rule_id: str, *, on: date) -> Rule:
        self.calls.append((rule_id, on))
        if rule_id == "voorschot.automatisch":
            title = (
                "Voorschot zonder aanvraag (2026)" if on >= date(2026, 1, 1) else "Voorschot zonder aanvraag"
            )
            return _rule(
                rule_id,
                title,
                "critical",
                PW52,
                "Schrijf dat het voorschot vanzelf komt. U hoeft er niet om te vragen.",
                date(2015, 1, 1),
            )
        if rule_id == "beslistermijn":
            return _rule(
                rule_id,
                "Besluit binnen 8 weken",
                "serious",
                AWB413,
                "Noem de termijn van 8 weken na de aanvraag.",
                date(2015, 1, 1),
            )
        if rule_id == "jongeren.zoekperiode":
            return _rule(
                rule_id,
                "Zoektijd voor jongeren",
                "moderate",
                PW52,
                "Leg de zoektijd van 4 weken uit.",
                date(2015, 1, 1),
            )
        raise KeyError(rule_id)


FILLER = (
    "Op deze pagina leest u hoe u een uitkering aanvraagt als u te weinig geld heeft om van te leven. "
    "Lees alles rustig door voordat u begint. "
)
WRONG_SENTENCE = "Wilt u een voorschot? Dan moet u dat zelf aanvragen bij uw klantmanager."
TERM_SENTENCE = "Wij nemen binnen 8 weken een besluit over uw aanvraag."
TAIL = (
    " Heeft u vragen over uw aanvraag? Bel dan op werkdagen met het team Werk en Inkomen. "
    "Wij helpen u graag verder met alle stappen."
)
FAR_AWAY = "Dit zinnetje staat heel ver weg van elk citaat in de tekst."


def build_text() -> tuple[str, Evidence, Evidence]:
    text = FILLER * 3 + WRONG_SENTENCE + " " + FILLER * 2 + TERM_SENTENCE + TAIL * 3 + " " + FAR_AWAY
    start = text.index(WRONG_SENTENCE)
    wrong = Evidence(WRONG_SENTENCE, start, start + len(WRONG_SENTENCE))
    start = text.index(TERM_SENTENCE)
    term = Evidence(TERM_SENTENCE, start, start + len(TERM_SENTENCE))
    return text, wrong, term


@pytest.fixture
def catalogue() -> FakeCatalogue:
    return FakeCatalogue()


@pytest.fixture
def audits() -> list[PageAudit]:
    text, wrong, term = build_text()
    first = PageAudit(
        id="noordmeer-bijstand",
        url="https://www.noordmeer.example/bijstand",
        organisation="Gemeente Noordmeer",
        profile="bijstand-aanvraag",
        law_date="2025-06-01",
        text=text,
        findings=[
            Finding(
                "voorschot.automatisch",
                "wrong",
                "critical",
                (wrong,),
                "De pagina zegt dat u het voorschot zelf moet aanvragen.",
            ),
            Finding("beslistermijn", "present", "serious", (term,), "De pagina noemt 8 weken."),
            Finding(
                "jongeren.zoekperiode", "not_applicable", "moderate", (), "Alleen voor 27 jaar en ouder."
            ),
        ],
        score=41.5,
        verdict="afgekeurd",
        verdict_reasons=["Onjuist: voorschot.automatisch"],
    )
    second = PageAudit(
        id="zuiderveld-aanvragen",
        url="https://www.zuiderveld.example/aanvragen",
        organisation="Gemeente Zuiderveld",
        profile="bijstand-aanvraag",
        law_date="2025-06-01",
        text="Vraag bijstand aan via onze website. Wij sturen u daarna een brief.",
        findings=[
            Finding("voorschot.automatisch", "absent", "critical", (), "Het voorschot wordt niet genoemd."),
            Finding("beslistermijn", "absent", "serious", (), "Er staat geen termijn voor het besluit."),
            Finding("jongeren.zoekperiode", "absent", "moderate", (), "Niets over jongeren onder 27."),
        ],
        score=20.0,
        verdict="afgekeurd",
        verdict_reasons=["Ontbreekt (kritiek): voorschot.automatisch"],
    )
    return [first, second]


@pytest.fixture
def generated() -> datetime:
    return GENERATED


@pytest.fixture
def far_away() -> str:
    return FAR_AWAY
