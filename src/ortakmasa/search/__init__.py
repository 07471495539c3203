"""One search across the platform (``/search/?q=…``)."""
