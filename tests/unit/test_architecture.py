"""The house rules of docs/architecture.md that a test can hold.

No import cycle (imports inside functions and under TYPE_CHECKING count too), no module
over 500 lines (migrations and demo data excepted), no private name imported from
another module, and no commit below the callers: services, domain and store modules
never commit a unit of work (the store's own primitives excepted).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import bibliomobile

PACKAGE = Path(bibliomobile.__file__).parent
MAX_LINES = 500
#: Data, not code: generated migrations and the demo's name and title lists.
SIZE_EXEMPT = ("store/migrations/", "server/migrations/", "services/demo/works.py")
#: The places that may commit: the callers (ui, the CLI commands, the server's
#: endpoints and jobs) and the unit of work itself.
MAY_COMMIT = ("ui/", "commands/", "cli.py", "server/", "store/uow.py", "store/writer.py")
#: A transaction opened (and so committed) with ``engine.begin()``/``conn.begin()``: only
#: by the callers and the store, and by the demo loader, which fills an empty database in
#: one transaction on a raw connection whose pragmas must be set before it begins.
MAY_BEGIN = ("ui/", "commands/", "cli.py", "server/", "store/", "services/demo/create.py")


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if "migrations" not in parts:
            found[".".join(parts)] = path
    return found


def _imports(name: str, path: Path, modules: dict[str, Path]) -> Iterator[tuple[str, str]]:
    """(imported module, imported name) for every import of the file, at any depth."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, ""
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package[: len(package) - node.level + 1]
                base = ".".join(anchor + ([node.module] if node.module else []))
            for alias in node.names:
                full = f"{base}.{alias.name}"
                yield (full, "") if full in modules else (base, alias.name)


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {
        name: {target for target, _ in _imports(name, path, modules) if target in modules} - {name}
        for name, path in modules.items()
    }


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycle() -> None:
    assert _cycles(_graph()) == []


def test_the_cycle_check_finds_a_cycle_hidden_in_a_function() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]


def test_no_module_over_500_lines() -> None:
    too_long = {
        str(path.relative_to(PACKAGE)): n
        for path in _modules().values()
        if not str(path.relative_to(PACKAGE)).startswith(SIZE_EXEMPT)
        and (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert too_long == {}


def test_no_private_name_is_imported_from_another_module() -> None:
    modules = _modules()
    private = [
        f"{name} imports {target}.{imported}"
        for name, path in modules.items()
        for target, imported in _imports(name, path, modules)
        if target.startswith("bibliomobile")
        and imported.startswith("_")
        and not imported.startswith("__")
    ]
    assert private == []


def test_nothing_below_the_callers_commits() -> None:
    commits = []
    for path in _modules().values():
        rel = str(path.relative_to(PACKAGE))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr == "commit" and not rel.startswith(MAY_COMMIT):
                commits.append(f"{rel}:{node.lineno} commit()")
            if node.func.attr == "begin" and not rel.startswith(MAY_BEGIN):
                commits.append(f"{rel}:{node.lineno} begin()")
    assert commits == []


#: The projection's model may be named only by the store and by the circulation reads that
#: go through ``log.reader`` (which brings it up to date first); every other reader takes it
#: from ``store.projections.current_loans(session)``.
MAY_NAME_LOAN_STATE = (
    "store/",
    "services/circulation/open_loans.py",
    "services/circulation/lookup.py",
)


def test_the_loan_index_is_read_only_through_the_function_that_keeps_it_current() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith(MAY_NAME_LOAN_STATE):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and any(a.name == "LoanState" for a in node.names):
                offenders.append(rel)
    assert offenders == [], f"read the loan index through current_loans(): {offenders}"
