"""Dutch syllable counts, from the nl_NL hyphenation patterns that pyphen ships.

Hyphenation points are a good proxy for syllable boundaries in Dutch, but the patterns never split off a
single letter at the start or end of a word ("idee", "april"), so a count of vowel groups backs them up.
Both are cached: the page audit looks up the same few thousand words over and over.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pyphen

# pyphen's nl_NL dictionary: the hyphenation patterns of OpenOffice/LibreOffice for Dutch.
_HYPHENATOR = pyphen.Pyphen(lang="nl_NL", left=1, right=1)

# A run of vowels is one syllable nucleus ("aa", "oei", "eeuw"), except that a diaeresis marks the start of
# a new syllable ("be|ëindigd", "ru|ïne"). "ij" counts as a vowel letter "i" followed by "j".
_VOWEL_GROUP = re.compile(r"[aeiouyàáâèéêìíîòóôùúû]+|[äëïöü][aeiouyàáâèéêìíîòóôùúû]*")
_WORD_PART = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1 << 18)
def syllables(word: str) -> int:
    """Number of syllables in one Dutch word token.

    0 for a token without letters or digits; 1 for a number or a letter sequence without vowels ("btw"),
    which is what the readability formulas expect of a word. Hyphenated and apostrophe tokens ("e-mail",
    "auto's") add up their parts.
    """
    lowered = word.lower()
    parts = _WORD_PART.findall(lowered)
    if not parts:
        return 1 if any(ch.isdigit() for ch in lowered) else 0
    total = sum(_part_syllables(part) for part in parts)
    # "auto's" is one spoken word: its "s" adds no syllable, and neither may any vowel-less part.
    return max(total, 1)


def _part_syllables(part: str) -> int:
    """Syllables of a run of letters: hyphenation points + 1, or the vowel groups when they find more."""
    vowel_groups = len(_VOWEL_GROUP.findall(part))
    if vowel_groups == 0:
        return 0
    return max(len(_HYPHENATOR.positions(part)) + 1, vowel_groups)
