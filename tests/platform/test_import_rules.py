"""The layers of the house and who may import whom (docs/architecture.md).

Every module under ``src/ortakmasa`` is parsed (not imported), and every
``import``/``from … import`` of an ``ortakmasa`` module is checked, including
imports inside functions and under ``TYPE_CHECKING``: a lazy import that runs
up the house is still a dependency.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "ortakmasa"

#: The floor: pure helpers and the text engine; no Django, no app.
LIB = "lib"
#: The kernel: Django machinery every app shares; imports no app.
KERNEL = "kernel"
#: The domain apps.
APP = "app"
#: The roof: composes the apps (home page, demo, root URLs, settings).
SITE = "site"

LAYER_RANK = {LIB: 0, KERNEL: 1, APP: 2, SITE: 3}

#: Top-level package or module of ``ortakmasa`` → layer.  A new package must
#: be placed here, so that nobody adds one without deciding where it sits.
LAYER_OF = {
    "__init__": LIB,  # the version number
    "lib": LIB,
    "textengine": LIB,
    "data": LIB,
    "kernel": KERNEL,
    "celery": KERNEL,
    "accounts": APP,
    "themes": APP,
    "registry": APP,
    "meetings": APP,
    "proposals": APP,
    "plans": APP,
    "monitoring": APP,
    "cooperation": APP,
    "cycle": APP,
    "surveys": APP,
    "portal": APP,
    "site": SITE,
    # The search across every app sits beside the site's home page.
    "search": SITE,
    "settings": SITE,
    "urls": SITE,
    "wsgi": SITE,
    "__main__": SITE,
}

#: Which apps each app may import.  The apps form a chain from the registry
#: up to the public portal; anything not listed runs the wrong way.
APP_MAY_IMPORT: dict[str, frozenset[str]] = {
    # User management chooses a user's institution from the registry.
    "accounts": frozenset({"registry"}),
    "themes": frozenset(),
    "registry": frozenset({"themes"}),
    "meetings": frozenset({"accounts", "themes", "registry"}),
    "proposals": frozenset({"accounts", "themes", "registry", "meetings"}),
    "plans": frozenset({"accounts", "themes", "registry", "meetings", "proposals"}),
    "monitoring": frozenset({"accounts", "themes", "registry", "meetings", "proposals", "plans"}),
    # The digest also tells liaisons of their proposals' decisions.
    "cooperation": frozenset({"accounts", "themes", "registry", "meetings", "proposals"}),
    # The yearly cycle: programmes, activity reports and issued reports of
    # a plan and its monitoring.
    "cycle": frozenset(
        {"accounts", "themes", "registry", "meetings", "proposals", "plans", "monitoring"}
    ),
    # Surveys feed the plan's situation analysis through a hook the plan
    # document looks up by name; citizens' proposals join the proposals.
    "surveys": frozenset(
        {"accounts", "themes", "registry", "meetings", "proposals", "plans", "monitoring"}
    ),
    "portal": frozenset(
        {
            "accounts",
            "themes",
            "registry",
            "meetings",
            "proposals",
            "plans",
            "monitoring",
            "cycle",
            "surveys",
        }
    ),
}

#: Pairs that must never appear, whatever the table above says (it is
#: easier to widen a set by mistake than to delete a line here).
NEVER = {
    ("plans", "monitoring"),
    *((app, "portal") for app in APP_MAY_IMPORT if app != "portal"),
}


@dataclass(frozen=True)
class Import:
    path: Path
    line: int
    source: str  # top-level part of the importing module
    target: str  # top-level part of the imported module


def _top(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "ortakmasa":
        return None
    return parts[1] if len(parts) > 1 else "__init__"


def imports_in(root: Path) -> Iterator[Import]:
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).parts
        if "migrations" in rel:
            # Migrations are history: they name the models of their day.
            continue
        source = rel[0] if len(rel) > 1 else rel[0].removesuffix(".py")
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                if node.module == "ortakmasa":
                    # ``from ortakmasa import lib`` names a package;
                    # ``from ortakmasa import __version__`` the root itself.
                    targets = [
                        f"ortakmasa.{alias.name}"
                        if (root / alias.name).is_dir() or (root / f"{alias.name}.py").exists()
                        else "ortakmasa"
                        for alias in node.names
                    ]
                else:
                    targets = [node.module]
            for module in targets:
                target = _top(module)
                if target is not None and target != source:
                    yield Import(path, node.lineno, source, target)


def violation(imp: Import) -> str | None:
    """Why ``imp`` breaks the rules, or None."""
    src_layer = LAYER_OF.get(imp.source)
    dst_layer = LAYER_OF.get(imp.target)
    if src_layer is None or dst_layer is None:
        unknown = imp.source if src_layer is None else imp.target
        return f"ortakmasa.{unknown} is in no layer (add it to LAYER_OF)"
    if (imp.source, imp.target) in NEVER:
        return f"{imp.source} must never import {imp.target}"
    if LAYER_RANK[dst_layer] > LAYER_RANK[src_layer]:
        return f"{src_layer} ({imp.source}) imports the {dst_layer} above it ({imp.target})"
    if src_layer == APP and dst_layer == APP:
        if imp.target not in APP_MAY_IMPORT[imp.source]:
            return f"app {imp.source} may not import app {imp.target}"
    return None


def violations(root: Path = SRC) -> list[str]:
    found = []
    for imp in imports_in(root):
        why = violation(imp)
        if why:
            found.append(f"{imp.path.relative_to(root)}:{imp.line}: {why}")
    return found


def test_every_package_has_a_layer() -> None:
    tops = {
        p.name.removesuffix(".py")
        for p in SRC.iterdir()
        if (p.is_dir() and (p / "__init__.py").exists()) or p.suffix == ".py"
    }
    assert sorted(tops - set(LAYER_OF)) == []


def test_apps_in_the_table_are_the_apps() -> None:
    assert {name for name, layer in LAYER_OF.items() if layer == APP} == set(APP_MAY_IMPORT)


def test_no_import_runs_up_the_house() -> None:
    assert violations() == []


def test_the_checker_sees_imports_that_run_up(tmp_path: Path) -> None:
    """The rules catch what they are meant to: a kernel importing an app
    (lazily, inside a function), plans importing monitoring, an app
    importing the site, a lib module importing the kernel."""
    for rel, text in {
        "kernel/cache.py": "def f():\n    from ortakmasa.meetings.models import Meeting\n",
        "plans/api.py": "from ortakmasa.monitoring import progress\n",
        "registry/views.py": "import ortakmasa.site.views\n",
        "lib/charts.py": "from ortakmasa import kernel\n",
        "meetings/views.py": "from ortakmasa.kernel.cache import watch\n",
        "cooperation/views.py": "from ortakmasa.plans.models import Plan\n",
    }.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    found = violations(tmp_path)
    assert found == [
        "cooperation/views.py:1: app cooperation may not import app plans",
        "kernel/cache.py:2: kernel (kernel) imports the app above it (meetings)",
        "lib/charts.py:1: lib (lib) imports the kernel above it (kernel)",
        "plans/api.py:1: plans must never import monitoring",
        "registry/views.py:1: app (registry) imports the site above it (site)",
    ]


def test_lib_and_text_engine_import_no_django() -> None:
    offenders = []
    for part in ("lib", "textengine", "data"):
        for path in sorted((SRC / part).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                offenders += [
                    f"{path.relative_to(SRC)}:{node.lineno}"
                    for n in names
                    if n.split(".")[0] in {"django", "rest_framework", "celery"}
                ]
    assert offenders == []


def test_the_api_does_not_import_page_views() -> None:
    """Filters and rules shared by a page and its API endpoint live in the
    app's ``queries.py`` or ``permissions.py``, not in the page views."""
    offenders = []
    for path in sorted(SRC.glob("*/api.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            module = node.module or "" if isinstance(node, ast.ImportFrom) else ""
            if module.startswith("ortakmasa.") and module.endswith(".views"):
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert offenders == []
