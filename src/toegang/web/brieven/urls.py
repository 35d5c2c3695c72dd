from django.urls import path

from toegang.web.brieven import views

app_name = "brieven"
urlpatterns = [
    path("", views.check, name="check"),
    path("bewaard/<int:pk>/", views.saved, name="saved"),
]
