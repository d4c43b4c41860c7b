"""Dependencies point one way (docs/architecture.md).

The site-wide package knows no content app; the FAQ and the news stand alone;
only the programmes, which aggregate both, may read them. Every import counts,
including one tucked inside a function to dodge a cycle.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

MAY_NOT_IMPORT = {
    "wyhp_site": {"faq", "blog", "programmes"},
    "faq": {"blog", "programmes"},
    "blog": {"faq", "programmes"},
}


def absolute_imports(source: Path):
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module


def modules_of(package: str):
    return [path for path in (ROOT / package).rglob("*.py") if "migrations" not in path.parts]


@pytest.mark.parametrize("package", sorted(MAY_NOT_IMPORT))
def test_package_imports_only_what_it_may(package):
    modules = modules_of(package)
    assert len(modules) > 5, f"{package} has no modules: is the rule pointing at the right folder?"

    forbidden = MAY_NOT_IMPORT[package]
    wrong = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in modules
        for line, name in absolute_imports(path)
        if name.split(".")[0] in forbidden
    ]

    assert wrong == []


def test_the_check_sees_imports_inside_functions(tmp_path):
    module = tmp_path / "module.py"
    module.write_text("def late():\n    from blog.models import PostPage\n    import faq.queries\n")

    assert [name for _line, name in absolute_imports(module)] == ["blog.models", "faq.queries"]
