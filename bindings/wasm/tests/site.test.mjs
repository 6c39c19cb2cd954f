// The follow-up in public (issue 26), in Chromium as a citizen meets it: the
// site made by `tromsvekst site` for the Nord-Troms whole period on three days
// and for Fjordvik, every page opened from disk with JavaScript off — no
// broken link, no request outside the site — and axe-core clean at 1280 and
// 390 px; screenshots of the front page and a focus area page in both
// languages (target/test-artifacts/site/, copied to docs/images/ by
// scripts/document-pictures.sh).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { axe, launch, root } from "./chromium.mjs";

const exe = process.env.TROMSVEKST_CLI ?? `${root}target/debug/tromsvekst`;
const artifacts = `${root}target/test-artifacts/site/`;

export const CASES = [
  { name: "nord-troms-2026-11-26", files: ["examples/nord-troms/whole-period"], day: "2026-11-26" },
  { name: "nord-troms-2027-06-01", files: ["examples/nord-troms/whole-period"], day: "2027-06-01" },
  { name: "nord-troms-2028-11-30", files: ["examples/nord-troms/whole-period"], day: "2028-11-30" },
  { name: "fjordvik-2027-06-01", files: ["examples/illustrative"], day: "2027-06-01" },
];

/** The site of a case, made by the command line into a new folder. */
export function build(c) {
  assert.ok(existsSync(exe), `build the command line first (cargo build -p tromsvekst-cli): ${exe}`);
  const out = join(mkdtempSync(join(tmpdir(), "tromsvekst-site-")), c.name);
  execFileSync(exe, ["site", ...c.files, "--as-of", c.day, "--made", c.day, "--out", out], { cwd: root, stdio: "pipe" });
  return out;
}

function walk(dir) {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

test("every page from disk with JavaScript off: no broken link, no outside request; axe-core clean at 1280 and 390 px", async () => {
  const browser = await launch();
  try {
    for (const c of CASES) {
      const dir = build(c);
      const pages = walk(dir).filter((f) => f.endsWith(".html") && !f.includes("/docs/"));
      assert.ok(pages.length >= 14, `${c.name}: ${pages.length} pages`);
      const checked = new Set();
      for (const width of [1280, 390]) {
        const off = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
        const outside = [];
        await off.route("**/*", (route) => {
          const url = route.request().url();
          if (!url.startsWith("file://")) outside.push(url);
          return url.startsWith("file://") ? route.continue() : route.abort();
        });
        const on = await browser.newContext({ viewport: { width, height: 900 } });
        for (const file of pages) {
          const url = pathToFileURL(file).href;
          const p = await off.newPage();
          const failed = [];
          p.on("requestfailed", (r) => failed.push(r.url()));
          await p.goto(url);
          // Every link goes to a file of the site (and, with a fragment, to an element there).
          const links = await p.$$eval("a[href], link[href]", (as) => as.map((a) => a.href));
          for (const link of links) {
            if (checked.has(link)) continue;
            checked.add(link);
            const u = new URL(link);
            assert.equal(u.protocol, "file:", `${relative(dir, file)}: a link outside the site: ${link}`);
            assert.ok(existsSync(decodeURIComponent(u.pathname)), `${relative(dir, file)}: a broken link: ${link}`);
            if (u.hash && u.pathname.endsWith(".html")) {
              const q = await off.newPage();
              await q.goto(u.href);
              assert.ok(await q.$(`[id="${decodeURIComponent(u.hash.slice(1))}"]`), `${relative(dir, file)}: no ${u.hash} in ${u.pathname}`);
              await q.close();
            }
          }
          assert.deepEqual(failed, [], `${relative(dir, file)}: requests that failed`);
          // The page's language, its landmarks, one h1 and headings in order.
          const shape = await p.evaluate(() => ({
            lang: document.documentElement.lang,
            main: document.querySelectorAll("main").length,
            h1: document.querySelectorAll("h1").length,
            levels: [...document.querySelectorAll("h1,h2,h3,h4")].map((h) => Number(h.tagName[1])),
            scrollWidth: document.documentElement.scrollWidth,
          }));
          const rel = relative(dir, file);
          assert.equal(shape.lang, rel.startsWith("en/") ? "en" : "nb", rel);
          assert.equal(shape.main, 1, rel);
          assert.equal(shape.h1, 1, rel);
          shape.levels.forEach((l, i) => assert.ok(i === 0 || l <= shape.levels[i - 1] + 1, `${rel}: heading h${l} after h${shape.levels[i - 1]}`));
          assert.ok(shape.scrollWidth <= width + 1, `${rel}: wider than ${width} px (${shape.scrollWidth})`);
          await p.close();
          const q = await on.newPage();
          await q.goto(url);
          await axe(q, `${c.name} ${rel} at ${width} px`);
          if (c.name === "nord-troms-2027-06-01" && ["index.html", "area-1.html", "en/index.html", "en/area-1.html"].includes(rel)) {
            mkdirSync(artifacts, { recursive: true });
            await q.screenshot({ path: `${artifacts}${rel.replace("/", "-").replace(".html", "")}-${width}.png` });
          }
          await q.close();
        }
        assert.deepEqual(outside, [], `${c.name}: requests outside the site`);
        await off.close();
        await on.close();
      }
    }
  } finally {
    await browser.close();
  }
});
