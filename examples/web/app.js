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
import { render } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import init from "../../bindings/wasm/pkg-slim/tromsvekst.js";
import * as store from "./store.js";
import * as undoable from "./history.js";
import { connect, mergeDocs, sameDocs } from "./sync.js";
import { tv, loadFull, isFull, isSheet, VIEWS, VIEW_OF_KIND } from "./engine.js";
import { TEXT } from "./text.js";
import { html, say, fieldId, serialize, download, ErrorBox, DayField, typing, flushTyping, typingPending } from "./fields.js";
import { readAll, readOne, classify, toDoc, otherAgreement, saveToFolder } from "./workspace.js";
import { Overview, Report } from "./docview.js";
import { PlanView, MeetingsView, IndicatorsView, EvaluationView, DocumentsView } from "./views.js";

// The Nord-Troms example documents. The agreement is not fetched: the module
// embeds examples/nord-troms/agreement.json byte for byte (`nordTroms`), so a
// first visit has it with the module, a request and 8.5 KB fewer.
const EXAMPLES = [
  "action-plan-2025-2026.json",
  "meetings-2025-2026.json",
  "indicators.json",
  "midterm-evaluation-2026.json",
].map((f) => `../nord-troms/${f}`);

/** The Nord-Troms example documents, as the workspace holds them; the
 * agreement from the module once `ready` (its initialisation) has resolved. */
async function fetchExamples(ready) {
  const fetched = Promise.all(EXAMPLES.map(async (url) => {
    const text = await (await fetch(url)).text();
    return { name: url.split("/").pop(), text, disk: text };
  }));
  await ready;
  const agreement = tv.nordTroms({ format: "json" });
  return [{ name: "agreement.json", text: agreement, disk: agreement }, ...(await fetched)];
}

function App({ initial }) {
  const [ws, setWs] = useState(initial);
  const [history, setHistory] = useState(undoable.empty());
  const [notice, setNotice] = useState(null);
  const [pending, setPending] = useState(false);
  const [checked, setChecked] = useState({ report: null, status: null, described: null, error: null, ms: 0 });
  const [failure, setFailure] = useState(null);
  const [selected, setSelected] = useState({});
  const [engine, setEngine] = useState(isFull() ? "full" : "core");
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
    draft: async (kind) => {
      try {
        // Drafts are made by the report module (the first view's module leaves them out).
        const m = await loadEngine();
        const text = m.draft(inputs, { kind, lang, asOf: ws.asOf, format: "json" });
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
        const heading = /** @type {HTMLElement | null} */ (document.querySelector("main h2"));
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
    // JSON-stat is read by the report module (the first view's module leaves it out).
    if (datasets.length) await loadEngine();
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
          target = { name: target.name, text: (await loadFull()).applyJsonstat(dataset, mapping, target, { lang, format: "json" }) };
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
    setTimeout(() => (/** @type {HTMLElement | null} */ (document.querySelector("#documents li button")) ?? document.getElementById("files"))?.focus(), 0);
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
      const here = /** @type {HTMLButtonElement | null} */ (document.getElementById(from));
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
    const docs = await fetchExamples(undefined);
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
        if (typingPending()) { flushTyping(); setTimeout(() => steps.current[f](), 0); } else steps.current[f]();
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

// The start, on a slow line: the module is on its way from the first moment
// (index.html preloads it first of all); the saved workspace is read and, on a
// first visit, the example documents fetched while it downloads and compiles,
// not after (a round trip and their bytes, 0.7 s on Fast 3G, bench/page_load.mjs).
const ready = init();
let initial = await store.load().catch(() => undefined);
const examples = initial?.docs ? null : fetchExamples(ready);
await ready;
if (initial?.docs?.some(isSheet)) await loadFull();
if (!initial?.docs) {
  const docs = await examples;
  initial = { docs, lang: "nb", asOf: tv.today(), view: "overview", savedKey: JSON.stringify(docs) };
}
const root = document.getElementById("app");
root.textContent = "";
render(html`<${App} initial=${initial} />`, root);
document.body.dataset.ready = "true";
// The offline copy after the first status: the service worker fetches every
// file, the report module's 1.7 MB too, which on a first visit would share the
// line with what the first status needs.
if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
  navigator.serviceWorker.register("./sw.js").catch(() => {});
}
