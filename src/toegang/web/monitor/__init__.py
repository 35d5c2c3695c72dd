"""The monitor: measurements imported from measurement folders, shown per country, gemeente and rule."""
