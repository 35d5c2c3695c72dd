"""`toegang demo`: measure the fictional web on this computer and write the national report (`make run`).

It starts the fictional gemeente sites on 127.0.0.1, measures all of them (only their own ports are allowed),
writes the report and stops the sites again. With --serve it keeps the sites and the report online on
127.0.0.1 until Ctrl-C.
"""

from __future__ import annotations

import argparse
import functools
import shutil
import threading
import time
import webbrowser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from toegang.cli.common import add_date_argument, fail
from toegang.i18n import _

DEFAULT_OUT = Path("out") / "demo"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "demo",
        help=_("probeer Toegang: meet verzonnen gemeentesites en maak het landelijk overzicht"),
        description=_(
            "Start verzonnen gemeentesites op deze computer, meet ze allemaal en maak het landelijk overzicht "
            "met een pagina per gemeente. Er gaat niets over het internet."
        ),
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        metavar=_("MAP"),
        help=_("map voor de meting (standaard: out/demo)"),
    )
    parser.add_argument(
        "--serve",
        action="store_true",
        help=_("laat de verzonnen sites en het rapport daarna online op 127.0.0.1, tot u op Ctrl-C drukt"),
    )
    parser.add_argument("--open", action="store_true", help=_("open het rapport in de browser"))
    parser.add_argument("--geo", type=Path, metavar=_("KAART"), help=_("kaartbestand gemeente_2026.topojson"))
    parser.add_argument("--stil", "--quiet", dest="quiet", action="store_true", help=_("geen voortgangsbalk"))
    add_date_argument(parser)
    parser.set_defaults(func=run_demo)


def _clear_previous_demo(folder: Path) -> str | None:
    """Remove an earlier demo in `folder`; refuse (Dutch message) to touch a folder that holds anything else."""
    if not folder.exists():
        return None
    if not folder.is_dir():
        return _("{path} is een bestand, geen map.").format(path=folder)
    if not any(folder.iterdir()):
        return None
    from toegang.measure.store import MeasurementError, read_manifest

    try:
        manifest = read_manifest(folder)
    except MeasurementError:
        manifest = {}
    if manifest.get("source") != "demo":
        return _("In {path} staan al andere bestanden. Kies een lege map met --out.").format(path=folder)
    shutil.rmtree(folder)
    return None


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the terminal shows the addresses, not every request."""


def _serve(folder: Path) -> ThreadingHTTPServer:
    """Serve the report folder on a free port of 127.0.0.1 (never on another address)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def run_demo(args: argparse.Namespace) -> int:
    from toegang.cli.meting import print_run, progress_bar
    from toegang.demo_web import DemoWeb
    from toegang.measure import MeasurementError
    from toegang.measure.demo import run_demo_measurement
    from toegang.reports.national import write_measurement_report

    problem = _clear_previous_demo(args.out)
    if problem:
        return fail(problem)
    print(_("De verzonnen gemeentesites starten op 127.0.0.1 ..."))
    with DemoWeb(max_seconds=30.0) as web:
        try:
            with progress_bar(args.quiet) as bar:
                run = run_demo_measurement(web, args.out, law_date=args.date, progress=bar)
        except MeasurementError as exc:
            return fail(str(exc))
        print_run(run)
        index = write_measurement_report(args.out, geo=args.geo)
        print(_("Landelijk overzicht: {path}").format(path=index))
        print(index.resolve().as_uri())
        if args.open:
            webbrowser.open(index.resolve().as_uri())
        if args.serve:
            server = _serve(args.out)  # the whole measurement: the report links to its CSV and JSON files
            try:
                print(
                    _("Het rapport staat online op http://127.0.0.1:{port}/rapport/").format(
                        port=server.server_address[1]
                    )
                )
                for name in web.names:
                    print(f"{web.base_url(name)}/  {web.title(name)}")
                print(_("Stop met Ctrl-C."))
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                print(_("Gestopt."))
            finally:
                server.shutdown()
                server.server_close()
    return 0
