"""One self-contained, accessible HTML report for a set of audited pages.

The report is read by web editors, researchers and client councils, so it is Dutch (B1), needs no network
and no JavaScript, and never lets page text act as markup: all text from a page goes through `_esc`.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol
from urllib.parse import urlsplit

from toegang import __version__
from toegang.audit.model import STATUSES, Evidence, Finding, PageAudit, Status
from toegang.i18n import _, ngettext
from toegang.rules.model import Rule

# How many characters of page text to show on each side of a quote.
CONTEXT_CHARS = 150

# Order in which a page's findings are listed: what misleads first, what does not apply last.
STATUS_ORDER: tuple[Status, ...] = ("wrong", "absent", "present", "not_applicable")

# Colours, kept in one place so that a test can check their contrast (WCAG 2.2 AA: 4.5:1 for text, 3:1 for
# bar segments against the white page).
PALETTE: dict[str, str] = {
    "text": "#1a1a1a",
    "background": "#ffffff",
    "muted": "#595959",
    "link": "#0b57a4",
    "border": "#767676",
    "present_text": "#1e5e24",
    "present_bg": "#e6f4e7",
    "absent_text": "#6b4400",
    "absent_bg": "#fff3d6",
    "wrong_text": "#ffffff",
    "wrong_bg": "#a3001b",
    "wrong_tint": "#fdecee",
    "na_text": "#595959",
    "na_bg": "#eeeeee",
    "mark_bg": "#ffe066",
    "present_bar": "#2e7d32",
    "absent_bar": "#a86400",
    "wrong_bar": "#a3001b",
    "na_bar": "#858585",
}

_ICONS: dict[str, str] = {"present": "✓", "absent": "○", "wrong": "✗", "not_applicable": "–"}
_WS = re.compile(r"\s+")


class RuleLookup(Protocol):
    """What the report needs from the catalogue: the rules of a profile in order, and one rule version."""

    def rules(self, profile: str, day: date, /) -> Sequence[Rule]: ...

    def rule(self, rule_id: str, /, *, on: date) -> Rule: ...


@dataclass(frozen=True, slots=True)
class _RuleInfo:
    """What the report shows about a rule; falls back to the bare id when the catalogue has no such rule."""

    id: str
    title: str
    impact: str
    explain: str
    fix: str
    sources: tuple[tuple[str, str], ...]  # (label, url)


def render_pages_report(
    audits: Sequence[PageAudit],
    *,
    title: str,
    generated: datetime,
    catalogue: RuleLookup | None = None,
) -> str:
    """Render audits as one HTML document (a string). Loads the rule catalogue unless one is given."""
    if catalogue is None:
        from toegang.rules import load_catalogue  # late: the catalogue is only needed when none is passed

        catalogue = load_catalogue()
    rules = _RuleBook(catalogue, fallback_day=generated.date())
    rule_ids = rules.order(audits)
    main = "\n".join(
        [
            _summary_section(audits, rule_ids, rules),
            _rules_section(audits, rule_ids, rules),
            _pages_section(audits, rule_ids, rules),
            _about_section(),
        ]
    )
    return _document(title, generated, audits, main)


# --- rules -------------------------------------------------------------------------------------------------


class _RuleBook:
    """Caches rule look-ups per (id, law date) and never fails the whole report on one unknown rule."""

    def __init__(self, catalogue: RuleLookup, fallback_day: date) -> None:
        self._catalogue = catalogue
        self._fallback_day = fallback_day
        self._cache: dict[tuple[str, str], _RuleInfo] = {}

    def get(self, rule_id: str, law_date: str) -> _RuleInfo:
        key = (rule_id, law_date)
        if key not in self._cache:
            self._cache[key] = self._lookup(rule_id, law_date)
        return self._cache[key]

    def order(self, audits: Sequence[PageAudit]) -> list[str]:
        """The rule ids found in the audits, in catalogue order; ids the catalogue lacks go last."""
        seen: dict[str, None] = {}
        for audit in audits:
            for finding in audit.findings:
                seen.setdefault(finding.rule, None)
        if not audits:
            return []
        profile = Counter(a.profile for a in audits).most_common(1)[0][0]
        try:
            listed = [r.id for r in self._catalogue.rules(profile, self._day(_common_law_date(audits)))]
        except (LookupError, ValueError):
            listed = []
        rank = {rule_id: i for i, rule_id in enumerate(listed)}
        return sorted(seen, key=lambda rule_id: rank.get(rule_id, len(rank)))

    def _day(self, law_date: str) -> date:
        try:
            return date.fromisoformat(law_date)
        except ValueError:
            return self._fallback_day

    def _lookup(self, rule_id: str, law_date: str) -> _RuleInfo:
        day = self._day(law_date)
        try:
            rule = self._catalogue.rule(rule_id, on=day)
        except (LookupError, ValueError):
            return _RuleInfo(rule_id, rule_id, "", "", "", ())
        return _RuleInfo(
            id=rule.id,
            title=rule.title,
            impact=rule.impact,
            explain=rule.explain,
            fix=rule.fix,
            sources=tuple((s.label(), s.url) for s in rule.sources),
        )


def _common_law_date(audits: Sequence[PageAudit]) -> str:
    """The law date most pages were judged on: the per-rule section shows the rule version of that date."""
    counts = Counter(a.law_date for a in audits)
    return counts.most_common(1)[0][0] if counts else ""


# --- small formatting helpers ------------------------------------------------------------------------------


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _number(value: float, digits: int = 1) -> str:
    """Dutch number: decimal comma."""
    return f"{value:.{digits}f}".replace(".", ",")


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "0%"


def _month_names() -> tuple[str, ...]:
    return (
        _("januari"),
        _("februari"),
        _("maart"),
        _("april"),
        _("mei"),
        _("juni"),
        _("juli"),
        _("augustus"),
        _("september"),
        _("oktober"),
        _("november"),
        _("december"),
    )


def _dutch_date(day: date) -> str:
    return f"{day.day} {_month_names()[day.month - 1]} {day.year}"


def _dutch_iso_date(value: str) -> str:
    try:
        return _dutch_date(date.fromisoformat(value))
    except ValueError:
        return value


def _status_label(status: str) -> str:
    labels = {
        "present": _("Aanwezig"),
        "absent": _("Ontbreekt"),
        "wrong": _("Fout"),
        "not_applicable": _("Niet van toepassing"),
    }
    return labels.get(status, status)


def _impact_label(impact: str) -> str:
    labels = {
        "critical": _("kritiek"),
        "serious": _("ernstig"),
        "moderate": _("matig"),
        "minor": _("klein"),
    }
    return labels.get(impact, impact)


def _css_status(status: str) -> str:
    return "na" if status == "not_applicable" else status


def _badge(status: str) -> str:
    """Status as icon plus word: the colour is never the only signal."""
    icon = _ICONS.get(status, "?")
    return (
        f'<span class="badge badge-{_css_status(status)}"><span aria-hidden="true">{icon}</span> '
        f"{_esc(_status_label(status))}</span>"
    )


def _safe_url(url: str) -> str | None:
    """Only http(s) addresses become links: a page could carry a `javascript:` address."""
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def _link(url: str, label: str) -> str:
    safe = _safe_url(url)
    if safe is None:
        return _esc(label)
    return f'<a href="{_esc(safe)}">{_esc(label)}</a>'


def _page_anchor(index: int) -> str:
    return f"pagina-{index + 1}"


def _rule_anchor(index: int) -> str:
    return f"regel-{index + 1}"


def _page_name(audit: PageAudit) -> str:
    parts = [p for p in (audit.organisation, audit.id) if p]
    return " · ".join(parts) if parts else (audit.url or _("Pagina zonder naam"))


def _findings_by_rule(audit: PageAudit) -> dict[str, Finding]:
    return {f.rule: f for f in audit.findings}


# --- evidence in context -----------------------------------------------------------------------------------


def _locate(text: str, evidence: Evidence) -> tuple[int, int] | None:
    """Where the quote is in the text: the offsets when they agree with the quote, else a search."""
    if (
        0 <= evidence.start <= evidence.end <= len(text)
        and text[evidence.start : evidence.end] == evidence.quote
    ):
        return evidence.start, evidence.end
    if evidence.quote:
        found = text.find(evidence.quote)
        if found >= 0:
            return found, found + len(evidence.quote)
    return None


def _tidy(text: str) -> str:
    """Collapse white space but keep a line break where the page had one (shown with `pre-line`)."""
    return _WS.sub(lambda m: "\n" if "\n" in m.group() else " ", text)


def _marked(quote: str) -> str:
    """The quote in <mark>, with hidden words for screen readers, which do not announce <mark> reliably."""
    return (
        f'<mark><span class="visually-hidden">{_esc(_("begin citaat"))} </span>{_esc(_tidy(quote))}'
        f'<span class="visually-hidden"> {_esc(_("einde citaat"))}</span></mark>'
    )


def evidence_in_context(text: str, evidence: Evidence, radius: int = CONTEXT_CHARS) -> str:
    """HTML for a quote in <mark> with about `radius` characters of escaped context on each side."""
    where = _locate(text, evidence)
    if where is None:
        return _marked(evidence.quote)
    start, end = where
    low, high = max(0, start - radius), min(len(text), end + radius)
    if low > 0:  # begin and end on a word boundary
        space = text.find(" ", low, start)
        low = space + 1 if space >= 0 else low
    if high < len(text):
        space = text.rfind(" ", end, high)
        high = space if space >= 0 else high
    before = ("…" if low > 0 else "") + _tidy(text[low:start]).lstrip()
    after = _tidy(text[end:high]).rstrip() + ("…" if high < len(text) else "")
    return f"{_esc(before)}{_marked(text[start:end])}{_esc(after)}"


# --- sections ----------------------------------------------------------------------------------------------


def _bar(counts: Counter[str], total: int) -> str:
    """A stacked bar as inline SVG. Hidden from screen readers: the same numbers stand in the table cells."""
    if not total:
        return ""
    parts, x = [], 0.0
    for status in ("present", "absent", "wrong", "not_applicable"):
        width = 100 * counts[status] / total
        if width:
            parts.append(
                f'<rect x="{x:.2f}" y="0" width="{width:.2f}" height="10" class="bar-{_css_status(status)}"/>'
            )
        x += width
    return (
        '<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" width="160" height="16" '
        f'aria-hidden="true" focusable="false">{"".join(parts)}</svg>'
    )


def _sources_html(info: _RuleInfo) -> str:
    if not info.sources:
        return ""
    links = ", ".join(_link(url, label) for label, url in info.sources)
    return f'<p class="sources">{_esc(_("Wet:"))} {links}</p>'


def _summary_section(audits: Sequence[PageAudit], rule_ids: list[str], rules: _RuleBook) -> str:
    total = len(audits)
    out = [f'<section aria-labelledby="samenvatting"><h2 id="samenvatting">{_esc(_("Samenvatting"))}</h2>']
    if not total:
        out.append(f"<p>{_esc(_('Dit rapport bevat geen pagina’s.'))}</p></section>")
        return "\n".join(out)
    mean = sum(a.score for a in audits) / total
    wrong_pages = sum(1 for a in audits if any(f.status == "wrong" for f in a.findings))
    wrong_findings = sum(1 for a in audits for f in a.findings if f.status == "wrong")
    law_dates = sorted({a.law_date for a in audits})
    out.append('<ul class="facts">')
    out.append(
        f"<li>{_esc(ngettext('{n} pagina bekeken', '{n} pagina’s bekeken', total).format(n=total))}</li>"
    )
    out.append(f"<li>{_esc(_('Gemiddelde score: {score} van 100').format(score=_number(mean)))}</li>")
    out.append(
        "<li>"
        + _esc(_("Pagina’s met minstens één fout: {n} van {total}").format(n=wrong_pages, total=total))
        + "</li>"
    )
    out.append(
        "<li>"
        + _esc(
            _("Beoordeeld volgens de wet zoals die gold op: {dates}").format(
                dates=", ".join(_dutch_iso_date(d) for d in law_dates)
            )
        )
        + "</li>"
    )
    out.append("</ul>")
    if wrong_findings:
        out.append(
            '<p class="callout">'
            + _badge("wrong")
            + " "
            + _esc(
                ngettext(
                    "Er staat {n} fout op de pagina’s. Een fout is informatie die niet klopt met de wet. "
                    "Verbeter die eerst.",
                    "Er staan {n} fouten op de pagina’s. Een fout is informatie die niet klopt met de wet. "
                    "Verbeter die eerst.",
                    wrong_findings,
                ).format(n=wrong_findings)
            )
            + "</p>"
        )

    # Per rule: how many pages have it present, absent, wrong, not applicable.
    law_date = _common_law_date(audits)
    out.append(f'<h3 id="per-regel-overzicht">{_esc(_("Overzicht per regel"))}</h3>')
    out.append('<div class="scroll"><table>')
    out.append(f"<caption>{_esc(_('Hoeveel pagina’s elke regel goed, niet of fout hebben'))}</caption>")
    heads = [_("Regel"), _("Belang")] + [_status_label(s) for s in STATUSES] + [_("Verdeling")]
    out.append("<thead><tr>" + "".join(f'<th scope="col">{_esc(h)}</th>' for h in heads) + "</tr></thead>")
    out.append("<tbody>")
    for index, rule_id in enumerate(rule_ids):
        info = rules.get(rule_id, law_date)
        counts: Counter[str] = Counter()
        for audit in audits:
            finding = _findings_by_rule(audit).get(rule_id)
            if finding is not None:
                counts[finding.status] += 1
        judged = sum(counts.values())
        cells = "".join(
            f'<td class="num{" cell-wrong" if s == "wrong" and counts[s] else ""}">'
            f'{counts[s]} <span class="share">({_percent(counts[s], judged)})</span></td>'
            for s in STATUSES
        )
        out.append(
            f'<tr><th scope="row"><a href="#{_rule_anchor(index)}">{_esc(info.title)}</a></th>'
            f"<td>{_esc(_impact_label(info.impact))}</td>{cells}<td>{_bar(counts, judged)}</td></tr>"
        )
    out.append("</tbody></table></div>")

    # Per page: score and verdict, with links to the details.
    out.append(f'<h3 id="per-pagina-overzicht">{_esc(_("Overzicht per pagina"))}</h3>')
    out.append('<div class="scroll"><table>')
    out.append(f"<caption>{_esc(_('Score en oordeel per pagina'))}</caption>")
    heads = [_("Pagina"), _("Score"), _("Oordeel"), _status_label("wrong"), _status_label("absent")]
    out.append("<thead><tr>" + "".join(f'<th scope="col">{_esc(h)}</th>' for h in heads) + "</tr></thead>")
    out.append("<tbody>")
    for index, audit in enumerate(audits):
        status_counts = Counter(f.status for f in audit.findings)
        out.append(
            f'<tr><th scope="row"><a href="#{_page_anchor(index)}">{_esc(_page_name(audit))}</a></th>'
            f'<td class="num">{_number(audit.score)}</td><td>{_esc(audit.verdict)}</td>'
            f'<td class="num{" cell-wrong" if status_counts["wrong"] else ""}">{status_counts["wrong"]}</td>'
            f'<td class="num">{status_counts["absent"]}</td></tr>'
        )
    out.append("</tbody></table></div></section>")
    return "\n".join(out)


def _rules_section(audits: Sequence[PageAudit], rule_ids: list[str], rules: _RuleBook) -> str:
    if not rule_ids:
        return ""
    law_date = _common_law_date(audits)
    out = [f'<section aria-labelledby="regels"><h2 id="regels">{_esc(_("Per regel"))}</h2>']
    for index, rule_id in enumerate(rule_ids):
        info = rules.get(rule_id, law_date)
        out.append(f'<section class="rule" aria-labelledby="{_rule_anchor(index)}">')
        out.append(f'<h3 id="{_rule_anchor(index)}">{_esc(info.title)}</h3>')
        meta = [_("Regel: {id}").format(id=rule_id)]
        if info.impact:
            meta.append(_("Belang: {impact}").format(impact=_impact_label(info.impact)))
        out.append(f'<p class="meta">{_esc(" · ".join(meta))}</p>')
        if info.explain:
            out.append(f"<p>{_esc(info.explain)}</p>")
        out.append(_sources_html(info))
        groups: dict[str, list[int]] = {s: [] for s in STATUS_ORDER}
        for page_index, audit in enumerate(audits):
            finding = _findings_by_rule(audit).get(rule_id)
            if finding is not None and finding.status in groups:
                groups[finding.status].append(page_index)
        for status in STATUS_ORDER:
            pages = groups[status]
            summary = ngettext("{n} pagina", "{n} pagina’s", len(pages)).format(n=len(pages))
            if not pages:
                out.append(f'<p class="group group-empty">{_badge(status)}: {_esc(summary)}</p>')
                continue
            is_open = " open" if status in ("wrong", "absent") else ""
            items = "".join(
                f'<li><a href="#{_page_anchor(i)}">{_esc(_page_name(audits[i]))}</a></li>' for i in pages
            )
            out.append(
                f'<details class="group group-{_css_status(status)}"{is_open}>'
                f"<summary>{_badge(status)}: {_esc(summary)}</summary><ul>{items}</ul></details>"
            )
        out.append("</section>")
    out.append("</section>")
    return "\n".join(out)


def _finding_html(audit: PageAudit, finding: Finding, info: _RuleInfo) -> str:
    status = finding.status
    out = [f'<li class="finding finding-{_css_status(status)}">']
    out.append(
        f'<h4>{_badge(status)} {_esc(info.title)} <span class="rule-id">({_esc(finding.rule)})</span></h4>'
    )
    impact = finding.impact or info.impact
    if impact:
        out.append(f'<p class="meta">{_esc(_("Belang: {impact}").format(impact=_impact_label(impact)))}</p>')
    if finding.message:
        out.append(f"<p>{_esc(finding.message)}</p>")
    for evidence in finding.evidence:
        out.append(
            f'<blockquote class="context"><p>{evidence_in_context(audit.text, evidence)}</p></blockquote>'
        )
    if status in ("wrong", "absent"):
        fix = finding.fix or info.fix
        if fix:
            out.append(f'<p class="fix"><strong>{_esc(_("Wat kunt u doen?"))}</strong> {_esc(fix)}</p>')
    out.append(_sources_html(info))
    out.append("</li>")
    return "".join(out)


def _pages_section(audits: Sequence[PageAudit], rule_ids: list[str], rules: _RuleBook) -> str:
    if not audits:
        return ""
    rank = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    out = [f'<section aria-labelledby="paginas"><h2 id="paginas">{_esc(_("Per pagina"))}</h2>']
    for index, audit in enumerate(audits):
        anchor = _page_anchor(index)
        out.append(f'<article class="page" aria-labelledby="{anchor}">')
        out.append(f'<h3 id="{anchor}">{_esc(_page_name(audit))}</h3>')
        out.append('<dl class="page-facts">')
        if audit.url:
            out.append(f"<dt>{_esc(_('Adres'))}</dt><dd>{_link(audit.url, audit.url)}</dd>")
        out.append(f"<dt>{_esc(_('Score'))}</dt><dd>{_esc(_number(audit.score))} {_esc(_('van 100'))}</dd>")
        reasons = "".join(f"<li>{_esc(r)}</li>" for r in audit.verdict_reasons)
        reasons = f'<ul class="reasons">{reasons}</ul>' if reasons else ""
        out.append(f"<dt>{_esc(_('Oordeel'))}</dt><dd>{_esc(audit.verdict)}{reasons}</dd>")
        out.append(f"<dt>{_esc(_('Wetsdatum'))}</dt><dd>{_esc(_dutch_iso_date(audit.law_date))}</dd>")
        out.append("</dl>")
        if audit.warnings:
            items = "".join(f"<li>{_esc(w)}</li>" for w in audit.warnings)
            out.append(f'<div class="warnings"><p>{_esc(_("Let op:"))}</p><ul>{items}</ul></div>')
        findings = sorted(
            audit.findings,
            key=lambda f: (
                STATUS_ORDER.index(f.status) if f.status in STATUS_ORDER else len(STATUS_ORDER),
                rank.get(f.rule, len(rank)),
            ),
        )
        out.append('<ul class="findings">')
        out.extend(_finding_html(audit, f, rules.get(f.rule, audit.law_date)) for f in findings)
        out.append("</ul></article>")
    out.append("</section>")
    return "\n".join(out)


def _about_section() -> str:
    rows = [
        ("present", _("De pagina geeft deze informatie, en de informatie klopt.")),
        ("absent", _("De pagina zegt hier niets over.")),
        (
            "wrong",
            _("De pagina zegt iets dat niet klopt met de wet. Dit is het belangrijkste om te verbeteren."),
        ),
        ("not_applicable", _("Deze regel geldt niet voor deze pagina.")),
    ]
    items = "".join(f"<dt>{_badge(status)}</dt><dd>{_esc(text)}</dd>" for status, text in rows)
    return (
        f'<section aria-labelledby="uitleg"><h2 id="uitleg">{_esc(_("Uitleg bij dit rapport"))}</h2>'
        f'<dl class="legend">{items}</dl>'
        "<p>"
        + _esc(
            _(
                "Een computerprogramma heeft deze pagina’s gecontroleerd. Het programma kan fouten maken. "
                "Kijk daarom altijd zelf naar het citaat en de tekst eromheen."
            )
        )
        + "</p></section>"
    )


# --- the document ------------------------------------------------------------------------------------------


def _css() -> str:
    p = PALETTE
    return f"""
*,*::before,*::after{{box-sizing:border-box}}
body{{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.05rem;
line-height:1.55;color:{p["text"]};background:{p["background"]}}}
.wrap{{max-width:72rem;margin:0 auto;padding:0 1rem}}
a{{color:{p["link"]}}}
a:focus-visible,summary:focus-visible{{outline:3px solid {p["text"]};outline-offset:2px}}
.visually-hidden{{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;
clip:rect(0 0 0 0);white-space:nowrap;border:0}}
.skip{{position:absolute;left:-9999px;top:0;background:{p["background"]};padding:.5rem 1rem;z-index:10}}
.skip:focus{{left:1rem}}
header{{border-bottom:1px solid {p["border"]};padding:1rem 0}}
header p{{margin:.25rem 0;color:{p["muted"]}}}
nav ul{{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem}}
h1{{font-size:1.8rem;margin:.5rem 0}}
h2{{font-size:1.5rem;margin-top:2.5rem;border-bottom:2px solid {p["border"]}}}
h3{{font-size:1.2rem;margin-top:2rem}} h4{{font-size:1.05rem;margin:.25rem 0}}
table{{border-collapse:collapse;margin:.5rem 0 1.5rem;min-width:100%}}
caption{{text-align:left;font-weight:600;padding:.25rem 0}}
th,td{{border:1px solid {p["border"]};padding:.35rem .5rem;text-align:left;vertical-align:top}}
thead th{{background:{p["na_bg"]}}}
td.num{{text-align:right;white-space:nowrap}}
.share{{color:{p["muted"]}}}
.cell-wrong{{background:{p["wrong_tint"]};font-weight:700}}
.scroll{{overflow-x:auto}}
.bar{{display:block;border:1px solid {p["border"]}}}
.bar-present{{fill:{p["present_bar"]}}} .bar-absent{{fill:{p["absent_bar"]}}}
.bar-wrong{{fill:{p["wrong_bar"]}}} .bar-na{{fill:{p["na_bar"]}}}
.badge{{display:inline-block;padding:0 .4rem;border-radius:.25rem;font-weight:700;white-space:nowrap}}
.badge-present{{color:{p["present_text"]};background:{p["present_bg"]}}}
.badge-absent{{color:{p["absent_text"]};background:{p["absent_bg"]}}}
.badge-wrong{{color:{p["wrong_text"]};background:{p["wrong_bg"]}}}
.badge-na{{color:{p["na_text"]};background:{p["na_bg"]};font-weight:400}}
.callout{{border-left:.5rem solid {p["wrong_bg"]};background:{p["wrong_tint"]};padding:.75rem 1rem}}
.meta,.rule-id{{color:{p["muted"]};font-weight:400}}
.group{{margin:.25rem 0}} .group ul{{margin:.25rem 0 .75rem}}
summary{{cursor:pointer}}
.findings{{list-style:none;padding:0}}
.finding{{border:1px solid {p["border"]};border-left-width:.4rem;padding:.5rem 1rem;margin:.75rem 0}}
.finding-wrong{{border:2px solid {p["wrong_bg"]};border-left-width:.6rem;background:{p["wrong_tint"]}}}
.finding-na{{color:{p["muted"]};border-style:dashed}}
.context p{{white-space:pre-line;margin:0}}
.context{{margin:.5rem 0;padding:.5rem 1rem;border-left:3px solid {p["border"]};background:{p["background"]}}}
mark{{background:{p["mark_bg"]};color:{p["text"]};padding:0 .1rem}}
.fix{{margin:.5rem 0}}
dl.page-facts{{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem}}
dl.page-facts dt{{font-weight:600}} dl.page-facts dd{{margin:0;overflow-wrap:anywhere}}
.legend dd{{margin:0 0 .75rem 0}}
.warnings{{border:1px solid {p["absent_text"]};background:{p["absent_bg"]};padding:.5rem 1rem}}
footer{{border-top:1px solid {p["border"]};margin-top:3rem;padding:1rem 0;color:{p["muted"]}}}
@media print{{.skip,nav{{display:none}} details{{display:block}} .finding{{break-inside:avoid}}}}
"""


def _document(title: str, generated: datetime, audits: Sequence[PageAudit], main: str) -> str:
    when = _("Gemaakt op {day} om {time}").format(
        day=_dutch_date(generated.date()), time=generated.strftime("%H:%M")
    )
    nav_items = [
        ("samenvatting", _("Samenvatting")),
        ("regels", _("Per regel")),
        ("paginas", _("Per pagina")),
        ("uitleg", _("Uitleg")),
    ]
    if not audits:
        nav_items = [nav_items[0], nav_items[-1]]
    made_with = _("Gemaakt met Toegang {version}.").format(version=__version__)
    nav = "".join(f'<li><a href="#{anchor}">{_esc(label)}</a></li>' for anchor, label in nav_items)
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="toegang {_esc(__version__)}">
<title>{_esc(title)}</title>
<style>{_css()}</style>
</head>
<body>
<a class="skip" href="#inhoud">{_esc(_("Naar de inhoud"))}</a>
<header><div class="wrap">
<h1>{_esc(title)}</h1>
<p>{_esc(when)}</p>
</div></header>
<nav aria-label="{_esc(_("Onderdelen van dit rapport"))}"><div class="wrap"><ul>{nav}</ul></div></nav>
<main id="inhoud" tabindex="-1"><div class="wrap">
{main}
</div></main>
<footer><div class="wrap"><p>{_esc(made_with)}</p></div></footer>
</body>
</html>
"""
