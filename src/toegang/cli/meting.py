"""`toegang meting run|hervat|analyse|rapport|diff`: national measurements, their reports and comparisons."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from toegang.cli.common import add_date_argument, fail
from toegang.i18n import _


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "meting",
        help=_("meet alle gemeenten (nulmeting), maak rapporten en vergelijk metingen"),
        description=_(
            "Een meting leest de websites van gemeenten, controleert de pagina’s over bijstand aanvragen en "
            "geeft per gemeente een uitkomst, een landelijk overzicht en een kaart."
        ),
    )
    sub = parser.add_subparsers(dest="meting_command", metavar=_("STAP"))

    run = sub.add_parser(
        "run",
        help=_("meet gemeenten: websites lezen en pagina’s controleren"),
        description=_("Meet gemeenten. De uitkomst komt in een nieuwe, lege map."),
    )
    run.add_argument(
        "--gemeenten",
        default="all",
        metavar="all|GM0363,...",
        help=_("'all' voor alle gemeenten, of CBS-codes met komma's ertussen (standaard: all)"),
    )
    run.add_argument("--out", type=Path, required=True, metavar=_("MAP"), help=_("nieuwe map voor de meting"))
    run.add_argument("--registry", type=Path, metavar=_("BESTAND.csv"), help=_("een ander gemeentenregister"))
    run.add_argument(
        "--web",
        choices=("echt", "demo"),
        default="echt",
        help=_("'demo': meet de verzonnen gemeentesites op deze computer in plaats van echte sites"),
    )
    run.add_argument("--rapport", action="store_true", help=_("maak daarna ook het HTML-rapport"))
    run.add_argument("--geo", type=Path, metavar=_("KAART"), help=_("kaartbestand gemeente_2026.topojson"))
    _add_common(run)
    add_date_argument(run)
    run.set_defaults(func=run_run)

    again = sub.add_parser(
        "hervat",
        help=_("ga verder met een meting die is gestopt"),
        description=_(
            "Ga verder met een meting die is gestopt. Pagina’s die al gelezen zijn, leest hij niet nog eens."
        ),
    )
    again.add_argument("folder", type=Path, metavar=_("MAP"))
    _add_common(again)
    again.set_defaults(func=run_resume)

    analyse = sub.add_parser(
        "analyse",
        help=_("controleer de opgeslagen pagina’s van een meting opnieuw"),
        description=_(
            "Controleer de opgeslagen pagina’s van een meting opnieuw, zonder de websites weer te lezen. "
            "Handig na een nieuwe versie van de regels."
        ),
    )
    analyse.add_argument("folder", type=Path, metavar=_("MAP"))
    analyse.add_argument(
        "--datum",
        "--date",
        dest="date",
        type=date.fromisoformat,
        default=None,
        metavar="JJJJ-MM-DD",
        help=_("een andere wetsdatum dan bij de meting"),
    )
    _add_common(analyse)
    analyse.set_defaults(func=run_analyse)

    report = sub.add_parser(
        "rapport",
        help=_("maak het landelijk overzicht en een pagina per gemeente (HTML)"),
        description=_(
            "Maak het landelijk overzicht (met kaart) en een pagina per gemeente, in MAP/rapport/."
        ),
    )
    report.add_argument("folder", type=Path, metavar=_("MAP"))
    report.add_argument(
        "--vorige", type=Path, metavar=_("MAP"), help=_("een eerdere meting, om te vergelijken")
    )
    report.add_argument("--geo", type=Path, metavar=_("KAART"), help=_("kaartbestand gemeente_2026.topojson"))
    report.set_defaults(func=run_report)

    diff = sub.add_parser(
        "diff",
        help=_("vergelijk twee metingen: wat is beter, slechter of gelijk"),
        description=_("Vergelijk twee metingen per gemeente en regel. A is de eerste meting, B de latere."),
    )
    diff.add_argument("before", type=Path, metavar="A")
    diff.add_argument("after", type=Path, metavar="B")
    diff.add_argument("--csv", type=Path, metavar=_("BESTAND.csv"), help=_("schrijf de vergelijking als CSV"))
    diff.add_argument(
        "--json", type=Path, metavar=_("BESTAND.json"), help=_("schrijf de vergelijking als JSON")
    )
    diff.add_argument("--alles", action="store_true", help=_("toon ook de regels die gelijk bleven"))
    diff.set_defaults(func=run_diff)

    def show_help(_args: argparse.Namespace) -> int:
        parser.print_help()
        return 0

    parser.set_defaults(func=show_help)


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--stil", "--quiet", dest="quiet", action="store_true", help=_("geen voortgangsbalk"))
    parser.add_argument("--processen", type=int, default=None, metavar="N", help=_("aantal processen"))


@contextlib.contextmanager
def progress_bar(quiet: bool) -> Iterator[Callable[[Any], None]]:
    """A tqdm bar over gemeenten while crawling (pages fetched and errors beside it), then over pages."""
    from tqdm import tqdm

    bars: dict[str, Any] = {}

    def update(event: Any) -> None:
        if event.phase == "crawl":
            bar = bars.get("crawl")
            if bar is None:
                bar = bars["crawl"] = tqdm(
                    total=event.gemeenten_total, desc=_("Gemeenten"), unit="", disable=quiet or None
                )
            bar.n = event.gemeenten_done
            bar.set_postfix_str(
                _("{pages} pagina’s, {errors} fouten").format(pages=event.pages_fetched, errors=event.errors),
                refresh=True,
            )
        else:
            if "crawl" in bars:
                bars.pop("crawl").close()
            bar = bars.get("analyse")
            if bar is None:
                bar = bars["analyse"] = tqdm(
                    total=event.to_analyse, desc=_("Controleren"), unit=_(" pagina’s"), disable=quiet or None
                )
            bar.n = event.analysed
            bar.refresh()

    try:
        yield update
    finally:
        for bar in bars.values():
            bar.close()


def print_run(run: Any) -> None:
    crawl, analysis = run.crawl, run.analysis
    print(
        _(
            "{sites} sites gelezen, {pages} pagina’s opgehaald, {errors} fouten. {audited} pagina’s over "
            "bijstand gecontroleerd; {measured} van de {gemeenten} gemeenten gemeten."
        ).format(
            sites=crawl.sites_done,
            pages=crawl.pages_fetched,
            errors=crawl.errors,
            audited=analysis.audited,
            measured=analysis.measured,
            gemeenten=analysis.gemeenten,
        )
    )
    for error in analysis.errors:
        print(_("Fout: {message}").format(message=error), file=sys.stderr)
    print(_("Meting: {path}").format(path=run.folder))


def run_run(args: argparse.Namespace) -> int:
    from toegang.measure import MeasurementError, run_measurement
    from toegang.registry import RegistryError, load_registry

    try:
        with progress_bar(args.quiet) as bar:
            if args.web == "demo":
                from toegang.demo_web import DemoWeb
                from toegang.measure.demo import run_demo_measurement

                with DemoWeb(max_seconds=30.0) as web:
                    run = run_demo_measurement(
                        web, args.out, law_date=args.date, progress=bar, workers=args.processen
                    )
            else:
                registry = load_registry(args.registry)
                run = run_measurement(
                    registry,
                    args.gemeenten,
                    args.out,
                    law_date=args.date,
                    progress=bar,
                    workers=args.processen,
                )
    except (MeasurementError, RegistryError) as exc:
        return fail(str(exc))
    print_run(run)
    if args.rapport:
        return _write_report(args.out, geo=args.geo)
    return 0


def run_resume(args: argparse.Namespace) -> int:
    from toegang.crawl import CrawlError
    from toegang.measure import MeasurementError, resume_measurement

    try:
        with progress_bar(args.quiet) as bar:
            run = resume_measurement(args.folder, progress=bar, workers=args.processen)
    except (MeasurementError, CrawlError) as exc:
        return fail(str(exc))
    print_run(run)
    return 0


def run_analyse(args: argparse.Namespace) -> int:
    from toegang.measure import MeasurementError, analyse

    try:
        with progress_bar(args.quiet) as bar:
            summary = analyse(
                args.folder, law_date=args.date, workers=args.processen, progress=_as_phase(bar)
            )
    except MeasurementError as exc:
        return fail(str(exc))
    print(
        _(
            "{audited} pagina’s gecontroleerd van {fetched} opgehaalde pagina’s; {measured} van de {gemeenten} "
            "gemeenten gemeten ({seconds} seconden)."
        ).format(
            audited=summary.audited,
            fetched=summary.fetched,
            measured=summary.measured,
            gemeenten=summary.gemeenten,
            seconds=f"{summary.seconds:.1f}".replace(".", ","),
        )
    )
    for error in summary.errors:
        print(_("Fout: {message}").format(message=error), file=sys.stderr)
    return 0


def _as_phase(bar: Callable[[Any], None]) -> Callable[[Any], None]:
    """AnalysisProgress → the bar's analysis phase."""
    from toegang.measure import MeasureProgress

    def update(event: Any) -> None:
        bar(MeasureProgress("analyse", 0, 0, 0, 0, event.done, event.total))

    return update


def _write_report(folder: Path, *, geo: Path | None = None, previous: Path | None = None) -> int:
    from toegang.measure import MeasurementError
    from toegang.reports.national import write_measurement_report

    try:
        index = write_measurement_report(folder, geo=geo, previous=previous)
    except MeasurementError as exc:
        return fail(str(exc))
    print(_("Landelijk overzicht: {path}").format(path=index))
    print(index.resolve().as_uri())
    return 0


def run_report(args: argparse.Namespace) -> int:
    return _write_report(args.folder, geo=args.geo, previous=args.vorige)


def run_diff(args: argparse.Namespace) -> int:
    from toegang.measure import MeasurementError, compare, format_diff, load_measurement
    from toegang.measure.diff import diff_document, write_diff_csv, write_diff_json

    try:
        before, after = load_measurement(args.before), load_measurement(args.after)
    except MeasurementError as exc:
        return fail(str(exc))
    changes = compare(before.results, after.results)
    print(
        format_diff(
            changes,
            f"{before.id} ({before.measured_on})",
            f"{after.id} ({after.measured_on})",
            all_rules=args.alles,
        )
    )
    if before.law_date != after.law_date:
        print(_("Let op: de wetsdatum verschilt ({a} en {b}).").format(a=before.law_date, b=after.law_date))
    if args.csv:
        write_diff_csv(changes, args.csv)
        print(_("CSV: {path}").format(path=args.csv))
    if args.json:
        write_diff_json(diff_document(changes, before.describe(), after.describe()), args.json)
        print(_("JSON: {path}").format(path=args.json))
    return 0
