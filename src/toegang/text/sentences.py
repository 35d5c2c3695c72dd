"""Dutch sentence splitting with character offsets.

Web pages and letters are not tidy prose: headings and list items stand on their own line without a full stop,
and abbreviations ("bijv.", "o.a.", "art.") and web addresses ("www.werk.nl") contain dots. So a line break
always ends a sentence, and a full stop only does when it is not part of an abbreviation or an address.
"""

from __future__ import annotations

import re

from toegang.text.tokens import Span

# Dutch abbreviations that end in a dot but do not end a sentence (lower case, without the final dot).
ABBREVIATIONS = frozenset(
    [
        "bijv",
        "bv",
        "bijvoorbeeld",
        "o.a",
        "m.b.t",
        "m.i.v",
        "i.v.m",
        "i.p.v",
        "d.w.z",
        "e.d",
        "enz",
        "etc",
        "art",
        "nr",
        "nrs",
        "tel",
        "ca",
        "max",
        "min",
        "incl",
        "excl",
        "mr",
        "dhr",
        "mevr",
        "mw",
        "jl",
        "z.s.m",
        "t.a.v",
        "t.o.v",
        "n.a.v",
        "m.u.v",
        "resp",
        "evt",
        "ong",
        "vnl",
        "zgn",
        "z.g.n",
        "a.u.b",
        "s.v.p",
        "p.p",
        "blz",
        "lid",
        "ma",
        "di",
        "wo",
        "do",
        "vr",
        "za",
        "zo",
        "jan",
        "feb",
        "mrt",
        "apr",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dec",
        "e.v",
        "mln",
        "mld",
        "o.b.v",
        "v.a",
        "a.s",
        "j.l",
        "dr",
        "ir",
        "drs",
        "prof",
        "st",
    ]
)

# A line break, or the end of a sentence: . ! ? (possibly repeated, possibly followed by a closing quote or
# bracket) and then a space on the same line. One pattern finds both, so the text is scanned once, not per line.
# It reads "\n|[.!?…]+[\"'”’)\]]*(?=[^\S\n])", written so that it starts with one character class: the regex
# engine then skips in C to the next line break or punctuation mark instead of trying each position.
_BOUNDARY = re.compile(r"[\n.!?…](?:(?<=\n)|[.!?…]*[\"'”’)\]]*(?=[^\S\n]))")
_BULLET = re.compile(r"[\s•·▪◦\-–—*>]+")  # used with match(): anchored at the start of a sentence
_DOTTED_INITIALISM = re.compile(r"(?:\w\.)+\w")
_NEXT_ON_LINE = re.compile(r"[^\S\n]*(.?)")  # spaces, then one character that is not a line break


def _next_on_line(text: str, pos: int) -> str:
    """The first visible character at or after `pos` on the same line ("" at the end of the line)."""
    found = _NEXT_ON_LINE.match(text, pos)
    return found.group(1) if found else ""


def _is_abbreviation(text: str, line_start: int, dot_at: int) -> bool:
    """Whether the dot at `dot_at` belongs to an abbreviation such as 'bijv.' or 'o.a.'."""
    space = max(text.rfind(" ", line_start, dot_at), text.rfind("\t", line_start, dot_at))
    token = text[max(space + 1, line_start) : dot_at].lstrip("(\"'“‘").lower()
    if not token:
        return False
    if token in ABBREVIATIONS:
        return True
    # Single letters ("A. de Vries") and dotted initialisms ("o.a", "t.a.v") are abbreviations.
    return (len(token) == 1 and token.isalpha()) or bool(_DOTTED_INITIALISM.fullmatch(token))


def _emit(text: str, start: int, end: int, out: list[Span]) -> None:
    lead = _BULLET.match(text, start, end)
    if lead:
        start = lead.end()
    sentence = text[start:end].rstrip()
    if sentence:
        out.append(Span(start, start + len(sentence), sentence))


def split_sentences(text: str) -> list[Span]:
    """Split `text` into sentences; each Span's offsets point into `text` (bullets and spaces trimmed)."""
    out: list[Span] = []
    line_start = sent_start = 0
    for match in _BOUNDARY.finditer(text):
        at, end = match.span()
        if text[at] == "\n":
            if at > sent_start:
                _emit(text, sent_start, at, out)
            line_start = sent_start = end
            continue
        if text[at] == "." and (
            (end - at == 1 and _is_abbreviation(text, line_start, at))
            # A full stop followed by a lower-case word rarely ends a Dutch sentence ("ca. drie", "nr. 5").
            or _next_on_line(text, end).islower()
        ):
            continue
        _emit(text, sent_start, end, out)
        sent_start = end
    _emit(text, sent_start, len(text), out)
    return out
