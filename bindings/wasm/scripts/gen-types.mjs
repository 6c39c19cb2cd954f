// Generates src/types.d.ts, the TypeScript types of every document and
// output, from the committed JSON Schemas in schemas/ (json-schema-to-typescript).
// Never edit types.d.ts by hand: `npm run gen-types`. With --check, fails
// when the committed file differs from what the schemas give.
import { readFileSync, writeFileSync } from "node:fs";
import { compile } from "json-schema-to-typescript";

const root = new URL("../../../", import.meta.url);
const out = new URL("../src/types.d.ts", import.meta.url);
const names = {
  agreement: "Agreement",
  action_plan: "ActionPlan",
  meeting_log: "MeetingLog",
  indicators: "IndicatorSet",
  evaluation: "Evaluation",
  jsonstat_mapping: "JsonstatMappings",
  report: "Report",
  status: "Status",
  portfolio: "Portfolio",
  rules: "Rules",
};

// One schema whose $defs hold every type once, so shared types (Text, Date, …)
// are declared once.
const defs = {};
const properties = {};
for (const [file, title] of Object.entries(names)) {
  const schema = JSON.parse(readFileSync(new URL(`schemas/${file}.schema.json`, root), "utf8"));
  for (const [name, def] of Object.entries(schema.$defs ?? {})) {
    if (defs[name] && JSON.stringify(defs[name]) !== JSON.stringify(def)) {
      throw new Error(`two different definitions of ${name}`);
    }
    defs[name] = def;
  }
  const { $defs, $schema, $id, title: _t, ...body } = schema;
  defs[title] = { ...body, title };
  properties[file] = { $ref: `#/$defs/${title}` };
}
// A $ref with a description beside it would make a new, numbered copy of
// the type (Text1, Text2, …): keep the $ref alone.
function bareRefs(node) {
  if (Array.isArray(node)) return node.map(bareRefs);
  if (node && typeof node === "object") {
    if (typeof node.$ref === "string") return { $ref: node.$ref };
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, bareRefs(v)]));
  }
  return node;
}
for (const name of Object.keys(defs)) defs[name] = bareRefs(defs[name]);

const combined = {
  title: "TromsvekstDocuments",
  description: "Every document and output type of tromsvekst.",
  type: "object",
  properties,
  additionalProperties: false,
  $defs: defs,
};
let ts = await compile(combined, "TromsvekstDocuments", {
  bannerComment:
    "/* Generated from schemas/*.schema.json by bindings/wasm/scripts/gen-types.mjs; do not edit. */",
  additionalProperties: false,
  unknownAny: true,
  strictIndexSignatures: true,
  format: true,
  style: { singleQuote: false, printWidth: 120 },
});
// Every type is exported once; the custom section adds the API's own types.
if (/\bany\b/.test(ts.replace(/\/\*[\s\S]*?\*\//g, ""))) {
  throw new Error("generated types contain `any`");
}
if (process.argv.includes("--check")) {
  const current = readFileSync(out, "utf8");
  if (current !== ts) {
    console.error("bindings/wasm/src/types.d.ts is stale: run `npm run gen-types` in bindings/wasm");
    process.exit(1);
  }
} else {
  writeFileSync(out, ts);
}
