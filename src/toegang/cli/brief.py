"""`toegang brief check`: check one letter in the terminal, or a JSON Lines file of letters per the
contract."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from toegang.cli.common import add_date_argument, fail
from toegang.i18n import _

STATUS_LABEL = {
    "wrong": _("✗ NIET IN ORDE"),
    "absent": _("– ONTBREEKT"),
    "present": _("✓ IN ORDE"),
    "not_applicable": _("· N.V.T."),
}
IMPACT_LABEL = {
    "critical": _("kritiek"),
    "serious": _("ernstig"),
    "moderate": _("matig"),
    "minor": _("klein"),
}
MAX_LINE_BYTES = 20_000_000


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "brief",
        help=_("controleer brieven aan cliënten (brieventoets)"),
        description=_("Controleer of een brief aan een cliënt duidelijk, rustig en volgens de regels is."),
    )
    sub = parser.add_subparsers(dest="brief_command", metavar=_("OPDRACHT"))
    check = sub.add_parser(
        "check",
        help=_("controleer één brief, of een JSON Lines-bestand met brieven"),
        description=_(
            "Controleer één brief (.txt, .docx, .odt, .pdf, .html of .eml) en toon de uitkomst. "
            'Of geef een JSON Lines-bestand (elke regel: {"id": ..., "text": ..., "profile": ...}) met '
            "--out: "
            "dan krijgt elke invoerregel één uitvoerregel, in dezelfde volgorde."
        ),
    )
    check.add_argument("file", type=Path, metavar=_("BESTAND"), help=_("de brief, of een .jsonl-bestand"))
    check.add_argument(
        "--profiel",
        "--profile",
        dest="profile",
        default=None,
        metavar=_("PROFIEL"),
        help=_("uitnodiging, besluit, verzoek of algemeen (standaard: herkennen uit de tekst)"),
    )
    check.add_argument(
        "--out", type=Path, metavar=_("UITVOER.jsonl"), help=_("uitvoer voor een .jsonl-invoer")
    )
    check.add_argument("--html", type=Path, metavar=_("RAPPORT.html"), help=_("schrijf een HTML-rapport"))
    check.add_argument(
        "--json", type=Path, metavar=_("UITKOMST.json"), help=_("schrijf de uitkomst als JSON")
    )
    check.add_argument(
        "--max-mb", dest="max_mb", type=float, default=10.0, help=_("grootste brief in MB (standaard 10)")
    )
    add_date_argument(check)
    check.set_defaults(func=run_check)

    def show_help(args: argparse.Namespace) -> int:
        parser.print_help()
        return 0

    parser.set_defaults(func=show_help)


def _nl(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}".replace(".", ",")


def format_check(check: Any, *, source: str) -> str:
    """Readable Dutch terminal output: problems first, then what is in order, then tone and hard sentences."""
    from toegang.rules import load_catalogue

    catalogue = load_catalogue()
    guess = check.profile
    profile = guess.profile + (
        _(" (gekozen; herkend als {detected})").format(detected=guess.detected)
        if guess.overridden
        else _(" (herkend uit de tekst)")
    )
    reading = check.readability
    lines = [
        _("Brief: {source}").format(source=source),
        _("Soort brief: {profile}").format(profile=profile),
        _("Toon: {tone}").format(tone=check.tone.tone),
        _("Leesgemak: {score} ({level}; methode: {method})").format(
            score=_nl(reading.score), level=reading.level, method=reading.method
        ),
        _("Taalscore: {score} ({method})").format(score=_nl(check.plain.score), method=check.plain.method),
    ]
    for warning in check.warnings:
        lines.append(_("Let op: {warning}").format(warning=warning))
    order = {"wrong": 0, "absent": 1, "present": 2, "not_applicable": 3}
    lines.append("")
    lines.append(_("Regels"))
    for finding in sorted(check.findings, key=lambda f: order[f.status]):
        rule = catalogue.rule(finding.rule, check.law_date)
        lines.append(
            f"{STATUS_LABEL[finding.status]:<14}  {rule.title}  [{finding.rule}, {IMPACT_LABEL[finding.impact]}]"
        )
        for evidence in finding.evidence[:3]:
            lines.append(_('   Citaat: "{quote}"').format(quote=evidence.quote))
        if finding.status in ("wrong", "absent"):
            lines.append(_("   Waarom: {message}").format(message=finding.message))
            lines.append(_("   Wat te doen: {fix}").format(fix=finding.fix))
            for source_ref in rule.sources[:2]:
                lines.append(
                    _("   Bron: {label} — {url}").format(label=source_ref.label(), url=source_ref.url)
                )
    threats = check.tone.threatening
    if threats:
        lines.append("")
        lines.append(_("Dreigende zinnen"))
        for number, sentence in enumerate(threats, start=1):
            lines.append(f'{number}. "{sentence.text}"')
            for reason in sentence.reasons:
                lines.append(_("   Waarom: {why}").format(why=reason.why))
                lines.append(_("   Rustiger: {calmer}").format(calmer=reason.calmer))
    if check.hard_sentences:
        lines.append("")
        lines.append(_("Zinnen die de lezer de meeste moeite kosten"))
        for number, sentence in enumerate(check.hard_sentences[:5], start=1):
            lines.append(
                _('{n}. "{text}" ({words} woorden)').format(
                    n=number, text=sentence.text, words=sentence.words
                )
            )
            for advice in sentence.advice:
                lines.append(f"   - {advice}")
    if check.officialese:
        lines.append("")
        lines.append(_("Ambtelijke woorden ({count})").format(count=len(check.officialese)))
        for hit in check.officialese:
            lines.append(f"   {hit.text} → {hit.entry.alternative}")
    return "\n".join(lines)


def _write_reports(check: Any, args: argparse.Namespace, title: str) -> None:
    from toegang.letters.report import render_html, render_json

    if args.html:
        args.html.parent.mkdir(parents=True, exist_ok=True)
        args.html.write_text(render_html(check, title=title, generated=datetime.now()), encoding="utf-8")
        print(_("HTML-rapport: {path}").format(path=args.html))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(render_json(check), encoding="utf-8")
        print(_("JSON: {path}").format(path=args.json))


def run_check(args: argparse.Namespace) -> int:
    from toegang.letters.profile import UnknownProfileError, parse_profile

    if args.profile is not None:
        try:
            parse_profile(args.profile)
        except UnknownProfileError as exc:
            return fail(str(exc))
    if args.file.suffix.lower() == ".jsonl":
        if args.out is None:
            return fail(
                _("Geef met --out aan waar de uitvoer moet komen, bijvoorbeeld --out uitkomst.jsonl.")
            )
        return run_batch(args.file, args.out, profile=args.profile, law_date=args.date)
    return run_single(args)


def run_single(args: argparse.Namespace) -> int:
    from toegang.letters.check import check_letter
    from toegang.letters.readers import Limits, ReadError, read_letter

    limits = Limits(max_bytes=int(args.max_mb * 1024 * 1024))
    try:
        letter = read_letter(args.file, limits)
    except ReadError as exc:
        return fail(exc.message)
    check = check_letter(letter.text, args.profile, args.date, letter_id=args.file.name)
    check.warnings.extend(letter.warnings)
    print(format_check(check, source=args.file.name))
    _write_reports(check, args, title=args.file.name)
    return 0


def _batch_line(number: int, raw: bytes, profile: str | None, law_date: date) -> dict[str, Any]:
    """One output object for one input line; a bad line becomes {"id", "line", "error"} with a Dutch
    message."""
    from toegang.letters.check import check_letter
    from toegang.letters.profile import UnknownProfileError

    def error(message: str, letter_id: Any = None) -> dict[str, Any]:
        return {"id": letter_id, "line": number, "error": message}

    if len(raw) > MAX_LINE_BYTES:
        return error(
            _("Regel {n} is te groot (meer dan {mb} MB).").format(n=number, mb=MAX_LINE_BYTES // 1_000_000)
        )
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return error(
            _("Regel {n} is geen geldige UTF-8-tekst. Sla het bestand op als UTF-8.").format(n=number)
        )
    except json.JSONDecodeError as exc:
        return error(_("Regel {n} is geen geldige JSON ({why}).").format(n=number, why=exc.msg))
    if not isinstance(record, dict):
        return error(_("Regel {n} is geen JSON-object.").format(n=number))
    letter_id = record.get("id")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return error(_("Regel {n} heeft geen tekst (veld 'text').").format(n=number), letter_id)
    wanted = record.get("profile") or profile
    try:
        check = check_letter(text, wanted, law_date, letter_id="" if letter_id is None else str(letter_id))
    except UnknownProfileError as exc:
        return error(_("Regel {n}: {message}").format(n=number, message=exc), letter_id)
    data = check.to_dict()
    data["id"] = letter_id
    return data


def run_batch(source: Path, out: Path, *, profile: str | None, law_date: date) -> int:
    """Check every line of a JSON Lines file into `out`, one output line per input line, in order."""
    if not source.is_file():
        return fail(_("Het bestand '{name}' bestaat niet.").format(name=source))
    out.parent.mkdir(parents=True, exist_ok=True)
    checked = errors = 0
    with source.open("rb") as handle, out.open("w", encoding="utf-8") as sink:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            data = _batch_line(number, raw, profile, law_date)
            if "error" in data:
                errors += 1
                print(_("Fout: {message}").format(message=data["error"]), file=sys.stderr)
            else:
                checked += 1
            sink.write(json.dumps(data, ensure_ascii=False) + "\n")
    print(
        _("{checked} brieven gecontroleerd, {errors} regels met fouten.").format(
            checked=checked, errors=errors
        )
    )
    print(_("Uitvoer: {path}").format(path=out))
    return 1 if errors else 0
