"""Prints the comparison table from results.jsonl: medians and ratios."""

import json
import sys

rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
by = {(r.get("lang"), r.get("size"), r.get("op")): r for r in rows if "op" in r}
sizes = sorted({r["size"] for r in rows if "size" in r})
print("\n| measures | bytes | op | median ms | MB/s |")
print("|---|---|---|---|---|")
for r in rows:
    if "op" in r:
        print(f"| {r['size']} | {r['bytes']} | {r['lang']} {r['op']} | {r['median_ms']} | {r['mb_per_s']} |")
print("\n| measures | vs jsonschema | vs pydantic | wasm vs JSON.parse+ajv | native parse+validate vs serde_json Value |")
print("|---|---|---|---|---|")
for n in sizes:
    def ratio(a, b):
        if a in by and b in by:
            return f"{by[b]['median_ms'] / by[a]['median_ms']:.1f}×"
        return "–"
    print(f"| {n} | {ratio(('python', n, 'tromsvekst'), ('python', n, 'jsonschema'))} | {ratio(('python', n, 'tromsvekst'), ('python', n, 'pydantic'))} "
          f"| {ratio(('node', n, 'tromsvekst-wasm'), ('node', n, 'json-parse-ajv'))} | {ratio(('rust', n, 'parse_validate'), ('rust', n, 'serde_json_value'))} |")
for r in rows:
    if "wasm_gzip_bytes" in r:
        print(f"\nWebAssembly module: {r['wasm_gzip_bytes']} bytes gzipped")
for r in rows:
    if "first_view_wasm_gzip_bytes" in r:
        print(f"The workbench's first view loads {r['first_view_wasm_gzip_bytes']} bytes of WebAssembly, gzipped (target: 200 KB)")
    if r.get("page") == "workbench":
        print(f"The workbench's first status on {r['profile']}: {r['first_status_s']} s (median of {r['runs']}; {r['transferred_bytes']} bytes over the wire; target: 3 s)")
