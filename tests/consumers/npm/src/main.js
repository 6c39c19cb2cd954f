// The page a web developer would write: the package by its name, bundled by
// Vite; the core module first, the report module only when a report is asked for.
import init, { validate, status, version } from "tromsvekst";

const result = document.getElementById("result");
const examples = ["agreement.json", "action-plan-2025-2026.json", "meetings-2025-2026.json", "indicators.json", "midterm-evaluation-2026.json"];

async function inputs() {
  return Promise.all(
    examples.map(async (name) => {
      const response = await fetch(`/examples/${name}`);
      if (!response.ok) throw new Error(`/examples/${name}: ${response.status}`);
      return { name: `examples/nord-troms/${name}`, text: await response.text() };
    }),
  );
}

try {
  await init();
  const docs = await inputs();
  const report = validate(docs, { lang: "en", asOf: "2026-11-26" });
  const now = status(docs, { lang: "en", asOf: "2026-11-26" });
  window.outcome = { version: version(), valid: report.valid, counts: report.counts, documents: report.documents.length, midterm: now.evaluations[0].state };
  result.textContent = `tromsvekst ${version()}: ${report.valid ? "valid" : "not valid"}, ${report.counts.error} errors, ${report.counts.warning} warnings`;
} catch (e) {
  window.outcome = { error: String(e) };
  result.textContent = `Failed: ${e}`;
}

document.getElementById("word").addEventListener("click", async () => {
  const { report } = await import("tromsvekst/report");
  const docx = await report(await inputs(), { kind: "midterm", asOf: "2026-11-26", lang: "en", format: "docx" });
  window.wordFile = { bytes: docx.length, zip: docx[0] === 0x50 && docx[1] === 0x4b };
  document.getElementById("word-result").textContent = `A Word file of ${docx.length} bytes`;
});
