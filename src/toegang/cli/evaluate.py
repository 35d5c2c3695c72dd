"""`toegang eval`: the figures of `make eval` on the hand-labelled corpus."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from toegang.cli.common import fail, parse_date
from toegang.i18n import _


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "eval",
        help=_("meet de kwaliteit op het gelabelde corpus (voor ontwikkelaars)"),
        description=_("Vergelijk de uitkomst van de controle met de labels van mensen in het corpus."),
    )
    parser.add_argument(
        "--corpus", type=Path, default=Path("../shared/corpus"), help=_("map met pages/ en letters/")
    )
    parser.add_argument(
        "--datum",
        "--date",
        dest="date",
        type=parse_date,
        default=date(2025, 6, 1),
        help=_("wetsdatum voor de pagina's (standaard 2025-06-01, zoals de labels)"),
    )
    parser.add_argument(
        "--fouten",
        "--misses",
        dest="misses",
        nargs="?",
        const="",
        default=None,
        metavar="REGEL",
        help=_("toon de pagina's waar controle en label verschillen (optioneel voor één regel)"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from toegang.audit.evaluate import (
        evaluate_pages,
        format_misses,
        format_page_evaluation,
        read_labelled_pages,
    )

    pages_dir = args.corpus / "pages"
    files = sorted(pages_dir.glob("*.jsonl")) if pages_dir.is_dir() else []
    if not files:
        return fail(_("Geen gelabelde pagina's gevonden in {path}.").format(path=pages_dir))
    for path in files:
        result = evaluate_pages(read_labelled_pages(path), law_date=args.date)
        print(format_page_evaluation(result, source=str(path), law_date=args.date))
        print()
        if args.misses is not None:
            print(format_misses(result, args.misses or None))
    letters_dir = args.corpus / "letters"
    if letters_dir.is_dir():
        try:
            from toegang.letters.evaluate import evaluate_letters, format_letters_eval
        except ImportError:
            return 0
        print(format_letters_eval(evaluate_letters(letters_dir)))
    return 0
