// The workbench's state on its own (examples/web/*.js, no browser): typed
// days, undo by edit, and two tabs' documents merged with the core's merge.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parseDay, showDay } from "../../../examples/web/dates.js";
import * as history from "../../../examples/web/history.js";
import { mergeDocs } from "../../../examples/web/sync.js";
import * as tv from "../pkg/node.mjs";

test("a day typed in either language's format", () => {
  for (const [text, lang, day] of [
    ["2026-12-03", "nb", "2026-12-03"], ["3.12.2026", "nb", "2026-12-03"], ["03.12.2026", "nb", "2026-12-03"],
    ["3. desember 2026", "nb", "2026-12-03"], ["3/12/2026", "en", "2026-12-03"], ["3 December 2026", "en", "2026-12-03"],
    ["12/01/2028", "en", "2028-01-12"], ["29.02.2028", "nb", "2028-02-29"],
  ]) assert.deepEqual(parseDay(text, lang), { day }, text);
  for (const text of ["", "1", "12/0", "12/01/", "12/01/20", "3.12.", "3. des"]) assert.deepEqual(parseDay(text, "nb"), { partial: true }, text);
  assert.match(parseDay("31.02.2026", "nb").error, /«31\.02\.2026» er ingen dato/);
  assert.match(parseDay("30/02/2026", "en").error, /not a calendar date/);
  assert.match(parseDay("12/01/20280", "en").error, /four digits/);
  assert.match(parseDay("neste uke", "nb").error, /Skriv datoen/);
  assert.equal(showDay("2026-12-03", "nb"), "3.12.2026");
  assert.equal(showDay("2026-12-03", "en"), "3/12/2026");
});

test("undo goes back one edit of a field, not one keystroke", () => {
  let h = history.empty();
  const states = ["", "H", "He", "Hel", "Hell", "Hello"];
  for (let i = 1; i < states.length; i++) h = history.record(h, [states[i - 1]], "title", 1000 + i * 100);
  assert.equal(h.past.length, 1, "22 keystrokes are one step");
  // A pause, or another field, starts a new step; a button always does.
  h = history.record(h, ["Hello"], "title", 1000 + 5 * 100 + history.PAUSE + 1);
  h = history.record(h, ["Hello!"], "progress", 9000);
  h = history.record(h, ["x"], null, 9001);
  h = history.record(h, ["y"], null, 9002);
  assert.equal(h.past.length, 5);
  const back = history.undo(h, ["now"]);
  assert.deepEqual(back.docs, ["y"]);
  const again = history.redo(back.history, back.docs);
  assert.deepEqual(again.docs, ["now"]);
  assert.equal(history.undo(history.empty(), []), null);
  assert.equal(history.redo(history.empty(), []), null);
});

test("two tabs' documents merge by item with the core's merge", () => {
  const root = new URL("../../../", import.meta.url);
  const text = (p) => readFileSync(new URL(p, root), "utf8");
  const plan = text("examples/nord-troms/action-plan-2025-2026.json");
  const meetings = text("examples/nord-troms/meetings-2025-2026.json");
  const mine = JSON.parse(plan);
  mine.measures[0].progress = 77;
  const theirs = JSON.parse(plan);
  theirs.measures[1].progress = 55;
  const merge = (b, m, t) => {
    const r = tv.merge({ name: "b.json", text: b }, { name: "m.json", text: m }, { name: "t.json", text: t }, { format: "object" });
    return { text: JSON.stringify(r.document, null, 2) + "\n", conflicts: r.conflicts };
  };
  const base = [{ name: "plan.json", text: plan }, { name: "meetings.json", text: meetings }];
  const out = mergeDocs(
    base,
    [{ name: "plan.json", text: JSON.stringify(mine) }, { name: "meetings.json", text: meetings }],
    [{ name: "plan.json", text: JSON.stringify(theirs) }, { name: "meetings.json", text: meetings }, { name: "new.json", text: "{}" }],
    merge,
  );
  const merged = JSON.parse(out.docs.find((d) => d.name === "plan.json").text);
  assert.equal(merged.measures[0].progress, 77);
  assert.equal(merged.measures[1].progress, 55);
  assert.deepEqual(out.docs.map((d) => d.name), ["plan.json", "meetings.json", "new.json"]);
  assert.deepEqual(out.conflicts, []);
  // The same field on both sides: mine kept, theirs shown.
  theirs.measures[0].progress = 12;
  const both = mergeDocs(base, [{ name: "plan.json", text: JSON.stringify(mine) }], [{ name: "plan.json", text: JSON.stringify(theirs) }], merge);
  assert.equal(JSON.parse(both.docs[0].text).measures[0].progress, 77);
  assert.equal(both.conflicts.length, 1);
  assert.equal(both.conflicts[0].theirs, 12);
  assert.match(both.conflicts[0].message, /framdriften er endret begge steder \(her 77, der 12\)/);
});

test("offline: the service worker keeps every module the workbench imports", async () => {
  const { readFileSync, readdirSync } = await import("node:fs");
  const web = new URL("../../../examples/web/", import.meta.url);
  const sw = readFileSync(new URL("sw.js", web), "utf8");
  const modules = readdirSync(web).filter((n) => n.endsWith(".js") && n !== "sw.js");
  for (const name of modules) {
    const text = readFileSync(new URL(name, web), "utf8");
    for (const [, dep] of text.matchAll(/from "\.\/([\w-]+\.js)"/g)) {
      assert.ok(sw.includes(`"./${dep}"`), `sw.js does not keep ./${dep} (imported by ${name})`);
    }
    assert.ok(sw.includes(`"./${name}"`), `sw.js does not keep ./${name}`);
  }
});

test("a slow line: index.html asks for everything the first status needs at once, the module first", async () => {
  const { readFileSync, readdirSync } = await import("node:fs");
  const web = new URL("../../../examples/web/", import.meta.url);
  const index = readFileSync(new URL("index.html", web), "utf8");
  const links = [...index.matchAll(/<link rel="(\w+)" href="([^"]+)"/g)].map(([, rel, href]) => ({ rel, href }));
  // The import map before anything that loads a module: one preloaded earlier resolves "preact" without it.
  const map = index.indexOf('<script type="importmap">');
  assert.ok(map >= 0 && map < index.indexOf('rel="modulepreload"') && map < index.indexOf('<script type="module"'), "the import map comes first");
  // The WebAssembly is the largest file: asked for before any other.
  assert.deepEqual(links[0], { rel: "preload", href: "../../bindings/wasm/pkg-slim/tromsvekst_bg.wasm" });
  const preloaded = new Set(links.filter((l) => l.rel === "modulepreload").map((l) => l.href));
  // Every module of the page and every module a module imports: none is found one round trip late.
  for (const name of readdirSync(web).filter((n) => n.endsWith(".js") && n !== "sw.js")) {
    assert.ok(preloaded.has(name), `index.html does not preload ${name}`);
    const text = readFileSync(new URL(name, web), "utf8");
    for (const [, dep] of text.matchAll(/from "([^"]+\.m?js)"/g)) {
      assert.ok(preloaded.has(dep.replace(/^\.\//, "")), `index.html does not preload ${dep} (imported by ${name})`);
    }
  }
  for (const v of ["preact", "hooks", "htm"]) assert.ok(preloaded.has(`vendor/${v}.mjs`), `vendor/${v}.mjs`);
  // The documents a first visit opens on, the same list app.js fetches.
  const app = readFileSync(new URL("app.js", web), "utf8");
  const examples = app.match(/const EXAMPLES = \[([^\]]+)\]/)[1].match(/"[^"]+"/g).map((s) => `../nord-troms/${JSON.parse(s)}`);
  assert.deepEqual(links.filter((l) => l.rel === "preload" && l.href.endsWith(".json")).map((l) => l.href), examples);
});
