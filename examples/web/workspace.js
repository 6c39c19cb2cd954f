// The workspace's documents read, classified and saved: each document read
// on its own (a keystroke re-reads only the one it changed), files turned
// into documents, another agreement's files told apart, a folder saved with
// a colleague's changes merged in.
import { tv, VIEW_OF_KIND } from "./engine.js";
import { share } from "./fast.js";
import { decode, say } from "./fields.js";

/** Each document of the workspace read on its own: its kind and value, or
 * the error that stops it. A workbook stays a workbook (its findings point to
 * sheet, row and column) until it is edited here; then it is kept as JSON. */
const readCache = new Map();
export function readAll(docs, lang) {
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

export function readOne(d, lang, before) {
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
export function classify(doc) {
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
export async function toDoc(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const name = file.webkitRelativePath || file.name;
  return { name, text: /\.(json)$/i.test(name) ? decode(bytes) : bytes };
}
export function otherAgreement(docs, current) {
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
export async function saveToFolder(dir, docs, mergeTexts, ask) {
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
