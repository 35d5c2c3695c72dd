"""Dutch word frequency and lemmas; the check that refuses non-Dutch data."""

from __future__ import annotations

import pytest
import wordfreq

from toegang.text.frequency import (
    RARE_ZIPF_THRESHOLD,
    DutchWordDataMissing,
    check_dutch_data,
    is_rare,
    lemma,
    zipf,
)


def test_common_words_score_higher_than_officialese() -> None:
    assert zipf("de") > 7
    assert zipf("de") > zipf("uitkering") > zipf("onverwijld")


def test_case_does_not_matter() -> None:
    assert zipf("Gemeente") == zipf("gemeente") > 0


def test_rare_words() -> None:
    assert RARE_ZIPF_THRESHOLD == 3.0
    assert is_rare("onverwijld")
    assert is_rare("inlichtingenplicht")
    assert not is_rare("uitkering")
    assert not is_rare("geld")


def test_threshold_can_be_chosen() -> None:
    assert is_rare("uitkering", threshold=5.0)
    assert not is_rare("onverwijld", threshold=2.0)


@pytest.mark.parametrize("token", ["1200", "1.401,50", "12-05-2025", ""])
def test_numbers_and_empty_tokens_are_never_rare(token: str) -> None:
    assert not is_rare(token)


def test_installed_data_passes_the_check() -> None:
    check_dutch_data()


def test_missing_dutch_list_fails_loudly() -> None:
    with pytest.raises(DutchWordDataMissing, match="Nederlandse woordfrequenties"):
        check_dutch_data(available={"en": "/nonexistent/en.msgpack.gz"})


def test_dutch_list_that_is_not_on_disk_fails_loudly() -> None:
    with pytest.raises(DutchWordDataMissing):
        check_dutch_data(available={"nl": "/nonexistent/large_nl.msgpack.gz"})


def test_figures_that_are_not_dutch_fail_loudly() -> None:
    # A list is there, but "de" and "het" are unknown in it: it is another language's data.
    data = wordfreq.available_languages()["nl"]
    with pytest.raises(DutchWordDataMissing, match="niet Nederlands"):
        check_dutch_data(available={"nl": data}, zipf=lambda word, lang: 0.0)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("aangevraagd", "aanvragen"),
        ("uitgenodigd", "uitnodigen"),
        ("Werden", "worden"),
        ("betaald", "betalen"),
    ],
)
def test_lemma(word: str, expected: str) -> None:
    assert lemma(word) == expected
