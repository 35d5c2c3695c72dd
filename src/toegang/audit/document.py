"""A page prepared for the recognisers: sentences with offsets, lower-cased text and the audience they address.

Rules for young people (under 27) differ from those for everyone else, so each sentence knows whether it is
about young people (`youth`) or explicitly about people of 27 and older (`adult`). A sentence inherits that from
a heading above it, from the first sentence of its paragraph, or from the page itself (a youth page).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from toegang.audit.keywords import declared, keyword_hits
from toegang.text.sentences import split_sentences
from toegang.text.tokens import Span

YOUTH = re.compile(
    r"jonger (?:bent )?dan 27|onder de 27|tot (?:en met )?2[67] jaar|\bjongeren\b|\bjongere\b|18 tot 27|"
    r"18[- ]27|18 t/m 26|nog geen 27|tussen (?:de )?18 en 27|jonger dan 27|(?<!\d)27-(?!\+)|jongerenloket"
)
ADULT = re.compile(r"27 jaar (?:of|en) ouder|ouder dan 27|vanaf 27|27\+|27 jaar tot (?:de )?aow|27-plus")
_HEADING_MAX = 80


# Not frozen: a frozen dataclass sets each field through object.__setattr__, which makes building the dozens of
# sentences of a page several times slower. Nothing changes a sentence after build_document.
@dataclass(slots=True, eq=False)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    low: str
    youth: bool  # about people under 27
    adult: bool  # explicitly about people of 27 and older
    heading: bool  # a short line without a full stop: a heading or a table/list cell
    hits: frozenset[str] = frozenset()  # declared keywords in this sentence (see toegang.audit.keywords)
    indexed: frozenset[str] = frozenset()  # the keywords the index knew when this sentence was built

    def span(self) -> Span:
        return Span(self.start, self.end, self.text)

    def has(self, words: frozenset[str]) -> bool:
        """Cheap gate before an expensive pattern: does any of these keywords occur in the sentence?"""
        if words <= self.indexed:
            return not self.hits.isdisjoint(words)
        return any(w in self.hits if w in self.indexed else w in self.low for w in words)


@dataclass(frozen=True, slots=True)
class Document:
    text: str
    low: str
    url: str
    sentences: tuple[Sentence, ...]
    youth_page: bool
    by_keyword: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def near(self, index: int, before: int = 1, after: int = 1) -> tuple[Sentence, ...]:
        """The sentence at `index` and its neighbours, in order."""
        return self.sentences[max(0, index - before) : index + after + 1]

    def search(self, pattern: re.Pattern[str]) -> bool:
        return pattern.search(self.low) is not None

    def gated(self, words: frozenset[str]) -> list[Sentence]:
        """The sentences, in order, that contain at least one of these keywords (each keyword a necessary part
        of the pattern the caller runs next)."""
        if self.sentences and words <= self.sentences[0].indexed:
            index = self.by_keyword
            found = set().union(*[index.get(w, ()) for w in words])
            return [self.sentences[i] for i in sorted(found)]
        return [s for s in self.sentences if s.has(words)]


_YOUTH_URL = re.compile(r"jongere|jongeren|onder-27|tot-27|jonger-dan-27")
_HEADING_END = (".", "!", ":", ";", ",")


def _is_heading(sentence: str) -> bool:
    return len(sentence) <= _HEADING_MAX and not sentence.rstrip().endswith(_HEADING_END)


def build_document(text: str, url: str = "") -> Document:
    """Split `text` into sentences and mark the audience of each one."""
    youth_page = bool(_YOUTH_URL.search(url.lower()))
    spans = split_sentences(text)
    sentences: list[Sentence] = []
    section_youth = youth_page
    section_adult = False
    paragraph_youth = False
    paragraph_adult = False
    previous_end = 0
    by_keyword: dict[str, list[int]] = {}
    indexed = declared()
    text_low = text.lower()
    # When lower() kept every offset, each sentence's lower-case text is a slice of text_low.
    same_offsets = len(text_low) == len(text)
    for i, span in enumerate(spans):
        low = text_low[span.start : span.end] if same_offsets else span.text.lower()
        heading = _is_heading(span.text)
        new_paragraph = i == 0 or text.find("\n\n", previous_end, span.start) >= 0
        own_youth = ("27" in low or "26" in low or "jonger" in low) and bool(YOUTH.search(low))
        own_adult = "27" in low and bool(ADULT.search(low))
        if heading and (own_youth or own_adult or len(low.split()) <= 8):
            # A heading opens a section for its audience; a neutral heading ends a youth/adult section.
            section_youth = youth_page or own_youth
            section_adult = own_adult and not own_youth
            paragraph_youth = paragraph_adult = False
        elif new_paragraph:
            paragraph_youth = own_youth
            paragraph_adult = own_adult and not own_youth
        youth = own_youth or paragraph_youth or (section_youth and not own_adult)
        adult = own_adult or ((paragraph_adult or section_adult) and not own_youth)
        hits = keyword_hits(low)
        for word in hits:
            by_keyword.setdefault(word, []).append(i)
        sentences.append(
            Sentence(i, span.start, span.end, span.text, low, youth, adult, heading, hits, indexed)
        )
        previous_end = span.end
    index = {word: tuple(ids) for word, ids in by_keyword.items()}
    return Document(text, text_low, url, tuple(sentences), youth_page, index)
