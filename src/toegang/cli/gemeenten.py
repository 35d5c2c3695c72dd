"""`toegang gemeenten list|show`: look up gemeenten, their sites and shared executing organisations."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date
from typing import Any, TextIO

from toegang.i18n import _
from toegang.registry import Gemeente, Registry, RegistryError, load_registry
from toegang.registry.load import to_rows


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "gemeenten",
        help=_("Bekijk de gemeenten, hun website en wie de bijstand uitvoert."),
        description=_(
            "Het register van gemeenten: CBS-code, naam, provincie, website en de organisatie die de "
            "bijstand uitvoert als gemeenten dat samen doen."
        ),
    )
    parser.set_defaults(func=lambda args: _help(parser))
    sub = parser.add_subparsers(dest="gemeenten_command", metavar=_("ACTIE"))

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--registry",
        metavar=_("BESTAND"),
        help=_("Gebruik dit CSV-bestand in plaats van het meegeleverde register."),
    )
    common.add_argument(
        "--datum",
        type=_parse_day,
        default=None,
        metavar=_("JJJJ-MM-DD"),
        help=_("Toon de gemeenten zoals ze op deze datum bestonden (standaard: vandaag)."),
    )

    p_list = sub.add_parser(
        "list", parents=[common], help=_("Toon alle gemeenten."), description=_("Toon alle gemeenten.")
    )
    p_list.add_argument("--provincie", metavar=_("PROVINCIE"), help=_("Alleen gemeenten in deze provincie."))
    p_list.add_argument(
        "--uitvoerder",
        action="store_true",
        help=_("Groepeer per organisatie die de bijstand voor meer gemeenten uitvoert."),
    )
    p_list.add_argument(
        "--formaat",
        choices=("tabel", "csv", "json"),
        default="tabel",
        help=_("Uitvoer als tabel (standaard), CSV of JSON."),
    )
    p_list.set_defaults(func=cmd_list)

    p_show = sub.add_parser(
        "show",
        parents=[common],
        help=_("Toon één gemeente."),
        description=_("Toon één gemeente, met code (GM0363) of naam."),
    )
    p_show.add_argument("gemeente", metavar=_("CODE_OF_NAAM"), help=_("Bijvoorbeeld GM0363 of Amsterdam."))
    p_show.set_defaults(func=cmd_show)


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 0


def _parse_day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            _("Geen geldige datum: {value}. Gebruik JJJJ-MM-DD.").format(value=value)
        ) from exc


def _load(args: argparse.Namespace) -> Registry | None:
    try:
        return load_registry(args.registry)
    except RegistryError as exc:
        print(str(exc), file=sys.stderr)
        return None


def cmd_list(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    registry = _load(args)
    if registry is None:
        return 2
    day = args.datum or date.today()
    selected = registry.on(day)
    if args.provincie:
        selected = selected.in_province(args.provincie)
        if not len(selected):
            print(
                _("Geen gemeenten in provincie {p}. Kies uit: {all}.").format(
                    p=args.provincie, all=", ".join(registry.provinces())
                ),
                file=sys.stderr,
            )
            return 1
    rows = sorted(selected, key=lambda g: g.name.casefold())
    if args.formaat == "json":
        json.dump(to_rows(rows), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    if args.formaat == "csv":
        writer = csv.DictWriter(
            out, fieldnames=["code", "name", "province", "website", "executing_org", "valid_from", "valid_to"]
        )
        writer.writeheader()
        writer.writerows(to_rows(rows))
        return 0
    if args.uitvoerder:
        _print_groups(selected, out)
    else:
        _print_table(rows, out)
    out.write(_("{n} gemeenten op {day}.").format(n=len(rows), day=day.isoformat()) + "\n")
    return 0


def _print_table(rows: list[Gemeente], out: TextIO) -> None:
    header = (_("Code"), _("Naam"), _("Provincie"), _("Website"), _("Uitvoering bijstand"))
    table = [header, *[(g.code, g.name, g.province, g.website, g.executing_org or "") for g in rows]]
    widths = [max(len(r[i]) for r in table) for i in range(len(header) - 1)]
    for r in table:
        out.write("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=False)) + "  " + r[-1] + "\n")


def _print_groups(registry: Registry, out: TextIO) -> None:
    for name, members in registry.by_executing_org().items():
        org = registry.org(name)
        site = org.website or _("website onbekend")
        out.write(f"{name} ({site})\n")
        for g in members:
            out.write(f"  {g.code}  {g.name}\n")
    alone = sum(1 for g in registry if not g.executing_org)
    out.write(_("{n} gemeenten voeren de bijstand zelf uit (of dat is niet bekend).").format(n=alone) + "\n")


def cmd_show(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    registry = _load(args)
    if registry is None:
        return 2
    pool = registry.on(args.datum) if args.datum else registry
    matches = pool.find(args.gemeente)
    if not matches:
        print(_("Geen gemeente gevonden voor: {q}.").format(q=args.gemeente), file=sys.stderr)
        return 1
    if len({g.code for g in matches}) > 1:
        print(_("Meer gemeenten passen bij {q}:").format(q=args.gemeente), file=sys.stderr)
        for g in matches:
            print(f"  {g.code}  {g.name}", file=sys.stderr)
        return 1
    for g in sorted(matches, key=lambda g: g.valid_from or date.min):
        _print_one(g, registry, out)
    return 0


def _print_one(g: Gemeente, registry: Registry, out: TextIO) -> None:
    lines = [
        (_("Code"), g.code),
        (_("Naam"), g.name),
        (_("Provincie"), g.province),
        (_("Website"), g.home_url),
        (_("Bestaat vanaf"), g.valid_from.isoformat() if g.valid_from else _("voor 2019")),
        (_("Bestaat tot en met"), g.valid_to.isoformat() if g.valid_to else _("nu")),
    ]
    if g.executing_org:
        org = registry.org(g.executing_org)
        others = [m.name for m in registry.on(date.today()).members(g.executing_org) if m.code != g.code]
        lines.append((_("Uitvoering bijstand"), g.executing_org))
        lines.append((_("Website uitvoerder"), org.home_url or _("onbekend")))
        if others:
            lines.append((_("Samen met"), ", ".join(others)))
    else:
        lines.append((_("Uitvoering bijstand"), _("de gemeente zelf (of niet bekend)")))
    if g.source:
        lines.append((_("Bron"), g.source))
    width = max(len(k) for k, _v in lines)
    for key, value in lines:
        out.write(f"{key.ljust(width)}  {value}\n")
    out.write("\n")
