"""The council's figures as page context, CSV and a printable PDF for the annual report. Counts only."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from typing import Any

from toegang.i18n import _
from toegang.web.raad import models as m
from toegang.web.raad.charts import bar_chart
from toegang.web.raad.figures import (
    AdviceFigures,
    PromiseFigures,
    ThemeQuarter,
    advice_figures,
    promise_figures,
    signals_per_theme_quarter,
)


@dataclass(frozen=True, slots=True)
class Figures:
    council: m.Council
    made_on: date
    signals: ThemeQuarter
    advice: AdviceFigures
    promises: PromiseFigures

    def advice_rows(self) -> list[tuple[str, int]]:
        a = self.advice
        return [
            (_("Reactie op tijd"), a.answered_on_time),
            (_("Reactie te laat"), a.answered_late),
            (_("Nog geen reactie, termijn loopt"), a.waiting),
            (_("Geen reactie, termijn voorbij"), a.overdue),
        ]

    def promise_rows(self) -> list[tuple[str, int]]:
        p = self.promises
        return [
            (_("Op tijd nagekomen"), p.kept_on_time),
            (_("Te laat nagekomen"), p.kept_late),
            (_("Niet nagekomen"), p.broken),
            (_("Open, termijn loopt"), p.open),
            (_("Open, te laat"), p.overdue),
        ]

    def quarter_rows(self) -> list[tuple[str, int]]:
        return [(q, self.signals.total(q)) for q in self.signals.quarters]

    def theme_rows(self) -> list[tuple[str, int]]:
        return [(label, self.signals.theme_total(code)) for code, label in self.signals.themes]


def council_figures(council: m.Council, today: date | None = None) -> Figures:
    day = today or date.today()
    return Figures(
        council=council,
        made_on=day,
        signals=signals_per_theme_quarter(council),
        advice=advice_figures(council, day),
        promises=promise_figures(council, day),
    )


def figures_context(figures: Figures) -> dict[str, Any]:
    """Charts and tables for the figures page (the council's own and the public one)."""
    s = figures.signals
    return {
        "figures": figures,
        "quarter_chart": bar_chart(
            "signalen-kwartaal",
            _("Signalen per kwartaal"),
            _("Aantal signalen per kwartaal. De tabel hieronder geeft dezelfde cijfers per onderwerp."),
            figures.quarter_rows(),
        ),
        "theme_chart": bar_chart(
            "signalen-onderwerp",
            _("Signalen per onderwerp"),
            _("Aantal signalen per onderwerp, over alle jaren."),
            figures.theme_rows(),
        ),
        "advice_chart": bar_chart(
            "adviezen",
            _("Adviezen en de reactie van het college"),
            _("Aantal adviezen met en zonder reactie van het college."),
            figures.advice_rows(),
        ),
        "promise_chart": bar_chart(
            "toezeggingen",
            _("Toezeggingen van de gemeente"),
            _("Aantal toezeggingen: op tijd nagekomen, te laat, niet nagekomen of nog open."),
            figures.promise_rows(),
        ),
        "table": [
            {
                "quarter": q,
                "cells": [s.counts.get((code, q), 0) for code, _label in s.themes],
                "total": s.total(q),
            }
            for q in s.quarters
        ],
    }


def figures_csv(figures: Figures) -> str:
    """One table in long form (section, row, column, value): easy to open in a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([_("onderdeel"), _("rij"), _("kolom"), _("aantal")])
    s = figures.signals
    for q in s.quarters:
        for code, label in s.themes:
            writer.writerow([_("signalen"), q, label, s.counts.get((code, q), 0)])
    for label, value in figures.advice_rows():
        writer.writerow([_("adviezen"), label, "", value])
    for label, value in figures.promise_rows():
        writer.writerow([_("toezeggingen"), label, "", value])
    return out.getvalue()


def _latin1(text: str) -> str:
    """fpdf2's core fonts are Latin-1: keep Dutch letters (ë, é), replace dashes and quotes."""
    table = str.maketrans({"—": "-", "–": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "…": "..."})
    return text.translate(table).encode("latin-1", "replace").decode("latin-1")


def figures_pdf(figures: Figures) -> bytes:
    """A printable PDF with the same tables, for the council's annual report."""
    from fpdf import FPDF

    pdf = FPDF(orientation="L", format="A4")
    pdf.set_title(_latin1(_("Cijfers van {council}").format(council=figures.council.name)))
    pdf.set_lang("nl")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(
        0,
        9,
        new_x="LMARGIN",
        new_y="NEXT",
        text=_latin1(_("Cijfers van {council}").format(council=figures.council.name)),
    )
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        6,
        new_x="LMARGIN",
        new_y="NEXT",
        text=_latin1(
            _("Gemaakt op {day:%d-%m-%Y}. Alleen aantallen, geen gegevens over personen.").format(
                day=figures.made_on
            )
        ),
    )

    def table(title: str, header: list[str], rows: list[list[str]]) -> None:
        pdf.ln(4)
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 8, new_x="LMARGIN", new_y="NEXT", text=_latin1(title))
        pdf.set_font("Helvetica", "", 9)
        with pdf.table(first_row_as_headings=True, text_align="LEFT") as grid:
            for values in [header, *rows]:
                row = grid.row()
                for value in values:
                    row.cell(_latin1(value))

    s = figures.signals
    themes = [label for _code, label in s.themes]
    table(
        _("Signalen per onderwerp en kwartaal"),
        [_("Kwartaal"), *themes, _("Totaal")],
        [
            [q, *(str(s.counts.get((code, q), 0)) for code, _l in s.themes), str(s.total(q))]
            for q in s.quarters
        ],
    )
    table(
        _("Adviezen"),
        [_("Reactie van het college"), _("Aantal")],
        [[a, str(b)] for a, b in figures.advice_rows()],
    )
    table(_("Toezeggingen"), [_("Stand"), _("Aantal")], [[a, str(b)] for a, b in figures.promise_rows()])
    return bytes(pdf.output())
