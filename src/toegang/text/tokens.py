"""Word tokens with character offsets, so every finding can point back into the original text."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of text and where it stands: `source[start:end] == text`."""

    start: int
    end: int
    text: str


# Letters or digits, with internal hyphens, apostrophes or dots between digits ("DigiD", "e-mail", "zo'n", "1.401,50").
_WORD = re.compile(r"\w+(?:(?:[-'’]|(?<=\d)[.,](?=\d))\w+)*")


def words(text: str, offset: int = 0) -> list[Span]:
    """Word tokens of `text`; offsets are shifted by `offset` (the position of `text` in its source)."""
    return [Span(m.start() + offset, m.end() + offset, m.group()) for m in _WORD.finditer(text)]
