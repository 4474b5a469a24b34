"""Every top-level name in Accord's code is defined once: a second definition of a lexicon set or a helper, added
far down a long module, would silently replace the first and change what every rule that reads it does."""
import ast
from collections import Counter
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "accord"


def _top_level_names(tree: ast.Module) -> Counter:
    names: Counter = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
    return names


def test_no_module_defines_a_top_level_name_twice():
    twice = {}
    for path in sorted(SRC.rglob("*.py")):
        counts = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
        if again := sorted(name for name, k in counts.items() if k > 1):
            twice[str(path.relative_to(SRC))] = again
    assert twice == {}


def test_a_name_defined_twice_is_caught():
    tree = ast.parse("WORDS = {'a'}\n\ndef f():\n    pass\n\nWORDS = {'b'}\n")
    assert _top_level_names(tree)["WORDS"] == 2
