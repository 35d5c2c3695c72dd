"""Login, logout and the profile page (which roles do I have)."""

from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from toegang.web.accounts.forms import LoginForm
from toegang.web.accounts.roles import ROLES, user_roles


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    """POST only (Django 5): a link or an image cannot log someone out."""


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    roles = [(name, ROLES[name]) for name in user_roles(request.user)]
    saved = request.user.saved_letter_checks.all()[:20]  # type: ignore[union-attr]
    return render(request, "accounts/profile.html", {"roles": roles, "saved": saved})
