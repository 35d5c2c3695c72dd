"""Read what the crawler needs from a fetched page: title, headings, text, links, a search form, sitemaps.

Pure functions over bytes or text; no network. Parsers are set up so that a hostile page cannot make them
fetch
anything or expand entities.
"""

from __future__ import annotations

import gzip
import io
import re
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urlencode, urljoin, urlsplit, urlunsplit

from lxml import etree
from lxml import html as lxml_html

MAX_LINKS = 500
MAX_URL_LENGTH = 2000
SKIP_SCHEMES = ("mailto:", "tel:", "javascript:", "data:", "ftp:", "sms:", "whatsapp:", "file:")
# Files that never hold the text we audit; PDFs are kept (an application form may be one).
SKIP_EXTENSIONS = (
    ".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp", ".ico", ".css", ".js", ".mp3", ".mp4", ".avi", ".mov",
    ".zip", ".gz", ".tar", ".7z", ".rar", ".exe", ".dmg", ".woff", ".woff2", ".ttf", ".ics", ".vcf",
    ".xls", ".xlsx", ".ppt", ".pptx",
)  # fmt: skip
SEARCH_NAMES = ("q", "query", "zoekterm", "zoek", "zoeken", "search", "s", "keys", "trefwoord", "term", "k")

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    text: str


@dataclass(frozen=True, slots=True)
class SearchForm:
    """A GET search form: where it goes, which field takes the query, and its hidden fields in order."""

    action: str
    field: str
    hidden: tuple[tuple[str, str], ...] = ()

    def url_for(self, query: str) -> str:
        pairs = [*self.hidden, (self.field, query)]
        parts = urlsplit(self.action)
        joined = "&".join(p for p in (parts.query, urlencode(pairs)) if p)
        return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", joined, ""))


@dataclass(slots=True)
class PageInfo:
    title: str = ""
    headings: str = ""
    text: str = ""
    links: list[Link] = field(default_factory=list)
    refresh: str | None = None
    search: SearchForm | None = None


def clean_text(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def normalise_url(href: str, base: str, *, skip_files: bool = True) -> str | None:
    """An absolute http(s) URL without fragment, or None for links the crawler never follows."""
    href = href.strip()
    if not href or href.startswith("#") or href.lower().startswith(SKIP_SCHEMES):
        return None
    try:
        url = urldefrag(urljoin(base, href))[0]
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc or len(url) > MAX_URL_LENGTH:
        return None
    if skip_files and parts.path.lower().endswith(SKIP_EXTENSIONS):
        return None
    path = parts.path or "/"
    return urlunsplit((parts.scheme, parts.netloc.lower(), path, parts.query, ""))


def _link_text(el: lxml_html.HtmlElement) -> str:
    text = clean_text(el.text_content())
    if not text:
        for img in el.iter("img"):
            text = clean_text(img.get("alt") or "")
            if text:
                break
    if not text:
        text = clean_text(el.get("aria-label") or el.get("title") or "")
    return text[:200]


def _search_form(doc: lxml_html.HtmlElement, base: str) -> SearchForm | None:
    for form in doc.iter("form"):
        if (form.get("method") or "get").strip().lower() != "get":
            continue
        hidden: list[tuple[str, str]] = []
        query_field: str | None = None
        looks_like_search = (form.get("role") or "").lower() == "search" or any(
            w in (form.get("action") or "").lower() for w in ("zoek", "search")
        )
        for inp in form.iter("input"):
            name = (inp.get("name") or "").strip()
            kind = (inp.get("type") or "text").strip().lower()
            if not name:
                continue
            if kind == "hidden":
                hidden.append((name, inp.get("value") or ""))
            elif query_field is None and (
                kind == "search" or (kind == "text" and (name.lower() in SEARCH_NAMES or looks_like_search))
            ):
                query_field = name
        if query_field:
            action = normalise_url(form.get("action") or base, base)
            if action:
                return SearchForm(action=action, field=query_field, hidden=tuple(hidden))
    return None


def _refresh(doc: lxml_html.HtmlElement, base: str) -> str | None:
    for meta in doc.iter("meta"):
        if (meta.get("http-equiv") or "").lower() == "refresh":
            match = re.search(r"url\s*=\s*['\"]?([^'\";]+)", meta.get("content") or "", re.I)
            if match:
                return normalise_url(match.group(1), base)
    return None


def parse_html(text: str, url: str) -> PageInfo:
    """Title, headings, text, links (in document order, first occurrence), meta refresh and search form."""
    info = PageInfo()
    if not text.strip():
        return info
    try:
        doc = lxml_html.document_fromstring(text.encode("utf-8"), parser=_HTML_PARSER)
    except (etree.ParserError, ValueError):
        return info
    base = url
    for b in doc.iter("base"):
        if b.get("href"):
            base = urljoin(url, b.get("href") or "")
            break
    title_el = doc.find(".//title")
    info.title = clean_text(title_el.text_content()) if title_el is not None else ""
    info.headings = " | ".join(clean_text(h.text_content()) for h in doc.iter("h1", "h2"))[:2000]
    info.refresh = _refresh(doc, base)
    info.search = _search_form(doc, base)
    seen: set[str] = set()
    for el in doc.iter("a", "area"):
        href = el.get("href")
        if not href:
            continue
        target = normalise_url(href, base)
        if target is None or target in seen:
            continue
        seen.add(target)
        info.links.append(Link(target, _link_text(el)))
        if len(info.links) >= MAX_LINKS:
            break
    for bad in doc.iter("script", "style", "noscript", "template"):
        bad.drop_tree()
    body = doc.find(".//body")
    info.text = clean_text((body if body is not None else doc).text_content())[:500_000]
    return info


_HTML_PARSER = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, no_network=True)
_XML_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, recover=True, huge_tree=False, remove_comments=True
)


@dataclass(frozen=True, slots=True)
class Sitemap:
    """A parsed sitemap: either a list of page URLs or, for a sitemap index, a list of sitemap URLs."""

    is_index: bool
    urls: tuple[str, ...]


def maybe_gunzip(body: bytes, max_size: int) -> bytes:
    if body[:2] != b"\x1f\x8b":
        return body
    with gzip.GzipFile(fileobj=io.BytesIO(body)) as fh:
        try:
            return fh.read(max_size)
        except (OSError, EOFError):
            return b""


def parse_sitemap(body: bytes, base: str, max_size: int = 10 * 1024 * 1024) -> Sitemap | None:
    """Parse sitemap XML (optionally gzipped). None when it is not a sitemap."""
    data = maybe_gunzip(body, max_size)
    if not data.strip():
        return None
    try:
        root = etree.fromstring(data, parser=_XML_PARSER)
    except etree.XMLSyntaxError:
        return None
    if root is None:
        return None
    tag = etree.QName(root).localname.lower()
    if tag not in ("urlset", "sitemapindex"):
        return None
    locs: list[str] = []
    for el in root.iter():
        if isinstance(el.tag, str) and etree.QName(el).localname.lower() == "loc" and el.text:
            url = normalise_url(el.text.strip(), base, skip_files=False)
            if url:
                locs.append(url)
    return Sitemap(is_index=tag == "sitemapindex", urls=tuple(dict.fromkeys(locs)))


def robots_sitemaps(robots_text: str, base: str) -> list[str]:
    """The `Sitemap:` lines of a robots.txt, as absolute URLs."""
    found: list[str] = []
    for line in robots_text.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() == "sitemap":
            url = normalise_url(value.strip(), base, skip_files=False)
            if url:
                found.append(url)
    return found
