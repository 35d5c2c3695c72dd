"""Readability per sentence and per text: Flesch-Douma, bands, features and costs (own example texts)."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toegang.text.readability import (
    FLESCH_DOUMA,
    READING_EASE_BAND_FLOORS,
    readability,
    reading_ease_level,
)

PLAIN = (
    "Wij helpen u graag. U vraagt de bijstand aan op onze website. Dat kost niets. "
    "Wij kijken of u recht heeft op geld. U hoort binnen acht weken van ons. Heeft u vragen? Bel ons dan."
)
OFFICIALESE = (
    "Teneinde de beoordeling van uw aanvraag tot verstrekking van een bijstandsuitkering ingevolge de "
    "Participatiewet op zorgvuldige wijze te kunnen afronden, wordt u verzocht de hiervoor benodigde "
    "bewijsstukken met betrekking tot uw inkomens- en vermogenspositie binnen de daartoe gestelde termijn "
    "aan ons te doen toekomen. Indien voornoemde bescheiden niet tijdig door ons worden ontvangen, kan uw "
    "aanvraag buiten behandeling worden gesteld."
)


def test_formula_is_pinned_to_douma_1960() -> None:
    assert FLESCH_DOUMA.intercept == 206.835
    assert FLESCH_DOUMA.words_per_sentence == 0.93
    assert FLESCH_DOUMA.syllables_per_word == 77.0
    assert FLESCH_DOUMA.name == "Flesch-Douma (Douma 1960)"


def test_formula_arithmetic() -> None:
    # 100 words in 10 sentences with 150 syllables: 206.835 - 0.93 * 10 - 77 * 1.5
    assert FLESCH_DOUMA.score(100, 10, 150) == pytest.approx(82.035)
    assert FLESCH_DOUMA.score(0, 0, 0) is None


def test_score_of_a_short_sentence_by_hand() -> None:
    result = readability("Ik ga naar huis.")
    assert (result.word_count, result.sentence_count) == (4, 1)
    assert result.score == pytest.approx(206.835 - 0.93 * 4 - 77 * 1.0)
    assert result.method == "Flesch-Douma (Douma 1960)"


def test_bands_follow_flesch() -> None:
    assert READING_EASE_BAND_FLOORS == (90.0, 80.0, 70.0, 60.0, 50.0, 30.0)
    assert reading_ease_level(120.0) == "zeer makkelijk"
    assert reading_ease_level(90.0) == "zeer makkelijk"
    assert reading_ease_level(89.9) == "makkelijk"
    assert reading_ease_level(75.0) == "redelijk makkelijk"
    assert reading_ease_level(65.0) == "gemiddeld"
    assert reading_ease_level(55.0) == "redelijk moeilijk"
    assert reading_ease_level(35.0) == "moeilijk"
    assert reading_ease_level(29.9) == "zeer moeilijk"
    assert reading_ease_level(-40.0) == "zeer moeilijk"
    assert reading_ease_level(None) == "geen tekst"


def test_no_level_claims_a_language_level() -> None:
    levels = {reading_ease_level(score) for score in range(-50, 151, 5)}
    for level in levels:
        assert not re.search(r"\b[ABC][12]\b|taalniveau|CEFR|ERK", level)


def test_plain_text_scores_easier_than_officialese() -> None:
    plain, hard = readability(PLAIN), readability(OFFICIALESE)
    assert plain.score is not None and hard.score is not None
    assert plain.score > hard.score + 40
    assert plain.level in {"zeer makkelijk", "makkelijk"}
    assert hard.level in {"moeilijk", "zeer moeilijk"}
    assert plain.mean_sentence_length < hard.mean_sentence_length
    assert plain.share_long_words < hard.share_long_words
    assert plain.share_rare_words < hard.share_rare_words
    assert plain.passive_share == 0.0
    assert hard.passive_share == 1.0
    assert hard.nominalisation_count >= 2


@pytest.mark.parametrize(
    ("plain", "hard"),
    [
        ("Wij betalen uw geld elke maand.", "De uitbetaling van de uitkering geschiedt maandelijks."),
        (
            "Stuur ons uw loonstrook.",
            "Wij verzoeken u vriendelijk om een kopie van uw meest recente loonstrook.",
        ),
        (
            "U krijgt binnen acht weken antwoord.",
            "Binnen acht weken na ontvangst ontvangt u een beschikking.",
        ),
        (
            "Bel ons als u iets niet snapt.",
            "Voor nadere informatie kunt u zich wenden tot de afdeling Inkomen.",
        ),
    ],
)
def test_rewritten_sentences_score_easier(plain: str, hard: str) -> None:
    easy_score, hard_score = readability(plain).score, readability(hard).score
    assert easy_score is not None and hard_score is not None
    assert easy_score > hard_score


def test_sentence_length_shares() -> None:
    short = "Dit is kort."
    over_15 = "Lang " + " ".join(["woord"] * 15) + "."  # 16 words
    over_25 = "Langer " + " ".join(["woord"] * 25) + "."  # 26 words
    result = readability(f"{short} {over_15} {over_25}")
    assert [s.words for s in result.sentences] == [3, 16, 26]
    assert result.share_sentences_over_15 == pytest.approx(2 / 3)
    assert result.share_sentences_over_25 == pytest.approx(1 / 3)
    assert result.mean_sentence_length == pytest.approx(45 / 3)


def test_long_and_rare_words_are_pointed_at() -> None:
    text = "U krijgt een beschikking. De inlichtingenplicht geldt altijd."
    result = readability(text)
    first, second = result.sentences
    assert [s.text for s in second.long_word_spans] == ["inlichtingenplicht"]
    assert "inlichtingenplicht" in [s.text for s in second.rare_word_spans]
    for sentence in result.sentences:
        for span in sentence.long_word_spans + sentence.rare_word_spans:
            assert text[span.start : span.end] == span.text
    assert first.long_words == 0  # be-schik-king: 3 syllables, 11 letters


def test_sentence_offsets_and_passives_point_into_the_text() -> None:
    text = "Welkom.\nUw aanvraag wordt door ons beoordeeld."
    result = readability(text)
    assert [text[s.start : s.end] for s in result.sentences] == [
        "Welkom.",
        "Uw aanvraag wordt door ons beoordeeld.",
    ]
    (passive,) = result.sentences[1].passive_spans
    assert text[passive.start : passive.end] == passive.text == "wordt door ons beoordeeld"
    assert result.passive_count == 1
    assert result.passive_share == 0.5


def test_costliest_sentences_come_first() -> None:
    text = PLAIN + " " + OFFICIALESE
    result = readability(text)
    hardest = result.hardest(2)
    assert len(hardest) == 2
    assert text[hardest[0].start : hardest[0].end].startswith("Teneinde")
    assert hardest[0].cost > hardest[1].cost
    assert all(s.cost > 0 for s in result.hardest())
    easy_costs = [s.cost for s in readability(PLAIN).sentences]
    assert max(easy_costs) < hardest[1].cost


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "• \n – \n***", "...!?"])
def test_text_without_words_is_well_defined(text: str) -> None:
    result = readability(text)
    assert result.score is None
    assert result.level == "geen tekst"
    assert result.word_count == 0
    assert result.sentence_count == 0
    assert result.sentences == []
    data = result.to_dict()
    assert data["score"] is None
    assert data["level"] == "geen tekst"
    json.dumps(data)


def test_numbers_only() -> None:
    result = readability("1200 euro. 12-05-2025.")
    assert result.word_count >= 3
    assert result.share_rare_words == 0.0


def test_to_dict_is_plain_json() -> None:
    data = readability(PLAIN + "\n" + OFFICIALESE).to_dict()
    round_trip = json.loads(json.dumps(data, ensure_ascii=False))
    assert round_trip == data
    for key in (
        "score",
        "level",
        "method",
        "words",
        "sentences",
        "mean_sentence_length",
        "share_sentences_over_15",
        "share_sentences_over_25",
        "share_long_words",
        "share_rare_words",
        "passive_share",
        "sentence_list",
    ):
        assert key in data
    sentence = data["sentence_list"][-1]
    assert sentence["passives"] == len(sentence["passive_list"]) >= 1
    assert {"text", "start", "end"} == set(sentence["passive_list"][0])


_DUTCHISH = st.text(
    alphabet=st.sampled_from(list("abcdeéëfghiïjklmnopqrstuvwxyzABCDEIJUZ0123456789 .,;:!?-'\n•()")),
    max_size=300,
)


@settings(max_examples=150, deadline=None)
@given(_DUTCHISH)
def test_any_text_gives_consistent_figures(text: str) -> None:
    result = readability(text)
    assert result.sentence_count == len(result.sentences)
    assert result.word_count == sum(s.words for s in result.sentences)
    if result.word_count == 0:
        assert result.score is None
    else:
        assert result.score is not None
    for sentence in result.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
        for span in sentence.long_word_spans + sentence.rare_word_spans + sentence.passive_spans:
            assert text[span.start : span.end] == span.text
    json.dumps(result.to_dict())
