"""The product's code imports only what a plain install brings (`pip install -e .`, the README's
demo command), never a package that only the test extra installs: the prepress report once
imported pypdf, a test dependency, and the demo failed on a new machine while every test passed.
"""

import ast
import importlib.metadata as metadata
import re
import sys
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
PRODUCT = ["accounts", "cms", "collection", "core", "programme", "registry", "deploy"]


def _installed_by(distribution: str, extras: frozenset = frozenset()) -> set[str]:
    """The distribution and everything its requirements pull in, recursively (names
    normalised), with the optional extras of the first one only."""
    seen: set[str] = set()
    pending = [(distribution, extras)]
    while pending:
        name, chosen = pending.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        seen.add(key)
        for line in metadata.distribution(name).requires or []:
            requirement = Requirement(line)
            environment = {"extra": next(iter(chosen), "")}
            if requirement.marker and not requirement.marker.evaluate(environment):
                continue
            pending.append((requirement.name, frozenset(requirement.extras)))
    return seen


def _imported_modules() -> set[str]:
    modules = set()
    for package in PRODUCT:
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                if isinstance(node, ast.Import):
                    modules |= {alias.name.split(".")[0] for alias in node.names}
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    modules.add(node.module.split(".")[0])
    return modules


def test_the_product_imports_nothing_that_only_the_test_extra_installs():
    plain = _installed_by("konstruktor")
    providers = metadata.packages_distributions()
    own = set(PRODUCT) | set(sys.stdlib_module_names)
    missing = {
        module: providers[module]
        for module in _imported_modules() - own
        if module in providers
        and not any(re.sub(r"[-_.]+", "-", d).lower() in plain for d in providers[module])
    }

    assert not missing, f"imported, but `pip install -e .` does not install: {missing}"
