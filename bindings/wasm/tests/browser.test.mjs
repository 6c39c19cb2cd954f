// The web page in headless Chromium (Debian's chromium, driven by
// playwright-core): the default report and status render, a broken file shows
// its error with its location, and a screenshot is kept in target/test-artifacts/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile, mkdir } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import { extname, normalize } from "node:path";
import { chromium } from "playwright-core";

const root = new URL("../../../", import.meta.url).pathname;
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css", ".json": "application/json", ".wasm": "application/wasm" };
const browserPath = process.env.CHROMIUM ?? "/usr/bin/chromium";

function serve() {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    const file = root + path.replace(/\/$/, "/index.html");
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end("not found");
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function launch() {
  assert.ok(existsSync(browserPath), `Chromium not found at ${browserPath}: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: browserPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

test("the web page validates and shows the status in the browser", async () => {
  const server = await serve();
  const { port } = server.address();
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1400 } });
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${port}/examples/web/`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
    await page.selectOption("#lang", "en");
    await page.fill("#as-of", "2026-11-26");
    await page.dispatchEvent("#as-of", "change");
    // The default report: the Nord-Troms examples, valid, grouped by rule with locations.
    assert.equal(await page.getAttribute("[data-verdict]", "data-verdict"), "true");
    const verdict = await page.textContent("[data-verdict]");
    assert.match(verdict, /valid — 0 errors, 8 warnings/);
    const chronology = await page.textContent('[data-rule="agreement.process.chronology"]');
    assert.match(chronology, /agreement\.json:788:17/);
    // The status: evaluation due, progress bars, overdue milestones, meetings.
    assert.match(await page.textContent('[data-evaluation="midterm"]'), /2026-12-31.*due.*35/s);
    assert.equal(await page.locator("[data-focus-area]").count(), 4);
    assert.match(await page.textContent('[data-focus-area="1"]'), /48\.8 %/);
    assert.equal(await page.locator("[data-milestone]").count(), 2);
    assert.match(await page.textContent('[data-year="2026"]'), /2026\s*1\s*1\s*2/);
    // Money, people and meetings: funding secured per focus area, measures
    // per municipality, open follow-up, advocacy per long-term result.
    assert.match(await page.textContent('[data-funding-area="1"]'), /2600000\.50.*2100000\.00.*1000000\.00.*80\.8 %/s);
    assert.match(await page.textContent('[data-funding-area="in all"]'), /70\.0 %/);
    assert.equal(await page.locator("[data-municipality]").count(), 4);
    assert.match(await page.textContent('[data-municipality="skjervoy"]'), /nt-1\.3-moteplasser, nt-3\.2-naeringsomrader/);
    assert.match(await page.textContent('[data-action="oppf-2026-1-1"]'), /nord-tromsradet.*2027-06-30/s);
    assert.match(await page.textContent('[data-result="politisk-pavirkningskraft"]'), /Kommunal- og distriktsdepartementet/);
    await mkdir(new URL("../../../target/test-artifacts/", import.meta.url), { recursive: true });
    await page.screenshot({ path: `${root}target/test-artifacts/web-page.png`, fullPage: true });
    // A broken file shows its error with its location.
    await page.setInputFiles("#files", { name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{\n  "kind": "action_plan",\n  "kind": "agreement"\n}\n') });
    await page.waitForSelector("[data-error-code]");
    assert.equal(await page.textContent("[data-error-code]"), "json.duplicate-key");
    assert.equal(await page.textContent("[data-error-location]"), "broken.json:3:3");
    await page.screenshot({ path: `${root}target/test-artifacts/web-page-error.png` });
    // An action plan dropped as a workbook: its findings point to sheet, row and column.
    const bad = JSON.parse(readFileSync(new URL("../../../examples/nord-troms/action-plan-2025-2026.json", import.meta.url), "utf8"));
    bad.measures[2].sub_goals = ["1.9"];
    const { exportPlan } = await import("../pkg/node.mjs");
    const xlsx = Buffer.from(exportPlan({ name: "plan.json", text: JSON.stringify(bad) }));
    await page.setInputFiles("#files", { name: "handlingsplan.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: xlsx });
    await page.waitForSelector('[data-rule="plan.measure.unknown-sub-goal"]');
    assert.match(await page.textContent('[data-rule="plan.measure.unknown-sub-goal"]'), /handlingsplan\.xlsx\[Tiltak\]:4:6/);
    // A status from documents with errors says so at the top.
    assert.match(await page.textContent("[data-data-errors]"), /^Note: validating the documents finds \d+ errors\. Where an error lies in the data, the figures below may be wrong/);
    await page.screenshot({ path: `${root}target/test-artifacts/web-page-xlsx.png`, fullPage: true });
    // Indicator figures from a JSON-stat dataset and its mapping, dropped with the indicator set.
    const file = (p) => ({ name: p.split("/").pop(), mimeType: "application/json", buffer: readFileSync(new URL(`../../../${p}`, import.meta.url)) });
    await page.setInputFiles("#files", [
      file("examples/nord-troms/indicators.json"),
      file("examples/jsonstat/folkemengde-07459.json"),
      file("examples/jsonstat/mapping.json"),
    ]);
    await page.waitForSelector('[data-indicator="folkemengde"]');
    assert.match(await page.textContent('[data-indicator="folkemengde"]'), /10870 \(2026\)/);
    // Norwegian again, and the examples back: the same module instance still works.
    await page.selectOption("#lang", "nb");
    await page.click("#reset");
    await page.waitForSelector("[data-verdict]");
    assert.match(await page.textContent("[data-verdict]"), /gyldig — 0 feil, 8 advarsler, 0 info/);
    // Everything a reader sees in Norwegian is Norwegian: severities, sections, lights.
    const chronologyNb = await page.textContent('[data-rule="agreement.process.chronology"] h3');
    assert.match(chronologyNb, /^advarsel agreement\.process\.chronology .*\[vedlegg 1\]/);
    assert.doesNotMatch(await page.textContent("#report"), /\bwarning\b|\bannex\b|avsnitt annex/);
    assert.doesNotMatch(await page.textContent("#status"), /\b(green|yellow|red)\b/);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${root}target/test-artifacts/web-page-nb-390.png`, fullPage: true });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

test("the web page offers the documents for the political meeting: Word and print", async () => {
  const server = await serve();
  const { port } = server.address();
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1400 }, acceptDownloads: true });
    // The browser's print dialog cannot be seen headless: count the calls.
    await page.addInitScript(() => {
      window.print = () => { window.top.__printed = (window.top.__printed ?? 0) + 1; };
    });
    const errors = [];
    const wasm = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("request", (r) => { if (r.url().endsWith(".wasm")) wasm.push(r.url().split("/").pop()); });
    await page.goto(`http://127.0.0.1:${port}/examples/web/`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
    await page.fill("#as-of", "2026-11-26");
    await page.dispatchEvent("#as-of", "change");
    // The report module is not loaded until a document is asked for.
    assert.deepEqual(wasm, ["tromsvekst_bg.wasm"]);
    await page.selectOption("#doc-kind", "midterm");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-docx")]);
    assert.equal(download.suggestedFilename(), "midterm-2026-11-26.docx");
    const bytes = readFileSync(await download.path());
    assert.equal(bytes.subarray(0, 2).toString("latin1"), "PK");
    assert.ok(bytes.includes(Buffer.from("word/document.xml")), "a Word package");
    assert.match(await page.textContent("#doc-state"), /Lastet ned: midterm-2026-11-26\.docx/);
    // Print: the report's own page, A4 and its charts, in a frame of its own.
    await page.selectOption("#doc-kind", "status");
    await page.click("#print");
    await page.waitForFunction(() => window.__printed === 1);
    const printed = await page.frameLocator("#print-frame").locator("h1").textContent();
    assert.equal(printed, "Tromsvekstavtalen for Nord-Troms 2025–2028");
    assert.equal(await page.frameLocator("#print-frame").locator("svg[role=img]").count(), 5);
    assert.deepEqual(wasm, ["tromsvekst_bg.wasm", "tromsvekst_report_bg.wasm"], "the report module, once");
    await page.screenshot({ path: `${root}target/test-artifacts/web-page-documents.png` });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
