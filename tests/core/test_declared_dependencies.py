"""Every third-party module the code imports comes from a distribution that pyproject.toml
declares: the product's from the runtime dependencies, the tests' from those or the test
extra. A library that only arrives because another one requires it today could go away with
that library's next release."""

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCT = ["portal", "search", "suppliers", "pilots", "manage.py"]


def _normalised(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared(*extras):
    """The project itself and the distributions it declares (with `extras`)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = [project["name"], *project["dependencies"]]
    for extra in extras:
        requirements += project["optional-dependencies"][extra]
    return {_normalised(re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement).group())
            for requirement in requirements}


def _files(paths):
    for path in paths:
        yield from [ROOT / path] if path.endswith(".py") else (ROOT / path).rglob("*.py")


def _imported(paths):
    """{top-level module: a file importing it} for the absolute imports under `paths`."""
    modules = {}
    for file in _files(paths):
        for node in ast.walk(ast.parse(file.read_bytes(), str(file))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module]
            else:
                continue
            for name in names:
                modules.setdefault(name.split(".")[0], file.relative_to(ROOT))
    return modules


def _undeclared(paths, declared):
    distributions = importlib.metadata.packages_distributions()
    # Modules of the scanned code itself (the benchmarks put their folder on the path).
    local = {part for file in _files(paths)
             for part in file.relative_to(ROOT).with_suffix("").parts}
    missing = []
    for module, file in sorted(_imported(paths).items()):
        if module in sys.stdlib_module_names or module in local:
            continue
        if module not in distributions:
            missing.append(f"{module} (no installed distribution; {file})")
        elif not {_normalised(name) for name in distributions[module]} & declared:
            missing.append(f"{module} from {distributions[module]} ({file})")
    return missing


def test_the_product_imports_only_declared_runtime_dependencies():
    assert _undeclared(PRODUCT, _declared()) == []


def test_the_tests_import_only_declared_dependencies():
    assert _undeclared(["tests"], _declared("test")) == []


@pytest.mark.parametrize("source, expected", [
    ("import requests", ["requests from ['requests'] (planted.py)"]),
    ("from django.db import models\nimport json\nfrom . import local", []),
])
def test_an_undeclared_import_is_found(tmp_path, monkeypatch, source, expected):
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    (tmp_path / "planted.py").write_text(source)
    assert _undeclared(["planted.py"], {"django"}) == expected
