// The status report as a reader gets it: the committed snapshots of
// tests/snapshots/ (made by the Rust renderer, checked byte for byte by its
// snapshot test) opened in headless Chromium, checked by axe-core for
// WCAG 2.1 AA, and printed on A4.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const root = new URL("../../../", import.meta.url).pathname;
const browserPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

test("the status report passes axe-core and prints on A4 with its charts", async () => {
  assert.ok(existsSync(browserPath), `Chromium not found at ${browserPath}: apt-get install -y chromium`);
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    await mkdir(`${root}target/test-artifacts/`, { recursive: true });
    for (const lang of ["nb", "en"]) {
      const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
      const requests = [];
      page.on("request", (r) => { if (!r.url().startsWith("file:")) requests.push(r.url()); });
      await page.goto(`file://${root}tests/snapshots/status-nord-troms-${lang}.html`);
      assert.deepEqual(requests, [], "the report is self-contained: no network");
      assert.equal(await page.getAttribute("html", "lang"), lang);
      assert.equal(await page.locator("h1").count(), 1);
      assert.equal(await page.locator("svg[role=img][aria-label]").count(), 9, "the progress chart, four indicator lines, four focus areas over time");
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(() => globalThis.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
      assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.length}`), [], `axe-core finds violations in ${lang}`);
      await page.screenshot({ path: `${root}target/test-artifacts/report-status-${lang}.png` });
      // On a phone (390 px) nothing runs off the side.
      await page.setViewportSize({ width: 390, height: 844 });
      assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390, "the report fits 390 px");
      await page.screenshot({ path: `${root}target/test-artifacts/report-status-${lang}-390.png` });
      await page.setViewportSize({ width: 900, height: 1200 });
      const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
      await writeFile(`${root}target/test-artifacts/report-status-${lang}.pdf`, pdf);
      const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert.ok(pages >= 3 && pages <= 10, `the report prints on 3 to 10 A4 pages, not ${pages}`);
      await page.close();
    }
    // The midterm evaluation, finished parts and a fresh draft: axe-core, A4,
    // and the draft marked as such.
    for (const file of ["midterm-nord-troms-nb", "midterm-draft-nord-troms-en"]) {
      const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
      await page.goto(`file://${root}tests/snapshots/${file}.html`);
      assert.match(await page.textContent(".alert"), /UTKAST|DRAFT/);
      assert.ok((await page.locator(".incomplete").count()) >= 1);
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(() => globalThis.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
      assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.length}`), [], `axe-core finds violations in ${file}`);
      const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
      await writeFile(`${root}target/test-artifacts/report-${file}.pdf`, pdf);
      await page.setViewportSize({ width: 390, height: 844 });
      assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390, `${file} fits 390 px`);
      await page.close();
    }
    // Every other document as the command line writes it — the Nord-Troms final,
    // the Fjordvik status, midterm and final, in both languages: axe-core, A4,
    // 390 px, no word broken by the style, and no request outside the file.
    const cli = process.env.TROMSVEKST_CLI ?? `${root}target/debug/tromsvekst`;
    const made = [
      ["final", "examples/nord-troms/whole-period", "2028-11-30"],
      ["status", "examples/illustrative", "2027-06-01"],
      ["midterm", "examples/illustrative", "2027-06-01"],
      ["final", "examples/illustrative", "2031-06-01"],
    ];
    for (const [kind, folder, day] of made) {
      for (const lang of ["nb", "en"]) {
        const name = `${kind}-${folder.split("/").pop()}-${lang}`;
        const html = execFileSync(cli, ["report", kind, folder, "--as-of", day, "--lang", lang], { cwd: root });
        const path = `${root}target/test-artifacts/document-${name}.html`;
        await writeFile(path, html);
        const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
        const requests = [];
        page.on("request", (r) => { if (!r.url().startsWith("file:")) requests.push(r.url()); });
        await page.goto(`file://${path}`);
        assert.deepEqual(requests, [], `${name}: no network`);
        assert.equal(await page.getAttribute("html", "lang"), lang);
        const wrap = await page.evaluate(() => [...document.querySelectorAll("td, th, p, li")].map((e) => getComputedStyle(e)).filter((c) => c.overflowWrap === "anywhere" || c.wordBreak === "break-all").length);
        assert.equal(wrap, 0, `${name}: nothing may break a word anywhere`);
        await page.addScriptTag({ path: axePath });
        const result = await page.evaluate(() => globalThis.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
        assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.length}`), [], `axe-core finds violations in ${name}`);
        await page.setViewportSize({ width: 390, height: 844 });
        assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390, `${name} fits 390 px`);
        await page.screenshot({ path: `${root}target/test-artifacts/document-${name}-390.png` });
        const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
        await writeFile(`${root}target/test-artifacts/document-${name}.pdf`, pdf);
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
});
