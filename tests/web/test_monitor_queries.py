"""The monitor pages stay cheap: a fixed number of queries per page whatever the number of gemeenten or rules,
no page texts read per request, and what the importer derives once (map, quotes in context) is stored."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from django.apps import apps
from django.db import connection
from django.template.defaultfilters import floatformat
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.formats import get_format
from hypothesis import given, settings
from hypothesis import strategies as st

from toegang.web.monitor import models as m
from toegang.web.monitor.importer import import_measurement
from toegang.web.monitor.maps import draw_map
from toegang.web.monitor.quotes import quotes_in_context
from toegang.web.monitor.views import one_decimal

MaxQueries = Callable[[int], AbstractContextManager[object]]

# The queries of a page for an anonymous visitor whose page is not in the cache: the stamp of the page cache,
# the measurement, and the page's own data (for a gemeente also the providers' directory). None of these may
# depend on the number of gemeenten, rules or measurements.
OVERVIEW_QUERIES = 4
GEMEENTE_QUERIES = 5
RULE_QUERIES = 5


def _wrong_result() -> m.GemeenteResult:
    result = (
        m.GemeenteResult.objects.select_related("gemeente").filter(measured=True, wrong_count__gt=0).first()
    )
    assert result is not None
    return result


def test_overview_queries_are_fixed(
    client: Client,
    db: None,
    sample_folder: Path,
    older_folder: Path,
    django_assert_max_num_queries: MaxQueries,
) -> None:
    import_measurement(older_folder)
    import_measurement(sample_folder)
    with django_assert_max_num_queries(OVERVIEW_QUERIES):
        page = client.get("/monitor/").content.decode()
    assert page.count('href="/monitor/gemeente/GM') == 12  # every gemeente in the ranking


def test_gemeente_page_queries_are_fixed(
    client: Client,
    db: None,
    sample_folder: Path,
    older_folder: Path,
    django_assert_max_num_queries: MaxQueries,
) -> None:
    import_measurement(older_folder)
    import_measurement(sample_folder)
    result = _wrong_result()
    with django_assert_max_num_queries(GEMEENTE_QUERIES):
        page = client.get(f"/monitor/gemeente/{result.gemeente.code}/").content.decode()
    assert page.count('<section class="bevinding') == result.rules.count() == 13
    assert "voorbeeld-2025" in page and "voorbeeld-2026" in page  # history of both measurements


def test_rule_page_queries_are_fixed(
    client: Client, imported: object, django_assert_max_num_queries: MaxQueries
) -> None:
    rule = m.GemeenteRuleResult.objects.select_related("result").filter(status="wrong").first()
    assert rule is not None
    with django_assert_max_num_queries(RULE_QUERIES):
        page = client.get(f"/monitor/regel/{rule.rule}/").content.decode()
    assert rule.result.name in page


def test_pages_do_not_read_page_texts(client: Client, imported: object) -> None:
    """Page texts are large; the quotes in context are cut from them once, at import."""
    result = _wrong_result()
    rule = m.GemeenteRuleResult.objects.select_related("result").filter(status="wrong").first()
    assert rule is not None
    with CaptureQueriesContext(connection) as queries:
        client.get("/monitor/")
        client.get(f"/monitor/gemeente/{result.gemeente.code}/")
        client.get(f"/monitor/regel/{rule.rule}/")
    assert queries.captured_queries
    assert not [q["sql"] for q in queries.captured_queries if '"monitor_page"."text"' in q["sql"]]


def test_import_stores_quotes_in_context_and_the_map(imported: object) -> None:
    rules = list(m.GemeenteRuleResult.objects.select_related("page").exclude(evidence=[]))
    assert rules
    for rule in rules:
        text = rule.page.text if rule.page is not None else ""
        assert rule.quotes == quotes_in_context(rule.evidence, text)
    assert any("<mark>" in quote for rule in rules for quote in rule.quotes)
    measurement = m.Measurement.objects.get()
    scores = {
        code: (score if measured else None)
        for code, score, measured in m.GemeenteResult.objects.values_list(
            "gemeente__code", "score", "measured"
        )
    }
    assert measurement.map_html == draw_map(scores)


def test_migration_fills_in_measurements_imported_before_it(imported: object) -> None:
    before = {r.pk: r.quotes for r in m.GemeenteRuleResult.objects.all()}
    map_html = m.Measurement.objects.get().map_html
    m.GemeenteRuleResult.objects.update(quotes=[])
    m.Measurement.objects.update(map_html="")
    migration = importlib.import_module("toegang.web.monitor.migrations.0002_derived_at_import")
    migration.derive(apps, None)
    assert {r.pk: r.quotes for r in m.GemeenteRuleResult.objects.all()} == before
    assert m.Measurement.objects.get().map_html == map_html


def test_quotes_are_cut_from_the_text_and_escaped() -> None:
    text = "Eerst iets anders. U krijgt binnen vier weken een voorschot <als> u daarom vraagt. Tot slot."
    start = text.index("U krijgt")
    quote = "U krijgt binnen vier weken een voorschot"
    html = quotes_in_context([{"quote": quote, "start": start, "end": start + len(quote)}], text)
    assert len(html) == 1 and "<mark>" in html[0] and "&lt;als&gt;" in html[0]
    assert quotes_in_context([{"quote": "", "start": 0, "end": 0}], text) == []
    many = [{"quote": "Tot slot.", "start": text.index("Tot"), "end": len(text)}] * 5
    assert len(quotes_in_context(many, text)) == 3


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.floats(-1000, 1000), st.sampled_from([0.05, 72.25, 72.35, -0.04, 99.95, 100.0, 1e-9])))
def test_one_decimal_prints_what_floatformat_prints(value: float) -> None:
    with translation.override("nl"):
        separator = str(get_format("DECIMAL_SEPARATOR"))
        assert one_decimal(value, separator) == floatformat(value, 1)
    assert one_decimal(None, ",") == floatformat(None, 1)


def test_ranking_built_in_python_escapes_names(client: Client, imported: object) -> None:
    result = m.GemeenteResult.objects.select_related("gemeente").get(rank=1)
    result.name = '<b>"Dorp" & co</b>'
    result.save()
    page = client.get("/monitor/").content.decode()
    assert "<b>&quot;Dorp" not in page
    assert (
        f'href="/monitor/gemeente/{result.gemeente.code}/">&lt;b&gt;&quot;Dorp&quot; &amp; co&lt;/b&gt;</a>'
        in page
    )
