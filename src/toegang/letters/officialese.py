"""Officialese ("ambtelijke woorden") in a letter, each with a plainer alternative and the guide it comes
from.

The word list (data/officialese.csv: word, alternative, source) was compiled for this project from the advice
in
Dutch plain-language guides: Direct Duidelijk (Rijksoverheid), Rijksoverheid "Klare taal", Onze Taal
(Taalloket), Taaladvies.net (Nederlandse Taalunie), Vlaamse overheid "Klare taal" and Renkema's Schrijfwijzer.
The `source` column names the guide(s) that give the word or the same advice; entries were written from
knowledge of those guides, not copied from a list, so spot-check an entry before quoting it as the guide's.

Matching works on tokens and lemmas, so inflected forms are found too ("verstrekt", "onderhavige"); separable
verbs are found when split ("toont ... aan" for "aantonen"); phrases with a verb may be split up by other
words
("komt u in aanmerking"). A word inside brackets is taken as an explanation ("tussenpersoon (intermediair)")
and is not flagged. A few common words are officialese only in one use; small context rules decide those.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from toegang.text.frequency import lemma
from toegang.text.lexicon import CLAUSE_OPENERS, SEPARABLE_PARTICLES
from toegang.text.sentences import split_sentences
from toegang.text.tokens import Span, words

# Particles of separable verbs; "voort" is missing from the general list and occurs in officialese
# ("vloeit voort uit").
_PARTICLES = tuple(sorted({*SEPARABLE_PARTICLES, "voort"}, key=len, reverse=True))
# How far a separable particle or the words of a split phrase may stand from the verb, in tokens.
_SPLIT_WINDOW = 10
# Small words that say nothing on their own: a phrase made of these and a verb is only matched as written.
_FUNCTION_WORDS = frozenset(
    {
        "uw",
        "ons",
        "onze",
        "dit",
        "de",
        "het",
        "een",
        "u",
        "je",
        "van",
        "in",
        "op",
        "te",
        "tot",
        "met",
        "voor",
        "aan",
    }
)
# Words that are not verbs although they end in "-en" (for deciding which phrases may be split up).
_NOT_VERBS = frozenset(
    {"ten", "tegen", "boven", "binnen", "buiten", "heden", "allen", "onderhavigen", "zijnde"}
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of the word list."""

    word: str
    alternative: str
    source: str

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(t.text.lower() for t in words(self.word))

    @property
    def is_abbreviation(self) -> bool:
        return "." in self.word


@dataclass(frozen=True, slots=True)
class OfficialeseHit:
    """An officialese word or phrase found in the text; `text[start:end]` is what the letter says."""

    text: str
    start: int
    end: int
    entry: Entry

    def to_dict(self) -> dict[str, Any]:
        """The output contract of letters.md, plus the list entry and its source."""
        return {
            "word": self.text,
            "alternative": self.entry.alternative,
            "start": self.start,
            "end": self.end,
            "entry": self.entry.word,
            "source": self.entry.source,
        }


@dataclass(frozen=True, slots=True)
class WordList:
    """The compiled word list, indexed for matching."""

    entries: tuple[Entry, ...]
    single: dict[str, Entry]
    phrases: tuple[Entry, ...]
    abbreviations: tuple[Entry, ...]
    separable: dict[str, tuple[str, Entry]]  # base verb -> (particle, entry)

    def __len__(self) -> int:
        return len(self.entries)


def _is_verb_like(token: str) -> bool:
    return len(token) > 4 and token.endswith("en") and token not in _NOT_VERBS


def build_wordlist(entries: Sequence[Entry]) -> WordList:
    """Index entries: single words by form, phrases, abbreviations, and separable verbs by their base verb."""
    single: dict[str, Entry] = {}
    phrases: list[Entry] = []
    abbreviations: list[Entry] = []
    separable: dict[str, tuple[str, Entry]] = {}
    for entry in entries:
        if entry.is_abbreviation:
            abbreviations.append(entry)
            continue
        tokens = entry.tokens
        if not tokens:
            continue
        if len(tokens) > 1:
            phrases.append(entry)
            continue
        word = tokens[0]
        single.setdefault(word, entry)
        if _is_verb_like(word):
            for particle in _PARTICLES:
                base = word[len(particle) :]
                if word.startswith(particle) and len(base) >= 5 and _is_verb_like(base):
                    separable.setdefault(base, (particle, entry))
                    break
    return WordList(tuple(entries), single, tuple(phrases), tuple(abbreviations), separable)


def read_wordlist(path: Path) -> WordList:
    """Read a word list CSV with the columns word, alternative, source."""
    with path.open(encoding="utf-8", newline="") as handle:
        return build_wordlist(_parse(handle.read()))


def _parse(text: str) -> list[Entry]:
    rows = csv.DictReader(text.splitlines())
    return [
        Entry(row["word"].strip(), row["alternative"].strip(), row["source"].strip())
        for row in rows
        if row.get("word") and row["word"].strip()
    ]


@lru_cache(maxsize=1)
def default_wordlist() -> WordList:
    """The word list shipped with the package (data/officialese.csv)."""
    data = resources.files("toegang").joinpath("data/officialese.csv").read_text(encoding="utf-8")
    return build_wordlist(_parse(data))


# ------------------------------------------------------------------------------------------------------------
# Context rules: common words that are officialese in one use only. Each gets the tokens of its sentence and
# its
# own index, and says whether this occurrence is the officialese one.

_SUBJECT_STARTERS = frozenset(
    {
        "u",
        "wij",
        "we",
        "ik",
        "hij",
        "zij",
        "ze",
        "het",
        "de",
        "dit",
        "deze",
        "er",
        "uw",
        "onze",
        "men",
        "jij",
        "je",
    }
)
_WISHES = frozenset(
    {"succes", "sterkte", "beterschap", "fijne", "prettige", "goede", "plezier", "gezondheid", "geluk"}
)


def _daar(tokens: Sequence[Span], i: int, sentence: str) -> bool:
    """'daar' is officialese as a conjunction meaning 'omdat' ("daar u niet reageerde"), not as 'there'."""
    return i + 1 >= len(tokens) or tokens[i + 1].text.lower() in _SUBJECT_STARTERS


def _welke(tokens: Sequence[Span], i: int, sentence: str) -> bool:
    """'welke' is officialese as a relative pronoun, not in a question ("Welke papieren heeft u nodig?")."""
    return not sentence.rstrip().endswith("?")


_DETERMINERS = frozenset(
    {"de", "het", "een", "uw", "je", "jouw", "zijn", "haar", "onze", "ons", "hun", "die", "deze"}
)


def _wensen(tokens: Sequence[Span], i: int, sentence: str) -> bool:
    """'wensen' is officialese for 'willen', not when wishing someone well ("wij wensen u veel succes") and
    not
    as a noun ("uw wensen voor werk")."""
    if i > 0 and tokens[i - 1].text.lower() in _DETERMINERS:
        return False
    return not any(t.text.lower() in _WISHES for t in tokens)


def _wijze(tokens: Sequence[Span], i: int, sentence: str) -> bool:
    """'wijze' ('op deze wijze') is officialese; the verb 'wijzen' is not, even though it lemmatises alike."""
    return tokens[i].text.lower() == "wijze"


def _enkel(tokens: Sequence[Span], i: int, sentence: str) -> bool:
    """'enkel' is officialese for 'alleen', not in "een enkele keer" or "geen enkel probleem"."""
    return i == 0 or tokens[i - 1].text.lower() not in {"een", "geen", "elke", "iedere", "één"}


def _te(tokens: Sequence[Span], i: int, sentence: str) -> bool:
    """'te' is officialese before a place name ("te Utrecht"), not in "te laat" or "om te betalen"."""
    if i + 1 >= len(tokens):
        return False
    following = tokens[i + 1].text
    return following[:1].isupper() and not following.isupper() and following != "U"


_CONTEXT: dict[str, Callable[[Sequence[Span], int, str], bool]] = {
    "daar": _daar,
    "welke": _welke,
    "wensen": _wensen,
    "te": _te,
    "enkel": _enkel,
    "wijze": _wijze,
}


# ------------------------------------------------------------------------------------------------------------
# Matching


def _forms(token: str) -> set[str]:
    """The forms a token can be looked up by: itself, its lemma, and without an adjective's final -e."""
    low = token.lower()
    forms = {low, lemma(low)}
    if low.endswith("e") and len(low) > 5:
        forms.add(low[:-1])
    return forms


def _in_brackets(sentence_text: str, relative_start: int) -> bool:
    before = sentence_text[:relative_start]
    return before.count("(") > before.count(")")


def _particle_closes_clause(tokens: Sequence[Span], j: int, sentence: Span) -> bool:
    """A separable particle normally ends its clause: punctuation, the sentence end or a conjunction
    follows."""
    if j + 1 >= len(tokens):
        return True
    between = sentence.text[tokens[j].end - sentence.start : tokens[j + 1].start - sentence.start]
    return bool(re.search(r"[,;:.!?()]", between)) or tokens[j + 1].text.lower() in CLAUSE_OPENERS | {
        "te",
        "om",
    }


def _sentence_hits(sentence: Span, wordlist: WordList) -> list[OfficialeseHit]:
    tokens = words(sentence.text, offset=sentence.start)
    forms = [_forms(t.text) for t in tokens]
    hits: list[OfficialeseHit] = []

    def add(start: int, end: int, entry: Entry) -> None:
        hits.append(OfficialeseHit(_cut(sentence, start, end), start, end, entry))

    for i, token in enumerate(tokens):
        entry = next((wordlist.single[f] for f in sorted(forms[i]) if f in wordlist.single), None)
        if entry is not None:
            rule = _CONTEXT.get(entry.word.lower())
            if rule is None or rule(tokens, i, sentence.text):
                add(token.start, token.end, entry)
        for form in forms[i] | {token.text.lower() + "en"}:  # "dien ... in": imperative + -en is the verb
            split = wordlist.separable.get(form)
            if split is None:
                continue
            particle, verb_entry = split
            for j in range(i + 1, min(len(tokens), i + 1 + _SPLIT_WINDOW)):
                if tokens[j].text.lower() == particle and _particle_closes_clause(tokens, j, sentence):
                    add(token.start, tokens[j].end, verb_entry)
                    break
    for entry in wordlist.phrases:
        hits.extend(_phrase_hits(entry, tokens, forms, sentence))
    for entry in wordlist.abbreviations:
        pattern = re.compile(r"(?<!\w)" + re.escape(entry.word) + r"(?!\w)", re.IGNORECASE)
        for match in pattern.finditer(sentence.text):
            add(sentence.start + match.start(), sentence.start + match.end(), entry)
    return [h for h in hits if not _in_brackets(sentence.text, h.start - sentence.start)]


def _phrase_hits(
    entry: Entry, tokens: Sequence[Span], forms: Sequence[set[str]], sentence: Span
) -> list[OfficialeseHit]:
    wanted = entry.tokens
    n = len(wanted)
    hits: list[OfficialeseHit] = []
    # Contiguous: every phrase word in order.
    for i in range(len(tokens) - n + 1):
        if all(wanted[k] in forms[i + k] for k in range(n)):
            start, end = tokens[i].start, tokens[i + n - 1].end
            hits.append(OfficialeseHit(_cut(sentence, start, end), start, end, entry))
    if hits or not _may_split(wanted):
        return hits
    # A phrase with a verb may be split up ("komt u in aanmerking"): all words close together, in any order.
    anchor = max(wanted, key=len)  # the longest word is the rarest: look for it first
    for i, form_set in enumerate(forms):
        if anchor not in form_set:
            continue
        lo, hi = max(0, i - _SPLIT_WINDOW), min(len(tokens), i + _SPLIT_WINDOW + 1)
        positions = []
        for word in wanted:
            found = next((k for k in range(lo, hi) if word in forms[k] and k not in positions), None)
            if found is None:
                break
            positions.append(found)
        else:
            start, end = tokens[min(positions)].start, tokens[max(positions)].end
            hits.append(OfficialeseHit(_cut(sentence, start, end), start, end, entry))
    return hits


def _may_split(wanted: Sequence[str]) -> bool:
    """A phrase may be split up when it has a verb and its other words are not all small function words
    ("in behandeling nemen" may; "uw schrijven" may not: "uw" and "schrijven" are common apart)."""
    verbs = [w for w in wanted if _is_verb_like(w)]
    others = [w for w in wanted if not _is_verb_like(w)]
    return bool(verbs) and any(w not in _FUNCTION_WORDS for w in others)


def _cut(sentence: Span, start: int, end: int) -> str:
    return sentence.text[start - sentence.start : end - sentence.start]


def _without_overlaps(hits: list[OfficialeseHit]) -> list[OfficialeseHit]:
    """Keep the longest of overlapping hits (a phrase wins over a word inside it), in text order."""
    kept: list[OfficialeseHit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if all(hit.end <= k.start or hit.start >= k.end for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def find_officialese(
    text: str, wordlist: WordList | None = None, sentences: Sequence[Span] | None = None
) -> list[OfficialeseHit]:
    """All officialese in `text`, in text order, without overlaps; offsets point into `text`."""
    wordlist = wordlist or default_wordlist()
    spans = split_sentences(text) if sentences is None else sentences
    hits: list[OfficialeseHit] = []
    for sentence in spans:
        hits.extend(_sentence_hits(sentence, wordlist))
    return _without_overlaps(hits)
