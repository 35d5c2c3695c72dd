"""Dutch text analysis shared by the page audit and the letter check: sentences, tokens, word features,
readability. Plain Python; no Django."""

from toegang.text.frequency import DutchWordDataMissing, is_rare, lemma, zipf
from toegang.text.passive import passive_spans
from toegang.text.readability import FLESCH_DOUMA, SentenceReadability, TextReadability, readability
from toegang.text.sentences import split_sentences
from toegang.text.syllables import syllables
from toegang.text.tokens import Span, words

__all__ = [
    "FLESCH_DOUMA",
    "DutchWordDataMissing",
    "SentenceReadability",
    "Span",
    "TextReadability",
    "is_rare",
    "lemma",
    "passive_spans",
    "readability",
    "split_sentences",
    "syllables",
    "words",
    "zipf",
]
