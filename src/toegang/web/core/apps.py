from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "toegang.web.core"
    label = "core"
    verbose_name = "Toegang"
