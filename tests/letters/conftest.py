"""Letters written for these tests (not taken from any corpus), and helpers that build files in each
format."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from types import SimpleNamespace

import pytest

GOOD_INVITATION = """Gemeente Voorbeeldstad
Team Werk en Inkomen

Beste mevrouw Bakker,

Wij nodigen u uit voor een gesprek op dinsdag 4 maart om 10.00 uur in het stadskantoor.
In dit gesprek praten we over uw plannen voor werk en over wat u daarbij nodig heeft.
U mag iemand meenemen, bijvoorbeeld een familielid, een vriend of een cliëntondersteuner.
Wilt u hulp van iemand die niet voor de gemeente werkt? Stichting Samen geeft gratis onafhankelijke \
cliëntondersteuning. Bel hen op 050 123 45 67.
Kunt u niet op deze dag? Bel ons dan op 14 050 of mail naar werk@voorbeeldstad.nl. Dan maken we een nieuwe
afspraak.

Met vriendelijke groet,
Jan de Vries, consulent Werk en Inkomen
Telefoon 14 050
"""

BAD_INVITATION = """Geachte heer Jansen,

LET OP: U BENT VERPLICHT OM TE VERSCHIJNEN!
Indien u zonder geldige reden niet verschijnt, zal uw uitkering worden verlaagd.
Wij hebben geconstateerd dat u eerder niet bent verschenen.
U wordt verwacht op 4 maart om 10.00 uur voor een gesprek. U dient alleen te komen.
Wij wijzen u er nogmaals op dat het niet nakomen van uw verplichtingen gevolgen heeft voor uw uitkering.
Tijdens de groepsbijeenkomst bespreken wij uw schulden en uw gezondheid met de andere deelnemers.

Hoogachtend,
Het college van burgemeester en wethouders
"""

GOOD_DECISION = """Beste meneer Öztürk,

Wij hebben besloten dat u vanaf 1 mei bijstand krijgt. U krijgt dit omdat uw inkomen lager is dan de
bijstandsnorm (Participatiewet artikel 21).
Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Stuur binnen 6 weken na de datum van deze
brief
een brief naar het college van burgemeester en wethouders, Postbus 10, 1234 AB Voorbeeldstad.
Wilt u hulp bij uw bezwaar? Een onafhankelijke cliëntondersteuner helpt u gratis. Bel 050 765 43 21.

Met vriendelijke groet,
Team Inkomen, telefoon 14 050
"""

WRONG_TERM_DECISION = """Beste meneer Öztürk,

Wij hebben besloten dat uw aanvraag voor bijzondere bijstand is afgewezen, omdat de kosten niet nodig zijn
(Participatiewet artikel 35).
Bent u het niet eens met dit besluit? Stuur dan binnen 4 weken een bezwaarschrift naar de gemeente.

Team Inkomen, telefoon 14 050
"""

REQUEST = """Beste mevrouw Kaya,

Wij hebben uw aanvraag voor bijstand ontvangen. Er ontbreekt nog iets.
Wilt u uw bankafschriften van de laatste 3 maanden vóór 20 mei sturen? Wij hebben ze nodig om uw inkomen te
berekenen.
U kunt ze uploaden op onze website of opsturen naar Postbus 10.
Lukt het niet, of heeft u vragen? Bel Fatima Yilmaz, team Inkomen, op 050 123 45 67.
"""

SHORT_REQUEST = """Beste mevrouw Kaya,

Wij vragen u binnen 3 dagen uw loonstroken te sturen.
Heeft u vragen? Bel team Inkomen op 050 123 45 67.
"""

HOME_VISIT_BAD = """Beste meneer De Boer,

Wij nodigen u uit voor een gesprek over uw uitkering. In het gesprek bespreken we uw woonsituatie.
U bent verplicht mee te werken aan een huisbezoek op 12 juni.

Team Handhaving, telefoon 050 123 45 67
"""

HOME_VISIT_GOOD = """Beste meneer De Boer,

Wij willen op 12 juni bij u thuis langskomen voor een huisbezoek. Wij doen dat omdat wij willen zien of u op
dit adres woont. U mag nee zeggen. Geeft u geen toestemming? Dan kunnen wij misschien niet vaststellen of u
recht
heeft op bijstand.
In het gesprek bespreken we ook uw vragen. U mag iemand meenemen, bijvoorbeeld een familielid.
Kunt u niet op 12 juni? Bel ons dan op 050 123 45 67.

Team Inkomen
"""


def make_docx(paragraphs: list[str], footer: str = "", table: list[list[str]] | None = None) -> bytes:
    from docx import Document

    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = cell
    if footer:
        document.sections[0].footer.paragraphs[0].text = footer
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_odt(heading: str, paragraphs: list[str]) -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text=heading))
    for text in paragraphs:
        document.text.addElement(P(text=text))
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def make_pdf(text: str | None) -> bytes:
    """A PDF with a text layer, or (text=None) a page with only a drawing, like a scan without OCR."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    if text is None:
        pdf.rect(20, 20, 120, 160, style="F")
    else:
        pdf.set_font("Helvetica", size=12)
        pdf.multi_cell(0, 8, text)
    return bytes(pdf.output())


def encrypt_pdf(data: bytes, user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="eigenaar", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def make_eml(
    body: str, subject: str = "Uitnodiging", html: str | None = None, attachment: bytes | None = None
) -> bytes:
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = "gemeente@voorbeeldstad.nl"
    message["To"] = "bewoner@example.org"
    message.set_content(body)
    if html is not None:
        message.add_alternative(html, subtype="html")
    if attachment is not None:
        message.add_attachment(attachment, maintype="application", subtype="pdf", filename="brief.pdf")
    return message.as_bytes()


def make_zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture
def samples() -> SimpleNamespace:
    """The letters above, by name."""
    return SimpleNamespace(
        good_invitation=GOOD_INVITATION,
        bad_invitation=BAD_INVITATION,
        good_decision=GOOD_DECISION,
        wrong_term_decision=WRONG_TERM_DECISION,
        request=REQUEST,
        short_request=SHORT_REQUEST,
        home_visit_bad=HOME_VISIT_BAD,
        home_visit_good=HOME_VISIT_GOOD,
    )


@pytest.fixture
def make() -> SimpleNamespace:
    """Builders for letter files in each format."""
    return SimpleNamespace(
        docx=make_docx, odt=make_odt, pdf=make_pdf, encrypt_pdf=encrypt_pdf, eml=make_eml, zip=make_zip
    )
