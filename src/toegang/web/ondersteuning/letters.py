"""Reminders by the client's channel: a PDF letter for post, an e-mail for e-mail, a script for a phone call.

The PDF uses fpdf2's core Helvetica, which covers Latin-1 (ë, é, ï): enough for Dutch. Characters outside
Latin-1 (€, typographic quotes and dashes) are replaced by plain ones before writing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.core.mail import send_mail
from fpdf import FPDF

from toegang.i18n import _
from toegang.law.deadlines import format_day
from toegang.law.track import Deadline, DeadlineStatus
from toegang.web.ondersteuning.labels import DEADLINE_LABELS
from toegang.web.ondersteuning.models import Client, ContactChannel

_PLAIN = str.maketrans(
    {"€": "EUR", "‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "\u00a0": " "}
)


@dataclass(frozen=True, slots=True)
class Reminder:
    subject: str
    greeting: str
    paragraphs: tuple[str, ...]
    closing: str

    @property
    def body(self) -> str:
        return "\n\n".join((self.greeting, *self.paragraphs, self.closing))


def reminder(client: Client, items: tuple[Deadline, ...], on: date) -> Reminder:
    """The reminder text for the open deadlines of a track, in Dutch B1."""
    todo = [d for d in items if d.status is DeadlineStatus.OPEN]
    paragraphs: list[str] = []
    if todo:
        paragraphs.append(_("Wij willen u herinneren aan deze datums in uw aanvraag voor bijstand:"))
        for deadline in todo:
            paragraphs.append(
                f"{DEADLINE_LABELS[deadline.kind]}: {format_day(deadline.due)}. {deadline.explanation}"
            )
    else:
        paragraphs.append(_("Op dit moment hoeft u niets te doen voor uw aanvraag voor bijstand."))
    paragraphs.append(_("Heeft u vragen? Neem dan contact op met uw cliëntondersteuner."))
    return Reminder(
        subject=_("Herinnering: uw aanvraag voor bijstand"),
        greeting=_("Beste {name},").format(name=client.pseudonym),
        paragraphs=tuple(paragraphs),
        closing=_("Met vriendelijke groet,\nUw cliëntondersteuner\n\nDatum: {day}").format(
            day=format_day(on)
        ),
    )


def plain(text: str) -> str:
    """Text that Helvetica (Latin-1) can write; anything else left becomes '?'."""
    return text.translate(_PLAIN).encode("latin-1", "replace").decode("latin-1")


def letter_pdf(client: Client, letter: Reminder) -> bytes:
    """A printable A4 letter: address block, subject, text."""
    pdf = FPDF(format="A4")
    pdf.set_margins(25, 25, 25)
    pdf.set_auto_page_break(auto=True, margin=25)
    pdf.set_title(plain(letter.subject))
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    if client.address:
        pdf.multi_cell(0, 6, plain(client.address), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(12)
    pdf.set_font("Helvetica", style="B", size=14)
    pdf.multi_cell(0, 8, plain(letter.subject), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", size=12)
    for block in (letter.greeting, *letter.paragraphs, letter.closing):
        pdf.multi_cell(0, 6, plain(block), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    return bytes(pdf.output())


def send_email(client: Client, letter: Reminder) -> int:
    """Send the reminder through Django's mail backend; the number of messages sent (0 or 1)."""
    if not client.email:
        return 0
    sender = getattr(settings, "DEFAULT_FROM_EMAIL", "webmaster@localhost")
    return send_mail(letter.subject, letter.body, sender, [client.email])


def way(client: Client) -> str:
    """How this client gets a reminder: "pdf", "email" or "gesprek" (the supporter calls or tells)."""
    if client.contact == ContactChannel.POST:
        return "pdf"
    if client.contact == ContactChannel.EMAIL and client.email:
        return "email"
    return "gesprek"
