"""Check a letter: its profile, every rule of that profile, tone, readability and officialese.

`check_letter` is pure: text in, a `LetterCheck` out. Reading files, the CLI and reports live elsewhere.

The rules come from the catalogue (catalogue/brieven/*.yaml, profile `brieven`); each rule lists the letter
profiles it applies to in `params.profiles`, and how it is recognised (patterns, or a named detector) in its
other
params. Every rule of the letter's profile gets exactly one finding, as in the page audit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from toegang.audit.model import Evidence, Finding, Status
from toegang.i18n import _
from toegang.letters.officialese import OfficialeseHit, find_officialese
from toegang.letters.profile import ProfileGuess, detect_profile
from toegang.letters.tone import ToneResult, analyse_tone
from toegang.rules import Rule, load_catalogue
from toegang.text.readability import (
    LONG_SENTENCE_WORDS,
    VERY_LONG_SENTENCE_WORDS,
    SentenceReadability,
    TextReadability,
    readability,
)
from toegang.text.sentences import split_sentences
from toegang.text.tokens import Span

CATALOGUE_PROFILE = "brieven"

# The plain-language score ("taalscore"): the Flesch-Douma reading ease minus a fixed penalty for each
# officialese
# word and each passive form per 100 words. Flesch-Douma only sees word and sentence length; the two habits
# that
# plain-language guides name first (officialese, passive voice) are invisible to it. This is Toegang's own
# documented heuristic for comparing versions of a letter, not a published or validated formula; the published
# score stays in `readability.score`.
PLAIN_PENALTY_PER_100_WORDS = 3.0

# Extra ranking weight of a sentence for each officialese word in it (the readability cost gives 2 points to
# each
# rare word; an officialese word costs the reader as much) and for reading as a threat.
OFFICIALESE_COST = 2.0
THREAT_COST = 5.0


@dataclass(frozen=True, slots=True)
class HardSentence:
    """A sentence that costs the reader effort, with what makes it hard and how to fix each point."""

    start: int
    end: int
    text: str
    cost: float
    words: int
    advice: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "cost": round(self.cost, 1),
            "words": self.words,
            "advice": list(self.advice),
        }


@dataclass(frozen=True, slots=True)
class PlainScore:
    """The plain-language score of a letter and what went into it."""

    score: float | None
    reading_ease: float | None
    officialese: int
    passives: int
    words: int

    @property
    def method(self) -> str:
        return _(
            "Flesch-Douma min {penalty:g} punten per ambtelijk woord of lijdende vorm per 100 woorden "
            "(eigen maat van Toegang, niet gevalideerd)"
        ).format(penalty=PLAIN_PENALTY_PER_100_WORDS)

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": None if self.score is None else round(self.score, 1),
            "method": self.method,
            "officialese": self.officialese,
            "passives": self.passives,
            "words": self.words,
        }


def plain_score(reading: TextReadability, officialese: int) -> PlainScore:
    """Flesch-Douma minus PLAIN_PENALTY_PER_100_WORDS for each officialese word or passive per 100 words."""
    passives = reading.passive_count
    if reading.score is None or reading.word_count == 0:
        return PlainScore(None, reading.score, officialese, passives, reading.word_count)
    per_100 = 100.0 * (officialese + passives) / reading.word_count
    return PlainScore(
        reading.score - PLAIN_PENALTY_PER_100_WORDS * per_100,
        reading.score,
        officialese,
        passives,
        reading.word_count,
    )


@dataclass(slots=True)
class LetterCheck:
    """The check of one letter. `text` is the text as checked: every offset points into it."""

    text: str
    profile: ProfileGuess
    law_date: date
    findings: list[Finding]
    readability: TextReadability
    plain: PlainScore
    tone: ToneResult
    officialese: list[OfficialeseHit]
    hard_sentences: list[HardSentence]
    id: str = ""
    warnings: list[str] = field(default_factory=list)

    def to_dict(self, *, full: bool = False) -> dict[str, Any]:
        """The JSON Lines contract of letters.md; `full` adds per-sentence detail for the JSON export."""
        reading: dict[str, Any] = {
            "score": None if self.readability.score is None else round(self.readability.score, 1),
            "level": self.readability.level,
            "method": self.readability.method,
            "plain_score": self.plain.to_dict(),
        }
        data: dict[str, Any] = {
            "id": self.id,
            "profile": self.profile.profile,
            "profile_detected": self.profile.detected,
            "law_date": self.law_date.isoformat(),
            "findings": [f.to_dict() for f in self.findings],
            "readability": reading,
            "tone": self.tone.tone,
            "officialese": [hit.to_dict() for hit in self.officialese],
            "threatening": [s.to_dict() for s in self.tone.threatening],
            "hard_sentences": [s.to_dict() for s in self.hard_sentences[:5]],
        }
        if self.warnings:
            data["warnings"] = list(self.warnings)
        if full:
            reading.update(self.readability.to_dict())
            reading["plain_score"] = self.plain.to_dict()
            data["profile_guess"] = self.profile.to_dict()
            data["hard_sentences"] = [s.to_dict() for s in self.hard_sentences]
            data["tone_detail"] = self.tone.to_dict()
            data["text"] = self.text
        return data


# ------------------------------------------------------------------------------------------------------------
# Rule matching


@dataclass(frozen=True, slots=True)
class _Letter:
    """The letter as the rule matchers see it: the text and its sentences."""

    text: str
    sentences: tuple[Span, ...]


@lru_cache(maxsize=4096)
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _patterns(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _groups(value: Any) -> list[list[str]]:
    return [_patterns(group) for group in (value or [])]


def _matching(letter: _Letter, patterns: Sequence[str]) -> list[int]:
    """Indexes of the sentences in which any of `patterns` matches."""
    compiled = [_compile(p) for p in patterns]
    return [i for i, s in enumerate(letter.sentences) if any(c.search(s.text) for c in compiled)]


def _evidence(letter: _Letter, indexes: Sequence[int]) -> tuple[Evidence, ...]:
    seen: list[int] = []
    for i in indexes:
        if i not in seen:
            seen.append(i)
    return tuple(
        Evidence(letter.sentences[i].text, letter.sentences[i].start, letter.sentences[i].end)
        for i in sorted(seen)
    )


def _all_groups(letter: _Letter, groups: list[list[str]], window: int | None) -> list[int] | None:
    """Sentence indexes that satisfy every group (within `window` sentences of each other), or None."""
    if not groups:
        return None
    hits = [_matching(letter, group) for group in groups]
    if any(not h for h in hits):
        return None
    if window is None:
        return [h[0] for h in hits]
    for anchor in hits[0]:
        chosen = [anchor]
        for other in hits[1:]:
            near = [i for i in other if abs(i - anchor) <= window]
            if not near:
                break
            chosen.append(min(near, key=lambda i: abs(i - anchor)))
        else:
            return chosen
    return None


def _together(letter: _Letter, spec: Any) -> list[int]:
    """Sentences where every group of one `wrong_together` spec (or of any spec in a list) matches nearby."""
    specs = spec if isinstance(spec, list) else [spec]
    found: list[int] = []
    for one in specs:
        if isinstance(one, dict):
            found.extend(_all_groups(letter, _groups(one.get("groups")), int(one.get("window", 0))) or [])
    return found


@dataclass(frozen=True, slots=True)
class _Outcome:
    status: Status
    evidence: tuple[Evidence, ...] = ()
    detail: str = ""


def _generic(rule: Rule, letter: _Letter, context: _Context) -> _Outcome:
    params = rule.params
    window = params.get("present_window")
    present = _all_groups(letter, _groups(params.get("present_all")), None if window is None else int(window))
    wrong = _matching(letter, _patterns(params.get("wrong_any"))) + _together(
        letter, params.get("wrong_together")
    )
    if wrong and not (params.get("wrong_unless_present") and present is not None):
        return _Outcome("wrong", _evidence(letter, wrong))
    applies = _patterns(params.get("applies_any"))
    if applies and not _matching(letter, applies):
        return _Outcome("not_applicable")
    if present is not None:
        return _Outcome("present", _evidence(letter, present))
    if applies:
        return _Outcome("absent", _evidence(letter, _matching(letter, applies)[:1]))
    return _Outcome("absent")


# --- named detectors ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Context:
    tone: ToneResult


def _tone(rule: Rule, letter: _Letter, context: _Context) -> _Outcome:
    threatening = context.tone.threatening
    if threatening:
        spans = tuple(Evidence(s.text, s.start, s.end) for s in threatening)
        reasons = list(dict.fromkeys(r.why for s in threatening for r in s.reasons))
        return _Outcome("wrong", spans, " ".join(reasons))
    calm = tuple(Evidence(s.text, s.start, s.end) for s in context.tone.sentences if s.consequence)
    return _Outcome("present", calm)


_NUMBER_WORDS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen":
    9,
    "tien": 10, "elf": 11, "twaalf": 12, "veertien": 14, "eenentwintig": 21, "dertig": 30,
}  # fmt: skip
_TERM = re.compile(
    r"\b(\d+|" + "|".join(_NUMBER_WORDS) + r")\s+(werkdagen|werkdag|dagen|dag|weken|week|maanden|maand)\b",
    re.IGNORECASE,
)


def _term_days(number: str, unit: str) -> float:
    n = int(number) if number.isdigit() else _NUMBER_WORDS[number.lower()]
    unit = unit.lower()
    if unit.startswith("werkdag"):
        return n * 7 / 5
    if unit.startswith("dag"):
        return float(n)
    if unit.startswith("wek") or unit == "week":
        return n * 7.0
    return n * 30.0


def _near(indexes: Sequence[int], count: int, reach: int) -> list[int]:
    return sorted({j for i in indexes for j in range(max(0, i - reach), min(count, i + reach + 1))})


def _bezwaar(rule: Rule, letter: _Letter, context: _Context) -> _Outcome:
    params = rule.params
    weeks = int(params.get("weeks", 6))
    mentions = _matching(letter, [p for p in _patterns(params.get("mention")) if "bezwaar" in p])
    if not mentions:
        return _Outcome("absent")
    refused = _matching(letter, _patterns(params.get("refused")))
    if refused:
        return _Outcome("wrong", _evidence(letter, refused), _("De brief zegt dat bezwaar niet kan."))
    around = _near(mentions, len(letter.sentences), 2)
    terms: list[tuple[int, float]] = []
    for i in _near(mentions, len(letter.sentences), 1):
        for match in _TERM.finditer(letter.sentences[i].text):
            terms.append((i, _term_days(match.group(1), match.group(2))))
    right = [i for i, days in terms if abs(days - weeks * 7) < 0.5]
    wrong_terms = [i for i, days in terms if abs(days - weeks * 7) >= 0.5]
    if wrong_terms and not right:
        return _Outcome(
            "wrong",
            _evidence(letter, wrong_terms),
            _("De termijn voor bezwaar is {weeks} weken; de brief noemt een andere termijn.").format(
                weeks=weeks
            ),
        )
    sub = _Letter(letter.text, tuple(letter.sentences[i] for i in around))
    how = _matching(sub, _patterns(params.get("how")))
    whom = _matching(sub, _patterns(params.get("whom")))
    missing = []
    if not right:
        missing.append(_("de termijn van {weeks} weken").format(weeks=weeks))
    if not how:
        missing.append(_("hoe u bezwaar maakt"))
    if not whom:
        missing.append(_("bij wie u bezwaar maakt"))
    evidence = _evidence(letter, mentions + right)
    if missing:
        return _Outcome("wrong", evidence, _("Dit ontbreekt: {missing}.").format(missing=", ".join(missing)))
    return _Outcome("present", evidence)


def _termijn(rule: Rule, letter: _Letter, context: _Context) -> _Outcome:
    params = rule.params
    min_days = float(params.get("min_days", 7))
    deadline = _matching(letter, _patterns(params.get("deadline")))
    send = _matching(letter, _patterns(params.get("send")))
    help_ = _matching(letter, _patterns(params.get("help")))
    threat = _matching(letter, _patterns(params.get("threat")))
    short = []
    for i in deadline:
        sentence = letter.sentences[i].text
        for match in _TERM.finditer(sentence):
            if _term_days(match.group(1), match.group(2)) < min_days and not re.search(
                r"\b(omdat|want|zodat|spoed|dringend)\b", sentence, re.IGNORECASE
            ):
                short.append(i)
    if short:
        return _Outcome(
            "wrong",
            _evidence(letter, short),
            _("De termijn is korter dan {days} dagen en de brief zegt niet waarom.").format(
                days=int(min_days)
            ),
        )
    if threat and (not send or threat[0] < send[0]):
        return _Outcome(
            "wrong",
            _evidence(letter, threat[:1]),
            _("De brief dreigt met 'buiten behandeling' voordat hij uitlegt wat u moet sturen."),
        )
    missing = []
    if not deadline:
        missing.append(_("een datum of termijn"))
    if not send:
        missing.append(_("wat u moet sturen"))
    if not help_:
        missing.append(_("wie u kunt vragen om hulp"))
    evidence = _evidence(letter, deadline[:1] + send[:1] + help_[:1])
    if missing:
        return _Outcome("absent", evidence, _("Dit ontbreekt: {missing}.").format(missing=", ".join(missing)))
    return _Outcome("present", evidence)


_DETECTORS: dict[str, Callable[[Rule, _Letter, _Context], _Outcome]] = {
    "toon": _tone,
    "bezwaar": _bezwaar,
    "termijn": _termijn,
}


def _message(rule: Rule, outcome: _Outcome) -> str:
    if outcome.status == "present":
        text = _("In orde: {present}").format(present=rule.present)
    elif outcome.status == "wrong":
        text = _("Niet in orde: {wrong}").format(wrong=rule.wrong or rule.present)
    elif outcome.status == "not_applicable":
        text = _("Niet van toepassing: {reason}").format(reason=rule.not_applicable or "")
    else:
        text = _("Niet gevonden: {present}").format(present=rule.present)
    return f"{text} {outcome.detail}".strip()


def evaluate_rule(rule: Rule, letter_text: str, sentences: Sequence[Span], tone: ToneResult) -> Finding:
    """The finding of one letter rule on one letter."""
    letter = _Letter(letter_text, tuple(sentences))
    detector = rule.params.get("detector")
    if detector is not None and detector not in _DETECTORS:
        raise ValueError(f"unknown detector {detector!r} in rule {rule.id}")
    outcome = _DETECTORS.get(str(detector), _generic)(rule, letter, _Context(tone))
    return Finding(
        rule=rule.id,
        status=outcome.status,
        impact=rule.impact,
        evidence=outcome.evidence,
        message=_message(rule, outcome),
        fix=rule.fix if outcome.status in ("absent", "wrong") else "",
    )


def letter_rules(profile: str, law_date: date) -> list[Rule]:
    """The catalogue's letter rules that apply to `profile` on `law_date`, in report order."""
    catalogue = load_catalogue()
    return [rule for rule in catalogue.rules(CATALOGUE_PROFILE, law_date) if profile in rule.applies_to]


# ------------------------------------------------------------------------------------------------------------
# Hard sentences


def _hard_sentences(
    reading: TextReadability, officialese: Sequence[OfficialeseHit], tone: ToneResult
) -> list[HardSentence]:
    threats = {(s.start, s.end): s for s in tone.threatening}
    ranked: list[HardSentence] = []
    text_of: dict[tuple[int, int], str] = {(s.start, s.end): s.text for s in tone.sentences}
    for sentence in reading.sentences:
        hits = [h for h in officialese if sentence.start <= h.start < sentence.end]
        threat = threats.get((sentence.start, sentence.end))
        cost = sentence.cost + OFFICIALESE_COST * len(hits) + (THREAT_COST if threat else 0.0)
        if cost <= 0:
            continue
        advice = _advice(sentence, hits)
        if threat is not None:
            advice.extend(r.calmer for r in threat.reasons)
        ranked.append(
            HardSentence(
                start=sentence.start,
                end=sentence.end,
                text=text_of.get((sentence.start, sentence.end), ""),
                cost=cost,
                words=sentence.words,
                advice=tuple(dict.fromkeys(advice)),
            )
        )
    ranked.sort(key=lambda s: -s.cost)
    return ranked


def _advice(sentence: SentenceReadability, hits: Sequence[OfficialeseHit]) -> list[str]:
    advice: list[str] = []
    if sentence.words > VERY_LONG_SENTENCE_WORDS:
        advice.append(
            _(
                "Zeer lange zin ({n} woorden). Maak er twee of drie zinnen van, met één boodschap per zin."
            ).format(n=sentence.words)
        )
    elif sentence.words > LONG_SENTENCE_WORDS:
        advice.append(_("Lange zin ({n} woorden). Maak hem korter of splits hem.").format(n=sentence.words))
    for span in sentence.passive_spans:
        advice.append(
            _(
                "Lijdende vorm '{words}'. Zeg wie het doet: 'Wij betalen …' in plaats van '… wordt betaald'."
            ).format(words=span.text)
        )
    for hit in hits:
        advice.append(
            _("Ambtelijk woord '{word}'. Schrijf liever: {alternative}.").format(
                word=hit.text, alternative=hit.entry.alternative
            )
        )
    for span in sentence.nominalisation_spans:
        advice.append(
            _(
                "Naamwoordstijl '{words}'. Gebruik een werkwoord: 'wij beoordelen' in plaats van 'de "
                "beoordeling'."
            ).format(words=span.text)
        )
    official = {(h.start, h.end) for h in hits}
    for span in sentence.rare_word_spans:
        # Names (a capital, not at the start of the sentence) are not words the writer can replace.
        is_name = span.text[:1].isupper() and span.start > sentence.start
        if (span.start, span.end) not in official and not is_name:
            advice.append(
                _("Weinig gebruikt woord '{word}'. Kies een gewoner woord of leg het uit.").format(
                    word=span.text
                )
            )
    return advice


# ------------------------------------------------------------------------------------------------------------


_WRAPPED_LINE = re.compile(r"(?<=[^\s.!?:;])\n(?=[a-zà-ÿ(])")


def unwrap_lines(text: str) -> str:
    """Join lines that a mail program or typist broke inside a sentence ("… om uw inkomen te\nberekenen.").

    A line break always ends a sentence for the sentence splitter, which is right for headings and lists but
    cuts hard-wrapped prose in two. A break is taken as a wrap when the line does not end in punctuation and
    the
    next line starts with a lower-case letter. The newline becomes a space, so the text keeps its length and
    every offset stays valid for the original text.
    """
    return _WRAPPED_LINE.sub(" ", text)


def check_letter(
    text: str,
    profile: str | None = None,
    law_date: date | None = None,
    *,
    letter_id: str = "",
) -> LetterCheck:
    """Check one letter. `profile` overrides the detected profile; `law_date` picks the rule versions
    (default today). Lines wrapped inside a sentence are joined first (see unwrap_lines); `LetterCheck.text`
    is
    the text as checked, with the same length and offsets as `text`."""
    day = law_date or date.today()
    text = unwrap_lines(text)
    guess = detect_profile(text, profile)
    sentences = split_sentences(text)
    tone = analyse_tone(text, sentences)
    officialese = find_officialese(text, sentences=sentences)
    reading = readability(text)
    findings = [evaluate_rule(rule, text, sentences, tone) for rule in letter_rules(guess.profile, day)]
    return LetterCheck(
        text=text,
        profile=guess,
        law_date=day,
        findings=findings,
        readability=reading,
        plain=plain_score(reading, len(officialese)),
        tone=tone,
        officialese=officialese,
        hard_sentences=_hard_sentences(reading, officialese, tone),
        id=letter_id,
    )
