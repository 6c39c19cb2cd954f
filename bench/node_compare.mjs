// Node side of the comparison: the WebAssembly validate (from the JSON text)
// against JSON.parse plus ajv (compiled once; structure only), on the same
// generated plans. Prints JSON lines.  node bench/node_compare.mjs DIR SIZES RUNS
import { readFileSync } from "node:fs";
import Ajv2020 from "../bindings/wasm/node_modules/ajv/dist/2020.js";
import * as tv from "../bindings/wasm/pkg/node.mjs";

const [dir, sizesArg, runsArg] = process.argv.slice(2);
const root = new URL("../", import.meta.url);
const schema = JSON.parse(readFileSync(new URL("schemas/action_plan.schema.json", root), "utf8"));
const ajv = new Ajv2020({ strict: false, allErrors: false });
const validate = ajv.compile(schema);
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

// The fixed cost of a call: the embedded agreement checked with the rules
// that find something in it switched off, so nothing is written but an empty
// report (what every call pays whatever its input).
{
  const noisy = JSON.parse(tv.validate([], { lang: "en", format: "json" })).groups.map((g) => g.rule);
  const severity = Object.fromEntries(noisy.map((id) => [id, "off"]));
  const fn = () => tv.validate([], { lang: "en", format: "json", severity });
  for (let i = 0, s = performance.now(); i < 200 && performance.now() - s < 300; i++) fn();
  const t = [];
  for (let i = 0; i < 301; i++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  console.log(JSON.stringify({ lang: "node", op: "fixed-call", runs: 301, median_ms: +median(t).toFixed(4) }));
}

for (const n of sizesArg.split(",").map(Number)) {
  const text = readFileSync(`${dir}/plan-${n}.json`, "utf8");
  const bytes = Buffer.byteLength(text);
  const runs = Number(runsArg) || (n >= 100000 ? 3 : n >= 1000 ? 11 : 101);
  const inputs = [{ name: "plan.json", text }];
  const ops = {
    "tromsvekst-wasm": () => tv.validate(inputs, { lang: "en", format: "json" }),
    "json-parse-ajv": () => {
      if (!validate(JSON.parse(text))) throw new Error(JSON.stringify(validate.errors));
    },
  };
  for (const [op, fn] of Object.entries(ops)) {
    // Warm-up before timing: the WebAssembly tiers up (Liftoff, then
    // TurboFan) and ajv's code is compiled by V8 within the first calls.
    for (let i = 0, s = performance.now(); i < 200 && performance.now() - s < 300; i++) fn();
    const t = [];
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      fn();
      t.push(performance.now() - s);
    }
    const m = median(t);
    console.log(JSON.stringify({ lang: "node", size: n, bytes, op, runs, median_ms: +m.toFixed(3), min_ms: +Math.min(...t).toFixed(3), mb_per_s: +(bytes / 1e6 / (m / 1000)).toFixed(2) }));
  }
}
