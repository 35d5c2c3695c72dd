"""Dutch word frequency (wordfreq) and lemmas (simplemma), cached per word.

wordfreq quietly answers with the "nearest" language when the one asked for is missing; for Dutch that could
be German or Afrikaans figures. A readability figure built on another language's counts is wrong without any
sign of it, so this module checks once that real Dutch data is installed and refuses to work otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path

import simplemma
import wordfreq

from toegang.i18n import _

LANGUAGE = "nl"

# Zipf scale: log10 of occurrences per billion words. Below 3.0 a word occurs less than once per million
# words, which is where plain-language guides start to call a word uncommon.
RARE_ZIPF_THRESHOLD = 3.0

# Words that any Dutch frequency list has far above Zipf 5; if they are not, the data is not Dutch.
_SANITY_WORDS = ("de", "het", "een", "niet")
_SANITY_MIN_ZIPF = 5.0


class DutchWordDataMissing(RuntimeError):
    """wordfreq has no (usable) Dutch word list installed."""


def check_dutch_data(
    available: Mapping[str, str] | None = None,
    zipf: Callable[[str, str], float] | None = None,
) -> None:
    """Raise DutchWordDataMissing unless wordfreq holds a Dutch word list that gives Dutch figures.

    The arguments exist for tests; by default the installed wordfreq is asked.
    """
    languages = wordfreq.available_languages() if available is None else available
    path = languages.get(LANGUAGE)
    if path is None or not Path(path).is_file():
        raise DutchWordDataMissing(
            _("Er zijn geen Nederlandse woordfrequenties gevonden (pakket wordfreq). Installeer het opnieuw.")
        )
    lookup = wordfreq.zipf_frequency if zipf is None else zipf
    if any(lookup(word, LANGUAGE) < _SANITY_MIN_ZIPF for word in _SANITY_WORDS):
        raise DutchWordDataMissing(
            _("De woordfrequenties van wordfreq zijn niet Nederlands. Installeer wordfreq opnieuw.")
        )


@lru_cache(maxsize=1)
def _ensure_dutch_data() -> bool:
    check_dutch_data()
    return True


@lru_cache(maxsize=1 << 18)
def zipf(word: str) -> float:
    """Zipf frequency of a Dutch word (0.0 when unknown); case does not matter."""
    _ensure_dutch_data()
    return float(wordfreq.zipf_frequency(word.lower(), LANGUAGE))


def is_rare(word: str, threshold: float = RARE_ZIPF_THRESHOLD) -> bool:
    """Whether a word is uncommon in Dutch. Tokens with digits (amounts, dates) are never rare words."""
    if not word or any(ch.isdigit() for ch in word):
        return False
    return zipf(word) < threshold


@lru_cache(maxsize=1 << 18)
def lemma(word: str) -> str:
    """Dictionary form of a Dutch word ("aangevraagd" -> "aanvragen"), lower case.

    simplemma writes separable verbs with an underscore ("aan_vragen"); it is removed so that the lemma is a
    plain Dutch word. Unknown words come back as they are.
    """
    return simplemma.lemmatize(word.lower(), lang=LANGUAGE).replace("_", "")
