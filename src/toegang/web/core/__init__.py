"""Site-wide parts: base layout, home page, security headers, CSS."""
