"""Admin for the beheerder. Client files are not editable here beyond what the desk itself offers."""

from __future__ import annotations

from django.contrib import admin

from toegang.web.ondersteuning.models import (
    AccessLog,
    AllowancePayment,
    Provider,
    SupporterProfile,
    Training,
)


class TrainingInline(admin.TabularInline):
    model = Training
    extra = 0


class AllowanceInline(admin.TabularInline):
    model = AllowancePayment
    extra = 0


@admin.register(SupporterProfile)
class SupporterProfileAdmin(admin.ModelAdmin):
    list_display = ("name", "user", "volunteer", "capacity", "available")
    list_filter = ("volunteer", "available")
    search_fields = ("name",)
    inlines = (TrainingInline, AllowanceInline)


@admin.register(Provider)
class ProviderAdmin(admin.ModelAdmin):
    list_display = ("name", "gemeente", "kind", "free", "independent")
    list_filter = ("kind", "free", "independent")
    search_fields = ("name", "gemeente__name")
    autocomplete_fields = ()


@admin.register(AccessLog)
class AccessLogAdmin(admin.ModelAdmin):
    """Read-only: the log is evidence, so nobody edits or removes a line here."""

    list_display = ("at", "user", "action", "client_id", "path")
    list_filter = ("action",)

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: object, obj: object = None) -> bool:
        return False
