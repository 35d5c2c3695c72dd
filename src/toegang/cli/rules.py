"""`toegang rules`: read the rule catalogue as a table (`list`) or one rule in full (`show`)."""

from __future__ import annotations

import argparse
import difflib
import sys
import textwrap
from datetime import date
from pathlib import Path

from toegang.i18n import _
from toegang.rules import Catalogue, CatalogueError, Rule, UnknownRuleError, load_catalogue

WIDTH = 100
EXIT_DATA_ERROR = 1  # the catalogue itself is broken
EXIT_USAGE_ERROR = 2  # the user asked for something that does not exist (as argparse does)

IMPACT_LABELS = {
    "critical": _("kritiek"),
    "serious": _("ernstig"),
    "moderate": _("matig"),
    "minor": _("klein"),
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `rules list` and `rules show` to the `toegang` command."""
    parser = subparsers.add_parser(
        "rules",
        help=_("de regels bekijken waarmee Toegang pagina's toetst"),
        description=_(
            "Bekijk de regels uit de regelcatalogus. Elke regel noemt de wet waarop hij steunt en geldt "
            "voor een periode: kies met --datum de datum van de wet."
        ),
    )
    parser.set_defaults(func=lambda args: _print_help(parser))
    commands = parser.add_subparsers(dest="rules_command", metavar=_("OPDRACHT"))

    listing = commands.add_parser(
        "list",
        help=_("alle regels in een tabel"),
        description=_("Toon de regels die gelden op een datum, met impact, titel en geldigheid."),
        epilog=_("Voorbeeld: toegang rules list --datum 2025-06-01 --profiel bijstand-aanvraag"),
    )
    _add_date(listing)
    listing.add_argument(
        "--profiel",
        "--profile",
        dest="profile",
        metavar=_("PROFIEL"),
        help=_(
            "alleen de regels van dit profiel, bijvoorbeeld bijstand-aanvraag (standaard: alle profielen)"
        ),
    )
    _add_catalogue(listing)
    listing.set_defaults(func=run_list)

    show = commands.add_parser(
        "show",
        help=_("één regel met alle velden en bronnen"),
        description=_(
            "Toon één regel: wat goed en fout is, wat de schrijver moet doen, de uitleg en de bronnen."
        ),
        epilog=_("Voorbeeld: toegang rules show voorschot.automatisch --datum 2026-01-01"),
    )
    show.add_argument(
        "rule_id", metavar=_("REGEL"), help=_("de id van de regel, bijvoorbeeld voorschot.termijn")
    )
    _add_date(show)
    _add_catalogue(show)
    show.set_defaults(func=run_show)


def run_list(args: argparse.Namespace) -> int:
    """Print one table per profile of the rule versions valid on the chosen date."""
    catalogue = _load(args)
    if catalogue is None:
        return EXIT_DATA_ERROR
    day: date = args.date or date.today()
    profiles = catalogue.profiles()
    if args.profile is not None:
        if args.profile not in profiles:
            return _fail(
                _("Onbekend profiel '{profile}'. Bekende profielen: {known}.").format(
                    profile=args.profile, known=", ".join(profiles)
                )
            )
        profiles = [args.profile]
    blocks = [_table(catalogue, profile, day) for profile in profiles]
    print("\n\n".join(blocks))
    return 0


def run_show(args: argparse.Namespace) -> int:
    """Print every field of one rule version, its sources and its other versions."""
    catalogue = _load(args)
    if catalogue is None:
        return EXIT_DATA_ERROR
    day: date = args.date or date.today()
    rule_id: str = args.rule_id
    if rule_id not in catalogue:
        known = [id_ for profile in catalogue.profiles() for id_ in catalogue.ids(profile)]
        close = difflib.get_close_matches(rule_id, known, n=1)
        hint = _(" Bedoelt u '{close}'?").format(close=close[0]) if close else ""
        return _fail(
            _("Onbekende regel '{id}'.").format(id=rule_id)
            + hint
            + " "
            + _("Alle regels ziet u met: toegang rules list")
        )
    try:
        rule = catalogue.rule(rule_id, day)
    except UnknownRuleError:
        periods = ", ".join(_period(version) for version in catalogue.versions(rule_id))
        return _fail(
            _("Regel '{id}' geldt niet op {day}. Deze regel heeft versies voor: {periods}.").format(
                id=rule_id, day=_day(day), periods=periods
            )
        )
    print(_show(catalogue, rule))
    return 0


# --- output -----------------------------------------------------------------------------------------------


def _table(catalogue: Catalogue, profile: str, day: date) -> str:
    rules = catalogue.rules(profile, day)
    title = catalogue.profile_title(profile)
    heading = _("Regels van profiel {profile}").format(profile=profile)
    if title:
        heading += f" ({title})"
    heading += _(", geldig op {day}").format(day=_day(day))
    if not rules:
        return heading + "\n" + _("Op deze datum geldt geen enkele regel van dit profiel.")
    header = (_("Regel"), _("Impact"), _("Titel"), _("Geldig"))
    rows = [(rule.id, _impact(rule.impact), rule.title, _period(rule)) for rule in rules]
    widths = [max(len(row[column]) for row in [header, *rows]) for column in range(len(header))]
    lines = [heading, ""]
    for row in [header, *rows]:
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
        if row is header:
            lines.append("  ".join("-" * width for width in widths))
    lines.append("")
    lines.append(_("{count} regels.").format(count=len(rules)) if len(rules) != 1 else _("1 regel."))
    return "\n".join(lines)


def _show(catalogue: Catalogue, rule: Rule) -> str:
    lines = [f"{rule.id} — {rule.title}", ""]
    facts = [
        (_("Profiel"), rule.profile),
        (_("Impact"), f"{_impact(rule.impact)} ({rule.impact})"),
        (_("Geldig"), _period(rule)),
        (_("Bestand"), rule.file),
    ]
    width = max(len(label) for label, _value in facts) + 2
    lines += [f"{(label + ':').ljust(width)}{value}" for label, value in facts]
    sections = [
        (_("Goed (present)"), rule.present),
        (_("Fout (wrong)"), rule.wrong or _("Deze regel kent geen status 'fout'.")),
        (
            _("Niet van toepassing (not_applicable)"),
            rule.not_applicable or _("Deze regel geldt voor elke pagina van dit profiel."),
        ),
        (_("Wat de schrijver van de pagina moet doen (fix)"), rule.fix),
        (_("Uitleg voor de inwoner (explain)"), rule.explain),
    ]
    for label, text in sections:
        lines += ["", f"{label}:", _wrap(text)]
    lines += ["", _("Parameters:")]
    if rule.params:
        lines += [f"  {key}: {value}" for key, value in rule.params.items()]
    else:
        lines.append("  " + _("geen"))
    lines += ["", _("Bronnen:")]
    for source in rule.sources:
        line = f"  - {source.label()} — {source.url}"
        if source.brief:
            line += " " + _("(juridische notitie {brief})").format(brief=source.brief)
        lines.append(line)
    others = [version for version in catalogue.versions(rule.id) if version != rule]
    lines += ["", _("Andere versies:")]
    if others:
        for version in others:
            command = f"toegang rules show {rule.id} --datum {version.valid_from.isoformat()}"
            lines.append(f"  - {_period(version)} ({command})")
    else:
        lines.append("  " + _("geen"))
    return "\n".join(lines)


def _wrap(text: str) -> str:
    return textwrap.fill(text, width=WIDTH, initial_indent="  ", subsequent_indent="  ")


def _impact(impact: str) -> str:
    return IMPACT_LABELS.get(impact, impact)


def _day(day: date) -> str:
    return day.strftime("%d-%m-%Y")


def _period(rule: Rule) -> str:
    if rule.valid_to is None:
        return _("vanaf {start}").format(start=_day(rule.valid_from))
    return _("{start} t/m {end}").format(start=_day(rule.valid_from), end=_day(rule.valid_to))


# --- arguments and errors ---------------------------------------------------------------------------------


def _add_date(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--datum",
        "--date",
        dest="date",
        type=_parse_day,
        metavar=_("JJJJ-MM-DD"),
        help=_("de datum van de wet waarvoor u de regels wilt zien (standaard: vandaag)"),
    )


def _add_catalogue(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--catalogus",
        "--catalogue",
        dest="catalogue",
        type=Path,
        metavar=_("MAP"),
        help=_("een andere map met regelbestanden, bijvoorbeeld om een aangepaste catalogus te controleren"),
    )


def _parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{text}' is geen datum; schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-01-01").format(
                text=text
            )
        ) from None


def _load(args: argparse.Namespace) -> Catalogue | None:
    try:
        return load_catalogue(args.catalogue)
    except CatalogueError as exc:
        print(_("De regelcatalogus bevat fouten:"), file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return None


def _fail(message: str) -> int:
    print(_("Fout: {message}").format(message=message), file=sys.stderr)
    return EXIT_USAGE_ERROR


def _print_help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 0
