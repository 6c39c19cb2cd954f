/** A document given as text: its name (used in reports; `input-N` when absent) and its JSON, CSV text or workbook bytes. */
export interface Input { name?: string; text: string | Uint8Array }
/** A severity as configured for a rule. */
export type Level = "error" | "warning" | "info" | "off";
/** Every option object has `lang` (default `"nb"`, any case), the language of messages and of every error. */
export interface LangOption { lang?: Lang | "NB" | "EN" | "Nb" | "En" }
/** The day to judge on: `YYYY-MM-DD` or a `Date` (its day in Europe/Oslo); absent, today in Europe/Oslo. */
export interface DayOption { asOf?: string | Date }
/** Options for validation. */
export interface ValidateOptions extends LangOption, DayOption { severity?: Record<string, Level>; format?: "object" }
/** Options for the status and the draft. */
export interface StatusOptions extends LangOption, DayOption { format?: "object" }
/** Options for a draft: which (`kind`), and the earlier draft to refresh (`update`). */
export interface DraftOptions<K extends DraftKind = DraftKind> extends StatusOptions { kind: K; update?: Input }
/** Which draft: the midterm evaluation, the next action plan, the final evaluation. */
export type DraftKind = "midterm" | "plan" | "final";
/** Options for reading a document. */
export interface ParseOptions extends LangOption { kind?: DocumentKind; format?: "object" }
/** Options for importing a plan from a spreadsheet. */
export interface ImportOptions extends LangOption { base?: Input; format?: "object" }
/** Options for exporting a plan to the spreadsheet layout. */
export interface ExportOptions extends LangOption { format?: "xlsx" | "csv" }
/** `format: "json"` gives the exact text the command line and Python give, byte for byte. */
export interface AsJson { format: "json" }
/** Any document. */
export type AnyDocument = Agreement | ActionPlan | MeetingLog | IndicatorSet | Evaluation;
/** The error thrown for input that cannot be read or an argument that cannot be used: an `Error` (a `TypeError` for a wrong argument type) with the code and place. */
/** What kind of failure an error is: the part of its code before the dot. */
export type ErrorKind = "io" | "argument" | "internal" | "json" | "document" | "config" | "bundle" | "sheet" | "jsonstat";
export interface TromsvekstError extends Error { code: string; kind: ErrorKind; pointer: string; line: number | null; column: number | null; document: string | null; sheet: string | null; messageEn: string; messageNb: string; json: string }

/** Reads a document (JSON of any kind, or a spreadsheet as an action plan). */
export function parse(input: Input, options: Omit<ParseOptions, "format"> & AsJson): string;
export function parse(input: Input, options?: ParseOptions): AnyDocument;
/** Validates documents together; without an agreement among them, the embedded Nord-Troms agreement. */
export function validate(inputs: Input[], options: Omit<ValidateOptions, "format"> & ({ format: "json" } | { format: "text" })): string;
export function validate(inputs: Input[], options?: ValidateOptions): Report;
/** Where the follow-up stands on a day. */
export function status(inputs: Input[], options: Omit<StatusOptions, "format"> & ({ format: "json" } | { format: "text" } | { format: "markdown" })): string;
export function status(inputs: Input[], options?: StatusOptions): Status;
/** A piece of text in a document, its value already in the reader's words and number format. */
export type DocSpan =
  | { type: "text" | "strong" | "muted" | "overdue" | "figure" | "missing"; value: string }
  | { type: "light"; value: [Light, string] }
  | { type: "chart"; value: DocChart };
/** A chart: its accessible name and its figures. */
export type DocChart =
  | { type: "bars"; title: string; rows: [string, number | null, string][] }
  | { type: "line"; title: string; points: [number, number][]; target: number | null };
/** A block of a document. */
export type DocBlock =
  | { type: "title" | "note"; value: string }
  | { type: "heading"; value: [number, string] }
  | { type: "para" | "alert"; value: DocSpan[] }
  | { type: "list"; value: DocSpan[][] }
  | { type: "figure"; value: { chart: DocChart; caption: string } }
  | { type: "table"; value: { caption: string; head: { head: string; numeric: boolean }[]; rows: DocSpan[][][] } };
/** One description of a document, which every rendering is made from. */
export interface DocDescription {
  lang: Lang;
  title: string;
  blocks: DocBlock[];
}
/** Where the follow-up stands, and the same status described as a document: what the terminal, the Word file and the notebook show, as blocks to render. */
export function statusDescribed(inputs: Input[], options?: StatusOptions): { status: Status; document: DocDescription };
/** The rules' report and the status on a day with its description, from one check of the documents (what `validate` and `statusDescribed` give with two). */
export function check(inputs: Input[], options?: LangOption & DayOption): { report: Report; status: Status; document: DocDescription };
/** The progress per focus area on a day. */
export interface HistoryPoint { day: string; plan: string | null; focus_areas: { number: number; title: string; progress: number | null }[] }
/** The progress per focus area at the end of each quarter up to the day, each judged on what was known on it. */
export function statusHistory(inputs: Input[], options: Omit<StatusOptions, "format"> & ({ format: "json" } | { format: "text" } | { format: "markdown" })): string;
export function statusHistory(inputs: Input[], options?: StatusOptions): { lang: Lang; points: HistoryPoint[] };
/** A draft midterm evaluation pre-filled from the status. */
export function draftMidterm(inputs: Input[], options: Omit<StatusOptions, "format"> & AsJson): string;
export function draftMidterm(inputs: Input[], options?: StatusOptions): Evaluation;
/** Several agreements side by side: the inputs (each agreement with its documents) split by agreement, one line each. */
export function portfolio(inputs: Input[], options: Omit<StatusOptions, "format"> & ({ format: "json" } | { format: "text" } | { format: "markdown" })): string;
export function portfolio(inputs: Input[], options?: StatusOptions): Portfolio;
/** A draft of `kind` (the midterm or final evaluation, or the next action plan); with `update`, that earlier draft refreshed, every word the analysts wrote kept. */
export function draft(inputs: Input[], options: Omit<DraftOptions<"plan">, "format"> & AsJson): string;
export function draft(inputs: Input[], options: Omit<DraftOptions<"midterm" | "final">, "format"> & AsJson): string;
export function draft(inputs: Input[], options: DraftOptions<"plan">): ActionPlan;
export function draft(inputs: Input[], options: DraftOptions<"midterm" | "final">): Evaluation;
/** Imports an action plan from a workbook or CSV files (one per sheet). */
export function importPlan(inputs: Input[], options: Omit<ImportOptions, "format"> & AsJson): string;
export function importPlan(inputs: Input[], options?: ImportOptions): ActionPlan;
/** An action plan in the spreadsheet layout: a workbook, or CSV files by name. */
export function exportPlan(plan: Input, options: ExportOptions & { format: "csv" }): Record<string, string>;
export function exportPlan(plan: Input, options?: ExportOptions & { format?: "xlsx" }): Uint8Array;
/** An indicator set with the figures of a JSON-stat 2.0 dataset put in, as the mapping says. */
export function applyJsonstat(dataset: Input, mapping: Input, indicators: Input, options: LangOption & AsJson): string;
export function applyJsonstat(dataset: Input, mapping: Input, indicators: Input, options?: LangOption & { format?: "object" }): IndicatorSet;
/** Where both versions changed the same thing ({@link merge}). */
export interface MergeConflict {
  kind: "both_changed" | "removed_by_me" | "removed_by_them";
  /** JSON pointer into the merged document. */
  pointer: string;
  /** The id of the item the value belongs to. */
  item?: string;
  /** The item's title or name. */
  title?: unknown;
  base?: unknown;
  mine?: unknown;
  theirs?: unknown;
  /** What happened, in the language asked for. */
  message: string;
}
/** Two versions of a document made from a common base, merged item by item: yours kept where both changed one field, no item either side added lost. */
export function merge(base: Input, mine: Input, theirs: Input, options: LangOption & AsJson): string;
export function merge(base: Input, mine: Input, theirs: Input, options?: LangOption & { format?: "object" }): { document: Record<string, unknown>; conflicts: MergeConflict[] };
/** The embedded Nord-Troms agreement. */
export function nordTroms(options: AsJson): string;
export function nordTroms(options?: { format?: "object" }): Agreement;
/** The JSON Schema with a name (see `schemaNames`). */
export function schema(name: string, options: LangOption & AsJson): string;
export function schema(name: string, options?: LangOption & { format?: "object" }): Record<string, unknown>;
/** The names of the JSON Schemas. */
export function schemaNames(): string[];
/** The rule catalog. */
export function rules(): Rule[];
/** How a section of the agreement is named: `vedlegg 1` / `annex 1`, `avsnitt 6.1` / `section 6.1`. */
export function sectionLabel(section: string, options?: LangOption): string;
/** The words for every value of the documents (statuses, ratings, kinds,
 * outcomes, lights, trends, severities) in a language, by kind and by the value
 * as the JSON writes it: `vocabulary({ lang: "en" }).milestone_status.completed`
 * is `"reached"`. The documents and the workbench use these words. */
export function vocabulary(options?: LangOption): Record<string, Record<string, string>>;
/** Every error code. */
export function errorCodes(): string[];
/** Today in Europe/Oslo, `YYYY-MM-DD`: the day every function judges on by default. */
export function today(): string;
/** The library's version. */
export function version(): string;
