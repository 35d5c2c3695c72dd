from django.apps import AppConfig


class MonitorConfig(AppConfig):
    name = "toegang.web.monitor"
    label = "monitor"
    verbose_name = "Monitor"
