from django.urls import path

from toegang.web.rechten import views

app_name = "rechten"
urlpatterns = [
    path("", views.index, name="index"),
    path("<str:rule_id>/", views.rule, name="rule"),
]
