#!/usr/bin/env python3
"""The core's modules and the arrows between them, and whether any arrows
make a cycle (`bash scripts/test.sh rust` runs this with `--check`).

A module is a top-level file or folder of `crates/tromsvekst/src` (`rules`,
`status`, `date` ...); an arrow A → B means some file of A names `crate::B`
(in a `use`, a path, or a `use crate::{B, ...}` group). `lib.rs` only
re-exports and is left out.

    python3 scripts/modules.py            # the arrows, one module a line
    python3 scripts/modules.py --dot      # the graph for Graphviz (dot -Tsvg)
    python3 scripts/modules.py --check    # exit 1, naming the cycles, if there are any
"""

from __future__ import annotations

import pathlib
import re
import sys

SRC = pathlib.Path(__file__).resolve().parents[1] / "crates" / "tromsvekst" / "src"


def module_of(path: pathlib.Path) -> str:
    rel = path.relative_to(SRC)
    return rel.parts[0].removesuffix(".rs")


def strip_comments(text: str) -> str:
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return "\n".join(line.split("//", 1)[0] for line in text.splitlines())


def groups(text: str) -> list[str]:
    """The first names inside each `crate::{ ... }` group, nested braces skipped."""
    names = []
    for m in re.finditer(r"\bcrate::\{", text):
        depth, i, start = 1, m.end(), m.end()
        parts, item = [], []
        while i < len(text) and depth:
            c = text[i]
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
            elif c == "," and depth == 1:
                parts.append("".join(item))
                item = []
                i += 1
                continue
            if depth >= 1:
                item.append(c)
            i += 1
        parts.append("".join(item))
        for p in parts:
            head = p.strip().split("::", 1)[0].strip()
            if re.fullmatch(r"[a-z_][a-z0-9_]*", head):
                names.append(head)
        del start
    return names


def graph() -> dict[str, set[str]]:
    modules = {module_of(p) for p in SRC.glob("*") if p.suffix == ".rs" or p.is_dir()} - {"lib"}
    edges: dict[str, set[str]] = {m: set() for m in modules}
    for path in SRC.rglob("*.rs"):
        here = module_of(path)
        if here == "lib":
            continue
        text = strip_comments(path.read_text(encoding="utf-8"))
        named = set(re.findall(r"\bcrate::([a-z_][a-z0-9_]*)", text)) | set(groups(text))
        for other in named & modules:
            if other != here:
                edges[here].add(other)
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(edges[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def main() -> int:
    edges = graph()
    if "--dot" in sys.argv:
        print("digraph tromsvekst {")
        for a in sorted(edges):
            for b in sorted(edges[a]):
                print(f'  "{a}" -> "{b}";')
        print("}")
        return 0
    found = cycles(edges)
    if "--check" in sys.argv:
        if found:
            for comp in found:
                inner = [f"{a} → {b}" for a in comp for b in sorted(edges[a]) if b in comp]
                print(f"modules.py: a cycle among {', '.join(comp)}: {'; '.join(inner)}", file=sys.stderr)
            return 1
        print(f"modules.py: {len(edges)} modules, {sum(map(len, edges.values()))} arrows, no cycle")
        return 0
    for a in sorted(edges):
        print(f"{a} → {', '.join(sorted(edges[a])) or '(nothing)'}")
    for comp in found:
        print(f"cycle: {', '.join(comp)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
