"""Ortak Masa: participatory strategic planning for Turkish municipalities."""

__version__ = "0.1.0"
