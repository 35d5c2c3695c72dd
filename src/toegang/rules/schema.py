"""The schema of one rule version in the catalogue YAML: check every field and build a Rule from it."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from toegang.i18n import _
from toegang.rules.model import IMPACTS, Impact, Rule, Source

RULE_ID = re.compile(r"^[a-z]+(\.[a-z-]+)*$")
PROFILE_ID = re.compile(r"^[a-z]+(-[a-z]+)*$")
BWB_ID = re.compile(r"^BWB[RV]\d{7}$")  # BWBR: wet or regeling; BWBV: treaty
BRIEF_ID = re.compile(r"^R-[A-Z]+-\d{2}$")  # ids in shared/domain/legal-brief.md
URL = re.compile(r"^https?://\S+$")

RULE_KEYS = (
    "id",
    "title",
    "impact",
    "valid_from",
    "valid_to",
    "sources",
    "present",
    "wrong",
    "not_applicable",
    "fix",
    "explain",
    "params",
)
OPTIONAL_RULE_KEYS = ("applies_to",)
SOURCE_KEYS = ("law", "bwb", "article", "lid", "url", "brief")
SOURCE_REQUIRED = ("law", "bwb", "article", "lid", "url")  # `brief` may be left out
DUTCH_LAW_HOSTS = ("wetten.overheid.nl",)


def say(place: str, message: str) -> str:
    """One problem line: where it is, then what is wrong."""
    return f"{place}: {message}"


def locate(file: str, rule: str | None = None, field: str | None = None) -> str:
    """'file, regel ..., veld ...': the place of a problem, as precise as is known."""
    parts = [file]
    if rule is not None:
        parts.append(rule)
    if field is not None:
        parts.append(_("veld '{field}'").format(field=field))
    return ", ".join(parts)


class Fields:
    """Reads typed fields from one YAML mapping and records every problem, so one run reports them all."""

    def __init__(self, data: dict[Any, Any], where: Callable[[str], str], problems: list[str]) -> None:
        self.data = data
        self.where = where
        self.problems = problems
        self.ok = True

    def problem(self, field: str, message: str) -> None:
        self.problems.append(say(self.where(field), message))
        self.ok = False

    def keys(self, allowed: Sequence[str], required: Sequence[str]) -> None:
        for key in self.data:
            if key not in allowed:
                self.problem(
                    str(key),
                    _("onbekend veld; toegestaan zijn: {allowed}").format(allowed=", ".join(allowed)),
                )
        for key in required:
            if key not in self.data:
                self.problem(key, _("ontbreekt"))

    def text(self, key: str, *, nullable: bool = False) -> str | None:
        value = self.data.get(key)
        if value is None:
            if not nullable and key in self.data:
                self.problem(key, _("mag niet leeg zijn"))
            return None
        if not isinstance(value, str):
            hint = _(" (zet de waarde tussen aanhalingstekens)") if isinstance(value, int | float) else ""
            self.problem(key, _("moet tekst zijn, niet {type}").format(type=type(value).__name__) + hint)
            return None
        if not value.strip():
            self.problem(key, _("mag niet leeg zijn"))
            return None
        return value.strip()

    def day(self, key: str, *, nullable: bool = False) -> date | None:
        value = self.data.get(key)
        if value is None:
            if not nullable and key in self.data:
                self.problem(key, _("mag niet leeg zijn"))
            return None
        if isinstance(value, date) and not isinstance(value, datetime):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        self.problem(key, _("moet een datum zijn (JJJJ-MM-DD), niet '{value}'").format(value=value))
        return None


def parse_source(
    raw: Any, fields_where: Callable[[str], str], problems: list[str], *, require_article: bool = False
) -> Source | None:
    """One entry of a `sources:` list (shared by the rule catalogue and the legal parameters). With
    `require_article`, a source on wetten.overheid.nl must name its article."""
    if not isinstance(raw, dict):
        problems.append(say(fields_where(""), _("een bron moet een mapping zijn (sleutel: waarde)")))
        return None
    f = Fields(raw, fields_where, problems)
    f.keys(SOURCE_KEYS, SOURCE_REQUIRED)
    law = f.text("law")
    url = f.text("url")
    bwb = f.text("bwb", nullable=True)
    article = f.text("article", nullable=True)
    lid = f.text("lid", nullable=True)
    brief = f.text("brief", nullable=True)
    if url is not None and not URL.match(url):
        f.problem("url", _("moet een webadres zijn dat begint met https://, niet '{url}'").format(url=url))
    if bwb is not None and not BWB_ID.match(bwb):
        f.problem("bwb", _("ongeldig BWB-id '{bwb}' (verwacht BWBR en 7 cijfers)").format(bwb=bwb))
    if url is not None and urlsplit(url).hostname in DUTCH_LAW_HOSTS:
        if bwb is None and "bwb" in raw:
            f.problem("bwb", _("ontbreekt; een bron op wetten.overheid.nl moet een BWB-id hebben"))
        elif bwb is not None and bwb not in url:
            f.problem("bwb", _("BWB-id '{bwb}' staat niet in de url '{url}'").format(bwb=bwb, url=url))
        if require_article and article is None:
            f.problem("article", _("ontbreekt; een bron op wetten.overheid.nl moet een artikel noemen"))
    if lid is not None and article is None and "article" in raw:
        f.problem("lid", _("een lid zonder artikel kan niet"))
    if brief is not None and not BRIEF_ID.match(brief):
        f.problem(
            "brief", _("ongeldige verwijzing '{brief}' (verwacht bijvoorbeeld R-VOOR-01)").format(brief=brief)
        )
    if not f.ok or law is None or url is None:
        return None
    return Source(law=law, bwb=bwb, article=article, lid=lid, url=url, brief=brief)


def parse_rule(raw: Any, number: int, file: str, profile: str, problems: list[str]) -> Rule | None:
    """Entry `number` of a file's `rules:` list as a Rule, or None after adding its problems to `problems`."""
    unnamed = _("regel nr. {number}").format(number=number)
    if not isinstance(raw, dict):
        problems.append(say(locate(file, unnamed), _("een regel moet een mapping zijn (sleutel: waarde)")))
        return None
    raw_id = raw.get("id")
    label = _("regel '{id}'").format(id=raw_id) if isinstance(raw_id, str) and raw_id else unnamed
    f = Fields(raw, lambda field: locate(file, label, field), problems)
    f.keys(RULE_KEYS + OPTIONAL_RULE_KEYS, RULE_KEYS)

    rule_id = f.text("id")
    if rule_id is not None and not RULE_ID.match(rule_id):
        f.problem(
            "id",
            _(
                "ongeldige id '{id}': gebruik kleine letters, punten en streepjes, zoals 'voorschot.termijn'"
            ).format(id=rule_id),
        )
    title = f.text("title")
    present = f.text("present")
    wrong = f.text("wrong", nullable=True)
    not_applicable = f.text("not_applicable", nullable=True)
    fix = f.text("fix")
    explain = f.text("explain")

    impact_value = raw.get("impact")
    impact: Impact | None = None
    for known in IMPACTS:
        if impact_value == known:
            impact = known
    if impact is None and "impact" in raw:
        f.problem(
            "impact",
            _("onbekende waarde '{value}'; kies uit {known}").format(
                value=impact_value, known=", ".join(IMPACTS)
            ),
        )

    valid_from = f.day("valid_from")
    valid_to = f.day("valid_to", nullable=True)
    if valid_from is not None and valid_to is not None and valid_to < valid_from:
        f.problem(
            "valid_to",
            _("einddatum {end} ligt vóór begindatum {start}").format(
                end=valid_to.isoformat(), start=valid_from.isoformat()
            ),
        )

    sources: list[Source] = []
    raw_sources = raw.get("sources")
    if "sources" in raw:
        if not isinstance(raw_sources, list) or not raw_sources:
            f.problem("sources", _("moet een lijst zijn met minstens één bron"))
        else:
            for index, raw_source in enumerate(raw_sources, start=1):

                def source_where(field: str, index: int = index) -> str:
                    name = f"sources[{index}]" + (f".{field}" if field else "")
                    return locate(file, label, name)

                source = parse_source(raw_source, source_where, problems)
                if source is None:
                    f.ok = False
                else:
                    sources.append(source)

    applies_to: tuple[str, ...] = ()
    raw_applies = raw.get("applies_to")
    if "applies_to" in raw:
        if (
            not isinstance(raw_applies, list)
            or not raw_applies
            or not all(isinstance(kind, str) and PROFILE_ID.match(kind) for kind in raw_applies)
        ):
            f.problem("applies_to", _("moet een lijst zijn van soorten tekst, zoals [uitnodiging, besluit]"))
        else:
            applies_to = tuple(raw_applies)

    params = raw.get("params")
    if "params" in raw and (not isinstance(params, dict) or not all(isinstance(key, str) for key in params)):
        f.problem("params", _("moet een mapping zijn (sleutel: waarde), bijvoorbeeld {} of {weeks: 4}"))

    if (
        not f.ok
        or rule_id is None
        or title is None
        or present is None
        or fix is None
        or explain is None
        or impact is None
        or valid_from is None
        or not isinstance(params, dict)
    ):
        return None
    return Rule(
        id=rule_id,
        title=title,
        profile=profile,
        applies_to=applies_to or (profile,),
        impact=impact,
        sources=tuple(sources),
        valid_from=valid_from,
        valid_to=valid_to,
        present=present,
        wrong=wrong,
        not_applicable=not_applicable,
        fix=fix,
        explain=explain,
        params=copy.deepcopy(params),  # YAML merges share objects between versions
        file=file,
    )
