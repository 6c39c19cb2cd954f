// The documents for the political meetings — the status, the midterm and the
// final evaluation — as Word, HTML or Markdown. They come from a second
// WebAssembly module (the core and the report renderer), fetched the first
// time a report is asked for, so a page that never makes one never loads it.
let loading;

function load() {
  loading ??= import("./report/tromsvekst_report.js").then(async (m) => {
    await m.default();
    return m;
  });
  return loading;
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
