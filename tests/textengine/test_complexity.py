"""Readable rules (issue 15, Deliver 7): no function of the text engine
above cyclomatic complexity 20.

Counted as McCabe does: 1, plus one for every ``if``, ``for``, ``while``,
``except``, conditional expression, comprehension clause, ``assert`` and
``case``, plus one for each extra operand of ``and``/``or``.  Nested
functions are counted with their parent (a closure is no escape)."""

from __future__ import annotations

import ast
from pathlib import Path

ENGINE = Path(__file__).resolve().parents[2] / "src" / "ortakmasa" / "textengine"
LIMIT = 20
_BRANCHES = (
    ast.If,
    ast.For,
    ast.AsyncFor,
    ast.While,
    ast.ExceptHandler,
    ast.IfExp,
    ast.comprehension,
    ast.Assert,
    ast.match_case,
)


def complexity(fn: ast.AST) -> int:
    n = 1
    for node in ast.walk(fn):
        if isinstance(node, _BRANCHES):
            n += 1
        elif isinstance(node, ast.BoolOp):
            n += len(node.values) - 1
    return n


def test_counter_counts_branches() -> None:
    fn = ast.parse("def f(a, b):\n if a and b:\n  return [x for x in a if x]\n return 0\n")
    assert complexity(fn.body[0]) == 1 + 1 + 1 + 1  # if, and, comprehension


def test_no_engine_function_above_the_limit() -> None:
    over = []
    for path in sorted(ENGINE.glob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                c = complexity(node)
                if c > LIMIT:
                    over.append(f"{path.name}:{node.lineno} {node.name} = {c}")
    assert over == [], over
