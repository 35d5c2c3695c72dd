from django.urls import path

from toegang.web.monitor import views

app_name = "monitor"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("zoeken/", views.search, name="search"),
    path("gemeente/<str:code>/", views.gemeente, name="gemeente"),
    path("regel/<str:rule_id>/", views.regel, name="regel"),
]
