"""Tone on sentences written for this test: threatening (dreigend) or not, as a reader would judge them."""

from __future__ import annotations

import pytest

from toegang.letters.tone import analyse_tone

CASES = [
    ("Als u niet op de afspraak komt, stoppen wij uw uitkering.", "dreigend"),
    (
        "Wij wijzen u erop dat het niet nakomen van deze verplichting gevolgen heeft voor uw uitkering.",
        "dreigend",
    ),
    ("Fraude wordt altijd bestraft.", "dreigend"),
    ("Komt u niet, dan kunnen wij een maatregel opleggen.", "dreigend"),
    ("U bent verplicht alle wijzigingen direct door te geven, anders volgt een boete.", "dreigend"),
    (
        "Indien u de gevraagde stukken niet binnen 5 dagen inlevert, wordt uw aanvraag buiten behandeling gesteld.",
        "dreigend",
    ),
    ("Wij controleren uw gegevens. Onjuiste informatie leidt tot terugvordering en aangifte.", "dreigend"),
    ("Reageert u niet op deze brief, dan beëindigen wij uw uitkering per 1 april.", "dreigend"),
    ("Dit is de laatste waarschuwing.", "dreigend"),
    ("U MOET ZICH MELDEN OP HET WERKPLEIN.", "dreigend"),
    ("Wij hebben vastgesteld dat u te veel bijstand heeft ontvangen.", "dreigend"),
    ("Uw uitkering wordt met 100% verlaagd als u weigert mee te werken.", "dreigend"),
    ("Let op: niet verschijnen heeft gevolgen voor uw uitkering.", "dreigend"),
    ("Heeft u een vraag? Bel ons gerust, wij helpen u graag.", "vriendelijk"),
    ("Wij nodigen u uit voor een gesprek over uw situatie.", "vriendelijk"),
    ("Kunt u niet komen? Laat het ons weten, dan maken we een nieuwe afspraak.", "vriendelijk"),
    ("Wij willen graag samen met u kijken welk werk bij u past.", "vriendelijk"),
    ("Fijn dat u contact met ons opneemt.", "vriendelijk"),
    ("Wij hebben uw aanvraag ontvangen en gaan deze beoordelen.", "vriendelijk"),
    ("U mag iemand meenemen naar het gesprek.", "vriendelijk"),
    ("Wilt u uw bankafschriften meenemen? Dan kunnen we uw aanvraag sneller afhandelen.", "vriendelijk"),
    ("Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken.", "vriendelijk"),
    ("Wij helpen u bij het zoeken naar werk.", "vriendelijk"),
    ("Hieronder leest u wat u kunt verwachten.", "vriendelijk"),
    ("Zo voorkomt u dat u later geld moet terugbetalen.", "vriendelijk"),
    ("Met deze brief laten wij u weten dat u recht heeft op bijstand.", "vriendelijk"),
    (
        "Stuur de papieren vóór 1 mei. Lukt dat niet? Bel ons, dan zoeken we samen een oplossing.",
        "vriendelijk",
    ),
    ("Uw consulent belt u volgende week om kennis te maken.", "vriendelijk"),
]


@pytest.mark.parametrize(("text", "label"), CASES)
def test_tone_of_a_sentence(text: str, label: str) -> None:
    tone = analyse_tone(text).tone
    assert (tone == "dreigend") == (label == "dreigend"), tone


def test_every_threatening_sentence_says_why_and_offers_a_calmer_pattern() -> None:
    for text, label in CASES:
        if label != "dreigend":
            continue
        result = analyse_tone(text)
        for sentence in result.threatening:
            assert sentence.reasons
            assert all(reason.why and reason.calmer for reason in sentence.reasons)
