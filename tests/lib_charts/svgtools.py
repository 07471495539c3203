"""Helpers shared by the chart tests: parse the SVG and look at it as a tree."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ortakmasa.lib.charts import Chart

NS = "{http://www.w3.org/2000/svg}"


def parse(chart: Chart) -> ET.Element:
    """Parse the chart's SVG and check what every chart must have."""
    root = ET.fromstring(chart.svg)
    assert root.tag == f"{NS}svg"
    assert root.get("role") == "img"
    view_box = [float(part) for part in (root.get("viewBox") or "").split()]
    assert len(view_box) == 4 and view_box[2] > 0 and view_box[3] > 0
    assert "DejaVu Sans" in (root.get("font-family") or "")
    assert "sans-serif" in (root.get("font-family") or "")
    title_id, desc_id = (root.get("aria-labelledby") or "").split()
    title, desc = root[0], root[1]
    assert (title.tag, title.get("id")) == (f"{NS}title", title_id)
    assert (desc.tag, desc.get("id")) == (f"{NS}desc", desc_id)
    assert title.text == chart.title
    assert desc.text and chart.alt in desc.text
    for element in root.iter():
        assert element.tag not in (f"{NS}script", f"{NS}foreignObject", f"{NS}image")
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), name
            assert "href" not in name, name
            # ElementTree consumes xmlns, so any address left is an external resource.
            assert "http" not in value, value
            assert not re.search(r"\b(nan|inf)\b", value, re.IGNORECASE), value
    return root


def by_class(root: ET.Element, cls: str, tag: str = "*") -> list[ET.Element]:
    return [
        e
        for e in root.iter(f"{NS}{tag}" if tag != "*" else tag)
        if cls in (e.get("class") or "").split()
    ]


def texts(root: ET.Element, cls: str) -> list[str]:
    return ["".join(e.itertext()) for e in by_class(root, cls, "text")]


def tooltips(root: ET.Element, cls: str) -> list[str]:
    """The <title> of every group with the given class."""
    found = []
    for group in by_class(root, cls, "g"):
        title = group.find(f"{NS}title")
        assert title is not None
        found.append(title.text or "")
    return found


def all_text(root: ET.Element) -> str:
    return " ".join("".join(e.itertext()) for e in root.iter(f"{NS}text"))


def num(element: ET.Element, name: str) -> float:
    return float(element.get(name) or "nan")
