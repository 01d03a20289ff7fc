"""A module-level name bound twice in one module silently replaces the first: a pattern
another function of the module still reads (two rules each named `_ASIDE` once broke the
first one's terms). Every top-level name of the bot's modules is bound once."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

BOT = Path(__file__).resolve().parents[2] / "bot"


def _bound_twice(path: Path) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
    return sorted(name for name, count in names.items() if count > 1)


def test_every_module_level_name_is_bound_once() -> None:
    twice = {str(p.relative_to(BOT)): _bound_twice(p) for p in sorted(BOT.rglob("*.py"))}
    assert {path: names for path, names in twice.items() if names} == {}


def test_a_name_bound_twice_is_found(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('import re\n_ASIDE = re.compile("a")\n\n\n_ASIDE = re.compile("b")\n')
    assert _bound_twice(module) == ["_ASIDE"]
