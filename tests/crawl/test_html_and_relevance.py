from __future__ import annotations

import gzip

from toegang.crawl.html import normalise_url, parse_html, parse_sitemap, robots_sitemaps
from toegang.crawl.relevance import is_candidate, link_score, page_score
from toegang.demo_web import content

BASE = "http://127.0.0.1:8000/werk-en-inkomen"


def test_links_are_absolute_unique_and_without_fragments() -> None:
    html = """<html><head><title> Werk  en inkomen </title></head><body>
    <a href="/bijstand#aanvragen">Bijstand <b>aanvragen</b></a>
    <a href="/bijstand">dubbel</a>
    <a href="mailto:a@b.nl">mail</a> <a href="javascript:void(0)">js</a> <a href="logo.png">plaatje</a>
    <a href="https://elders.example/x"><img alt="Elders"></a>
    <script>var a = '<a href="/geheim">x</a>';</script>
    </body></html>"""
    info = parse_html(html, BASE)
    assert info.title == "Werk en inkomen"
    assert [(link.url, link.text) for link in info.links] == [
        ("http://127.0.0.1:8000/bijstand", "Bijstand aanvragen"),
        ("https://elders.example/x", "Elders"),
    ]
    assert "var a" not in info.text


def test_search_form_and_meta_refresh() -> None:
    info = parse_html(content.MISLEIDEND_PAGES["/"], "http://127.0.0.1:9/")
    assert info.search is not None
    assert info.search.url_for("bijstand aanvragen") == (
        "http://127.0.0.1:9/zoeken?bron=kop&zoekterm=bijstand+aanvragen"
    )
    refresh = parse_html('<meta http-equiv="refresh" content="0; url=/nieuw">', "http://h.example/oud")
    assert refresh.refresh == "http://h.example/nieuw"


def test_normalise_url_skips_files_but_not_pdf() -> None:
    assert normalise_url("form.pdf", "http://h.example/a/") == "http://h.example/a/form.pdf"
    assert normalise_url("x.JPG", "http://h.example/") is None
    assert normalise_url("HTTP://H.EXAMPLE", "http://h.example/") == "http://h.example/"


def test_sitemaps_plain_index_and_gzip() -> None:
    urlset = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <url><loc>http://h.example/a</loc></url><url><loc>http://h.example/b</loc></url></urlset>"""
    sm = parse_sitemap(urlset, "http://h.example/sitemap.xml")
    assert sm is not None and not sm.is_index
    assert sm.urls == ("http://h.example/a", "http://h.example/b")
    index = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>http://h.example/s1.xml.gz</loc></sitemap></sitemapindex>"""
    sm_index = parse_sitemap(gzip.compress(index), "http://h.example/sitemap.xml")
    assert sm_index is not None and sm_index.is_index
    assert sm_index.urls == ("http://h.example/s1.xml.gz",)
    assert parse_sitemap(b"<html>geen sitemap</html>", "http://h.example/") is None


def test_sitemap_entities_are_not_expanded() -> None:
    evil = b"""<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/hostname">]>
    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://h.example/&x;</loc></url></urlset>"""
    sm = parse_sitemap(evil, "http://h.example/")
    assert sm is not None
    assert all("etc" not in u and len(u) < 40 for u in sm.urls)


def test_robots_sitemap_lines() -> None:
    text = "User-agent: *\nDisallow: /intern/\nSitemap: /sitemap.xml\nsitemap: https://h.example/s2.xml\n"
    assert robots_sitemaps(text, "https://h.example/robots.txt") == [
        "https://h.example/sitemap.xml",
        "https://h.example/s2.xml",
    ]


def test_relevance_prefers_the_application_page() -> None:
    apply_info = parse_html(content.GOED_APPLY, "http://h.example/werk-en-inkomen/bijstand-aanvragen")
    apply_score = page_score(
        "http://h.example/werk-en-inkomen/bijstand-aanvragen",
        apply_info.title,
        apply_info.headings,
        apply_info.text,
    )
    waste_info = parse_html(content.GOED_PAGES["/afval"], "http://h.example/afval")
    waste_score = page_score("http://h.example/afval", waste_info.title, waste_info.headings, waste_info.text)
    special_info = parse_html(
        content.GOED_PAGES["/werk-en-inkomen/bijzondere-bijstand"],
        "http://h.example/werk-en-inkomen/bijzondere-bijstand",
    )
    special_score = page_score(
        "http://h.example/werk-en-inkomen/bijzondere-bijstand",
        special_info.title,
        special_info.headings,
        special_info.text,
    )
    assert is_candidate(apply_score)
    assert not is_candidate(waste_score)
    assert not is_candidate(special_score)
    assert apply_score > special_score > waste_score


def test_link_score_orders_links() -> None:
    strong = link_score("http://h.example/werk-en-inkomen/bijstand-aanvragen", "Bijstand aanvragen")
    middle = link_score("http://h.example/werk-en-inkomen", "Werk en inkomen")
    weak = link_score("http://h.example/afval", "Afval")
    assert strong > middle > weak == 0.0
