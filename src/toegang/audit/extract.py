"""Main text from HTML with trafilatura, the field's reference extractor (boilerplate removal, lists kept).

Broken or hostile HTML must never stop a run: when trafilatura finds nothing we fall back to the visible text
of the document (scripts and styles removed), and when that fails too we return an empty string.
"""

from __future__ import annotations

import re

import trafilatura
from lxml import html as lxml_html

_MAX_HTML_BYTES = 5_000_000  # the crawler's page cap; larger input is cut before parsing
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def _decode(document: str | bytes) -> str:
    if isinstance(document, str):
        return document[:_MAX_HTML_BYTES]
    data = document[:_MAX_HTML_BYTES]
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def _visible_text(markup: str) -> str:
    try:
        tree = lxml_html.fromstring(markup)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return ""
    for bad in tree.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    text = tree.text_content()
    text = _SPACES.sub(" ", text)
    return _BLANK_LINES.sub("\n\n", text).strip()


def extract_main_text(document: str | bytes) -> str:
    """The main text of an HTML page as plain text with line breaks between blocks."""
    markup = _decode(document)
    if not markup.strip():
        return ""
    text = trafilatura.extract(
        markup,
        output_format="txt",
        include_comments=False,
        include_tables=True,
        include_links=False,
        include_images=False,
        deduplicate=False,
        favor_recall=True,
        # Skip trafilatura's second-opinion extractors (readability, jusText): on municipal pages they gave the
        # same text at twice the cost, and an empty result still falls back to the visible text below.
        fast=True,
    )
    if text and text.strip():
        return text.strip()
    return _visible_text(markup)
