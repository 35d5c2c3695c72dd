"""The site's addresses. Public: home, monitor, brieventoets, rechtenwijzer. Back office: /beheer/."""

from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

from toegang.web.core import views

admin.site.site_header = "Toegang — beheer"
admin.site.site_title = "Toegang beheer"
admin.site.index_title = "Beheer"

urlpatterns = [
    path("", views.home, name="home"),
    path("monitor/", include("toegang.web.monitor.urls")),
    path("brieventoets/", include("toegang.web.brieven.urls")),
    path("rechten/", include("toegang.web.rechten.urls")),
    path("account/", include("toegang.web.accounts.urls")),
    path("ondersteuning/", include("toegang.web.ondersteuning.urls")),
    path("raad/", include("toegang.web.raad.urls")),
    path("beheer/", admin.site.urls),
]
