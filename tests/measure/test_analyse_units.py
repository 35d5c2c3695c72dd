"""Parts of the analysis that the end-to-end run does not reach: a dead worker, content types, no link graph."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

from toegang.measure.links import link_targets

analyse_module = importlib.import_module("toegang.measure.analyse")


class _DyingPool:
    """A process pool whose workers die after the first result, as when the kernel kills one."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        pass

    def __enter__(self) -> _DyingPool:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def map(self, fn: Callable[[Any], Any], tasks: Sequence[Any], chunksize: int = 1) -> Iterator[Any]:
        yield fn(tasks[0])
        raise BrokenProcessPool("een proces is gestopt")


def test_a_dead_worker_does_not_lose_the_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analyse_module, "ProcessPoolExecutor", _DyingPool)
    monkeypatch.setattr(analyse_module, "audit_task", lambda task: (task[0], {"key": task[0]}, ""))
    tasks = [(f"k{i}", "", 0, "", "", "2026-01-01", "bijstand-aanvraag", "html") for i in range(5)]
    seen: list[tuple[int, int]] = []
    outcomes = list(
        analyse_module._run_tasks(tasks, 2, lambda p: seen.append((p.done, p.total)))  # type: ignore[arg-type]
    )
    assert [key for key, _data, _error in outcomes] == ["k0", "k1", "k2", "k3", "k4"]
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)


def test_unreadable_record_is_an_error_not_a_crash(tmp_path: Path) -> None:
    broken = tmp_path / "kapot.warc.gz"
    broken.write_bytes(b"dit is geen warc")
    key, data, error = analyse_module.audit_task(
        ("k", str(broken), 0, "https://x.example/", "X", "2026-01-01", "bijstand-aanvraag", "html")
    )
    assert key == "k" and data is None
    assert "https://x.example/" in error and "kon niet worden gelezen" in error


@pytest.mark.parametrize(
    ("content_type", "kind"),
    [
        ("text/html; charset=utf-8", "html"),
        ("application/xhtml+xml", "html"),
        ("text/plain", "text"),
        ("application/pdf", None),
        (None, None),
    ],
)
def test_only_html_and_plain_text_are_audited(content_type: str | None, kind: str | None) -> None:
    assert analyse_module._auditable(content_type) == kind


def test_without_a_link_graph_no_page_links_anywhere(tmp_path: Path) -> None:
    pages = [("a", "GM0001", "https://a.example/1"), ("b", "GM0001", "https://a.example/2")]
    assert link_targets(tmp_path / "state.sqlite", pages) == {"a": (), "b": ()}


def test_analyse_needs_a_manifest(tmp_path: Path) -> None:
    from toegang.measure import MeasurementError, analyse

    with pytest.raises(MeasurementError, match=r"manifest\.json ontbreekt"):
        analyse(tmp_path)
