"""The admin login uses the throttled backend like the site login (see backends.py); nothing else to add:
users and groups (the roles) are managed with Django's own admin pages."""
