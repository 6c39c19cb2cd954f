// Node entry of tromsvekst/report: loads the report module from the package
// folder the first time a report is asked for (see report.js).
import { readFileSync } from "node:fs";

let loaded;

async function load() {
  if (!loaded) {
    const m = await import("./report/tromsvekst_report.js");
    m.initSync({ module: readFileSync(new URL("./report/tromsvekst_report_bg.wasm", import.meta.url)) });
    loaded = m;
  }
  return loaded;
}

/** The report of `options.kind` on `options.asOf`: a string (HTML, an HTML
 * fragment, Markdown) or, for `format: "docx"`, the Word file's bytes. */
export async function report(inputs, options) {
  return (await load()).report(inputs, options);
}

/** The follow-up in public: the static site on `options.asOf` (made on
 * `options.made`), as `[{ path, bytes }]` — the files `tromsvekst site` writes. */
export async function site(inputs, options) {
  return (await load()).site(inputs, options);
}
