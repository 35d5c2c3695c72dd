"""Sentence splitting and tokens: offsets always point back into the original text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from toegang.text.sentences import split_sentences
from toegang.text.tokens import words


def texts(source: str) -> list[str]:
    return [s.text for s in split_sentences(source)]


def test_abbreviations_and_addresses_do_not_end_a_sentence() -> None:
    source = "U kunt bijv. via www.werk.nl aanvragen. Dat kan o.a. met DigiD! Kijk bij art. 52 lid 1."
    assert texts(source) == [
        "U kunt bijv. via www.werk.nl aanvragen.",
        "Dat kan o.a. met DigiD!",
        "Kijk bij art. 52 lid 1.",
    ]


def test_lines_and_bullets_are_sentences_without_the_bullet() -> None:
    source = "Wat neemt u mee?\n • uw paspoort\n - uw huurcontract\n\nVragen? Bel ons."
    assert texts(source) == ["Wat neemt u mee?", "uw paspoort", "uw huurcontract", "Vragen?", "Bel ons."]


def test_question_then_answer() -> None:
    assert texts("Heeft u geen DigiD? Bel dan 14 0123.") == ["Heeft u geen DigiD?", "Bel dan 14 0123."]


def test_lower_case_after_a_dot_continues_the_sentence() -> None:
    assert texts("Dat kost ca. drie weken. Daarna beslissen wij.") == [
        "Dat kost ca. drie weken.",
        "Daarna beslissen wij.",
    ]


def test_empty_and_whitespace() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n \t") == []


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_offsets_always_match_the_source(source: str) -> None:
    previous_end = 0
    for span in split_sentences(source):
        assert source[span.start : span.end] == span.text
        assert span.text.strip() == span.text or span.text.strip()
        assert span.start >= previous_end
        previous_end = span.end


def test_words_keep_hyphens_and_decimal_numbers() -> None:
    source = "Het e-mailadres en € 1.401,50 per maand."
    assert [w.text for w in words(source)] == ["Het", "e-mailadres", "en", "1.401,50", "per", "maand"]
    for w in words(source, offset=10):
        assert source[w.start - 10 : w.end - 10] == w.text
