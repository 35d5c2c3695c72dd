"""One HTML page per gemeente: its result per rule, the quote in context, what to fix, the law, which page.

Same standards as reports/html.py, whose helpers and CSS this module reuses: Dutch B1, no network, no
JavaScript, and every piece of page text escaped (a page that contains `<script>` shows it as text).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from toegang import __version__
from toegang.audit.model import Evidence
from toegang.i18n import _, ngettext
from toegang.measure.model import AuditedPage, GemeenteResult, RuleResult
from toegang.reports.html import (
    STATUS_ORDER,
    RuleLookup,
    _badge,
    _css,
    _css_status,
    _dutch_date,
    _dutch_iso_date,
    _esc,
    _impact_label,
    _link,
    _number,
    _RuleBook,
    _RuleInfo,
    _sources_html,
    evidence_in_context,
)

EXTRA_CSS = """
.kaart{max-width:100%;height:auto;display:block}
.kaart-blok{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
.legenda{list-style:none;padding:0;margin:0}
.legenda li{margin:.25rem 0}
.legenda svg{vertical-align:middle}
.credit{font-size:.95rem}
.note{border-left:.5rem solid #767676;background:#eeeeee;padding:.5rem 1rem}
.trend-better{font-weight:700}
.trend-worse{font-weight:700}
.pages li{margin:.25rem 0}
.crumbs{margin:.5rem 0}
"""


# --- shared with the national report ------------------------------------------------------------------------


def catalogue_or_default(catalogue: RuleLookup | None) -> RuleLookup:
    if catalogue is not None:
        return catalogue
    from toegang.rules import load_catalogue

    return load_catalogue()


def rule_book(catalogue: RuleLookup | None, law_date: str) -> _RuleBook:
    try:
        day = date.fromisoformat(law_date)
    except ValueError:
        day = date.today()
    return _RuleBook(catalogue_or_default(catalogue), fallback_day=day)


def document(
    title: str,
    *,
    generated: datetime,
    subtitle: Sequence[str],
    nav: Sequence[tuple[str, str]],
    main: str,
    footer: Sequence[str] = (),
    crumbs: str = "",
) -> str:
    """The page shell: the CSS and landmarks of reports/html.py, with this report's own navigation."""
    when = _("Gemaakt op {day} om {time}").format(
        day=_dutch_date(generated.date()), time=generated.strftime("%H:%M")
    )
    lines = "".join(f"<p>{_esc(line)}</p>" for line in (*subtitle, when))
    nav_html = "".join(f'<li><a href="{_esc(href)}">{_esc(label)}</a></li>' for href, label in nav)
    made_with = _("Gemaakt met Toegang {version}.").format(version=__version__)
    foot = "".join(f"<p>{item}</p>" for item in footer) + f"<p>{_esc(made_with)}</p>"
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="toegang {_esc(__version__)}">
<title>{_esc(title)}</title>
<style>{_css()}{EXTRA_CSS}</style>
</head>
<body>
<a class="skip" href="#inhoud">{_esc(_("Naar de inhoud"))}</a>
<header><div class="wrap">
{crumbs}
<h1>{_esc(title)}</h1>
{lines}
</div></header>
<nav aria-label="{_esc(_("Onderdelen van dit rapport"))}"><div class="wrap"><ul>{nav_html}</ul></div></nav>
<main id="inhoud" tabindex="-1"><div class="wrap">
{main}
</div></main>
<footer><div class="wrap">{foot}</div></footer>
</body>
</html>
"""


def reason_text(reason: str) -> str:
    """Why a gemeente has no (full) result, in Dutch."""
    texts = {
        "robots_forbidden": _(
            "De website verbiedt ons programma om pagina’s te lezen (robots.txt). Daarom is deze gemeente "
            "niet gemeten."
        ),
        "robots_unavailable": _(
            "Het bestand robots.txt van de website was niet te lezen. Daarom hebben we de website niet bezocht."
        ),
        "unreachable": _("De website was niet bereikbaar. Daarom is deze gemeente niet gemeten."),
        "no_sites": _("Er is geen website van deze gemeente bekend."),
        "not_finished": _("Het lezen van de website is niet afgemaakt."),
        "no_page": _(
            "Op de website is geen pagina gevonden over bijstand aanvragen. Daarom ontbreekt alles."
        ),
    }
    return texts.get(reason, reason)


def placement_text(placement: str) -> str:
    """BKC's placement rule for the voorschot, in Dutch."""
    texts = {
        "next_to_term": _(
            "Het voorschot staat op de aanvraagpagina, bij de beslistermijn. Dat is de goede plek."
        ),
        "on_main_page": _("Het voorschot staat op de aanvraagpagina, maar niet bij de beslistermijn."),
        "elsewhere": _(
            "Het voorschot staat niet op de aanvraagpagina. Het staat alleen op een andere pagina."
        ),
        "missing": _("Het voorschot staat op geen enkele pagina."),
        "unknown": _("Niet bekend: deze gemeente is niet gemeten."),
    }
    return texts.get(placement, placement)


def placement_short(placement: str) -> str:
    texts = {
        "next_to_term": _("bij de beslistermijn"),
        "on_main_page": _("op de aanvraagpagina"),
        "elsewhere": _("alleen op een andere pagina"),
        "missing": _("nergens"),
        "unknown": _("niet bekend"),
    }
    return texts.get(placement, placement)


def verdict_text(result: GemeenteResult) -> str:
    if not result.measured:
        return _("niet gemeten")
    return result.verdict


def score_text(score: float | None) -> str:
    return _number(score) if score is not None else "–"


def gemeente_file(code: str) -> str:
    """File name of a gemeente's page, safe whatever the code holds."""
    safe = "".join(c for c in code if c.isalnum()) or "gemeente"
    return f"{safe}.html"


def depth_text(page: AuditedPage) -> str:
    if page.depth is None:
        return _("niet via links te vinden vanaf de homepage (alleen via zoeken of de sitemap)")
    return ngettext(
        "{n} klik vanaf de homepage van {site}", "{n} klikken vanaf de homepage van {site}", page.depth
    ).format(n=page.depth, site=page.organisation or page.site)


# --- the gemeente page --------------------------------------------------------------------------------------


def _page_anchor(index: int) -> str:
    return f"pagina-{index + 1}"


def _page_ref(page: AuditedPage | None, anchors: Mapping[str, str]) -> str:
    if page is None:
        return ""
    label = page.title or page.url
    anchor = anchors.get(page.id)
    own = f' (<a href="#{anchor}">{_esc(_("details"))}</a>)' if anchor else ""
    return f"{_link(page.url, label)}{own}"


def _evidence_html(text: str | None, evidence: Evidence) -> str:
    body = evidence_in_context(text or "", evidence)
    return f'<blockquote class="context"><p>{body}</p></blockquote>'


def _rule_html(
    result: RuleResult,
    info: _RuleInfo,
    pages: Mapping[str, AuditedPage],
    texts: Mapping[str, str],
    anchors: Mapping[str, str],
) -> str:
    status = result.status
    out = [f'<li class="finding finding-{_css_status(status)}">']
    out.append(
        f'<h3>{_badge(status)} {_esc(info.title)} <span class="rule-id">({_esc(result.rule)})</span></h3>'
    )
    impact = result.impact or info.impact
    if impact:
        out.append(f'<p class="meta">{_esc(_("Belang: {impact}").format(impact=_impact_label(impact)))}</p>')
    if result.message:
        out.append(f"<p>{_esc(result.message)}</p>")
    page = pages.get(result.page) if result.page else None
    for evidence in result.evidence:
        out.append(_evidence_html(texts.get(result.page or ""), evidence))
    if page is not None and (result.evidence or status == "wrong"):
        out.append(
            f'<p class="meta">{_esc(_("Op de pagina:"))} {_page_ref(page, anchors)} · '
            f"{_esc(depth_text(page))}</p>"
        )
    others = [pages[p] for p in result.wrong_pages if p != result.page and p in pages]
    if others:
        items = "".join(f"<li>{_page_ref(p, anchors)}</li>" for p in others)
        out.append(f"<p>{_esc(_('Ook fout op:'))}</p><ul>{items}</ul>")
    if result.elsewhere and result.elsewhere in pages:
        out.append(
            f"<p>{_esc(_('Dit staat wel op een andere pagina, maar die is niet te vinden vanaf de aanvraagpagina:'))}"
            f" {_page_ref(pages[result.elsewhere], anchors)}</p>"
        )
    if status in ("wrong", "absent"):
        fix = result.fix or info.fix
        if fix:
            out.append(f'<p class="fix"><strong>{_esc(_("Wat kunt u doen?"))}</strong> {_esc(fix)}</p>')
    out.append(_sources_html(info))
    out.append("</li>")
    return "".join(out)


def _facts(result: GemeenteResult, pages: Mapping[str, AuditedPage], ranked: int) -> str:
    out = ['<dl class="page-facts">']

    def row(term: str, value_html: str) -> None:
        out.append(f"<dt>{_esc(term)}</dt><dd>{value_html}</dd>")

    if result.measured:
        row(_("Score"), _esc(_("{score} van 100").format(score=score_text(result.score))))
        if result.rank is not None:
            row(_("Plaats"), _esc(_("{rank} van {total}").format(rank=result.rank, total=ranked)))
        row(_("Oordeel"), _esc(verdict_text(result)))
    else:
        row(_("Oordeel"), _esc(_("niet gemeten")))
    if result.province:
        row(_("Provincie"), _esc(result.province))
    if result.executing_org:
        row(_("Uitvoering"), _esc(result.executing_org))
    main = pages.get(result.main_page) if result.main_page else None
    if main is not None:
        row(_("Aanvraagpagina"), f"{_link(main.url, main.title or main.url)}<br>{_esc(depth_text(main))}")
    if result.measured:
        row(_("Plaats van het voorschot"), _esc(placement_text(result.placement)))
    out.append("</dl>")
    return "".join(out)


def _shared_note(result: GemeenteResult, names: Mapping[str, str]) -> str:
    if not result.executing_org:
        return ""
    text = _(
        "De bijstand van deze gemeente wordt uitgevoerd door {org}. De website van {org} is één keer "
        "gemeten. Die uitkomst telt mee voor elke gemeente die samenwerkt in {org}."
    ).format(org=result.executing_org)
    if result.shared_with:
        others = ", ".join(names.get(code, code) for code in result.shared_with)
        text += " " + _("Dat zijn ook: {others}.").format(others=others)
    return f'<p class="note">{_esc(text)}</p>'


def render_gemeente_page(
    result: GemeenteResult,
    pages: Mapping[str, AuditedPage],
    texts: Mapping[str, str],
    *,
    law_date: str,
    measured_on: str,
    generated: datetime,
    ranked: int,
    names: Mapping[str, str] | None = None,
    catalogue: RuleLookup | None = None,
    index_href: str = "../index.html",
) -> str:
    """The page of one gemeente. `pages` and `texts` may hold more than this gemeente's pages."""
    book = rule_book(catalogue, law_date)
    names = names or {}
    own = [pages[p] for p in result.pages if p in pages]
    anchors = {page.id: _page_anchor(i) for i, page in enumerate(own)}
    body = [f'<section aria-labelledby="uitkomst"><h2 id="uitkomst">{_esc(_("Uitkomst"))}</h2>']
    body.append(_facts(result, pages, ranked))
    body.append(_shared_note(result, names))
    if result.reason:
        body.append(f'<p class="note">{_esc(reason_text(result.reason))}</p>')
    wrong = result.count("wrong")
    if wrong:
        body.append(
            '<p class="callout">'
            + _badge("wrong")
            + " "
            + _esc(
                ngettext(
                    "{n} regel is fout. Fout betekent: de informatie klopt niet met de wet. Verbeter dat eerst.",
                    "{n} regels zijn fout. Fout betekent: de informatie klopt niet met de wet. Verbeter dat "
                    "eerst.",
                    wrong,
                ).format(n=wrong)
            )
            + "</p>"
        )
    body.append("</section>")
    if result.rules:
        body.append(f'<section aria-labelledby="regels"><h2 id="regels">{_esc(_("Per regel"))}</h2>')
        body.append(
            "<p>"
            + _esc(
                _(
                    "Fout op één pagina betekent fout voor de gemeente. Aanwezig betekent: het staat op de "
                    "aanvraagpagina, of op een pagina waar die naar verwijst."
                )
            )
            + "</p>"
        )
        order = {s: i for i, s in enumerate(STATUS_ORDER)}
        rank_of = {r.rule: i for i, r in enumerate(result.rules)}
        ordered = sorted(result.rules, key=lambda r: (order.get(r.status, 9), rank_of[r.rule]))
        body.append('<ul class="findings">')
        body.extend(_rule_html(r, book.get(r.rule, law_date), pages, texts, anchors) for r in ordered)
        body.append("</ul></section>")
    if own:
        body.append(f'<section aria-labelledby="paginas"><h2 id="paginas">{_esc(_("Bekeken pagina’s"))}</h2>')
        body.append('<ol class="pages">')
        for page in own:
            role = _("aanvraagpagina") if page.id == result.main_page else ""
            extra = f" <strong>({_esc(role)})</strong>" if role else ""
            body.append(
                f'<li id="{anchors[page.id]}">{_link(page.url, page.title or page.url)}{extra}<br>'
                f'<span class="meta">{_esc(depth_text(page))} · '
                f"{_esc(_('score van deze pagina: {score}').format(score=score_text(page.score)))}</span></li>"
            )
        body.append("</ol></section>")
    title = _("{name} ({code})").format(name=result.name, code=result.code)
    subtitle = [
        _("Nulmeting bijstand aanvragen, gemeten op {day}").format(day=_dutch_iso_date(measured_on)),
        _("Beoordeeld volgens de wet zoals die gold op {day}").format(day=_dutch_iso_date(law_date)),
    ]
    nav = [("#uitkomst", _("Uitkomst"))]
    if result.rules:
        nav.append(("#regels", _("Per regel")))
    if own:
        nav.append(("#paginas", _("Bekeken pagina’s")))
    crumbs = f'<p class="crumbs"><a href="{_esc(index_href)}">{_esc(_("Terug naar het landelijk overzicht"))}</a></p>'
    disclaimer = _esc(
        _(
            "Een computerprogramma heeft deze pagina’s gecontroleerd. Het programma kan fouten maken. "
            "Kijk daarom altijd zelf naar het citaat en de tekst eromheen."
        )
    )
    return document(
        title,
        generated=generated,
        subtitle=subtitle,
        nav=nav,
        main="\n".join(body),
        footer=[disclaimer],
        crumbs=crumbs,
    )
