"""The benchmark page generator: deterministic, realistic in length, honest about what it wrote."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
import trafilatura
from lxml import html as lxml_html

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


pages = _load("pages")


def test_same_seed_same_pages_and_page_i_does_not_depend_on_n() -> None:
    assert pages.generate_pages(4, seed=7) == pages.generate_pages(4, seed=7)
    assert pages.generate_pages(6, seed=7)[:3] == pages.generate_pages(3, seed=7)
    assert pages.generate_pages(3, seed=7) != pages.generate_pages(3, seed=8)


def test_ids_are_unique_and_addresses_fictional() -> None:
    batch = pages.generate_pages(50)
    assert len({p.id for p in batch}) == 50
    assert all(p.url.startswith("https://www.") and ".example/" in p.url for p in batch)
    assert all(p.organisation.startswith("Gemeente ") for p in batch)


@pytest.mark.parametrize("target", [2000, 3000, 4000])
def test_text_length_is_close_to_the_target(target: int) -> None:
    lengths = [len(p.text) for p in pages.generate_pages(40, target_chars=target)]
    assert min(lengths) >= target
    assert max(lengths) <= target + 600


@pytest.mark.parametrize("size", [30000, 60000])
def test_html_size_follows_the_request(size: int) -> None:
    lengths = [len(p.html) for p in pages.generate_pages(10, html_chars=size)]
    assert all(size <= n <= size + 1000 for n in lengths)


def test_html_is_never_cut_below_its_content() -> None:
    small = pages.generate_pages(5, html_chars=1)
    assert all(p.text.split("\n\n")[-1] in p.html for p in small)
    assert all("teaser" not in p.html for p in small)


def test_text_does_not_depend_on_html() -> None:
    with_html = pages.generate_pages(5, seed=2)
    without = pages.generate_pages(5, seed=2, with_html=False)
    assert [p.text for p in with_html] == [p.text for p in without]
    assert all(p.html == "" for p in without)


def test_truth_matches_the_text() -> None:
    for page in pages.generate_pages(60, seed=3):
        for topic, variant in page.truth.items():
            heading = pages.HEADINGS[topic]
            assert (heading in page.text) == (variant != "absent"), (page.id, topic)
            if variant == "wrong":
                assert any(s in page.text for s in pages.TOPICS[topic]["wrong"]), (page.id, topic)
        assert page.truth["melding"] != "absent"


def test_series_mixes_right_wrong_and_missing_topics() -> None:
    variants = {v for p in pages.generate_pages(100) for v in p.truth.values()}
    assert variants == {"good", "wrong", "absent"}


def test_html_holds_the_same_main_text_inside_boilerplate() -> None:
    page = pages.generate_page(5, seed=1)
    tree = lxml_html.fromstring(page.html)
    article = tree.xpath("//main/article")[0]
    paragraphs = [" ".join(p.text_content().split()) for p in article.xpath("./p[not(@class)]")]
    body = [" ".join(block.split()) for block in page.text.split("\n\n")[1:]]
    headings = set(pages.HEADINGS.values())
    assert paragraphs == [b for b in body if b not in headings]
    assert [" ".join(h.text_content().split()) for h in article.xpath("./h2")] == [
        b for b in body if b in headings
    ]
    assert tree.xpath("//header//nav") and tree.xpath("//footer")
    assert len(page.html) > 3 * len(page.text)


def test_trafilatura_keeps_the_article_and_drops_the_menus() -> None:
    page = pages.generate_page(2)
    text = trafilatura.extract(page.html, favor_recall=True) or ""
    squashed = " ".join(text.split())
    for block in page.text.split("\n\n")[1:]:
        if len(block) > 60:
            assert " ".join(block.split()) in squashed
    assert "Deze website gebruikt cookies" not in text
    assert "Parkeren" not in text
    assert "Nieuws" not in text and not any(title in text for title in pages.NEWS)


def test_record_follows_the_audit_input_contract() -> None:
    page = pages.generate_page(0)
    assert page.record() == {
        "id": page.id,
        "url": page.url,
        "organisation": page.organisation,
        "text": page.text,
    }
    assert page.record("html")["html"] == page.html
    assert "text" not in page.record("html")
