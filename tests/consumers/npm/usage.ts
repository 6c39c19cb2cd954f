// (c) TypeScript in strict mode against the package's declarations, as a user writes it.
import init, { validate, status, type Report } from "tromsvekst";
import { report } from "tromsvekst/report";

export async function check(text: string): Promise<Report> {
  await init();
  const r: Report = validate([{ name: "plan.json", text }], { lang: "en", asOf: "2026-11-26" });
  const s = status([{ name: "plan.json", text }], { lang: "nb" });
  const due: string = s.evaluations[0].state;
  const docx: Uint8Array = await report([{ name: "plan.json", text }], { kind: "midterm", format: "docx" });
  const html: string = await report([{ name: "plan.json", text }], { kind: "status", format: "html" });
  console.log(due, docx.length, html.length);
  return r;
}
