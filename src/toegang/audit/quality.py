"""Checks on input text before it is audited: empty, not Dutch, binary garbage, too long.

Bad input never stops an audit: the page still gets its findings (mostly `absent`), and a Dutch warning says why
they may mean little.
"""

from __future__ import annotations

import re

from toegang.i18n import _

MAX_AUDIT_CHARS = 200_000  # a bijstand page is a few thousand characters; longer input is cut, with a warning

_DUTCH = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "u",
        "je",
        "uw",
        "niet",
        "voor",
        "met",
        "op",
        "dat",
        "bij",
        "aan",
        "als",
        "wij",
        "we",
        "kunt",
        "heeft",
    ]
)
_ENGLISH = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "you",
        "your",
        "for",
        "with",
        "that",
        "are",
        "can",
        "this",
        "not",
        "apply",
        "benefit",
    ]
)
_WORD = re.compile(r"\w+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")


def text_warnings(text: str) -> list[str]:
    """Dutch warnings about the input; empty when the text looks like an ordinary Dutch page."""
    warnings: list[str] = []
    if not text.strip():
        return [_("De pagina bevat geen tekst. Alle regels staan daarom op 'ontbreekt'.")]
    if len(text) > MAX_AUDIT_CHARS:
        warnings.append(
            _(
                "De tekst is erg lang ({chars} tekens). Alleen de eerste {limit} tekens zijn gecontroleerd."
            ).format(chars=f"{len(text):,}".replace(",", "."), limit=f"{MAX_AUDIT_CHARS:,}".replace(",", "."))
        )
    sample = text[:4_000]
    if len(_CONTROL.findall(sample)) > max(5, len(sample) // 100):
        warnings.append(_("De tekst lijkt onleesbaar (binaire of kapotte tekens). Controleer het bestand."))
        return warnings
    tokens = _WORD.findall(sample[:2_000].lower())
    dutch = sum(1 for t in tokens if t in _DUTCH)
    english = sum(1 for t in tokens if t in _ENGLISH)
    if english > 2 * dutch + 3:
        warnings.append(
            _("De tekst lijkt niet in het Nederlands. De controle werkt alleen goed voor Nederlandse tekst.")
        )
    elif dutch < 3 and len(tokens) > 30:
        warnings.append(_("De tekst lijkt geen gewone Nederlandse tekst. De uitkomst zegt daarom weinig."))
    return warnings
