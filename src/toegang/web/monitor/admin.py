"""Back office for the monitor: measurements are imported, not edited; places can be added by hand."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from toegang.web.monitor import models as m


@admin.register(m.Measurement)
class MeasurementAdmin(admin.ModelAdmin):
    list_display = (
        "ident",
        "title",
        "measured_on",
        "law_date",
        "gemeenten_count",
        "measured_count",
        "imported_at",
    )
    readonly_fields = tuple(f.name for f in m.Measurement._meta.fields)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(m.Gemeente)
class GemeenteAdmin(admin.ModelAdmin):
    list_display = ("name", "code", "province", "executing_org")
    search_fields = ("name", "code")


@admin.register(m.Place)
class PlaceAdmin(admin.ModelAdmin):
    list_display = ("name", "gemeente")
    search_fields = ("name", "gemeente__name")
    autocomplete_fields = ("gemeente",)
