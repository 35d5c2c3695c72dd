"""Read a letter file into plain text: .txt, .docx, .odt, .pdf (text layer), .html and .eml.

Letters come from clients and supporters, so every file is untrusted: the size is checked before anything is
parsed, zip containers (docx, odt) are checked for zip bombs before a parser sees them, and every failure of a
third-party parser becomes a `ReadError` with a Dutch message that names the file and says what to do.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import io
import logging
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from toegang.i18n import _

MB = 1024 * 1024
DEFAULT_MAX_BYTES = 10 * MB
SUPPORTED_SUFFIXES = (".txt", ".docx", ".odt", ".pdf", ".html", ".htm", ".eml")

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File: old .doc, or an encrypted Office file
_ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True, slots=True)
class Limits:
    """Guards against hostile files. The zip limits are checked on the archive directory, before parsing."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_uncompressed: int = 100 * MB  # all members of a docx/odt together
    max_ratio: float = 100.0  # uncompressed / compressed, for members bigger than `ratio_floor`
    ratio_floor: int = 1 * MB
    max_members: int = 5000
    max_pdf_pages: int = 300
    max_chars: int = 1_000_000  # a letter longer than this is not a letter


class ReadError(Exception):
    """A letter could not be read. `message` is Dutch and tells the user what to do; `code` is for
    programs."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class LetterText:
    """The text of a letter as read, with the format it came in and warnings (Dutch) about what was
    skipped."""

    name: str
    format: str
    text: str
    warnings: tuple[str, ...] = field(default_factory=tuple)


def read_letter(path: Path, limits: Limits | None = None) -> LetterText:
    """Read a letter from disk; the size is checked before the file is read."""
    limits = limits or Limits()
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError(
            "niet-gevonden",
            _("Het bestand {name} kan niet worden geopend. Kijk of de naam en de map goed zijn.").format(
                name=name
            ),
        ) from exc
    _check_size(name, size, limits)
    try:
        with path.open("rb") as handle:
            data = handle.read(limits.max_bytes + 1)
    except OSError as exc:
        raise ReadError(
            "niet-gevonden",
            _("Het bestand {name} kan niet worden gelezen. Kijk of u het bestand mag openen.").format(
                name=name
            ),
        ) from exc
    return read_letter_bytes(data, name, limits)


def read_letter_bytes(data: bytes, name: str, limits: Limits | None = None) -> LetterText:
    """Read a letter from memory (e.g. an upload). The suffix of `name` decides the format."""
    limits = limits or Limits()
    _check_size(name, len(data), limits)
    suffix = Path(name).suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None:
        raise _unsupported(name, suffix)
    warnings: list[str] = []
    try:
        text = reader(data, name, limits, warnings)
    except ReadError:
        raise
    except Exception as exc:  # any parser failure on a hostile or broken file becomes our own error
        raise _damaged(name) from exc
    text = _normalise(text)
    if not text.strip():
        raise ReadError(
            "leeg",
            _("In het bestand {name} staat geen tekst. Kijk of u het goede bestand heeft gekozen.").format(
                name=name
            ),
        )
    if len(text) > limits.max_chars:
        raise ReadError(
            "te-lang",
            _(
                "De tekst in {name} is te lang voor één brief (meer dan {limit} tekens). "
                "Controleer de brief in delen."
            ).format(name=name, limit=f"{limits.max_chars:,}".replace(",", ".")),
        )
    fmt = "html" if suffix == ".htm" else suffix.lstrip(".")
    return LetterText(name=name, format=fmt, text=text, warnings=tuple(warnings))


# ------------------------------------------------------------------------------------------------------------
# Errors


def _check_size(name: str, size: int, limits: Limits) -> None:
    if size > limits.max_bytes:
        raise ReadError(
            "te-groot",
            _(
                "Het bestand {name} is te groot ({size} MB). De grens is {limit} MB. "
                "Haal plaatjes weg of sla de brief op als gewone tekst (.txt) en probeer het opnieuw."
            ).format(name=name, size=_mb(size), limit=_mb(limits.max_bytes)),
        )


def _mb(size: int) -> str:
    return f"{size / MB:.1f}".replace(".", ",").replace(",0", "")


def _unsupported(name: str, suffix: str) -> ReadError:
    if suffix == ".doc":
        return ReadError(
            "oud-formaat",
            _(
                "Het bestand {name} is een oud Word-bestand (.doc). Open het in Word of LibreOffice, "
                "sla het op als .docx en probeer het opnieuw."
            ).format(name=name),
        )
    return ReadError(
        "onbekend-formaat",
        _(
            "Het bestand {name} kan niet worden gelezen: dit soort bestand kennen we niet. "
            "Gebruik een brief als .txt, .docx, .odt, .pdf, .html of .eml."
        ).format(name=name),
    )


def _damaged(name: str) -> ReadError:
    return ReadError(
        "beschadigd",
        _(
            "Het bestand {name} is beschadigd of geen echt {kind}-bestand. Open het zelf om te kijken of "
            "het werkt. "
            "Sla het daarna opnieuw op, of kopieer de tekst naar een .txt-bestand."
        ).format(name=name, kind=Path(name).suffix.lstrip(".").upper() or "tekst"),
    )


def _encrypted(name: str) -> ReadError:
    return ReadError(
        "versleuteld",
        _(
            "Het bestand {name} is beveiligd met een wachtwoord. Wij kunnen het daarom niet lezen. "
            "Haal de beveiliging weg (open het bestand en sla het op zonder wachtwoord) en probeer het "
            "opnieuw."
        ).format(name=name),
    )


# ------------------------------------------------------------------------------------------------------------
# Plain text


def _read_txt(data: bytes, name: str, limits: Limits, warnings: list[str]) -> str:
    return _decode_text(data, name, warnings)


def _decode_text(data: bytes, name: str, warnings: list[str]) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data:
        raise ReadError(
            "geen-tekst",
            _(
                "Het bestand {name} is geen gewoon tekstbestand. Open de brief in het programma waarmee hij "
                "is gemaakt en sla hem op als .txt, .docx of .pdf."
            ).format(name=name),
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        warnings.append(
            _(
                "De tekens in {name} zijn gelezen als Windows-tekens (geen UTF-8). Kijk of de letters "
                "kloppen."
            ).format(name=name)
        )
        return data.decode("cp1252", errors="replace")


# ------------------------------------------------------------------------------------------------------------
# Zip containers (docx, odt)


def _open_zip(data: bytes, name: str, limits: Limits) -> zipfile.ZipFile:
    """Open a zip container after checking member count, total size and compression ratio (zip bombs)."""
    if data.startswith(_OLE_MAGIC):
        # Word and LibreOffice store a password-protected .docx/.odt as a Compound File, not as a zip.
        raise _encrypted(name)
    if not data.startswith(_ZIP_MAGIC):
        raise _damaged(name)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise _damaged(name) from exc
    total = 0
    bomb = len(members) > limits.max_members
    for info in members:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.ratio_floor and ratio > limits.max_ratio:
            bomb = True
    if bomb or total > limits.max_uncompressed:
        archive.close()
        raise ReadError(
            "zip-bom",
            _(
                "Het bestand {name} wordt na uitpakken veel te groot. Zo'n bestand kan een computer "
                "vastzetten (een 'zip-bom'). We hebben het daarom niet geopend. Vraag de afzender om de "
                "brief "
                "als PDF of als gewone tekst."
            ).format(name=name),
        )
    return archive


def _read_docx(data: bytes, name: str, limits: Limits, warnings: list[str]) -> str:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    archive = _open_zip(data, name, limits)
    names = set(archive.namelist())
    archive.close()
    if "EncryptionInfo" in names or "word/document.xml" not in names:
        raise _damaged(name)
    try:
        document = Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise _damaged(name) from exc
    headers: list[str] = []
    footers: list[str] = []
    for part in document.part.package.iter_parts():
        partname = str(part.partname)
        element = getattr(part, "element", None)
        if element is None:
            continue
        if re.fullmatch(r"/word/header\d*\.xml", partname):
            headers.extend(_docx_paragraphs(element))
        elif re.fullmatch(r"/word/footer\d*\.xml", partname):
            footers.extend(_docx_paragraphs(element))
    body = _docx_paragraphs(document.element.body)
    blocks = [_dedupe(headers), body, _dedupe(footers)]
    return "\n\n".join("\n".join(block) for block in blocks if any(line.strip() for line in block))


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_paragraphs(root: Any) -> list[str]:
    """Paragraph texts in document order, including tables and text boxes; deleted text and field codes
    skipped."""
    out: list[str] = []

    def collect(node: Any, buf: list[str]) -> None:
        for child in node:
            tag = child.tag
            if tag == f"{_W}t":
                buf.append(child.text or "")
            elif tag == f"{_W}tab":
                buf.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                buf.append("\n")
            elif tag == f"{_W}p":  # a paragraph inside a text box inside this paragraph
                inner: list[str] = []
                collect(child, inner)
                out.append("".join(inner))
            elif tag not in (f"{_W}delText", f"{_W}instrText"):
                collect(child, buf)

    def walk(node: Any) -> None:
        for child in node:
            if child.tag == f"{_W}p":
                buf: list[str] = []
                position = len(out)
                collect(child, buf)
                out.insert(position, "".join(buf))
            else:
                walk(child)

    walk(root)
    return out


def _dedupe(lines: list[str]) -> list[str]:
    seen: set[str] = set()
    kept = []
    for line in lines:
        key = line.strip()
        if key and key not in seen:
            seen.add(key)
            kept.append(line)
    return kept


_MANIFEST = "META-INF/manifest.xml"


def _read_odt(data: bytes, name: str, limits: Limits, warnings: list[str]) -> str:
    from odf import teletype
    from odf.namespaces import TEXTNS
    from odf.opendocument import load

    archive = _open_zip(data, name, limits)
    try:
        names = set(archive.namelist())
        manifest = archive.read(_MANIFEST).decode("utf-8", errors="replace") if _MANIFEST in names else ""
    finally:
        archive.close()
    if "encryption-data" in manifest:
        raise _encrypted(name)
    if "content.xml" not in names:
        raise _damaged(name)
    document = load(io.BytesIO(data))
    paragraphs: list[str] = []

    def walk(node: Any) -> None:
        for child in node.childNodes:
            if getattr(child, "qname", None) in ((TEXTNS, "p"), (TEXTNS, "h")):
                paragraphs.append(teletype.extractText(child))
            elif getattr(child, "childNodes", None):
                walk(child)

    walk(document.text)
    return "\n".join(paragraphs)


# ------------------------------------------------------------------------------------------------------------
# PDF


def _read_pdf(data: bytes, name: str, limits: Limits, warnings: list[str]) -> str:
    from pypdf import PdfReader

    if b"%PDF-" not in data[:1024]:
        raise _damaged(name)
    with _quiet("pypdf"):
        return _pdf_text(PdfReader(io.BytesIO(data), strict=False), name, limits, warnings)


@contextlib.contextmanager
def _quiet(logger_name: str) -> Iterator[None]:
    """Silence a library's repair warnings ("EOF marker not found"): our own message says what matters."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _pdf_text(reader: Any, name: str, limits: Limits, warnings: list[str]) -> str:
    from pypdf.errors import DependencyError, FileNotDecryptedError

    if reader.is_encrypted:
        try:
            opened = reader.decrypt(
                ""
            )  # many PDFs are "encrypted" with an empty password: only editing is locked
        except (DependencyError, NotImplementedError, FileNotDecryptedError) as exc:
            raise _encrypted(name) from exc
        if not opened:
            raise _encrypted(name)
    try:
        pages = reader.pages
        count = len(pages)
    except FileNotDecryptedError as exc:
        raise _encrypted(name) from exc
    if count > limits.max_pdf_pages:
        raise ReadError(
            "te-lang",
            _(
                "Het bestand {name} heeft {count} pagina's. Dat is te veel voor één brief (de grens is "
                "{limit}). "
                "Sla alleen de pagina's van de brief op als PDF en probeer het opnieuw."
            ).format(name=name, count=count, limit=limits.max_pdf_pages),
        )
    texts = [page.extract_text() or "" for page in pages]
    text = "\n\n".join(t.strip("\n") for t in texts)
    if sum(ch.isalpha() for ch in text) < 20:
        raise ReadError(
            "scan",
            _(
                "In het bestand {name} staat geen tekst die wij kunnen lezen. Het is waarschijnlijk een scan "
                "of een foto van een brief. Laat de tekst eerst herkennen met OCR (tekstherkenning, "
                "bijvoorbeeld "
                "in uw scanner-app of met 'OCR' in een PDF-programma) en probeer het daarna opnieuw."
            ).format(name=name),
        )
    if any(not t.strip() for t in texts):
        warnings.append(
            _("Op een of meer pagina's van {name} staat geen leesbare tekst (misschien een scan).").format(
                name=name
            )
        )
    return text


# ------------------------------------------------------------------------------------------------------------
# HTML and e-mail

_SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "head", "title", "svg", "iframe", "object"}
)
_BLOCK_TAGS = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
        "article", "header", "footer", "aside", "nav", "main", "blockquote", "pre", "dd", "dt", "dl",
        "address", "form", "fieldset", "hr", "figure", "figcaption", "caption", "td", "th",
    }
)  # fmt: skip


def _html_to_text(markup: str) -> str:
    """Visible text of an HTML document with a line break at every block; scripts and styles dropped."""
    from lxml import etree, html

    if not markup.strip():
        return ""
    parser = html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, huge_tree=False, encoding="utf-8"
    )
    root = html.document_fromstring(markup.encode("utf-8", errors="replace"), parser=parser)
    parts: list[str] = []

    def walk(node: Any) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        tag = tag.lower().rpartition("}")[2]
        if tag in _SKIP_TAGS or node.tag is etree.Comment:
            parts.append(node.tail or "")
            return
        block = tag in _BLOCK_TAGS
        if block:
            parts.append("\n")
        parts.append(node.text or "")
        for child in node:
            walk(child)
        if block:
            parts.append("\n")
        parts.append(node.tail or "")

    walk(root)
    return "".join(parts)


_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""")


def _read_html(data: bytes, name: str, limits: Limits, warnings: list[str]) -> str:
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return _html_to_text(data.decode(declared.group(1).decode("ascii"), errors="replace"))
        except LookupError:
            pass  # an unknown charset name: fall back to guessing
    return _html_to_text(_decode_text(data, name, warnings))


def _read_eml(data: bytes, name: str, limits: Limits, warnings: list[str]) -> str:
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not message.keys():
        raise _damaged(name)
    parts: list[str] = []
    subject = str(message.get("subject", "") or "").strip()
    if subject:
        parts.append(subject)
    for kind in ("plain", "html"):  # an empty plain part next to an HTML part is common in mail programs
        body = message.get_body(preferencelist=(kind,))
        if body is None or not isinstance(body, EmailMessage):
            continue
        content = body.get_content()
        if isinstance(content, bytes):
            content = _decode_text(content, name, warnings)
        text = _html_to_text(content) if kind == "html" else str(content)
        if text.strip():
            parts.append(text)
            break
    for attachment in _attachments(message):
        filename = attachment.get_filename() or ""
        suffix = Path(filename).suffix.lower()
        if suffix in (".eml", "") or suffix not in _READERS:
            warnings.append(
                _(
                    "De bijlage {attachment} in {name} is niet gelezen: dit soort bestand kennen we niet."
                ).format(attachment=filename or _("(zonder naam)"), name=name)
            )
            continue
        payload = attachment.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        try:
            inner = read_letter_bytes(payload, filename, limits)
        except ReadError as exc:
            warnings.append(_("Bijlage niet gelezen: {reason}").format(reason=exc.message))
            continue
        parts.append(_("Bijlage: {attachment}").format(attachment=filename) + "\n" + inner.text)
    return "\n\n".join(p.strip("\n") for p in parts if p.strip())


def _attachments(message: EmailMessage) -> Iterator[EmailMessage]:
    for part in message.iter_attachments():
        if isinstance(part, EmailMessage):
            yield part


# ------------------------------------------------------------------------------------------------------------

_READERS: dict[str, Callable[[bytes, str, Limits, list[str]], str]] = {
    ".txt": _read_txt,
    ".docx": _read_docx,
    ".odt": _read_odt,
    ".pdf": _read_pdf,
    ".html": _read_html,
    ".htm": _read_html,
    ".eml": _read_eml,
}


def _normalise(text: str) -> str:
    """Unify line ends and spaces so offsets are stable; keep paragraph breaks (they end sentences)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\x00", "")
    text = re.sub(r"[ \t\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()
