"""The import contract between migmeet's stages, read from the source.

Every module under ``src/migmeet`` is parsed with :mod:`ast`, never
imported, and its imports (nested ones too, and those only for type
checking) resolved to the stage they reach. The stages, in order::

    _errors, _findings,  errors, the finding record and the rule
    _catalogue           catalogue, shared by all
    _style               UN house-style rules on plain values
    _model               the meeting's values
    _dsl                 the report's values, made of the model's
    _tree                docutils trees of the documents
    _reading             a meeting folder read into model and DSL values
    _writing             trees and meetings to bytes, bytes to files
    _checks              findings about a report or a folder
    _publishing          the documents readers get
    migmeet              the public API (``__init__``), a facade
    _cli                 the ``migmeet`` command
    __main__             ``python -m migmeet``

A stage may import only from the stages before it (and from itself; the
two modules of the first stage share it). ``_tree`` comes before
``_reading`` although the reading stage is the earlier step of a build:
the reader builds the ``mention`` node of :mod:`migmeet._tree` into the
paragraphs it reads from reStructuredText, and nothing in ``_tree`` reads
a folder, so the code's own graph puts ``_tree`` first.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SOURCE / "migmeet"

#: The facade, ``migmeet/__init__.py``, as a stage of its own.
ROOT = "migmeet"

#: Each layer may import from itself and the layers before it.
LAYERS: list[tuple[str, ...]] = [
    ("_errors", "_findings", "_catalogue", "_version"),
    ("_style",),
    ("_model",),
    ("_dsl",),
    ("_tree",),
    ("_reading",),
    ("_writing",),
    ("_checks",),
    ("_publishing",),
    (ROOT,),
    ("_cli",),
    ("__main__",),
]
RANK = {stage: rank for rank, layer in enumerate(LAYERS) for stage in layer}

#: The stages that make values; documents are made of them elsewhere.
MODEL = ("_style", "_model")
RENDERERS = ("docutils", "weasyprint")

MAX_LINES = 450


#: "One concept per module": no class is longer than this.
MAX_CLASS_LINES = 160

#: Calls that change the disk: a method of any object by its name, or a
#: function of a module by its module and name.
WRITING_METHODS = {
    "chmod",
    "hardlink_to",
    "mkdir",
    "rename",
    "rmdir",
    "symlink_to",
    "touch",
    "unlink",
    "write_bytes",
    "write_text",
}
WRITING_FUNCTIONS = {
    "os": {
        "chmod",
        "fdopen",
        "makedirs",
        "mkdir",
        "open",
        "remove",
        "removedirs",
        "rename",
        "renames",
        "replace",
        "rmdir",
        "unlink",
    },
    "shutil": {"copy", "copy2", "copyfile", "copytree", "move", "rmtree"},
    "tempfile": {
        "NamedTemporaryFile",
        "TemporaryDirectory",
        "TemporaryFile",
        "mkdtemp",
        "mkstemp",
    },
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SOURCE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}
TREES = {name: ast.parse(path.read_text(), str(path)) for name, path in MODULES.items()}


def _internal(name: str) -> bool:
    return name == ROOT or name.startswith(f"{ROOT}.")


def _stage(module: str) -> str:
    """The stage of ``migmeet.X...``: the top-level module or package ``X``,
    or the facade for a name the facade defines (``migmeet.__version__``)."""
    parts = module.split(".")
    if len(parts) > 1 and f"{ROOT}.{parts[1]}" in MODULES:
        return parts[1]
    return ROOT


def _imports(module: str) -> Iterator[tuple[int, str]]:
    """Every module ``module`` imports, with the line: absolute names.

    ``from . import name`` yields ``package.name`` whether ``name`` is a
    module or a value; either way it belongs to that package's stage.
    """
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(TREES[module]):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                assert node.module is not None
                yield node.lineno, node.module
                if node.module == ROOT:
                    for alias in node.names:
                        yield node.lineno, f"{ROOT}.{alias.name}"
                continue
            base = package.split(".")
            base = base[: len(base) - (node.level - 1)]
            if node.module:
                yield node.lineno, ".".join([*base, node.module])
            else:
                for alias in node.names:
                    yield node.lineno, ".".join([*base, alias.name])


def _internal_imports(module: str) -> set[str]:
    """The modules of migmeet that ``module`` imports (those that exist)."""
    found = set()
    for _, name in _imports(module):
        while name and name not in MODULES:
            name = name.rpartition(".")[0]
        if _internal(name) and name != module:
            found.add(name)
    return found


def _in(module: str, stages: tuple[str, ...]) -> bool:
    return _stage(module) in stages


def test_every_stage_is_placed_in_the_order() -> None:
    assert {"migmeet", "migmeet._cli", "migmeet._model", "migmeet._dsl"} <= set(MODULES)
    stages = {_stage(module) for module in MODULES}
    assert stages - set(RANK) == set(), "place the new stage in LAYERS"
    assert set(RANK) - stages == set(), "take the stage that is gone off LAYERS"


def test_the_model_imports_neither_docutils_nor_weasyprint() -> None:
    model = {module for module in MODULES if _in(module, MODEL)}
    reached, todo = set(model), list(model)
    while todo:
        for imported in _internal_imports(todo.pop()) - reached:
            reached.add(imported)
            todo.append(imported)
    found = [
        f"{module}:{line} imports {name}"
        for module in sorted(reached)
        for line, name in _imports(module)
        if name.split(".")[0] in RENDERERS
    ]
    assert found == [], "the model (and all it imports) must not render"


def test_only_main_imports_the_command_line() -> None:
    found = [
        f"{module}:{line}"
        for module in MODULES
        for line, name in _imports(module)
        if (name == "migmeet._cli" or name.startswith("migmeet._cli."))
        and module != "migmeet.__main__"
        and not (module == "migmeet._cli" or module.startswith("migmeet._cli."))
    ]
    assert found == []


def test_each_stage_imports_only_earlier_stages() -> None:
    found = []
    for module in MODULES:
        stage = _stage(module)
        for line, name in _imports(module):
            if not _internal(name):
                continue
            target = _stage(name)
            if RANK[target] > RANK[stage]:
                found.append(f"{module}:{line} ({stage}) imports {name} ({target})")
    assert found == [], "a stage may import only from the stages before it"


def _from_imports(tree: ast.Module) -> dict[str, tuple[str, str]]:
    """Names bound by ``from os import replace`` and the like."""
    bound = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in WRITING_FUNCTIONS:
            for alias in node.names:
                bound[alias.asname or alias.name] = (node.module, alias.name)
    return bound


def _opens_read_only(call: ast.Call) -> bool:
    """Whether ``os.open(path, flags)`` opens for reading only: its flags
    name ``O_RDONLY`` and nothing that writes or creates."""
    flags = ast.unparse(call.args[1]) if len(call.args) > 1 else ""
    writing = ("O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_APPEND")
    return "O_RDONLY" in flags and not any(flag in flags for flag in writing)


def _writes_mode(call: ast.Call) -> bool:
    """Whether ``open(...)`` is for writing: a mode that writes, or one not
    given as plain text (so that it cannot be told)."""
    mode: ast.expr | None = call.args[1] if len(call.args) > 1 else None
    for keyword in call.keywords:
        if keyword.arg == "mode":
            mode = keyword.value
    if mode is None:
        return False
    if isinstance(mode, ast.Constant) and isinstance(mode.value, str):
        return any(letter in mode.value for letter in "wax+")
    return True


def _disk_writes(module: str) -> list[str]:
    """Where ``module`` calls something that changes the disk."""
    tree = TREES[module]
    bound = _from_imports(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        what = None
        if isinstance(function, ast.Name):
            if function.id == "open" and _writes_mode(node):
                what = "open(..., writing)"
            elif function.id in bound:
                library, name = bound[function.id]
                if name in WRITING_FUNCTIONS[library]:
                    what = f"{library}.{name}"
        elif isinstance(function, ast.Attribute):
            owner = function.value
            if isinstance(owner, ast.Name) and owner.id in WRITING_FUNCTIONS:
                if function.attr in WRITING_FUNCTIONS[owner.id] and not (
                    owner.id == "os"
                    and function.attr == "open"
                    and _opens_read_only(node)
                ):
                    what = f"{owner.id}.{function.attr}"
            elif function.attr in WRITING_METHODS:
                what = f".{function.attr}()"
            elif function.attr == "open" and _writes_mode(node):
                what = ".open(..., writing)"
        if what is not None:
            found.append(f"{module}:{node.lineno} {what}")
    return found


def test_only_the_writing_stage_writes_files() -> None:
    found = [
        where
        for module in MODULES
        if not _in(module, ("_writing",))
        for where in _disk_writes(module)
    ]
    assert found == [], "write files through migmeet._writing"


def test_the_writing_stage_is_found_writing() -> None:
    assert _disk_writes("migmeet._writing.files")


PACKAGES = sorted(name for name, path in MODULES.items() if path.name == "__init__.py")


@pytest.mark.parametrize("module", PACKAGES)
def test_each_package_says_what_it_is(module: str) -> None:
    assert ast.get_docstring(TREES[module]), f"{module} has no docstring"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_each_module_opens_saying_what_it_owns(module: str) -> None:
    # get_docstring reads only a string that is the module's first statement.
    assert ast.get_docstring(TREES[module]), f"{module} does not open with one"


def _lines(module: str) -> int:
    return len(MODULES[module].read_text().splitlines())


def test_no_module_is_too_long() -> None:
    sizes = sorted(((_lines(m), m) for m in MODULES), reverse=True)
    print("the largest modules:")
    for lines, module in sizes[:5]:
        print(f"  {lines:5} {module}")
    long = [f"{module}: {lines} lines" for lines, module in sizes if lines > MAX_LINES]
    assert long == [], f"split modules over {MAX_LINES} lines"


def test_no_class_is_over_the_limit() -> None:
    long = []
    for module in MODULES:
        for node in ast.walk(TREES[module]):
            if isinstance(node, ast.ClassDef) and node.end_lineno is not None:
                size = node.end_lineno - node.lineno + 1
                if size > MAX_CLASS_LINES:
                    long.append(f"{module}.{node.name}: {size} lines")
    assert long == [], f"split classes over {MAX_CLASS_LINES} lines"
