"""Ortak Masa's text engine: Turkish press releases and meeting minutes
read into structured, evidence-linked records.

A plain Python package (no Django): ``extract(text_or_bytes, source=...)``
returns one ``ortakmasa.extract/1`` record.
"""

from __future__ import annotations

from .pipeline import SCHEMA, extract

__all__ = ["SCHEMA", "extract"]
