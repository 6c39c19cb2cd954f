// Every function of the WebAssembly API, including the errors, in node.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as tv from "../pkg/node.mjs";

const root = new URL("../../../", import.meta.url);
const read = (p) => readFileSync(new URL(p, root), "utf8");
const NT = "examples/nord-troms/";
const ALL = ["agreement.json", "action-plan-2025-2026.json", "meetings-2025-2026.json", "indicators.json", "midterm-evaluation-2026.json"].map(
  (f) => ({ name: NT + f, text: read(NT + f) }),
);
const plan = ALL[1];

test("parse returns plain objects for every kind", () => {
  const kinds = ALL.map((i) => tv.parse(i).kind);
  assert.deepEqual(kinds, ["agreement", "action_plan", "meeting_log", "indicators", "evaluation"]);
  const doc = tv.parse(plan, "action_plan");
  assert.equal(Object.getPrototypeOf(doc), Object.prototype);
  assert.ok(Array.isArray(doc.measures));
  assert.equal(typeof doc.milestones[0].due, "string");
  assert.equal(doc.measures[0].funding[0].amount_nok, "1500000.00");
  assert.equal(tv.parse({ name: "b.json", text: new TextEncoder().encode(plan.text) }).id, doc.id);
});

test("errors are Error objects with code and place", () => {
  const cases = [
    ["", "json.empty", "", 1, 1],
    ["[]", "document.not-an-object", "", 1, 1],
    ['{"kind": "agreement", "kind": 1}', "json.duplicate-key", "/kind", 1, 23],
    ['{"kind": "agreement", "schema_version": "1.0", "titel": {}}', "document.unknown-field", "/titel", 1, 48],
    ["[".repeat(10000), "json.depth-limit", "/0".repeat(128), 1, 129],
  ];
  for (const [text, code, pointer, line, column] of cases) {
    assert.throws(
      () => tv.parse({ name: "bad.json", text }),
      (e) => {
        assert.ok(e instanceof Error);
        assert.deepEqual([e.code, e.pointer, e.line, e.column, e.document], [code, pointer, line, column, "bad.json"]);
        assert.ok(e.message.includes(`bad.json:${line}:${column}`));
        assert.ok(e.messageEn && e.messageNb);
        assert.equal(JSON.parse(e.json).code, code);
        return true;
      },
    );
  }
  assert.throws(() => tv.parse(plan, "agreement"), (e) => e.code === "document.wrong-kind");
  assert.throws(() => tv.parse(plan, "plan"), TypeError);
  assert.throws(() => tv.validate("nope"), TypeError);
  assert.throws(() => tv.validate([{ name: "x", text: 5 }]), TypeError);
  assert.throws(() => tv.validate([], { lang: "de" }), (e) => e.code === "document.invalid-value");
  assert.throws(() => tv.validate([], { severity: { "agreement.nope": "off" } }), (e) => e.code === "config.unknown-rule");
  assert.throws(() => tv.status([], { asOf: "2026-02-30" }), (e) => e.code === "document.invalid-date");
});

test("hostile input never traps: the same instance keeps working", () => {
  const hostile = [
    "\u0000",
    "NaN",
    '"\\ud800"',
    "{".repeat(200000),
    '{"kind": "agreement", "schema_version": "1.0", "id": "' + "x".repeat(2 * 1024 * 1024) + '"}',
    '{"kind": "action_plan", "schema_version": "1.0", "measures": [{"progress": -1}]}',
    '{"kind": "meeting_log", "schema_version": "1.0", "meetings": [{"date": "99999-01-01"}]}',
    '{"kind": "action_plan", "schema_version": "1.0", "period": {"start": 1e400}}',
  ];
  for (const text of hostile) {
    assert.throws(() => tv.parse({ name: "h.json", text }), (e) => typeof e.code === "string");
    assert.throws(() => tv.validate([{ name: "h.json", text }]), (e) => typeof e.code === "string");
  }
  assert.throws(() => tv.parse({ name: "b.json", text: new Uint8Array([0xff, 0xfe, 0x00]) }), (e) => e.code === "json.invalid-utf8");
  assert.equal(tv.validate([]).valid, true);
});

test("validate gives the report as plain objects and as identical JSON", () => {
  const report = tv.validate(ALL, { lang: "en", asOf: "2026-11-26" });
  assert.equal(report.valid, true);
  assert.deepEqual(report.counts, { error: 0, warning: 8, info: 0 });
  assert.equal(report.as_of, "2026-11-26");
  assert.ok(Array.isArray(report.groups) && !(report.groups instanceof Map));
  assert.deepEqual(report, JSON.parse(tv.validateJson(ALL, { lang: "en", asOf: "2026-11-26" })));
  assert.ok(tv.validateText(ALL, { lang: "en", asOf: "2026-11-26" }).includes("valid — 0 errors, 8 warnings"));
  const strict = tv.validate([], { severity: { "agreement.process.chronology": "error" } });
  assert.equal(strict.valid, false);
});

test("status, markdown and the midterm draft", () => {
  const s = tv.status(ALL, { asOf: "2026-11-26", lang: "en" });
  assert.equal(s.as_of, "2026-11-26");
  assert.deepEqual([s.evaluations[0].stage, s.evaluations[0].state, s.evaluations[0].days_left], ["midterm", "due", 35]);
  assert.deepEqual(s.overdue_milestones.map((m) => m.id), ["ms-2026-innsatssonen", "ms-2026-naeringsarealer"]);
  assert.equal(s.progress.length, 4);
  assert.ok(tv.statusMarkdown(ALL, { asOf: "2026-11-26", lang: "en" }).includes("## Evaluations"));
  assert.equal(JSON.parse(tv.statusJson(ALL, { asOf: "2026-11-26" })).as_of, "2026-11-26");
  const today = new Date();
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`;
  assert.equal(tv.status([]).as_of, iso);
  const draft = tv.draftMidterm(ALL.slice(0, 4), { asOf: "2026-11-26" });
  assert.equal(draft.status, "draft");
  assert.equal(draft.findings.length, 11);
  const check = tv.validate([...ALL.slice(0, 4), { name: "draft.json", text: tv.draftMidtermJson(ALL.slice(0, 4), { asOf: "2026-11-26" }) }], {
    asOf: "2026-11-26",
  });
  const mine = new Set(check.groups.filter((g) => g.findings.some((f) => f.document === "draft.json")).map((g) => g.rule));
  assert.deepEqual([...mine], ["evaluation.finding.incomplete"]);
});

test("schemas, rules, codes, the embedded agreement, the version", () => {
  const names = tv.schemaNames();
  for (const n of ["agreement", "action_plan", "meeting_log", "indicators", "evaluation", "report", "status", "rules"]) {
    assert.ok(names.includes(n), n);
    assert.deepEqual(tv.schema(n), JSON.parse(read(`schemas/${n}.schema.json`)));
  }
  assert.throws(() => tv.schema("nope"), TypeError);
  const rules = tv.rules();
  assert.ok(rules.length > 60 && rules.every((r) => r.id && r.message.nb && r.message.en));
  assert.ok(tv.errorCodes().includes("json.duplicate-key"));
  const nt = tv.nordTroms();
  assert.deepEqual(nt.period, { start: 2025, end: 2028 });
  assert.equal(tv.nordTromsJson(), read("examples/nord-troms/agreement.json"));
  assert.match(tv.version(), /^\d+\.\d+\.\d+$/);
});

test("spreadsheets: export, import, and a workbook in a bundle", () => {
  const xlsx = tv.exportPlanXlsx(plan, "nb");
  assert.ok(xlsx instanceof Uint8Array && xlsx[0] === 0x50 && xlsx[1] === 0x4b);
  const back = tv.importPlan([{ name: "plan.xlsx", text: xlsx }], undefined);
  assert.deepEqual(back, tv.parse(plan));
  const csv = tv.exportPlanCsv(plan, "en");
  assert.deepEqual(Object.keys(csv).sort(), ["finansiering.csv", "milepaeler.csv", "oppfolging.csv", "plan.csv", "tiltak.csv"]);
  const fromCsv = tv.importPlan(Object.entries(csv).map(([name, text]) => ({ name, text })), undefined);
  assert.deepEqual(fromCsv, tv.parse(plan));
  const measures = "id,tittel,delmaal,ansvarlig,status\r\na,T,1.1,nord-tromsradet,planned\r\n";
  assert.throws(
    () => tv.importPlan([{ name: "tiltak.csv", text: measures }], plan),
    (e) => e.code === "sheet.unknown-column" && e.sheet === "tiltak" && e.line === 1 && e.column === 3,
  );
  const report = tv.validate([ALL[0], { name: "plan.xlsx", text: xlsx }], { asOf: "2026-11-26", lang: "en" });
  assert.equal(report.valid, true);
});

test("JSON-stat figures into indicators", () => {
  const input = (p) => ({ name: p, text: read(p) });
  const set = tv.applyJsonstat(input("examples/jsonstat/folkemengde-07459.json"), input("examples/jsonstat/mapping.json"), ALL[3]);
  const people = set.indicators.find((i) => i.id === "folkemengde");
  assert.deepEqual(people.observations.map((o) => [o.year, o.value]), [[2024, 11000], [2025, 10910], [2026, 10870]]);
  assert.throws(
    () => tv.applyJsonstat(input("examples/jsonstat/folkemengde-07459.json"), { name: "m.json", text: '{"mappings": [{"indicator": "folkemengde", "select": {"Region": ["X"]}}]}' }, ALL[3]),
    (e) => e.code === "jsonstat.unknown-category",
  );
});
