"""The national overview of a measurement: summary, map, per-rule bars, good examples, ranking and trend.

Written next to one page per gemeente (reports/gemeente.py) into the measurement's `rapport/` folder. Like
every report here it is self-contained (inline CSS and SVG), Dutch B1, and escapes all outside text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

from toegang.i18n import _, ngettext
from toegang.measure.aggregate import good_examples, national_summary
from toegang.measure.diff import compare, totals
from toegang.measure.model import GemeenteResult
from toegang.measure.store import (
    FINDINGS,
    GEMEENTEN_CSV,
    REPORT_DIR,
    RESULTS,
    SUMMARY,
    Measurement,
    atomic_write_text,
    load_measurement,
)
from toegang.reports.choropleth import (
    CREDIT,
    Area,
    GeoError,
    find_geo,
    legend_html,
    load_areas,
    render_map,
)
from toegang.reports.gemeente import (
    document,
    gemeente_file,
    placement_short,
    placement_text,
    reason_text,
    render_gemeente_page,
    rule_book,
    score_text,
    verdict_text,
)
from toegang.reports.html import (
    RuleLookup,
    _bar,
    _dutch_iso_date,
    _esc,
    _impact_label,
    _number,
    _status_label,
)

CC_BY = "https://creativecommons.org/licenses/by/4.0/deed.nl"
GEMEENTEN_DIR = "gemeenten"


def _gemeente_link(result: GemeenteResult) -> str:
    return f'<a href="{GEMEENTEN_DIR}/{_esc(gemeente_file(result.code))}">{_esc(result.name)}</a>'


def _percent(value: float) -> str:
    return f"{_number(value, 0)}%"


def _summary_section(measurement: Measurement, summary: Mapping[str, object]) -> str:
    results = measurement.results
    measured = [r for r in results if r.measured]
    out = [f'<section aria-labelledby="samenvatting"><h2 id="samenvatting">{_esc(_("Samenvatting"))}</h2>']
    if measurement.manifest.get("source") == "demo":
        out.append(
            '<p class="note">'
            + _esc(
                _(
                    "Dit is een demonstratie. De gemeenten en hun websites zijn verzonnen. Ze bestaan niet echt."
                )
            )
            + "</p>"
        )
    facts = [
        _("{measured} van de {total} gemeenten gemeten").format(measured=len(measured), total=len(results)),
    ]
    if summary.get("mean_score") is not None:
        facts.append(
            _("Gemiddelde score: {mean} van 100 (middelste score: {median})").format(
                mean=score_text(float(summary["mean_score"])),  # type: ignore[arg-type]
                median=score_text(float(summary["median_score"])),  # type: ignore[arg-type]
            )
        )
    facts.append(
        _("Gemeenten met minstens één fout: {n} van {total}").format(
            n=summary.get("with_wrong", 0), total=len(measured)
        )
    )
    facts.append(
        _("Goede voorbeelden (alle kritieke regels aanwezig): {n}").format(
            n=len(summary.get("good_examples", []))  # type: ignore[arg-type]
        )
    )
    placements: Mapping[str, int] = summary.get("placement", {})  # type: ignore[assignment]
    facts.append(
        _("Voorschot op de aanvraagpagina bij de beslistermijn: {n} van {total} gemeenten").format(
            n=placements.get("next_to_term", 0), total=len(measured)
        )
    )
    out.append('<ul class="facts">' + "".join(f"<li>{_esc(f)}</li>" for f in facts) + "</ul>")
    out.append("</section>")
    return "\n".join(out)


def _map_section(measurement: Measurement, areas: Sequence[Area] | None, geo_note: str) -> str:
    out = [f'<section aria-labelledby="kaart"><h2 id="kaart">{_esc(_("Kaart"))}</h2>']
    if not areas:
        out.append(f'<p class="note">{_esc(geo_note)}</p></section>')
        return "\n".join(out)
    by_code = {r.code: r for r in measurement.results}
    scores = {code: r.score for code, r in by_code.items() if r.measured}
    on_map = {a.code for a in areas}
    if not on_map & set(scores):
        out.append(
            '<p class="note">'
            + _esc(
                _(
                    "De gemeenten van deze meting staan niet op de kaart (bijvoorbeeld omdat ze verzonnen "
                    "zijn). Daarom is de hele kaart gearceerd."
                )
            )
            + "</p>"
        )

    def label(area: Area, score: float | None) -> str:
        name = by_code[area.code].name if area.code in by_code else area.name
        if score is None:
            return _("{name}: geen resultaat").format(name=name)
        return _("{name}: score {score} van 100").format(name=name, score=score_text(score))

    svg = render_map(
        areas,
        scores,
        label=label,
        title=_("Kaart van Nederland: score per gemeente"),
        description=_(
            "Hoe donkerder de kleur, hoe hoger de score. Gearceerd: geen resultaat. De ranglijst hieronder "
            "geeft dezelfde scores in een tabel."
        ),
    )
    out.append('<div class="kaart-blok">')
    out.append(
        f'<figure>{svg}<figcaption class="credit">{_esc(CREDIT)} '
        f'(<a href="{CC_BY}">{_esc(_("licentie"))}</a>)</figcaption></figure>'
    )
    out.append(f"<div><h3>{_esc(_('Legenda'))}</h3>{legend_html(scores, sorted(on_map))}</div>")
    out.append("</div></section>")
    return "\n".join(out)


def _rules_section(
    measurement: Measurement,
    summary: Mapping[str, object],
    previous: Mapping[str, Mapping[str, object]],
    catalogue: RuleLookup | None,
) -> str:
    book = rule_book(catalogue, measurement.law_date)
    rows: Sequence[Mapping[str, object]] = summary.get("rules", [])  # type: ignore[assignment]
    out = [f'<section aria-labelledby="regels"><h2 id="regels">{_esc(_("Per regel"))}</h2>']
    out.append(
        "<p>"
        + _esc(
            _(
                "Hoeveel gemeenten elke regel goed, niet of fout hebben. Fout op één pagina telt als fout voor "
                "de hele gemeente."
            )
        )
        + "</p>"
    )
    out.append('<div class="scroll"><table>')
    out.append(f"<caption>{_esc(_('Uitkomst per regel, in aantal gemeenten'))}</caption>")
    heads = [_("Regel"), _("Belang")] + [
        _status_label(s) for s in ("present", "absent", "wrong", "not_applicable")
    ]
    if previous:
        heads.append(_("Aanwezig bij de vorige meting"))
    heads.append(_("Verdeling"))
    out.append("<thead><tr>" + "".join(f'<th scope="col">{_esc(h)}</th>' for h in heads) + "</tr></thead>")
    out.append("<tbody>")
    for row in rows:
        rule_id = str(row["rule"])
        info = book.get(rule_id, measurement.law_date)
        counts: Counter[str] = Counter(
            {s: int(row.get(s, 0)) for s in ("present", "absent", "wrong", "not_applicable")}  # type: ignore[call-overload]
        )
        judged = sum(counts.values())
        cells = []
        for status in ("present", "absent", "wrong", "not_applicable"):
            pct = float(row.get(f"pct_{status}", 0.0))  # type: ignore[arg-type]
            wrong = " cell-wrong" if status == "wrong" and counts[status] else ""
            cells.append(
                f'<td class="num{wrong}">{counts[status]} <span class="share">({_percent(pct)})</span></td>'
            )
        if previous:
            before = previous.get(rule_id)
            cells.append(
                f'<td class="num">{_percent(float(before["pct_present"]))}</td>'  # type: ignore[arg-type]
                if before
                else "<td>–</td>"
            )
        out.append(
            f'<tr><th scope="row">{_esc(info.title)} <span class="rule-id">({_esc(rule_id)})</span></th>'
            f"<td>{_esc(_impact_label(info.impact or str(row.get('impact', ''))))}</td>{''.join(cells)}"
            f"<td>{_bar(counts, judged)}</td></tr>"
        )
    out.append("</tbody></table></div></section>")
    return "\n".join(out)


def _examples_section(measurement: Measurement) -> str:
    examples = good_examples(measurement.results)
    out = [f'<section aria-labelledby="voorbeelden"><h2 id="voorbeelden">{_esc(_("Goede voorbeelden"))}</h2>']
    out.append(
        "<p>"
        + _esc(
            _(
                "Bij deze gemeenten staan alle kritieke regels goed op de website. Andere gemeenten kunnen "
                "van hen leren."
            )
        )
        + "</p>"
    )
    if not examples:
        out.append(f"<p>{_esc(_('Geen enkele gemeente heeft alle kritieke regels goed.'))}</p></section>")
        return "\n".join(out)
    items = []
    for result in sorted(examples, key=lambda r: (-(r.score or 0), r.name.casefold())):
        extra = ""
        wrong = result.count("wrong")
        if wrong:
            extra = " " + _esc(
                ngettext(
                    "(let op: {n} andere regel is fout)", "(let op: {n} andere regels zijn fout)", wrong
                ).format(n=wrong)
            )
        items.append(
            f"<li>{_gemeente_link(result)}: "
            f"{_esc(_('score {score}').format(score=score_text(result.score)))}{extra}</li>"
        )
    out.append(f"<ul>{''.join(items)}</ul></section>")
    return "\n".join(out)


def _ranking_section(measurement: Measurement, before: Mapping[str, float | None]) -> str:
    out = [f'<section aria-labelledby="ranglijst"><h2 id="ranglijst">{_esc(_("Ranglijst"))}</h2>']
    out.append(
        "<p>"
        + _esc(
            _(
                "Gemeenten met dezelfde score delen een plaats. Klik op een gemeente voor de bevindingen, "
                "met citaten."
            )
        )
        + "</p>"
    )
    out.append('<div class="scroll"><table>')
    out.append(f"<caption>{_esc(_('Alle gemeenten, van hoogste naar laagste score'))}</caption>")
    heads = [
        _("Plaats"),
        _("Gemeente"),
        _("Provincie"),
        _("Score"),
        _("Oordeel"),
        _status_label("wrong"),
        _status_label("absent"),
        _("Voorschot"),
    ]
    if before:
        heads += [_("Vorige score"), _("Verschil")]
    out.append("<thead><tr>" + "".join(f'<th scope="col">{_esc(h)}</th>' for h in heads) + "</tr></thead>")
    out.append("<tbody>")
    for result in measurement.results:
        wrong = result.count("wrong")
        cells = [
            f'<td class="num">{result.rank if result.rank is not None else "–"}</td>',
            f'<th scope="row">{_gemeente_link(result)}</th>',
            f"<td>{_esc(result.province)}</td>",
            f'<td class="num">{score_text(result.score)}</td>',
            f"<td>{_esc(verdict_text(result))}</td>",
            f'<td class="num{" cell-wrong" if wrong else ""}">{wrong if result.measured else "–"}</td>',
            f'<td class="num">{result.count("absent") if result.measured else "–"}</td>',
            f"<td>{_esc(placement_short(result.placement))}</td>",
        ]
        if before:
            old = before.get(result.code)
            cells.append(f'<td class="num">{score_text(old)}</td>')
            if old is not None and result.score is not None:
                delta = result.score - old
                sign = "+" if delta > 0 else ""
                cells.append(f'<td class="num">{_esc(sign + _number(delta))}</td>')
            else:
                cells.append("<td>–</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table></div></section>")
    return "\n".join(out)


def _trend_section(measurement: Measurement, previous: Measurement) -> str:
    changes = compare(previous.results, measurement.results)
    counts = totals(changes)
    out = [f'<section aria-labelledby="vergelijking"><h2 id="vergelijking">{_esc(_("Vergelijking"))}</h2>']
    out.append(
        "<p>"
        + _esc(
            _("Vergeleken met de meting van {day} ({id}).").format(
                day=_dutch_iso_date(previous.measured_on), id=previous.id
            )
        )
        + "</p>"
    )
    out.append(
        "<p>"
        + _esc(
            _(
                "Per gemeente en regel: {better} keer beter, {worse} keer slechter, {same} keer gelijk, "
                "{other} keer niet te vergelijken."
            ).format(
                better=counts["better"],
                worse=counts["worse"],
                same=counts["unchanged"],
                other=counts["not_comparable"],
            )
        )
        + "</p>"
    )
    if (
        previous.manifest.get("catalogue", {}).get("sha256")
        != measurement.manifest.get("catalogue", {}).get("sha256")
        or previous.law_date != measurement.law_date
    ):
        out.append(
            '<p class="note">'
            + _esc(
                _(
                    "Let op: de twee metingen gebruiken niet dezelfde regels of niet dezelfde wetsdatum. "
                    "Een verschil kan daardoor komen."
                )
            )
            + "</p>"
        )
    out.append("</section>")
    return "\n".join(out)


def _not_measured_section(measurement: Measurement) -> str:
    missing = [r for r in measurement.results if not r.measured]
    if not missing:
        return ""
    out = [f'<section aria-labelledby="niet-gemeten"><h2 id="niet-gemeten">{_esc(_("Niet gemeten"))}</h2>']
    items = "".join(f"<li>{_gemeente_link(r)}: {_esc(reason_text(r.reason))}</li>" for r in missing)
    out.append(f"<ul>{items}</ul></section>")
    return "\n".join(out)


def _about_section(measurement: Measurement, has_map: bool) -> str:
    files = [
        (GEMEENTEN_CSV, _("alle gemeenten met hun uitkomst per regel (CSV, voor Excel)")),
        (RESULTS, _("de uitkomsten per gemeente en regel, met citaten (JSON)")),
        (SUMMARY, _("de landelijke samenvatting (JSON)")),
        (FINDINGS, _("de bevindingen per pagina (JSON Lines)")),
    ]
    items = "".join(
        f'<li><a href="../{_esc(name)}">{_esc(label)}</a></li>'
        for name, label in files
        if (measurement.folder / name).exists()
    )
    placements = "".join(
        f"<li>{_esc(placement_text(p))}</li>"
        for p in ("next_to_term", "on_main_page", "elsewhere", "missing")
    )
    catalogue = str(measurement.manifest.get("catalogue", {}).get("sha256", ""))[:12]
    out = [
        f'<section aria-labelledby="uitleg"><h2 id="uitleg">{_esc(_("Uitleg bij dit rapport"))}</h2>',
        "<p>"
        + _esc(
            _(
                "Een programma heeft de websites van de gemeenten gelezen en de pagina’s over bijstand "
                "aanvragen gecontroleerd. Per regel geldt: staat er op één pagina iets fout, dan is de uitkomst "
                "fout. Anders is de uitkomst aanwezig als het op de aanvraagpagina staat, of op een pagina waar "
                "de aanvraagpagina naar verwijst. Anders ontbreekt het."
            )
        )
        + "</p>",
        "<p>"
        + _esc(
            _(
                "Voert een samenwerkingsverband de bijstand uit voor meer gemeenten? Dan is die website één keer "
                "gemeten en telt de uitkomst mee voor elke gemeente in dat verband."
            )
        )
        + "</p>",
        "<p>"
        + _esc(
            _(
                "Het voorschot hoort op de aanvraagpagina te staan, bij de beslistermijn. Dat staat apart bij "
                "elke gemeente, en telt niet mee in de score. De mogelijkheden zijn:"
            )
        )
        + "</p>",
        f"<ul>{placements}</ul>",
        f"<h3>{_esc(_('Downloaden'))}</h3><ul>{items}</ul>" if items else "",
        '<p class="meta">'
        + _esc(
            _("Meting {id} · regels {hash} · Toegang {version}").format(
                id=measurement.id,
                hash=catalogue,
                version=measurement.manifest.get("tool", {}).get("version", ""),
            )
        )
        + "</p>",
    ]
    if has_map:
        out.append(
            f'<p class="credit">{_esc(CREDIT)}: '
            + _esc(_("gemeentegrenzen 2026, vereenvoudigd."))
            + f' <a href="{CC_BY}">{_esc(_("Creative Commons Naamsvermelding 4.0"))}</a></p>'
        )
    out.append(
        "<p>"
        + _esc(
            _(
                "Een computerprogramma kan fouten maken. Kijk daarom altijd zelf naar het citaat en de tekst "
                "eromheen."
            )
        )
        + "</p></section>"
    )
    return "\n".join(out)


def render_national_report(
    measurement: Measurement,
    *,
    generated: datetime,
    areas: Sequence[Area] | None = None,
    geo_note: str = "",
    previous: Measurement | None = None,
    catalogue: RuleLookup | None = None,
) -> str:
    """The national overview as one HTML document. `areas` are the decoded gemeente boundaries (no map when
    None, with `geo_note` saying why); `previous` adds the trend."""
    summary = national_summary(measurement.results, measurement.rules)
    before_rules: dict[str, Mapping[str, object]] = {}
    before_scores: dict[str, float | None] = {}
    if previous is not None:
        old = national_summary(previous.results, previous.rules)
        before_rules = {str(r["rule"]): r for r in old["rules"]}
        before_scores = {r.code: r.score for r in previous.results if r.measured}
    sections = [
        _summary_section(measurement, summary),
        _map_section(measurement, areas, geo_note or _("Er is geen kaart, want het kaartbestand ontbreekt.")),
        _rules_section(measurement, summary, before_rules, catalogue),
        _examples_section(measurement),
        _ranking_section(measurement, before_scores if previous is not None else {}),
    ]
    nav = [
        ("#samenvatting", _("Samenvatting")),
        ("#kaart", _("Kaart")),
        ("#regels", _("Per regel")),
        ("#voorbeelden", _("Goede voorbeelden")),
        ("#ranglijst", _("Ranglijst")),
    ]
    if previous is not None:
        sections.append(_trend_section(measurement, previous))
        nav.append(("#vergelijking", _("Vergelijking")))
    missing = _not_measured_section(measurement)
    if missing:
        sections.append(missing)
        nav.append(("#niet-gemeten", _("Niet gemeten")))
    sections.append(_about_section(measurement, bool(areas)))
    nav.append(("#uitleg", _("Uitleg")))
    title = _("Nulmeting bijstand aanvragen")
    subtitle = [
        _("Gemeten op {day}").format(day=_dutch_iso_date(measurement.measured_on)),
        _("Beoordeeld volgens de wet zoals die gold op {day}").format(
            day=_dutch_iso_date(measurement.law_date)
        ),
    ]
    footer = [_esc(CREDIT)] if areas else []
    return document(
        title, generated=generated, subtitle=subtitle, nav=nav, main="\n".join(sections), footer=footer
    )


def load_geo(geo: Path | str | None) -> tuple[list[Area] | None, str]:
    """The decoded boundaries, or None with a Dutch note saying why there is no map."""
    path = find_geo(geo)
    if path is None:
        return None, _(
            "Er is geen kaart, want het kaartbestand van CBS/Kadaster is niet gevonden. Geef het aan met "
            "--geo (bestand gemeente_2026.topojson)."
        )
    try:
        return load_areas(path), ""
    except GeoError as exc:
        return None, _("Er is geen kaart: {why}").format(why=exc)


def write_measurement_report(
    folder: Path | str,
    *,
    geo: Path | str | None = None,
    previous: Path | str | None = None,
    generated: datetime | None = None,
    catalogue: RuleLookup | None = None,
) -> Path:
    """Write rapport/index.html and rapport/gemeenten/<code>.html for an analysed measurement; returns the
    path of index.html."""
    measurement = load_measurement(folder)
    before = load_measurement(previous) if previous is not None else None
    when = generated or datetime.now()
    areas, note = load_geo(geo)
    target = measurement.folder / REPORT_DIR
    index = atomic_write_text(
        target / "index.html",
        render_national_report(
            measurement, generated=when, areas=areas, geo_note=note, previous=before, catalogue=catalogue
        ),
    )
    pages = measurement.pages()
    texts = measurement.texts()
    names = {r.code: r.name for r in measurement.results}
    ranked = sum(1 for r in measurement.results if r.rank is not None)
    for result in measurement.results:
        atomic_write_text(
            target / GEMEENTEN_DIR / gemeente_file(result.code),
            render_gemeente_page(
                result,
                pages,
                texts,
                law_date=measurement.law_date,
                measured_on=measurement.measured_on,
                generated=when,
                ranked=ranked,
                names=names,
                catalogue=catalogue,
            ),
        )
    return index
