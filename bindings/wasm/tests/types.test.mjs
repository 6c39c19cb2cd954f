// The TypeScript declarations: generated from the schemas (and fresh), no
// `any` in the public API, and `tsc --noEmit` passes on a file using all of it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const here = new URL("../", import.meta.url);

test("the types generated from the schemas are fresh", () => {
  execFileSync(process.execPath, ["scripts/gen-types.mjs", "--check"], { cwd: here, stdio: "pipe" });
});

test("no `any` in the public declarations", () => {
  const dts = readFileSync(new URL("pkg/tromsvekst.d.ts", here), "utf8");
  const publicPart = dts.split("export type InitInput")[0].replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
  assert.doesNotMatch(publicPart, /\bany\b/);
});

test("the workbench's JavaScript passes tsc --checkJs against the package's declarations", () => {
  // examples/web/tsconfig.json: the page's modules as they are (no build
  // step), checked against pkg-slim's and the report module's declarations,
  // Preact's and htm's: a misspelt function of the package or a DOM property
  // used on the wrong element fails here.
  try {
    execFileSync(new URL("node_modules/.bin/tsc", here).pathname, ["-p", "../../examples/web"], { cwd: here, stdio: "pipe" });
  } catch (e) {
    assert.fail(`tsc --checkJs on examples/web:\n${e.stdout}${e.stderr}`);
  }
});

test("tsc --noEmit passes on a file that uses the whole API", () => {
  execFileSync(new URL("node_modules/.bin/tsc", here).pathname, ["-p", "tests/tsconfig.json"], { cwd: here, stdio: "pipe" });
});
