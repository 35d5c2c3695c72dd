"""The letter report: one self-contained HTML page with the letter shown and the findings marked in place, and
the same result as JSON.

All letter text is escaped: a letter is untrusted input, and a letter that contains "<script>" must show those
characters, not run them. Marks are never the only cue: each one ends in a numbered note that links to its
explanation, so the report also works for screen readers and in black and white.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from datetime import datetime
from html import escape
from typing import Any

from toegang.i18n import _
from toegang.letters.check import LetterCheck
from toegang.text.readability import VERY_LONG_SENTENCE_WORDS

STATUS_LABEL = {
    "wrong": _("niet in orde"),
    "absent": _("ontbreekt"),
    "present": _("in orde"),
    "not_applicable": _("niet van toepassing"),
}
STATUS_ORDER = {"wrong": 0, "absent": 1, "present": 2, "not_applicable": 3}
IMPACT_LABEL = {
    "critical": _("kritiek"),
    "serious": _("ernstig"),
    "moderate": _("matig"),
    "minor": _("klein"),
}
TONE_LABEL = {"dreigend": _("dreigend"), "neutraal": _("neutraal"), "vriendelijk": _("vriendelijk")}


def _nl_number(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "–"
    return f"{value:.{digits}f}".replace(".", ",")


def _pct(value: float) -> str:
    return f"{value * 100:.0f}%"


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    kind: str  # css class: fout, dreigend, ambtelijk, lijdend, lang
    label: str  # Dutch, for the note
    note: int = 0


def _marks(check: LetterCheck) -> list[_Mark]:
    marks: list[_Mark] = []
    for finding in check.findings:
        if finding.status == "wrong" and finding.rule != "brief.toon":
            for ev in finding.evidence:
                marks.append(
                    _Mark(
                        ev.start,
                        ev.end,
                        "fout",
                        _("Regel {rule}: {status}").format(
                            rule=finding.rule, status=STATUS_LABEL[finding.status]
                        ),
                    )
                )
    for threat in check.tone.threatening:
        why = " ".join(r.why for r in threat.reasons)
        marks.append(_Mark(threat.start, threat.end, "dreigend", _("Dreigend: {why}").format(why=why)))
    for hit in check.officialese:
        marks.append(
            _Mark(
                hit.start,
                hit.end,
                "ambtelijk",
                _("Ambtelijk: '{word}' — liever: {alt}").format(word=hit.text, alt=hit.entry.alternative),
            )
        )
    for sentence in check.readability.sentences:
        for span in sentence.passive_spans:
            marks.append(
                _Mark(span.start, span.end, "lijdend", _("Lijdende vorm: '{words}'").format(words=span.text))
            )
        if sentence.words > VERY_LONG_SENTENCE_WORDS:
            marks.append(
                _Mark(
                    sentence.start,
                    sentence.end,
                    "lang",
                    _("Zeer lange zin ({n} woorden)").format(n=sentence.words),
                )
            )
    text_length = len(check.text)
    kept = [m for m in marks if 0 <= m.start < m.end <= text_length]
    kept.sort(key=lambda m: (m.start, -m.end))
    return [_Mark(m.start, m.end, m.kind, m.label, note=i) for i, m in enumerate(kept, start=1)]


def render_marked_text(text: str, marks: list[_Mark]) -> str:
    """The letter as HTML: every character escaped, marked segments wrapped, a note number after each mark."""
    bounds = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    parts: list[str] = []
    for a, b in itertools.pairwise(bounds):
        active = [m for m in marks if m.start <= a and b <= m.end]
        piece = escape(text[a:b], quote=True)
        if active:
            classes = " ".join(sorted({m.kind for m in active}))
            title = escape(" · ".join(m.label for m in active), quote=True)
            parts.append(f'<mark class="{classes}" title="{title}">{piece}</mark>')
        else:
            parts.append(piece)
        for m in marks:
            if m.end == b:
                parts.append(
                    f'<sup class="noot"><a href="#noot-{m.note}" id="terug-{m.note}">{m.note}</a></sup>'
                )
    return "".join(parts)


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#1b1b1b;
max-width:60rem;margin:0 auto;padding:1rem 1.5rem;background:#fff}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:2px solid #ddd}
.brief{white-space:pre-wrap;border:1px solid #999;padding:1rem;background:#fafafa;font-size:1.05rem}
mark{background:none;color:inherit;padding:0 .1em}
mark.dreigend{background:#ffd7d7;outline:1px solid #b00020}
mark.fout{border-bottom:3px double #b00020}
mark.ambtelijk{background:#fff2b3;text-decoration:underline dotted}
mark.lijdend{text-decoration:underline wavy #555}
mark.lang{box-shadow:inset 0 -0.4em #e4ecff}
sup.noot a{font-size:.75rem;color:#0b4f9c}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:left;
vertical-align:top}th{background:#f0f0f0}
.status-wrong{color:#b00020;font-weight:bold}.status-absent{color:#8a4b00;font-weight:bold}
.status-present{color:#1d6b2f}.status-not_applicable{color:#555}
.samenvatting dt{font-weight:bold}.samenvatting dd{margin:0 0 .5rem 0}
.legenda span{margin-right:1rem}
a{color:#0b4f9c}
"""


def _section(title: str, body: str, ident: str) -> str:
    return f'<section aria-labelledby="{ident}"><h2 id="{ident}">{escape(title)}</h2>{body}</section>'


def render_html(check: LetterCheck, *, title: str = "", generated: datetime | None = None) -> str:
    """A complete, self-contained HTML report of one letter check (Dutch, works without JavaScript)."""
    name = title or check.id or _("brief")
    marks = _marks(check)
    reading = check.readability
    guess = check.profile
    profile_text = escape(guess.profile)
    if guess.overridden:
        profile_text += " " + escape(_("(gekozen; herkend als {detected})").format(detected=guess.detected))
    else:
        profile_text += " " + escape(_("(herkend uit de tekst)"))
    summary = (
        '<dl class="samenvatting">'
        f"<dt>{escape(_('Soort brief'))}</dt><dd>{profile_text}</dd>"
        f"<dt>{escape(_('Toon'))}</dt><dd>{escape(TONE_LABEL[check.tone.tone])}</dd>"
        f"<dt>{escape(_('Leesgemak'))}</dt><dd>{_nl_number(reading.score)} ({escape(reading.level)}) — "
        f"{escape(_('methode'))}: {escape(reading.method)}</dd>"
        f"<dt>{escape(_('Taalscore'))}</dt><dd>{_nl_number(check.plain.score)} — "
        f"{escape(check.plain.method)}</dd>"
        f"<dt>{escape(_('Wetsdatum'))}</dt><dd>{escape(check.law_date.isoformat())}</dd>"
        "</dl>"
    )
    legend = (
        '<p class="legenda">'
        f'<span><mark class="dreigend">{escape(_("dreigende zin"))}</mark></span>'
        f'<span><mark class="fout">{escape(_("fout tegen een regel"))}</mark></span>'
        f'<span><mark class="ambtelijk">{escape(_("ambtelijk woord"))}</mark></span>'
        f'<span><mark class="lijdend">{escape(_("lijdende vorm"))}</mark></span>'
        f'<span><mark class="lang">{escape(_("zeer lange zin"))}</mark></span>'
        "</p>"
    )
    letter_html = legend + f'<div class="brief" lang="nl">{render_marked_text(check.text, marks)}</div>'
    back = escape(_("terug naar de brief"))
    notes = "".join(
        f'<li id="noot-{m.note}">{escape(m.label)} <a href="#terug-{m.note}">{back}</a></li>' for m in marks
    )
    notes_html = f"<ol>{notes}</ol>" if notes else f"<p>{escape(_('Geen opmerkingen in de tekst.'))}</p>"

    rows = []
    for finding in sorted(check.findings, key=lambda f: STATUS_ORDER[f.status]):
        quotes = "".join(f"<li>“{escape(ev.quote)}”</li>" for ev in finding.evidence)
        rows.append(
            "<tr>"
            f"<td><code>{escape(finding.rule)}</code></td>"
            f'<td class="status-{escape(finding.status)}">{escape(STATUS_LABEL[finding.status])}</td>'
            f"<td>{escape(IMPACT_LABEL.get(finding.impact, finding.impact))}</td>"
            f"<td>{escape(finding.message)}{f'<ul>{quotes}</ul>' if quotes else ''}</td>"
            f"<td>{escape(finding.fix)}</td>"
            "</tr>"
        )
    rules_html = (
        "<table><thead><tr>"
        f"<th scope='col'>{escape(_('Regel'))}</th><th scope='col'>{escape(_('Uitkomst'))}</th>"
        f"<th scope='col'>{escape(_('Belang'))}</th><th scope='col'>{escape(_('Toelichting'))}</th>"
        f"<th scope='col'>{escape(_('Wat te doen'))}</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
    )

    threats = check.tone.threatening
    if threats:
        items = []
        for threat in threats:
            reasons = "".join(
                f"<li>{escape(r.why)}<br><strong>{escape(_('Rustiger'))}:</strong> {escape(r.calmer)}</li>"
                for r in threat.reasons
            )
            items.append(f"<li>“{escape(threat.text)}”<ul>{reasons}</ul></li>")
        tone_html = f"<ol>{''.join(items)}</ol>"
    else:
        tone_html = f"<p>{escape(_('Geen dreigende zinnen gevonden.'))}</p>"

    hard_items = []
    for sentence in check.hard_sentences[:8]:
        advice = "".join(f"<li>{escape(a)}</li>" for a in sentence.advice)
        hard_items.append(
            f"<li>“{escape(sentence.text)}” "
            f"({escape(_('{n} woorden').format(n=sentence.words))})<ul>{advice}</ul></li>"
        )
    hard_html = (
        f"<ol>{''.join(hard_items)}</ol>"
        if hard_items
        else f"<p>{escape(_('Geen moeilijke zinnen gevonden.'))}</p>"
    )

    if check.officialese:
        official_rows = "".join(
            f"<tr><td>{escape(h.text)}</td><td>{escape(h.entry.alternative)}</td><td>{escape(h.entry.source)}</td></tr>"
            for h in check.officialese
        )
        official_html = (
            f"<table><thead><tr><th scope='col'>{escape(_('Woord in de brief'))}</th>"
            f"<th scope='col'>{escape(_('Liever'))}</th><th scope='col'>{escape(_('Bron'))}</th></tr></thead>"
            f"<tbody>{official_rows}</tbody></table>"
        )
    else:
        official_html = f"<p>{escape(_('Geen ambtelijke woorden gevonden.'))}</p>"

    features = [
        (_("Woorden"), str(reading.word_count)),
        (_("Zinnen"), str(reading.sentence_count)),
        (_("Gemiddelde zinslengte (woorden)"), _nl_number(reading.mean_sentence_length)),
        (_("Zinnen langer dan 15 woorden"), _pct(reading.share_sentences_over_15)),
        (_("Zinnen langer dan 25 woorden"), _pct(reading.share_sentences_over_25)),
        (_("Lettergrepen per woord"), _nl_number(reading.syllables_per_word, 2)),
        (_("Lange woorden"), _pct(reading.share_long_words)),
        (_("Weinig gebruikte woorden"), _pct(reading.share_rare_words)),
        (_("Lijdende vormen"), str(reading.passive_count)),
        (_("Naamwoordstijl"), str(reading.nominalisation_count)),
        (_("Ambtelijke woorden"), str(len(check.officialese))),
    ]
    feature_rows = "".join(
        f"<tr><th scope='row'>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in features
    )
    no_b1 = _(
        "Dit zijn metingen, geen oordeel over taalniveau B1: daarvoor bestaat geen getest instrument voor "
        "het Nederlands."
    )
    reading_html = f"<p>{escape(no_b1)}</p><table><tbody>{feature_rows}</tbody></table>"
    warnings_html = "".join(
        f"<p><strong>{escape(_('Let op'))}:</strong> {escape(w)}</p>" for w in check.warnings
    )
    stamp = (generated or datetime.now()).strftime("%Y-%m-%d %H:%M")
    body = (
        f"<header><h1>{escape(_('Brieventoets'))}: {escape(name)}</h1>{summary}{warnings_html}</header>"
        "<main>"
        + _section(_("De brief"), letter_html, "brief")
        + _section(_("Opmerkingen in de tekst"), notes_html, "noten")
        + _section(_("Regels"), rules_html, "regels")
        + _section(_("Toon"), tone_html, "toon")
        + _section(_("Zinnen die de lezer de meeste moeite kosten"), hard_html, "moeilijk")
        + _section(_("Ambtelijke woorden"), official_html, "ambtelijk")
        + _section(_("Leesbaarheid"), reading_html, "leesbaarheid")
        + "</main>"
        f"<footer><p>{escape(_('Gemaakt met Toegang op {stamp}.').format(stamp=stamp))}</p></footer>"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="nl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(_('Brieventoets'))}: {escape(name)}</title>"
        f"<style>{_CSS}</style></head><body>{body}</body></html>\n"
    )


def render_json(check: LetterCheck) -> str:
    """The full result as JSON (UTF-8, indented): the contract fields plus per-sentence detail."""
    data: dict[str, Any] = check.to_dict(full=True)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
