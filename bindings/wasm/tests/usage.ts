// Uses the whole public API with its types; `tsc --noEmit` must pass.
import * as tv from "../pkg/tromsvekst.js";
import { report as meetingReport } from "../pkg/report.js";
import type { ReportOptions } from "../pkg/report.js";
import type {
  ActionPlan, Agreement, AnyDocument, DraftOptions, Evaluation, Input, IndicatorSet, MeetingLog, Portfolio, Report,
  Rule, Status, StatusOptions, TromsvekstError, ValidateOptions,
} from "../pkg/tromsvekst.js";

export async function useAll(bytes: Uint8Array): Promise<void> {
  await tv.default();
  const input: Input = { name: "plan.json", text: "{}" };
  const options: ValidateOptions = { lang: "en", asOf: "2026-11-26", severity: { "agreement.process.chronology": "off" } };
  const statusOptions: StatusOptions = { lang: "nb", asOf: "2026-11-26" };
  const any: AnyDocument = tv.parse(input);
  const plan = tv.parse({ text: bytes }, { kind: "action_plan" }) as ActionPlan;
  const planText: string = tv.parse(input, { kind: "action_plan", format: "json" });
  const firstDue: string | undefined = plan.milestones?.[0]?.due;
  const report: Report = tv.validate([input], options);
  const valid: boolean = report.valid;
  const errors: number = report.counts.error;
  const messages: string[] = report.groups.flatMap((g) => g.findings.map((f) => `${f.document}:${f.line ?? 0}: ${f.message}`));
  const json: string = tv.validate([input], { ...options, format: "json" }) + tv.validate([input], { format: "text" });
  const status: Status = tv.status([input], statusOptions);
  const days: number = status.evaluations[0].days_left;
  const progress: (number | null | undefined)[] = status.progress.map((p) => p.progress);
  const text: string = tv.status([input], { ...statusOptions, format: "json" }) + tv.status([input], { format: "markdown" });
  const onADate: Status = tv.status([input], { asOf: new Date() });
  const draft: Evaluation = tv.draftMidterm([input], statusOptions);
  const draftJson: string = tv.draftMidterm([input], { ...statusOptions, format: "json" });
  const nextPlan: ActionPlan = tv.draft([input], { kind: "plan", asOf: "2027-01-10" });
  const finalDraft: Evaluation = tv.draft([input], { kind: "final", update: input });
  const refreshOptions: DraftOptions<"midterm"> = { kind: "midterm", update: input };
  const refreshed: string = tv.draft([input], { ...refreshOptions, format: "json" });
  const portfolio: Portfolio = tv.portfolio([input, input], statusOptions);
  const lines: number = portfolio.agreements.length;
  const portfolioText: string = tv.portfolio([input], { format: "markdown" });
  console.log(nextPlan, finalDraft, refreshed, lines, portfolioText);
  const nt: Agreement = tv.nordTroms();
  const ntJson: string = tv.nordTroms({ format: "json" });
  const today: string = tv.today();
  const label: string = tv.sectionLabel("annex 1", { lang: "en" });
  const schema: Record<string, unknown> = tv.schema("agreement");
  const names: string[] = tv.schemaNames();
  const rules: Rule[] = tv.rules();
  const codes: string[] = tv.errorCodes();
  const words: Record<string, Record<string, string>> = tv.vocabulary({ lang: "en" });
  const reached: string | undefined = words.milestone_status?.completed;
  const version: string = tv.version();
  const imported: ActionPlan = tv.importPlan([{ name: "plan.xlsx", text: bytes }]);
  const importedJson: string = tv.importPlan([input], { base: input, format: "json" });
  const workbook: Uint8Array = tv.exportPlan(input, { lang: "en" });
  const csvFiles: Record<string, string> = tv.exportPlan(input, { format: "csv" });
  const filled: IndicatorSet = tv.applyJsonstat(input, input, input);
  const filledJson: string = tv.applyJsonstat(input, input, input, { format: "json" });
  console.log(imported, importedJson, workbook, csvFiles, filled, filledJson);
  const log: MeetingLog | undefined = any.kind === "meeting_log" ? (any as MeetingLog) : undefined;
  const ind: IndicatorSet | undefined = any.kind === "indicators" ? (any as IndicatorSet) : undefined;
  try {
    tv.parse({ text: "{" });
  } catch (e) {
    const err = e as TromsvekstError;
    const place: [string, string, number | null, number | null, string | null, string | null] = [err.code, err.pointer, err.line, err.column, err.document, err.sheet];
    console.log(place, err.messageEn, err.messageNb, err.json);
  }
  console.log(firstDue, valid, errors, messages, json, days, progress, text, draft, draftJson, nt, ntJson, schema, names, rules, codes, version, log, ind, planText, onADate, today, label);
  const reportOptions: ReportOptions = { kind: "midterm", asOf: "2026-11-26", lang: "nb" };
  const page: string | Uint8Array = await meetingReport([input], reportOptions);
  const html: string = await meetingReport([input], { kind: "status" });
  const word: Uint8Array = await meetingReport([input], { ...reportOptions, format: "docx" });
  const markdown: string = await meetingReport([input], { kind: "status", format: "md" });
  console.log(page, html, word.length, markdown);
}
