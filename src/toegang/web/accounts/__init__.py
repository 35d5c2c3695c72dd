"""Accounts: login with throttling, roles as Django groups (set in the admin), argon2 passwords."""
