"""Fuzzing the readers: whatever bytes come in, the only failure is our own ReadError with a Dutch message."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toegang.letters.readers import SUPPORTED_SUFFIXES, Limits, ReadError, read_letter_bytes

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SMALL = Limits(max_bytes=200_000, max_uncompressed=2_000_000)


def _read_or_readerror(data: bytes, name: str) -> None:
    try:
        letter = read_letter_bytes(data, name, SMALL)
    except ReadError as error:
        assert error.message and name in error.message
    else:
        assert letter.text.strip()


def _seed_docx() -> bytes:
    from docx import Document

    document = Document()
    document.add_paragraph("Wij nodigen u uit voor een gesprek.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _seed_odt() -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    document = OpenDocumentText()
    document.text.addElement(P(text="Wij nodigen u uit voor een gesprek."))
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def _seed_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "Wij nodigen u uit voor een gesprek.")
    return bytes(pdf.output())


def _seed_eml() -> bytes:
    return (
        b"Subject: Uitnodiging\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        b"<p>Wij nodigen u uit voor een gesprek.</p>\r\n"
    )


SEEDS: dict[str, Callable[[], bytes]] = {
    ".docx": _seed_docx,
    ".odt": _seed_odt,
    ".pdf": _seed_pdf,
    ".eml": _seed_eml,
    ".html": lambda: b"<html><body><p>Wij nodigen u uit.</p><script>x()</script></body></html>",
    ".txt": lambda: "Wij nodigen u uit voor een gesprek. Cliënt".encode(),
}


@FUZZ
@given(data=st.binary(max_size=4096), suffix=st.sampled_from(SUPPORTED_SUFFIXES))
def test_random_bytes_never_crash_a_reader(data: bytes, suffix: str) -> None:
    _read_or_readerror(data, "willekeurig" + suffix)


@st.composite
def _mutations(draw: st.DrawFn, seed: bytes) -> bytes:
    data = bytearray(seed)
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        position = draw(st.integers(min_value=0, max_value=len(data) - 1))
        data[position] = draw(st.integers(min_value=0, max_value=255))
    if draw(st.booleans()):
        data = data[: draw(st.integers(min_value=0, max_value=len(data)))]
    return bytes(data)


@pytest.mark.parametrize("suffix", sorted(SEEDS))
def test_mutated_real_files_never_crash_a_reader(suffix: str) -> None:
    seed = SEEDS[suffix]()
    _read_or_readerror(seed, "heel" + suffix)  # the seed itself is readable

    @FUZZ
    @given(data=_mutations(seed))
    def check(data: bytes) -> None:
        _read_or_readerror(data, "kapot" + suffix)

    check()


@FUZZ
@given(
    names=st.lists(
        st.text(
            st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00/"), min_size=1, max_size=20
        ),
        max_size=5,
        unique=True,
    ),
    blob=st.binary(max_size=512),
)
def test_zip_containers_with_arbitrary_members_never_crash(names: list[str], blob: bytes) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", blob)
        for name in names:
            archive.writestr("extra/" + name, blob)
    for suffix in (".docx", ".odt"):
        _read_or_readerror(buffer.getvalue(), "zip" + suffix)
