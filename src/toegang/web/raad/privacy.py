"""Keep personal data out of the council's records: find BSNs, e-mail addresses and phone numbers in free text.

The council records signals from its achterban anonymously. A form cannot ask for a name, but people type one
in anyway, or a BSN from a letter. The finders here are pure functions; `validators` turns them into Django
validators with a Dutch message that says what to remove and why.
"""

from __future__ import annotations

import regex
from django.core.exceptions import ValidationError

from toegang.i18n import _

# Nine digits, optionally grouped with dots, spaces or dashes ("123.456.782", "1234 56 782"), not part of a
# longer number (also not when that number is grouped the same way).
_NINE_DIGITS = regex.compile(r"(?<!\d[ .\-]?)\d(?:[ .\-]?\d){8}(?![ .\-]?\d)")
_EMAIL = regex.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
# Dutch numbers: 0, +31 or 0031, then nine digits in any grouping ("06-12345678", "020 123 45 67",
# "+31 (0)6 1234 5678").
_PHONE = regex.compile(r"(?<![\d+])(?:\+31|0031|0)[ \-.]?(?:\(0\)[ \-.]?)?[1-9](?:[ \-.]?\d){8}(?![ \-.]?\d)")


def elfproef(digits: str) -> bool:
    """The BSN check: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and the number is not all zeros)."""
    if len(digits) != 9 or not digits.isdigit() or int(digits) == 0:
        return False
    total = sum(int(d) * weight for d, weight in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


def find_bsns(text: str) -> list[str]:
    """Every nine-digit number in `text` (grouped or not) that passes the elfproef, as written."""
    found = []
    for match in _NINE_DIGITS.finditer(text or ""):
        digits = "".join(ch for ch in match.group() if ch.isdigit())
        if elfproef(digits):
            found.append(match.group())
    return found


def find_emails(text: str) -> list[str]:
    return [m.group() for m in _EMAIL.finditer(text or "")]


def find_phones(text: str) -> list[str]:
    return [m.group() for m in _PHONE.finditer(text or "")]


def no_bsn(value: str) -> None:
    """Validator for every free-text field: a BSN identifies a person, so it may not be stored here."""
    found = find_bsns(value)
    if found:
        raise ValidationError(
            _(
                "Er staat een burgerservicenummer (BSN) in de tekst: {bsn}. Haal dit nummer weg. "
                "De cliëntenraad bewaart geen gegevens waarmee iemand te herkennen is."
            ).format(bsn=", ".join(found)),
            code="bsn",
        )


def no_contact_details(value: str) -> None:
    """Validator for the anonymous description: no e-mail address or phone number of the person."""
    emails, phones = find_emails(value), find_phones(value)
    problems = []
    if emails:
        problems.append(_("een e-mailadres ({found})").format(found=", ".join(emails)))
    if phones:
        problems.append(_("een telefoonnummer ({found})").format(found=", ".join(phones)))
    if problems:
        raise ValidationError(
            _(
                "Er staat {what} in de beschrijving. Haal dit weg. De beschrijving is anoniem: "
                "met een e-mailadres of telefoonnummer is iemand te vinden."
            ).format(what=_(" en ").join(problems)),
            code="contact",
        )
