"""The HTML report: structure a screen reader relies on, escaping of page text, and what each part shows."""

from __future__ import annotations

import dataclasses
import itertools
import re
from datetime import datetime
from html.parser import HTMLParser

from toegang.audit.model import Evidence, Finding, PageAudit
from toegang.reports import render_pages_report
from toegang.reports.html import PALETTE, evidence_in_context

VOID = {"meta", "br", "hr", "img", "input", "link", "rect", "col", "source", "wbr", "path"}


class Outline(HTMLParser):
    """Collects headings, tags, attributes and checks that elements are closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.headings: list[int] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if attributes.get("id"):
            self.ids.append(str(attributes["id"]))
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}>, open: {self.stack[-3:]}")
            return
        self.stack.pop()


def without_hidden(markup: str) -> str:
    """The markup as seen on screen: drop the words only meant for screen readers."""
    return re.sub(r'<span class="visually-hidden">[^<]*</span>', "", markup)


def parse(document: str) -> Outline:
    outline = Outline()
    outline.feed(document)
    outline.close()
    return outline


def render(audits: list[PageAudit], catalogue: object, generated: datetime) -> str:
    return render_pages_report(audits, title="Nulmeting bijstand", generated=generated, catalogue=catalogue)  # type: ignore[arg-type]


def test_document_is_well_formed_dutch_and_has_landmarks(audits, catalogue, generated) -> None:
    document = render(audits, catalogue, generated)
    outline = parse(document)
    assert outline.errors == []
    assert outline.stack == []
    assert document.startswith("<!DOCTYPE html>")
    assert '<html lang="nl">' in document
    names = [tag for tag, _ in outline.tags]
    for landmark in ("header", "nav", "main", "footer"):
        assert names.count(landmark) == 1
    assert len(outline.ids) == len(set(outline.ids)), "ids must be unique"


def test_skip_link_points_to_main(audits, catalogue, generated) -> None:
    outline = parse(render(audits, catalogue, generated))
    first_link = next(attrs for tag, attrs in outline.tags if tag == "a")
    assert first_link["href"] == "#inhoud"
    main = next(attrs for tag, attrs in outline.tags if tag == "main")
    assert main["id"] == "inhoud"


def test_headings_start_at_one_and_never_skip_a_level(audits, catalogue, generated) -> None:
    levels = parse(render(audits, catalogue, generated)).headings
    assert levels[0] == 1 and levels.count(1) == 1
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1


def test_every_table_header_has_scope_and_tables_have_captions(audits, catalogue, generated) -> None:
    outline = parse(render(audits, catalogue, generated))
    headers = [attrs for tag, attrs in outline.tags if tag == "th"]
    assert headers and all(attrs.get("scope") in ("col", "row") for attrs in headers)
    names = [tag for tag, _ in outline.tags]
    assert names.count("caption") == names.count("table") > 0


def test_all_internal_links_have_a_target(audits, catalogue, generated) -> None:
    outline = parse(render(audits, catalogue, generated))
    targets = set(outline.ids)
    for tag, attrs in outline.tags:
        href = attrs.get("href") or ""
        if tag == "a" and href.startswith("#"):
            assert href[1:] in targets


def test_self_contained_no_external_resources(audits, catalogue, generated) -> None:
    document = render(audits, catalogue, generated)
    outline = parse(document)
    assert not [tag for tag, attrs in outline.tags if "src" in attrs]
    assert not [tag for tag, _ in outline.tags if tag in ("link", "script", "iframe", "img")]
    assert "@import" not in document and "url(" not in document


def test_page_text_with_markup_is_shown_as_text(audits, catalogue, generated) -> None:
    hostile = "<script>alert('x')</script>"
    text = f"Vraag hier aan. {hostile} Het voorschot krijgt u vanzelf. <b>vet</b> & meer"
    quote = "Het voorschot krijgt u vanzelf."
    start = text.index(quote)
    page = PageAudit(
        id=f"id-{hostile}",
        url=f"https://x.example/?q={hostile}",
        organisation=f"Gemeente {hostile}",
        profile="bijstand-aanvraag",
        law_date="2025-06-01",
        text=text,
        findings=[
            Finding(
                "voorschot.automatisch",
                "present",
                "critical",
                (Evidence(quote, start, start + len(quote)), Evidence(hostile, 0, 0)),
                f"Bericht {hostile}",
                fix=f"Oplossing {hostile}",
            ),
            Finding("beslistermijn", "absent", "serious", (), "Geen termijn.", fix=hostile),
        ],
        score=50.0,
        verdict=hostile,
        warnings=[hostile],
    )
    document = render([page], catalogue, generated)
    assert "<script" not in document.lower()
    assert "<b>vet</b>" not in document
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in document
    assert "&lt;b&gt;vet&lt;/b&gt; &amp; meer" in document
    assert parse(document).errors == []


def test_javascript_address_is_not_a_link(audits, catalogue, generated) -> None:
    page = dataclasses.replace(audits[1], url="javascript:alert(1)")
    document = render([page], catalogue, generated)
    hrefs = [attrs.get("href") or "" for tag, attrs in parse(document).tags if tag == "a"]
    assert not [h for h in hrefs if h.lower().startswith("javascript")]
    assert "javascript:alert(1)" in document  # still shown, as text


def test_quote_is_marked_in_its_context(audits, catalogue, generated, far_away) -> None:
    document = render(audits, catalogue, generated)
    quote = audits[0].findings[0].evidence[0].quote
    assert f'<mark><span class="visually-hidden">begin citaat </span>{quote}<span' in document
    document = without_hidden(document)
    assert f"<mark>{quote}</mark>" in document
    # Context on both sides of the quote is shown, but not text far from any quote.
    assert "Lees alles rustig door voordat u begint. <mark>" in document
    assert "</mark> Op deze pagina" in document
    assert far_away not in document


def test_context_is_cut_at_word_boundaries_with_ellipses() -> None:
    text = "woord " * 100 + "HIER" + " tekst" * 100
    start = text.index("HIER")
    snippet = without_hidden(evidence_in_context(text, Evidence("HIER", start, start + 4), radius=30))
    assert snippet.startswith("…woord") and snippet.endswith("tekst…")
    assert "<mark>HIER</mark>" in snippet
    before, after = snippet.split("<mark>HIER</mark>")
    assert len(before) <= 31 and len(after) <= 31


def test_quote_with_stale_offsets_is_found_by_search() -> None:
    text = "Eerst iets anders. Het besluit komt binnen acht weken. Daarna meer."
    snippet = without_hidden(evidence_in_context(text, Evidence("Het besluit komt binnen acht weken.", 0, 5)))
    assert snippet == ("Eerst iets anders. <mark>Het besluit komt binnen acht weken.</mark> Daarna meer.")


def test_context_keeps_line_breaks_but_not_runs_of_space() -> None:
    text = "Voorschot\n\n  Het voorschot   komt vanzelf.\nMeer  tekst."
    start = text.index("Het")
    quote = "Het voorschot   komt vanzelf."
    snippet = without_hidden(evidence_in_context(text, Evidence(quote, start, start + len(quote))))
    assert snippet == "Voorschot\n<mark>Het voorschot komt vanzelf.</mark>\nMeer tekst."


def test_quote_not_in_text_is_shown_alone() -> None:
    snippet = evidence_in_context("Iets anders.", Evidence("<niet> hier", 3, 9))
    assert without_hidden(snippet) == "<mark>&lt;niet&gt; hier</mark>"


def test_wrong_findings_come_first_and_stand_out(audits, catalogue, generated) -> None:
    document = render(audits, catalogue, generated)
    first_page = document[document.index('id="pagina-1"') : document.index('id="pagina-2"')]
    wrong_at = first_page.index('class="finding finding-wrong"')
    assert wrong_at < first_page.index('class="finding finding-present"')
    assert wrong_at < first_page.index('class="finding finding-na"')
    assert '<span class="badge badge-wrong"><span aria-hidden="true">✗</span> Fout</span>' in first_page
    assert "Niet van toepassing" in first_page
    assert 'class="callout"' in document  # the summary warns about wrong statements


def test_status_word_accompanies_every_colour(audits, catalogue, generated) -> None:
    document = render(audits, catalogue, generated)
    words = {"present": "Aanwezig", "absent": "Ontbreekt", "wrong": "Fout", "na": "Niet van toepassing"}
    for css, word in words.items():
        badges = re.findall(
            rf'<span class="badge badge-{css}"><span aria-hidden="true">.</span> ([^<]+)</span>', document
        )
        assert badges and set(badges) == {word}, css
        assert document.count(f'class="badge badge-{css}"') == len(badges)


def test_fix_and_legal_source_for_a_wrong_finding(audits, catalogue, generated) -> None:
    document = render(audits, catalogue, generated)
    assert "Schrijf dat het voorschot vanzelf komt. U hoeft er niet om te vragen." in document
    assert (
        '<a href="https://wetten.overheid.nl/BWBR0015703/2025-01-01#Artikel52">'
        "Participatiewet art. 52 lid 1</a>" in document
    )


def test_fix_is_not_offered_for_a_present_finding(audits, catalogue, generated) -> None:
    document = render(audits, catalogue, generated)
    first_page = document[document.index('id="pagina-1"') : document.index('id="pagina-2"')]
    present = first_page[first_page.index("finding-present") :]
    present = present[: present.index("</li>")]
    assert "Wat kunt u doen?" not in present
    assert "Noem de termijn van 8 weken" not in present


def test_finding_fix_overrides_catalogue_fix(audits, catalogue, generated) -> None:
    finding = dataclasses.replace(audits[1].findings[1], fix="Zet de termijn bovenaan de pagina.")
    page = dataclasses.replace(audits[1], findings=[finding])
    document = render([page], catalogue, generated)
    assert "Zet de termijn bovenaan de pagina." in document
    assert "Noem de termijn van 8 weken" not in document


def test_summary_counts_per_rule(audits, catalogue, generated) -> None:
    document = render(audits, catalogue, generated)
    summary = document[document.index('id="samenvatting"') : document.index('id="regels"')]
    row = summary[summary.index("Voorschot zonder aanvraag") :]
    row = row[: row.index("</tr>")]
    cells = re.findall(r'<td class="num[^"]*">(\d+) ', row)
    assert cells == ["0", "1", "1", "0"]  # present, absent, wrong, not applicable
    assert "(50%)" in row
    assert "2 pagina’s bekeken" in summary
    assert "30,8 van 100" in summary  # mean of 41.5 and 20.0
    assert "<svg" in row and 'aria-hidden="true"' in row


def test_rules_appear_in_catalogue_order_and_list_pages_by_status(audits, catalogue, generated) -> None:
    document = render(audits, catalogue, generated)
    rules = document[document.index('id="regels"') : document.index('id="paginas"')]
    order = [rules.index(t) for t in ("Voorschot zonder aanvraag", "Besluit binnen 8 weken", "Zoektijd")]
    assert order == sorted(order)
    voorschot = rules[rules.index('id="regel-1"') : rules.index('id="regel-2"')]
    wrong_group = voorschot[voorschot.index("group-wrong") : voorschot.index("</details>")]
    assert "Gemeente Noordmeer" in wrong_group and "Gemeente Zuiderveld" not in wrong_group
    assert "open" in wrong_group.split(">")[0]


def test_rules_follow_catalogue_order_not_finding_order(audits, catalogue, generated) -> None:
    shuffled = [dataclasses.replace(a, findings=list(reversed(a.findings))) for a in audits]
    extra = Finding("nieuw.regel", "absent", "minor", (), "Niet in de catalogus.")
    shuffled[0].findings.insert(0, extra)
    document = render(shuffled, catalogue, generated)
    rules = document[document.index('id="regels"') : document.index('id="paginas"')]
    titles = ("Voorschot zonder aanvraag", "Besluit binnen 8 weken", "Zoektijd voor jongeren", "nieuw.regel")
    positions = [rules.index(f">{t}</h3>") for t in titles]
    assert positions == sorted(positions)


def test_verdict_and_its_reasons_are_shown(audits, catalogue, generated) -> None:
    document = render(audits, catalogue, generated)
    first_page = document[document.index('id="pagina-1"') : document.index('id="pagina-2"')]
    assert "afgekeurd" in first_page
    assert "<li>Onjuist: voorschot.automatisch</li>" in first_page


def test_rule_version_follows_the_law_date_of_the_page(audits, catalogue, generated) -> None:
    later = dataclasses.replace(audits[1], law_date="2026-02-01")
    document = render([audits[0], later], catalogue, generated)
    second_page = document[document.index('id="pagina-2"') :]
    assert "Voorschot zonder aanvraag (2026)" in second_page
    assert "1 februari 2026" in second_page
    assert ("voorschot.automatisch", datetime(2025, 6, 1).date()) in catalogue.calls


def test_unknown_rule_falls_back_to_its_id(audits, catalogue, generated) -> None:
    finding = Finding("nieuw.regel", "absent", "minor", (), "Nog niet in de catalogus.")
    page = dataclasses.replace(audits[1], findings=[finding])
    document = render([page], catalogue, generated)
    assert "nieuw.regel" in document and "Nog niet in de catalogus." in document


def test_empty_report_still_renders(catalogue, generated) -> None:
    document = render([], catalogue, generated)
    assert parse(document).errors == []
    assert "geen pagina’s" in document
    assert "14 maart 2026 om 09:30" in document


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_helper_matches_known_values() -> None:
    assert round(_contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(_contrast("#767676", "#ffffff"), 2) == 4.54


def test_palette_meets_wcag_aa_contrast() -> None:
    p = PALETTE
    text_pairs = [
        ("text", "background"),
        ("muted", "background"),
        ("link", "background"),
        ("present_text", "present_bg"),
        ("absent_text", "absent_bg"),
        ("wrong_text", "wrong_bg"),
        ("na_text", "na_bg"),
        ("text", "mark_bg"),
        ("text", "wrong_tint"),
        ("muted", "wrong_tint"),
        ("link", "wrong_tint"),
        ("text", "na_bg"),
    ]
    for fg, bg in text_pairs:
        assert _contrast(p[fg], p[bg]) >= 4.5, (fg, bg)
    for bar in ("present_bar", "absent_bar", "wrong_bar", "na_bar", "border"):
        assert _contrast(p[bar], p["background"]) >= 3.0, bar
