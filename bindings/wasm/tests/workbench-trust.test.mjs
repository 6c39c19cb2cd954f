// The workbench trusted with a day's work (issue 24), in Chromium as people
// use it: two tabs on one workspace, replacing a workspace only when asked, a
// folder changed on disk merged by item, a refused folder picker, follow-up
// actions by keyboard, a typed date, undo by edit, focus where it belongs,
// the focus ring's contrast, axe-core at 390 px, and the latency of a
// keystroke on a 300-measure plan (written to target/test-artifacts/latency.json,
// recorded in BENCHMARKS.md).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { axe, launch, root, serve } from "./chromium.mjs";

const artifacts = `${root}target/test-artifacts/`;
const PLAN = "action-plan-2025-2026.json";
const planText = readFileSync(`${root}examples/nord-troms/${PLAN}`, "utf8");


async function page(context, port) {
  const p = await context.newPage();
  p.errors = [];
  p.on("pageerror", (e) => p.errors.push(String(e)));
  await p.goto(`http://127.0.0.1:${port}/examples/web/`);
  await p.waitForSelector("body[data-ready=true]", { timeout: 30000 });
  return p;
}

async function day(p, text) {
  await p.fill("#as-of", text);
  await p.dispatchEvent("#as-of", "change");
}


const progressAt = (i) => `input[data-pointer="/measures/${i}/progress"]`;
const view = (p, name) => p.click(`nav [data-view=${name}]`);

test("two tabs on one workspace lose nothing and each shows the other's edits", async () => {
  const server = await serve();
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1200, height: 1200 } });
    const a = await page(context, server.address().port);
    await day(a, "2026-11-26");
    const b = await page(context, server.address().port);
    for (const p of [a, b]) await view(p, "plan");
    // A's edit shows in B; B's in A.
    await a.fill(progressAt(0), "77");
    await b.waitForFunction((s) => document.querySelector(s)?.value === "77", progressAt(0));
    await b.fill(progressAt(1), "55");
    await a.waitForFunction((s) => document.querySelector(s)?.value === "55", progressAt(1));
    assert.equal(await a.inputValue(progressAt(0)), "77");
    // Both typing at once, in different measures: both edits survive in both tabs.
    await Promise.all([a.fill(progressAt(2), "33"), b.fill(progressAt(3), "44")]);
    for (const p of [a, b]) {
      await p.waitForFunction(([x, y]) => document.querySelector(x)?.value === "33" && document.querySelector(y)?.value === "44", [progressAt(2), progressAt(3)]);
    }
    // The other tab says so.
    assert.match(await b.textContent("#notice"), /Endringer fra en annen fane er tatt inn/);
    // And a reload keeps all four.
    await b.waitForTimeout(400);
    await b.reload();
    await b.waitForSelector("body[data-ready=true]");
    await view(b, "plan");
    for (const [i, v] of [[0, "77"], [1, "55"], [2, "33"], [3, "44"]]) assert.equal(await b.inputValue(progressAt(i)), v, `measure ${i}`);
    assert.deepEqual([...a.errors, ...b.errors], []);
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
});

test("replacing the workspace asks first, and undo brings the edits back", async () => {
  const server = await serve();
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1200, height: 1200 } });
    const p = await page(context, server.address().port);
    await view(p, "plan");
    await p.fill(progressAt(0), "91");
    await p.waitForSelector('[data-dirty="true"]');
    await view(p, "overview");
    // Refused: nothing replaced.
    p.once("dialog", (d) => { assert.match(d.message(), /ikke er lagret til fil/); d.dismiss(); });
    await p.click("#examples");
    await view(p, "plan");
    assert.equal(await p.inputValue(progressAt(0)), "91");
    // Accepted: the examples, and undo brings the edit back.
    await view(p, "overview");
    p.once("dialog", (d) => d.accept());
    await p.click("#examples");
    await view(p, "plan");
    await p.waitForFunction((s) => document.querySelector(s)?.value === "60", progressAt(0));
    await p.click("#undo");
    await p.waitForFunction((s) => document.querySelector(s)?.value === "91", progressAt(0));
    // Another agreement's files: asked, and refused leaves this workspace as it was.
    await view(p, "overview");
    p.once("dialog", (d) => { assert.match(d.message(), /en annen avtale/); d.dismiss(); });
    await p.setInputFiles("#files", { name: "fjordvik-agreement.json", mimeType: "application/json", buffer: readFileSync(`${root}examples/illustrative/fjordvik-agreement.json`) });
    await p.waitForTimeout(200);
    assert.equal(await p.locator("#documents li").count(), 5);
    // A same-named file with other content: asked.
    const changed = planText.replace('"progress": 60', '"progress": 61');
    p.once("dialog", (d) => { assert.match(d.message(), /allerede action-plan-2025-2026\.json/); d.dismiss(); });
    await p.setInputFiles("#files", { name: PLAN, mimeType: "application/json", buffer: Buffer.from(changed) });
    await p.waitForTimeout(200);
    await view(p, "plan");
    assert.equal(await p.inputValue(progressAt(0)), "91");
    // Emptying the workspace asks, and focus goes to adding files.
    await view(p, "overview");
    p.once("dialog", (d) => d.accept());
    await p.click("#empty");
    await p.waitForFunction(() => document.querySelectorAll("#documents li").length === 0);
    await p.waitForFunction(() => document.activeElement?.id === "files");
    assert.deepEqual(p.errors, []);
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
});

test("a folder changed on disk since opening is merged by item, never overwritten; a refused picker says so", async () => {
  const server = await serve();
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1200, height: 1200 }, acceptDownloads: true });
    const p = await page(context, server.address().port);
    await view(p, "plan");
    await p.fill(progressAt(0), "70");
    // The folder (the origin's private file system standing in for the one the user picks):
    // the files as opened, then a colleague's save that changed another measure, and this one.
    await p.evaluate(async ({ name, text }) => {
      const dir = await navigator.storage.getDirectory();
      const theirs = JSON.parse(text);
      theirs.measures[1].progress = 50;
      theirs.measures[0].title.nb = "Samordnet rutetilbud (kollegaens tittel)";
      const w = await (await dir.getFileHandle(name, { create: true })).createWritable();
      await w.write(JSON.stringify(theirs, null, 2));
      await w.close();
      window.showDirectoryPicker = async () => dir;
    }, { name: PLAN, text: planText });
    await p.click("#save");
    await p.waitForSelector("#notice");
    assert.match(await p.textContent("#notice"), /endret siden du åpnet dem; endringene er slått sammen med dine \(0 steder/);
    const saved = JSON.parse(await p.evaluate(async (name) => (await (await (await navigator.storage.getDirectory()).getFileHandle(name)).getFile()).text(), PLAN));
    assert.equal(saved.measures[0].progress, 70, "mine");
    assert.equal(saved.measures[1].progress, 50, "theirs");
    assert.equal(saved.measures[0].title.nb, "Samordnet rutetilbud (kollegaens tittel)", "theirs");
    // Both change the same field: mine is kept, both values are shown.
    await p.fill(progressAt(2), "12");
    await p.evaluate(async (name) => {
      const dir = await navigator.storage.getDirectory();
      const file = await (await dir.getFileHandle(name)).getFile();
      const v = JSON.parse(await file.text());
      v.measures[2].progress = 13;
      const w = await (await dir.getFileHandle(name)).createWritable();
      await w.write(JSON.stringify(v, null, 2));
      await w.close();
    }, PLAN);
    await p.click("#save");
    await p.waitForSelector("#notice [data-conflict]");
    assert.match(await p.textContent("#notice [data-conflict]"), /framdriften er endret begge steder \(her 12, der 13\); din er beholdt/);
    await axe(p, "the plan with a merge notice");
    // A picker the browser refuses: it says so, and the files are downloaded.
    await p.evaluate(() => { window.showDirectoryPicker = async () => { throw new DOMException("blocked by policy", "SecurityError"); }; });
    const download = p.waitForEvent("download");
    await p.click("#save");
    await download;
    assert.match(await p.textContent(".error"), /lot deg ikke velge en mappe \(blocked by policy\)/);
    assert.deepEqual(p.errors, []);
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
});

test("follow-up actions by keyboard, the date typed, undo by edit, focus where it belongs", async () => {
  const server = await serve();
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1200, height: 1000 } });
    const p = await page(context, server.address().port);
    await day(p, "2026-11-26");
    await p.waitForSelector('[data-status-as-of="2026-11-26"]');
    // The date typed, in English: a half-typed date waits, an impossible one is an error at the field.
    await p.selectOption("#lang", "en");
    // The day is shown as the hint says it is written, in the reader's language.
    await p.waitForFunction(() => document.querySelector("#as-of").value === "26/11/2026");
    assert.equal(await p.textContent("#as-of-hint"), "DD/MM/YYYY");
    await p.click("#as-of", { clickCount: 3 });
    await p.keyboard.type("12/01/20");
    await p.waitForTimeout(400);
    assert.equal(await p.getAttribute("[data-status-as-of]", "data-status-as-of"), "2026-11-26", "a partial date waits");
    assert.equal(await p.getAttribute("#as-of", "aria-invalid"), null);
    await p.keyboard.type("28");
    await p.waitForSelector('[data-status-as-of="2028-01-12"]');
    await p.click("#as-of", { clickCount: 3 });
    await p.keyboard.type("31/02/2028");
    await p.waitForSelector("#as-of[aria-invalid=true]");
    assert.match(await p.textContent("#as-of-error"), /not a calendar date/);
    await day(p, "2026-11-26");
    await p.selectOption("#lang", "nb");

    // A follow-up action added, seen and marked done, by keyboard only.
    await view(p, "meetings");
    const decision = p.locator('[data-decision="vedtak-2026-1-1"]');
    await decision.locator(".add-action").focus();
    await p.keyboard.press("Enter");
    await p.waitForFunction(() => document.activeElement?.matches('textarea[data-pointer$="/actions/2/text"]'));
    await p.keyboard.type("Sende kartleggingen til kommunene");
    // The owner, the due day (Chromium steps through its day, month and year), the status.
    for (let i = 0; i < 8 && !/\/status$/.test(await p.evaluate(() => document.activeElement?.getAttribute("data-pointer") ?? "")); i++) {
      await p.keyboard.press("Tab");
    }
    assert.match(await p.evaluate(() => document.activeElement?.getAttribute("data-pointer")), /\/actions\/2\/status$/);
    await p.keyboard.press("ArrowDown"); // open → done
    await p.waitForFunction(() => document.querySelector('[data-pointer$="/actions/2/status"]')?.value === "done");
    await p.waitForFunction(() => document.querySelector('[data-pointer$="/actions/2/done_on"]')?.value === "2026-11-26");
    assert.equal(await decision.locator("[data-action]").count(), 3, "seen with the two there were");

    // A milestone marked completed without its day: the finding stands at the field
    // that fixes it, in the reader's words (no JSON field name), and goes when the day is given.
    await view(p, "plan");
    await p.selectOption('select[data-pointer="/milestones/2/status"]', "completed");
    const cell = p.locator('td:has(input[data-pointer="/milestones/2/completed_on"])');
    await cell.locator('[data-finding="plan.milestone.completed"]').waitFor();
    assert.match(await cell.textContent(), /mangler datoen den ble nådd/);
    assert.doesNotMatch(await cell.textContent(), /completed_on/);
    await p.fill('input[data-pointer="/milestones/2/completed_on"]', "2026-11-20");
    await cell.locator('[data-finding="plan.milestone.completed"]').waitFor({ state: "detached" });

    // Undo takes back one edit of a field, not a keystroke.
    const title = p.locator('input[data-pointer="/measures/3/title"]');
    const before = await title.inputValue();
    await title.click();
    await p.keyboard.press("End");
    await p.keyboard.type(" og ungdom i hele regionen");
    await p.waitForTimeout(100);
    await p.click("#undo");
    await p.waitForFunction(([s, v]) => document.querySelector(s)?.value === v, ['input[data-pointer="/measures/3/title"]', before]);
    // Ctrl+Z in a field is the same step, and redo gives it back.
    await title.click();
    await p.keyboard.press("Control+Shift+Z");
    await p.waitForFunction((s) => document.querySelector(s)?.value.endsWith("i hele regionen"), 'input[data-pointer="/measures/3/title"]');
    await p.keyboard.press("Control+Z");
    await p.waitForFunction(([s, v]) => document.querySelector(s)?.value === v, ['input[data-pointer="/measures/3/title"]', before]);

    // Undo until there is nothing left: focus moves to redo, not to the page.
    await p.click("#undo");
    for (let i = 0; i < 20 && !(await p.isDisabled("#undo")); i++) await p.keyboard.press("Enter");
    await p.waitForFunction(() => document.activeElement?.id === "redo");

    // A new meeting: focus on its first field, in view.
    await view(p, "meetings");
    await p.focus("#add-meeting");
    await p.keyboard.press("Enter");
    await p.waitForFunction(() => document.activeElement?.matches('input[data-pointer="/meetings/4/date"]'));
    assert.ok(await p.evaluate(() => { const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }), "in view");
    // Defaults from the agreement: Nord-Tromsrådet invites the county.
    assert.equal(await p.inputValue('select[data-pointer="/meetings/4/invited_by"]'), "nord-tromsradet");

    // The focus ring: 3:1 or more against the page.
    const ratio = await p.evaluate(() => {
      const lum = (c) => { const [r, g, b] = c.match(/\d+/g).slice(0, 3).map(Number).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
      const el = document.getElementById("undo");
      el.focus();
      const ring = getComputedStyle(el).outlineColor;
      const [hi, lo] = [lum(ring), lum("rgb(250, 250, 250)")].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    });
    assert.ok(ratio >= 3, `focus ring contrast ${ratio.toFixed(2)}:1`);
    // A skip link is the first Tab stop, and it leads to the content.
    assert.equal(await p.evaluate(() => document.querySelector("a[href], button, input, select, textarea, [tabindex='0']")?.className), "skip");
    await p.focus(".skip");
    await p.keyboard.press("Enter");
    await p.waitForFunction(() => document.activeElement?.id === "main");
    assert.deepEqual(p.errors, []);
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
});

test("axe-core clean at 390 px as at 1280, in both languages", async () => {
  const server = await serve();
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    const p = await page(context, server.address().port);
    await mkdir(artifacts, { recursive: true });
    for (const lang of ["nb", "en"]) {
      await p.selectOption("#lang", lang);
      for (const v of ["overview", "plan", "meetings", "indicators", "evaluation"]) {
        await view(p, v);
        await p.waitForTimeout(150);
        await axe(p, `${v} at 390 px (${lang})`);
      }
    }
    await view(p, "plan");
    await p.screenshot({ path: `${artifacts}workbench-plan-390.png` });
    // The measure's name stays in view while its progress is edited.
    await p.focus(progressAt(0));
    const stays = await p.evaluate(() => { const r = document.querySelector('[data-measure="nt-1.1-kollektiv"] .measure-name').getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth; });
    assert.ok(stays, "the measure's name is in view");
    assert.deepEqual(p.errors, []);
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
});

/** A plan of `n` measures grown from the Nord-Troms plan (illustrative). */
function bigPlan(n) {
  const plan = JSON.parse(planText);
  const measures = [];
  for (let i = 0; i < n; i++) {
    const m = structuredClone(plan.measures[i % plan.measures.length]);
    m.id = `${m.id}-${i}`;
    measures.push(m);
  }
  plan.measures = measures;
  plan.milestones = plan.milestones.map((x) => ({ ...x, measures: x.measures.map((id) => `${id}-0`) }));
  plan.updates = plan.updates.map((u) => ({ ...u, measure: `${u.measure}-0` }));
  return JSON.stringify(plan, null, 2);
}

test("latency at 300 measures: a keystroke and its finding", async () => {
  const server = await serve();
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await page(context, server.address().port);
    // Replacing the plan of the same name is asked: yes.
    p.on("dialog", (d) => d.accept().catch(() => {}));
    await p.setInputFiles("#files", { name: PLAN, mimeType: "application/json", buffer: Buffer.from(bigPlan(300)) });
    // The 300-measure plan in the workspace (the question answered) before anything is timed.
    await view(p, "plan");
    await p.waitForFunction(() => document.querySelectorAll("[data-measure]").length >= 300, null, { polling: 100, timeout: 30000 });
    await view(p, "overview");
    await p.waitForFunction(() => document.querySelectorAll("[data-measure]").length === 0, null, { polling: 100 });
    // Opening the plan view: the first screen of rows drawn, and every row there.
    const opened = await p.evaluate(async () => {
      const t0 = performance.now();
      document.querySelector('nav [data-view="plan"]').click();
      const until = (ok) => new Promise((r) => { const check = () => (ok() ? requestAnimationFrame(() => r(performance.now() - t0)) : setTimeout(check, 1)); check(); });
      const first = await until(() => document.querySelectorAll("[data-measure]").length >= 20);
      const all = await until(() => document.querySelectorAll("[data-measure]").length >= 300);
      return { first, all };
    });
    const measure = async () => {
      const field = progressAt(0);
      await p.fill(field, "50");
      await p.waitForTimeout(600);
      await p.focus(field);
      await p.keyboard.press("End");
      await p.evaluate(() => {
        window.__lat = {};
        addEventListener("keydown", () => { window.__lat.t0 = performance.now(); }, { capture: true, once: true });
        addEventListener("input", () => requestAnimationFrame(() => { window.__lat.shown = performance.now() - window.__lat.t0; }), { once: true });
        const obs = new MutationObserver(() => {
          if (document.querySelector('[data-measure="nt-1.1-kollektiv-0"] [data-finding]')) {
            window.__lat.finding = performance.now() - window.__lat.t0;
            obs.disconnect();
          }
        });
        obs.observe(document.body, { subtree: true, childList: true });
      });
      await p.keyboard.type("9"); // 509: over 100, a finding
      await p.waitForFunction(() => window.__lat.finding != null && window.__lat.shown != null, null, { timeout: 20000 });
      return p.evaluate(() => window.__lat);
    };
    // Each figure the median of five keystrokes.
    const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const samples = async () => {
      const runs = [];
      for (let k = 0; k < 5; k++) runs.push(await measure());
      return { shown: median(runs.map((r) => r.shown)), finding: median(runs.map((r) => r.finding)) };
    };
    const normal = await samples();
    const cdp = await context.newCDPSession(p);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    const slow = await samples();
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    const figures = {
      measures: 300, open_plan_first_screen_ms: Math.round(opened.first), open_plan_all_rows_ms: Math.round(opened.all),
      keystroke_ms: Math.round(normal.shown), finding_ms: Math.round(normal.finding), cpu4x_keystroke_ms: Math.round(slow.shown), cpu4x_finding_ms: Math.round(slow.finding),
    };
    await mkdir(artifacts, { recursive: true });
    await writeFile(`${artifacts}latency.json`, JSON.stringify(figures, null, 2) + "\n");
    console.log("latency at 300 measures:", figures);
    // The targets are 16/100 ms, 50/300 ms with the CPU slowed 4×, and 200 ms to open (BENCHMARKS.md
    // has the figures); the test fails at twice a target, so a busy CI machine does not fail it by chance
    // while a return to drawing the whole plan at each keystroke (126/359 ms before) does.
    assert.ok(figures.keystroke_ms < 32, `keystroke shown in ${figures.keystroke_ms} ms`);
    assert.ok(figures.finding_ms < 200, `finding in ${figures.finding_ms} ms`);
    assert.ok(figures.cpu4x_keystroke_ms < 100, `keystroke shown in ${figures.cpu4x_keystroke_ms} ms, CPU slowed 4x`);
    assert.ok(figures.cpu4x_finding_ms < 600, `finding in ${figures.cpu4x_finding_ms} ms, CPU slowed 4x`);
    assert.ok(figures.open_plan_first_screen_ms < 400, `plan view opened in ${figures.open_plan_first_screen_ms} ms`);
    // What a screen reader hears while typing: "being checked", then the findings.
    const field = progressAt(1);
    await p.fill(field, "40");
    await p.waitForTimeout(300);
    await p.focus(field);
    await p.evaluate(() => {
      window.__heard = [];
      new MutationObserver(() => window.__heard.push(document.getElementById("announce").textContent))
        .observe(document.getElementById("announce"), { subtree: true, childList: true, characterData: true });
    });
    await p.keyboard.press("End");
    await p.keyboard.type("4");
    await p.waitForFunction(() => window.__heard.length >= 2 && /feil|errors/.test(window.__heard.at(-1)));
    const heard = await p.evaluate(() => window.__heard);
    assert.ok(heard.some((x) => /sjekkes|being checked/.test(x)), heard.join(" | "));
    // Undo at once after typing (before the typing reached the workspace) undoes that typing
    // (leaving the field and coming back makes it an undo step of its own).
    await p.keyboard.press("Tab");
    await p.keyboard.press("Shift+Tab");
    await p.keyboard.press("End");
    await p.keyboard.type("1");
    await p.keyboard.press("Control+z");
    await p.waitForFunction((sel) => document.querySelector(sel).value === "404", field);
    await p.keyboard.press("Control+y");
    await p.waitForFunction((sel) => document.querySelector(sel).value === "4041", field);
    assert.deepEqual(p.errors, []);
    await cdp.detach();
    await p.close({ runBeforeUnload: false });
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
});
