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
  const doc = tv.parse(plan, { kind: "action_plan" });
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
        assert.equal(e.kind, code.split(".")[0]);
        assert.ok(e.message.includes(`bad.json:${line}:${column}`));
        assert.ok(e.messageEn && e.messageNb);
        assert.equal(JSON.parse(e.json).code, code);
        return true;
      },
    );
  }
  assert.throws(() => tv.parse(plan, { kind: "agreement" }), (e) => e.code === "document.wrong-kind");
  assert.throws(() => tv.parse(plan, { kind: "plan", lang: "en" }), (e) => e.code === "argument.invalid-value" && /action_plan/.test(e.message));
  // Every refusal carries a code, a wrong type is also a TypeError.
  for (const call of [() => tv.validate("nope"), () => tv.validate([{ name: "x", text: 5 }]), () => tv.status([], { asOf: 20261126 }), () => tv.parse(plan, 5)]) {
    assert.throws(call, (e) => e instanceof TypeError && e.code === "argument.invalid-type" && typeof e.json === "string");
  }
  assert.throws(() => tv.validate([], { lang: "de" }), (e) => e.code === "argument.invalid-value" && /«nb»/.test(e.message));
  assert.throws(() => tv.validate([], { severity: { "agreement.nope": "off" } }), (e) => e.code === "config.unknown-rule");
  assert.throws(() => tv.status([], { asOf: "2026-02-30", lang: "en" }), (e) => e.code === "argument.invalid-value" && /YYYY-MM-DD/.test(e.message));
  assert.throws(() => tv.validate([], { format: "yaml" }), (e) => e.code === "argument.invalid-value");
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
  assert.deepEqual(report, JSON.parse(tv.validate(ALL, { lang: "en", asOf: "2026-11-26", format: "json" })));
  assert.ok(tv.validate(ALL, { lang: "en", asOf: "2026-11-26", format: "text" }).includes("valid — 0 errors, 8 warnings"));
  const strict = tv.validate([], { severity: { "agreement.process.chronology": "error" } });
  assert.equal(strict.valid, false);
});

test("status, markdown and the midterm draft", () => {
  const s = tv.status(ALL, { asOf: "2026-11-26", lang: "en" });
  assert.equal(s.as_of, "2026-11-26");
  assert.deepEqual([s.evaluations[0].stage, s.evaluations[0].state, s.evaluations[0].days_left], ["midterm", "due", 35]);
  assert.deepEqual(s.overdue_milestones.map((m) => m.id), ["ms-2026-innsatssonen", "ms-2026-naeringsarealer"]);
  assert.equal(s.progress.length, 4);
  assert.ok(tv.status(ALL, { asOf: "2026-11-26", lang: "en", format: "markdown" }).includes("## Evaluations"));
  assert.equal(JSON.parse(tv.status(ALL, { asOf: "2026-11-26", format: "json" })).as_of, "2026-11-26");
  // The status and its description from one computation: the same status, and
  // the same sections as every other rendering (the Markdown's headings).
  const { status, document } = tv.statusDescribed(ALL, { asOf: "2026-11-26", lang: "en" });
  assert.deepEqual(status, s);
  const md = tv.status(ALL, { asOf: "2026-11-26", lang: "en", format: "markdown" });
  const sections = md.split("\n").filter((l) => l.startsWith("## ")).map((l) => l.slice(3));
  assert.deepEqual(document.blocks.filter((b) => b.type === "heading" && b.value[0] === 2).map((b) => b.value[1]), sections);
  assert.ok(JSON.stringify(document).includes("48.8%"));
  // One check gives the report and the status together: the same as the two calls, on a
  // day whose documents are all known and on a past day (the status cut back to it).
  for (const asOf of ["2026-11-26", "2025-06-01"]) {
    const one = tv.check(ALL, { asOf, lang: "en" });
    assert.deepEqual(one.report, tv.validate(ALL, { asOf, lang: "en" }));
    assert.deepEqual({ status: one.status, document: one.document }, tv.statusDescribed(ALL, { asOf, lang: "en" }));
  }
  // The progress at the end of each quarter, each day judged on what it knew.
  const h = tv.statusHistory(ALL, { asOf: "2026-11-26", lang: "en" });
  assert.equal(h.points[0].day, "2025-03-31");
  assert.equal(h.points.at(-1).day, "2026-11-26");
  assert.equal(h.points.at(-1).focus_areas[0].progress, s.progress[0].progress);
  assert.ok(tv.statusHistory(ALL, { asOf: "2026-11-26", lang: "en", format: "text" }).includes("Progress over time"));
  // The default day is today in Europe/Oslo, whatever the machine's zone.
  assert.equal(tv.status([]).as_of, tv.today());
  assert.equal(tv.status([], { asOf: new Date("2026-12-31T23:30:00Z") }).as_of, "2027-01-01");
  // In WebAssembly the platform's time zone database says the day (Intl), where
  // the command line and Python use jiff's copy: the same day around midnight in
  // winter (UTC+1) and summer (UTC+2) time and across the changes.
  for (const [instant, day] of [
    ["2026-06-30T21:59:59Z", "2026-06-30"], ["2026-06-30T22:00:00Z", "2026-07-01"],
    ["2026-03-28T23:30:00Z", "2026-03-29"], ["2026-10-24T22:30:00Z", "2026-10-25"],
    ["2026-10-25T22:59:59Z", "2026-10-25"], ["2026-10-25T23:00:00Z", "2026-10-26"],
  ]) assert.equal(tv.status([], { asOf: new Date(instant) }).as_of, day, instant);
  const draft = tv.draftMidterm(ALL.slice(0, 4), { asOf: "2026-11-26" });
  assert.equal(draft.status, "draft");
  assert.equal(draft.findings.length, 11);
  const check = tv.validate([...ALL.slice(0, 4), { name: "draft.json", text: tv.draftMidterm(ALL.slice(0, 4), { asOf: "2026-11-26", format: "json" }) }], {
    asOf: "2026-11-26",
  });
  const mine = new Set(check.groups.filter((g) => g.findings.some((f) => f.document === "draft.json")).map((g) => g.rule));
  assert.deepEqual([...mine], ["evaluation.finding.incomplete"]);
});

test("draft: the next plan, the final evaluation, and a refresh that keeps the analysts' words", () => {
  const plan = tv.draft(ALL, { kind: "plan", asOf: "2027-01-10" });
  assert.equal(plan.kind, "action_plan");
  assert.deepEqual(plan.period, { start: 2027, end: 2028 });
  assert.ok(plan.measures.every((m) => m.continues || m.addresses?.length));
  const fin = tv.draft([...ALL, { name: "plan.json", text: JSON.stringify(plan) }], { kind: "final", asOf: "2028-10-01" });
  assert.deepEqual(fin.assesses, ["nord-troms-handlingsplan-2025-2026", plan.id]);
  // The analysts write; a refresh keeps it.
  const midterm = tv.draft(ALL.slice(0, 4), { kind: "midterm", asOf: "2026-11-20" });
  midterm.findings[0].text = { nb: "Skrevet av analytikerne." };
  const again = tv.draft(ALL.slice(0, 4), { kind: "midterm", asOf: "2026-12-01", update: { name: "m.json", text: JSON.stringify(midterm) } });
  assert.equal(again.findings[0].text.nb, "Skrevet av analytikerne.");
  assert.equal(again.date, "2026-11-20", "the analysts' date is kept");
  // The same bytes as the command line's default output come from format json.
  assert.equal(tv.draft(ALL, { kind: "plan", asOf: "2027-01-10", format: "json" }), JSON.stringify(plan, null, 2) + "\n");
  assert.throws(() => tv.draft(ALL, { kind: "sluttrapport" }), (e) => e.code === "argument.invalid-value");
  assert.throws(() => tv.draft(ALL, {}), (e) => e.code === "argument.invalid-type" && e instanceof TypeError);
});

test("schemas, rules, codes, the embedded agreement, the version", () => {
  const names = tv.schemaNames();
  for (const n of ["agreement", "action_plan", "meeting_log", "indicators", "evaluation", "report", "status", "rules"]) {
    assert.ok(names.includes(n), n);
    assert.deepEqual(tv.schema(n), JSON.parse(read(`schemas/${n}.schema.json`)));
  }
  assert.throws(() => tv.schema("nope"), (e) => e.code === "argument.invalid-value" && /action_plan/.test(e.message));
  const rules = tv.rules();
  assert.ok(rules.length > 60 && rules.every((r) => r.id && r.message.nb && r.message.en));
  assert.ok(tv.errorCodes().includes("json.duplicate-key"));
  const nt = tv.nordTroms();
  assert.deepEqual(nt.period, { start: 2025, end: 2028 });
  assert.equal(tv.nordTroms({ format: "json" }), read("examples/nord-troms/agreement.json"));
  assert.equal(tv.sectionLabel("annex 1"), "vedlegg 1");
  assert.equal(tv.sectionLabel("6.1", { lang: "en" }), "section 6.1");
  assert.match(tv.version(), /^\d+\.\d+\.\d+$/);
});

test("spreadsheets: export, import, and a workbook in a bundle", () => {
  const xlsx = tv.exportPlan(plan);
  assert.ok(xlsx instanceof Uint8Array && xlsx[0] === 0x50 && xlsx[1] === 0x4b);
  const back = tv.importPlan([{ name: "plan.xlsx", text: xlsx }]);
  assert.deepEqual(back, tv.parse(plan));
  // A workbook is told by its content, whatever its name (or none).
  assert.deepEqual(tv.importPlan([{ text: xlsx }]), tv.parse(plan));
  assert.deepEqual(tv.parse({ text: xlsx }), tv.parse(plan));
  const csv = tv.exportPlan(plan, { format: "csv", lang: "en" });
  assert.deepEqual(Object.keys(csv).sort(), ["finansiering.csv", "milepaeler.csv", "oppfolging.csv", "plan.csv", "tiltak.csv"]);
  const fromCsv = tv.importPlan(Object.entries(csv).map(([name, text]) => ({ name, text })));
  assert.deepEqual(fromCsv, tv.parse(plan));
  const measures = "id,tittel,delmaal,ansvarlig,status\r\na,T,1.1,nord-tromsradet,planned\r\n";
  assert.throws(
    () => tv.importPlan([{ name: "tiltak.csv", text: measures }], { base: plan }),
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

// The same inputs give the same bytes as the command line, with no option
// but the output format: the defaults (today in Europe/Oslo, bokmål) are the core's.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

function cli(...args) {
  const exe = process.env.TROMSVEKST_CLI ?? fileURLToPath(new URL("target/debug/tromsvekst", root));
  assert.ok(existsSync(exe), `build the command line first (cargo build -p tromsvekst-cli): ${exe}`);
  try {
    return execFileSync(exe, args, { cwd: fileURLToPath(root), encoding: "utf8" });
  } catch (e) {
    if (e.status === 1) return e.stdout; // findings with errors: the report is still printed
    throw e;
  }
}

const folder = ALL.slice(0, 5);
const sorted = [...folder].sort((a, b) => (a.name < b.name ? -1 : 1));

test("defaults are the command line's: validate, status and the draft, byte for byte", () => {
  assert.equal(tv.validate([], { format: "json" }), cli("check", "--format", "json"));
  assert.equal(tv.validate(sorted, { format: "json" }), cli("check", "examples/nord-troms", "--format", "json"));
  assert.equal(tv.status(sorted, { format: "json" }), cli("status", "examples/nord-troms", "--format", "json"));
  const planAndFigures = [ALL[1], ALL[3]];
  assert.equal(
    tv.draftMidterm(planAndFigures, { format: "json" }),
    cli("draft", "midterm", "examples/nord-troms/action-plan-2025-2026.json", "examples/nord-troms/indicators.json"),
  );
  assert.equal(tv.validate([]).lang, "nb");
});

test("a plan of another agreement without it is refused by status and draft", () => {
  const foreign = { name: "plan.json", text: read("tests/vectors/foreign-plan-status/plan.json") };
  for (const call of [tv.status, tv.draftMidterm]) {
    assert.throws(() => call([foreign], { asOf: "2026-11-26", lang: "en" }), (e) =>
      e.code === "bundle.agreement-missing" && /fjordvik-2026-2031/.test(e.message) && e.pointer === "/agreement");
  }
  const report = tv.validate([foreign], { asOf: "2026-11-26" });
  assert.equal(report.counts.error, 1);
});

test("errors come in the language asked for, bokmål by default", () => {
  assert.throws(() => tv.parse({ text: "{" }), (e) => e.message === `input-1:1:2: json.syntax: ${e.messageNb}`);
  assert.throws(() => tv.parse({ text: "{" }, { lang: "EN" }), (e) => e.message === `input-1:1:2: json.syntax: ${e.messageEn}`);
  assert.throws(() => tv.importPlan([{ name: "tiltak.csv", text: "x\r\n" }], { lang: "en" }), (e) => e.message.includes(e.messageEn));
});
