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

export interface SiteOptions {
  /** The day the site shows: `YYYY-MM-DD` or a `Date`; default today in Europe/Oslo. */
  asOf?: string | Date;
  /** The day it is made (on every page, the feed's date); default today in Europe/Oslo. */
  made?: string | Date;
  /** The files of an earlier build (as `site` returned them): the feed then lists what changed since. */
  previous?: SiteFile[];
  lang?: "nb" | "en";
}
/** A file of the site: its path inside the site's folder and its bytes. */
export interface SiteFile { path: string; bytes: Uint8Array }
/** The follow-up in public: a static site (bokmål, English under `en/`) with its open data and feed. */
export function site(inputs: Input[], options?: SiteOptions): Promise<SiteFile[]>;

