// tromsvekst/report: the documents for the political meetings, from a second
// WebAssembly module loaded on first use.
import type { Input } from "./tromsvekst.js";

export type ReportKind = "status" | "midterm" | "final";

export interface ReportOptions {
  /** Which document: the status, or the midterm or final evaluation (the one
   * among the inputs — a concluded one as it stands, a draft with its
   * evidence refreshed — else a draft made on the day). */
  kind: ReportKind;
  /** The day: `YYYY-MM-DD` or a `Date`; default today in Europe/Oslo. */
  asOf?: string | Date;
  lang?: "nb" | "en";
  /** `html` (default: one self-contained page), `fragment` (one element for
   * another page), `md` (Markdown) or `docx` (Word, as bytes). */
  format?: "html" | "fragment" | "md" | "docx";
}

export function report(inputs: Input[], options: ReportOptions & { format: "docx" }): Promise<Uint8Array>;
export function report(inputs: Input[], options: ReportOptions & { format?: "html" | "fragment" | "md" }): Promise<string>;
export function report(inputs: Input[], options: ReportOptions): Promise<string | Uint8Array>;
