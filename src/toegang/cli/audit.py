"""`toegang audit page|pages`: audit one page in the terminal, or a JSON Lines file per the contract."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path

from toegang.audit import DEFAULT_PROFILE, PageAudit, audit_html, audit_text
from toegang.audit.batch import audit_jsonl
from toegang.cli.common import add_date_argument, fail
from toegang.i18n import _

STATUS_LABEL = {
    "wrong": "✗ ONJUIST ",
    "absent": "– ONTBREEKT",
    "present": "✓ AANWEZIG",
    "not_applicable": "· N.V.T.   ",
}
IMPACT_LABEL = {"critical": "kritiek", "serious": "ernstig", "moderate": "matig", "minor": "klein"}
MAX_PAGE_BYTES = 20_000_000


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "audit",
        help=_("controleer pagina's over bijstand aanvragen"),
        description=_(
            "Controleer of een pagina over bijstand aanvragen de rechten van de aanvrager goed uitlegt."
        ),
    )
    sub = parser.add_subparsers(dest="audit_command", metavar=_("SOORT"))

    page = sub.add_parser(
        "page",
        help=_("controleer één pagina (tekst of HTML) en toon de uitkomst"),
        description=_(
            "Controleer één pagina. Geef een bestand (.txt of .html) of '-' om tekst in te plakken."
        ),
    )
    page.add_argument(
        "file", metavar=_("BESTAND"), help=_("tekst- of HTML-bestand, of - voor standaardinvoer")
    )
    page.add_argument("--profiel", "--profile", dest="profile", default=DEFAULT_PROFILE)
    page.add_argument(
        "--url", default="", help=_("adres van de pagina (helpt bij het herkennen van jongerenpagina's)")
    )
    add_date_argument(page)
    page.set_defaults(func=run_page)

    pages = sub.add_parser(
        "pages",
        help=_("controleer een JSON Lines-bestand met pagina's"),
        description=_(
            "Controleer alle pagina's in een JSON Lines-bestand. Elke regel: "
            '{"id": ..., "url": ..., "organisation": ..., "text": ...} of met "html" in plaats van "text". '
            "De uitvoer heeft één regel per invoerregel, in dezelfde volgorde."
        ),
    )
    pages.add_argument("input", type=Path, metavar=_("INVOER.jsonl"))
    pages.add_argument("--out", type=Path, required=True, metavar=_("UITVOER.jsonl"))
    pages.add_argument("--profiel", "--profile", dest="profile", default=DEFAULT_PROFILE)
    pages.add_argument("--html", type=Path, metavar=_("RAPPORT.html"), help=_("schrijf ook een HTML-rapport"))
    pages.add_argument(
        "--csv", type=Path, metavar=_("BEVINDINGEN.csv"), help=_("schrijf ook alle bevindingen als CSV")
    )
    pages.add_argument(
        "--json", type=Path, metavar=_("SAMENVATTING.json"), help=_("schrijf ook een samenvatting als JSON")
    )
    pages.add_argument("--stil", "--quiet", dest="quiet", action="store_true", help=_("geen voortgangsbalk"))
    add_date_argument(pages)
    pages.set_defaults(func=run_pages)
    parser.set_defaults(func=lambda args: parser.print_help() or 0)


def _read_page(name: str) -> tuple[str, bool]:
    if name == "-":
        data = sys.stdin.buffer.read(MAX_PAGE_BYTES + 1)
    else:
        path = Path(name)
        if not path.is_file():
            raise FileNotFoundError(name)
        with path.open("rb") as handle:
            data = handle.read(MAX_PAGE_BYTES + 1)
    if len(data) > MAX_PAGE_BYTES:
        raise ValueError(
            _("Het bestand is groter dan {mb} MB. Knip het op of controleer alleen de pagina zelf.").format(
                mb=MAX_PAGE_BYTES // 1_000_000
            )
        )
    text = data.decode("utf-8", errors="replace")
    looks_html = name.lower().endswith((".html", ".htm")) or text.lstrip()[:1] == "<"
    return text, looks_html


def format_audit(audit: PageAudit, *, source: str) -> str:
    """Readable Dutch terminal output: wrong first, then missing, then present."""
    from toegang.rules import load_catalogue

    catalogue = load_catalogue()
    day = date.fromisoformat(audit.law_date)
    lines = [
        _("Pagina: {source}   (wet op {day}, profiel {profile})").format(
            source=source, day=audit.law_date, profile=audit.profile
        ),
        _("Score: {score} van 100 — {verdict}").format(
            score=f"{audit.score:.1f}".replace(".", ","), verdict=audit.verdict
        ),
    ]
    for warning in audit.warnings:
        lines.append(_("Let op: {warning}").format(warning=warning))
    order = {"wrong": 0, "absent": 1, "present": 2, "not_applicable": 3}
    for finding in sorted(audit.findings, key=lambda f: order[f.status]):
        rule = catalogue.rule(finding.rule, day)
        lines.append("")
        lines.append(
            f"{STATUS_LABEL[finding.status]}  {rule.title}  [{finding.rule}, {IMPACT_LABEL[finding.impact]}]"
        )
        for evidence in finding.evidence:
            lines.append(
                _('   Citaat: "{quote}"  (teken {start}–{end})').format(
                    quote=evidence.quote, start=evidence.start, end=evidence.end
                )
            )
        if finding.status != "present":
            lines.append(_("   Waarom: {message}").format(message=finding.message))
        if finding.fix:
            lines.append(_("   Wat te doen: {fix}").format(fix=finding.fix))
        if finding.status in ("wrong", "absent"):
            for source_ref in rule.sources[:2]:
                lines.append(
                    _("   Wet: {label} — {url}").format(label=source_ref.label(), url=source_ref.url)
                )
    balance = audit.balance
    if balance:
        lines.append("")
        lines.append(
            _("Rechten en plichten: {rights} keer over rechten, {duties} keer over plichten.").format(
                rights=balance.get("rights", 0), duties=balance.get("duties", 0)
            )
        )
    readability = audit.readability
    if readability.get("score") is not None:
        lines.append(
            _("Leesbaarheid: {score} ({level}; methode: {method}).").format(
                score=f"{readability['score']:.0f}",
                level=readability.get("level", ""),
                method=readability.get("method", ""),
            )
        )
    return "\n".join(lines)


def run_page(args: argparse.Namespace) -> int:
    try:
        text, looks_html = _read_page(args.file)
    except FileNotFoundError:
        return fail(_("Het bestand '{name}' bestaat niet.").format(name=args.file))
    except (OSError, ValueError) as exc:
        return fail(str(exc))
    common = {"law_date": args.date, "profile": args.profile, "url": args.url, "page_id": args.file}
    audit = audit_html(text, **common) if looks_html else audit_text(text, **common)
    print(format_audit(audit, source=args.file))
    return 0


def write_reports(audits: list[PageAudit], args: argparse.Namespace, title: str) -> None:
    from toegang.reports import render_pages_report, write_findings_csv, write_summary_json

    if getattr(args, "html", None):
        args.html.parent.mkdir(parents=True, exist_ok=True)
        args.html.write_text(
            render_pages_report(audits, title=title, generated=datetime.now()), encoding="utf-8"
        )
        print(_("HTML-rapport: {path}").format(path=args.html))
    if getattr(args, "csv", None):
        write_findings_csv(audits, args.csv)
        print(_("CSV met bevindingen: {path}").format(path=args.csv))
    if getattr(args, "json", None):
        write_summary_json(audits, args.json)
        print(_("JSON-samenvatting: {path}").format(path=args.json))


def run_pages(args: argparse.Namespace) -> int:
    if not args.input.is_file():
        return fail(_("Het bestand '{name}' bestaat niet.").format(name=args.input))
    from tqdm import tqdm

    total = args.input.stat().st_size
    with tqdm(
        total=total, unit="B", unit_scale=True, desc=_("Controleren"), disable=args.quiet or None
    ) as bar:
        result = audit_jsonl(
            args.input, args.out, law_date=args.date, profile=args.profile, progress=bar.update
        )
    for error in result.errors:
        print(_("Fout: {message}").format(message=error), file=sys.stderr)
    wrong = sum(1 for a in result.audits for f in a.findings if f.status == "wrong")
    print(
        _(
            "{pages} pagina's gecontroleerd, {errors} regels met fouten, {wrong} onjuiste uitspraken gevonden."
        ).format(pages=len(result.audits), errors=len(result.errors), wrong=wrong)
    )
    print(_("Uitvoer: {path}").format(path=args.out))
    write_reports(result.audits, args, title=_("Nulmeting: {name}").format(name=args.input.name))
    return 1 if result.errors else 0
