"""The four roles. A role is a Django group of the same name; the admin (beheerder) assigns them."""

from __future__ import annotations

from typing import Any

BEHEERDER = "beheerder"
COORDINATOR = "coördinator"
ONDERSTEUNER = "ondersteuner"
RAADSLID = "raadslid"

# name → what the role is for (Dutch, shown on the profile page)
ROLES: dict[str, str] = {
    BEHEERDER: "Beheert de site, de accounts en de metingen.",
    COORDINATOR: "Coördineert de cliëntondersteuning en verdeelt het werk.",
    ONDERSTEUNER: "Helpt mensen met hun aanvraag en hun brieven.",
    RAADSLID: "Lid van de cliëntenraad: volgt de metingen van de eigen gemeente.",
}


def user_roles(user: Any) -> list[str]:
    """The role names of a user, in the order of ROLES; a superuser is always beheerder."""
    if not getattr(user, "is_authenticated", False):
        return []
    names = set(user.groups.values_list("name", flat=True))
    if user.is_superuser:
        names.add(BEHEERDER)
    return [role for role in ROLES if role in names]


def has_role(user: Any, *roles: str) -> bool:
    return bool(set(user_roles(user)) & set(roles))
