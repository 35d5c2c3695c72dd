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
    """
    bijv bv bijvoorbeeld o.a m.b.t m.i.v i.v.m i.p.v d.w.z e.d enz etc art nr nrs tel ca max min incl excl
    mr dhr mevr mw jl z.s.m t.a.v t.o.v n.a.v m.u.v resp evt ong vnl zgn z.g.n a.u.b s.v.p p.p blz lid ma di wo
    do vr za zo jan feb mrt apr aug sep sept okt nov dec e.v mln mld o.b.v v.a a.s j.l dr ir drs prof st
    """.split()
)

_LINE_BREAK = re.compile(r"\n")
# End of sentence: . ! ? (possibly repeated, possibly followed by a closing quote or bracket) and then space.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_BULLET = re.compile(r"^[\s•·▪◦\-–—*>]+")
_DOTTED_INITIALISM = re.compile(r"(?:\w\.)+\w")


def _is_abbreviation(chunk: str, dot_at: int) -> bool:
    """Whether the dot at `dot_at` belongs to an abbreviation such as 'bijv.' or 'o.a.'."""
    token_start = max(chunk.rfind(" ", 0, dot_at), chunk.rfind("\t", 0, dot_at)) + 1
    token = chunk[token_start:dot_at].lstrip("(\"'“‘").lower()
    if not token:
        return False
    if token in ABBREVIATIONS:
        return True
    # Single letters ("A. de Vries") and dotted initialisms ("o.a", "t.a.v") are abbreviations.
    return len(token) == 1 and token.isalpha() or bool(_DOTTED_INITIALISM.fullmatch(token))


def _emit(text: str, start: int, end: int, out: list[Span]) -> None:
    piece = text[start:end]
    lead = _BULLET.match(piece)
    if lead:
        start += lead.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end, text[start:end]))


def split_sentences(text: str) -> list[Span]:
    """Split `text` into sentences; each Span's offsets point into `text` (bullets and spaces trimmed)."""
    out: list[Span] = []
    line_start = 0
    for line_end in [m.start() for m in _LINE_BREAK.finditer(text)] + [len(text)]:
        line = text[line_start:line_end]
        sent_start = 0
        for match in _END.finditer(line):
            dot_at = match.start()
            if line[dot_at] == "." and match.end() - dot_at == 1 and _is_abbreviation(line, dot_at):
                continue
            # A full stop followed by a lower-case word rarely ends a Dutch sentence ("ca. drie", "nr. 5").
            rest = line[match.end() :].lstrip()
            if rest[:1].islower() and line[dot_at] == ".":
                continue
            _emit(text, line_start + sent_start, line_start + match.end(), out)
            sent_start = match.end()
        _emit(text, line_start + sent_start, line_end, out)
        line_start = line_end + 1
    return out
