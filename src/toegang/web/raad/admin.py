# ruff: noqa: RUF012  (Django's Meta, Migration and form class attributes are mutable by convention)
"""Admin for the beheerder: councils and their members. History rows are read-only (append-only)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from toegang.web.raad import models as m


class MembershipInline(admin.TabularInline):  # type: ignore[type-arg]
    model = m.Membership
    extra = 1
    raw_id_fields = ("user",)


@admin.register(m.Council)
class CouncilAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("name", "gemeente", "organisation", "reaction_weeks", "figures_published")
    search_fields = ("name", "organisation")
    prepopulated_fields = {"slug": ("name",)}
    inlines = (MembershipInline,)


@admin.register(m.Signal)
class SignalAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("council", "theme", "received_on", "people", "handled")
    list_filter = ("council", "theme", "handled")
    date_hierarchy = "received_on"


@admin.register(m.Advice)
class AdviceAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("subject", "council", "kind", "sent_on", "reaction_on")
    list_filter = ("council", "kind")
    filter_horizontal = ("signals",)


class PromiseEventInline(admin.TabularInline):  # type: ignore[type-arg]
    model = m.PromiseEvent
    extra = 0
    can_delete = False
    readonly_fields = ("status", "on", "at", "note", "by")

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(m.Promise)
class PromiseAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("__str__", "council", "due_on", "status")
    list_filter = ("council", "status")
    readonly_fields = ("status", "closed_on")
    inlines = (PromiseEventInline,)


class AgendaInline(admin.TabularInline):  # type: ignore[type-arg]
    model = m.AgendaItem
    extra = 0
    raw_id_fields = ("signal", "advice", "promise")


@admin.register(m.Meeting)
class MeetingAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("__str__", "council", "held_on", "published")
    list_filter = ("council", "published")
    inlines = (AgendaInline,)
