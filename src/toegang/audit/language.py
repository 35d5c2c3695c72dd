"""Small pieces of Dutch the recognisers share: negation, durations, numbers, phone numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from toegang.audit.keywords import keywords

if TYPE_CHECKING:
    from toegang.audit.document import Sentence

NUMBER_WORDS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "zestien": 16, "achtentwintig": 28,
}  # fmt: skip
_NUM = r"(?P<n>\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
DURATION = re.compile(_NUM + r"(?:e)?\s*(?P<unit>werkdagen|werkdag|dagen|dag|weken|week|maanden|maand)\b")
_UNIT_WEEKS = {"werkdag": 0.2, "werkdagen": 0.2, "dag": 1 / 7, "dagen": 1 / 7, "week": 1.0, "weken": 1.0,
               "maand": 4.35, "maanden": 4.35}  # fmt: skip

# A negation word that governs what follows within the same clause.
_NEGATOR = re.compile(r"\b(?:niet|geen|nooit|hoeft|hoef|hoeven|zonder|niets)\b")
_CLAUSE_BREAK = re.compile(r"[,;:?!()]|\b(?:maar|want|dan|als|wanneer|tenzij|behalve|omdat)\b")


@dataclass(frozen=True, slots=True)
class Duration:
    weeks: float
    start: int
    end: int
    unit: str
    count: int


_ORDINALS = {
    "eerste": 1,
    "tweede": 2,
    "derde": 3,
    "vierde": 4,
    "vijfde": 5,
    "zesde": 6,
    "zevende": 7,
    "achtste": 8,
}
_ORDINAL_WEEK = re.compile(r"\b(?P<ord>" + "|".join(_ORDINALS) + r"|\d{1,2}(?:ste|de|e))\s+week\b")


def durations(low: str) -> Iterator[Duration]:
    """Every stated duration in a lower-cased sentence, converted to weeks ("28 dagen" → 4.0)."""
    if "dag" not in low and "week" not in low and "weken" not in low and "maand" not in low:
        return  # each unit of DURATION contains one of these: a cheap test before the regex (speed only)
    for match in DURATION.finditer(low):
        raw = match.group("n")
        count = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
        unit = match.group("unit")
        yield Duration(count * _UNIT_WEEKS[unit], match.start(), match.end(), unit, count)
    if "week" in low:
        for match in _ORDINAL_WEEK.finditer(low):  # "in de vierde week na uw aanvraag": within 4 weeks
            raw = match.group("ord")
            count = int(raw.rstrip("sted")) if raw[0].isdigit() else _ORDINALS[raw]
            yield Duration(float(count), match.start(), match.end(), "week", count)


def negated(low: str, position: int, window: int = 60) -> bool:
    """Whether the word at `position` falls under a negation earlier in the same clause."""
    start = max(0, position - window)
    clause = low[start:position]
    breaks = list(_CLAUSE_BREAK.finditer(clause))
    if breaks:
        clause = clause[breaks[-1].end() :]
    return _NEGATOR.search(clause) is not None


def any_match(pattern: re.Pattern[str], low: str, *, allow_negated: bool = True) -> re.Match[str] | None:
    """The first match of `pattern` in `low`, skipping negated ones unless `allow_negated`."""
    for match in pattern.finditer(low):
        if allow_negated or not negated(low, match.start()):
            return match
    return None


PHONE = re.compile(
    r"(?<!\d)(?:14\s?0\d{2,3}|\(?0\d{1,3}\)?[\s\-–]?\d{2,3}[\s\-]?\d{2}[\s\-]?\d{2,3}|0800[\s\-]?\d{4}|"
    r"\+31[\s\-]?\(?0?\)?\d{1,3}[\s\-]?\d{3}[\s\-]?\d{3,4}|0\d{9})(?!\d)"
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
POSTCODE = re.compile(r"\b\d{4}\s?[a-z]{2}\b")


@dataclass(frozen=True, slots=True)
class Cue:
    """A pattern with the keywords it cannot match without: the cheap keyword test runs first (speed only)."""

    keywords: frozenset[str]
    pattern: re.Pattern[str]


def cue(words: str, pattern: str) -> Cue:
    """`words` separated by '|' (plain text, no regex); every match of `pattern` contains one of them."""
    return Cue(keywords(*words.split("|")), re.compile(pattern))


def cue_keywords(cues: tuple[Cue, ...]) -> frozenset[str]:
    """Every keyword of a list of cues: a sentence without any of them matches none of the cues."""
    return frozenset().union(*(item.keywords for item in cues))


def cue_search(sentence: Sentence, item: Cue) -> re.Match[str] | None:
    """The first match of the cue's pattern in the sentence; a sentence without its keywords is not searched."""
    return item.pattern.search(sentence.low) if sentence.has(item.keywords) else None


def first_cue(sentence: Sentence, cues: tuple[Cue, ...]) -> re.Match[str] | None:
    for item in cues:
        if sentence.has(item.keywords):
            match = item.pattern.search(sentence.low)
            if match:
                return match
    return None
