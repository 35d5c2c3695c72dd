"""Tone: threatening sentences with the reasons found and a calmer pattern; friendly and calm letters pass."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from toegang.letters.tone import analyse_tone


def codes(text: str) -> list[list[str]]:
    return [[r.code for r in s.reasons] for s in analyse_tone(text).threatening]


@pytest.mark.parametrize(
    "text",
    [
        "Als u niet op de afspraak verschijnt, stoppen wij uw bijstand.",
        "Wanneer u weigert de papieren te sturen, heeft dat gevolgen voor uw uitkering.",
        "Bij het uitblijven van een reactie wordt uw aanvraag buiten behandeling gesteld.",
        "Wij zetten uw uitkering stop.",
        "Wij zullen aangifte doen van fraude.",
        "Wij hebben geconstateerd dat u uw inkomsten niet heeft doorgegeven.",
        "U bent verplicht om op het gesprek te komen.",
        "Mocht u niet betalen, dan zijn wij genoodzaakt de vordering uit handen te geven.",
        "Reageert u niet, dan nemen wij verdere stappen.",
        "U krijgt alleen een vergoeding als u zich houdt aan de afspraken in uw plan.",
    ],
)
def test_threatening_sentences_are_found_with_reasons(text: str) -> None:
    result = analyse_tone(text)
    assert result.tone == "dreigend"
    for sentence in result.threatening:
        assert sentence.reasons
        assert all(reason.why and reason.calmer for reason in sentence.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Heeft u vragen? Bel ons gerust.",
        "Wilt u het formulier voor 1 juni sturen? Dan kunnen wij uw uitkering op tijd betalen.",
        "Kunt u niet komen? Laat het ons weten, dan maken we een nieuwe afspraak.",
        "Helaas krijgt u geen bijzondere bijstand voor de wasmachine. Misschien kan de voedselbank u helpen.",
        "Betaalt u voor 1 juni? Zo voorkomt u extra kosten.",
        "Wij helpen u graag bij het invullen van het formulier.",
    ],
)
def test_friendly_sentences_are_not_threatening(text: str) -> None:
    assert analyse_tone(text).tone == "vriendelijk"


@pytest.mark.parametrize(
    "text",
    [
        "Wij hebben besloten dat u vanaf 1 mei bijstand krijgt.",
        "Als u het niet eens bent met dit besluit, kunt u bezwaar maken.",
        "Als u niet kunt komen, bel dan met uw consulent.",
        "Heeft u geen DigiD? Dan kunt u ook naar de balie komen.",
    ],
)
def test_neutral_sentences_are_not_threatening(text: str) -> None:
    assert analyse_tone(text).tone != "dreigend"


def test_a_consequence_stated_once_after_the_purpose_with_a_way_out_is_calm() -> None:
    letter = (
        "Wij nodigen u uit voor een gesprek over werk. "
        "Komt u zonder bericht niet, dan kan dat gevolgen hebben voor uw uitkering. "
        "Kunt u niet? Bel ons op 050 123 45 67, dan maken we een nieuwe afspraak."
    )
    result = analyse_tone(letter)
    assert result.threatening == []
    assert result.consequences == 1 and result.has_way_out


def test_the_same_consequence_without_a_way_out_threatens() -> None:
    letter = "Wij nodigen u uit voor een gesprek over werk. Komt u niet, dan stoppen wij uw uitkering."
    assert codes(letter) == [["voorwaardelijke-dreiging", "geen-uitweg"]]


def test_sanction_before_the_purpose() -> None:
    letter = (
        "Als u niet komt, kan uw uitkering worden verlaagd. "
        "Wij nodigen u uit voor een gesprek. Kunt u niet? Bel ons op 14 050."
    )
    assert codes(letter) == [["voorwaardelijke-dreiging", "sanctie-eerst"]]


def test_repetition_is_named_from_the_second_time_on() -> None:
    letter = (
        "Wij nodigen u uit voor een gesprek. Als u niet komt, stoppen wij uw uitkering. "
        "Vergeet niet dat een boete volgt als u niet komt. Bel ons op 14 050 als u vragen heeft."
    )
    # The first mention is calm (after the purpose, with a way out); the second is the repetition.
    assert codes(letter) == [["voorwaardelijke-dreiging", "herhaling"]]


def test_capitals_and_exclamation_marks() -> None:
    assert "hoofdletters" in codes("LET OP: ZONDER REACTIE STOPPEN WIJ UW UITKERING.")[0]
    assert "uitroepteken" in codes("Zonder reactie stoppen wij uw uitkering! Bel 14 050.")[0]


def test_acronyms_are_not_shouting() -> None:
    result = analyse_tone("Meld u aan bij het UWV of de SVB. Bel ons op 14 050.")
    assert result.threatening == []


def test_offsets_point_into_the_letter(samples: SimpleNamespace) -> None:
    text = samples.bad_invitation
    threatening = analyse_tone(text).threatening
    assert len(threatening) >= 3
    assert all(text[s.start : s.end] == s.text for s in threatening)


def test_good_invitation_is_not_threatening(samples: SimpleNamespace) -> None:
    assert analyse_tone(samples.good_invitation).tone == "vriendelijk"
