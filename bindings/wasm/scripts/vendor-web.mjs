// Copies the web page's UI library (Preact and htm, dev dependencies of this
// package, pinned in package-lock.json) into examples/web/vendor/, so the page
// runs from a static server with no build step and no network. With --check,
// fails if the copies differ from node_modules (the browser test runs it).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

const here = new URL("../", import.meta.url);
const vendor = new URL("../../examples/web/vendor/", here);
const FILES = [
  ["node_modules/preact/dist/preact.mjs", "preact.mjs"],
  ["node_modules/preact/hooks/dist/hooks.mjs", "hooks.mjs"],
  ["node_modules/htm/dist/htm.module.js", "htm.mjs"],
  ["node_modules/preact/LICENSE", "LICENSE-preact"],
  ["node_modules/htm/LICENSE", "LICENSE-htm"],
];
const check = process.argv.includes("--check");
mkdirSync(vendor, { recursive: true });
let stale = [];
for (const [from, to] of FILES) {
  const body = readFileSync(new URL(from, here));
  if (check) {
    let current = null;
    try { current = readFileSync(new URL(to, vendor)); } catch { /* missing */ }
    if (!current || !current.equals(body)) stale.push(to);
  } else {
    writeFileSync(new URL(to, vendor), body);
  }
}
if (stale.length) {
  console.error(`examples/web/vendor/ is stale (${stale.join(", ")}): node bindings/wasm/scripts/vendor-web.mjs`);
  process.exit(1);
}
