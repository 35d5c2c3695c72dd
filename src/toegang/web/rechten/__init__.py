"""The rechtenwijzer: one public page per rule, from the catalogue, printable on one A4."""
