// tromsvekst/report: the second WebAssembly module gives the same documents
// as the command line and Python — HTML and Markdown byte for byte, Word byte
// for byte too (its zip timestamps are fixed) — and a bad option is an
// error that says what, never a trap.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { report, site } from "../pkg/report-node.mjs";

const root = new URL("../../../", import.meta.url);
const folder = "examples/nord-troms";
const inputs = readdirSync(fileURLToPath(new URL(folder, root)))
  .filter((n) => n.endsWith(".json"))
  .sort()
  .map((n) => ({ name: `${folder}/${n}`, text: readFileSync(new URL(`${folder}/${n}`, root)) }));

function cliReport(kind, ext, lang) {
  const exe = process.env.TROMSVEKST_CLI ?? fileURLToPath(new URL("target/debug/tromsvekst", root));
  assert.ok(existsSync(exe), `build the command line first (cargo build -p tromsvekst-cli): ${exe}`);
  const out = join(mkdtempSync(join(tmpdir(), "tromsvekst-")), `r.${ext}`);
  execFileSync(exe, ["report", kind, folder, "--as-of", "2026-11-26", "--lang", lang, "--out", out], { cwd: fileURLToPath(root), stdio: "pipe" });
  return readFileSync(out);
}

test("the reports are the command line's, byte for byte", async () => {
  for (const kind of ["status", "midterm", "final"]) {
    for (const lang of ["nb", "en"]) {
      const options = { kind, asOf: "2026-11-26", lang };
      assert.equal(await report(inputs, options), cliReport(kind, "html", lang).toString("utf8"), `${kind} ${lang} html`);
      assert.equal(await report(inputs, { ...options, format: "md" }), cliReport(kind, "md", lang).toString("utf8"), `${kind} ${lang} md`);
      const docx = await report(inputs, { ...options, format: "docx" });
      assert.ok(docx instanceof Uint8Array);
      assert.ok(Buffer.from(docx).equals(cliReport(kind, "docx", lang)), `${kind} ${lang} docx`);
    }
  }
  // The snapshot the browser test opens is this very page.
  const snapshot = readFileSync(new URL("tests/snapshots/status-nord-troms-nb.html", root), "utf8");
  assert.equal(await report(inputs, { kind: "status", asOf: "2026-11-26" }), snapshot);
  const fragment = await report(inputs, { kind: "status", asOf: "2026-11-26", format: "fragment" });
  assert.match(fragment, /^<div class="tromsvekst-report" lang="nb"><style>/);
});

test("bad options are errors that say what, in the language asked for", async () => {
  await assert.rejects(report(inputs, { kind: "budget", lang: "en" }), (e) => e.code === "argument.invalid-value" && /budget/.test(e.message));
  await assert.rejects(report(inputs, { kind: "status", format: "pdf", lang: "en" }), (e) => /pdf/.test(e.message) && /docx/.test(e.message));
  await assert.rejects(report(inputs, { lang: "en" }), (e) => /options\.kind/.test(e.message));
  await assert.rejects(report([{ name: "x.json", text: "{" }], { kind: "status" }), (e) => e.document === "x.json");
  // After the errors, the module still works.
  assert.match(await report([], { kind: "status", asOf: "2026-11-26", format: "md" }), /^# Tromsvekstavtalen/);
});

test("site(): the files of `tromsvekst site`, byte for byte; the feed of what changed since an earlier build", async () => {
  const exe = process.env.TROMSVEKST_CLI ?? fileURLToPath(new URL("target/debug/tromsvekst", root));
  const whole = "examples/nord-troms/whole-period";
  const docs = readdirSync(fileURLToPath(new URL(whole, root))).filter((n) => n.endsWith(".json")).sort()
    .map((n) => ({ name: `${whole}/${n}`, text: readFileSync(new URL(`${whole}/${n}`, root)) }));
  const out = join(mkdtempSync(join(tmpdir(), "tromsvekst-site-")), "site");
  execFileSync(exe, ["site", whole, "--as-of", "2027-06-01", "--made", "2027-06-01", "--out", out], { cwd: fileURLToPath(root), stdio: "pipe" });
  const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)).map((x) => `${n}/${x}`) : [n]));
  const files = await site(docs, { asOf: "2027-06-01", made: "2027-06-01" });
  assert.deepEqual(files.map((f) => f.path), walk(out).sort());
  for (const f of files) assert.ok(Buffer.from(f.bytes).equals(readFileSync(join(out, f.path))), f.path);
  // With an earlier build, the feed lists only what is new since.
  const earlier = await site(docs, { asOf: "2026-11-26", made: "2026-11-26" });
  const later = await site(docs, { asOf: "2027-06-01", made: "2027-06-01", previous: earlier });
  const entries = (fs) => (Buffer.from(fs.find((f) => f.path === "feed.atom").bytes).toString().match(/<entry>/g) ?? []).length;
  assert.ok(entries(later) > 0 && entries(later) < entries(files), `${entries(later)} of ${entries(files)}`);
  await assert.rejects(site(docs, { previous: "data/events.csv" }), (e) => /options\.previous/.test(e.message));
});

