"""The HTML report shows the letter with findings marked in place and escapes all letter text; JSON export."""

from __future__ import annotations

import json
from datetime import date, datetime
from types import SimpleNamespace

from lxml import html as lxml_html

from toegang.letters.check import check_letter
from toegang.letters.report import render_html, render_json

LAW = date(2025, 6, 1)
STAMP = datetime(2026, 1, 2, 3, 4)


def letter_text(element: lxml_html.HtmlElement) -> str:
    """The text of the shown letter without the note numbers."""
    parts = [element.text or ""]
    for child in element:
        if child.tag != "sup":
            parts.append(letter_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def test_letter_text_is_escaped_never_executed() -> None:
    text = 'Beste meneer,\n<script>alert("hallo")</script> Wij nodigen u uit <b>vet</b> & "zo".'
    page = render_html(check_letter(text, None, LAW), title="<i>brief</i>", generated=STAMP)
    assert "<script>alert" not in page and "<b>vet</b>" not in page and "<i>brief</i>" not in page
    assert "&lt;script&gt;alert(&quot;hallo&quot;)&lt;/script&gt;" in page
    tree = lxml_html.fromstring(page)
    assert tree.xpath("//script") == []
    shown = tree.xpath("string(//div[@class='brief'])")
    assert '<script>alert("hallo")</script>' in shown  # the reader sees the characters as text


def test_the_whole_letter_is_shown_with_marks_in_place(samples: SimpleNamespace) -> None:
    check = check_letter(samples.bad_invitation, None, LAW)
    tree = lxml_html.fromstring(render_html(check, title="brief.txt", generated=STAMP))
    letter = tree.xpath("//div[@class='brief']")[0]
    assert letter_text(letter) == check.text
    marked = {" ".join(m.get("class").split()) for m in letter.xpath(".//mark")}
    assert any("dreigend" in c for c in marked)
    assert any("ambtelijk" in c for c in marked)
    assert any("fout" in c for c in marked)
    shouted = [m for m in letter.xpath(".//mark") if "LET OP" in (m.text or "")]
    assert shouted and "dreigend" in shouted[0].get("class")


def test_every_mark_has_a_numbered_note_that_links_both_ways(samples: SimpleNamespace) -> None:
    page = render_html(check_letter(samples.bad_invitation, None, LAW), generated=STAMP)
    tree = lxml_html.fromstring(page)
    links = tree.xpath("//sup[@class='noot']/a")
    assert links
    for link in links:
        number = link.text
        assert link.get("href") == f"#noot-{number}"
        note = tree.xpath(f"//li[@id='noot-{number}']")
        assert note and note[0].xpath(f".//a[@href='#terug-{number}']")


def test_report_sections_are_dutch_and_name_the_method(samples: SimpleNamespace) -> None:
    page = render_html(check_letter(samples.good_decision, None, LAW), title="besluit.pdf", generated=STAMP)
    tree = lxml_html.fromstring(page)
    assert tree.get("lang") == "nl"
    headings = tree.xpath("//h2/text()")
    assert headings == [
        "De brief",
        "Opmerkingen in de tekst",
        "Regels",
        "Toon",
        "Zinnen die de lezer de meeste moeite kosten",
        "Ambtelijke woorden",
        "Leesbaarheid",
    ]
    assert "Flesch-Douma" in page and "geen oordeel over taalniveau B1" in page
    assert "besluit.bezwaar" in page and "in orde" in page


def test_json_export_has_the_contract_and_the_detail(samples: SimpleNamespace) -> None:
    check = check_letter(samples.request, None, LAW, letter_id="verzoek-1")
    data = json.loads(render_json(check))
    assert data["id"] == "verzoek-1" and data["profile"] == "verzoek"
    assert data["text"] == check.text
    assert data["readability"]["sentence_list"] and data["profile_guess"]["detected"] == "verzoek"
    assert {f["rule"] for f in data["findings"]} == {
        "brief.contact",
        "brief.toon",
        "brief.privacy",
        "verzoek.termijn",
    }
