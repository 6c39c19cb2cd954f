// (b) The page Vite built, served from its dist/ folder (with the Nord-Troms
// examples beside it), in Chromium: the core module validates the examples on
// load, the report module is fetched only when the Word button is pressed.
import { createServer } from "node:http";
import { readFileSync, existsSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import assert from "node:assert/strict";

const [dist, root, playwright] = process.argv.slice(2);
const { chromium } = await import(playwright);
const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".json": "application/json" };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  const file = path.startsWith("/examples/")
    ? join(root, "examples/nord-troms", normalize(path.slice("/examples/".length)))
    : join(dist, normalize(path === "/" ? "index.html" : path));
  if (!existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage();
  const wasm = [];
  page.on("request", (r) => r.url().endsWith(".wasm") && wasm.push(new URL(r.url()).pathname));
  await page.goto(url);
  await page.waitForFunction(() => window.outcome, null, { timeout: 30000 });
  const outcome = await page.evaluate(() => window.outcome);
  assert.equal(outcome.error, undefined, outcome.error);
  assert.equal(outcome.valid, true);
  assert.equal(outcome.midterm, "due");
  assert.equal(wasm.length, 1, `the first view loads one module, loaded: ${wasm}`);
  await page.click("#word");
  await page.waitForFunction(() => window.wordFile, null, { timeout: 60000 });
  const word = await page.evaluate(() => window.wordFile);
  assert.equal(word.zip, true);
  assert.equal(wasm.length, 2, `the report module is fetched on the first report, loaded: ${wasm}`);
  console.log(`browser: tromsvekst ${outcome.version} bundled by Vite validates the Nord-Troms examples (${outcome.counts.warning} warnings); modules fetched: ${wasm.join(", ")}; a Word file of ${word.bytes} bytes`);
} finally {
  await browser.close();
  server.close();
}
