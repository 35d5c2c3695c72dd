"""The national overview and the gemeente pages: page text is shown as text, never run as markup; the pages
are self-contained and keep the structure of the other reports (landmarks, headings, table headers)."""

from __future__ import annotations

import json
import re
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import pytest

from toegang.measure import gemeente_results, load_measurement
from toegang.measure.model import GemeenteInfo
from toegang.measure.store import (
    FINDINGS,
    RESULTS,
    SUMMARY,
    TEXTS,
    results_document,
    write_json,
    write_jsonl,
    write_manifest,
)
from toegang.reports.national import write_measurement_report

GENERATED = datetime(2026, 3, 14, 9, 30)
HOSTILE = '<script>alert("weg")</script>'
PAGE_TEXT = (
    "Bijstand aanvragen in Voorbeeldstad.\n"
    f"Meld u direct bij ons. {HOSTILE} Wij beslissen binnen dertien weken over uw aanvraag.\n"
    "Bel ons voor vragen."
)
EVIL_NAME = "Stad<img src=x onerror=alert(1)>"


def _write_folder(folder: Path, kit: SimpleNamespace, tiny_geo: Path | None = None) -> Path:
    """A measurement folder written by hand: one gemeente with a hostile page, one not measured."""
    start = PAGE_TEXT.index("Meld u")
    wrong_quote = f"{HOSTILE} Wij beslissen binnen dertien weken"
    wrong_at = PAGE_TEXT.index(wrong_quote)
    findings = [
        kit.finding("melding.direct", "present", "Meld u direct bij ons.", start),
        kit.finding("voorschot.vermeld", "absent"),
        kit.finding("beslistermijn", "wrong", wrong_quote, wrong_at),
        kit.finding("jongeren.zoekperiode", "absent"),
    ]
    page = kit.page("GM0001/1", findings=findings, site="GM0001", gemeenten=["GM0001"])
    page = type(page).from_dict({**page.to_dict(), "title": f"Titel {HOSTILE}", "url": "javascript:alert(1)"})
    infos = [GemeenteInfo("GM0001", EVIL_NAME, "Utrecht"), GemeenteInfo("GM0002", "Dichtstad", "Utrecht")]
    sites = [kit.site("GM0001", ["GM0001"]), kit.site("GM0002", ["GM0002"], reason="robots_forbidden")]
    results = gemeente_results(infos, [page], kit.rules, sites)
    manifest = {
        "id": "meting-test",
        "measured_on": "2026-03-01",
        "law_date": kit.law_date.isoformat(),
        "profile": "bijstand-aanvraag",
        "source": "registry",
        "catalogue": {"sha256": "abc"},
        "tool": {"version": "0.1.0"},
        "gemeenten": [i.to_dict() for i in infos],
    }
    folder.mkdir(parents=True)
    write_manifest(folder, manifest)
    write_json(folder / RESULTS, results_document(manifest, kit.rules, results))
    write_json(folder / SUMMARY, {})
    write_jsonl(folder / FINDINGS, [page.to_dict()])
    write_jsonl(folder / TEXTS, [{"id": page.id, "text": PAGE_TEXT}])
    return folder


@pytest.fixture()
def report(tmp_path: Path, kit: SimpleNamespace) -> Path:
    folder = _write_folder(tmp_path / "meting", kit)
    return write_measurement_report(folder, geo=tmp_path / "geen-kaart.topojson", generated=GENERATED)


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_page_text_with_script_is_shown_as_text(report: Path) -> None:
    page = _read(report.parent / "gemeenten" / "GM0001.html")
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(&quot;weg&quot;)&lt;/script&gt;" in page  # the quote, in its context
    assert "Titel &lt;script&gt;" in page  # the page title
    assert "<img" not in page and "Stad&lt;img src=x onerror=alert(1)&gt;" in page
    national = _read(report)
    assert "<script" not in national.lower() and "<img" not in national
    assert "Stad&lt;img src=x onerror=alert(1)&gt;" in national


def test_javascript_address_never_becomes_a_link(report: Path) -> None:
    page = _read(report.parent / "gemeenten" / "GM0001.html")
    assert 'href="javascript' not in page.lower()


def test_gemeente_page_shows_finding_quote_fix_law_and_page(report: Path) -> None:
    page = _read(report.parent / "gemeenten" / "GM0001.html")
    assert "<mark>" in page and "Wij beslissen binnen dertien weken" in page
    assert "Wat kunt u doen?" in page
    assert "wetten.overheid.nl" in page  # the legal source of the rule
    assert "1 klik vanaf de homepage" in page
    assert page.index("beslistermijn") < page.index("(melding.direct)")  # wrong before present


def test_unmeasured_gemeente_says_why(report: Path) -> None:
    page = _read(report.parent / "gemeenten" / "GM0002.html")
    assert "robots.txt" in page and "niet gemeten" in page
    national = _read(report)
    assert 'href="gemeenten/GM0002.html"' in national


def test_national_report_without_map_file_says_so_in_dutch(report: Path) -> None:
    national = _read(report)
    assert "Er is geen kaart" in national
    assert '<svg class="kaart"' not in national


def test_national_report_draws_the_map_and_credits_it(tmp_path: Path, kit: SimpleNamespace) -> None:
    folder = _write_folder(tmp_path / "meting", kit)
    geo = tmp_path / "gemeente_2026.topojson"
    geo.write_text(
        json.dumps(
            {
                "type": "Topology",
                "arcs": [[[4.0, 51.0], [5.0, 51.0], [5.0, 52.0], [4.0, 52.0], [4.0, 51.0]]],
                "objects": {
                    "g": {
                        "type": "GeometryCollection",
                        "geometries": [
                            {
                                "type": "Polygon",
                                "arcs": [[0]],
                                "properties": {"statcode": "GM0001", "statnaam": "X"},
                            }
                        ],
                    }
                },
            }
        ),
        encoding="utf-8",
    )
    national = _read(write_measurement_report(folder, geo=geo, generated=GENERATED))
    assert '<svg class="kaart"' in national
    assert "Kaart: CBS / Kadaster, CC BY 4.0" in national
    assert "<title>Stad&lt;img src=x onerror=alert(1)&gt;: score" in national


class _Structure(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.headings: list[int] = []
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.th_without_scope = 0
        self.tables = 0
        self.captions = 0
        self.srcs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if found.get("id"):
            self.ids.add(str(found["id"]))
        if tag == "a" and found.get("href"):
            self.hrefs.append(str(found["href"]))
        if tag == "th" and "scope" not in found:
            self.th_without_scope += 1
        self.tables += tag == "table"
        self.captions += tag == "caption"
        if found.get("src"):
            self.srcs.append(str(found["src"]))


@pytest.mark.parametrize("name", ["index.html", "gemeenten/GM0001.html", "gemeenten/GM0002.html"])
def test_pages_are_accessible_and_self_contained(report: Path, name: str) -> None:
    path = report.parent / name
    text = _read(path)
    assert text.startswith("<!DOCTYPE html>") and '<html lang="nl">' in text
    assert "<main" in text and "<nav" in text and 'class="skip" href="#inhoud"' in text
    parsed = _Structure()
    parsed.feed(text)
    assert parsed.headings[0] == 1 and parsed.headings.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(parsed.headings, parsed.headings[1:], strict=False))
    assert parsed.th_without_scope == 0 and parsed.tables == parsed.captions
    assert parsed.srcs == []  # no images, scripts or frames from anywhere
    assert "<link" not in text
    for href in parsed.hrefs:
        if href.startswith("#"):
            assert href[1:] in parsed.ids, href
        elif not href.startswith(("http://", "https://")):
            assert (path.parent / href).resolve().exists(), href


def test_report_reads_back_what_the_analysis_wrote(tmp_path: Path, kit: SimpleNamespace) -> None:
    measurement = load_measurement(_write_folder(tmp_path / "meting", kit))
    assert [r.code for r in measurement.results] == ["GM0001", "GM0002"]
    assert measurement.results[0].rank == 1 and measurement.results[1].rank is None
    assert measurement.texts(["GM0001/1"]) == {"GM0001/1": PAGE_TEXT}
    assert measurement.pages()["GM0001/1"].findings[2].status == "wrong"
