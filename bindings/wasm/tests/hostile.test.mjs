// The hostile-input corpus (tests/hostile/), run through the WebAssembly
// package: the same outcome as in Rust and Python, never a trap, within the
// time bound; the same module instance keeps working throughout.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as tv from "../pkg/node.mjs";
import { report } from "../pkg/report-node.mjs";

const dir = new URL("../../../tests/hostile/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", dir), "utf8"));
const enc = new TextEncoder();

function bytes(c) {
  if (c.generate) {
    const g = c.generate;
    const head = enc.encode(g.prefix);
    const tail = enc.encode(g.suffix);
    const body = enc.encode(g.repeat);
    const out = new Uint8Array(head.length + body.length * g.times + tail.length);
    out.set(head, 0);
    if (body.length === 1) out.fill(body[0], head.length, head.length + g.times);
    else for (let i = 0; i < g.times; i++) out.set(body, head.length + i * body.length);
    out.set(tail, head.length + body.length * g.times);
    return out;
  }
  return new Uint8Array(readFileSync(new URL(c.path, dir)));
}

for (const c of manifest.cases) {
  test(`hostile ${c.name}`, () => {
    const started = performance.now();
    let outcome;
    try {
      outcome = tv.validate([{ name: c.file, text: bytes(c) }], { asOf: manifest.as_of, lang: "en" });
    } catch (e) {
      outcome = e;
    }
    assert.ok(performance.now() - started < manifest.time_limit_ms, "time bound");
    if (c.expect.error) {
      assert.equal(outcome?.code, c.expect.error, String(outcome?.message ?? JSON.stringify(outcome?.counts)));
      assert.ok(outcome.line !== null || outcome.document !== null);
    } else {
      assert.equal(typeof outcome.valid, "boolean", String(outcome?.message));
      if (c.expect.valid) assert.equal(outcome.valid, true);
      if (c.expect.fires) {
        const group = outcome.groups.find((g) => g.rule === c.expect.fires);
        assert.ok(group, `${c.expect.fires} did not fire`);
        if (c.expect.omitted) assert.ok(group.omitted > 0);
      }
    }
  });
}

// The documents for the meetings made from every case that reads: Word and
// HTML written, or a clear error (a TromsvekstError with its code), never a
// trap of the report module.
test("the report module on the corpus: a document or an error with its code, never a trap", async () => {
  for (const c of manifest.cases.filter((x) => !x.expect.error)) {
    for (const format of ["docx", "html"]) {
      try {
        const out = await report([{ name: c.file, text: bytes(c) }], { kind: "status", asOf: manifest.as_of, lang: "en", format });
        assert.ok(out.length > 0, c.name);
      } catch (e) {
        assert.equal(typeof e.code, "string", `${c.name}: ${e}`);
      }
    }
  }
  assert.match(await report([], { kind: "midterm", asOf: manifest.as_of, format: "md" }), /^# /);
});

test("the instance still works after the corpus, and memory stayed bounded", () => {
  assert.equal(tv.validate([]).valid, true);
  assert.ok(process.memoryUsage().rss < 2.5 * 1024 ** 3);
});
