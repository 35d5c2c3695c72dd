"""Profile detection from the text, and the user's override."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from toegang.letters.profile import PROFILES, UnknownProfileError, detect_profile, parse_profile


def test_each_sample_letter_gets_its_profile(samples: SimpleNamespace) -> None:
    assert detect_profile(samples.good_invitation).profile == "uitnodiging"
    assert detect_profile(samples.bad_invitation).profile == "uitnodiging"
    assert detect_profile(samples.good_decision).profile == "besluit"
    assert detect_profile(samples.wrong_term_decision).profile == "besluit"
    assert detect_profile(samples.request).profile == "verzoek"
    assert detect_profile(samples.short_request).profile == "verzoek"


def test_a_letter_without_cues_is_algemeen() -> None:
    guess = detect_profile("Beste meneer, het stadskantoor is vanaf maandag op een nieuw adres.")
    assert guess.profile == "algemeen" and guess.detected == "algemeen"


def test_override_wins_but_the_guess_is_kept(samples: SimpleNamespace) -> None:
    guess = detect_profile(samples.good_invitation, "besluit")
    assert guess.profile == "besluit" and guess.detected == "uitnodiging" and guess.overridden
    assert guess.to_dict()["cues"]["uitnodiging"]


def test_override_with_the_detected_profile_is_not_an_override(samples: SimpleNamespace) -> None:
    assert not detect_profile(samples.request, "Verzoek").overridden


def test_unknown_profile_has_a_dutch_message() -> None:
    with pytest.raises(UnknownProfileError, match="Kies uit: uitnodiging, besluit, verzoek, algemeen"):
        parse_profile("bezwaar")
    assert PROFILES == ("uitnodiging", "besluit", "verzoek", "algemeen")


def test_an_announced_home_visit_is_an_invitation() -> None:
    text = "Geachte heer Smit,\n\nOp 12 juni komen wij bij u op huisbezoek. Wij willen dan uw woonsituatie bekijken."
    assert detect_profile(text).profile == "uitnodiging"
