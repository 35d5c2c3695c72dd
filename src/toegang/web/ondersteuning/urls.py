from django.urls import path

from toegang.web.ondersteuning import views

app_name = "ondersteuning"
urlpatterns = [
    path("", views.index, name="index"),
    path("pool/", views.pool_view, name="pool"),
    path("hulpvragen/", views.requests_view, name="requests"),
    path("hulpvragen/<int:pk>/", views.proposal, name="proposal"),
    path("verdelen/", views.batch, name="batch"),
    path("clienten/", views.clients, name="clients"),
    path("clienten/<int:pk>/", views.client_file, name="client"),
    path("clienten/<int:pk>/traject/", views.new_track, name="new_track"),
    path("clienten/<int:pk>/sluiten/", views.close_file, name="close"),
    path("clienten/<int:pk>/export/", views.export_view, name="export"),
    path("clienten/<int:pk>/wissen/", views.erase_view, name="erase"),
    path("trajecten/<int:pk>/", views.track, name="track"),
    path("trajecten/<int:pk>/herinnering/", views.reminder, name="reminder"),
    path("werklijst/", views.worklist_view, name="worklist"),
    path("aanbieders/", views.providers, name="providers"),
    path("aanbieders/nieuw/", views.provider_edit, name="provider_new"),
    path("aanbieders/<int:pk>/", views.provider_edit, name="provider_edit"),
    path("cijfers/", views.figures, name="figures"),
]
