"""The collection's modules import one way only, read from their source (module-level and
function-level imports alike): views → builds → tasks → preflight → renderers → assembly →
models. A module may import only from a lower layer, so no import runs against the flow."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Top to bottom. Every module of the app must be in exactly one layer ("" is the package).
LAYERS = [
    ["apps", "wagtail_hooks", "urls", "factories"],
    ["viewsets"],
    ["admin_views", "views", "api", "demo"],
    ["builds"],
    ["tasks"],
    ["preflight"],
    ["renderers"],
    ["renderers.pdf", "renderers.epub"],
    ["renderers.base", "renderers.makeup", "renderers.marks", "renderers.separation"],
    ["assembly"],
    ["services", "selectors", "heartbeat", "prepress", "generated"],
    ["maps", "fonts", "barcode", "templatetags.book_tags"],
    ["russian_names"],
    ["models"],
    ["", "templatetags"],
]


def module_sources(package: str, root: Path = ROOT) -> dict[str, Path]:
    """Dotted module name → source file, for every module of the package but migrations."""
    modules = {}
    for path in (root / package).rglob("*.py"):
        parts = path.relative_to(root).with_suffix("").parts
        if "migrations" in parts:
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    return modules


def imported_modules(module: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules that `module` imports anywhere in its source."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            # `from . import views` imports the module views; `from .x import y`, module x.
            names = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for name in names:
            # The longest known module the name is or lies in.
            while name and name not in known:
                name = name.rpartition(".")[0]
            if name and name != module:
                found.add(name)
    return found


def against_the_flow(package: str, layers: list[list[str]], root: Path = ROOT) -> list[str]:
    sources = module_sources(package, root)
    rank = {
        f"{package}.{name}".rstrip("."): depth
        for depth, names in enumerate(layers)
        for name in names
    }
    assert sorted(sources) == sorted(rank), "every module needs a layer in the test"
    wrong = []
    for module, path in sorted(sources.items()):
        for target in sorted(imported_modules(module, path, set(sources))):
            if rank[target] <= rank[module]:
                wrong.append(f"{module} imports {target}")
    return wrong


def test_collection_modules_import_only_downward():
    assert against_the_flow("collection", LAYERS) == []


def test_programme_open_data_tasks_import_the_publishing_not_the_reverse():
    sources = module_sources("programme")
    known = set(sources)
    tasks = imported_modules("programme.tasks", sources["programme.tasks"], known)
    publishing = "programme.open_data_publishing"
    assert publishing in tasks
    assert "programme.tasks" not in imported_modules(publishing, sources[publishing], known)


def test_an_import_against_the_flow_is_found(tmp_path):
    """The check reads function-level imports too: a model importing a view inside a function
    is reported."""
    package = tmp_path / "app"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "views.py").write_text("from .models import Thing\n")
    (package / "models.py").write_text("def f():\n    from . import views\n")
    found = against_the_flow("app", [["views"], ["models"], [""]], root=tmp_path)
    assert found == ["app.models imports app.views"]
