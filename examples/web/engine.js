// The engine the page uses: the core module first, the report module (the
// whole core, spreadsheets, Word and HTML) once it has been asked for; and
// the words and values the page reads from the core's vocabulary.
import * as core from "../../bindings/wasm/pkg-slim/tromsvekst.js";

// The first view loads the core module built without spreadsheets (JSON
// documents only). Spreadsheets (a workbook dropped, the plan exported to
// Excel) and the documents for the political meetings (Word, print) need the
// report module, which holds the whole core too: it is fetched the first time
// one of them is asked for, and from then on the page uses it for everything.
export let tv = core;
let full = null;
export async function loadFull() {
  if (!full) {
    const m = await import("../../bindings/wasm/pkg/report/tromsvekst_report.js");
    await m.default();
    full = m;
    tv = m;
  }
  return full;
}
export const isSheet = (d) => typeof d.text !== "string" || /\.(xlsx|csv)$/i.test(d.name);

/** Whether the report module is loaded (the page then uses it for everything). */
export const isFull = () => full != null;

export const VIEWS = ["overview", "plan", "meetings", "indicators", "evaluation", "documents"];
export const VIEW_OF_KIND = { agreement: "overview", action_plan: "plan", meeting_log: "meetings", indicators: "indicators", evaluation: "evaluation" };
/** The values a field may take, in the model's order: the keys of the core's
 * vocabulary for that kind of value (`valuesOf("measure_status")`). */
export function valuesOf(kind) {
  return Object.keys(words("nb")[kind]);
}

/** The words for the model's values in a language, by kind and value: the
 * core's vocabulary, the same words the documents use
 * (`words("nb").measure_status.ongoing` is `pågår`). Kept per language. */
const vocab = {};
export function words(lang) {
  return (vocab[lang] ??= tv.vocabulary({ lang }));
}
