// The workbench (examples/web/) in headless Chromium (Debian's chromium, driven
// by playwright-core), used the way a coordinator uses it: open the examples,
// edit a measure and see the finding come and go at its field, log a meeting,
// write a judgment and find it after a reload, break one file and see the rest
// still checked, export Excel and Word and read them back, another agreement,
// axe-core on every view, the keyboard, 390 px, printing, offline.
// Screenshots are kept in target/test-artifacts/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { inflateRawSync } from "node:zlib";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { axe, launch, root, serve } from "./chromium.mjs";
const artifacts = `${root}target/test-artifacts/`;
const fixture = (p) => ({ name: p.split("/").pop(), mimeType: "application/json", buffer: readFileSync(`${root}${p}`) });

async function open(browser, port, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 1400 }, acceptDownloads: true, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${port}/examples/web/`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
  await page.fill("#as-of", "2026-11-26");
  await page.dispatchEvent("#as-of", "change");
  await page.waitForSelector('[data-status-as-of="2026-11-26"] [data-verdict]');
  return { context, page, errors };
}


/** One file of a zip package (a Word document), read with node's own inflate. */
function unzip(zip, name) {
  for (let at = zip.indexOf(Buffer.from("PK\x03\x04", "latin1")); at >= 0; at = zip.indexOf(Buffer.from("PK\x03\x04", "latin1"), at + 4)) {
    const method = zip.readUInt16LE(at + 8);
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extra = zip.readUInt16LE(at + 28);
    if (zip.toString("utf8", at + 30, at + 30 + nameLength) !== name) continue;
    const body = zip.subarray(at + 30 + nameLength + extra, at + 30 + nameLength + extra + size);
    return (method === 8 ? inflateRawSync(body) : body).toString("utf8");
  }
  throw new Error(`${name} is not in the package`);
}

const view = (page, name) => page.click(`nav [data-view=${name}]`);
const verdict = (page) => page.textContent("[data-verdict]");

test("the vendored UI library is the pinned npm packages", () => {
  execFileSync(process.execPath, ["scripts/vendor-web.mjs", "--check"], { cwd: new URL("../", import.meta.url), stdio: "pipe" });
});

test("the workbench starts on a slow computer, every time", async () => {
  // With the CPU slowed 4x, a module preloaded before the import map was read
  // resolved "preact" without it: the page stayed at "Laster …" in about half
  // of the loads (the import map now comes first in index.html).
  const server = await serve();
  const { port } = server.address();
  const browser = await launch();
  try {
    for (let i = 0; i < 4; i++) {
      const context = await browser.newContext({ serviceWorkers: "block" });
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await page.goto(`http://127.0.0.1:${port}/examples/web/`);
      await page.waitForSelector("[data-verdict]", { timeout: 20000 }).catch(() => assert.fail(`load ${i + 1}: no status; ${errors.join("; ")}`));
      assert.deepEqual(errors, [], `load ${i + 1}`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
});

test("the workbench: open, edit with the rules at the fields, keep everything", async () => {
  const server = await serve();
  const { port } = server.address();
  const browser = await launch();
  try {
    const { context, page, errors } = await open(browser, port);
    await mkdir(artifacts, { recursive: true });
    // The agreement in use is named, and where it comes from.
    assert.match(await page.textContent("[data-agreement]"), /Tromsvekstavtalen for Nord-Troms 2025–2028 \(fra filen agreement\.json\)/);
    assert.match(await verdict(page), /gyldig — 0 feil, 8 advarsler/);
    assert.match(await page.textContent('[data-rule="agreement.process.chronology"]'), /agreement\.json:788:17/);
    // The overview is the core's description of the status: names, units and
    // Norwegian number formats, as in the documents and the terminal.
    const evaluations = page.locator('[data-section="Evalueringer"] tbody tr').first();
    assert.match(await evaluations.textContent(), /Midtveisevaluering.*31\.\s*desember\s*2026.*frist om 35\s*dager/s);
    const progressSection = page.locator('[data-section="Fremdrift per innsatsområde og delmål"]');
    assert.equal(await progressSection.locator(".bar progress").count(), 11, "progress with progress semantics: 4 focus areas, 7 sub-goals");
    assert.match(await progressSection.textContent(), /48,8\s%/);
    assert.doesNotMatch(await progressSection.textContent(), /48\.8/);
    assert.equal(await page.locator('[data-section="Milepæler på overtid"] tbody tr').count(), 2);
    assert.match(await page.textContent('[data-section="Indikatorer"]'), /Folkemengde i Nord-Troms 1\. januar \(personer\).*14\s870 \(2026\)/);
    assert.equal(await page.locator(".loading").count(), 0, "the loading note is gone");
    // The check takes a few milliseconds (shown on the page): inside a frame, so it runs on the main thread.
    assert.ok(Number(await page.getAttribute("[data-checked-ms]", "data-checked-ms")) < 50);
    await page.screenshot({ path: `${artifacts}workbench-overview.png`, fullPage: true });
    await axe(page, "the overview");

    // A measure's progress to 140: the finding appears at that field, and goes when fixed.
    await view(page, "plan");
    const progress = page.locator('[data-measure="nt-1.1-kollektiv"] input[data-pointer="/measures/0/progress"]');
    await progress.fill("140");
    await page.waitForSelector('[data-measure="nt-1.1-kollektiv"] [data-finding]');
    assert.equal(await progress.getAttribute("aria-invalid"), "true");
    assert.match(await page.textContent('[data-measure="nt-1.1-kollektiv"] .field-findings'), /140/);
    const described = await progress.getAttribute("aria-describedby");
    assert.ok(described && (await page.locator(`#${described}`).count()) === 1, "the finding is the field's description");
    await page.screenshot({ path: `${artifacts}workbench-plan-finding.png` });
    await axe(page, "the action plan with a finding");
    // The report links the finding to its field.
    await view(page, "overview");
    await page.click('[data-rule] a[href*="measures_0_progress"]');
    await page.waitForFunction(() => document.activeElement?.dataset.pointer === "/measures/0/progress");
    assert.equal(await page.getAttribute('nav [aria-current="page"]', "data-view"), "plan");
    await progress.fill("60");
    await page.waitForFunction(() => !document.querySelector('[data-measure="nt-1.1-kollektiv"] [data-finding]'));
    assert.equal(await progress.getAttribute("aria-invalid"), null);
    // Undo and redo.
    await page.click("#undo");
    assert.equal(await progress.inputValue(), "140");
    await page.click("#redo");
    assert.equal(await progress.inputValue(), "60");
    // A date cleared: the plan cannot be read, yet its form stays, the error at that field.
    const due = page.locator('input[data-pointer="/milestones/0/due"]');
    await due.fill("");
    await page.waitForSelector('[data-finding^="document."], [data-finding^="json."]');
    assert.equal(await due.getAttribute("aria-invalid"), "true");
    assert.equal(await page.locator('[data-measure="nt-1.1-kollektiv"]').count(), 1, "the form stays");
    await due.fill("2025-11-30");
    await page.waitForFunction(() => !document.querySelector('[data-finding^="document."], [data-finding^="json."]'));

    // A meeting short in 2026 (the year still running): the reminder of what is left to
    // plan comes, not an error; a meeting logged makes it go.
    await view(page, "meetings");
    await page.selectOption('[data-meeting="mote-2026-2"] select[data-pointer="/meetings/3/status"]', "cancelled");
    await page.waitForSelector('[data-finding="meetings.per-year.open"], .findings-panel [data-rule="meetings.per-year.open"]', { state: "attached" });
    assert.equal(await page.locator('.findings-panel [data-rule="meetings.per-year.open"]').count(), 1);
    assert.equal(await page.locator('.findings-panel [data-rule="meetings.per-year"]').count(), 0, "no error before the year is over");
    await page.click("#add-meeting");
    await page.waitForFunction(() => !document.querySelector('.findings-panel [data-rule="meetings.per-year.open"]'));
    assert.equal(await page.locator("[data-meeting]").count(), 5);
    await axe(page, "the meetings");

    // Indicator figures.
    await view(page, "indicators");
    await axe(page, "the indicators");

    // The judgment the evaluation lacks, written, and there after a reload.
    await view(page, "evaluation");
    // A finding about the whole judgment (its text missing) shows at the judgment.
    await page.waitForSelector('[data-judgment="4.1"] [data-finding="evaluation.finding.incomplete"]');
    const words = page.locator('[data-judgment="4.1"] textarea');
    await words.fill("Kunnskapsgrunnlaget er sendt departementet i november.");
    await page.waitForFunction(() => !document.querySelector('.findings-panel [data-rule="evaluation.finding.incomplete"]'));
    // An adjustment for the 2027–2028 plan: a changed measure, the measure chosen, its text.
    await page.click("#add-adjustment");
    // The example has two already (just-2026-1, just-2026-2): the new one is the third.
    const adjustment = page.locator('[data-adjustment="justering-3"]');
    await adjustment.locator('select[data-pointer="/adjustments/2/kind"]').selectOption("changed_measure");
    await adjustment.locator('select[data-pointer="/adjustments/2/measure"]').selectOption("nt-1.2-karriereveiledning");
    await adjustment.locator("textarea").fill("Karriereveiledningen får egen finansiering i 2027–2028.");
    await page.waitForFunction(() => document.querySelector('[data-adjustment="justering-3"] select[data-pointer="/adjustments/2/measure"]')?.value === "nt-1.2-karriereveiledning");
    await axe(page, "the evaluation");
    await page.waitForTimeout(300);
    await page.reload();
    await page.waitForSelector("body[data-ready=true]");
    await page.waitForSelector('[data-judgment="4.1"] textarea');
    assert.equal(await page.locator('[data-judgment="4.1"] textarea').inputValue(), "Kunnskapsgrunnlaget er sendt departementet i november.");
    assert.equal(await page.getAttribute("[data-dirty]", "data-dirty"), "true", "not saved to a file yet, and it says so");
    // Save to a folder (the browser's folder picker, stood in for: headless has no dialog).
    await page.evaluate(() => {
      window.__saved = {};
      window.showDirectoryPicker = async () => ({
        getFileHandle: async (name) => ({
          createWritable: async () => {
            let body = "";
            return { write: async (t) => { body += typeof t === "string" ? t : new TextDecoder().decode(t); }, close: async () => { window.__saved[name] = body; } };
          },
        }),
      });
    });
    await page.click("#save");
    await page.waitForSelector('[data-dirty="false"]');
    const saved = await page.evaluate(() => window.__saved);
    assert.deepEqual(Object.keys(saved).sort(), ["action-plan-2025-2026.json", "agreement.json", "indicators.json", "meetings-2025-2026.json", "midterm-evaluation-2026.json"]);
    assert.match(saved["midterm-evaluation-2026.json"], /Kunnskapsgrunnlaget er sendt departementet i november\./);
    const adjusted = JSON.parse(saved["midterm-evaluation-2026.json"]).adjustments[2];
    assert.deepEqual([adjusted.kind, adjusted.measure, adjusted.sub_goal], ["changed_measure", "nt-1.2-karriereveiledning", undefined]);
    assert.equal(JSON.parse(saved["action-plan-2025-2026.json"]).measures[0].progress, 60);

    // Keyboard: the views are reached and opened by the keyboard alone.
    await page.focus('nav [data-view="overview"]');
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    assert.equal(await page.getAttribute('nav [aria-current="page"]', "data-view"), "plan");
    await page.waitForFunction(() => /\d+ feil, \d+ advarsler/.test(document.getElementById("announce")?.textContent ?? ""));
    assert.equal(await page.getAttribute("#announce", "role"), "status", "results announced to screen readers");

    // One broken file: its error with its place, and the others still checked.
    await view(page, "overview");
    await page.setInputFiles("#files", { name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{\n  "kind": "action_plan",\n  "kind": "agreement"\n}\n') });
    await page.waitForSelector('[data-doc="broken.json"] [data-error-code]');
    assert.equal(await page.textContent('[data-doc="broken.json"] [data-error-code]'), "json.duplicate-key");
    assert.equal(await page.textContent('[data-doc="broken.json"] [data-error-location]'), "broken.json:3:3");
    assert.equal(await page.locator("#documents li").count(), 6, "added, nothing replaced");
    assert.match(await verdict(page), /0 feil/);
    assert.equal(await page.locator('[data-rule="agreement.process.chronology"]').count(), 1, "the others are checked");
    await page.screenshot({ path: `${artifacts}workbench-broken-file.png`, fullPage: true });
    await axe(page, "the overview with a broken file");
    await page.click('[data-doc="broken.json"] button');
    assert.equal(await page.locator("#documents li").count(), 5);

    // An action plan as a workbook: findings point to its sheet, row and column.
    const bad = JSON.parse(readFileSync(`${root}examples/nord-troms/action-plan-2025-2026.json`, "utf8"));
    bad.measures[2].sub_goals = ["1.9"];
    const tv = await import("../pkg/node.mjs");
    const xlsx = Buffer.from(tv.exportPlan({ name: "plan.json", text: JSON.stringify(bad) }));
    await page.setInputFiles("#files", { name: "handlingsplan.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: xlsx });
    await page.waitForSelector('[data-rule="plan.measure.unknown-sub-goal"]');
    assert.match(await page.textContent('[data-rule="plan.measure.unknown-sub-goal"]'), /handlingsplan\.xlsx\[Tiltak\]:4:6/);
    await page.click('[data-doc="handlingsplan.xlsx"] button');
    // Indicator figures from a JSON-stat dataset and its mapping go into the indicator set.
    await page.setInputFiles("#files", [fixture("examples/jsonstat/folkemengde-07459.json"), fixture("examples/jsonstat/mapping.json")]);
    await view(page, "indicators");
    await page.waitForFunction(() => [...document.querySelectorAll('[data-indicator="folkemengde"] input')].some((i) => i.value === "10870"));

    // Export: the plan as Excel and the midterm evaluation as Word, both read back.
    await view(page, "documents");
    const [sheet] = await Promise.all([page.waitForEvent("download"), page.click("#export-xlsx")]);
    const back = tv.importPlan([{ name: "plan.xlsx", text: readFileSync(await sheet.path()) }]);
    assert.equal(back.measures[0].id, "nt-1.1-kollektiv");
    assert.equal(back.measures[0].progress, 60, "the edit is in the workbook");
    await page.selectOption("#doc-kind", "midterm");
    const [word] = await Promise.all([page.waitForEvent("download"), page.click("#download-docx")]);
    assert.equal(word.suggestedFilename(), "midterm-2026-11-26.docx");
    const docx = readFileSync(await word.path());
    const body = unzip(docx, "word/document.xml");
    assert.match(body, /Midtveisevaluering — Tromsvekstavtalen for Nord-Troms 2025–2028/);
    assert.match(body, /Kunnskapsgrunnlaget er sendt departementet i november\./, "the judgment written here is in the Word file");
    const [htmlFile] = await Promise.all([page.waitForEvent("download"), page.click("#download-html")]);
    assert.match(readFileSync(await htmlFile.path(), "utf8"), /^<!DOCTYPE html>\n<html lang="nb">/);
    await axe(page, "the documents");

    // Printing gives the content, not the controls.
    await page.emulateMedia({ media: "print" });
    await view(page, "overview").catch(() => {});
    assert.equal(await page.locator("nav").isVisible(), false);
    assert.equal(await page.locator("#files").isVisible(), false);
    await page.emulateMedia({ media: "screen" });

    // 390 px: nothing runs off the side, in any view.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const v of ["overview", "plan", "meetings", "indicators", "evaluation", "documents"]) {
      await view(page, v);
      assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390, `${v} fits 390 px`);
      await page.screenshot({ path: `${artifacts}workbench-${v}-390.png` });
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // A draft midterm made from the page: the first view's module has no
    // drafts, so the report module is fetched for it (as for Word files).
    await view(page, "overview");
    await page.click('[data-doc="midterm-evaluation-2026.json"] button');
    await view(page, "evaluation");
    await page.click("text=Lag utkast til midtveisevaluering");
    await page.waitForFunction(() => /\(utkast\)/.test(document.getElementById("h-evaluation")?.textContent ?? ""));
    assert.match(await page.textContent("main"), /Grunnlag\s+48,8 %/, "the evidence in the reader's number format");
    await view(page, "overview");
    await page.waitForSelector('[data-doc="midtveisevaluering-utkast.json"]');
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
});

test("another agreement works the same, in English", async () => {
  const server = await serve();
  const { port } = server.address();
  const browser = await launch();
  try {
    const { page, errors } = await open(browser, port);
    await page.selectOption("#lang", "en");
    for (const name of ["agreement.json", "action-plan-2025-2026.json", "meetings-2025-2026.json", "indicators.json", "midterm-evaluation-2026.json"]) {
      await page.click(`[data-doc="${name}"] button`);
    }
    assert.match(await page.textContent("[data-agreement]"), /the built-in Nord-Troms agreement/);
    await page.setInputFiles("#files", [
      fixture("examples/illustrative/fjordvik-agreement.json"),
      fixture("examples/illustrative/fjordvik-action-plan-2026-2028.json"),
      fixture("examples/illustrative/fjordvik-meetings-2026-2028.json"),
      fixture("examples/illustrative/fjordvik-indicators.json"),
    ]);
    await page.waitForFunction(() => /Fjordvik/.test(document.querySelector("[data-agreement]")?.textContent ?? ""));
    await page.waitForSelector("[data-verdict]");
    assert.match(await page.textContent("[data-agreement]"), /from the file fjordvik-agreement\.json/);
    const areas = await page.locator(".doc-section .bar").count();
    assert.ok(areas >= 1);
    await view(page, "evaluation");
    await page.click("text=Draft the midterm evaluation");
    await page.waitForSelector("[data-judgment] textarea");
    await view(page, "plan");
    await axe(page, "another agreement's plan");
    await page.screenshot({ path: `${artifacts}workbench-fjordvik-plan.png`, fullPage: true });
    assert.deepEqual(errors, []);
    // Closing with changes not saved to a file asks first.
    const asked = new Promise((resolve) => page.once("dialog", (d) => { resolve(d.type()); d.accept(); }));
    await page.close({ runBeforeUnload: true });
    assert.equal(await asked, "beforeunload");
  } finally {
    await browser.close();
    server.close();
  }
});

test("the workbench works offline once loaded", async () => {
  const server = await serve();
  const { port } = server.address();
  const browser = await launch();
  try {
    const { context, page, errors } = await open(browser, port);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForSelector("body[data-ready=true]");
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
    await page.waitForSelector("[data-verdict]");
    assert.match(await verdict(page), /gyldig/);
    // Word, offline: the report module comes from the cache too.
    await view(page, "documents");
    const [word] = await Promise.all([page.waitForEvent("download"), page.click("#download-docx")]);
    assert.equal(readFileSync(await word.path()).subarray(0, 2).toString("latin1"), "PK");
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
});

test("the documents for the political meeting: the report module loads on first use; Word and print", async () => {
  const server = await serve();
  const { port } = server.address();
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1200, height: 1400 }, acceptDownloads: true, serviceWorkers: "block" });
    const page = await context.newPage();
    // The browser's print dialog cannot be seen headless: count the calls.
    await page.addInitScript(() => {
      window.print = () => { window.top.__printed = (window.top.__printed ?? 0) + 1; };
    });
    const errors = [];
    const wasm = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("request", (r) => { if (r.url().endsWith(".wasm")) wasm.push(r.url().split("/").slice(-2).join("/")); });
    await page.goto(`http://127.0.0.1:${port}/examples/web/`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
    await page.fill("#as-of", "2026-11-26");
    await page.dispatchEvent("#as-of", "change");
    // The first view loads the core module only, without spreadsheets.
    assert.deepEqual(wasm, ["pkg-slim/tromsvekst_bg.wasm"]);
    await view(page, "documents");
    await page.selectOption("#doc-kind", "midterm");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-docx")]);
    assert.equal(download.suggestedFilename(), "midterm-2026-11-26.docx");
    assert.match(await page.textContent("#doc-state"), /Lastet ned: midterm-2026-11-26\.docx/);
    // Print: the report's own page, A4 and its charts, in a frame of its own.
    await page.selectOption("#doc-kind", "status");
    await page.click("#print");
    await page.waitForFunction(() => window.__printed === 1);
    assert.match(await page.frameLocator("#print-frame").locator("h1").textContent(), /^Tromsvekstavtalen for Nord-Troms 2025–2028 — status per 26\.\snovember\s2026$/);
    assert.equal(await page.frameLocator("#print-frame").locator("svg[role=img]").count(), 9);
    assert.deepEqual(wasm, ["pkg-slim/tromsvekst_bg.wasm", "report/tromsvekst_report_bg.wasm"], "the report module, once");
    await page.screenshot({ path: `${artifacts}web-page-documents.png` });
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
});
