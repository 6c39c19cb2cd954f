// The tromsvekst web page: validation and status in the browser, with the
// same engine (WebAssembly) as the command line and Python. Serve the
// repository root with any static file server and open /examples/web/.
import init, * as tv from "../../bindings/wasm/pkg/tromsvekst.js";

const EXAMPLES = [
  "agreement.json",
  "action-plan-2025-2026.json",
  "meetings-2025-2026.json",
  "indicators.json",
  "midterm-evaluation-2026.json",
].map((f) => `../nord-troms/${f}`);

const TEXT = {
  nb: {
    docs: "Dokumenter til det politiske møtet", docKind: "Dokument", docStatus: "Status", docMidterm: "Midtveisevaluering",
    docFinal: "Sluttevaluering", downloadDocx: "Last ned som Word", print: "Skriv ut",
    docLoading: "Lager dokumentet …", docReady: (name) => `Lastet ned: ${name}`, docPrinted: "Sendt til utskrift.",
    title: "Tromsvekst – oppfølging av avtalen", lang: "Språk", asOf: "Dato", reset: "Nord-Troms-eksemplene",
    drop: "Slipp avtale, handlingsplan (JSON, Excel eller CSV), møtelogg, indikatorer (med JSON-stat-tall og koblingsfil) og evaluering her, eller velg filer:",
    note: "Alt skjer i nettleseren; ingenting sendes noe sted. Uten avtale brukes Nord-Troms-avtalen.",
    status: "Status", report: "Valideringsrapport", valid: "gyldig", invalid: "ugyldig",
    evaluations: "Evalueringer", due: "frist",
    daysLeft: "dager igjen", progress: "Fremdrift per innsatsområde", overdue: "Milepæler på overtid",
    none: "Ingen.", meetings: "Politiske møter", year: "år", held: "holdt", planned: "planlagt", required: "krav",
    cannotRead: "Kunne ikke lese", midterm: "midtveisevaluering", final: "sluttevaluering",
    needMapping: "Et JSON-stat-datasett trenger en koblingsfil ({\"mappings\": [...]}) som sier hvilke celler som er hvilken indikator.",
    needIndicators: "Et JSON-stat-datasett trenger indikatorsettet tallene skal inn i.",
    indicators: "Indikatorer", latest: "siste", target: "mål",
    funding: "Finansiering sikret per innsatsområde (NOK)", fundingHead: ["innsatsområde", "planlagt", "innvilget", "utbetalt", "sikret"], inAll: "i alt",
    towns: "Tiltak per kommune", townHead: ["kommune", "tiltak", "fremdrift", "leder"],
    actions: "Åpen oppfølging av politiske vedtak", actionHead: ["oppfølging", "ansvarlig", "frist", "dager på overtid"],
    advocacy: "Påvirkningsarbeid per langsiktig resultat",
    state: { done: "gjennomført", due: "til forfall", overdue: "på overtid", upcoming: "kommer" },
    severity: { error: "feil", warning: "advarsel", info: "info" },
    light: { green: "grønn", yellow: "gul", red: "rød" },
    count: { error: ["feil", "feil"], warning: ["advarsel", "advarsler"], info: ["info", "info"] },
    dataErrors: (n) => `Merk: valideringen av dokumentene finner ${n} feil. Der feilen ligger i dataene, kan tallene nedenfor være gale; valideringsrapporten sier hva som må rettes.`,
  },
  en: {
    docs: "Documents for the political meeting", docKind: "Document", docStatus: "Status", docMidterm: "Midterm evaluation",
    docFinal: "Final evaluation", downloadDocx: "Download as Word", print: "Print",
    docLoading: "Making the document …", docReady: (name) => `Downloaded: ${name}`, docPrinted: "Sent to the printer.",
    title: "Tromsvekst – following up the agreement", lang: "Language", asOf: "Date", reset: "Nord-Troms examples",
    drop: "Drop the agreement, action plan (JSON, Excel or CSV), meeting log, indicators (with JSON-stat figures and a mapping file) and evaluation here, or pick files:",
    note: "Everything happens in the browser; nothing is sent anywhere. Without an agreement, the Nord-Troms agreement is used.",
    status: "Status", report: "Validation report", valid: "valid", invalid: "invalid",
    evaluations: "Evaluations", due: "due",
    daysLeft: "days left", progress: "Progress per focus area", overdue: "Overdue milestones",
    none: "None.", meetings: "Political meetings", year: "year", held: "held", planned: "planned", required: "required",
    cannotRead: "Could not read", midterm: "midterm evaluation", final: "final evaluation",
    needMapping: "A JSON-stat dataset needs a mapping file ({\"mappings\": [...]}) saying which cells make which indicator.",
    needIndicators: "A JSON-stat dataset needs the indicator set to put the figures into.",
    indicators: "Indicators", latest: "latest", target: "target",
    funding: "Funding secured per focus area (NOK)", fundingHead: ["focus area", "planned", "granted", "paid", "secured"], inAll: "in all",
    towns: "Measures per municipality", townHead: ["municipality", "measures", "progress", "leads"],
    actions: "Open follow-up of political decisions", actionHead: ["follow-up", "owner", "due", "days late"],
    advocacy: "Advocacy per long-term result",
    state: { done: "done", due: "due", overdue: "overdue", upcoming: "upcoming" },
    severity: { error: "error", warning: "warning", info: "info" },
    light: { green: "green", yellow: "yellow", red: "red" },
    count: { error: ["error", "errors"], warning: ["warning", "warnings"], info: ["info", "info"] },
    dataErrors: (n) => `Note: validating the documents finds ${n} ${n === 1 ? "error" : "errors"}. Where an error lies in the data, the figures below may be wrong; the validation report says what to correct.`,
  },
};

const state = { inputs: [], lang: "nb" };
const $ = (id) => document.getElementById(id);
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** "1 error", "2 errors": the count with its word in the page's language. */
function count(n, kind) {
  const [one, many] = TEXT[state.lang].count[kind];
  return `${n} ${n === 1 ? one : many}`;
}

function translate() {
  const t = TEXT[state.lang];
  document.documentElement.lang = state.lang;
  for (const el of document.querySelectorAll("[data-t]")) el.textContent = t[el.dataset.t];
  $("doc-state").textContent = "";
}

function renderError(e) {
  const t = TEXT[state.lang];
  const box = $("error");
  box.hidden = false;
  if (typeof e?.code === "string") {
    const doc = e.sheet ? `${e.document ?? ""}[${e.sheet}]` : e.document ?? "";
    const place = e.line != null ? `${doc}:${e.line}:${e.column}` : doc;
    const message = state.lang === "nb" ? e.messageNb : e.messageEn;
    box.innerHTML = `<h2>${t.cannotRead}</h2><p class="loc" data-error-location>${esc(place)}</p>` +
      `<p><code data-error-code>${esc(e.code)}</code> ${esc(message)}${e.pointer ? ` <span class="loc">(${esc(e.pointer)})</span>` : ""}</p>`;
  } else {
    box.innerHTML = `<h2>${t.cannotRead}</h2><p>${esc(e?.message ?? e)}</p>`;
  }
}

function renderReport(r) {
  const t = TEXT[state.lang];
  const c = r.counts;
  let html = `<p class="verdict ${r.valid ? "valid" : "invalid"}" data-verdict="${r.valid}"><b>${r.valid ? t.valid : t.invalid}</b> — ` +
    `${count(c.error, "error")}, ${count(c.warning, "warning")}, ${count(c.info, "info")}</p>`;
  for (const g of r.groups) {
    html += `<div class="group" data-rule="${esc(g.rule)}"><h3 class="sev-${g.severity}">${esc(t.severity[g.severity])} ${esc(g.rule)} (${g.count}) — ${esc(g.title)} ` +
      `<span class="loc">[${esc(tv.sectionLabel(g.section, { lang: state.lang }))}]</span></h3><ul>`;
    for (const f of g.findings) {
      const doc = f.sheet ? `${f.document}[${f.sheet}]` : f.document;
      const place = f.line != null ? `${doc}:${f.line}:${f.column}` : `${doc}#${f.pointer}`;
      html += `<li><span class="loc">${esc(place)}</span> ${esc(f.message)}</li>`;
    }
    html += "</ul></div>";
  }
  $("report").innerHTML = html;
}

function renderStatus(s) {
  const t = TEXT[state.lang];
  let html = s.validation.error > 0 ? `<p class="data-errors" role="alert" data-data-errors>${esc(t.dataErrors(s.validation.error))}</p>` : "";
  html += `<h3>${t.evaluations}</h3><table><tr><th></th><th>${t.due}</th><th></th><th>${t.daysLeft}</th></tr>`;
  for (const e of s.evaluations) {
    html += `<tr data-evaluation="${e.stage}"><td>${t[e.stage]}</td><td>${e.due}</td><td class="due-${e.state}">${t.state[e.state]}</td><td>${e.days_left}</td></tr>`;
  }
  html += `</table><h3>${t.progress}</h3>`;
  for (const f of s.progress) {
    const p = f.progress;
    html += `<div class="bar" data-focus-area="${f.number}"><span class="label" title="${esc(f.title)}">${f.number}. ${esc(f.title)}</span>` +
      `<span class="track"><span class="fill" style="display:block;width:${p ?? 0}%"></span></span>` +
      `<span class="value">${p == null ? "–" : p.toFixed(1) + " %"}</span></div>`;
  }
  html += `<h3>${t.overdue}</h3>`;
  html += s.overdue_milestones.length
    ? "<ul>" + s.overdue_milestones.map((m) => `<li data-milestone="${esc(m.id)}">${esc(m.title)} — ${m.due} (${m.days_late})</li>`).join("") + "</ul>"
    : `<p>${t.none}</p>`;
  html += `<h3>${t.meetings}</h3><table><tr><th>${t.year}</th><th>${t.held}</th><th>${t.planned}</th><th>${t.required}</th></tr>`;
  for (const y of s.meetings) {
    html += `<tr data-year="${y.year}"><td>${y.year}</td><td>${y.held}</td><td>${y.planned}</td><td>${y.required}</td></tr>`;
  }
  html += `</table><h3>${t.indicators}</h3><table><tr><th></th><th>${t.latest}</th><th>${t.target}</th><th></th></tr>`;
  for (const x of s.indicators) {
    const v = (y) => (y ? `${y.value} (${y.year})` : "–");
    html += `<tr data-indicator="${esc(x.id)}"><td>${esc(x.name)}</td><td>${v(x.latest)}</td><td>${v(x.target)}</td><td>${x.light ? esc(t.light[x.light]) : ""}</td></tr>`;
  }
  html += "</table>";
  const row = (cells, attr = "") => `<tr${attr}>${cells.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`;
  const head = (cells) => `<tr>${cells.map((c) => `<th>${esc(c)}</th>`).join("")}</tr>`;
  const pct = (p) => (p == null ? "–" : p.toFixed(1) + " %");
  if (s.funding) {
    html += `<h3>${t.funding}</h3><table data-funding>${head(t.fundingHead)}`;
    for (const g of [...s.funding.focus_areas, { ...s.funding.total, key: t.inAll }]) {
      html += row([g.key, g.totals.planned, g.totals.granted, g.totals.paid, pct(g.secured_share)], ` data-funding-area="${esc(g.key)}"`);
    }
    html += "</table>";
  }
  if (s.municipalities?.length) {
    html += `<h3>${t.towns}</h3><table data-municipalities>${head(t.townHead)}`;
    for (const k of s.municipalities) {
      html += row([k.name, String(k.measures.length), pct(k.progress), (k.leads ?? []).join(", ")], ` data-municipality="${esc(k.id)}"`);
    }
    html += "</table>";
  }
  html += `<h3>${t.actions}</h3>`;
  html += s.open_actions?.length
    ? `<table data-actions>${head(t.actionHead)}` +
      s.open_actions.map((a) => row([`${a.id}: ${a.text}`, a.owner, a.due, a.days_late ? String(a.days_late) : ""], ` data-action="${esc(a.id)}"`)).join("") + "</table>"
    : `<p>${t.none}</p>`;
  html += `<h3>${t.advocacy}</h3>`;
  html += s.advocacy?.length
    ? "<ul data-advocacy>" + s.advocacy.map((r) => `<li data-result="${esc(r.result)}"><b>${esc(r.result)}</b>: ` +
      r.actions.map((a) => `${a.date} ${esc(a.target)}${a.outcome ? ` — ${esc(a.outcome)}` : ""}`).join("; ") + "</li>").join("") + "</ul>"
    : `<p>${t.none}</p>`;
  $("status").innerHTML = html;
}

/** What a JSON input is, by its shape: a JSON-stat dataset, a mapping, or a document. */
function classify(input) {
  if (!input.name.toLowerCase().endsWith(".json")) return "document";
  try {
    const text = typeof input.text === "string" ? input.text : new TextDecoder().decode(input.text);
    const v = JSON.parse(text);
    if (v && v.class === "dataset" && v.dimension && "value" in v) return "jsonstat";
    if (v && Array.isArray(v.mappings)) return "mapping";
    if (v && v.kind === "indicators") return "indicators";
  } catch {
    // Not JSON: the library will say where and why.
  }
  return "document";
}

/** Puts JSON-stat figures into the indicator set, when a dataset and a mapping were given. */
function withStatistics(inputs) {
  const kinds = inputs.map(classify);
  const datasets = inputs.filter((_, i) => kinds[i] === "jsonstat");
  const mappings = inputs.filter((_, i) => kinds[i] === "mapping");
  let rest = inputs.filter((_, i) => kinds[i] !== "jsonstat" && kinds[i] !== "mapping");
  if (!datasets.length) return rest;
  if (!mappings.length) throw new Error(TEXT[state.lang].needMapping);
  for (const dataset of datasets) {
    const at = rest.findIndex((i) => classify(i) === "indicators");
    if (at < 0) throw new Error(TEXT[state.lang].needIndicators);
    const filled = tv.applyJsonstat(dataset, mappings[0], rest[at], { lang: state.lang, format: "json" });
    rest = rest.map((x, i) => (i === at ? { name: x.name, text: filled } : x));
  }
  return rest;
}

function refresh() {
  translate();
  $("documents").innerHTML = state.inputs.map((i) => `<li>${esc(i.name)}</li>`).join("");
  $("error").hidden = true;
  const options = { lang: state.lang, asOf: $("as-of").value || tv.today() };
  try {
    const inputs = withStatistics(state.inputs);
    renderReport(tv.validate(inputs, options));
    renderStatus(tv.status(inputs, options));
  } catch (e) {
    $("report").innerHTML = "";
    $("status").innerHTML = "";
    renderError(e);
  }
  document.body.dataset.ready = "true";
}

/** The document for the political meeting, from the report module: loaded
 * (once) the first time a document is asked for, so the page does not carry
 * it until then. */
async function meetingDocument(format) {
  const t = TEXT[state.lang];
  $("doc-state").textContent = t.docLoading;
  const { report } = await import("../../bindings/wasm/pkg/report.js");
  const options = { kind: $("doc-kind").value, lang: state.lang, asOf: $("as-of").value || tv.today(), format };
  return report(withStatistics(state.inputs), options);
}

async function downloadDocx() {
  try {
    const bytes = await meetingDocument("docx");
    const name = `${$("doc-kind").value}-${$("as-of").value || tv.today()}.docx`;
    const url = URL.createObjectURL(new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    $("doc-state").textContent = TEXT[state.lang].docReady(name);
  } catch (e) {
    $("doc-state").textContent = "";
    renderError(e);
  }
}

/** Prints the report's own print-ready page (A4, its charts) from a frame
 * of its own, not this page. */
async function printDocument() {
  try {
    const html = await meetingDocument("html");
    $("print-frame")?.remove();
    const frame = document.createElement("iframe");
    frame.id = "print-frame";
    frame.title = TEXT[state.lang].print;
    frame.style.cssText = "position:fixed;width:0;height:0;border:0;left:-10px";
    frame.addEventListener("load", () => {
      frame.contentWindow.focus();
      frame.contentWindow.print();
      $("doc-state").textContent = TEXT[state.lang].docPrinted;
    }, { once: true });
    frame.srcdoc = html;
    document.body.append(frame);
  } catch (e) {
    $("doc-state").textContent = "";
    renderError(e);
  }
}

async function loadExamples() {
  state.inputs = await Promise.all(EXAMPLES.map(async (url) => ({ name: url.split("/").pop(), text: await (await fetch(url)).text() })));
  refresh();
}

async function loadFiles(files) {
  state.inputs = await Promise.all([...files].map(async (f) => ({ name: f.name, text: new Uint8Array(await f.arrayBuffer()) })));
  refresh();
}

await init();
$("as-of").value = tv.today();
$("lang").addEventListener("change", (e) => { state.lang = e.target.value; refresh(); });
$("as-of").addEventListener("change", refresh);
$("reset").addEventListener("click", loadExamples);
$("download-docx").addEventListener("click", downloadDocx);
$("print").addEventListener("click", printDocument);
$("files").addEventListener("change", (e) => loadFiles(e.target.files));
const drop = $("drop");
drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (e) => { e.preventDefault(); drop.classList.remove("over"); loadFiles(e.dataTransfer.files); });
await loadExamples();
