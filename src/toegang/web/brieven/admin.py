from django.contrib import admin

from toegang.web.brieven.models import SavedLetterCheck


@admin.register(SavedLetterCheck)
class SavedLetterCheckAdmin(admin.ModelAdmin):
    list_display = ("title", "owner", "profile", "created")
    list_filter = ("profile",)
    readonly_fields = ("owner", "created", "title", "profile", "law_date", "result")
