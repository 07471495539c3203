"""Reference data files of Ortak Masa (see SOURCES.md) and their self-check."""
