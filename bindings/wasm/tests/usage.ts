// Uses the whole public API with its types; `tsc --noEmit` must pass.
import * as tv from "../pkg/tromsvekst.js";
import type {
  ActionPlan, Agreement, AnyDocument, Evaluation, Input, IndicatorSet, MeetingLog, Report, Rule, Status,
  StatusOptions, TromsvekstError, ValidateOptions,
} from "../pkg/tromsvekst.js";

export async function useAll(bytes: Uint8Array): Promise<void> {
  await tv.default();
  const input: Input = { name: "plan.json", text: "{}" };
  const options: ValidateOptions = { lang: "en", asOf: "2026-11-26", severity: { "agreement.process.chronology": "off" } };
  const statusOptions: StatusOptions = { lang: "nb", asOf: "2026-11-26" };
  const any: AnyDocument = tv.parse(input, undefined);
  const plan = tv.parse({ text: bytes }, "action_plan") as ActionPlan;
  const firstDue: string | undefined = plan.milestones?.[0]?.due;
  const report: Report = tv.validate([input], options);
  const valid: boolean = report.valid;
  const errors: number = report.counts.error;
  const messages: string[] = report.groups.flatMap((g) => g.findings.map((f) => `${f.document}:${f.line ?? 0}: ${f.message}`));
  const json: string = tv.validateJson([input], options) + tv.validateText([input], undefined);
  const status: Status = tv.status([input], statusOptions);
  const days: number = status.evaluations[0].days_left;
  const progress: (number | null | undefined)[] = status.progress.map((p) => p.progress);
  const text: string = tv.statusJson([input], statusOptions) + tv.statusMarkdown([input], undefined);
  const draft: Evaluation = tv.draftMidterm([input], statusOptions);
  const draftJson: string = tv.draftMidtermJson([input], statusOptions);
  const nt: Agreement = tv.nordTroms();
  const ntJson: string = tv.nordTromsJson();
  const schema: Record<string, unknown> = tv.schema("agreement");
  const names: string[] = tv.schemaNames();
  const rules: Rule[] = tv.rules();
  const codes: string[] = tv.errorCodes();
  const version: string = tv.version();
  const imported: ActionPlan = tv.importPlan([{ name: "plan.xlsx", text: bytes }], undefined);
  const importedJson: string = tv.importPlanJson([input], input);
  const workbook: Uint8Array = tv.exportPlanXlsx(input, "en");
  const csvFiles: Record<string, string> = tv.exportPlanCsv(input, undefined);
  const filled: IndicatorSet = tv.applyJsonstat(input, input, input);
  const filledJson: string = tv.applyJsonstatJson(input, input, input);
  console.log(imported, importedJson, workbook, csvFiles, filled, filledJson);
  const log: MeetingLog | undefined = any.kind === "meeting_log" ? (any as MeetingLog) : undefined;
  const ind: IndicatorSet | undefined = any.kind === "indicators" ? (any as IndicatorSet) : undefined;
  try {
    tv.parse({ text: "{" }, undefined);
  } catch (e) {
    const err = e as TromsvekstError;
    const place: [string, string, number | null, number | null, string | null, string | null] = [err.code, err.pointer, err.line, err.column, err.document, err.sheet];
    console.log(place, err.messageEn, err.messageNb, err.json);
  }
  console.log(firstDue, valid, errors, messages, json, days, progress, text, draft, draftJson, nt, ntJson, schema, names, rules, codes, version, log, ind);
}
