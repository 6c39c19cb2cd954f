// (a) The package imported by its name in node: the module is ready on import.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import assert from "node:assert/strict";
import { validate, version } from "tromsvekst";
import { report } from "tromsvekst/report";

const folder = join(process.argv[2], "examples/nord-troms");
const docs = readdirSync(folder).filter((n) => n.endsWith(".json")).sort()
  .map((n) => ({ name: `examples/nord-troms/${n}`, text: readFileSync(join(folder, n), "utf8") }));
const r = validate(docs, { lang: "en", asOf: "2026-11-26" });
assert.equal(r.valid, true);
const md = await report(docs, { kind: "status", asOf: "2026-11-26", lang: "en", format: "md" });
assert.match(md, /Nord-Troms/);
console.log(`node: tromsvekst ${version()} validates ${docs.length} documents (${r.counts.warning} warnings); tromsvekst/report wrote ${md.length} characters of Markdown`);
