"""Is this link or page about applying for bijstand? Cheap keyword scores that steer the crawl.

These scores only decide what to fetch first and which pages to hand to the audit; they are not findings.
They are deterministic (same input, same score) so that a resumed crawl makes the same choices.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

# Terms that name the benefit itself.
STRONG = ("bijstand", "participatiewet", "levensonderhoud")
# Terms about the act of applying.
APPLY = ("aanvragen", "aanvraag", "aanmelden", "melden", "melding")
# Terms near the topic: a page with these is worth a look, not more.
RELATED = (
    "uitkering",
    "voorschot",
    "inkomen",
    "werkplein",
    "geldzaken",
    "geld",
    "minima",
    "sociale dienst",
    "werk en inkomen",
)
# Other benefits that share a word with bijstand but are not what we look for.
OTHER_BENEFITS = ("bijzondere bijstand", "ioaw", "ioaz", "bbz", "tozo", "kwijtschelding")

CANDIDATE_THRESHOLD = 0.5

_WORD_SPLIT = re.compile(r"[^0-9a-zà-ÿ]+")


def normalise(text: str) -> str:
    """Lower case, separators to single spaces: 'Werk-en-Inkomen/Bijstand_aanvragen' -> 'werk en inkomen
    bijstand aanvragen'."""
    return " ".join(w for w in _WORD_SPLIT.split(text.lower()) if w)


def url_words(url: str) -> str:
    parts = urlsplit(url)
    return normalise(unquote(parts.path + " " + parts.query))


def _has(text: str, terms: tuple[str, ...]) -> bool:
    return any(t in text for t in terms)


def _count(text: str, terms: tuple[str, ...]) -> int:
    return sum(text.count(t) for t in terms)


def _clamp(value: float) -> float:
    return round(min(1.0, max(0.0, value)), 3)


def link_score(url: str, text: str) -> float:
    """How promising a link is, from its URL and its link text (0..1)."""
    u, t = url_words(url), normalise(text)
    score = 0.0
    for words, weight in ((u, 1.0), (t, 1.0)):
        if _has(words, STRONG):
            score += 0.4 * weight
        if _has(words, APPLY):
            score += 0.15 * weight
        if _has(words, RELATED):
            score += 0.1 * weight
    if _has(u, OTHER_BENEFITS) or _has(t, OTHER_BENEFITS):
        score -= 0.2
    return _clamp(score)


@dataclass(frozen=True, slots=True)
class PageSignals:
    """Which signals made a page score: kept with the page so a reader can see why it was picked."""

    title: bool
    url: bool
    body_terms: int
    score: float


def page_signals(url: str, title: str, headings: str, body: str) -> PageSignals:
    """Score a fetched page by its URL, title and headings, and the words in its text (0..1)."""
    head = normalise(f"{title} {headings}")
    u = url_words(url)
    text = normalise(body[:200_000])
    score = 0.0
    title_hit = _has(head, STRONG)
    if title_hit:
        score += 0.35
    if _has(head, APPLY):
        score += 0.15
    if _has(head, RELATED):
        score += 0.05
    url_hit = _has(u, STRONG)
    if url_hit:
        score += 0.1
    if _has(u, APPLY):
        score += 0.05
    strong_count = _count(text, STRONG)
    score += min(0.2, 0.05 * strong_count)
    if _has(text, APPLY):
        score += 0.05
    if "voorschot" in text:
        score += 0.05
    if _has(text, RELATED):
        score += 0.05
    if _has(head, OTHER_BENEFITS):
        score -= 0.25
    return PageSignals(title=title_hit, url=url_hit, body_terms=strong_count, score=_clamp(score))


def page_score(url: str, title: str, headings: str, body: str) -> float:
    return page_signals(url, title, headings, body).score


def is_candidate(score: float) -> bool:
    return score >= CANDIDATE_THRESHOLD
