"""The roof: the home page, health, demo orchestration and the root URLs.

The site may import every app; no app imports the site (see
``docs/architecture.md``).
"""
