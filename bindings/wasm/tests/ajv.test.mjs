// A second, independent check of the committed schemas: ajv in strict mode,
// with no plugin, validates every example, and every output of the vectors,
// against them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";

const root = new URL("../../../", import.meta.url);
const json = (u) => JSON.parse(readFileSync(u, "utf8").replace(/^\uFEFF/, ""));
const ajv = new Ajv2020({ strict: true, allErrors: true });
// As published, with no plugin and no added format: strict mode refuses an
// unknown format, so this also proves the schemas use none (issue 17).
const kinds = ["agreement", "action_plan", "meeting_log", "indicators", "evaluation", "jsonstat_mapping", "report", "status", "portfolio", "rules"];
// The JSON-stat datasets in examples/ are not documents of this library.
const isDocument = (doc) => kinds.includes(doc.kind);
const validators = Object.fromEntries(kinds.map((k) => [k, ajv.compile(json(new URL(`schemas/${k}.schema.json`, root)))]));

function check(kind, doc, where) {
  const v = validators[kind];
  assert.ok(v(doc), `${where}: ${JSON.stringify(v.errors, null, 1)}`);
}

test("every example validates against its schema", () => {
  let n = 0;
  for (const dir of ["examples/nord-troms/", "examples/illustrative/", "examples/jsonstat/"]) {
    for (const f of readdirSync(new URL(dir, root)).filter((f) => f.endsWith(".json"))) {
      const doc = json(new URL(dir + f, root));
      if (!isDocument(doc)) continue;
      check(doc.kind, doc, dir + f);
      n++;
    }
  }
  assert.ok(n >= 6);
});

test("every vector input the library accepts, and every output, validates", () => {
  const vectors = new URL("tests/vectors/", root);
  let n = 0;
  for (const d of readdirSync(vectors).sort()) {
    const dir = new URL(`${d}/`, vectors);
    if (!existsSync(new URL("case.json", dir))) continue;
    const c = json(new URL("case.json", dir));
    const out = json(new URL("expected.json", dir));
    if (out.code) continue;
    for (const p of c.documents) {
      // Spreadsheets, JSON-stat datasets and mappings have no document schema.
      if (/\.(xlsx|csv)$/.test(p)) continue;
      const doc = json(new URL(p, dir));
      if (!validators[doc.kind]) continue;
      check(doc.kind, doc, `${d}/${p}`);
    }
    if (c.operation === "vocabulary") {
      // Not a document: words by kind and value, every one a text.
      for (const [kind, words] of Object.entries(out)) {
        for (const [value, word] of Object.entries(words)) assert.ok(typeof word === "string" && word, `${d}: ${kind}.${value}`);
      }
      n++;
      continue;
    }
    if (c.operation === "merge") {
      // The merged document is a document of its kind.
      check(out.document.kind, out.document, `${d}/expected.json#/document`);
      n++;
      continue;
    }
    const outKind = c.operation === "draft" ? (c.kind === "plan" ? "action_plan" : "evaluation")
      : { status: "status", portfolio: "portfolio", draft_midterm: "evaluation", import_plan: "action_plan", jsonstat: "indicators" }[c.operation] ?? "report";
    check(outKind, out, `${d}/expected.json`);
    n++;
  }
  assert.ok(n > 80);
});

test("the rule catalog validates", () => check("rules", json(new URL("schemas/rules.json", root)), "schemas/rules.json"));
