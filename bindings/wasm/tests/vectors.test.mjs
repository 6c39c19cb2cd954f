// Every conformance vector in tests/vectors/, run through the WebAssembly
// package in node: the output must be byte-identical to what Rust expects.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import * as tv from "../pkg/node.mjs";

const root = new URL("../../../", import.meta.url);
const vectors = new URL("tests/vectors/", root);
const cases = readdirSync(vectors).filter((d) => existsSync(new URL(`${d}/case.json`, vectors))).sort();

function run(dir, c) {
  const inputs = c.documents.map((name) => ({ name, text: new Uint8Array(readFileSync(new URL(name, dir))) }));
  const options = { lang: c.lang ?? "nb", format: "json" };
  if (c.as_of) options.asOf = c.as_of;
  if (c.severity) options.severity = c.severity;
  try {
    switch (c.operation) {
      case "validate_agreement":
        // The agreement alone: parsed as an agreement, then validated.
        tv.parse(inputs[0], { kind: "agreement" });
        return tv.validate(inputs.slice(0, 1), options);
      case "validate":
        return tv.validate(inputs, options);
      case "status":
        return tv.status(inputs, options);
      case "draft_midterm":
        return tv.draftMidterm(inputs, options);
      case "portfolio":
        return tv.portfolio(inputs, options);
      case "draft":
        options.kind = c.kind;
        if (c.update) options.update = { name: c.update, text: new Uint8Array(readFileSync(new URL(c.update, dir))) };
        return tv.draft(inputs, options);
      case "import_plan":
        return tv.importPlan(inputs, { format: "json" });
      case "jsonstat":
        return tv.applyJsonstat(inputs[0], inputs[1], inputs[2], { format: "json" });
      case "vocabulary":
        return JSON.stringify(tv.vocabulary({ lang: c.lang ?? "nb" }), null, 2) + "\n";
      case "merge":
        return tv.merge(inputs[0], inputs[1], inputs[2], { lang: c.lang ?? "nb", format: "json" });
      default:
        throw new Error(`unknown operation ${c.operation}`);
    }
  } catch (e) {
    if (typeof e?.code === "string") return e.json;
    throw e;
  }
}

test("there are vectors", () => assert.ok(cases.length > 100));

for (const name of cases) {
  test(`vector ${name}`, () => {
    const dir = new URL(`${name}/`, vectors);
    const c = JSON.parse(readFileSync(new URL("case.json", dir), "utf8"));
    const expected = readFileSync(new URL("expected.json", dir), "utf8");
    assert.equal(run(dir, c), expected);
  });
}
