"""Syllable counts for Dutch words (pyphen nl_NL with a vowel-group back-up)."""

from __future__ import annotations

import pytest

from toegang.text.syllables import syllables


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("zee", 1),
        ("eeuw", 1),
        ("vraagt", 1),
        ("aanvraag", 2),
        ("idee", 2),  # pyphen does not split off a single first letter; the vowel groups do
        ("april", 2),
        ("gemeente", 3),
        ("uitkering", 3),
        ("ruïne", 3),  # the diaeresis starts a new syllable
        ("beëindigd", 3),
        ("beoordeling", 4),
        ("geïnteresseerd", 5),
        ("bijstandsuitkering", 5),
        ("Participatiewet", 6),
    ],
)
def test_dutch_words(word: str, expected: int) -> None:
    assert syllables(word) == expected


def test_case_does_not_matter() -> None:
    assert syllables("GEMEENTE") == syllables("gemeente") == 3


def test_hyphenated_and_apostrophe_tokens_add_up_their_parts() -> None:
    assert syllables("e-mail") == 2
    assert syllables("auto's") == 2
    assert syllables("zo'n") == 1


@pytest.mark.parametrize(("token", "expected"), [("123", 1), ("1.401,50", 1), ("btw", 1), ("", 0), ("-", 0)])
def test_numbers_abbreviations_and_non_words(token: str, expected: int) -> None:
    assert syllables(token) == expected


def test_results_are_cached() -> None:
    syllables("verstrekking")
    hits = syllables.cache_info().hits
    syllables("verstrekking")
    assert syllables.cache_info().hits == hits + 1
