"""Prints the comparison table from results.jsonl: medians and ratios."""

import json
import sys

rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
by = {(r.get("lang"), r.get("size"), r.get("op")): r for r in rows if "op" in r}
sizes = sorted({r["size"] for r in rows if "size" in r})
print("\n| measures | bytes | op | median ms | MB/s |")
print("|---|---|---|---|---|")
for r in rows:
    if "op" in r and "size" in r:
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
        print(f"The workbench's first status on {r['profile']} over {r.get('protocol', 'HTTP/1.1')}: {r['first_status_s']} s (median of {r['runs']}; {r['transferred_bytes']} bytes over the wire; target: 3 s)")


# Issue 16's table: every target with today's figure beside it, met or not.
def fig(key):
    r = by.get(key)
    return r["median_ms"] if r else None


def ratio_of(ours, peer):
    a, b = fig(ours), fig(peer)
    return b / a if a and b else None


memory = {r["size"]: r for r in rows if "growth_over_input" in r}
per_mb = {n: fig(("rust", n, "parse_validate")) / (by[("rust", n, "parse_validate")]["bytes"] / 1e6)
          for n in sizes if fig(("rust", n, "parse_validate"))}
fixed = next((r["median_ms"] for r in rows if r.get("op") == "fixed-call"), None)
first = next((r["first_view_wasm_gzip_bytes"] for r in rows if "first_view_wasm_gzip_bytes" in r), None)
# The target is judged over HTTP/1.1, the worst case (six connections).
page = next((r for r in rows if r.get("page") == "workbench" and r.get("protocol", "HTTP/1.1") == "HTTP/1.1"), None)
targets = []


def row(what, value, shown, target, met):
    state = "–" if value is None else ("met" if met else "NOT MET")
    targets.append((what, shown if value is not None else "not measured", target, state))


for n, label in ((1000, "1 MB"), (100000, "80 MB")):
    m = memory.get(n)
    v = m["growth_over_input"] if m else None
    row(f"peak heap of parse + validate over the input, {label} plan", v, f"{v:.2f}×" if v else "", "≤ 3×", v is not None and v <= 3)
for n in (10, 1000, 100000):
    v = ratio_of(("rust", n, "parse_validate"), ("rust", n, "serde_json_value"))
    row(f"native parse + every rule vs serde_json into Value, {n:,} measures", v, f"{v:.0%}" if v else "", "≥ 70 %", v is not None and v >= 0.7)
if len(per_mb) >= 2 and 1000 in per_mb and max(per_mb) > 1000:
    v = per_mb[max(per_mb)] / per_mb[1000] - 1
    row("time per MB, 1 MB to 100 MB", v, f"{v:+.0%}", "within ±30 %", abs(v) <= 0.3)
else:
    row("time per MB, 1 MB to 100 MB", None, "", "within ±30 %", False)
for n in (10, 1000, 100000):
    v = ratio_of(("python", n, "tromsvekst"), ("python", n, "pydantic"))
    if v is not None or n < 100000:
        row(f"Python validate vs pydantic v2, {n:,} measures", v, f"{v:.2f}×" if v else "", "≥ 1×", v is not None and v >= 1)
for n, t in ((10, 0.5), (1000, 0.7)):
    v = ratio_of(("node", n, "tromsvekst-wasm"), ("node", n, "json-parse-ajv"))
    row(f"WebAssembly validate vs JSON.parse + ajv, {n:,} measures", v, f"{v:.2f}×" if v else "", f"≥ {t}×", v is not None and v >= t)
row("fixed cost of a WebAssembly call", fixed, f"{fixed:.3f} ms" if fixed else "", "≤ 0.05 ms", fixed is not None and fixed <= 0.05)
row("the module the first view loads, gzipped", first, f"{first / 1000:.0f} KB" if first else "", "≤ 200 KB", first is not None and first <= 200_000)
v = page["first_status_s"] if page else None
row("first status on Fast 3G in Chromium, served compressed", v, f"{v:.2f} s" if v else "", "≤ 3 s", v is not None and v <= 3)
print("\n| target (issue 16) | today | target | |")
print("|---|---|---|---|")
for what, shown, target, state in targets:
    print(f"| {what} | {shown} | {target} | {state} |")
