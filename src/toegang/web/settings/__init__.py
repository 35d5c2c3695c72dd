"""Settings, split by environment: base (shared), dev, test and production. All secrets come from the
environment."""
