"""Read the rule catalogue from YAML and check it, so that a bad file fails at once with a Dutch message.

Every `*.yaml` under the catalogue folder (recursively) is read, in path order. A file holds `profile:` and
`rules:` (a list of rule versions), and may hold `order:` (the report order of that profile's rule ids) and
`title:` (a Dutch name for the profile). Top-level keys starting with `_` are free, e.g. to hold YAML anchors.
Without an `order:`, a profile's rules are reported in the order they are first read.

Each problem names the file, the rule and the field, e.g.
"catalogue/bijstand-aanvraag/voorschot.yaml, regel 'voorschot.termijn', veld 'sources': ontbreekt".
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Hashable, Iterable
from datetime import timedelta
from pathlib import Path
from typing import Any

import yaml

from toegang.i18n import _
from toegang.rules.catalogue import Catalogue
from toegang.rules.errors import CatalogueError
from toegang.rules.model import Rule
from toegang.rules.schema import PROFILE_ID, Fields, locate, parse_rule, say

__all__ = ["DEFAULT_ROOT", "CatalogueError", "load_catalogue"]

DEFAULT_ROOT = Path(__file__).resolve().parent.parent / "catalogue"
FILE_KEYS = ("profile", "title", "rules", "order")


def load_catalogue(root: Path | None = None) -> Catalogue:
    """Load and check the catalogue under `root`; without `root`, the packaged one (read once, cached)."""
    if root is None:
        return _default_catalogue()
    return _load(Path(root))


@functools.cache
def _default_catalogue() -> Catalogue:
    return _load(DEFAULT_ROOT)


# --- reading YAML -----------------------------------------------------------------------------------------


class _StrictLoader(yaml.SafeLoader):
    """A SafeLoader that refuses duplicate keys, which plain YAML would silently overwrite."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        seen: set[Hashable] = set()
        for key_node, _value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue  # keys that a merge (<<) brings in may be overridden on purpose
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, Hashable) and key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, _("dubbele sleutel '{key}'").format(key=key), key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _read_yaml(path: Path, shown: str) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(
            [_("{file}: kan het bestand niet lezen ({error})").format(file=shown, error=exc)]
        ) from exc
    try:
        return yaml.load(text, Loader=_StrictLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = " ".join(part for part in (exc.context, exc.problem) if part)
        if mark is None:
            message = _("{file}: YAML-fout: {problem}").format(file=shown, problem=problem)
        else:
            message = _("{file}, regelnummer {line}, kolom {column}: YAML-fout: {problem}").format(
                file=shown, line=mark.line + 1, column=mark.column + 1, problem=problem
            )
        raise CatalogueError([message]) from exc
    except yaml.YAMLError as exc:
        raise CatalogueError([_("{file}: YAML-fout: {problem}").format(file=shown, problem=exc)]) from exc


# --- the whole catalogue ----------------------------------------------------------------------------------


class _Builder:
    """Collects rule versions, profile orders and titles from all files, then checks them together."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.versions: dict[str, list[Rule]] = {}
        self.seen_order: dict[str, list[str]] = {}  # profile -> ids in reading order
        self.orders: dict[str, tuple[str, list[Any]]] = {}  # profile -> (file, order as written)
        self.titles: dict[str, str] = {}

    def add_file(self, data: Any, file: str) -> None:
        if not isinstance(data, dict):
            self.problems.append(say(file, _("het bestand moet een mapping zijn met 'profile' en 'rules'")))
            return
        f = Fields(data, lambda field: locate(file, None, field), self.problems)
        free = tuple(key for key in data if isinstance(key, str) and key.startswith("_"))
        f.keys(FILE_KEYS + free, ("profile",))
        profile = f.text("profile")
        if profile is not None and not PROFILE_ID.match(profile):
            f.problem(
                "profile",
                _("ongeldige naam '{profile}' (verwacht bijvoorbeeld bijstand-aanvraag)").format(
                    profile=profile
                ),
            )
            profile = None
        if "rules" not in data and "order" not in data:
            f.problem("rules", _("ontbreekt"))
        title = f.text("title", nullable=True)
        if profile is None:
            return
        if title is not None:
            if self.titles.get(profile, title) != title:
                f.problem("title", _("profiel '{profile}' heeft al een andere titel").format(profile=profile))
            self.titles[profile] = title
        if "order" in data:
            self._add_order(data["order"], profile, file)
        if "rules" in data:
            self._add_rules(data["rules"], profile, file)

    def _add_order(self, order: Any, profile: str, file: str) -> None:
        where = locate(file, None, "order")
        if not isinstance(order, list) or not all(isinstance(item, str) for item in order):
            self.problems.append(say(where, _("moet een lijst van regel-id's zijn")))
        elif profile in self.orders:
            other = self.orders[profile][0]
            message = _("de volgorde van profiel '{profile}' staat al in {other}")
            self.problems.append(say(where, message.format(profile=profile, other=other)))
        else:
            self.orders[profile] = (file, order)

    def _add_rules(self, rules: Any, profile: str, file: str) -> None:
        if not isinstance(rules, list) or not rules:
            self.problems.append(
                say(locate(file, None, "rules"), _("moet een lijst zijn met minstens één regel"))
            )
            return
        ids = self.seen_order.setdefault(profile, [])
        for number, raw in enumerate(rules, start=1):
            rule = parse_rule(raw, number, file, profile, self.problems)
            # Keep the id of a broken rule too, so the order check does not add a second, confusing message.
            rule_id = rule.id if rule is not None else (raw.get("id") if isinstance(raw, dict) else None)
            if isinstance(rule_id, str) and rule_id not in ids:
                ids.append(rule_id)
            if rule is not None:
                self.versions.setdefault(rule.id, []).append(rule)

    def check_versions(self) -> None:
        """Versions of one id: one profile, and together one unbroken period without overlaps."""
        for rule_id, versions in self.versions.items():
            versions.sort(key=lambda rule: rule.valid_from)
            label = _("regel '{id}'").format(id=rule_id)
            first = versions[0]
            for earlier, later in itertools.pairwise(versions):
                if later.profile != first.profile:
                    message = _("profiel '{profile}' verschilt van '{other}' in {file}")
                    self.problems.append(
                        say(
                            locate(later.file, label, "profile"),
                            message.format(profile=later.profile, other=first.profile, file=first.file),
                        )
                    )
                where = locate(later.file, label, "valid_from")
                if earlier.valid_to is None or earlier.valid_to >= later.valid_from:
                    message = _("deze versie ({period}) overlapt met de versie van {other} in {file}")
                    self.problems.append(
                        say(
                            where,
                            message.format(period=_period(later), other=_period(earlier), file=earlier.file),
                        )
                    )
                elif earlier.valid_to + timedelta(days=1) < later.valid_from:
                    gap_start = earlier.valid_to + timedelta(days=1)
                    gap_end = later.valid_from - timedelta(days=1)
                    message = _("gat tussen versies: van {start} tot en met {end} geldt geen versie")
                    self.problems.append(
                        say(where, message.format(start=gap_start.isoformat(), end=gap_end.isoformat()))
                    )

    def final_order(self) -> dict[str, list[str]]:
        """Each profile's report order: its `order:` list if a file gives one, else reading order."""
        result: dict[str, list[str]] = {}
        profiles = set(self.seen_order) | set(self.orders)
        for profile in sorted(profiles):
            seen = self.seen_order.get(profile, [])
            if profile not in self.orders:
                result[profile] = list(seen)
                continue
            file, order = self.orders[profile]
            where = locate(file, None, "order")
            for rule_id in sorted({item for item in order if order.count(item) > 1}):
                self.problems.append(say(where, _("regel '{id}' staat er dubbel in").format(id=rule_id)))
            for rule_id in order:
                if rule_id not in seen:
                    message = _("regel '{id}' bestaat niet in profiel '{profile}'")
                    self.problems.append(say(where, message.format(id=rule_id, profile=profile)))
            for rule_id in seen:
                if rule_id not in order:
                    message = _("regel '{id}' van profiel '{profile}' ontbreekt")
                    self.problems.append(say(where, message.format(id=rule_id, profile=profile)))
            result[profile] = list(dict.fromkeys(order))
        return result


def _period(rule: Rule) -> str:
    end = rule.valid_to.isoformat() if rule.valid_to else _("open")
    return f"{rule.valid_from.isoformat()} – {end}"


def _yaml_files(root: Path) -> Iterable[Path]:
    return sorted(path for path in root.rglob("*.yaml") if path.is_file())


def _load(root: Path) -> Catalogue:
    if not root.is_dir():
        raise CatalogueError([_("{root}: de map met de regelcatalogus bestaat niet").format(root=root)])
    builder = _Builder()
    files = list(_yaml_files(root))
    if not files:
        raise CatalogueError([_("{root}: geen regelbestanden (*.yaml) gevonden").format(root=root)])
    for path in files:
        shown = f"{root.name}/{path.relative_to(root).as_posix()}"
        try:
            data = _read_yaml(path, shown)
        except CatalogueError as exc:
            builder.problems.extend(exc.problems)
            continue
        builder.add_file(data, shown)
    builder.check_versions()
    order = builder.final_order()
    if builder.problems:
        raise CatalogueError(builder.problems)
    return Catalogue(builder.versions, order, builder.titles, root=root)
