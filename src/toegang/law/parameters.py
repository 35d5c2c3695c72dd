"""Dated legal parameters (terms, amounts), read from YAML and checked, so every number cites its source.

The file holds `parameters:`, a list of versions; top-level keys starting with `_` are free (YAML anchors).
Each version: `id`, `title` (Dutch), `value`, `unit` (days, weeks, euro), `valid_from`, `valid_to` (null: open),
`sources` (law, bwb, article, lid, url, and optionally `brief`, an id in shared/domain/legal-brief.md) and
optionally `to_verify` (Dutch: what still has to be checked). Loading fails with one Dutch line per problem,
in the style of the rule catalogue (`toegang.rules`), whose field readers and `Source` type are reused.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Any

import yaml

from toegang.i18n import _
from toegang.rules.model import Source
from toegang.rules.schema import Fields, locate, parse_source, say

__all__ = [
    "DEFAULT_PATH",
    "LegalParameter",
    "ParameterError",
    "ParameterUnit",
    "Parameters",
    "UnknownParameterError",
    "load_parameters",
]

DEFAULT_PATH = Path(__file__).resolve().parent / "parameters.yaml"
ENTRY_KEYS = ("id", "title", "value", "unit", "valid_from", "valid_to", "sources")
OPTIONAL_ENTRY_KEYS = ("to_verify",)
SOURCE_KEYS = ("law", "bwb", "article", "lid", "url", "brief")
SOURCE_REQUIRED = ("law", "bwb", "article", "lid", "url")
EURO = re.compile(r"^\d+(\.\d{1,2})?$")
PARAMETER_ID = re.compile(r"^[a-z]+(-[a-z]+)*(\.[a-z]+(-[a-z]+)*)*$")  # e.g. dwangsom.bedrag-eerste


class ParameterUnit(StrEnum):
    DAYS = "days"
    WEEKS = "weeks"
    EURO = "euro"


class ParameterError(ValueError):
    """The parameter file cannot be used. `problems` has one Dutch line per problem: file, parameter, field."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


class UnknownParameterError(KeyError):
    """No version of a parameter holds on the asked day (or the id does not exist)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True, slots=True)
class LegalParameter:
    """One version of a parameter, valid from `valid_from` up to and including `valid_to` (None: open-ended)."""

    id: str
    title: str
    value: int | Decimal
    unit: ParameterUnit
    valid_from: date
    valid_to: date | None
    sources: tuple[Source, ...]
    to_verify: str | None = None

    def valid_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    @property
    def citation(self) -> str:
        """Short Dutch citation of the first source, e.g. 'Algemene wet bestuursrecht art. 6:7'."""
        return self.sources[0].label()


class Parameters:
    """All versions of all parameters; look one up for a day."""

    def __init__(self, versions: dict[str, list[LegalParameter]]) -> None:
        self._versions = {
            key: tuple(sorted(items, key=lambda p: p.valid_from)) for key, items in versions.items()
        }

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(sorted(self._versions))

    def versions(self, parameter_id: str) -> tuple[LegalParameter, ...]:
        if parameter_id not in self._versions:
            raise UnknownParameterError(_("Onbekende parameter '{id}'.").format(id=parameter_id))
        return self._versions[parameter_id]

    def get(self, parameter_id: str, on: date) -> LegalParameter:
        """The version of `parameter_id` that holds on `on`; fails rather than guess outside the known periods."""
        for version in self.versions(parameter_id):
            if version.valid_on(on):
                return version
        raise UnknownParameterError(
            _("Voor parameter '{id}' is geen waarde bekend op {day}.").format(
                id=parameter_id, day=on.isoformat()
            )
        )

    def weeks(self, parameter_id: str, on: date) -> int:
        return self._whole(parameter_id, on, ParameterUnit.WEEKS)

    def days(self, parameter_id: str, on: date) -> int:
        return self._whole(parameter_id, on, ParameterUnit.DAYS)

    def euro(self, parameter_id: str, on: date) -> Decimal:
        version = self.get(parameter_id, on)
        if version.unit is not ParameterUnit.EURO or not isinstance(version.value, Decimal):
            raise UnknownParameterError(
                _("Parameter '{id}' is geen bedrag maar {unit}.").format(id=parameter_id, unit=version.unit)
            )
        return version.value

    def _whole(self, parameter_id: str, on: date, unit: ParameterUnit) -> int:
        version = self.get(parameter_id, on)
        if version.unit is not unit or not isinstance(version.value, int):
            raise UnknownParameterError(
                _("Parameter '{id}' is in {actual}, niet in {wanted}.").format(
                    id=parameter_id, actual=version.unit, wanted=unit
                )
            )
        return version.value


def load_parameters(path: Path | None = None) -> Parameters:
    """Load and check the parameter file; without `path`, the packaged one (read once, cached)."""
    if path is None:
        return _default()
    return _load(Path(path))


@functools.cache
def _default() -> Parameters:
    return _load(DEFAULT_PATH)


# --- reading ----------------------------------------------------------------------------------------------


class _StrictLoader(yaml.SafeLoader):
    """A SafeLoader that refuses duplicate keys, which plain YAML would silently overwrite."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        seen: set[Hashable] = set()
        for key_node, _value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, Hashable) and key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, _("dubbele sleutel '{key}'").format(key=key), key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _read(path: Path) -> Any:
    shown = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ParameterError(
            [_("{file}: kan het bestand niet lezen ({error})").format(file=shown, error=exc)]
        ) from exc
    try:
        return yaml.load(text, Loader=_StrictLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = " ".join(part for part in (exc.context, exc.problem) if part)
        where = (
            shown if mark is None else _("{file}, regelnummer {line}").format(file=shown, line=mark.line + 1)
        )
        raise ParameterError(
            [_("{where}: YAML-fout: {problem}").format(where=where, problem=problem)]
        ) from exc
    except yaml.YAMLError as exc:
        raise ParameterError([_("{file}: YAML-fout: {problem}").format(file=shown, problem=exc)]) from exc


def _load(path: Path) -> Parameters:
    shown = path.name
    data = _read(path)
    problems: list[str] = []
    if not isinstance(data, dict) or not isinstance(data.get("parameters"), list):
        raise ParameterError([say(shown, _("het bestand moet een mapping zijn met een lijst 'parameters'"))])
    for key in data:
        if key != "parameters" and not (isinstance(key, str) and key.startswith("_")):
            problems.append(say(locate(shown, None, str(key)), _("onbekend veld; toegestaan is: parameters")))
    versions: dict[str, list[LegalParameter]] = {}
    for number, raw in enumerate(data["parameters"], start=1):
        parameter = _parse_entry(raw, number, shown, problems)
        if parameter is not None:
            versions.setdefault(parameter.id, []).append(parameter)
    _check_versions(versions, shown, problems)
    if problems:
        raise ParameterError(problems)
    return Parameters(versions)


def _parse_entry(raw: Any, number: int, file: str, problems: list[str]) -> LegalParameter | None:
    unnamed = _("parameter nr. {number}").format(number=number)
    if not isinstance(raw, dict):
        problems.append(
            say(locate(file, unnamed), _("een parameter moet een mapping zijn (sleutel: waarde)"))
        )
        return None
    raw_id = raw.get("id")
    label = _("parameter '{id}'").format(id=raw_id) if isinstance(raw_id, str) and raw_id else unnamed
    f = Fields(raw, lambda field: locate(file, label, field), problems)
    f.keys(ENTRY_KEYS + OPTIONAL_ENTRY_KEYS, ENTRY_KEYS)

    parameter_id = f.text("id")
    if parameter_id is not None and not PARAMETER_ID.match(parameter_id):
        f.problem(
            "id",
            _("ongeldige id '{id}': gebruik kleine letters, punten en streepjes").format(id=parameter_id),
        )
    title = f.text("title")
    to_verify = f.text("to_verify", nullable=True)
    valid_from = f.day("valid_from")
    valid_to = f.day("valid_to", nullable=True)
    if valid_from is not None and valid_to is not None and valid_to < valid_from:
        f.problem(
            "valid_to",
            _("einddatum {end} ligt vóór begindatum {start}").format(
                end=valid_to.isoformat(), start=valid_from.isoformat()
            ),
        )

    unit: ParameterUnit | None = None
    if "unit" in raw:
        try:
            unit = ParameterUnit(raw["unit"])
        except ValueError:
            f.problem(
                "unit",
                _("onbekende eenheid '{value}'; kies uit {known}").format(
                    value=raw["unit"], known=", ".join(u.value for u in ParameterUnit)
                ),
            )
    value = _parse_value(raw.get("value"), unit, f) if "value" in raw and unit is not None else None

    sources: list[Source] = []
    if "sources" in raw:
        raw_sources = raw["sources"]
        if not isinstance(raw_sources, list) or not raw_sources:
            f.problem("sources", _("moet een lijst zijn met minstens één bron"))
        else:
            for index, raw_source in enumerate(raw_sources, start=1):

                def where(field: str, index: int = index) -> str:
                    return locate(file, label, f"sources[{index}]" + (f".{field}" if field else ""))

                source = parse_source(raw_source, where, problems, require_article=True)
                if source is None:
                    f.ok = False
                else:
                    sources.append(source)

    if (
        not f.ok
        or parameter_id is None
        or title is None
        or valid_from is None
        or unit is None
        or value is None
        or not sources
    ):
        return None
    return LegalParameter(
        id=parameter_id,
        title=title,
        value=value,
        unit=unit,
        valid_from=valid_from,
        valid_to=valid_to,
        sources=tuple(sources),
        to_verify=to_verify,
    )


def _parse_value(raw: Any, unit: ParameterUnit, f: Fields) -> int | Decimal | None:
    if unit is ParameterUnit.EURO:
        text = str(raw) if isinstance(raw, int | str) and not isinstance(raw, bool) else None
        if text is None or not EURO.match(text.strip()):
            f.problem(
                "value",
                _('een bedrag moet een getal zijn zoals "23" of "1900.50", niet \'{value}\'').format(
                    value=raw
                ),
            )
            return None
        try:
            return Decimal(text.strip())
        except InvalidOperation:  # pragma: no cover - the regex already rules this out
            f.problem("value", _("ongeldig bedrag '{value}'").format(value=raw))
            return None
    if isinstance(raw, bool) or not isinstance(raw, int) or raw < 1:
        f.problem("value", _("moet een heel getal van minstens 1 zijn, niet '{value}'").format(value=raw))
        return None
    return raw


def _check_versions(versions: dict[str, list[LegalParameter]], file: str, problems: list[str]) -> None:
    """Versions of one id: one unit, and together one unbroken period without overlaps."""
    for parameter_id, items in versions.items():
        items.sort(key=lambda p: p.valid_from)
        label = _("parameter '{id}'").format(id=parameter_id)
        for earlier, later in itertools.pairwise(items):
            if later.unit is not earlier.unit:
                problems.append(
                    say(
                        locate(file, label, "unit"),
                        _("eenheid '{unit}' verschilt van '{other}' in een eerdere versie").format(
                            unit=later.unit, other=earlier.unit
                        ),
                    )
                )
            where = locate(file, label, "valid_from")
            if earlier.valid_to is None or earlier.valid_to >= later.valid_from:
                problems.append(
                    say(
                        where,
                        _("de versie vanaf {start} overlapt met de versie vanaf {other}").format(
                            start=later.valid_from.isoformat(), other=earlier.valid_from.isoformat()
                        ),
                    )
                )
            elif earlier.valid_to + timedelta(days=1) < later.valid_from:
                problems.append(
                    say(
                        where,
                        _("gat tussen versies: van {start} tot en met {end} geldt geen versie").format(
                            start=(earlier.valid_to + timedelta(days=1)).isoformat(),
                            end=(later.valid_from - timedelta(days=1)).isoformat(),
                        ),
                    )
                )


def to_verify(parameters: Parameters, ids: Iterable[str] | None = None) -> tuple[LegalParameter, ...]:
    """Every version still marked `to_verify`, for a back-office list of open legal checks."""
    chosen = parameters.ids if ids is None else tuple(ids)
    return tuple(v for pid in chosen for v in parameters.versions(pid) if v.to_verify)
