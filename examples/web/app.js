// The tromsvekst workbench: the follow-up of a growth agreement done in the
// browser — open the documents, edit them in forms, see the rules' findings at
// the fields as you type, and make the documents for the political meetings.
// Everything runs here, with the same engine (WebAssembly) as the command line
// and Python; nothing is sent anywhere. Serve the repository root with any
// static file server and open /examples/web/.
//
// UI: Preact with htm (vendor/, copied from the pinned npm packages by
// bindings/wasm/scripts/vendor-web.mjs): 17 KB, no build step, so the page is
// a few plain files a county's web server can host.
import { h, render } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import htm from "htm";
import init, * as core from "../../bindings/wasm/pkg-slim/tromsvekst.js";
import * as store from "./store.js";
import { parseDay, dateHint, showDay } from "./dates.js";
import * as undoable from "./history.js";
import { connect, mergeDocs, sameDocs } from "./sync.js";
import { Memo, afterPaint, share } from "./fast.js";

// The first view loads the core module built without spreadsheets (JSON
// documents only). Spreadsheets (a workbook dropped, the plan exported to
// Excel) and the documents for the political meetings (Word, print) need the
// report module, which holds the whole core too: it is fetched the first time
// one of them is asked for, and from then on the page uses it for everything.
let tv = core;
let full = null;
async function loadFull() {
  if (!full) {
    const m = await import("../../bindings/wasm/pkg/report/tromsvekst_report.js");
    await m.default();
    full = m;
    tv = m;
  }
  return full;
}
const isSheet = (d) => typeof d.text !== "string" || /\.(xlsx|csv)$/i.test(d.name);

const html = htm.bind(h);

const EXAMPLES = [
  "agreement.json",
  "action-plan-2025-2026.json",
  "meetings-2025-2026.json",
  "indicators.json",
  "midterm-evaluation-2026.json",
].map((f) => `../nord-troms/${f}`);

const VIEWS = ["overview", "plan", "meetings", "indicators", "evaluation", "documents"];
const VIEW_OF_KIND = { agreement: "overview", action_plan: "plan", meeting_log: "meetings", indicators: "indicators", evaluation: "evaluation" };
/** The values a field may take, from the JSON Schema the core exports. */
const enums = {};
function enumOf(schema, def) {
  const key = `${schema}/${def}`;
  if (!enums[key]) {
    const d = tv.schema(schema).$defs[def];
    enums[key] = d.enum ?? d.oneOf.map((x) => x.const);
  }
  return enums[key];
}

const TEXT = {
  nb: {
    title: "Tromsvekst – arbeidsbenk", lang: "Språk", asOf: "Dato", examples: "Åpne Nord-Troms-eksemplene",
    agreement: "Avtale", builtIn: "den innebygde Nord-Troms-avtalen", fromFile: "fra filen",
    views: { overview: "Oversikt", plan: "Handlingsplan", meetings: "Møter", indicators: "Indikatorer", evaluation: "Evaluering", documents: "Dokumenter" },
    workspace: "Dokumentene i arbeidsområdet", addFiles: "Legg til filer (JSON, Excel eller CSV)", addFolder: "Legg til en mappe",
    remove: "Fjern", undo: "Angre", redo: "Gjør om", saveAll: "Last ned alle som JSON", saveFolder: "Lagre i en mappe",
    unsaved: "Endringer som ikke er lagret til fil", saved: "Alt er lagret til fil", kept: "Endringene er tatt vare på i nettleseren.",
    cannotRead: "Kunne ikke lese", notChecked: "Denne filen er ikke med i sjekken før feilen er rettet; de andre sjekkes.",
    findings: (e, w) => `${e} feil, ${w} advarsler`, valid: "gyldig", invalid: "ugyldig", report: "Funn",
    status: "Status", evaluations: "Evalueringer", due: "frist", daysLeft: "dager igjen", progress: "Fremdrift per innsatsområde",
    overdue: "Milepæler på overtid", none: "Ingen.", meetingsYear: "Møter per år", year: "år", held: "holdt", planned: "planlagt", required: "krav",
    noPlan: "Ingen handlingsplan blant dokumentene.", measures: "Tiltak", milestones: "Milepæler", updates: "Oppfølgingslogg",
    id: "id", name: "tittel", subGoals: "delmål", statusCol: "status", progressCol: "fremdrift (%)", responsible: "ansvarlig",
    dueCol: "frist", completedOn: "nådd", addMeasure: "Nytt tiltak", addMilestone: "Ny milepæl", addUpdate: "Ny logglinje",
    date: "dato", measure: "tiltak", note: "merknad", more: "Strategier og kommuner", strategies: "Strategier", municipalities: "Kommuner",
    noLog: "Ingen møtelogg blant dokumentene.", newLog: "Lag en møtelogg", addMeeting: "Nytt møte", place: "sted",
    invitedBy: "invitert av", invited: "invitert", attended: "til stede", agenda: "Saksliste", addAgenda: "Ny sak", decisions: "Vedtak", addDecision: "Nytt vedtak",
    political: "politisk", administrative: "administrativ",
    noIndicators: "Ingen indikatorer blant dokumentene.", baseline: "utgangspunkt", target: "mål", figures: "Tall", value: "verdi", addFigure: "Nytt tall",
    noEvaluation: "Ingen evaluering blant dokumentene.", draftMidterm: "Lag utkast til midtveisevaluering", draftFinal: "Lag utkast til sluttevaluering",
    rating: "vurdering", judgment: "begrunnelse", evidence: "Grunnlag", subGoal: "Delmål",
    adjustments: "Justeringer til neste handlingsplan", adjustment: "Justering", kind: "slag", concerns: "gjelder", decision: "vedtak (sak eller møte)",
    addAdjustment: "Ny justering", feedback: "Kvalitative tilbakemeldinger", source: "kilde", addFeedback: "Ny tilbakemelding",
    handling: "Politisk behandling", party: "part", body: "organ", reference: "sak", outcome: "utfall", addHandling: "Ny behandling",
    adjustmentKinds: { new_measure: "nytt tiltak", changed_measure: "endret tiltak", dropped_measure: "tiltak tas ut", governance: "styring", indicator: "indikator", milestone: "milepæl" },
    outcomes: { noted: "tatt til orientering", approved: "godkjent", returned: "sendt tilbake" },
    evaluationStatus: { draft: "utkast", concluded: "avsluttet" },
    ratings: { on_track: "i rute", partly: "delvis i rute", off_track: "ikke i rute", not_assessed: "ikke vurdert", "": "— ikke fylt ut —" },
    statuses: { planned: "planlagt", ongoing: "pågår", completed: "fullført", postponed: "utsatt", cancelled: "avlyst", pending: "venter", held: "holdt" },
    docs: "Dokumenter til det politiske møtet", docKind: "Dokument", docStatus: "Status", docMidterm: "Midtveisevaluering", docFinal: "Sluttevaluering",
    downloadDocx: "Last ned som Word", downloadHtml: "Last ned som nettside (HTML)", print: "Skriv ut", exportXlsx: "Last ned handlingsplanen som Excel",
    docLoading: "Lager dokumentet …", docReady: (n) => `Lastet ned: ${n}`, docPrinted: "Sendt til utskrift.",
    state: { done: "gjennomført", due: "til forfall", overdue: "på overtid", upcoming: "kommer" },
    severity: { error: "feil", warning: "advarsel", info: "info" },
    leave: "Du har endringer som ikke er lagret til fil.",
    checked: (ms) => `Sjekket på ${ms} ms`,
    checking: "Endret – sjekkes …",
    skip: "Hopp til innholdet", skipMilestones: "Gå til milepælene", skipUpdates: "Gå til oppfølgingsloggen", skipMeasures: "Gå til tiltakene",
    replaceAsk: "Arbeidsområdet har endringer som ikke er lagret til fil. Erstatte dem? (Angre henter dem tilbake.)",
    sameNameAsk: (names) => `Arbeidsområdet har allerede ${names.join(", ")}, med annet innhold. Erstatte ${names.length > 1 ? "dem" : "den"}? (Angre henter ${names.length > 1 ? "dem" : "den"} tilbake.)`,
    otherAgreementAsk: (title) => `Filene hører til en annen avtale: ${title}. Et arbeidsområde holder oppfølgingen av én avtale. Åpne filene som et nytt arbeidsområde i stedet for dette? (Angre henter dette tilbake.)`,
    emptyWs: "Tøm arbeidsområdet", emptyAsk: "Fjerne alle dokumentene fra arbeidsområdet? (Angre henter dem tilbake.)",
    fromOtherTab: "Endringer fra en annen fane er tatt inn.",
    conflicts: "Endret begge steder – din versjon er beholdt",
    pickerRefused: (why) => `Nettleseren lot deg ikke velge en mappe (${why}). Filene lastes ned i stedet.`,
    folderAsk: (name) => `${name} i mappen er annerledes enn filen du åpnet. Erstatte den med din versjon?`,
    folderMerged: (n) => `Filene i mappen var endret siden du åpnet dem; endringene er slått sammen med dine (${n} ${n === 1 ? "sted" : "steder"} endret begge steder).`,
    folderSaved: "Lagret i mappen.",
    actions: "Oppfølging", addAction: "Nytt oppfølgingspunkt", owner: "ansvarlig", doneOn: "utført", actionText: "hva skal gjøres",
    actionStatuses: { open: "åpen", done: "utført", dropped: "droppet" },
  },
  en: {
    title: "Tromsvekst – workbench", lang: "Language", asOf: "Date", examples: "Open the Nord-Troms examples",
    agreement: "Agreement", builtIn: "the built-in Nord-Troms agreement", fromFile: "from the file",
    views: { overview: "Overview", plan: "Action plan", meetings: "Meetings", indicators: "Indicators", evaluation: "Evaluation", documents: "Documents" },
    workspace: "The documents of the workspace", addFiles: "Add files (JSON, Excel or CSV)", addFolder: "Add a folder",
    remove: "Remove", undo: "Undo", redo: "Redo", saveAll: "Download all as JSON", saveFolder: "Save to a folder",
    unsaved: "Changes not saved to a file", saved: "Everything is saved to a file", kept: "The changes are kept in the browser.",
    cannotRead: "Could not read", notChecked: "This file is left out of the check until the error is corrected; the others are checked.",
    findings: (e, w) => `${e} errors, ${w} warnings`, valid: "valid", invalid: "invalid", report: "Findings",
    status: "Status", evaluations: "Evaluations", due: "due", daysLeft: "days left", progress: "Progress per focus area",
    overdue: "Overdue milestones", none: "None.", meetingsYear: "Meetings per year", year: "year", held: "held", planned: "planned", required: "required",
    noPlan: "No action plan among the documents.", measures: "Measures", milestones: "Milestones", updates: "Follow-up log",
    id: "id", name: "title", subGoals: "sub-goals", statusCol: "status", progressCol: "progress (%)", responsible: "responsible",
    dueCol: "due", completedOn: "reached", addMeasure: "New measure", addMilestone: "New milestone", addUpdate: "New log line",
    date: "date", measure: "measure", note: "note", more: "Strategies and municipalities", strategies: "Strategies", municipalities: "Municipalities",
    noLog: "No meeting log among the documents.", newLog: "Make a meeting log", addMeeting: "New meeting", place: "place",
    invitedBy: "invited by", invited: "invited", attended: "attended", agenda: "Agenda", addAgenda: "New item", decisions: "Decisions", addDecision: "New decision",
    political: "political", administrative: "administrative",
    noIndicators: "No indicators among the documents.", baseline: "baseline", target: "target", figures: "Figures", value: "value", addFigure: "New figure",
    noEvaluation: "No evaluation among the documents.", draftMidterm: "Draft the midterm evaluation", draftFinal: "Draft the final evaluation",
    rating: "rating", judgment: "assessment", evidence: "Evidence", subGoal: "Sub-goal",
    adjustments: "Adjustments for the next action plan", adjustment: "Adjustment", kind: "kind", concerns: "concerns", decision: "decision (case or meeting)",
    addAdjustment: "New adjustment", feedback: "Qualitative feedback", source: "source", addFeedback: "New feedback",
    handling: "Political handling", party: "party", body: "body", reference: "case", outcome: "outcome", addHandling: "New handling",
    adjustmentKinds: { new_measure: "new measure", changed_measure: "changed measure", dropped_measure: "measure dropped", governance: "governance", indicator: "indicator", milestone: "milestone" },
    outcomes: { noted: "noted", approved: "approved", returned: "returned" },
    evaluationStatus: { draft: "draft", concluded: "concluded" },
    ratings: { on_track: "on track", partly: "partly on track", off_track: "off track", not_assessed: "not assessed", "": "— not filled in —" },
    statuses: { planned: "planned", ongoing: "ongoing", completed: "completed", postponed: "postponed", cancelled: "cancelled", pending: "pending", held: "held" },
    docs: "Documents for the political meeting", docKind: "Document", docStatus: "Status", docMidterm: "Midterm evaluation", docFinal: "Final evaluation",
    downloadDocx: "Download as Word", downloadHtml: "Download as a web page (HTML)", print: "Print", exportXlsx: "Download the action plan as Excel",
    docLoading: "Making the document …", docReady: (n) => `Downloaded: ${n}`, docPrinted: "Sent to the printer.",
    state: { done: "done", due: "due", overdue: "overdue", upcoming: "upcoming" },
    severity: { error: "error", warning: "warning", info: "info" },
    leave: "You have changes not saved to a file.",
    checked: (ms) => `Checked in ${ms} ms`,
    checking: "Changed – being checked …",
    skip: "Skip to the content", skipMilestones: "Go to the milestones", skipUpdates: "Go to the follow-up log", skipMeasures: "Go to the measures",
    replaceAsk: "The workspace has changes not saved to a file. Replace them? (Undo brings them back.)",
    sameNameAsk: (names) => `The workspace already has ${names.join(", ")}, with other content. Replace ${names.length > 1 ? "them" : "it"}? (Undo brings ${names.length > 1 ? "them" : "it"} back.)`,
    otherAgreementAsk: (title) => `The files belong to another agreement: ${title}. A workspace holds the follow-up of one agreement. Open the files as a new workspace instead of this one? (Undo brings this one back.)`,
    emptyWs: "Empty the workspace", emptyAsk: "Remove every document from the workspace? (Undo brings them back.)",
    fromOtherTab: "Changes from another tab were taken in.",
    conflicts: "Changed on both sides – your version is kept",
    pickerRefused: (why) => `The browser did not let you choose a folder (${why}). The files are downloaded instead.`,
    folderAsk: (name) => `${name} in the folder differs from the file you opened. Replace it with your version?`,
    folderMerged: (n) => `The files in the folder had changed since you opened them; the changes are merged with yours (${n} ${n === 1 ? "place" : "places"} changed on both sides).`,
    folderSaved: "Saved to the folder.",
    actions: "Follow-up", addAction: "New follow-up action", owner: "owner", doneOn: "done", actionText: "what is to be done",
    actionStatuses: { open: "open", done: "done", dropped: "dropped" },
  },
};

/** A document's text in the language, else the other. */
const say = (text, lang) => (text == null ? "" : typeof text === "string" ? text : text[lang] ?? text.nb ?? text.en ?? "");
const decode = (t) => (typeof t === "string" ? t : new TextDecoder().decode(t));
const fieldId = (doc, pointer) => "f-" + `${doc}${pointer}`.replace(/[^A-Za-z0-9_-]/g, "_");
const serialize = (value) => JSON.stringify(value, null, 2) + "\n";

function download(name, bytes, type) {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Each document of the workspace read on its own: its kind and value, or
 * the error that stops it. A workbook stays a workbook (its findings point to
 * sheet, row and column) until it is edited here; then it is kept as JSON. */
const readCache = new Map();
function readAll(docs, lang) {
  // A document read once is not read again while its text is the same: a
  // keystroke re-reads only the document it changed.
  const seen = new Map();
  const out = docs.map((d) => {
    const key = `${lang}\u0000${d.name}`;
    const hit = readCache.get(key);
    const read = hit && hit.text === d.text && hit.engine === tv ? hit.read : readOne(d, lang, hit?.read);
    seen.set(key, { text: d.text, engine: tv, read });
    return read.disk === d.disk ? read : { ...read, disk: d.disk };
  });
  readCache.clear();
  for (const [k, v] of seen) readCache.set(k, v);
  return out;
}

function readOne(d, lang, before) {
  {
    try {
      const doc = tv.parse({ name: d.name, text: d.text }, { lang });
      // What did not change keeps its objects (fast.js): the rows of unchanged items are not drawn again.
      const value = share(before?.value, typeof d.text === "string" ? JSON.parse(d.text) : doc);
      return { ...d, kind: doc.kind, value, error: null };
    } catch (e) {
      // A document that is JSON of a known kind keeps its form, the error shown at its field.
      let raw = null;
      try { raw = typeof d.text === "string" ? JSON.parse(d.text) : null; } catch { /* not JSON */ }
      const kind = raw && typeof raw === "object" && raw.kind in VIEW_OF_KIND ? raw.kind : null;
      return { ...d, kind, value: kind ? raw : null, error: e };
    }
  }
}

/** What a JSON file is, by its shape: a JSON-stat dataset, a mapping, or a document. */
function classify(doc) {
  if (typeof doc.text !== "string") return "document";
  try {
    const v = JSON.parse(doc.text);
    if (v && v.class === "dataset" && v.dimension && "value" in v) return "jsonstat";
    if (v && Array.isArray(v.mappings)) return "mapping";
  } catch {
    // Not JSON: the engine says where and why.
  }
  return "document";
}

/** A file as a document of the workspace: JSON as text, a workbook or CSV file as its bytes. */
async function toDoc(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const name = file.webkitRelativePath || file.name;
  return { name, text: /\.(json)$/i.test(name) ? decode(bytes) : bytes };
}

function ErrorBox({ e, t, lang }) {
  const doc = e?.sheet ? `${e.document ?? ""}[${e.sheet}]` : e?.document ?? "";
  const place = e?.line != null ? `${doc}:${e.line}:${e.column}` : doc;
  const message = typeof e?.code === "string" ? (lang === "nb" ? e.messageNb : e.messageEn) : String(e?.message ?? e);
  return html`<div class="error" role="alert">
    <p><strong>${t.cannotRead}</strong> <span class="loc" data-error-location>${place}</span></p>
    <p>${e?.code ? html`<code data-error-code>${e.code}</code> ` : ""}${message}${e?.pointer ? html` <span class="loc">(${e.pointer})</span>` : ""}</p>
  </div>`;
}

/** The findings the rules have at one field, under it. */
function Findings({ list, id, t }) {
  if (!list?.length) return null;
  return html`<ul class="field-findings" id=${id + "-findings"}>
    ${list.map((f) => html`<li class=${"sev-" + f.severity} data-finding=${f.rule}>${t.severity[f.severity]}: ${f.message}</li>`)}
  </ul>`;
}

/** The field being typed into, while its change is made: typing into one
 * field is one undo step (history.js). */
let typing = null;

/** The typing not yet put into the workspace: it goes in once the character
 * is on screen (fast.js), or at once when the workspace is needed as typed
 * (leaving the field, undo, closing the page). One field at a time. */
let pendingTyping = null;
function flushTyping() {
  const run = pendingTyping;
  pendingTyping = null;
  run?.();
}

/** A labelled form field bound to a document's pointer, with the findings there. */
function Field({ ctx, doc, pointer, label, type = "text", value, onInput: change, options, hideLabel, multiline }) {
  const id = fieldId(doc, pointer);
  // What is typed shows at once (this field alone is drawn); the workspace,
  // its check and the other rows follow after the frame.
  const [local, setLocal] = useState(null);
  const commit = (v) => { typing = id; try { change(v); } finally { typing = null; } };
  const onInput = (v) => { flushTyping(); commit(v); };
  const typed = (text, v) => {
    setLocal({ text, from: value, to: v });
    if (pendingTyping && pendingTyping.field !== id) flushTyping();
    const run = () => {
      if (pendingTyping === run) pendingTyping = null;
      setLocal((l) => (l && Object.is(l.to, v) ? { ...l, from: v } : l));
      commit(v);
    };
    run.field = id;
    pendingTyping = run;
    afterPaint(() => { if (pendingTyping === run) run(); });
  };
  const shown = local && (Object.is(value, local.from) || Object.is(value, local.to)) ? local.text : value;
  const list = ctx.findingsAt(doc, pointer);
  const described = list?.length ? id + "-findings" : undefined;
  const common = { id, "aria-describedby": described, "aria-invalid": list?.some((f) => f.severity === "error") ? "true" : undefined, "data-pointer": pointer };
  let control;
  if (options) {
    control = html`<select ...${common} value=${value ?? ""} onChange=${(e) => onInput(e.target.value)}>
      ${options.map(([v, l]) => html`<option value=${v} selected=${v === (value ?? "")}>${l}</option>`)}
    </select>`;
  } else if (multiline) {
    control = html`<textarea ...${common} rows="3" value=${shown ?? ""} onInput=${(e) => typed(e.target.value, e.target.value)}></textarea>`;
  } else if (type === "text" || type === "number") {
    control = html`<input ...${common} type=${type} value=${shown ?? ""} onInput=${(e) => typed(e.target.value, type === "number" ? (e.target.value === "" ? null : Number(e.target.value)) : e.target.value)} />`;
  } else {
    control = html`<input ...${common} type=${type} value=${value ?? ""} onInput=${(e) => onInput(e.target.value)} />`;
  }
  return html`<div class="field">
    <label for=${id} class=${hideLabel ? "visually-hidden" : ""}>${label}</label>
    ${control}
    <${Findings} list=${list} id=${id} t=${ctx.t} />
  </div>`;
}

/** A day typed in the reader's format (dates.js): a date being typed waits,
 * an impossible one is an error at the field, a whole one is taken. */
function DayField({ id, label, value, lang, onDay }) {
  // The day shown as the hint says it is written (3.12.2026, 3/12/2026); what the user typed stays as typed.
  const [text, setText] = useState(showDay(value, lang));
  const [error, setError] = useState(null);
  const own = useRef(value);
  const shownLang = useRef(lang);
  useEffect(() => {
    if (value !== own.current || lang !== shownLang.current) {
      setText(showDay(value, lang)); setError(null); own.current = value; shownLang.current = lang;
    }
  }, [value, lang]);
  const take = (raw, final) => {
    const r = parseDay(raw, lang);
    if (r.day) {
      setError(null);
      if (r.day !== value) { own.current = r.day; onDay(r.day); }
    } else if (r.error || (final && raw.trim() !== "")) {
      setError(r.error ?? parseDay("x", lang).error);
    } else setError(null);
  };
  const described = `${id}-hint${error ? ` ${id}-error` : ""}`;
  return html`<label for=${id}>${label}</label>
    <span class="dayfield"><input id=${id} type="text" inputmode="numeric" autocomplete="off" size="12" value=${text}
      aria-invalid=${error ? "true" : undefined} aria-describedby=${described}
      onInput=${(e) => { setText(e.target.value); take(e.target.value, false); }}
      onChange=${(e) => take(e.target.value, true)} />
    <span class="hint" id=${`${id}-hint`}>${dateHint(lang)}</span>
    ${error ? html`<span class="day-error" id=${`${id}-error`} role="alert">${error}</span>` : ""}</span>`;
}

/** A part of a row behind a disclosure, made when it is first opened (a
 * plan of 300 measures does not build 300 sets of checkboxes nobody opened). */
function More({ summary, render, open }) {
  const [opened, setOpened] = useState(false);
  // A finding inside opens it: what the rules say is never hidden.
  return html`<details class="more" open=${open || undefined} onToggle=${(e) => { if (e.currentTarget.open) setOpened(true); }}><summary>${summary}</summary>
    ${opened || open ? render() : ""}</details>`;
}

/** A group of checkboxes for a list of ids, its choices from the agreement. */
function Choices({ ctx, doc, pointer, legend, options, chosen, onChange }) {
  const list = ctx.findingsAt(doc, pointer);
  const id = fieldId(doc, pointer);
  return html`<fieldset class="checks" id=${id} tabindex="-1" aria-describedby=${list?.length ? id + "-findings" : undefined}><legend>${legend}</legend>
    ${options.map(([value, label]) => {
      const box = `${id}-${value}`.replace(/[^A-Za-z0-9_-]/g, "_");
      return html`<span class="check"><input type="checkbox" id=${box} checked=${chosen.includes(value)}
        onChange=${(e) => onChange(e.target.checked ? [...chosen, value] : chosen.filter((x) => x !== value))} /><label for=${box}>${label}</label></span>`;
    })}
    <${Findings} list=${list} id=${id} t=${ctx.t} />
  </fieldset>`;
}

/** The findings about a whole item (a measure, a meeting, an indicator): at
 * the item, which carries the pointer's id so the report's link can reach it. */
function ItemFindings({ ctx, doc, pointer }) {
  return html`<${Findings} list=${ctx.findingsAt(doc, pointer)} id=${fieldId(doc, pointer)} t=${ctx.t} />`;
}

/** A span of the core's document description: its text already in the reader's words and number format. */
function DocSpan({ s }) {
  switch (s.type) {
    case "strong": return html`<strong>${s.value}</strong>`;
    case "muted": return html`<span class="muted">${s.value}</span>`;
    case "overdue": return html`<strong class="overdue">${s.value}</strong>`;
    case "figure": return html`<span class="nw">${s.value}</span>`;
    case "missing": return html`<span class="incomplete">${s.value}</span>`;
    case "light": return html`<span class=${"light " + s.value[0]}>${s.value[1]}</span>`;
    case "chart": return html`<${DocChart} c=${s.value} />`;
    default: return s.value;
  }
}

const spans = (list) => list.map((s) => html`<${DocSpan} s=${s} />`);

/** A chart of the description: bars as progress elements, a line as a small drawing with its name. */
function DocChart({ c, id }) {
  if (c.type === "bars") {
    return html`<div class="bars" role="group" aria-label=${c.title}>${c.rows.map(([label, value, text], i) => html`<div class="bar" data-bar=${label.trim()}>
      <span class="label" id=${`${id}-${i}`}>${label}</span>
      <progress max="100" value=${value ?? 0} aria-labelledby=${`${id}-${i}`}></progress>
      <span class="value">${text}</span></div>`)}</div>`;
  }
  const ys = c.points.map((p) => p[1]).concat(c.target == null ? [] : [c.target]);
  const lo = Math.min(...ys), hi = Math.max(...ys), span = hi > lo ? hi - lo : 1;
  const x = (i) => 4 + (i * 72) / Math.max(1, c.points.length - 1);
  const y = (v) => 20 - ((v - lo) / span) * 16;
  return html`<svg class="spark" width="80" height="24" viewBox="0 0 80 24" role="img" aria-label=${c.title}>
    ${c.target == null ? "" : html`<line x1="4" x2="76" y1=${y(c.target)} y2=${y(c.target)} stroke="#4a4a4a" stroke-dasharray="3 2" />`}
    <polyline fill="none" stroke="#1a56a8" stroke-width="2" points=${c.points.map((p, i) => `${x(i)},${y(p[1])}`).join(" ")} /></svg>`;
}

/**
 * The core's description of a document rendered as page markup: the same
 * sections, names, units and number formats as the terminal, the Word file
 * and the notebook, for they are all made from it. Each section of the
 * description is a section of the page (data-section is its heading).
 */
function DocView({ doc, idPrefix }) {
  const sections = [];
  for (const b of doc.blocks) {
    if (b.type === "title") continue;
    if (b.type === "heading" && b.value[0] === 2) sections.push({ title: b.value[1], blocks: [] });
    else (sections.at(-1) ?? (sections.push({ title: null, blocks: [] }), sections.at(-1))).blocks.push(b);
  }
  const block = (b, k) => {
    switch (b.type) {
      case "heading": return html`<h4>${b.value[1]}</h4>`;
      case "para": return html`<p>${spans(b.value)}</p>`;
      case "alert": return html`<p class="alert" role="note">${spans(b.value)}</p>`;
      case "list": return html`<ul>${b.value.map((i) => html`<li>${spans(i)}</li>`)}</ul>`;
      case "note": return html`<p class="muted">${b.value}</p>`;
      case "figure": return html`<figure><${DocChart} c=${b.value.chart} id=${`${idPrefix}-${k}`} /><figcaption class="muted">${b.value.caption}</figcaption></figure>`;
      case "table": return html`<div class="scroll" role="region" tabindex="0" aria-label=${b.value.caption}><table>
        <caption>${b.value.caption}</caption>
        <thead><tr>${b.value.head.map((c) => html`<th scope="col" class=${c.numeric ? "n" : ""}>${c.head}</th>`)}</tr></thead>
        <tbody>${b.value.rows.map((r) => html`<tr>${r.map((cell, i) => html`<td class=${b.value.head[i]?.numeric ? "n" : ""}>${spans(cell)}</td>`)}</tr>`)}</tbody></table></div>`;
      default: return "";
    }
  };
  return sections.map((sec, i) => html`<section class="doc-section" data-section=${sec.title ?? ""} aria-labelledby=${sec.title ? `${idPrefix}-s${i}` : undefined}>
    ${sec.title ? html`<h3 id=${`${idPrefix}-s${i}`}>${sec.title}</h3>` : ""}
    ${sec.blocks.map((b, k) => block(b, `${i}-${k}`))}</section>`);
}

function Overview({ ctx }) {
  // The status as the core describes it, as every other rendering of it.
  const { status, described, report } = ctx;
  return html`<section aria-labelledby="h-overview" data-status-as-of=${status?.as_of ?? ""}>
    <h2 id="h-overview">${described?.title ?? ctx.t.status}</h2>
    ${described ? html`<${DocView} doc=${described} idPrefix="ov" />` : ""}
    <${Report} ctx=${ctx} report=${report} />
  </section>`;
}

/** The rules' findings, grouped by rule; each links to its field. */
function Report({ ctx, report }) {
  const { t } = ctx;
  if (!report) return null;
  const c = report.counts;
  return html`<div id="report">
    <h2>${t.report}</h2>
    <p class=${"verdict " + (report.valid ? "valid" : "invalid")} data-verdict=${String(report.valid)}><strong>${report.valid ? t.valid : t.invalid}</strong> — ${t.findings(c.error, c.warning)}</p>
    ${report.groups.map((g) => html`<div class="group" data-rule=${g.rule}>
      <h3 class=${"sev-" + g.severity}>${t.severity[g.severity]} ${g.rule} (${g.count}) — ${g.title} <span class="loc">[${tv.sectionLabel(g.section, { lang: ctx.lang })}]</span></h3>
      <ul>${g.findings.map((f) => html`<li>
        <a href=${"#" + fieldId(f.document, f.pointer)} onClick=${(e) => { e.preventDefault(); ctx.goTo(f.document, f.pointer); }}>
          <span class="loc">${f.document}${f.sheet ? `[${f.sheet}]` : ""}${f.line != null ? `:${f.line}:${f.column}` : "#" + f.pointer}</span></a> ${f.message}</li>`)}</ul>
    </div>`)}
  </div>`;
}

function pickDoc(ctx, kind) {
  const list = ctx.read.filter((d) => d.kind === kind);
  return list.find((d) => d.name === ctx.selected[kind]) ?? list[0];
}

function DocPicker({ ctx, kind }) {
  const list = ctx.read.filter((d) => d.kind === kind);
  if (list.length < 2) return null;
  const current = pickDoc(ctx, kind);
  return html`<label class="picker">${ctx.t.views[VIEW_OF_KIND[kind]]}
    <select onChange=${(e) => ctx.select(kind, e.target.value)}>${list.map((d) => html`<option value=${d.name} selected=${d === current}>${d.name}</option>`)}</select></label>`;
}

const FIRST_ROWS = 40;
const MORE_ROWS = 60;

function PlanView({ ctx }) {
  const { t, lang, agreement } = ctx;
  const doc = pickDoc(ctx, "action_plan");
  // The measures to choose from in each log line: the same list while the ids are the same.
  const ids = (doc?.value.measures ?? []).map((m) => m.id).join("\u0000");
  const measureOptions = useMemo(() => (doc?.value.measures ?? []).map((m) => [m.id, m.id]), [ids]);
  // A long plan opens with its first rows drawn, the rest added a frame at a
  // time right after (the first screen is there at once; every row is there
  // within a few frames, in the page's order, so Tab and find reach them).
  const total = doc?.value.measures?.length ?? 0;
  const [drawn, setDrawn] = useState(FIRST_ROWS);
  useEffect(() => {
    if (drawn < total) afterPaint(() => setDrawn((n) => n + MORE_ROWS));
  }, [drawn, total]);
  if (!doc) return html`<section><h2>${t.views.plan}</h2><p>${t.noPlan}</p></section>`;
  const plan = doc.value;
  const edit = (fn) => ctx.edit(doc.name, fn);
  const subGoals = (agreement?.focus_areas ?? []).flatMap((f) => f.sub_goals.map((g) => g.id));
  const parties = (agreement?.parties ?? []).map((p) => [p.id, say(p.short_name ?? p.name, lang)]);
  const status = (list) => list.map((s) => [s, t.statuses[s]]);
  const strategies = (goals) => (agreement?.focus_areas ?? []).flatMap((f) => f.sub_goals)
    .filter((g) => (goals ?? []).includes(g.id)).flatMap((g) => (g.strategies ?? []).map((x) => [x.id, `${x.id} ${say(x.text, lang).slice(0, 60)}…`]));
  const municipalities = (agreement?.region?.municipalities ?? []).map((k) => [k.id, k.name]);
  return html`<section aria-labelledby="h-plan">
    <h2 id="h-plan">${t.views.plan}: ${say(plan.title, lang)}</h2>
    <${DocPicker} ctx=${ctx} kind="action_plan" />
    <p class="jump"><a href="#h-milestones">${t.skipMilestones}</a> · <a href="#h-updates">${t.skipUpdates}</a></p>
    <h3 id="h-measures" tabindex="-1">${t.measures}</h3>
    <div class="scroll"><table class="edit" data-rows-pending=${drawn < total ? String(total - drawn) : undefined}><caption>${t.measures} (${doc.name})</caption>
      <thead><tr><th scope="col" class="sticky">${t.id}</th><th scope="col">${t.name}</th><th scope="col">${t.subGoals}</th><th scope="col">${t.statusCol}</th><th scope="col">${t.progressCol}</th><th scope="col">${t.responsible}</th></tr></thead>
      <tbody>${(plan.measures ?? []).slice(0, drawn).map((m, i) => html`<${Memo} key=${i} deps=${[m, i, doc.name, lang, agreement, t, ctx.itemSig(doc.name, `/measures/${i}`)]} render=${() => html`<tr data-measure=${m.id} id=${fieldId(doc.name, `/measures/${i}`)} tabindex="-1">
        <td class="sticky"><span class="hint measure-name">${say(m.title, lang)}</span><${ItemFindings} ctx=${ctx} doc=${doc.name} pointer=${`/measures/${i}`} /><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/measures/${i}/id`} label=${`${t.id} ${i + 1}`} hideLabel value=${m.id} onInput=${(v) => edit((p) => { p.measures[i].id = v; })} /></td>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/measures/${i}/title`} label=${`${t.name}: ${m.id}`} hideLabel value=${say(m.title, lang)} onInput=${(v) => edit((p) => { p.measures[i].title = { ...(typeof p.measures[i].title === "object" ? p.measures[i].title : {}), [lang]: v }; })} />
          <${More} summary=${t.more} open=${Boolean(ctx.findingsAt(doc.name, `/measures/${i}/strategies`) || ctx.findingsAt(doc.name, `/measures/${i}/municipalities`))} render=${() => html`
            <${Choices} ctx=${ctx} doc=${doc.name} pointer=${`/measures/${i}/strategies`} legend=${`${t.strategies}: ${m.id}`}
              options=${strategies(m.sub_goals)} chosen=${m.strategies ?? []} onChange=${(list) => edit((p) => { p.measures[i].strategies = list; })} />
            <${Choices} ctx=${ctx} doc=${doc.name} pointer=${`/measures/${i}/municipalities`} legend=${`${t.municipalities}: ${m.id}`}
              options=${municipalities} chosen=${m.municipalities ?? []} onChange=${(list) => edit((p) => { p.measures[i].municipalities = list; })} />`} /></td>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/measures/${i}/sub_goals`} label=${`${t.subGoals}: ${m.id}`} hideLabel value=${(m.sub_goals ?? []).join(", ")} onInput=${(v) => edit((p) => { p.measures[i].sub_goals = v.split(",").map((s) => s.trim()).filter(Boolean); })} />
          <span class="hint">${subGoals.join(" · ")}</span></td>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/measures/${i}/status`} label=${`${t.statusCol}: ${m.id}`} hideLabel value=${m.status} options=${status(enumOf("action_plan", "MeasureStatus"))} onInput=${(v) => edit((p) => { p.measures[i].status = v; })} /></td>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/measures/${i}/progress`} label=${`${t.progressCol}: ${m.id}`} hideLabel type="number" value=${m.progress} onInput=${(v) => edit((p) => { if (v == null) delete p.measures[i].progress; else p.measures[i].progress = v; })} /></td>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/measures/${i}/responsible`} label=${`${t.responsible}: ${m.id}`} hideLabel value=${m.responsible} options=${parties} onInput=${(v) => edit((p) => { p.measures[i].responsible = v; })} /></td>
      </tr>`} />`)}</tbody></table></div>
    <button type="button" id="add-measure" onClick=${() => { ctx.focus(doc.name, `/measures/${plan.measures?.length ?? 0}/title`); edit((p) => { p.measures = [...(p.measures ?? []), { id: `tiltak-${(p.measures?.length ?? 0) + 1}`, title: { [lang]: "" }, sub_goals: subGoals.slice(0, 1), status: "planned", progress: 0, responsible: parties[0]?.[0] }]; }); }}>${t.addMeasure}</button>
    <h3 id="h-milestones" tabindex="-1">${t.milestones}</h3>
    <div class="scroll"><table class="edit"><caption>${t.milestones} (${doc.name})</caption>
      <thead><tr><th scope="col">${t.name}</th><th scope="col">${t.dueCol}</th><th scope="col">${t.statusCol}</th><th scope="col">${t.completedOn}</th></tr></thead>
      <tbody>${(plan.milestones ?? []).map((m, i) => html`<tr data-ms=${m.id} id=${fieldId(doc.name, `/milestones/${i}`)} tabindex="-1">
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/milestones/${i}/title`} label=${`${t.name}: ${m.id}`} hideLabel value=${say(m.title, lang)} onInput=${(v) => edit((p) => { p.milestones[i].title = { ...(typeof p.milestones[i].title === "object" ? p.milestones[i].title : {}), [lang]: v }; })} /></td>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/milestones/${i}/due`} label=${`${t.dueCol}: ${m.id}`} hideLabel type="date" value=${m.due} onInput=${(v) => edit((p) => { p.milestones[i].due = v; })} /></td>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/milestones/${i}/status`} label=${`${t.statusCol}: ${m.id}`} hideLabel value=${m.status} options=${status(enumOf("action_plan", "MilestoneStatus"))} onInput=${(v) => edit((p) => { p.milestones[i].status = v; })} /></td>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/milestones/${i}/completed_on`} label=${`${t.completedOn}: ${m.id}`} hideLabel type="date" value=${m.completed_on} onInput=${(v) => edit((p) => { if (v) p.milestones[i].completed_on = v; else delete p.milestones[i].completed_on; })} />
          <${ItemFindings} ctx=${ctx} doc=${doc.name} pointer=${`/milestones/${i}`} /></td>
      </tr>`)}</tbody></table></div>
    <button type="button" id="add-milestone" onClick=${() => { ctx.focus(doc.name, `/milestones/${plan.milestones?.length ?? 0}/title`); edit((p) => { p.milestones = [...(p.milestones ?? []), { id: `milepael-${(p.milestones?.length ?? 0) + 1}`, title: { [lang]: "" }, due: ctx.asOf, measures: p.measures?.[0] ? [p.measures[0].id] : [], status: "pending" }]; }); }}>${t.addMilestone}</button>
    <h3 id="h-updates" tabindex="-1">${t.updates}</h3>
    <div class="scroll"><table class="edit"><caption>${t.updates} (${doc.name})</caption>
      <thead><tr><th scope="col">${t.date}</th><th scope="col">${t.measure}</th><th scope="col">${t.statusCol}</th><th scope="col">${t.progressCol}</th><th scope="col">${t.note}</th></tr></thead>
      <tbody>${(plan.updates ?? []).map((u, i) => html`<${Memo} key=${i} deps=${[u, i, doc.name, lang, t, measureOptions, ctx.itemSig(doc.name, `/updates/${i}`)]} render=${() => html`<tr>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/updates/${i}/date`} label=${`${t.date} ${i + 1}`} hideLabel type="date" value=${u.date} onInput=${(v) => edit((p) => { p.updates[i].date = v; })} /></td>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/updates/${i}/measure`} label=${`${t.measure} ${i + 1}`} hideLabel value=${u.measure} options=${measureOptions} onInput=${(v) => edit((p) => { p.updates[i].measure = v; })} /></td>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/updates/${i}/status`} label=${`${t.statusCol} ${i + 1}`} hideLabel value=${u.status} options=${status(enumOf("action_plan", "MeasureStatus"))} onInput=${(v) => edit((p) => { p.updates[i].status = v; })} /></td>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/updates/${i}/progress`} label=${`${t.progressCol} ${i + 1}`} hideLabel type="number" value=${u.progress} onInput=${(v) => edit((p) => { p.updates[i].progress = v; })} /></td>
        <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/updates/${i}/note`} label=${`${t.note} ${i + 1}`} hideLabel value=${say(u.note, lang)} onInput=${(v) => edit((p) => { p.updates[i].note = { ...(typeof p.updates[i].note === "object" ? p.updates[i].note : {}), [lang]: v }; })} /></td>
      </tr>`} />`)}</tbody></table></div>
    <button type="button" onClick=${() => edit((p) => { const m = p.measures?.[0]; p.updates = [...(p.updates ?? []), { date: ctx.asOf, measure: m?.id ?? "", status: m?.status ?? "ongoing", progress: m?.progress ?? 0 }]; })}>${t.addUpdate}</button>
  </section>`;
}

function MeetingsView({ ctx }) {
  const { t, lang, agreement } = ctx;
  const doc = pickDoc(ctx, "meeting_log");
  const parties = (agreement?.parties ?? []).map((p) => [p.id, say(p.short_name ?? p.name, lang)]);
  if (!doc) {
    return html`<section><h2>${t.views.meetings}</h2><p>${t.noLog}</p>
      <button type="button" onClick=${() => ctx.add({ name: "motelogg.json", text: serialize({ kind: "meeting_log", schema_version: ctx.schemaVersion, id: `${agreement?.id ?? "avtale"}-motelogg`, agreement: agreement?.id, meetings: [] }) })}>${t.newLog}</button></section>`;
  }
  const log = doc.value;
  const edit = (fn) => ctx.edit(doc.name, fn);
  return html`<section aria-labelledby="h-meetings">
    <h2 id="h-meetings">${t.views.meetings}</h2>
    <${DocPicker} ctx=${ctx} kind="meeting_log" />
    ${(log.meetings ?? []).map((m, i) => html`<fieldset class="meeting" data-meeting=${m.id} id=${fieldId(doc.name, `/meetings/${i}`)} tabindex="-1">
      <legend>${m.id} — ${m.date}</legend>
      <${ItemFindings} ctx=${ctx} doc=${doc.name} pointer=${`/meetings/${i}`} />
      <div class="row">
        <${Field} ctx=${ctx} doc=${doc.name} pointer=${`/meetings/${i}/date`} label=${t.date} type="date" value=${m.date} onInput=${(v) => edit((l) => { l.meetings[i].date = v; })} />
        <${Field} ctx=${ctx} doc=${doc.name} pointer=${`/meetings/${i}/place`} label=${t.place} value=${m.place} onInput=${(v) => edit((l) => { l.meetings[i].place = v; })} />
        <${Field} ctx=${ctx} doc=${doc.name} pointer=${`/meetings/${i}/status`} label=${t.statusCol} value=${m.status} options=${enumOf("meeting_log", "MeetingStatus").map((s) => [s, t.statuses[s]])} onInput=${(v) => edit((l) => { l.meetings[i].status = v; })} />
        <${Field} ctx=${ctx} doc=${doc.name} pointer=${`/meetings/${i}/invited_by`} label=${t.invitedBy} value=${m.invited_by} options=${parties} onInput=${(v) => edit((l) => { l.meetings[i].invited_by = v; })} />
      </div>
      ${["invited", "attended"].map((field) => html`<fieldset class="checks"><legend>${t[field]}</legend>
        ${parties.map(([id, name]) => enumOf("meeting_log", "Leadership").map((kind) => {
          const on = (m[field] ?? []).some((a) => a.party === id && a.leadership?.includes(kind));
          const box = fieldId(doc.name, `/meetings/${i}/${field}/${id}/${kind}`);
          return html`<span class="check"><input type="checkbox" id=${box} checked=${on} onChange=${(e) => edit((l) => {
            const mt = l.meetings[i];
            mt[field] = mt[field] ?? [];
            let a = mt[field].find((x) => x.party === id);
            if (!a) { a = { party: id, leadership: [] }; mt[field].push(a); }
            a.leadership = e.target.checked ? [...new Set([...a.leadership, kind])] : a.leadership.filter((k) => k !== kind);
            mt[field] = mt[field].filter((x) => x.leadership.length);
          })} /><label for=${box}>${name}, ${t[kind]}</label></span>`;
        }))}
      </fieldset>`)}
      <h3>${t.agenda}</h3>
      ${(m.agenda ?? []).map((a, j) => html`<${Field} ctx=${ctx} doc=${doc.name} pointer=${`/meetings/${i}/agenda/${j}/title`} label=${`${t.agenda} ${j + 1}`} value=${say(a.title, lang)} onInput=${(v) => edit((l) => { l.meetings[i].agenda[j].title = { ...(typeof l.meetings[i].agenda[j].title === "object" ? l.meetings[i].agenda[j].title : {}), [lang]: v }; })} />`)}
      <button type="button" onClick=${() => edit((l) => { l.meetings[i].agenda = [...(l.meetings[i].agenda ?? []), { title: { [lang]: "" }, themes: [], focus_areas: [] }]; })}>${t.addAgenda}</button>
      <h3>${t.decisions}</h3>
      ${(m.decisions ?? []).map((d, j) => html`<div class="decision" data-decision=${d.id}>
        <${Field} ctx=${ctx} doc=${doc.name} pointer=${`/meetings/${i}/decisions/${j}/text`} label=${`${t.decisions} ${j + 1}`} multiline value=${say(d.text, lang)} onInput=${(v) => edit((l) => { l.meetings[i].decisions[j].text = { ...(typeof l.meetings[i].decisions[j].text === "object" ? l.meetings[i].decisions[j].text : {}), [lang]: v }; })} />
        <${Actions} ctx=${ctx} doc=${doc.name} at=${`/meetings/${i}/decisions/${j}`} decision=${d} parties=${parties}
          edit=${(fn) => edit((l) => fn(l.meetings[i].decisions[j]))} label=${`${t.decisions} ${j + 1}`} />
      </div>`)}
      <button type="button" onClick=${() => edit((l) => { const mt = l.meetings[i]; mt.decisions = [...(mt.decisions ?? []), { id: `${mt.id}-vedtak-${(mt.decisions?.length ?? 0) + 1}`, text: { [lang]: "" } }]; })}>${t.addDecision}</button>
    </fieldset>`)}
    <button type="button" id="add-meeting" onClick=${() => {
      // The new meeting's first field gets the focus, scrolled into view.
      ctx.focus(doc.name, `/meetings/${log.meetings?.length ?? 0}/date`);
      edit((l) => {
        const n = (l.meetings?.length ?? 0) + 1;
        const place = l.meetings?.[l.meetings.length - 1]?.place ?? "";
        // Who invites, and whom, as the agreement says (its governance section).
        const rule = agreement?.governance?.political;
        const invitedBy = rule?.invited_by ?? rule?.host ?? parties[0]?.[0];
        const invited = (rule?.invitees ?? []).map((x) => ({ party: x.party, leadership: [...(x.leadership ?? [])] }));
        l.meetings = [...(l.meetings ?? []), { id: `mote-${ctx.asOf.slice(0, 4)}-${n}`, date: ctx.asOf, place, status: "held", invited_by: invitedBy,
          invited: invited.length ? invited : parties.filter(([id]) => id !== invitedBy).map(([id]) => ({ party: id, leadership: ["political", "administrative"] })),
          attended: parties.map(([id]) => ({ party: id, leadership: ["political", "administrative"] })) }];
      });
    }}>${t.addMeeting}</button>
  </section>`;
}

/** A decision's follow-up actions: what, who, by when, where it stands, when done, which measures. */
function Actions({ ctx, doc, at, decision, parties, edit, label }) {
  const { t, lang } = ctx;
  const actions = decision.actions ?? [];
  const measures = ctx.read.filter((d) => d.kind === "action_plan").flatMap((d) => (d.value.measures ?? []).map((m) => [m.id, say(m.title, lang) || m.id]));
  const statuses = enumOf("meeting_log", "ActionStatus").map((s) => [s, t.actionStatuses[s] ?? s]);
  return html`<fieldset class="actions"><legend>${t.actions}: ${label}</legend>
    ${actions.map((a, k) => {
      const p = `${at}/actions/${k}`;
      const set = (fn) => edit((d) => fn(d.actions[k]));
      return html`<div class="action" data-action=${a.id} id=${fieldId(doc, p)} tabindex="-1">
        <${ItemFindings} ctx=${ctx} doc=${doc} pointer=${p} />
        <${Field} ctx=${ctx} doc=${doc} pointer=${`${p}/text`} label=${`${t.actionText} (${k + 1})`} multiline value=${say(a.text, lang)} onInput=${(v) => set((x) => { x.text = { ...(typeof x.text === "object" ? x.text : {}), [lang]: v }; })} />
        <div class="row">
          <${Field} ctx=${ctx} doc=${doc} pointer=${`${p}/owner`} label=${t.owner} value=${a.owner} options=${parties} onInput=${(v) => set((x) => { x.owner = v; })} />
          <${Field} ctx=${ctx} doc=${doc} pointer=${`${p}/due`} label=${t.dueCol} type="date" value=${a.due} onInput=${(v) => set((x) => { x.due = v; })} />
          <${Field} ctx=${ctx} doc=${doc} pointer=${`${p}/status`} label=${t.statusCol} value=${a.status ?? "open"} options=${statuses} onInput=${(v) => set((x) => { x.status = v; if (v === "done" && !x.done_on) x.done_on = ctx.asOf; if (v !== "done") delete x.done_on; })} />
          <${Field} ctx=${ctx} doc=${doc} pointer=${`${p}/done_on`} label=${t.doneOn} type="date" value=${a.done_on} onInput=${(v) => set((x) => { if (v) x.done_on = v; else delete x.done_on; })} />
        </div>
        ${measures.length ? html`<${Choices} ctx=${ctx} doc=${doc} pointer=${`${p}/measures`} legend=${`${t.measures} (${k + 1})`} options=${measures} chosen=${a.measures ?? []} onChange=${(list) => set((x) => { x.measures = list; })} />` : ""}
      </div>`;
    })}
    <button type="button" class="add-action" onClick=${() => {
      ctx.focus(doc, `${at}/actions/${actions.length}/text`);
      edit((d) => {
        d.actions = [...(d.actions ?? []), { id: `${d.id}-oppf-${(d.actions?.length ?? 0) + 1}`, text: { [lang]: "" }, owner: parties[0]?.[0] ?? "", due: ctx.asOf, status: "open" }];
      });
    }}>${t.addAction}</button>
  </fieldset>`;
}

function IndicatorsView({ ctx }) {
  const { t, lang } = ctx;
  const doc = pickDoc(ctx, "indicators");
  if (!doc) return html`<section><h2>${t.views.indicators}</h2><p>${t.noIndicators}</p></section>`;
  const edit = (fn) => ctx.edit(doc.name, fn);
  const v = (y) => (y ? `${y.value} (${y.year})` : "–");
  return html`<section aria-labelledby="h-indicators">
    <h2 id="h-indicators">${t.views.indicators}</h2>
    <${DocPicker} ctx=${ctx} kind="indicators" />
    ${(doc.value.indicators ?? []).map((x, i) => html`<fieldset data-indicator=${x.id} id=${fieldId(doc.name, `/indicators/${i}`)} tabindex="-1"><legend>${say(x.name, lang)}</legend>
      <${ItemFindings} ctx=${ctx} doc=${doc.name} pointer=${`/indicators/${i}`} />
      <p>${t.baseline}: ${v(x.baseline)} · ${t.target}: ${(x.targets ?? []).map(v).join(", ") || "–"}</p>
      <table class="edit"><caption>${t.figures}: ${say(x.name, lang)}</caption>
        <thead><tr><th scope="col">${t.year}</th><th scope="col">${t.value}</th></tr></thead>
        <tbody>${(x.observations ?? []).map((o, j) => html`<tr>
          <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/indicators/${i}/observations/${j}/year`} label=${`${t.year} ${j + 1}`} hideLabel type="number" value=${o.year} onInput=${(val) => edit((s) => { s.indicators[i].observations[j].year = val; })} /></td>
          <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/indicators/${i}/observations/${j}/value`} label=${`${t.value} ${o.year}`} hideLabel type="number" value=${o.value} onInput=${(val) => edit((s) => { s.indicators[i].observations[j].value = val; })} /></td>
        </tr>`)}</tbody></table>
      <button type="button" onClick=${() => edit((s) => { const obs = s.indicators[i].observations ?? []; const last = obs[obs.length - 1]; s.indicators[i].observations = [...obs, { year: (last?.year ?? Number(ctx.asOf.slice(0, 4)) - 1) + 1, value: null }]; })}>${t.addFigure}</button>
    </fieldset>`)}
  </section>`;
}

function EvaluationView({ ctx }) {
  const { t, lang, agreement, status } = ctx;
  const doc = pickDoc(ctx, "evaluation");
  if (!doc) {
    return html`<section><h2>${t.views.evaluation}</h2><p>${t.noEvaluation}</p>
      <button type="button" onClick=${() => ctx.draft("midterm")}>${t.draftMidterm}</button>
      <button type="button" onClick=${() => ctx.draft("final")}>${t.draftFinal}</button></section>`;
  }
  const e = doc.value;
  const edit = (fn) => ctx.edit(doc.name, fn);
  const ratingOptions = ["", ...enumOf("evaluation", "Rating")].map((r) => [r, t.ratings[r]]);
  const findingIndex = (number, subGoal) => (e.findings ?? []).findIndex((f) => f.focus_area === number && (f.sub_goal ?? null) === (subGoal ?? null));
  const ensure = (ev, number, subGoal) => {
    ev.findings = ev.findings ?? [];
    let k = ev.findings.findIndex((f) => f.focus_area === number && (f.sub_goal ?? null) === (subGoal ?? null));
    if (k < 0) { ev.findings.push(subGoal ? { focus_area: number, sub_goal: subGoal } : { focus_area: number }); k = ev.findings.length - 1; }
    return ev.findings[k];
  };
  const judge = (number, subGoal, label) => {
    const k = findingIndex(number, subGoal);
    const f = k >= 0 ? e.findings[k] : {};
    const at = k >= 0 ? `/findings/${k}` : `/findings/new-${number}-${subGoal ?? ""}`;
    const evidence = subGoal
      ? status?.progress.flatMap((a) => a.sub_goals).find((g) => g.id === subGoal)
      : status?.progress.find((a) => a.number === number);
    const measures = subGoal ? evidence?.measures ?? [] : [];
    return html`<div class="judgment" data-judgment=${subGoal ?? String(number)} id=${fieldId(doc.name, at)} tabindex="-1">
      <${ItemFindings} ctx=${ctx} doc=${doc.name} pointer=${at} />
      <div class="evidence"><h4>${t.evidence}</h4>
        <p><progress max="100" value=${evidence?.progress ?? 0} aria-label=${`${label}: ${t.progress}`}></progress> ${evidence?.progress == null ? "–" : evidence.progress.toFixed(1) + " %"}</p>
        ${measures.length ? html`<ul>${measures.map((m) => html`<li>${m.id}: ${t.statuses[m.status]}, ${m.progress} %</li>`)}</ul>` : ""}
      </div>
      <div class="words">
        <${Field} ctx=${ctx} doc=${doc.name} pointer=${`${at}/rating`} label=${`${t.rating}: ${label}`} value=${f.rating ?? ""} options=${ratingOptions} onInput=${(v) => edit((ev) => { const x = ensure(ev, number, subGoal); if (v) x.rating = v; else delete x.rating; })} />
        <${Field} ctx=${ctx} doc=${doc.name} pointer=${`${at}/text`} label=${`${t.judgment}: ${label}`} multiline value=${say(f.text, lang)} onInput=${(v) => edit((ev) => { const x = ensure(ev, number, subGoal); x.text = { ...(typeof x.text === "object" ? x.text : {}), [lang]: v }; })} />
      </div>
    </div>`;
  };
  const text = (x, v) => ({ ...(typeof x === "object" && x ? x : {}), [lang]: v });
  const subGoals = (agreement?.focus_areas ?? []).flatMap((f) => f.sub_goals.map((g) => [g.id, `${t.subGoal} ${g.id}`]));
  const measures = ctx.read.filter((d) => d.kind === "action_plan").flatMap((d) => (d.value.measures ?? []).map((m) => [m.id, m.id]));
  const indicators = ctx.read.filter((d) => d.kind === "indicators").flatMap((d) => (d.value.indicators ?? []).map((x) => [x.id, say(x.name, lang)]));
  const parties = (agreement?.parties ?? []).map((p) => [p.id, say(p.short_name ?? p.name, lang)]);
  // What an adjustment changes, by its kind: a sub-goal, a measure, an indicator or the governance.
  const target = (kind) => ({ new_measure: "sub_goal", changed_measure: "measure", dropped_measure: "measure", milestone: "measure", indicator: "indicator", governance: "governance" })[kind ?? "new_measure"];
  const targetOptions = { sub_goal: subGoals, measure: measures, indicator: indicators, governance: enumOf("evaluation", "GovernanceSection").map((g) => [g, g]) };
  return html`<section aria-labelledby="h-evaluation">
    <h2 id="h-evaluation">${t.views.evaluation}: ${e.id} (${t.evaluationStatus[e.status] ?? e.status})</h2>
    <${DocPicker} ctx=${ctx} kind="evaluation" />
    ${(agreement?.focus_areas ?? []).map((f) => html`<section class="area" aria-labelledby=${"ev-" + f.number}>
      <h3 id=${"ev-" + f.number}>${f.number}. ${say(f.title, lang)}</h3>
      ${judge(f.number, null, `${f.number}. ${say(f.title, lang)}`)}
      ${f.sub_goals.map((g) => html`<h4>${t.subGoal} ${g.id}</h4>${judge(f.number, g.id, `${t.subGoal} ${g.id}`)}`)}
    </section>`)}
    <section aria-labelledby="h-adjustments">
      <h3 id="h-adjustments">${t.adjustments}</h3>
      ${(e.adjustments ?? []).map((j, i) => {
        const field = target(j.kind);
        return html`<fieldset data-adjustment=${j.id} id=${fieldId(doc.name, `/adjustments/${i}`)} tabindex="-1"><legend>${j.id}</legend>
          <${ItemFindings} ctx=${ctx} doc=${doc.name} pointer=${`/adjustments/${i}`} />
          <div class="row">
            <${Field} ctx=${ctx} doc=${doc.name} pointer=${`/adjustments/${i}/kind`} label=${t.kind} value=${j.kind ?? "new_measure"} options=${enumOf("evaluation", "AdjustmentKind").map((k) => [k, t.adjustmentKinds[k] ?? k])}
              onInput=${(v) => edit((ev) => { const a = ev.adjustments[i]; a.kind = v; for (const f of ["sub_goal", "measure", "indicator", "governance"]) if (f !== target(v)) delete a[f]; })} />
            <${Field} ctx=${ctx} doc=${doc.name} pointer=${`/adjustments/${i}/${field}`} label=${t.concerns} value=${j[field] ?? ""} options=${[["", "—"], ...targetOptions[field]]}
              onInput=${(v) => edit((ev) => { if (v) ev.adjustments[i][field] = v; else delete ev.adjustments[i][field]; })} />
            <${Field} ctx=${ctx} doc=${doc.name} pointer=${`/adjustments/${i}/decision`} label=${t.decision} value=${j.decision ?? ""}
              onInput=${(v) => edit((ev) => { if (v) ev.adjustments[i].decision = v; else delete ev.adjustments[i].decision; })} />
          </div>
          <${Field} ctx=${ctx} doc=${doc.name} pointer=${`/adjustments/${i}/text`} label=${`${t.adjustment} ${j.id}`} multiline value=${say(j.text, lang)} onInput=${(v) => edit((ev) => { ev.adjustments[i].text = text(ev.adjustments[i].text, v); })} />
        </fieldset>`;
      })}
      <button type="button" id="add-adjustment" onClick=${() => edit((ev) => { const n = (ev.adjustments?.length ?? 0) + 1; ev.adjustments = [...(ev.adjustments ?? []), { id: `justering-${n}`, kind: "new_measure", sub_goal: subGoals[0]?.[0], text: { [lang]: "" } }]; })}>${t.addAdjustment}</button>
    </section>
    <section aria-labelledby="h-feedback">
      <h3 id="h-feedback">${t.feedback}</h3>
      ${(e.qualitative_feedback ?? []).map((f, i) => html`<fieldset data-feedback=${i} id=${fieldId(doc.name, `/qualitative_feedback/${i}`)} tabindex="-1"><legend>${f.source || `${t.feedback} ${i + 1}`}</legend>
        <${ItemFindings} ctx=${ctx} doc=${doc.name} pointer=${`/qualitative_feedback/${i}`} />
        <${Field} ctx=${ctx} doc=${doc.name} pointer=${`/qualitative_feedback/${i}/source`} label=${t.source} value=${f.source} onInput=${(v) => edit((ev) => { ev.qualitative_feedback[i].source = v; })} />
        <${Field} ctx=${ctx} doc=${doc.name} pointer=${`/qualitative_feedback/${i}/text`} label=${`${t.feedback}: ${f.source}`} multiline value=${say(f.text, lang)} onInput=${(v) => edit((ev) => { ev.qualitative_feedback[i].text = text(ev.qualitative_feedback[i].text, v); })} />
      </fieldset>`)}
      <button type="button" onClick=${() => edit((ev) => { ev.qualitative_feedback = [...(ev.qualitative_feedback ?? []), { source: "" }]; })}>${t.addFeedback}</button>
    </section>
    <section aria-labelledby="h-handling">
      <h3 id="h-handling">${t.handling}</h3>
      <div class="scroll"><table class="edit"><caption>${t.handling}</caption>
        <thead><tr><th scope="col">${t.party}</th><th scope="col">${t.body}</th><th scope="col">${t.date}</th><th scope="col">${t.reference}</th><th scope="col">${t.outcome}</th></tr></thead>
        <tbody>${(e.handling ?? []).map((hd, i) => html`<tr data-handling=${i}>
          <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/handling/${i}/party`} label=${`${t.party} ${i + 1}`} hideLabel value=${hd.party} options=${parties} onInput=${(v) => edit((ev) => { ev.handling[i].party = v; })} /></td>
          <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/handling/${i}/body`} label=${`${t.body} ${i + 1}`} hideLabel value=${hd.body} onInput=${(v) => edit((ev) => { ev.handling[i].body = v; })} /></td>
          <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/handling/${i}/date`} label=${`${t.date} ${i + 1}`} hideLabel type="date" value=${hd.date} onInput=${(v) => edit((ev) => { ev.handling[i].date = v; })} /></td>
          <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/handling/${i}/reference`} label=${`${t.reference} ${i + 1}`} hideLabel value=${hd.reference ?? ""} onInput=${(v) => edit((ev) => { if (v) ev.handling[i].reference = v; else delete ev.handling[i].reference; })} /></td>
          <td><${Field} ctx=${ctx} doc=${doc.name} pointer=${`/handling/${i}/outcome`} label=${`${t.outcome} ${i + 1}`} hideLabel value=${hd.outcome} options=${enumOf("evaluation", "HandlingOutcome").map((o) => [o, t.outcomes[o] ?? o])} onInput=${(v) => edit((ev) => { ev.handling[i].outcome = v; })} /></td>
        </tr>`)}</tbody></table></div>
      <button type="button" onClick=${() => edit((ev) => { ev.handling = [...(ev.handling ?? []), { party: parties[0]?.[0], body: parties[0]?.[1] ?? "", date: ctx.asOf, outcome: "noted" }]; })}>${t.addHandling}</button>
    </section>
  </section>`;
}

function DocumentsView({ ctx }) {
  const { t } = ctx;
  const [kind, setKind] = useState("status");
  const [state, setState] = useState("");
  const make = async (format) => {
    setState(t.docLoading);
    // The report module (Word, HTML) loads here, the first time only.
    const { report } = await ctx.loadFull();
    return report(ctx.inputs, { kind, lang: ctx.lang, asOf: ctx.asOf, format });
  };
  const word = async () => {
    try {
      const bytes = await make("docx");
      const name = `${kind}-${ctx.asOf}.docx`;
      download(name, bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      setState(t.docReady(name));
    } catch (e) { setState(""); ctx.fail(e); }
  };
  const page = async () => {
    try {
      const text = await make("html");
      const name = `${kind}-${ctx.asOf}.html`;
      download(name, text, "text/html");
      setState(t.docReady(name));
    } catch (e) { setState(""); ctx.fail(e); }
  };
  const print = async () => {
    try {
      const page = await make("html");
      document.getElementById("print-frame")?.remove();
      const frame = document.createElement("iframe");
      frame.id = "print-frame";
      frame.title = t.print;
      frame.style.cssText = "position:fixed;width:0;height:0;border:0;left:-10px";
      frame.addEventListener("load", () => { frame.contentWindow.focus(); frame.contentWindow.print(); setState(t.docPrinted); }, { once: true });
      frame.srcdoc = page;
      document.body.append(frame);
    } catch (e) { setState(""); ctx.fail(e); }
  };
  const plan = pickDoc(ctx, "action_plan");
  const xlsx = async () => {
    try {
      await ctx.loadFull();
      download(plan.name.replace(/\.(json|xlsx|csv)$/i, "") + ".xlsx", tv.exportPlan({ name: plan.name, text: plan.text }, { lang: ctx.lang }), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    } catch (e) { ctx.fail(e); }
  };
  return html`<section aria-labelledby="h-documents">
    <h2 id="h-documents">${t.docs}</h2>
    <div class="controls">
      <label for="doc-kind">${t.docKind}</label>
      <select id="doc-kind" value=${kind} onChange=${(e) => setKind(e.target.value)}>
        <option value="status">${t.docStatus}</option><option value="midterm">${t.docMidterm}</option><option value="final">${t.docFinal}</option>
      </select>
      <button type="button" id="download-docx" onClick=${word}>${t.downloadDocx}</button>
      <button type="button" id="download-html" onClick=${page}>${t.downloadHtml}</button>
      <button type="button" id="print" onClick=${print}>${t.print}</button>
      ${plan ? html`<button type="button" id="export-xlsx" onClick=${xlsx}>${t.exportXlsx}</button>` : ""}
    </div>
    <p id="doc-state" role="status" aria-live="polite">${state}</p>
  </section>`;
}

/** The title of the other agreement the files belong to, or null when they are this one's. */
function otherAgreement(docs, current) {
  for (const d of docs) {
    if (typeof d.text !== "string") continue;
    try {
      const v = JSON.parse(d.text);
      const id = v?.kind === "agreement" ? v.id : v?.agreement;
      if (id && id !== current) return v?.kind === "agreement" ? say(v.title, "nb") || id : id;
    } catch { /* not JSON: read and shown as it is */ }
  }
  return null;
}

/**
 * Saves the documents into a folder the user chose. A file there that
 * changed since it was opened (a colleague's save, a synced shared folder) is
 * merged with this version by item (the core's merge); a file there that was
 * never opened here is replaced only if `ask(name)` says so.
 */
async function saveToFolder(dir, docs, mergeTexts, ask) {
  const out = [];
  const conflicts = [];
  let merged = 0;
  let skipped = 0;
  for (const d of docs) {
    const name = d.name.split("/").pop();
    let now = null;
    try {
      now = await (await (await dir.getFileHandle(name)).getFile()).text();
    } catch {
      now = null; // not there yet
    }
    let text = d.text;
    if (now != null && typeof d.text === "string" && now !== d.text && now !== d.disk) {
      let done = false;
      if (typeof d.disk === "string") {
        try {
          const r = mergeTexts(d.disk, d.text, now);
          text = r.text;
          conflicts.push(...r.conflicts.map((c) => ({ ...c, document: d.name })));
          merged += 1;
          done = true;
        } catch { /* not mergeable (the file there is broken): ask */ }
      }
      if (!done && !ask(name)) {
        out.push(d);
        skipped += 1;
        continue;
      }
    }
    const file = await (await dir.getFileHandle(name, { create: true })).createWritable();
    await file.write(text);
    await file.close();
    out.push({ ...d, text, disk: typeof text === "string" ? text : d.disk });
  }
  return { docs: out, conflicts, merged, skipped };
}

function App({ initial }) {
  const [ws, setWs] = useState(initial);
  const [history, setHistory] = useState(undoable.empty());
  const [notice, setNotice] = useState(null);
  const [pending, setPending] = useState(false);
  const [checked, setChecked] = useState({ report: null, status: null, described: null, error: null, ms: 0 });
  const [failure, setFailure] = useState(null);
  const [selected, setSelected] = useState({});
  const [engine, setEngine] = useState(full ? "full" : "core");
  const loadEngine = async () => {
    const m = await loadFull();
    setEngine("full");
    return m;
  };
  const t = TEXT[ws.lang];
  const lang = ws.lang;
  if (document.documentElement.lang !== lang) document.documentElement.lang = lang;

  // Every change is kept in the browser shortly after it is made, off the
  // typing path, and at once when the page is hidden or closed.
  const latest = useRef(ws);
  latest.current = ws;
  useEffect(() => {
    const timer = setTimeout(() => store.save(ws).catch(() => {}), 150);
    return () => clearTimeout(timer);
  }, [ws]);
  useEffect(() => {
    const flush = () => { flushTyping(); store.save(latest.current).catch(() => {}); };
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, []);
  // Other tabs of the same workspace (sync.js): what they change is merged in
  // by item, what this tab changes is told to them. `agreed` is what the
  // other tabs last said: the base of the merge.
  const agreed = useRef(ws.docs);
  const channel = useRef(null);
  const mergeTexts = (b, m, th) => {
    const r = tv.merge({ name: "base.json", text: b }, { name: "mine.json", text: m }, { name: "theirs.json", text: th }, { lang: latest.current.lang, format: "object" });
    return { text: serialize(r.document), conflicts: r.conflicts };
  };
  useEffect(() => {
    channel.current = connect((message) => {
      if (message?.type !== "docs") return;
      const current = latest.current;
      const { docs, conflicts } = mergeDocs(agreed.current, current.docs, message.docs, mergeTexts);
      agreed.current = message.docs;
      if (!sameDocs(docs, current.docs)) {
        setWs((w) => ({ ...w, docs }));
        setNotice({ text: TEXT[current.lang].fromOtherTab, conflicts });
      }
    });
  }, []);
  useEffect(() => {
    if (sameDocs(ws.docs, agreed.current)) return;
    channel.current?.post({ type: "docs", docs: ws.docs });
  }, [ws.docs]);
  // Closing with changes not saved to a file asks first.
  const docsKey = useMemo(() => JSON.stringify(ws.docs), [ws.docs]);
  const dirty = ws.savedKey !== docsKey;
  useEffect(() => {
    const ask = (e) => { if (dirty) { e.preventDefault(); e.returnValue = ""; } };
    window.addEventListener("beforeunload", ask);
    return () => window.removeEventListener("beforeunload", ask);
  }, [dirty]);

  const read = useMemo(() => readAll(ws.docs, lang), [ws.docs, lang, engine]);
  const inputs = useMemo(() => read.filter((d) => !d.error).map((d) => ({ name: d.name, text: d.text })), [read]);
  const agreementDoc = read.find((d) => d.kind === "agreement");
  const builtIn = useMemo(() => tv.nordTroms({ format: "object" }), []);
  const agreement = agreementDoc?.value ?? builtIn;

  // The rules, again at every change (debounced): on this machine a check of
  // the Nord-Troms documents takes a few milliseconds, well inside a frame, so
  // it runs here rather than in a worker; the page shows how long it took.
  // One check gives the findings and the status together.
  const checkedOnce = useRef(false);
  useEffect(() => {
    // The first check at once (the first status is what the page opens on); then debounced.
    const delay = checkedOnce.current ? 20 : 0;
    checkedOnce.current = true;
    const timer = setTimeout(() => {
      const options = { lang, asOf: ws.asOf };
      const start = performance.now();
      try {
        const { report, status, document: described } = tv.check(inputs, options);
        setChecked({ report, status, described, error: null, ms: Math.max(1, Math.round(performance.now() - start)) });
      } catch (e) {
        setChecked({ report: null, status: null, described: null, error: e, ms: 0 });
      }
      setPending(false);
    }, delay);
    return () => clearTimeout(timer);
  }, [inputs, lang, ws.asOf]);

  // The findings by field, and for each item (the first two steps of the
  // pointer: a measure, a meeting) what they say, so an item's row is drawn
  // again only when its findings changed.
  const { findings, itemSigs } = useMemo(() => {
    const at = new Map();
    const sigs = new Map();
    const note = (doc, pointer, text) => {
      const item = `${doc}\u0000${pointer.split("/").slice(0, 3).join("/")}`;
      sigs.set(item, (sigs.get(item) ?? "") + `${pointer}\u0000${text}\u0001`);
    };
    for (const g of checked.report?.groups ?? []) {
      for (const f of g.findings) {
        const key = `${f.document}\u0000${f.pointer}`;
        if (!at.has(key)) at.set(key, []);
        at.get(key).push({ ...f, rule: g.rule, severity: g.severity });
        note(f.document, f.pointer, `${g.rule}\u0000${g.severity}\u0000${f.message}`);
      }
    }
    for (const d of read) if (d.error?.pointer != null) note(d.name, d.error.pointer, d.error.code);
    return { findings: at, itemSigs: sigs };
  }, [checked.report, read]);

  // A change is made to the workspace as it is now (not as it was when the
  // form was drawn): a row drawn earlier edits the latest documents.
  const change = (docs, extra = {}) => {
    const now = latest.current;
    setHistory((h) => undoable.record(h, now.docs, typing, Date.now()));
    setPending(true);
    const next = { ...now, ...extra, docs };
    latest.current = next;
    setWs(next);
  };
  // Leaving a field ends its undo step: typing there again later is a step of its own.
  useEffect(() => {
    const leave = () => { flushTyping(); setHistory((h) => (h.last ? { ...h, last: null } : h)); };
    document.addEventListener("focusout", leave);
    return () => document.removeEventListener("focusout", leave);
  }, []);
  // Focus goes to what was just made (a new meeting's first field, say), and the view scrolls to it.
  const focusNext = useRef(null);
  useEffect(() => {
    if (!focusNext.current) return;
    const el = document.getElementById(focusNext.current);
    if (el) {
      focusNext.current = null;
      el.focus();
      el.scrollIntoView({ block: "center" });
    }
  });
  const ctx = {
    t, lang, asOf: ws.asOf, read, inputs, agreement, loadFull: loadEngine, status: checked.status, described: checked.described, report: checked.report, selected,
    schemaVersion: agreement?.schema_version ?? "1.1",
    itemSig: (doc, pointer) => itemSigs.get(`${doc}\u0000${pointer}`) ?? "",
    findingsAt: (doc, pointer) => {
      const e = read.find((d) => d.name === doc && d.error && d.error.pointer === pointer)?.error;
      const own = e ? [{ severity: "error", rule: e.code, message: lang === "nb" ? e.messageNb : e.messageEn }] : [];
      const list = [...own, ...(findings.get(`${doc}\u0000${pointer}`) ?? [])];
      return list.length ? list : undefined;
    },
    select: (kind, name) => setSelected({ ...selected, [kind]: name }),
    edit: (name, fn) => {
      const docs = latest.current.docs.map((d) => {
        if (d.name !== name) return d;
        const value = typeof d.text === "string" ? JSON.parse(d.text) : structuredClone(readOne(d, latest.current.lang).value);
        fn(value);
        return { ...d, text: serialize(value) };
      });
      change(docs);
    },
    add: (doc) => change([...ws.docs.filter((d) => d.name !== doc.name), doc]),
    fail: setFailure,
    focus: (docName, pointer) => { focusNext.current = fieldId(docName, pointer); },
    draft: (kind) => {
      try {
        const text = tv.draft(inputs, { kind, lang, asOf: ws.asOf, format: "json" });
        change([...ws.docs, { name: `${kind === "midterm" ? "midtveisevaluering" : "sluttevaluering"}-utkast.json`, text }]);
      } catch (e) { setFailure(e); }
    },
    goTo: (docName, pointer) => {
      const d = read.find((x) => x.name === docName);
      const view = VIEW_OF_KIND[d?.kind] ?? "overview";
      if (d?.kind) setSelected({ ...selected, [d.kind]: docName });
      setWs({ ...ws, view });
      const started = performance.now();
      const look = () => {
        let p = pointer;
        while (p) {
          const el = document.getElementById(fieldId(docName, p));
          if (el) { el.focus(); el.scrollIntoView({ block: "center" }); return; }
          p = p.slice(0, p.lastIndexOf("/"));
        }
        // A long plan's later rows are still being drawn: look again shortly.
        if (performance.now() - started < 2000 && document.querySelector("[data-rows-pending]")) { setTimeout(look, 50); return; }
        // The view does not show that item: its heading, so focus is not lost.
        const heading = document.querySelector("main h2");
        if (heading) { heading.setAttribute("tabindex", "-1"); heading.focus(); heading.scrollIntoView({ block: "start" }); }
      };
      setTimeout(look, 50);
    },
  };

  const addFiles = async (files) => {
    let docs = await Promise.all([...files].map(toDoc));
    setFailure(null);
    if (docs.some(isSheet)) await loadEngine();
    // JSON-stat figures go into the indicator set (given with them, or in the workspace) through their mapping.
    const datasets = docs.filter((d) => classify(d) === "jsonstat");
    let intended = null;
    if (datasets.length) {
      const mapping = docs.find((d) => classify(d) === "mapping");
      docs = docs.filter((d) => !datasets.includes(d) && d !== mapping);
      const pool = [...docs, ...ws.docs];
      let target = pool.find((d) => readAll([d], lang)[0].kind === "indicators");
      if (!mapping || !target) {
        setFailure(new Error(lang === "nb"
          ? "Et JSON-stat-datasett trenger en koblingsfil ({\"mappings\": [...]}) og indikatorsettet tallene skal inn i."
          : "A JSON-stat dataset needs a mapping file ({\"mappings\": [...]}) and the indicator set to put the figures into."));
        return;
      }
      try {
        for (const dataset of datasets) {
          target = { name: target.name, text: tv.applyJsonstat(dataset, mapping, target, { lang, format: "json" }) };
        }
      } catch (e) {
        setFailure(e);
        return;
      }
      docs = [...docs.filter((d) => d.name !== target.name), target];
      // The indicator set with the figures put in replaces the one they were put into: that is what was asked.
      intended = target.name;
    }
    // What the files are as opened: the base a later save to a folder merges against.
    // (The indicator set the figures went into keeps the base it had in the workspace.)
    docs = docs.map((d) => (d.name === intended && ws.docs.some((w) => w.name === d.name)
      ? { ...d, disk: ws.docs.find((w) => w.name === d.name).disk }
      : { ...d, disk: typeof d.text === "string" ? d.text : undefined }));
    // Files of another agreement open as a workspace of their own, if the user says so.
    const other = otherAgreement(docs, agreement.id);
    if (other && ws.docs.length) {
      if (!confirm(t.otherAgreementAsk(other))) return;
      change(docs, { savedKey: JSON.stringify(docs) });
      return;
    }
    const names = new Set(docs.map((d) => d.name));
    // A file of the same name with other content replaces that one only if the user says so (undo brings it back).
    const clashes = ws.docs.filter((d) => names.has(d.name) && d.name !== intended && docs.find((x) => x.name === d.name).text !== d.text).map((d) => d.name);
    if (clashes.length && !confirm(t.sameNameAsk(clashes))) return;
    change([...ws.docs.filter((d) => !names.has(d.name)), ...docs]);
  };
  const remove = (name) => {
    const left = ws.docs.filter((d) => d.name !== name);
    change(left);
    // Focus stays in the list (the next document's button), or goes to adding files.
    setTimeout(() => (document.querySelector("#documents li button") ?? document.getElementById("files"))?.focus(), 0);
  };
  const emptyWorkspace = () => {
    if (ws.docs.length && !confirm(t.emptyAsk)) return;
    change([]);
    setTimeout(() => document.getElementById("files")?.focus(), 0);
  };
  // Undo and redo by edit (history.js); focus stays on a button that can still be pressed.
  const step = (r, other) => {
    if (!r) return;
    setHistory(r.history);
    latest.current = { ...ws, docs: r.docs };
    setWs(latest.current);
    setPending(true);
    const from = document.activeElement?.id;
    setTimeout(() => {
      const here = document.getElementById(from);
      if ((from === "undo" || from === "redo") && here?.disabled) document.getElementById(other)?.focus();
    }, 0);
  };
  const undo = () => step(undoable.undo(history, ws.docs), "redo");
  const redo = () => step(undoable.redo(history, ws.docs), "undo");
  const steps = useRef({});
  steps.current = { undo, redo };
  const saveAll = async () => {
    setNotice(null);
    let dir = null;
    if (window.showDirectoryPicker) {
      try {
        dir = await window.showDirectoryPicker({ mode: "readwrite" });
      } catch (e) {
        if (e?.name === "AbortError") return;
        // Refused (a policy, an insecure page): say so, and download instead.
        setFailure(new Error(t.pickerRefused(e?.message || e?.name || String(e))));
      }
    }
    if (dir) {
      try {
        const { docs, conflicts, merged, skipped } = await saveToFolder(dir, ws.docs, mergeTexts, (name) => confirm(t.folderAsk(name)));
        setWs({ ...ws, docs, savedKey: skipped ? ws.savedKey : JSON.stringify(docs) });
        setNotice({ text: merged ? t.folderMerged(conflicts.length) : t.folderSaved, conflicts });
      } catch (e) {
        setFailure(e);
      }
      return;
    }
    for (const d of ws.docs) download(d.name.split("/").pop(), d.text, typeof d.text === "string" ? "application/json" : "application/octet-stream");
    setWs({ ...ws, savedKey: JSON.stringify(ws.docs) });
  };
  const openExamples = async () => {
    // Unsaved edits are replaced only if the user says so; undo brings them back.
    if (dirty && !confirm(t.replaceAsk)) return;
    const docs = await Promise.all(EXAMPLES.map(async (url) => {
      const text = await (await fetch(url)).text();
      return { name: url.split("/").pop(), text, disk: text };
    }));
    setFailure(null);
    change(docs, { savedKey: JSON.stringify(docs) });
  };
  useEffect(() => {
    const keys = (e) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      // In a field too: its typing is a step of the workspace's undo, not the field's own.
      const key = e.key.toLowerCase();
      const run = (f) => {
        e.preventDefault();
        // What is being typed is in the workspace first, then undone (a tick later, once it is there).
        if (pendingTyping) { flushTyping(); setTimeout(() => steps.current[f](), 0); } else steps.current[f]();
      };
      if (key === "z" && !e.shiftKey) run("undo");
      if (key === "y" || (key === "z" && e.shiftKey)) run("redo");
    };
    window.addEventListener("keydown", keys);
    return () => window.removeEventListener("keydown", keys);
  });

  const counts = checked.report?.counts;
  const View = { overview: Overview, plan: PlanView, meetings: MeetingsView, indicators: IndicatorsView, evaluation: EvaluationView, documents: DocumentsView }[ws.view] ?? Overview;
  return html`
    <a class="skip" href="#main">${t.skip}</a>
    <header>
      <h1>${t.title}</h1>
      <p class="agreement" data-agreement>${t.agreement}: <strong>${say(agreement.title, lang)}</strong> (${agreementDoc ? `${t.fromFile} ${agreementDoc.name}` : t.builtIn})</p>
      <div class="controls">
        <label for="lang">${t.lang}</label>
        <select id="lang" value=${lang} onChange=${(e) => setWs({ ...ws, lang: e.target.value })}><option value="nb">norsk bokmål</option><option value="en">English</option></select>
        <${DayField} id="as-of" label=${t.asOf} value=${ws.asOf} lang=${lang} onDay=${(day) => setWs((w) => ({ ...w, asOf: day }))} />
      </div>
    </header>
    <nav aria-label=${t.views.overview}>
      ${VIEWS.map((v) => html`<button type="button" data-view=${v} aria-current=${ws.view === v ? "page" : undefined} onClick=${() => setWs({ ...ws, view: v })}>${t.views[v]}</button>`)}
    </nav>
    <main id="main" tabindex="-1">
      <div class="toolbar controls">
        <button type="button" id="undo" disabled=${!history.past.length} onClick=${undo}>${t.undo}</button>
        <button type="button" id="redo" disabled=${!history.future.length} onClick=${redo}>${t.redo}</button>
        <button type="button" id="save" onClick=${saveAll}>${window.showDirectoryPicker ? t.saveFolder : t.saveAll}</button>
        <span class="note" data-dirty=${String(dirty)}>${dirty ? t.unsaved : t.saved}. ${t.kept}</span>
      </div>
      ${ws.view === "overview" ? html`<section class="workspace" aria-labelledby="h-workspace">
        <h2 id="h-workspace">${t.workspace}</h2>
        <ul id="documents">${read.map((d) => html`<li data-doc=${d.name} class=${d.error ? "broken" : ""}>
          <span>${d.name}</span> <span class="loc">${d.kind ?? ""}</span>
          <button type="button" class="small" aria-label=${`${t.remove} ${d.name}`} onClick=${() => remove(d.name)}>${t.remove}</button>
          ${d.error ? html`<${ErrorBox} e=${d.error} t=${t} lang=${lang} /><p class="note">${t.notChecked}</p>` : ""}
        </li>`)}</ul>
        <div class="controls">
          <label for="files">${t.addFiles}</label>
          <input type="file" id="files" multiple accept=".json,.xlsx,.csv,application/json" onChange=${(e) => { addFiles(e.target.files); e.target.value = ""; }} />
          <label for="folder">${t.addFolder}</label>
          <input type="file" id="folder" webkitdirectory onChange=${(e) => { addFiles([...e.target.files].filter((f) => /\.(json|xlsx|csv)$/i.test(f.name))); e.target.value = ""; }} />
        </div>
        <div class="controls"><button type="button" id="examples" onClick=${openExamples}>${t.examples}</button>
          <button type="button" id="empty" onClick=${emptyWorkspace}>${t.emptyWs}</button></div>
      </section>` : read.some((d) => d.error) ? html`<p class="error" role="alert">${read.filter((d) => d.error).map((d) => d.name).join(", ")}: ${t.notChecked}</p>` : ""}
      ${failure ? html`<${ErrorBox} e=${failure} t=${t} lang=${lang} />` : ""}
      ${notice ? html`<div class="notice" id="notice" role="status"><p>${notice.text}</p>
        ${notice.conflicts?.length ? html`<h2 class="notice-title">${t.conflicts}</h2><ul>${notice.conflicts.map((c) => html`<li data-conflict=${c.pointer ?? ""}>
          <span class="loc">${c.document}</span> ${c.message ?? ""}</li>`)}</ul>` : ""}</div>` : ""}
      ${checked.error ? html`<${ErrorBox} e=${checked.error} t=${t} lang=${lang} />` : ""}
      <p class="visually-hidden" role="status" aria-live="polite" id="announce">${pending ? t.checking : counts ? t.findings(counts.error, counts.warning) : ""}</p>
      <${View} ctx=${ctx} />
      ${ws.view !== "overview" ? html`<details class="findings-panel"><summary>${t.report}${counts ? ` (${t.findings(counts.error, counts.warning)})` : ""}</summary><${Report} ctx=${ctx} report=${checked.report} /></details>` : ""}
      <p class="note" data-checked-ms=${checked.ms}>${checked.ms ? t.checked(checked.ms) : ""}</p>
    </main>`;
}

await init();
if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
  navigator.serviceWorker.register("./sw.js").catch(() => {});
}
let initial = await store.load().catch(() => undefined);
if (initial?.docs?.some(isSheet)) await loadFull();
if (!initial?.docs) {
  const docs = await Promise.all(EXAMPLES.map(async (url) => {
    const text = await (await fetch(url)).text();
    return { name: url.split("/").pop(), text, disk: text };
  }));
  initial = { docs, lang: "nb", asOf: tv.today(), view: "overview", savedKey: JSON.stringify(docs) };
}
const root = document.getElementById("app");
root.textContent = "";
render(html`<${App} initial=${initial} />`, root);
document.body.dataset.ready = "true";
