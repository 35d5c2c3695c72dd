# ruff: noqa: RUF012  (Django's Meta, Migration and form class attributes are mutable by convention)
"""The monitor's tables. A measurement folder is imported once (keyed on its manifest id) and never edited:
pages and findings as audited, gemeente results per rule, and the national summary as the folder gave it."""

from __future__ import annotations

from typing import Any

from django.db import models


class Gemeente(models.Model):
    """A gemeente as it appeared in the latest imported measurement; results keep their own name copy."""

    code = models.CharField(max_length=6, unique=True)
    name = models.CharField(max_length=120)
    search_name = models.CharField(max_length=120, db_index=True, editable=False)
    province = models.CharField(max_length=60, blank=True)
    executing_org = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ("name",)
        verbose_name_plural = "gemeenten"

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"

    def save(self, *args: Any, **kwargs: Any) -> None:
        from toegang.web.monitor.search import normalise

        self.search_name = normalise(self.name)
        super().save(*args, **kwargs)


class Place(models.Model):
    """A woonplaats (town or village) and the gemeente it belongs to, for search by place name."""

    name = models.CharField(max_length=120)
    search_name = models.CharField(max_length=120, db_index=True, editable=False)
    gemeente = models.ForeignKey(Gemeente, on_delete=models.CASCADE, related_name="places")

    class Meta:
        ordering = ("name",)
        constraints = [models.UniqueConstraint(fields=["name", "gemeente"], name="unique_place")]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        from toegang.web.monitor.search import normalise

        self.search_name = normalise(self.name)
        super().save(*args, **kwargs)


class Measurement(models.Model):
    """One imported measurement folder. `ident` is the manifest id: importing the same id again is a no-op."""

    ident = models.CharField(max_length=120, unique=True)
    title = models.CharField(max_length=200, blank=True)
    measured_on = models.DateField()
    law_date = models.DateField()
    profile = models.CharField(max_length=60, default="bijstand-aanvraag")
    imported_at = models.DateTimeField(auto_now_add=True)
    content_hash = models.CharField(max_length=64)
    manifest = models.JSONField(default=dict)
    summary = models.JSONField(default=dict)
    gemeenten_count = models.PositiveIntegerField(default=0)
    measured_count = models.PositiveIntegerField(default=0)
    mean_score = models.FloatField(null=True)
    # Drawn at import (monitor.maps.draw_map), so the overview does not redraw 342 boundaries per visitor.
    map_html = models.TextField(blank=True, default="", editable=False)

    class Meta:
        ordering = (
            "-measured_on",
            "-id",
        )
        get_latest_by = (
            "measured_on",
            "id",
        )

    def __str__(self) -> str:
        return self.title or self.ident


class Page(models.Model):
    """One audited page of a measurement (a line of findings.jsonl); `text` only when the folder has it."""

    measurement = models.ForeignKey(Measurement, on_delete=models.CASCADE, related_name="pages")
    page_id = models.CharField(max_length=200)
    url = models.URLField(max_length=2000)
    title = models.CharField(max_length=500, blank=True)
    site = models.CharField(max_length=200, blank=True)
    site_kind = models.CharField(max_length=40, blank=True)
    score = models.FloatField(default=0.0)
    verdict = models.CharField(max_length=40, blank=True)
    text = models.TextField(blank=True)
    gemeenten = models.ManyToManyField(Gemeente, related_name="pages", blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["measurement", "page_id"], name="unique_page")]

    def __str__(self) -> str:
        return self.url


class Finding(models.Model):
    """A page's finding on one rule, with its quotes (list of {quote, start, end})."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="findings")
    rule = models.CharField(max_length=80, db_index=True)
    status = models.CharField(max_length=20)
    impact = models.CharField(max_length=20)
    evidence = models.JSONField(default=list)
    message = models.TextField(blank=True)

    def __str__(self) -> str:
        return f"{self.rule}: {self.status}"


class GemeenteResult(models.Model):
    """A gemeente's result in one measurement. Unmeasured gemeenten have no score and no rank."""

    measurement = models.ForeignKey(Measurement, on_delete=models.CASCADE, related_name="results")
    gemeente = models.ForeignKey(Gemeente, on_delete=models.CASCADE, related_name="results")
    name = models.CharField(max_length=120)
    measured = models.BooleanField(default=True)
    reason = models.CharField(max_length=60, blank=True)
    score = models.FloatField(null=True)
    rank = models.PositiveIntegerField(null=True)
    verdict = models.CharField(max_length=40, blank=True)
    placement = models.CharField(max_length=20, default="unknown")
    wrong_count = models.PositiveSmallIntegerField(default=0)
    absent_count = models.PositiveSmallIntegerField(default=0)
    present_count = models.PositiveSmallIntegerField(default=0)
    main_page_url = models.URLField(max_length=2000, blank=True)
    shared_with = models.JSONField(default=list)

    class Meta:
        ordering = (
            "rank",
            "name",
        )
        constraints = [
            models.UniqueConstraint(fields=["measurement", "gemeente"], name="unique_gemeente_result")
        ]
        indexes = [models.Index(fields=["measurement", "rank"])]

    def __str__(self) -> str:
        return f"{self.name} in {self.measurement_id}"


class GemeenteRuleResult(models.Model):
    """A gemeente's status on one rule in one measurement, with the page and quotes it rests on."""

    result = models.ForeignKey(GemeenteResult, on_delete=models.CASCADE, related_name="rules")
    rule = models.CharField(max_length=80)
    position = models.PositiveSmallIntegerField(default=0)
    impact = models.CharField(max_length=20)
    status = models.CharField(max_length=20)
    page = models.ForeignKey(Page, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    url = models.URLField(max_length=2000, blank=True)
    evidence = models.JSONField(default=list)
    message = models.TextField(blank=True)
    fix = models.TextField(blank=True)
    elsewhere_url = models.URLField(max_length=2000, blank=True)
    # HTML of the quotes in their page context (monitor.quotes), derived at import: the pages need neither
    # the page text nor the search for the quote in it.
    quotes = models.JSONField(default=list, editable=False)

    class Meta:
        ordering = ("position",)
        constraints = [models.UniqueConstraint(fields=["result", "rule"], name="unique_rule_result")]
        indexes = [models.Index(fields=["rule", "status"])]

    def __str__(self) -> str:
        return f"{self.rule}: {self.status}"
