"""Dutch readability: features per sentence and per text, and the Flesch-Douma reading ease.

No open instrument validates a CEFR level ("taalniveau B1") for Dutch text, so none is claimed here. The
text gets a reading-ease score from a published formula, a descriptive band named after that score, and the
measured features behind it, so a reader of the report can see why a text is hard and which sentences to
rewrite first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from toegang.i18n import _
from toegang.text.frequency import RARE_ZIPF_THRESHOLD, is_rare
from toegang.text.passive import nominalisation_spans_in, passive_spans_in, word_flags
from toegang.text.sentences import split_sentences
from toegang.text.syllables import syllables
from toegang.text.tokens import Span, words


@dataclass(frozen=True, slots=True)
class ReadingEaseFormula:
    """A Flesch-style reading ease: intercept − a × (words per sentence) − b × (syllables per word)."""

    name: str
    intercept: float
    words_per_sentence: float
    syllables_per_word: float

    def score(self, words: int, sentences: int, syllables: int) -> float | None:
        """Reading ease (higher is easier), or None when there is nothing to measure."""
        if words <= 0 or sentences <= 0:
            return None
        return (
            self.intercept
            - self.words_per_sentence * (words / sentences)
            - self.syllables_per_word * (syllables / words)
        )


FLESCH_DOUMA = ReadingEaseFormula(
    name="Flesch-Douma (Douma 1960)",
    intercept=206.835,
    words_per_sentence=0.93,
    syllables_per_word=77.0,
)
"""Flesch's Reading Ease adapted to Dutch by W.H. Douma (1960), "De leesbaarheid van landbouwbladen: een
onderzoek naar en een toepassing van leesbaarheidsformules", Bulletin 17, Afdeling Sociologie en
Sociografie, Landbouwhogeschool Wageningen. Score = 206.835 − 0.93 × (words per sentence) − 77 × (syllables
per word); Flesch (1948) has 1.015 and 84.6 for English. Dutch words have more syllables, hence the smaller
syllable weight. Higher scores mean easier text; scores may fall outside 0–100 for extreme text."""

READING_EASE_BAND_FLOORS = (90.0, 80.0, 70.0, 60.0, 50.0, 30.0)
"""Lower bounds of the descriptive bands, from easiest to hardest: Flesch's own table (R. Flesch, "A new
readability yardstick", Journal of Applied Psychology 32(3), 1948, pp. 221-233: very easy ≥ 90, easy 80-90,
fairly easy 70-80, standard 60-70, fairly difficult 50-60, difficult 30-50, very confusing < 30), applied
unchanged to the Douma score as Dutch practice does. These are descriptive bands of the score, not CEFR
levels."""


def reading_ease_level(score: float | None) -> str:
    """The Dutch band name for a Flesch-Douma score ("geen tekst" when there was nothing to measure)."""
    if score is None:
        return _("geen tekst")
    labels = (
        _("zeer makkelijk"),
        _("makkelijk"),
        _("redelijk makkelijk"),
        _("gemiddeld"),
        _("redelijk moeilijk"),
        _("moeilijk"),
    )
    for floor, label in zip(READING_EASE_BAND_FLOORS, labels, strict=True):
        if score >= floor:
            return label
    return _("zeer moeilijk")


# Sentence features ---------------------------------------------------------------------------------------

LONG_WORD_SYLLABLES = 4
LONG_WORD_LETTERS = 13
LONG_SENTENCE_WORDS = 15
VERY_LONG_SENTENCE_WORDS = 25


@dataclass(frozen=True, slots=True)
class CostWeights:
    """Weights of the sentence cost: a ranking heuristic that puts the sentences to rewrite first at the top.

    It orders sentences within a text; it is not a validated difficulty measure and is not comparable between
    texts. Each word past 15 costs one point and each word past 25 one more (the two length marks the report
    uses); each hard word, passive form and nominalisation adds a fixed amount.
    """

    per_word_over_long: float = 1.0
    per_word_over_very_long: float = 1.0
    per_long_word: float = 2.0
    per_rare_word: float = 2.0
    per_passive: float = 3.0
    per_nominalisation: float = 2.0


COST_WEIGHTS = CostWeights()


@dataclass(frozen=True, slots=True)
class SentenceReadability:
    """Measured features of one sentence; offsets point into the text given to readability()."""

    start: int
    end: int
    words: int
    syllables: int
    long_word_spans: tuple[Span, ...]
    rare_word_spans: tuple[Span, ...]
    passive_spans: tuple[Span, ...]
    nominalisation_spans: tuple[Span, ...]
    score: float | None
    cost: float

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / self.words if self.words else 0.0

    @property
    def long_words(self) -> int:
        return len(self.long_word_spans)

    @property
    def rare_words(self) -> int:
        return len(self.rare_word_spans)

    @property
    def passives(self) -> int:
        return len(self.passive_spans)

    @property
    def nominalisations(self) -> int:
        return len(self.nominalisation_spans)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data: counts, and the words or phrases behind them with their offsets."""
        return {
            "start": self.start,
            "end": self.end,
            "words": self.words,
            "syllables_per_word": round(self.syllables_per_word, 2),
            "long_words": self.long_words,
            "rare_words": self.rare_words,
            "passives": self.passives,
            "nominalisations": self.nominalisations,
            "score": _round(self.score, 1),
            "cost": round(self.cost, 1),
            "long_word_list": [_span_dict(s) for s in self.long_word_spans],
            "rare_word_list": [_span_dict(s) for s in self.rare_word_spans],
            "passive_list": [_span_dict(s) for s in self.passive_spans],
            "nominalisation_list": [_span_dict(s) for s in self.nominalisation_spans],
        }


@dataclass(frozen=True, slots=True)
class TextReadability:
    """Readability of a whole text: the Flesch-Douma score, its band, and the features behind it."""

    score: float | None
    level: str
    method: str
    word_count: int
    sentence_count: int
    syllables_per_word: float
    mean_sentence_length: float
    share_sentences_over_15: float
    share_sentences_over_25: float
    share_long_words: float
    share_rare_words: float
    passive_share: float
    """Share of sentences with at least one passive form."""
    passive_count: int
    nominalisation_count: int
    sentences: list[SentenceReadability] = field(default_factory=list)

    def hardest(self, n: int | None = None) -> list[SentenceReadability]:
        """Sentences with a cost above 0, the costliest first (ties keep text order)."""
        ranked = sorted((s for s in self.sentences if s.cost > 0), key=lambda s: -s.cost)
        return ranked if n is None else ranked[:n]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data, rounded for reports; sentences in text order."""
        return {
            "score": _round(self.score, 1),
            "level": self.level,
            "method": self.method,
            "words": self.word_count,
            "sentences": self.sentence_count,
            "syllables_per_word": round(self.syllables_per_word, 2),
            "mean_sentence_length": round(self.mean_sentence_length, 1),
            "share_sentences_over_15": round(self.share_sentences_over_15, 3),
            "share_sentences_over_25": round(self.share_sentences_over_25, 3),
            "share_long_words": round(self.share_long_words, 3),
            "share_rare_words": round(self.share_rare_words, 3),
            "passive_share": round(self.passive_share, 3),
            "passives": self.passive_count,
            "nominalisations": self.nominalisation_count,
            "rare_word_threshold_zipf": RARE_ZIPF_THRESHOLD,
            "sentence_list": [s.to_dict() for s in self.sentences],
        }


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def _span_dict(span: Span) -> dict[str, Any]:
    return {"text": span.text, "start": span.start, "end": span.end}


# Bits above those of passive.word_flags.
_LONG = 1 << 40
_RARE = 1 << 41


@lru_cache(maxsize=1 << 18)
def _word_profile(word: str) -> tuple[int, int]:
    """(syllables, word_flags with the long/rare bits) of one token: all per-word work, done once per word."""
    count = syllables(word)
    letters = sum(1 for ch in word if ch.isalpha())
    flags = word_flags(word)
    if count >= LONG_WORD_SYLLABLES or letters >= LONG_WORD_LETTERS:
        flags |= _LONG
    if is_rare(word):
        flags |= _RARE
    return count, flags


@lru_cache(maxsize=1 << 18)
def _word_figures(word: str) -> tuple[int, int, int]:
    """(syllables, 1 if long, 1 if rare) of one token: the columns reading_ease_figures adds up."""
    count, flags = _word_profile(word)
    return count, int(bool(flags & _LONG)), int(bool(flags & _RARE))


def sentence_readability(sentence: Span) -> SentenceReadability | None:
    """Features of one sentence (a Span from split_sentences); None when it holds no word at all."""
    offset = sentence.start
    tokens = words(sentence.text, offset)
    if not tokens:
        return None
    total_syllables = 0
    flags: list[int] = []
    long_words: list[Span] = []
    rare_words: list[Span] = []
    for token in tokens:
        count, word_flag = _word_profile(token.text)
        total_syllables += count
        flags.append(word_flag)
        if word_flag & _LONG:
            long_words.append(token)
        if word_flag & _RARE:
            rare_words.append(token)
    passives = passive_spans_in(tokens, sentence.text, offset, flags)
    nominalisations = nominalisation_spans_in(tokens, flags)
    n = len(tokens)
    w = COST_WEIGHTS
    cost = (
        w.per_word_over_long * max(0, n - LONG_SENTENCE_WORDS)
        + w.per_word_over_very_long * max(0, n - VERY_LONG_SENTENCE_WORDS)
        + w.per_long_word * len(long_words)
        + w.per_rare_word * len(rare_words)
        + w.per_passive * len(passives)
        + w.per_nominalisation * len(nominalisations)
    )
    return SentenceReadability(
        start=sentence.start,
        end=sentence.end,
        words=n,
        syllables=total_syllables,
        long_word_spans=tuple(long_words),
        rare_word_spans=tuple(rare_words),
        passive_spans=tuple(passives),
        nominalisation_spans=tuple(nominalisations),
        score=FLESCH_DOUMA.score(n, 1, total_syllables),
        cost=cost,
    )


def readability(text: str) -> TextReadability:
    """Readability of a Dutch text. Sentences without any word (a lone bullet or dash) are left out."""
    sentences = [r for s in split_sentences(text) if (r := sentence_readability(s)) is not None]
    return summarise(sentences)


def summarise(sentences: list[SentenceReadability]) -> TextReadability:
    """Text-level figures from sentence features (also for callers that split the text themselves)."""
    n_sent = len(sentences)
    n_words = sum(s.words for s in sentences)
    n_syll = sum(s.syllables for s in sentences)
    score = FLESCH_DOUMA.score(n_words, n_sent, n_syll)
    passive_count = sum(s.passives for s in sentences)
    return TextReadability(
        score=score,
        level=reading_ease_level(score),
        method=FLESCH_DOUMA.name,
        word_count=n_words,
        sentence_count=n_sent,
        syllables_per_word=_share(n_syll, n_words),
        mean_sentence_length=_share(n_words, n_sent),
        share_sentences_over_15=_share(sum(s.words > LONG_SENTENCE_WORDS for s in sentences), n_sent),
        share_sentences_over_25=_share(sum(s.words > VERY_LONG_SENTENCE_WORDS for s in sentences), n_sent),
        share_long_words=_share(sum(s.long_words for s in sentences), n_words),
        share_rare_words=_share(sum(s.rare_words for s in sentences), n_words),
        passive_share=_share(sum(s.passives > 0 for s in sentences), n_sent),
        passive_count=passive_count,
        nominalisation_count=sum(s.nominalisations for s in sentences),
        sentences=sentences,
    )


def _share(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


_WORD_TEXT = re.compile(r"\w+(?:(?:[-'’]|(?<=\d)[.,](?=\d))\w+)*")


def reading_ease_figures(sentences: Sequence[str]) -> dict[str, Any]:
    """Text-level reading-ease figures from already split sentences, without per-sentence detail.

    The page audit reports these for every page of a national measurement, so this is the fast path: one token
    pass per sentence and the cached word profile, no span objects, no passive or nominalisation search (the
    full `readability()` gives those, with the costliest sentences first).
    """
    n_sent = over_15 = over_25 = 0
    tokens: list[str] = []
    for sentence in sentences:
        sentence_tokens = _WORD_TEXT.findall(sentence)
        if not sentence_tokens:
            continue
        n_sent += 1
        over_15 += len(sentence_tokens) > LONG_SENTENCE_WORDS
        over_25 += len(sentence_tokens) > VERY_LONG_SENTENCE_WORDS
        tokens += sentence_tokens
    n_words = len(tokens)
    # Per-word figures come from a cache; map, zip and sum add them up in C, without a Python loop per word.
    columns = zip(*map(_word_figures, tokens), strict=True)  # (syllables...), (long...), (rare...)
    n_syll, n_long, n_rare = (sum(column) for column in columns) if tokens else (0, 0, 0)
    score = FLESCH_DOUMA.score(n_words, n_sent, n_syll)
    return {
        "score": _round(score, 1),
        "level": reading_ease_level(score),
        "method": FLESCH_DOUMA.name,
        "words": n_words,
        "sentences": n_sent,
        "syllables_per_word": round(_share(n_syll, n_words), 2),
        "mean_sentence_length": round(_share(n_words, n_sent), 1),
        "share_sentences_over_15": round(_share(over_15, n_sent), 3),
        "share_sentences_over_25": round(_share(over_25, n_sent), 3),
        "share_long_words": round(_share(n_long, n_words), 3),
        "share_rare_words": round(_share(n_rare, n_words), 3),
        "rare_word_threshold_zipf": RARE_ZIPF_THRESHOLD,
    }
