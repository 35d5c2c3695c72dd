"""Find a gemeente by its name or by the name of a place in it, forgiving accents, case and punctuation."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^0-9a-z]+")
_PREFIX = re.compile(r"^(gemeente|gem)\s+")


def normalise(name: str) -> str:
    """'’s-Hertogenbosch' → 's hertogenbosch', 'Súdwest-Fryslân' → 'sudwest fryslan'."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    words = _NON_WORD.sub(" ", plain).strip()
    return _PREFIX.sub("", words)
