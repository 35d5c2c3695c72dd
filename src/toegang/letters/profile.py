"""Which kind of letter this is: an invitation, a decision, a request for information, or something else.

The profile decides which rules apply (letters.md). It is guessed from cue phrases with weights, and the user
can
always override the guess. Each cue found is kept, so the report can say why a profile was chosen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from toegang.i18n import _

Profile = Literal["uitnodiging", "besluit", "verzoek", "algemeen"]
PROFILES: tuple[Profile, ...] = ("uitnodiging", "besluit", "verzoek", "algemeen")

# A guess needs at least this much weight; below it the letter is `algemeen`.
MIN_SCORE = 3

# Ties are broken in this order: a decision often also asks for something, and a request may mention a
# meeting.
_TIE_ORDER: tuple[Profile, ...] = ("besluit", "verzoek", "uitnodiging")

_CUES: dict[Profile, tuple[tuple[int, re.Pattern[str]], ...]] = {
    "uitnodiging": tuple(
        (weight, re.compile(pattern, re.IGNORECASE))
        for weight, pattern in (
            (4, r"\buitnodig\w*"),
            (4, r"\bnodig\w* (?:u|je|jullie) (?:\w+ ){0,3}uit\b"),
            (4, r"\bhuisbezoek\w*"),  # an announced home visit is an invitation (letters.md profiles)
            (
                2,
                r"\b(?:gesprek|afspraak|intake\w*|huisbezoek|bijeenkomst|kennismaking\w*|spreekuur|workshop)\b",
            ),
            (2, r"\bom \d{1,2}[.:]\d{2}(?: uur)?\b"),
            (2, r"\b(?:verwachten|zien) (?:u|je) (?:graag )?(?:op|om|in|bij)\b"),
            (2, r"\b(?:verschijn\w*|verwacht|welkom)\b"),
            (1, r"\b(?:meld|melden) (?:u|je|zich) (?:\w+ ){0,3}(?:balie|receptie|loket)\b"),
            (1, r"\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag)\b"),
        )
    ),
    "besluit": tuple(
        (weight, re.compile(pattern, re.IGNORECASE))
        for weight, pattern in (
            (4, r"\b(?:wij|we|ik|het college) (?:\w+ ){0,2}(?:hebben|heeft|heb) (?:\w+ ){0,3}besloten\b"),
            (3, r"\b(?:besluit|beschikking|beslissing)\b"),
            (3, r"\b(?:toegekend|toekennen|afgewezen|afwijzen|ingetrokken|herzien|teruggevorderd)\b"),
            (3, r"\bbezwaar\b"),
            (2, r"\b(?:maatregel|terugvordering|verlaging|boete)\b"),
            (1, r"\b(?:met ingang van|ingangsdatum|vanaf)\b"),
        )
    ),
    "verzoek": tuple(
        (weight, re.compile(pattern, re.IGNORECASE))
        for weight, pattern in (
            (4, r"\b(?:wij|we|ik) (?:vragen|vraag|verzoeken|verzoek) (?:u|je)\b"),
            (3, r"\bwilt (?:u|je) (?:\w+ ){0,8}(?:sturen|opsturen|toesturen|inleveren|uploaden|mailen)\b"),
            (3, r"\b(?:ontbrek\w*|nog niet (?:\w+ )?(?:ontvangen|binnen))\b"),
            (3, r"\b(?:hersteltermijn|inlichtingen|buiten behandeling)\b"),
            (2, r"\b(?:stuur|stuurt|opsturen|toesturen|inleveren|uploaden)\b"),
            (2, r"\b(?:bankafschrift\w*|loonstro\w*|bewijsstuk\w*|kopie\w*|afschrift\w*|jaaropgave\w*)\b"),
            (1, r"\buiterlijk\b"),
        )
    ),
    "algemeen": (),
}


@dataclass(frozen=True, slots=True)
class ProfileGuess:
    """The chosen profile, the score of each profile, the cues found, and whether the user chose it."""

    profile: Profile
    detected: Profile
    scores: dict[str, int]
    cues: dict[str, tuple[str, ...]]
    overridden: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "profile": self.profile,
            "detected": self.detected,
            "overridden": self.overridden,
            "scores": self.scores,
            "cues": {name: list(found) for name, found in self.cues.items()},
        }


class UnknownProfileError(ValueError):
    """The user asked for a profile that does not exist; the message is Dutch."""


def parse_profile(value: str) -> Profile:
    """Check a profile name given by a user."""
    for profile in PROFILES:
        if value.strip().lower() == profile:
            return profile
    raise UnknownProfileError(
        _("Onbekend profiel '{value}'. Kies uit: {known}.").format(value=value, known=", ".join(PROFILES))
    )


def detect_profile(text: str, override: str | None = None) -> ProfileGuess:
    """Guess the profile from cue phrases; `override` (if given) wins but the guess is still reported."""
    scores: dict[str, int] = {}
    cues: dict[str, tuple[str, ...]] = {}
    for profile, patterns in _CUES.items():
        found: list[str] = []
        score = 0
        for weight, pattern in patterns:
            match = pattern.search(text)
            if match:
                score += weight
                found.append(match.group(0))
        scores[profile] = score
        cues[profile] = tuple(found)
    best = max(_TIE_ORDER, key=lambda p: (scores[p], -_TIE_ORDER.index(p)))
    detected: Profile = best if scores[best] >= MIN_SCORE else "algemeen"
    chosen = parse_profile(override) if override else detected
    return ProfileGuess(
        chosen, detected, scores, cues, overridden=override is not None and chosen != detected
    )
