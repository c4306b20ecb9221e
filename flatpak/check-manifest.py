#!/usr/bin/env python3
"""Check the Flatpak manifest: it must parse, keep the sandbox narrow and pin libxlsxwriter.

Usage: check-manifest.py MANIFEST.json
Exits 0 when every check passes; otherwise prints one line per problem and exits 1.
"""

import json
import os
import re
import sys

EXPECTED_FINISH_ARGS = {
    "--share=ipc",
    "--socket=fallback-x11",
    "--socket=wayland",
    "--device=dri",
}
REQUIRED_MODULES = ("libxlsxwriter", "kompetensplan")
PINNED_MODULES = ("libxlsxwriter",)

HEX40 = re.compile(r"^[0-9a-f]{40}$")
HEX64 = re.compile(r"^[0-9a-f]{64}$")


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def walk_modules(modules, base_dir, problems):
    """Yield every module dict, following nested modules and file references."""
    for module in modules:
        if isinstance(module, str):
            # A module may be given as the path of a separate JSON file.
            path = os.path.join(base_dir, module)
            try:
                module = load_json(path)
            except (OSError, ValueError) as e:
                problems.append(f"module file {module!r} cannot be read: {e}")
                continue
        if not isinstance(module, dict):
            problems.append(f"a module is neither an object nor a file name: {module!r}")
            continue
        yield module
        yield from walk_modules(module.get("modules", []), base_dir, problems)


def source_is_pinned(source):
    if not isinstance(source, dict):
        return False
    kind = source.get("type")
    if kind == "git":
        return bool(source.get("tag")) and bool(HEX40.match(str(source.get("commit", ""))))
    if kind in ("archive", "file"):
        return bool(HEX64.match(str(source.get("sha256", ""))))
    return False


def check(manifest, base_dir):
    problems = []

    if not isinstance(manifest, dict):
        return ["the manifest is not a JSON object"]

    app_id = manifest.get("app-id") or manifest.get("id")
    if not app_id:
        problems.append("no app-id")
    for key in ("runtime", "sdk", "command"):
        if not manifest.get(key):
            problems.append(f"no {key}")

    finish_args = manifest.get("finish-args", [])
    if not isinstance(finish_args, list):
        problems.append("finish-args is not a list")
        finish_args = []
    for arg in finish_args:
        if str(arg).startswith("--filesystem"):
            problems.append(f"finish-args must not grant file system access ({arg}); "
                            "files come through the portal")
        elif arg == "--share=network":
            problems.append("finish-args must not grant network access (--share=network)")
    present = set(map(str, finish_args))
    for arg in sorted(EXPECTED_FINISH_ARGS - present):
        problems.append(f"finish-args lacks {arg}")
    for arg in sorted(present - EXPECTED_FINISH_ARGS):
        if not (arg.startswith("--filesystem") or arg == "--share=network"):
            problems.append(f"finish-args has an unexpected permission {arg}")
    if len(finish_args) != len(present):
        problems.append("finish-args lists a permission twice")

    modules = manifest.get("modules")
    if not isinstance(modules, list) or not modules:
        problems.append("no modules")
        modules = []
    by_name = {}
    for module in walk_modules(modules, base_dir, problems):
        name = module.get("name")
        if not name:
            problems.append("a module has no name")
            continue
        by_name.setdefault(name, module)

    for name in REQUIRED_MODULES:
        if name not in by_name:
            problems.append(f"no module named {name}")
    for name in PINNED_MODULES:
        module = by_name.get(name)
        if module is None:
            continue
        sources = module.get("sources", [])
        if not sources:
            problems.append(f"module {name} has no sources")
        for source in sources:
            if not source_is_pinned(source):
                problems.append(f"module {name} has an unpinned source {json.dumps(source)}: "
                                "use git with tag and a 40-digit commit, or an archive "
                                "with a sha256")

    return problems


def main(argv):
    if len(argv) != 2:
        print(f"usage: {argv[0]} MANIFEST.json", file=sys.stderr)
        return 2
    path = argv[1]
    try:
        manifest = load_json(path)
    except OSError as e:
        print(f"{path}: cannot be read: {e}", file=sys.stderr)
        return 1
    except ValueError as e:
        print(f"{path}: is not valid JSON: {e}", file=sys.stderr)
        return 1

    problems = check(manifest, os.path.dirname(os.path.abspath(path)))
    for problem in problems:
        print(f"{path}: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"{path}: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
