from django.urls import path

from toegang.web.raad import published, views

app_name = "raad"
urlpatterns = [
    path("", views.index, name="index"),
    path("openbaar/<slug:slug>/", published.public_council, name="public"),
    path("openbaar/<slug:slug>/verslag/<int:pk>/", published.public_minutes, name="public_minutes"),
    path("openbaar/<slug:slug>/cijfers/", published.public_figures, name="public_figures"),
    path("openbaar/<slug:slug>/cijfers.<str:kind>", published.public_export, name="public_export"),
    path("<slug:slug>/", views.overview, name="overview"),
    path("<slug:slug>/signalen/", views.signal_list, name="signals"),
    path("<slug:slug>/signalen/nieuw/", views.signal_new, name="signal_new"),
    path("<slug:slug>/signalen/<int:pk>/", views.signal_detail, name="signal"),
    path("<slug:slug>/adviezen/", views.advice_list, name="advice_list"),
    path("<slug:slug>/adviezen/nieuw/", views.advice_new, name="advice_new"),
    path("<slug:slug>/adviezen/<int:pk>/", views.advice_detail, name="advice"),
    path("<slug:slug>/toezeggingen/", views.promise_list, name="promises"),
    path("<slug:slug>/toezeggingen/nieuw/", views.promise_new, name="promise_new"),
    path("<slug:slug>/toezeggingen/<int:pk>/", views.promise_detail, name="promise"),
    path("<slug:slug>/vergaderingen/", views.meeting_list, name="meetings"),
    path("<slug:slug>/vergaderingen/<int:pk>/", views.meeting_detail, name="meeting"),
    path("<slug:slug>/vergaderingen/<int:pk>/agenda/", views.meeting_agenda, name="meeting_agenda"),
    path("<slug:slug>/cijfers/", published.figures, name="figures"),
    path("<slug:slug>/cijfers/openbaar/", published.figures_publish, name="figures_publish"),
    path("<slug:slug>/cijfers.<str:kind>", published.figures_export, name="figures_export"),
]
