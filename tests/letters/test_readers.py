"""Reading letters in every supported format, and a clear Dutch error for every kind of bad file."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from toegang.letters.readers import (
    DEFAULT_MAX_BYTES,
    Limits,
    ReadError,
    read_letter,
    read_letter_bytes,
)

INVITE = "Wij nodigen u uit voor een gesprek op 3 maart om 10.00 uur."


def read_error(data: bytes, name: str, limits: Limits | None = None) -> ReadError:
    with pytest.raises(ReadError) as caught:
        read_letter_bytes(data, name, limits)
    error = caught.value
    assert name in error.message, "every message names the file"
    return error


# --- formats ------------------------------------------------------------------------------------------------


def test_txt_utf8_with_bom_and_windows_line_ends() -> None:
    letter = read_letter_bytes(b"\xef\xbb\xbfBeste cli\xc3\xabnt,\r\n\r\n" + INVITE.encode(), "brief.txt")
    assert letter.format == "txt"
    assert letter.text == "Beste cliënt,\n\n" + INVITE
    assert letter.warnings == ()


def test_txt_in_windows_encoding_is_read_with_a_warning() -> None:
    letter = read_letter_bytes("Beste cliënt, wij nodigen u uit.".encode("cp1252"), "oud.txt")
    assert letter.text == "Beste cliënt, wij nodigen u uit."
    assert letter.warnings and "oud.txt" in letter.warnings[0]


def test_txt_utf16_is_read() -> None:
    assert read_letter_bytes(INVITE.encode("utf-16"), "brief.txt").text == INVITE


def test_docx_body_table_and_footer_in_order(make: SimpleNamespace) -> None:
    data = make.docx(
        ["Beste meneer Jansen,", INVITE],
        footer="Team Inkomen, telefoon 14 050",
        table=[["Datum", "3 maart"], ["Plaats", "Stadskantoor"]],
    )
    letter = read_letter_bytes(data, "uitnodiging.docx")
    assert letter.format == "docx"
    lines = letter.text.split("\n")
    assert lines[:2] == ["Beste meneer Jansen,", INVITE]
    assert "Datum" in lines and "Stadskantoor" in lines
    assert letter.text.endswith("Team Inkomen, telefoon 14 050")


def test_odt_heading_and_paragraphs(make: SimpleNamespace) -> None:
    data = make.odt("Uitnodiging", ["Beste mevrouw De Vries,", INVITE])
    letter = read_letter_bytes(data, "uitnodiging.odt")
    assert letter.format == "odt"
    assert letter.text == "Uitnodiging\nBeste mevrouw De Vries,\n" + INVITE


def test_pdf_text_layer(make: SimpleNamespace) -> None:
    letter = read_letter_bytes(make.pdf("Beste mevrouw De Vries, " + INVITE), "brief.pdf")
    assert letter.format == "pdf"
    assert "nodigen u uit voor een gesprek" in letter.text


def test_pdf_with_empty_user_password_is_readable(make: SimpleNamespace) -> None:
    locked_for_editing_only = make.encrypt_pdf(make.pdf(INVITE), user_password="")
    assert "gesprek" in read_letter_bytes(locked_for_editing_only, "beveiligd.pdf").text


def test_html_drops_script_style_and_keeps_blocks() -> None:
    markup = (
        b"<html><head><title>Titel</title><style>p{color:red}</style><script>alert(1)</script></head>"
        b"<body><h1>Uitnodiging</h1><p>Beste <b>mevrouw</b>,</p><p>" + INVITE.encode() + b"</p></body></html>"
    )
    letter = read_letter_bytes(markup, "brief.html")
    assert letter.format == "html"
    assert "alert" not in letter.text and "color" not in letter.text and "Titel" not in letter.text
    assert letter.text.split("\n\n") == ["Uitnodiging", "Beste mevrouw,", INVITE]


def test_html_with_declared_windows_charset() -> None:
    markup = '<html><head><meta charset="windows-1252"></head><body><p>Cliënt</p></body></html>'
    assert read_letter_bytes(markup.encode("cp1252"), "brief.htm").text == "Cliënt"


def test_eml_plain_body_with_subject_and_pdf_attachment(make: SimpleNamespace) -> None:
    data = make.eml("Beste mevrouw,\nZie de brief in de bijlage.", attachment=make.pdf(INVITE))
    letter = read_letter_bytes(data, "bericht.eml")
    assert letter.format == "eml"
    assert letter.text.startswith("Uitnodiging\n\nBeste mevrouw,")
    assert "Bijlage: brief.pdf" in letter.text and "nodigen u uit" in letter.text


def test_eml_html_only_body(make: SimpleNamespace) -> None:
    message = make.eml("", html=f"<p>{INVITE}</p>")
    assert INVITE in read_letter_bytes(message, "bericht.eml").text


def test_read_letter_from_disk(tmp_path: Path, make: SimpleNamespace) -> None:
    path = tmp_path / "brief.docx"
    path.write_bytes(make.docx([INVITE]))
    assert read_letter(path).text == INVITE


# --- bad input ----------------------------------------------------------------------------------------------


def test_default_size_limit_is_10_mb() -> None:
    assert DEFAULT_MAX_BYTES == 10 * 1024 * 1024


def test_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "groot.txt"
    with path.open("wb") as handle:  # sparse: 11 MB on paper, nothing on disk
        handle.truncate(11 * 1024 * 1024)
    with pytest.raises(ReadError) as caught:
        read_letter(path)
    assert caught.value.code == "te-groot"
    assert "groot.txt" in caught.value.message and "10 MB" in caught.value.message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as caught:
        read_letter(tmp_path / "weg.pdf")
    assert caught.value.code == "niet-gevonden" and "weg.pdf" in caught.value.message


@pytest.mark.parametrize("name", ["brief.docx", "brief.odt", "brief.pdf", "brief.eml"])
def test_corrupt_file(name: str) -> None:
    error = read_error(b"dit is geen echt bestand, alleen wat tekst " * 20, name)
    assert error.code == "beschadigd"
    assert "beschadigd" in error.message


def test_truncated_docx_is_corrupt(make: SimpleNamespace) -> None:
    data = make.docx([INVITE])
    assert read_error(data[: len(data) // 2], "half.docx").code == "beschadigd"


def test_zip_without_a_word_document_is_corrupt(make: SimpleNamespace) -> None:
    assert read_error(make.zip({"iets.txt": b"hallo"}), "leeg.docx").code == "beschadigd"


def test_encrypted_pdf_needs_a_password(make: SimpleNamespace) -> None:
    error = read_error(make.encrypt_pdf(make.pdf(INVITE), user_password="geheim"), "geheim.pdf")
    assert error.code == "versleuteld"
    assert "wachtwoord" in error.message


def test_password_protected_office_file_is_recognised() -> None:
    # Word stores a password-protected .docx as a Compound File (the header of an old .doc) instead of a zip.
    compound_file = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)
    error = read_error(compound_file, "geheim.docx")
    assert error.code == "versleuteld" and "wachtwoord" in error.message


def test_encrypted_odt_is_recognised_from_its_manifest(make: SimpleNamespace) -> None:
    manifest = (
        b'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        b'<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA"/>'
        b"</manifest:file-entry></manifest:manifest>"
    )
    data = make.zip(
        {
            "mimetype": b"application/vnd.oasis.opendocument.text",
            "META-INF/manifest.xml": manifest,
            "content.xml": bytes(range(256)) * 4,
        }
    )
    assert read_error(data, "geheim.odt").code == "versleuteld"


def test_zip_bomb_in_docx_is_refused_by_ratio(make: SimpleNamespace) -> None:
    bomb = make.zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * (5 * 1024 * 1024)})
    error = read_error(bomb, "bom.docx")
    assert error.code == "zip-bom"
    assert "zip-bom" in error.message


def test_zip_bomb_in_odt_is_refused_by_total_size(make: SimpleNamespace) -> None:
    data = make.odt("Kop", [INVITE])
    error = read_error(data, "groot.odt", Limits(max_uncompressed=1000))
    assert error.code == "zip-bom"


def test_too_many_zip_members(make: SimpleNamespace) -> None:
    members = {f"word/deel{i}.xml": b"<x/>" for i in range(20)}
    assert read_error(make.zip(members), "veel.docx", Limits(max_members=10)).code == "zip-bom"


def test_scanned_pdf_without_text_suggests_ocr(make: SimpleNamespace) -> None:
    error = read_error(make.pdf(None), "scan.pdf")
    assert error.code == "scan"
    assert "OCR" in error.message and "scan" in error.message


def test_too_many_pdf_pages(make: SimpleNamespace) -> None:
    assert read_error(make.pdf(INVITE), "dik.pdf", Limits(max_pdf_pages=0)).code == "te-lang"


def test_empty_file() -> None:
    error = read_error(b"", "leeg.txt")
    assert error.code == "leeg" and "geen tekst" in error.message


def test_binary_data_in_a_txt_file() -> None:
    assert read_error(b"\x00\x01\x02tekst\x00", "raar.txt").code == "geen-tekst"


def test_old_word_format_gets_its_own_advice() -> None:
    error = read_error(b"whatever", "oud.doc")
    assert error.code == "oud-formaat" and ".docx" in error.message


def test_unknown_format_lists_the_supported_ones() -> None:
    error = read_error(b"whatever", "brief.xyz")
    assert error.code == "onbekend-formaat"
    assert all(ext in error.message for ext in (".txt", ".docx", ".odt", ".pdf", ".html", ".eml"))


def test_text_longer_than_a_letter() -> None:
    assert read_error(("woord " * 200).encode(), "lang.txt", Limits(max_chars=100)).code == "te-lang"


def test_unreadable_attachment_becomes_a_warning(make: SimpleNamespace) -> None:
    data = make.eml("Beste mevrouw, zie de bijlage.", attachment=b"geen pdf")
    letter = read_letter_bytes(data, "bericht.eml")
    assert "Beste mevrouw" in letter.text
    assert any("brief.pdf" in warning for warning in letter.warnings)
